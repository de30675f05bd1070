// The strict CSV/TSV cell parser. A cell becomes a typed JSON value only when the column's
// schema allows that type and the text is exactly that type's canonical spelling:
//   null     ""                          (only where the column allows null)
//   boolean  true | false                (lower case)
//   number   JSON number grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?   (also for integer
//            columns; whether 1.5 is an integer is then the schema's call)
//   object/array  a cell starting with { or [ that parses as JSON
//   string   the text as is
// Anything else stays the original string, so the schema reports a type error on it: "0x10",
// "Infinity", "NaN", "+1", "1,5", " 1", "  " and "" in a non-null column are never numbers.
// When a column allows several types, null (for "") wins, then boolean, then number, then
// JSON, then string. A column without a `type` (and no enum/const to infer one) stays text.
import type { SchemaBundle } from './schema.js';

export type Caster = (cell: string) => unknown;
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'object' | 'array';

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const identity: Caster = (cell) => cell;

export function parseNumberCell(cell: string): number | undefined {
  if (!NUMBER.test(cell)) return undefined;
  const n = Number(cell);
  return Number.isFinite(n) ? n : undefined;
}

export function casterFor(types: ReadonlySet<JsonType> | undefined): Caster {
  if (!types || types.size === 0) return identity;
  const nul = types.has('null');
  const bool = types.has('boolean');
  const num = types.has('number') || types.has('integer');
  const json = types.has('object') || types.has('array');
  if (!nul && !bool && !num && !json) return identity;
  return (cell: string) => {
    if (cell === '') return nul ? null : cell;
    if (bool) {
      if (cell === 'true') return true;
      if (cell === 'false') return false;
    }
    if (num) {
      const c = cell.charCodeAt(0);
      if (c === 45 || (c >= 48 && c <= 57)) {
        const n = parseNumberCell(cell);
        if (n !== undefined) return n;
      }
    }
    if (json && (cell[0] === '{' || cell[0] === '[')) {
      try {
        return JSON.parse(cell);
      } catch {
        return cell;
      }
    }
    return cell;
  };
}

type Node = Record<string, unknown> | boolean | undefined;

function typeOf(v: unknown): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v as JsonType;
}

/** Resolves $ref within the bundle (local pointers and the loaded sibling files). */
function deref(bundle: SchemaBundle, node: Node, base: string, depth: number): [Node, string] {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string' || depth > 20)
    return [node, base];
  const target = new URL(node.$ref, base);
  const docUri = target.href.replace(/#.*$/, '');
  let doc: unknown;
  if (
    docUri === bundle.rootId.replace(/#.*$/, '') ||
    (docUri === base.replace(/#.*$/, '') && base === bundle.rootId)
  ) {
    doc = bundle.root;
  } else {
    doc = bundle.refs.find((r) => r.uri.replace(/#.*$/, '') === docUri)?.schema;
  }
  if (doc === undefined) return [undefined, base];
  let cur: unknown = doc;
  const frag = decodeURIComponent(target.hash.slice(1));
  if (frag.startsWith('/')) {
    for (const tok of frag.slice(1).split('/')) {
      if (!cur || typeof cur !== 'object') return [undefined, base];
      cur = (cur as Record<string, unknown>)[tok.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
  } else if (frag) {
    return [undefined, base];
  }
  return deref(bundle, cur as Node, docUri, depth + 1);
}

function collectTypes(
  bundle: SchemaBundle,
  node: Node,
  base: string,
  out: Set<JsonType>,
  depth = 0,
): void {
  [node, base] = deref(bundle, node, base, depth);
  if (!node || typeof node !== 'object' || depth > 20) return;
  const t = node.type;
  if (typeof t === 'string') out.add(t as JsonType);
  else if (Array.isArray(t)) for (const x of t) out.add(x as JsonType);
  if (t === undefined) {
    if ('const' in node) out.add(typeOf(node.const));
    if (Array.isArray(node.enum)) for (const v of node.enum) out.add(typeOf(v));
  }
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = node[k];
    if (Array.isArray(list))
      for (const sub of list) collectTypes(bundle, sub as Node, base, out, depth + 1);
  }
}

/** The JSON types each CSV column may hold, from the row schema's `properties`. */
export function columnTypes(
  bundle: SchemaBundle,
  columns: string[],
): Array<Set<JsonType> | undefined> {
  const [root, base] = deref(bundle, bundle.root as Node, bundle.rootId, 0);
  const props =
    root && typeof root === 'object'
      ? (root.properties as Record<string, Node> | undefined)
      : undefined;
  return columns.map((c) => {
    const sub = props && Object.hasOwn(props, c) ? props[c] : undefined;
    if (sub === undefined) return undefined;
    const types = new Set<JsonType>();
    collectTypes(bundle, sub, base, types);
    return types.size ? types : undefined;
  });
}
