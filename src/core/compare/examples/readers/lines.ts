// JSON Lines for the readers: each non-empty line parsed, bad lines reported with their number.
import type { Problem } from '../../../result.js';
import { describe } from '../raw.js';
import { isObject } from './types.js';

/** Calls `each` with every line that is a JSON object; other lines are reported, located. */
export function eachJsonLine(
  path: string,
  text: string,
  each: (value: Record<string, unknown>, line: number) => void,
  problems: Problem[] | { add(p: Problem): void },
): void {
  const report = (p: Problem) => ('add' in problems ? problems.add(p) : problems.push(p));
  let line = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      report({ file: path, line, message: `invalid JSON: ${(e as Error).message}` });
      continue;
    }
    if (isObject(value)) each(value, line);
    else
      report({
        file: path,
        line,
        message: `expected a JSON object per line, got ${describe(value)}`,
      });
  }
}

/** A scalar (string, finite number, boolean) or undefined: what a column can hold from a tool's field. */
export function scalar(v: unknown): string | number | boolean | undefined {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  return undefined;
}

/** Every scalar field of `obj` under `prefix.` (metadata, vars): usable as slices. */
export function scalarsUnder(prefix: string, obj: unknown, into: Record<string, unknown>): void {
  if (!isObject(obj)) return;
  for (const [k, v] of Object.entries(obj)) {
    const s = scalar(v);
    if (s !== undefined) into[`${prefix}.${k}`] = s;
  }
}
