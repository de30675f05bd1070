// Drift of one column between a reference and the current data, from one streaming pass each:
// categories are counted exactly (up to MAX_CATEGORIES distinct values), numbers go into a
// fixed-size uniform sample (reservoir, Algorithm R, seeded) so memory stays bounded.
import { Xoshiro128ss } from '../../stats/prng.js';
import { chiSquareSf, ksPValue } from './dist.js';
import type { DriftBin } from './types.js';
import type { ColumnDigest } from './digest.js';

export { MAX_CATEGORIES } from './categories.js';
import { MAX_CATEGORIES } from './categories.js';
export const DEFAULT_SAMPLE_SIZE = 20_000;
/** Empty bins get this share before PSI's logarithm (as Evidently does). */
export const PSI_EPSILON = 1e-4;

export interface ProfileState {
  size: number;
  nulls: number;
  numbers: number;
  others: number;
  reservoir: Float64Array;
  cats: Map<string, number> | null;
}

export class ColumnProfile {
  nulls = 0;
  numbers = 0;
  others = 0;
  reservoir: Float64Array;
  cats: Map<string, number> | null = new Map();
  private rng: Xoshiro128ss;

  constructor(
    readonly size: number,
    seed: number,
  ) {
    this.reservoir = new Float64Array(size);
    this.rng = Xoshiro128ss.fromSeed(seed);
  }

  /** What crosses a thread boundary (the random state stays behind: the pass is over). */
  state(): ProfileState {
    const { size, nulls, numbers, others, cats } = this;
    return { size, nulls, numbers, others, cats, reservoir: this.reservoir };
  }

  static fromState(s: ProfileState): ColumnProfile {
    const p = new ColumnProfile(0, 0);
    Object.assign(p, { size: s.size, nulls: s.nulls, numbers: s.numbers, others: s.others });
    p.reservoir = s.reservoir;
    p.cats = s.cats;
    return p;
  }

  /** One chunk's values of this column (digest.ts), chunks in file order. */
  merge(d: ColumnDigest): void {
    this.nulls += d.nulls;
    this.others += d.others;
    const { size, reservoir, rng } = this;
    const values = d.numbers;
    let i = this.numbers;
    for (let k = 0; k < values.length; k++, i++) {
      if (i < size) reservoir[i] = values[k] as number;
      else {
        const j = rng.index(i + 1);
        if (j < size) reservoir[j] = values[k] as number;
      }
    }
    this.numbers = i;
    if (!this.cats) return;
    if (!d.cats) {
      this.cats = null;
      return;
    }
    for (const [k, n] of d.cats) {
      const c = this.cats.get(k);
      if (c !== undefined) this.cats.set(k, c + n);
      else if (this.cats.size >= MAX_CATEGORIES) {
        this.cats = null;
        return;
      } else this.cats.set(k, n);
    }
  }

  get count(): number {
    return this.numbers + this.others;
  }

  /** The numbers kept, sorted ascending. */
  sample(): Float64Array {
    return this.reservoir.slice(0, Math.min(this.numbers, this.size)).sort();
  }

  get sampled(): boolean {
    return this.numbers > this.size;
  }
}

/** Σ (c − r) ln(c / r) over bins, shares floored at PSI_EPSILON. */
export function psi(ref: readonly number[], cur: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < ref.length; i++) {
    const r = Math.max(ref[i] as number, PSI_EPSILON);
    const c = Math.max(cur[i] as number, PSI_EPSILON);
    s += (c - r) * Math.log(c / r);
  }
  return s;
}

/** Count of values ≤ x in a sorted array. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Bin edges on the reference's quantiles: the empirical i/bins quantiles (the smallest value
 * with at least i/bins of the sample at or below it), deduplicated. Bins are (−∞, e1], (e1, e2],
 * …, (e_last, ∞).
 */
export function quantileEdges(sortedRef: Float64Array, bins: number): number[] {
  const n = sortedRef.length;
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const e = sortedRef[Math.ceil((i * n) / bins) - 1] as number;
    if (edges.length === 0 || e > (edges[edges.length - 1] as number)) edges.push(e);
  }
  // A last edge at the maximum would leave an always-empty top bin.
  while (edges.length && edges[edges.length - 1] === sortedRef[n - 1]) edges.pop();
  return edges;
}

export function binShares(sorted: Float64Array, edges: number[]): number[] {
  const out: number[] = [];
  let below = 0;
  for (const e of edges) {
    const k = upperBound(sorted, e);
    out.push((k - below) / sorted.length);
    below = k;
  }
  out.push((sorted.length - below) / sorted.length);
  return out;
}

/** Two-sample KS: the largest gap between the two empirical CDFs. */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i] as number, b[j] as number);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return d;
}

function fmtEdge(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toPrecision(4).replace(/\.?0+$/, '');
}

export interface DriftScore {
  type: 'numeric' | 'categorical';
  psi: number;
  test: 'ks' | 'chi2';
  statistic: number;
  df?: number;
  pValue: number;
  bins: DriftBin[];
}

export function numericDrift(ref: Float64Array, cur: Float64Array, bins: number): DriftScore {
  const edges = quantileEdges(ref, bins);
  const r = binShares(ref, edges);
  const c = binShares(cur, edges);
  const d = ksStatistic(ref, cur);
  const labels = r.map((_, i) =>
    i === 0
      ? `≤ ${fmtEdge(edges[0] ?? Infinity)}`
      : i === edges.length
        ? `> ${fmtEdge(edges[i - 1] as number)}`
        : `${fmtEdge(edges[i - 1] as number)}–${fmtEdge(edges[i] as number)}`,
  );
  return {
    type: 'numeric',
    psi: psi(r, c),
    test: 'ks',
    statistic: d,
    pValue: ksPValue(d, ref.length, cur.length),
    bins: labels.map((label, i) => ({ label, ref: r[i] as number, cur: c[i] as number })),
  };
}

/** PSI on category shares, and the chi-square test of homogeneity of the 2 × k table. */
export function categoricalDrift(ref: Map<string, number>, cur: Map<string, number>): DriftScore {
  const keys = [...new Set([...ref.keys(), ...cur.keys()])];
  const nr = [...ref.values()].reduce((a, b) => a + b, 0);
  const nc = [...cur.values()].reduce((a, b) => a + b, 0);
  const r = keys.map((k) => (ref.get(k) ?? 0) / nr);
  const c = keys.map((k) => (cur.get(k) ?? 0) / nc);
  const n = nr + nc;
  let stat = 0;
  for (const k of keys) {
    const or = ref.get(k) ?? 0;
    const oc = cur.get(k) ?? 0;
    const col = or + oc;
    const er = (col * nr) / n;
    const ec = (col * nc) / n;
    stat += (or - er) ** 2 / er + (oc - ec) ** 2 / ec;
  }
  const df = keys.length - 1;
  const bins = keys
    .map((k, i) => ({ label: k, ref: r[i] as number, cur: c[i] as number }))
    .sort((a, b) => b.ref + b.cur - (a.ref + a.cur) || (a.label < b.label ? -1 : 1));
  return {
    type: 'categorical',
    psi: psi(r, c),
    test: 'chi2',
    statistic: stat,
    df,
    pValue: df > 0 ? chiSquareSf(stat, df) : 1,
    bins,
  };
}
