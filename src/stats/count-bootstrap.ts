// The paired bootstrap below the B·n floor. When every example falls into one of a few
// categories (0/1 correctness: the difference is −1, 0 or +1; binary classification: one of 8
// label × prediction × prediction codes), a resample of n examples is fully described by its
// category counts, which are Multinomial(n, observed shares). Drawing those counts directly
// gives replicates with exactly the distribution of the per-example resampler in O(B·K)
// instead of O(B·n). A test compares both resamplers' replicate distributions on many seeds.
import { multinomial } from './binomial.js';
import {
  DEFAULT_RESAMPLES,
  ratioPair,
  type BootstrapOptions,
  type RatioStatistic,
} from './bootstrap.js';
import { Xoshiro128ss, seedState } from './prng.js';

/** Most distinct values a difference column may hold for the count bootstrap. */
export const MAX_CATEGORIES = 16;

function rngFor(options: BootstrapOptions): { rng: Xoshiro128ss; resamples: number } {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  // A label suffix keeps these streams apart from the per-example resampler's.
  const rng = new Xoshiro128ss(seedState(options.seed ?? 1, `${options.label ?? ''}\0counts`));
  return { rng, resamples };
}

/** The distinct values of `diff` and their shares, or null when there are too many. */
export function categories(
  diff: ArrayLike<number>,
): { values: Float64Array; shares: Float64Array } | null {
  const counts = new Map<number, number>();
  for (let i = 0; i < diff.length; i++) {
    counts.set(diff[i]!, (counts.get(diff[i]!) ?? 0) + 1);
    if (counts.size > MAX_CATEGORIES) return null;
  }
  const values = Float64Array.from(counts.keys());
  const shares = Float64Array.from(counts.values(), (c) => c / diff.length);
  return { values, shares };
}

/** B replicates of mean(diff) for a difference column with few distinct values. */
export function bootstrapMeanCountReplicates(
  diff: ArrayLike<number>,
  options: BootstrapOptions = {},
): Float64Array {
  const n = diff.length;
  if (n === 0) throw new RangeError('bootstrap: no examples');
  const cat = categories(diff);
  if (!cat)
    throw new RangeError(`the count bootstrap needs at most ${MAX_CATEGORIES} distinct values`);
  const { rng, resamples } = rngFor(options);
  const counts = new Int32Array(cat.values.length);
  const out = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    multinomial(n, cat.shares, rng, counts);
    let sum = 0;
    for (let k = 0; k < counts.length; k++) sum += counts[k]! * cat.values[k]!;
    out[r] = sum / n;
  }
  return out;
}

/** B replicates of a ratio statistic's difference from 3-bit confusion codes (label·4 | baseline·2 | candidate). */
export function bootstrapRatioCountReplicates(
  codes: Uint8Array,
  stat: RatioStatistic,
  options: BootstrapOptions = {},
): Float64Array {
  const n = codes.length;
  if (n === 0) throw new RangeError('bootstrap: no examples');
  const tally = new Int32Array(8);
  for (let i = 0; i < n; i++) tally[codes[i]!]!++;
  const shares = Float64Array.from(tally, (c) => c / n);
  const { rng, resamples } = rngFor(options);
  const counts = new Int32Array(8);
  const out = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    multinomial(n, shares, rng, counts);
    const pair = ratioPair(stat, counts);
    out[r] = pair.candidate - pair.baseline;
  }
  return out;
}
