import { describe, expect, it } from 'vitest';
import {
  bootstrapMeanReplicates,
  bootstrapPValue,
  bootstrapRatioReplicates,
  codeCounts,
  confusionCodes,
  pairedDifferences,
  percentileInterval,
  quantileSorted,
  ratioFromCounts,
  ratioPair,
  summarize,
} from '../../src/stats/bootstrap.js';
import { pairedZ } from '../../src/stats/paired-z.js';
import { Xoshiro128ss } from '../../src/stats/prng.js';

/** Two correlated 0/1 vectors: cells both-right, baseline-only, candidate-only from one uniform. */
function pairedCorrect(
  n: number,
  seed: number,
  pB = 0.06,
  pC = 0.05,
): { b: Float64Array; c: Float64Array } {
  const g = Xoshiro128ss.fromSeed(seed, 'data');
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = g.next();
    // both right: [0, 0.79), baseline only: [0.79, 0.79 + pB), candidate only: next pC
    b[i] = u < 0.79 + pB ? 1 : 0;
    c[i] = u < 0.79 || (u >= 0.79 + pB && u < 0.79 + pB + pC) ? 1 : 0;
  }
  return { b, c };
}

describe('paired bootstrap of a mean difference', () => {
  it('agrees with the analytic paired z interval within 0.001 at n = 100,000', () => {
    // B = 2,000 keeps the test fast; the Monte-Carlo error of a 2.5% quantile is then about
    // 0.06·SE ≈ 7e-5 here, far inside the tolerance. bench/stats.js repeats this at B = 10,000.
    const { b, c } = pairedCorrect(100_000, 3);
    const diff = pairedDifferences(c, b);
    expect(diff).toBeInstanceOf(Int8Array);
    const s = summarize(bootstrapMeanReplicates(diff, { resamples: 2000, seed: 1 }));
    const boot = percentileInterval(s.sorted, 0.95);
    const z = pairedZ(diff, 0.95);
    expect(Math.abs(boot[0] - z.ci[0])).toBeLessThan(0.001);
    expect(Math.abs(boot[1] - z.ci[1])).toBeLessThan(0.001);
    // and the interval is a real one: about ±1.96·√(0.11/n) ≈ ±0.002 around −0.01
    expect(z.ci[1] - z.ci[0]).toBeGreaterThan(0.003);
    expect(z.mean).toBeCloseTo(-0.01, 2);
  });

  it('float path agrees with paired z too (real-valued losses)', () => {
    const g = Xoshiro128ss.fromSeed(5, 'loss');
    const n = 20_001; // odd: exercises the tail of the unrolled loop
    const b = new Float64Array(n);
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const d = -Math.log(1 - g.next());
      b[i] = d + 0.3 * g.next();
      c[i] = d + 0.3 * g.next() - 0.01;
    }
    const diff = pairedDifferences(c, b);
    expect(diff).toBeInstanceOf(Float64Array);
    const s = summarize(bootstrapMeanReplicates(diff, { resamples: 4000, seed: 9 }));
    const boot = percentileInterval(s.sorted, 0.95);
    const z = pairedZ(diff, 0.95);
    const width = z.ci[1] - z.ci[0];
    expect(Math.abs(boot[0] - z.ci[0])).toBeLessThan(0.05 * width);
    expect(Math.abs(boot[1] - z.ci[1])).toBeLessThan(0.05 * width);
  });

  it('inlined generator equals the reference class, draw for draw (int and float paths)', () => {
    const seedArgs = { seed: 42, label: 'x' };
    for (const n of [7, 8]) {
      const ints = Int32Array.from({ length: n }, (_, i) => ((i * 7) % 3) - 1);
      const small = Int8Array.from(ints);
      const floats = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 1.5);
      // The float path reads single-precision copies of the differences (see bootstrap.ts).
      const stored = Float32Array.from(floats);
      const gotInt = bootstrapMeanReplicates(ints, { resamples: 5, ...seedArgs });
      expect(bootstrapMeanReplicates(small, { resamples: 5, ...seedArgs })).toEqual(gotInt);
      const gotFloat = bootstrapMeanReplicates(floats, { resamples: 5, ...seedArgs });
      const gi = Xoshiro128ss.fromSeed(42, 'x');
      const gf = Xoshiro128ss.fromSeed(42, 'x');
      for (let r = 0; r < 5; r++) {
        let si = 0;
        let a = 0;
        let b = 0;
        for (let i = 0; i < n; i++) si += ints[gi.index(n)]!;
        // the float loop keeps two accumulators: even draws, odd draws, a leftover to the first
        for (let i = 0; i < n >> 1; i++) {
          a += stored[gf.index(n)]!;
          b += stored[gf.index(n)]!;
        }
        if (n & 1) a += stored[gf.index(n)]!;
        expect(gotInt[r]).toBe(si / n);
        expect(gotFloat[r]).toBe((a + b) / n);
      }
    }
  });

  it('is identical run to run for a seed, different for another seed', () => {
    const { b, c } = pairedCorrect(5000, 8);
    const diff = pairedDifferences(c, b);
    const one = bootstrapMeanReplicates(diff, { resamples: 500, seed: 1 });
    expect(bootstrapMeanReplicates(diff, { resamples: 500, seed: 1 })).toEqual(one);
    expect(bootstrapMeanReplicates(diff, { resamples: 500, seed: 2 })).not.toEqual(one);
  });

  it('picks the narrowest exact representation of the differences', () => {
    expect(pairedDifferences([1, 0, 1], [0, 1, 1])).toBeInstanceOf(Int8Array);
    expect(pairedDifferences([300, 0], [0, 1])).toBeInstanceOf(Int32Array);
    expect(pairedDifferences([0.5, 0], [0, 1])).toBeInstanceOf(Float64Array);
    const big = Float64Array.of(2 ** 30, -(2 ** 30), 3);
    expect(pairedDifferences(big, new Float64Array(3))).toBeInstanceOf(Float64Array);
    // a hand-built Int32Array whose sums could overflow still gives the right mean
    const wide = Int32Array.of(2 ** 30, 2 ** 30, 2 ** 30);
    expect(Array.from(bootstrapMeanReplicates(wide, { resamples: 3 }))).toEqual([
      2 ** 30,
      2 ** 30,
      2 ** 30,
    ]);
    expect(() => pairedDifferences([1, NaN], [0, 0])).toThrow(/non-finite/);
  });
});

describe('percentiles and p-values', () => {
  it('type-7 quantiles, interval and p-value', () => {
    const sorted = Float64Array.from({ length: 101 }, (_, i) => i - 50);
    expect(quantileSorted(sorted, 0.5)).toBe(0);
    expect(quantileSorted(sorted, 0.025)).toBeCloseTo(-47.5, 12);
    expect(percentileInterval(sorted, 0.9)).toEqual([-45, 45]);
    // 51 replicates ≤ 0 and 51 ≥ 0: p = 2·52/102 capped at 1
    expect(bootstrapPValue(sorted)).toBe(1);
    // all 99 replicates positive: p = 2·(0 + 1)/(99 + 1)
    expect(bootstrapPValue(Float64Array.from({ length: 99 }, (_, i) => i + 1))).toBeCloseTo(
      0.02,
      12,
    );
    const s = summarize(Float64Array.of(3, NaN, 1, 2));
    expect(Array.from(s.sorted)).toEqual([1, 2, 3]);
    expect(s.dropped).toBe(1);
  });
});

describe('ratio metrics from counts', () => {
  it('precision, recall and F1 by hand', () => {
    // tp 6, fp 2, fn 4: precision 0.75, recall 0.6, F1 = 12/18
    expect(ratioFromCounts('precision', 6, 2, 4)).toBe(0.75);
    expect(ratioFromCounts('recall', 6, 2, 4)).toBe(0.6);
    expect(ratioFromCounts('f1', 6, 2, 4)).toBeCloseTo(12 / 18, 15);
    expect(ratioFromCounts('precision', 0, 0, 3)).toBeNaN();
  });

  it("paired codes give both models' statistics and a bootstrap around their difference", () => {
    const label = [1, 1, 1, 1, 0, 0, 0, 0, 1, 0];
    const base = [1, 1, 0, 0, 1, 0, 0, 0, 1, 0]; // tp 3, fp 1, fn 2
    const cand = [1, 1, 1, 0, 0, 1, 0, 0, 1, 0]; // tp 4, fp 1, fn 1
    const codes = confusionCodes(label, base, cand);
    const pair = ratioPair('f1', codeCounts(codes));
    expect(pair.baseline).toBeCloseTo(6 / 9, 15);
    expect(pair.candidate).toBeCloseTo(8 / 10, 15);
    const reps = bootstrapRatioReplicates(codes, 'f1', { resamples: 2000, seed: 3 });
    const s = summarize(reps);
    const [lo, hi] = percentileInterval(s.sorted, 0.95);
    expect(lo).toBeLessThan(0.8 - 6 / 9);
    expect(hi).toBeGreaterThan(0.8 - 6 / 9);
    expect(bootstrapRatioReplicates(codes, 'f1', { resamples: 2000, seed: 3 })).toEqual(reps);
  });
});

describe('ratio bootstrap', () => {
  it('matches a draw-by-draw recomputation from counts, at small and large n', () => {
    const g = Xoshiro128ss.fromSeed(11, 'codes');
    const small = Uint8Array.from({ length: 3000 }, () => g.index(8));
    for (const stat of ['precision', 'recall', 'f1'] as const) {
      const got = bootstrapRatioReplicates(small, stat, { resamples: 20, seed: 4, label: stat });
      const ref = Xoshiro128ss.fromSeed(4, stat);
      for (let r = 0; r < 20; r++) {
        const counts = new Int32Array(8);
        for (let i = 0; i < small.length; i++) counts[small[ref.index(small.length)]!]!++;
        const p = ratioPair(stat, counts);
        expect(got[r]).toBe(p.candidate - p.baseline);
      }
    }
    const big = Uint8Array.from({ length: 2 ** 17 + 5 }, () => g.index(8));
    const got = bootstrapRatioReplicates(big, 'f1', { resamples: 3, seed: 4, label: 'big' });
    const ref = Xoshiro128ss.fromSeed(4, 'big');
    for (let r = 0; r < 3; r++) {
      const counts = new Int32Array(8);
      for (let i = 0; i < big.length; i++) counts[big[ref.index(big.length)]!]!++;
      const p = ratioPair('f1', counts);
      expect(got[r]).toBe(p.candidate - p.baseline);
    }
  });
});
