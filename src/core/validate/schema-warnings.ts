// What ajv's strict mode says about a schema, as warnings located by schema path. modelgate
// evaluates every schema the way plain ajv with `strict: false` does; the strict-mode findings
// still help authors (a typo in a keyword, an `if` without `then`), so they are reported, not
// refused. ajv logs them without a location: each message is located here by searching the schema.

export interface SchemaWarning {
  /** The schema file the warning is about. */
  file: string;
  /** JSON pointer into that file ('' when it cannot be located). */
  path: string;
  message: string;
}

type Entry = [pointer: string, key: string, value: unknown, parentKey: string | undefined];

/** Keywords whose values are maps from names to schemas (a key there is a name, not a keyword). */
export const SCHEMA_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]);

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Every (pointer, key, value, parent key) of the schema's objects, depth first. */
export function* walkSchema(node: unknown, pointer = ''): Generator<Entry> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* walkSchema(node[i], `${pointer}/${i}`);
  } else if (node && typeof node === 'object') {
    const parentKey = pointer.slice(pointer.lastIndexOf('/') + 1);
    for (const [k, v] of Object.entries(node)) {
      const p = `${pointer}/${escapePointer(k)}`;
      yield [p, k, v, parentKey];
      yield* walkSchema(v, p);
    }
  }
}

/** The pointer of the first keyword `keyword` (optionally with `value`, or passing `where`). */
export function findKeyword(
  schema: unknown,
  keyword: string,
  value?: unknown,
  where?: (value: unknown, parentPointer: string) => boolean,
): string | undefined {
  for (const [p, k, v, parent] of walkSchema(schema)) {
    if (k !== keyword || SCHEMA_MAPS.has(parent ?? '')) continue;
    if (value !== undefined && v !== value) continue;
    if (where && !where(v, p.slice(0, p.lastIndexOf('/')))) continue;
    return p;
  }
  return undefined;
}

function at(schema: unknown, pointer: string): Record<string, unknown> | undefined {
  let node = schema;
  for (const raw of pointer.split('/').slice(1)) {
    const k = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, k)) return undefined;
    node = (node as Record<string, unknown>)[k];
  }
  return node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

/** One ajv strict-mode message, located and said in modelgate's words. */
export function locateWarning(schema: unknown, raw: string): { path: string; message: string } {
  const msg = raw.replace(/^strict mode: /, '');
  const unknown = /^unknown keyword: "(.*)"$/.exec(msg);
  if (unknown) {
    const path = findKeyword(schema, unknown[1] ?? '') ?? '';
    return {
      path,
      message: `unknown keyword ${JSON.stringify(unknown[1])} is ignored (a typo? custom keywords should start with "x-")`,
    };
  }
  const matching = /^property (.*) matches pattern (.*) \(use allowMatchingProperties\)$/.exec(msg);
  if (matching) {
    const [, name = '', pattern = ''] = matching;
    const path =
      findKeyword(schema, 'patternProperties', undefined, (v, parent) => {
        const props = at(schema, parent)?.properties;
        return (
          !!v &&
          typeof v === 'object' &&
          Object.hasOwn(v, pattern) &&
          !!props &&
          typeof props === 'object' &&
          Object.hasOwn(props, name)
        );
      }) ?? '';
    return {
      path,
      message: `property ${JSON.stringify(name)} also matches patternProperties ${JSON.stringify(pattern)}: both subschemas apply to it`,
    };
  }
  const lone = /^"(if|then|else)" without/.exec(msg);
  if (lone) {
    const keyword = lone[1] ?? 'if';
    const path =
      findKeyword(schema, keyword, undefined, (_, parent) => {
        const s = at(schema, parent) ?? {};
        const has = (k: string) => Object.hasOwn(s, k);
        return keyword === 'if' ? !has('then') && !has('else') : !has('if');
      }) ?? '';
    return { path, message: msg };
  }
  return { path: '', message: msg };
}
