// McNemar's test for paired 0/1 outcomes (McNemar 1947): only the discordant pairs carry
// information. b = examples the baseline got right and the candidate wrong, c = the reverse.
//
// Which variant: the exact conditional test (two-sided binomial, b ~ Bin(b + c, 1/2)) when
// b + c < 25, otherwise the chi-square statistic with Edwards' continuity correction,
// (|b − c| − 1)² / (b + c) on 1 degree of freedom. The cut-off of 25 is a common rule of
// thumb: the χ² approximation is poor for few discordant pairs, and the exact test is valid at
// any count. We clamp |b − c| − 1 at 0, so b = c gives p = 1; R's mcnemar.test does not clamp
// and reports 1/(b + c) there, the only case where the two differ.
import { twoSidedP } from './normal.js';

export interface McNemarResult {
  b: number;
  c: number;
  method: 'exact' | 'chi2-cc' | 'chi2';
  /** χ² statistic (chi-square variants only). */
  statistic?: number;
  pValue: number;
}

export interface McNemarOptions {
  /** Use the exact binomial test while b + c is below this (default 25, at most 1000). */
  exactBelow?: number;
  /** Continuity correction for the chi-square variant (default true). */
  correct?: boolean;
}

/** Two-sided exact binomial p-value for k successes in n trials at p = 1/2 (n ≤ 1000). */
export function binomialTwoSidedHalf(k: number, n: number): number {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n) {
    throw new RangeError(`binomialTwoSidedHalf: need integers 0 ≤ k ≤ n, got k=${k}, n=${n}`);
  }
  if (n > 1000)
    throw new RangeError(
      'binomialTwoSidedHalf: n above 1000 underflows; use the chi-square variant',
    );
  if (n === 0) return 1;
  const lo = Math.min(k, n - k);
  // The distribution is symmetric, so the two-sided p is twice the smaller tail.
  let pmf = Math.pow(2, -n);
  let tail = pmf;
  for (let i = 0; i < lo; i++) {
    pmf = (pmf * (n - i)) / (i + 1);
    tail += pmf;
  }
  return Math.min(1, 2 * tail);
}

export function mcnemar(b: number, c: number, options: McNemarOptions = {}): McNemarResult {
  const exactBelow = options.exactBelow ?? 25;
  const correct = options.correct ?? true;
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(
      `mcnemar: discordant counts must be non-negative integers, got b=${b}, c=${c}`,
    );
  }
  if (exactBelow > 1001) throw new RangeError('mcnemar: exactBelow must be at most 1001');
  const n = b + c;
  if (n < exactBelow) return { b, c, method: 'exact', pValue: binomialTwoSidedHalf(b, n) };
  const diff = correct ? Math.max(0, Math.abs(b - c) - 1) : Math.abs(b - c);
  const statistic = (diff * diff) / n;
  return {
    b,
    c,
    method: correct ? 'chi2-cc' : 'chi2',
    statistic,
    pValue: twoSidedP(Math.sqrt(statistic)),
  };
}

/** Discordant counts of two paired 0/1 vectors: b = baseline 1 & candidate 0, c = baseline 0 & candidate 1. */
export function discordantCounts(
  baseline: ArrayLike<number>,
  candidate: ArrayLike<number>,
): { b: number; c: number } {
  if (baseline.length !== candidate.length)
    throw new RangeError('discordantCounts: vectors differ in length');
  let b = 0;
  let c = 0;
  for (let i = 0; i < baseline.length; i++) {
    const x = baseline[i]!;
    const y = candidate[i]!;
    if (x === 1 && y === 0) b++;
    else if (x === 0 && y === 1) c++;
  }
  return { b, c };
}
