// The count (multinomial) bootstrap must be the per-example bootstrap's distribution, drawn in
// O(B·K): binomial variates against the exact pmf, then replicate distributions against the
// per-example resampler on many seeds (two-sample Kolmogorov–Smirnov).
import { describe, expect, it } from 'vitest';
import {
  binomial,
  bootstrapMeanCountReplicates,
  bootstrapMeanReplicates,
  bootstrapRatioCountReplicates,
  bootstrapRatioReplicates,
  percentileInterval,
  summarize,
  Xoshiro128ss,
} from '../../src/stats/index.js';

/** Exact Binomial(n, p) CDF by the pmf recursion from 0 in log space. */
function binomialCdf(n: number, p: number): Float64Array {
  const logPmf = new Float64Array(n + 1);
  logPmf[0] = n * Math.log1p(-p);
  for (let k = 1; k <= n; k++)
    logPmf[k] = logPmf[k - 1]! + Math.log((n - k + 1) / k) + Math.log(p / (1 - p));
  const cdf = new Float64Array(n + 1);
  let acc = 0;
  for (let k = 0; k <= n; k++) cdf[k] = acc += Math.exp(logPmf[k]!);
  return cdf;
}

/** Kolmogorov's limiting survival function Q(λ). */
function kolmogorovQ(lambda: number): number {
  if (lambda < 0.2) return 1;
  let s = 0;
  for (let k = 1; k <= 100; k++) s += 2 * (k % 2 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
  return Math.min(1, Math.max(0, s));
}

/** Two-sample KS p-value (asymptotic, with Stephens' small-sample correction). */
function ksTwoSample(a: Float64Array, b: Float64Array): number {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i]!, y[j]!);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  const ne = Math.sqrt((x.length * y.length) / (x.length + y.length));
  return kolmogorovQ((ne + 0.12 + 0.11 / ne) * d);
}

describe('binomial variates', () => {
  const cases: Array<[number, number]> = [
    [20, 0.3], // inversion
    [1000, 0.004], // inversion, small n·p
    [60, 0.5], // BTRD near its threshold
    [1000, 0.3], // BTRD
    [100_000, 0.45], // BTRD, bootstrap size
    [50, 0.93], // mirrored
  ];
  for (const [n, p] of cases) {
    it(`Binomial(${n}, ${p}) matches the exact CDF (KS at 1%)`, () => {
      const rng = Xoshiro128ss.fromSeed(11, `${n}/${p}`);
      const draws = 100_000;
      const hist = new Float64Array(n + 1);
      let sum = 0;
      let outside = 0;
      for (let i = 0; i < draws; i++) {
        const x = binomial(n, p, rng);
        if (!(Number.isInteger(x) && x >= 0 && x <= n)) outside++;
        else hist[x]!++;
        sum += x;
      }
      expect(outside).toBe(0);
      const cdf = binomialCdf(n, p);
      let acc = 0;
      let d = 0;
      for (let k = 0; k <= n; k++) {
        acc += hist[k]! / draws;
        d = Math.max(d, Math.abs(acc - cdf[k]!));
      }
      expect(d).toBeLessThan(1.63 / Math.sqrt(draws));
      const sd = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(sum / draws - n * p)).toBeLessThan((4 * sd) / Math.sqrt(draws));
    });
  }
});

describe('count bootstrap = per-example bootstrap in distribution', () => {
  const rng = Xoshiro128ss.fromSeed(5);
  const n = 2000;
  const diff = Float64Array.from({ length: n }, () => {
    const u = rng.next();
    return u < 0.07 ? -1 : u < 0.12 ? 1 : 0;
  });
  const codes = Uint8Array.from({ length: n }, () => rng.nextUint32() & 7);

  it('0/1 differences: 30 seeds, KS p-values spread as under the null, intervals agree', () => {
    const ps: number[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const a = bootstrapMeanCountReplicates(diff, { resamples: 3000, seed });
      const b = bootstrapMeanReplicates(diff, { resamples: 3000, seed });
      ps.push(ksTwoSample(a, b));
      const [lo1, hi1] = percentileInterval(summarize(a).sorted, 0.95);
      const [lo2, hi2] = percentileInterval(summarize(b).sorted, 0.95);
      // Monte-Carlo error of a 2.5% quantile at B = 3000 is about 0.0015 here.
      expect(Math.abs(lo1 - lo2)).toBeLessThan(0.006);
      expect(Math.abs(hi1 - hi2)).toBeLessThan(0.006);
    }
    // Under the null about 1% of p-values fall below 0.01; a wrong distribution puts most there.
    expect(ps.filter((p) => p < 0.01).length).toBeLessThanOrEqual(2);
    expect(ps.filter((p) => p > 0.5).length).toBeGreaterThanOrEqual(6);
  });

  it('F1 from confusion codes: 20 seeds', () => {
    const ps: number[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const a = bootstrapRatioCountReplicates(codes, 'f1', { resamples: 3000, seed });
      const b = bootstrapRatioReplicates(codes, 'f1', { resamples: 3000, seed });
      ps.push(ksTwoSample(a, b));
    }
    expect(ps.filter((p) => p < 0.01).length).toBeLessThanOrEqual(2);
  });

  it('the KS test used here does detect a different distribution', () => {
    const shifted = Float64Array.from(diff, (v, i) => (i < 40 && v === 0 ? 1 : v));
    const a = bootstrapMeanCountReplicates(shifted, { resamples: 3000, seed: 1 });
    const b = bootstrapMeanReplicates(diff, { resamples: 3000, seed: 1 });
    expect(ksTwoSample(a, b)).toBeLessThan(1e-6);
  });
});
