// Reading typed values out of raw per-example cells, with located errors.
import type { Problem } from '../../result.js';
import type { ExampleTable } from './load.js';
import { Samples, clip, describe, type RawValue } from './raw.js';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A score as a number: JSON numbers, numeric strings (CSV cells), and booleans as 1/0
 * (`"correct": true` is common). NaN, Infinity, empty cells and other strings are errors.
 */
export function toScore(v: RawValue): number | string {
  if (v instanceof Samples) return meanOfSamples(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : `not a finite number (${v})`;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const s = v.trim();
    if (NUMBER.test(s)) return Number(s);
    const lower = s.toLowerCase();
    if (lower === 'true') return 1;
    if (lower === 'false') return 0;
    return s === '' ? 'empty' : `not a number (${describe(v)})`;
  }
  return v === undefined ? 'missing' : `not a number (${describe(v)})`;
}

/** Repeated samples of one example count as their mean: the example, not the sample, is the unit. */
function meanOfSamples(v: Samples): number | string {
  let sum = 0;
  for (let i = 0; i < v.values.length; i++) {
    const x = toScore(v.values[i]);
    if (typeof x === 'string') return `${x} in sample ${i + 1} of ${v.values.length}`;
    sum += x;
  }
  return sum / v.values.length;
}

/** The 0/1 correctness of each sample (one value counts as one sample), or why not. */
export function sampleOutcomes(v: RawValue): number[] | string {
  const list = v instanceof Samples ? v.values : [v];
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const x = toScore(list[i]);
    if (typeof x === 'string')
      return list.length > 1 ? `${x} in sample ${i + 1} of ${list.length}` : x;
    if (x !== 0 && x !== 1)
      return `${x}${list.length > 1 ? ` in sample ${i + 1}` : ''}, not a 0/1 correctness`;
    out.push(x);
  }
  return out;
}

/** True when the samples of a repeated example do not all hold the same class. */
export function varies(v: RawValue): boolean {
  if (!(v instanceof Samples)) return false;
  const first = toClass(v.values[0]);
  return v.values.some((x) => toClass(x) !== first);
}

/** A class label or prediction as a comparable string; null when missing. */
export function toClass(v: RawValue): string | null {
  // Repeated samples that agree (a label, a slice) are that one value.
  if (v instanceof Samples) return varies(v) ? null : toClass(v.values[0]);
  if (typeof v === 'string') {
    const s = v.trim();
    return s === ''
      ? null
      : NUMBER.test(s)
        ? String(Number(s))
        : s.toLowerCase() === 'true' || s.toLowerCase() === 'false'
          ? s.toLowerCase()
          : s;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return String(v);
  return null;
}

/** The canonical string of the positive class: 1, "1", "1.0" and true-as-1 compare equal. */
export function positiveKey(positive: string | number | boolean): string {
  return toClass(positive) ?? String(positive);
}

export function isPositive(cls: string, positive: string): boolean {
  if (cls === positive) return true;
  // true/false against 1/0
  if (positive === '1') return cls === 'true';
  if (positive === 'true') return cls === '1';
  return false;
}

export class Located {
  readonly problems: Problem[] = [];
  private counts = new Map<string, number>();
  constructor(private readonly perKey = 10) {}

  add(table: ExampleTable, row: number, key: string, message: string): void {
    const k = `${table.path}\0${key}`;
    const c = (this.counts.get(k) ?? 0) + 1;
    this.counts.set(k, c);
    if (c <= this.perKey) {
      const line = table.lines[row] || undefined;
      const at = line ? '' : ` (id "${clip(table.ids[row] ?? '')}")`;
      this.problems.push({
        file: table.path,
        ...(line ? { line } : {}),
        key,
        message: `${message}${at}`,
      });
    }
  }

  /** Adds "N more" lines for keys that overflowed. */
  flush(): Problem[] {
    for (const [k, c] of this.counts) {
      if (c > this.perKey) {
        const [file, key] = k.split('\0') as [string, string];
        this.problems.push({
          file,
          key,
          message: `${c - this.perKey} more bad values in "${key}" not shown`,
        });
      }
    }
    this.counts.clear();
    return this.problems;
  }
}
