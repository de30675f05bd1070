// Raw cell values of per-example files, shared by the loader, the named readers and the value
// readers (kept apart so that none of them imports another in a cycle).

export type RawValue = string | number | boolean | null | undefined | object;

/**
 * The values of one column over an example's repeated samples (epochs, generations, runs), in
 * file order. Means average them, pass@k counts them; anything else needs one value.
 */
export class Samples {
  constructor(readonly values: RawValue[]) {}
}

export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `the string "${clip(v)}"`;
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

export function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
