// The paired bootstrap for statistics that are not means of per-example values (AUC, average
// precision, macro F1, RMSE, calibration error): each replicate draws n example indices with
// replacement, turns them into per-example counts, and recomputes the statistic for both
// models on the same counts. The draws are the same xoshiro128** stream as the mean and ratio
// bootstraps, so a seed gives the same resamples whatever the statistic.
import { DEFAULT_RESAMPLES, type BootstrapOptions } from './bootstrap.js';
import { Xoshiro128ss, seedState } from './prng.js';
import type { Weights } from './scored.js';

/** A statistic of both models on the same weighted examples: [candidate, baseline]. */
export type PairedStatistic = (weights: Weights) => [number, number];

/**
 * B replicates of statistic(candidate) − statistic(baseline) on resampled examples. A
 * replicate where either side is undefined (NaN) stays NaN; summarize() drops it.
 */
export function bootstrapWeightedReplicates(
  n: number,
  statistic: PairedStatistic,
  options: BootstrapOptions = {},
): Float64Array {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  if (n === 0) throw new RangeError('bootstrap: no examples');
  const rng = new Xoshiro128ss(seedState(options.seed ?? 1, options.label ?? ''));
  const weights = new Uint32Array(n);
  const out = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[rng.index(n)]!++;
    const [c, b] = statistic(weights);
    out[r] = c - b;
  }
  return out;
}
