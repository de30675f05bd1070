// Paired bootstrap: resample example indices with replacement, B times, and recompute the
// difference candidate − baseline on the same indices for both models (the pairing is what
// makes the interval narrow: per-example difficulty cancels). The hot loops are written for V8
// (no closures, no allocation, the generator inlined); why each choice, and how the interval and
// p-value are defined: docs/compare-examples-internals.md, "The paired bootstrap".
import { seedState, stateWords, TWO_POW_M32, type RngState } from './prng.js';
import { floatReplicates } from './block-bootstrap.js';

export const DEFAULT_RESAMPLES = 10_000;

export interface BootstrapOptions {
  /** Number of resamples B (default 10,000). */
  resamples?: number;
  /** Integer seed (default 1). */
  seed?: number;
  /** Splits the stream: the same seed with different labels gives independent resamples. */
  label?: string;
  /**
   * Threads for the real-valued bootstrap (block-bootstrap.ts), this one included. Default: every
   * core when the bundled worker is there and the work is big enough; 1 runs here alone. The
   * replicates are the same for any number.
   */
  threads?: number;
  /** The worker script (default: bootstrap-worker.js beside the bundle, when it exists). */
  workerUrl?: URL;
  /** Told how the real-valued bootstrap's blocks were shared between threads. */
  onShare?: (share: { threads: number; blocks: number; here: number }) => void;
}

function checkResamples(resamples: number): void {
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
}

/**
 * Bootstrap replicates of mean(diff) for integer differences (sums must stay below 2^31). Small
 * differences come as an Int8Array (0/1 correctness gives −1, 0, 1): a quarter of the cache,
 * measured ~25% faster at n = 100,000 than an Int32Array. One loop serves both array kinds: a
 * copy per kind was measured no faster, even after the loop had seen both kinds.
 */
function meanReplicatesInt(
  diff: Int8Array | Int32Array,
  resamples: number,
  state: RngState,
): Float64Array {
  const n = diff.length;
  const out = new Float64Array(resamples);
  let [s0, s1, s2, s3] = stateWords(state);
  const scale = n * TWO_POW_M32;
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const m = Math.imul(s1, 5);
      const x = Math.imul((m << 7) | (m >>> 25), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      sum = (sum + diff[((x >>> 0) * scale) | 0]!) | 0;
    }
    out[r] = sum / n;
  }
  state.set([s0, s1, s2, s3]);
  return out;
}

export type Differences = Int8Array | Int32Array | Float64Array;

/**
 * Per-example differences candidate − baseline: an Int8Array when every difference is an
 * integer in [−127, 127], an Int32Array for larger integers as long as no resample sum can
 * overflow int32, else a Float64Array. The integer forms make resample sums exact.
 */
export function pairedDifferences(
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
): Differences {
  const n = candidate.length;
  if (baseline.length !== n) throw new RangeError('pairedDifferences: vectors differ in length');
  const diff = new Float64Array(n);
  let integral = true;
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    const d = candidate[i]! - baseline[i]!;
    if (!Number.isFinite(d))
      throw new RangeError(`pairedDifferences: non-finite difference at index ${i}`);
    diff[i] = d;
    if (integral && !Number.isInteger(d)) integral = false;
    const a = Math.abs(d);
    if (a > maxAbs) maxAbs = a;
  }
  if (!integral || maxAbs * n >= 2 ** 31) return diff;
  return maxAbs <= 127 ? Int8Array.from(diff) : Int32Array.from(diff);
}

/** B bootstrap replicates of the mean of `diff` (the paired difference of means). */
export function bootstrapMeanReplicates(
  diff: Differences,
  options: BootstrapOptions = {},
): Float64Array {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  checkResamples(resamples);
  if (diff.length === 0) throw new RangeError('bootstrap: no examples');
  const seed = options.seed ?? 1;
  const label = options.label ?? '';
  const blocked = (): Float64Array =>
    floatReplicates(Float32Array.from(diff), resamples, seed, label, options);
  if (diff instanceof Float64Array) return blocked();
  let maxAbs = 0;
  for (let i = 0; i < diff.length; i++) maxAbs = Math.max(maxAbs, Math.abs(diff[i]!));
  // Integer sums must not overflow int32 (only reachable with a hand-built Int32Array).
  if (maxAbs * diff.length >= 2 ** 31) return blocked();
  const state = seedState(seed, label);
  return meanReplicatesInt(diff, resamples, state);
}

export type RatioStatistic = 'precision' | 'recall' | 'f1';

/** precision = tp/(tp+fp), recall = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn); NaN when the denominator is 0. */
export function ratioFromCounts(stat: RatioStatistic, tp: number, fp: number, fn: number): number {
  const den = stat === 'precision' ? tp + fp : stat === 'recall' ? tp + fn : 2 * tp + fp + fn;
  if (den === 0) return NaN;
  return (stat === 'f1' ? 2 * tp : tp) / den;
}

/**
 * Per-example codes for a paired confusion bootstrap: label·4 + baselinePrediction·2 +
 * candidatePrediction, each a 0/1 (1 = the positive class).
 */
export function confusionCodes(
  label: ArrayLike<number>,
  baselinePred: ArrayLike<number>,
  candidatePred: ArrayLike<number>,
): Uint8Array {
  const n = label.length;
  if (baselinePred.length !== n || candidatePred.length !== n)
    throw new RangeError('confusionCodes: vectors differ in length');
  const codes = new Uint8Array(n);
  for (let i = 0; i < n; i++)
    codes[i] = (label[i]! ? 4 : 0) | (baselinePred[i]! ? 2 : 0) | (candidatePred[i]! ? 1 : 0);
  return codes;
}

/** Counts of the 8 codes, and the baseline/candidate statistic they give. */
export function ratioPair(
  stat: RatioStatistic,
  counts: ArrayLike<number>,
): { baseline: number; candidate: number } {
  const k = (i: number): number => counts[i] ?? 0;
  // code bits: 4 = label, 2 = baseline predicts positive, 1 = candidate predicts positive
  const bTp = k(6) + k(7);
  const bFp = k(2) + k(3);
  const bFn = k(4) + k(5);
  const cTp = k(5) + k(7);
  const cFp = k(1) + k(3);
  const cFn = k(4) + k(6);
  return {
    baseline: ratioFromCounts(stat, bTp, bFp, bFn),
    candidate: ratioFromCounts(stat, cTp, cFp, cFn),
  };
}

export function codeCounts(codes: Uint8Array): Int32Array {
  const counts = new Int32Array(8);
  for (let i = 0; i < codes.length; i++) counts[codes[i]!]!++;
  return counts;
}

/**
 * B bootstrap replicates of statistic(candidate) − statistic(baseline), recomputed from the
 * resampled confusion counts. A replicate whose statistic is undefined (0/0, e.g. no
 * predicted positives in the resample) is NaN; summarize() drops those.
 */
export function bootstrapRatioReplicates(
  codes: Uint8Array,
  stat: RatioStatistic,
  options: BootstrapOptions = {},
): Float64Array {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  checkResamples(resamples);
  const n = codes.length;
  if (n === 0) throw new RangeError('bootstrap: no examples');
  const state = seedState(options.seed ?? 1, options.label ?? '');
  return ratioReplicatesCounts(codes, stat, resamples, state);
}

// Packing (tp, fp, fn) into float64 sums, or spreading the counts over several banks to
// break the store-to-load chain, both measured slower here than this plain counting loop:
// its 1-byte codes stay in cache.
function ratioReplicatesCounts(
  codes: Uint8Array,
  stat: RatioStatistic,
  resamples: number,
  state: RngState,
): Float64Array {
  const n = codes.length;
  const out = new Float64Array(resamples);
  const counts = new Int32Array(8);
  let [s0, s1, s2, s3] = stateWords(state);
  const scale = n * TWO_POW_M32;
  for (let r = 0; r < resamples; r++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const m = Math.imul(s1, 5);
      const x = Math.imul((m << 7) | (m >>> 25), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      counts[codes[((x >>> 0) * scale) | 0]!]!++;
    }
    const pair = ratioPair(stat, counts);
    out[r] = pair.candidate - pair.baseline;
  }
  return out;
}

export interface BootstrapSummary {
  /** Replicates with NaN removed, ascending. */
  sorted: Float64Array;
  /** Replicates that were undefined (NaN) and dropped. */
  dropped: number;
}

export function summarize(replicates: Float64Array): BootstrapSummary {
  let valid = 0;
  for (let i = 0; i < replicates.length; i++) if (!Number.isNaN(replicates[i]!)) valid++;
  const sorted = new Float64Array(valid);
  let j = 0;
  for (let i = 0; i < replicates.length; i++)
    if (!Number.isNaN(replicates[i]!)) sorted[j++] = replicates[i]!;
  sorted.sort();
  return { sorted, dropped: replicates.length - valid };
}

/** Type-7 quantile of ascending data. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Two-sided percentile interval at `level` (e.g. 0.95). */
export function percentileInterval(sorted: Float64Array, level: number): [number, number] {
  if (!(level > 0 && level < 1))
    throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  const tail = (1 - level) / 2;
  return [quantileSorted(sorted, tail), quantileSorted(sorted, 1 - tail)];
}

/** Two-sided bootstrap p-value for H0: Δ = nullValue. */
export function bootstrapPValue(sorted: Float64Array, nullValue = 0): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  let below = 0;
  let above = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i]!;
    if (v <= nullValue) below++;
    if (v >= nullValue) above++;
  }
  return Math.min(1, (2 * (Math.min(below, above) + 1)) / (n + 1));
}

/** Standard deviation of the replicates: the bootstrap standard error. */
export function bootstrapStandardError(sorted: Float64Array): number {
  const n = sorted.length;
  if (n < 2) return NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += sorted[i]!;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (sorted[i]! - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}
