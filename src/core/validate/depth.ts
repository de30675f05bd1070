// Nesting limits. ajv's compiled validators, JSON.stringify and our own walkers recurse once per
// level of a value or a schema, so a hostile file nested thousands of levels deep would overflow
// the stack (a RangeError that says nothing about the input). Values and schemas deeper than these
// limits are refused up front, with the file and the depth; real data and schemas stay far below.
// The schema limit is lower: ajv's compiler uses several frames per schema level.

/** Containers (objects and arrays) one record may nest: `{"a":[1]}` is two deep. */
export const MAX_VALUE_DEPTH = 512;
/** JSON nesting of one schema file. */
export const MAX_SCHEMA_DEPTH = 256;

/** True when `value` nests more than `budget` containers. Bounded recursion: the hot path. */
export function deeperThan(value: unknown, budget: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (budget === 0) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const x: unknown = value[i];
      if (typeof x === 'object' && x !== null && deeperThan(x, budget - 1)) return true;
    }
    return false;
  }
  for (const k in value) {
    const x = (value as Record<string, unknown>)[k];
    if (typeof x === 'object' && x !== null && deeperThan(x, budget - 1)) return true;
  }
  return false;
}

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The JSON pointer of the first container nested deeper than `limit`, or undefined. Iterative,
 * for documents of any depth (schemas are checked with it before anything recurses into them).
 */
export function firstTooDeep(value: unknown, limit: number): string | undefined {
  const stack: Array<{ node: unknown; pointer: string; depth: number }> = [
    { node: value, pointer: '', depth: 0 },
  ];
  while (stack.length) {
    const { node, pointer, depth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > limit) return pointer || '/';
    const entries: Array<[string, unknown]> = Array.isArray(node)
      ? node.map((x, i) => [String(i), x])
      : Object.entries(node);
    for (const [k, x] of entries)
      if (typeof x === 'object' && x !== null)
        stack.push({ node: x, pointer: `${pointer}/${escapePointer(k)}`, depth: depth + 1 });
  }
  return undefined;
}

/** A pointer shown in a message: the start and end of a very long one. */
export function shortPointer(pointer: string, max = 80): string {
  return pointer.length <= max ? pointer : `${pointer.slice(0, 40)}…${pointer.slice(-36)}`;
}
