// Rewrites of a loaded schema, in place, for what ajv gets wrong even with `strict: false`; the
// meaning stays the specification's.
//
// `enum: []` allows no value. The spec allows it, but ajv refuses to compile it; modelgate keeps
// the keyword (so violations keep their schema path) and gives it one allowed value no data can
// equal: an object whose only key is random per process (the bundle reaches worker threads by
// structured clone, marker included).
//
// `properties: {"__proto__": S}`: ajv silently drops that property name (a guard against
// prototype pollution in its own code), so S would never apply. The same subschema under
// `patternProperties: {"^__proto__$": S}` applies to the same key, counts as evaluated for
// `additionalProperties` and `unevaluatedProperties` alike, and ajv reads it from the data's own
// property.
import { randomUUID } from 'node:crypto';
import { SCHEMA_MAPS, walkSchema } from './schema-warnings.js';

const PREFIX = 'modelgate:empty-enum:';
export const EMPTY_ENUM = `${PREFIX}${randomUUID()}`;

export function emptyEnumMarker(): Record<string, true> {
  return { [EMPTY_ENUM]: true };
}

/** Is this an allowed-values list that stands for `enum: []`? */
export function isEmptyEnum(allowed: unknown[]): boolean {
  const [only] = allowed;
  return (
    allowed.length === 1 &&
    !!only &&
    typeof only === 'object' &&
    Object.keys(only).some((k) => k.startsWith(PREFIX))
  );
}

/** Rewrites every `enum: []` of a schema in place; returns their pointers. */
export function rewriteEmptyEnums(schema: unknown): string[] {
  const found: string[] = [];
  for (const [pointer, key, value, parent] of walkSchema(schema)) {
    if (key !== 'enum' || !Array.isArray(value) || value.length > 0) continue;
    if (parent === 'properties' || parent === 'patternProperties' || parent === '$defs') continue;
    value.push(emptyEnumMarker());
    found.push(pointer);
  }
  return found;
}

const PROTO = '__proto__';
const PROTO_PATTERN = '^__proto__$';

/** Moves every `properties.__proto__` subschema to `patternProperties`; returns their pointers. */
export function rewriteProtoProperties(schema: unknown, pointer = '', inMap = false): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const found: string[] = [];
  const node = schema as Record<string, unknown>;
  const props = node.properties;
  if (
    !inMap &&
    !Array.isArray(node) &&
    props &&
    typeof props === 'object' &&
    Object.hasOwn(props, PROTO)
  ) {
    const sub = (props as Record<string, unknown>)[PROTO];
    delete (props as Record<string, unknown>)[PROTO];
    const patterns = (node.patternProperties ??= {}) as Record<string, unknown>;
    patterns[PROTO_PATTERN] = Object.hasOwn(patterns, PROTO_PATTERN)
      ? { allOf: [patterns[PROTO_PATTERN], sub] }
      : sub;
    found.push(`${pointer}/properties/__proto__`);
  }
  for (const [k, v] of Object.entries(node)) {
    const p = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    found.push(...rewriteProtoProperties(v, p, !inMap && SCHEMA_MAPS.has(k)));
  }
  return found;
}

/** Every object of a schema document with its JSON pointer (the document's depth is bounded). */
function* objects(node: unknown, pointer = ''): Generator<[Record<string, unknown>, string]> {
  if (!node || typeof node !== 'object') return;
  if (!Array.isArray(node)) yield [node as Record<string, unknown>, pointer];
  for (const [k, v] of Object.entries(node))
    yield* objects(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

/**
 * `$dynamicRef` where it resolves statically. ajv's dynamic-scope resolution answers several of
 * the specification's own tests wrongly, so modelgate does not rely on it: when every
 * `$dynamicAnchor` name is declared once in all the schema files, the dynamic scope can only ever
 * find that one declaration, and `$dynamicRef` means exactly `$ref` (2020-12, 8.2.3.2). A name
 * declared twice needs the dynamic scope: refused, with both places. `anchors` collects the
 * declarations across the files of one schema (name → set of "file#pointer").
 */
export function staticDynamicRefs(
  schema: unknown,
  file: string,
  anchors: Map<string, Set<string>>,
): { refused?: string } {
  const all = [...objects(schema)];
  for (const [node, pointer] of all) {
    const name = node.$dynamicAnchor;
    if (typeof name !== 'string') continue;
    const places = anchors.get(name) ?? new Set<string>();
    places.add(`${file}#${pointer}`);
    anchors.set(name, places);
    if (places.size > 1) {
      return {
        refused: `$dynamicAnchor ${JSON.stringify(name)} is declared more than once (${[...places].join(', ')}): modelgate evaluates $dynamicRef only where it resolves to a single declaration; rename one anchor or use $ref`,
      };
    }
  }
  for (const [node] of all) {
    const target = node.$dynamicRef;
    if (typeof target !== 'string') continue;
    delete node.$dynamicRef;
    if (node.$ref === undefined) node.$ref = target;
    else node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), { $ref: target }];
  }
  return {};
}
