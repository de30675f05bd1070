// `enum: []` allows no value. The spec allows it, but ajv refuses to compile it even with
// `strict: false`; modelgate keeps the keyword (so violations keep their schema path) and gives
// it one allowed value no data can equal: an object whose only key is random per process (the
// bundle reaches worker threads by structured clone, marker included).
import { randomUUID } from 'node:crypto';
import { walkSchema } from './schema-warnings.js';

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
