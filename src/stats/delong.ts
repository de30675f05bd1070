// DeLong's test for two correlated ROC-AUCs (DeLong, DeLong & Clarke-Pearson 1988), in the
// O(n log n) form of Sun & Xu (2014): each model's AUC is the mean of per-positive and
// per-negative "placement" values computed from midranks, and the covariance of those
// placements between the two models gives the variance of the AUC difference.
import { twoSidedP } from './normal.js';

/** Midranks (1-based, ties share their average rank) of `values`. */
export function midranks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && values[order[j]!] === values[order[i]!]) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) ranks[order[k]!] = rank;
    i = j;
  }
  return ranks;
}

interface Placements {
  auc: number;
  /** Per positive: the share of negatives it outscores (ties half). */
  pos: Float64Array;
  /** Per negative: the share of positives that outscore it (ties half). */
  neg: Float64Array;
}

function placements(scores: Float64Array, positive: Uint8Array): Placements {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < scores.length; i++) (positive[i] ? xs : ys).push(scores[i]!);
  const m = xs.length;
  const n = ys.length;
  const x = Float64Array.from(xs);
  const y = Float64Array.from(ys);
  const all = new Float64Array(m + n);
  all.set(x);
  all.set(y, m);
  const rAll = midranks(all);
  const rx = midranks(x);
  const ry = midranks(y);
  const pos = new Float64Array(m);
  const neg = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    pos[i] = (rAll[i]! - rx[i]!) / n;
    sum += rAll[i]!;
  }
  for (let j = 0; j < n; j++) neg[j] = 1 - (rAll[m + j]! - ry[j]!) / m;
  return { auc: (sum - (m * (m + 1)) / 2) / (m * n), pos, neg };
}

function covariance(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i]! - ma) * (b[i]! - mb);
  return s / (n - 1);
}

export interface DeLongResult {
  candidate: number;
  baseline: number;
  /** Variance of candidate − baseline. */
  variance: number;
  z: number;
  pValue: number;
}

/**
 * Paired DeLong test of AUC(candidate) − AUC(baseline) on the same examples. Needs at least
 * two positives and two negatives (the placements' covariances need n − 1 > 0).
 */
export function delongPaired(
  positive: Uint8Array,
  candidate: Float64Array,
  baseline: Float64Array,
): DeLongResult {
  const c = placements(candidate, positive);
  const b = placements(baseline, positive);
  const m = c.pos.length;
  const n = c.neg.length;
  if (m < 2 || n < 2) throw new RangeError('DeLong needs at least 2 positives and 2 negatives');
  const varC = covariance(c.pos, c.pos) / m + covariance(c.neg, c.neg) / n;
  const varB = covariance(b.pos, b.pos) / m + covariance(b.neg, b.neg) / n;
  const cov = covariance(c.pos, b.pos) / m + covariance(c.neg, b.neg) / n;
  const variance = Math.max(0, varC + varB - 2 * cov);
  const d = c.auc - b.auc;
  const z = variance === 0 ? (d === 0 ? 0 : Math.sign(d) * Infinity) : d / Math.sqrt(variance);
  return {
    candidate: c.auc,
    baseline: b.auc,
    variance,
    z,
    pValue: variance === 0 ? (d === 0 ? 1 : 0) : twoSidedP(z),
  };
}
