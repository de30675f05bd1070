// The CSV/TSV cell parser. A cell becomes a typed JSON value only when the column's schema
// allows that type and the text is an unambiguous spelling of it (docs/validate.md has the table):
//   null     one of the file's null tokens (default: only the empty cell), where null is allowed
//   boolean  true false True False TRUE FALSE
//   number   [+-] digits [. digits] [e[+-]digits], digits may be absent on one side of the
//            decimal mark (.5, 5.); the mark is "." or, with decimal: ",", ","
//            Integers beyond 2^53 stay exact (BigInt, see exact.ts).
//            Leading zeros (007) make a number only where the column cannot hold a string.
//   object/array  a cell starting with { or [ that parses as JSON
//   string   the text as is
// Anything else stays the original string, so the schema reports a type error on it: "0x1F",
// "1_000", "1,000", "NaN", "inf", "Infinity", " 1", "yes". When a column allows several types,
// null wins, then boolean, then number, then JSON, then string. A column without a `type` (and
// no enum/const to infer one) stays text.
import type { SchemaBundle } from './schema.js';
import { bigOf } from './exact.js';

export type Caster = (cell: string) => unknown;
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'object' | 'array';

/** How a file writes what is not plain text: its null tokens and its decimal mark. */
export interface CellDialect {
  /** Cells read as null (where the column allows null). Default: the empty cell only. */
  nullValues?: readonly string[];
  decimal?: '.' | ',';
}

const NUMBER_DOT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_COMMA = /^[+-]?(?:\d+,?\d*|,\d+)(?:[eE][+-]?\d+)?$/;
const LEADING_ZERO = /^[+-]?0\d/;
const INTEGER = /^[+-]?\d+$/;
const identity: Caster = (cell) => cell;

/** Set by a caster that produced a BigInt; the CSV reader clears and reads it per row. */
export const castState = { big: false };

/**
 * The number a cell spells, or undefined. `codes`: the column may hold a string, so a
 * leading-zero integer part (007) is a code, not a number.
 */
export function parseNumberCell(
  cell: string,
  decimal: '.' | ',' = '.',
  codes = false,
): number | bigint | undefined {
  if (!(decimal === ',' ? NUMBER_COMMA : NUMBER_DOT).test(cell)) return undefined;
  if (codes && LEADING_ZERO.test(cell)) return undefined;
  const text = decimal === ',' ? cell.replace(',', '.') : cell;
  if (text.length >= 16 && INTEGER.test(text)) {
    const big = bigOf(text.charCodeAt(0) === 43 ? text.slice(1) : text);
    if (big !== undefined) return big;
  }
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

const BOOLEANS = new Map<string, boolean>([
  ['true', true],
  ['false', false],
  ['True', true],
  ['False', false],
  ['TRUE', true],
  ['FALSE', false],
]);

export function parseBooleanCell(cell: string): boolean | undefined {
  return BOOLEANS.get(cell);
}

export function casterFor(
  types: ReadonlySet<JsonType> | undefined,
  dialect: CellDialect = {},
): Caster {
  if (!types || types.size === 0) return identity;
  const nul = types.has('null');
  const bool = types.has('boolean');
  const num = types.has('number') || types.has('integer');
  const json = types.has('object') || types.has('array');
  if (!nul && !bool && !num && !json) return identity;
  const nulls = new Set(dialect.nullValues ?? ['']);
  const decimal = dialect.decimal ?? '.';
  const codes = types.has('string');
  return (cell: string) => {
    if (nul && nulls.has(cell)) return null;
    if (cell === '') return cell;
    if (bool) {
      const b = BOOLEANS.get(cell);
      if (b !== undefined) return b;
    }
    if (num) {
      const c = cell.charCodeAt(0);
      // Cheap first-character filter: a sign, a digit or a decimal mark.
      if (c === 45 || c === 43 || c === 46 || c === 44 || (c >= 48 && c <= 57)) {
        const n = parseNumberCell(cell, decimal, codes);
        if (typeof n === 'bigint') castState.big = true;
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
