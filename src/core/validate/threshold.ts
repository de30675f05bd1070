// `max-invalid-rows` / `warn-invalid-rows`: a count ("10") or a share of the rows ("0.5%").
import type { Status } from '../result.js';

export interface Threshold {
  raw: string;
  count?: number;
  percent?: number;
}

export function parseThreshold(raw: string | number, name: string): Threshold {
  const s = String(raw).trim();
  if (/^\d+$/.test(s)) return { raw: s, count: Number(s) };
  const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(s);
  if (m && Number(m[1]) <= 100) return { raw: `${m[1]}%`, percent: Number(m[1]) };
  throw new Error(
    `${name} must be a whole number of rows or a percentage like "0.5%", got ${JSON.stringify(s)}`,
  );
}

/** True when `invalid` of `rows` is more than the threshold allows. */
export function exceeds(t: Threshold, invalid: number, rows: number): boolean {
  if (t.count !== undefined) return invalid > t.count;
  return rows > 0 && (invalid / rows) * 100 > (t.percent as number);
}

export function thresholdStatus(
  max: Threshold,
  warn: Threshold | undefined,
  invalid: number,
  rows: number,
): Status {
  if (exceeds(max, invalid, rows)) return 'fail';
  if (warn && exceeds(warn, invalid, rows)) return 'warn';
  return 'pass';
}

export function formatShare(share: number): string {
  const pct = share * 100;
  if (pct === 0) return '0%';
  if (pct < 0.01) return '<0.01%';
  return `${pct < 1 ? pct.toFixed(2) : pct.toFixed(1)}%`;
}
