// Big or deep inputs, generated on the fly (never committed): streamed to disk in chunks so the
// test process itself stays small.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { FileSpec } from '../types.js';

/** A file of `head`, then `fill` repeated until about `bytes`, then `tail`. */
export function bigFile(bytes: number, head: string, fill: string, tail: string): FileSpec {
  return {
    generate: (path) => {
      const fd = openSync(path, 'w');
      writeSync(fd, head);
      const chunk = fill.repeat(Math.max(1, Math.floor((1 << 20) / fill.length)));
      for (let n = 0; n < bytes; n += chunk.length) writeSync(fd, chunk);
      writeSync(fd, tail);
      closeSync(fd);
    },
  };
}

/** `open` repeated depth times, then `core`, then `close` repeated: a value nested depth deep. */
export const deep = (depth: number, open: string, core: string, close: string): string =>
  open.repeat(depth) + core + close.repeat(depth);

/** A JSON object nested depth deep under `key`: {"k":{"k":…{"k":leaf}}}. */
export const deepObject = (depth: number, key: string, leaf: string): string =>
  deep(depth, `{"${key}":`, leaf, '}');
