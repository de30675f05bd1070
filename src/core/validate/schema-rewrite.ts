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
