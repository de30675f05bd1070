// The statistics of one unit (all paired examples, or one slice) of one metric: point values,
// interval, p-value and the spread that sets the minimum detectable effect.
import {
  bootstrapMeanCountReplicates,
  bootstrapMeanReplicates,
  bootstrapPValue,
  bootstrapRatioCountReplicates,
  bootstrapStandardError,
  categories,
  codeCounts,
  mcnemar,
  mdePairedMean,
  mdePairedProportions,
  meanAndSd,
  normalQuantile,
  pairedDifferences,
  percentileInterval,
  ratioPair,
  summarize,
  twoSidedP,
} from '../../../stats/index.js';
import type { CompareExamplesOptions, ExampleMetric, ExampleMetricRow } from './api.js';
import type { Prepared } from './metric-data.js';
import type { ExampleRule } from './rules.js';
import { computeStatistic, type StatisticData } from './statistics.js';

export interface Unit {
  metric: ExampleMetric;
  slice?: { key: string; value: string };
  /** Positions in the aligned arrays; null = all. */
  subset: Int32Array | null;
  rule?: ExampleRule;
}

export interface Computed {
  row: ExampleMetricRow;
  /** Interval of candidate − baseline (not oriented) at a given level. */
  ciAt?: (level: number) => [number, number];
  /** Spread that sets the MDE: sd of differences, bootstrap SE, or the discordant share. */
  mdeAt?: (alpha: number) => number;
  inFamily: boolean;
  rule?: ExampleRule;
}

export function pick<T extends Float64Array | Uint8Array>(a: T, subset: Int32Array | null): T {
  if (!subset) return a;
  const out = new (a.constructor as new (n: number) => T)(subset.length);
  for (let i = 0; i < subset.length; i++) out[i] = a[subset[i]!]!;
  return out;
}

export function mean(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s / a.length;
}

export type Boot = { resamples: number; seed: number; label: string };
export type MeanPrepared = Extract<Prepared, { kind: 'mean' }>;
export type RatioPrepared = Extract<Prepared, { kind: 'ratio' }>;

/** What one unit's statistics gave; no interval when the unit is too small to test. */
export interface Estimate {
  n: number;
  b: number;
  c: number;
  ciAt?: Computed['ciAt'];
  mdeAt?: Computed['mdeAt'];
  pValue?: number;
  test?: ExampleMetricRow['test'];
  testMethod?: ExampleMetricRow['testMethod'];
  /** Resamples in which the statistic was undefined. */
  dropped: number;
}

/** The statistic is undefined in this unit: the row's reason and the point values that exist. */
export interface Undefined {
  undefinedHere: true;
  n: number;
  reason: string;
  baseline?: number;
  candidate?: number;
}

/** Interval and p-value of a mean difference: paired z, or the paired bootstrap. */
export function meanInterval(
  diff: ReturnType<typeof pairedDifferences>,
  d: number,
  sd: number,
  opts: Required<CompareExamplesOptions>,
  boot: Boot,
): Pick<Estimate, 'ciAt' | 'pValue' | 'test'> {
  if (opts.interval === 'paired-z') {
    const se = sd / Math.sqrt(diff.length);
    return {
      ciAt: (level) => {
        const z = normalQuantile(1 - (1 - level) / 2);
        return [d - z * se, d + z * se];
      },
      pValue: se === 0 ? (d === 0 ? 1 : 0) : twoSidedP(d / se),
      test: 'paired-z',
    };
  }
  // Few distinct differences (0/1 scores): resample the category counts, O(B·K).
  const reps = categories(diff)
    ? bootstrapMeanCountReplicates(diff, boot)
    : bootstrapMeanReplicates(diff, boot);
  const s = summarize(reps);
  return {
    ciAt: (level) => percentileInterval(s.sorted, level),
    pValue: bootstrapPValue(s.sorted),
    test: 'bootstrap',
  };
}

/** McNemar on the discordant pairs of 0/1 scores: the p-value and the MDE of a 0/1 metric. */
export function mcnemarTest(
  bv: Float64Array,
  cv: Float64Array,
  power: number,
): Pick<Estimate, 'pValue' | 'test' | 'testMethod' | 'mdeAt'> {
  const n = cv.length;
  let bOnly = 0;
  let cOnly = 0;
  for (let i = 0; i < n; i++) {
    if (bv[i] === 1 && cv[i] === 0) bOnly++;
    else if (bv[i] === 0 && cv[i] === 1) cOnly++;
  }
  const mc = mcnemar(bOnly, cOnly);
  const psi = (bOnly + cOnly) / n;
  return {
    pValue: mc.pValue,
    test: 'mcnemar',
    testMethod: mc.method,
    mdeAt: (alpha) => mdePairedProportions(psi, n, { alpha, power }),
  };
}

export function meanEstimate(
  prep: MeanPrepared,
  subset: Int32Array | null,
  opts: Required<CompareExamplesOptions>,
  power: number,
  boot: Boot,
): Estimate {
  const cv = pick(prep.c, subset);
  const bv = pick(prep.b, subset);
  const n = cv.length;
  const est: Estimate = { n, b: mean(bv), c: mean(cv), dropped: 0 };
  if (n < opts.minExamples) return est;
  const diff = pairedDifferences(cv, bv);
  const { sd } = meanAndSd(diff);
  const interval = meanInterval(diff, est.c - est.b, sd, opts, boot);
  if (prep.binary) return { ...est, ...interval, ...mcnemarTest(bv, cv, power) };
  return { ...est, ...interval, mdeAt: (alpha) => mdePairedMean(sd, n, { alpha, power }) };
}

/** The statistics of statistics.ts (AUC, log loss, regression errors, class metrics). */
export function statisticEstimate(
  data: StatisticData,
  unit: Unit,
  opts: Required<CompareExamplesOptions>,
  power: number,
  boot: Boot,
): Estimate | Undefined {
  const out = computeStatistic(data, unit.subset, { minExamples: opts.minExamples, boot });
  if ('undefinedReason' in out) {
    const reason = `${out.undefinedReason}${unit.slice ? ' (in this slice)' : ''}`;
    return { undefinedHere: true, n: out.n, reason };
  }
  const est: Estimate = { n: out.n, b: out.baseline, c: out.candidate, dropped: 0 };
  if (!out.ciAt) return est;
  return {
    ...est,
    ciAt: out.ciAt,
    pValue: out.pValue!,
    test: out.test,
    dropped: out.dropped,
    mdeAt: (alpha) => out.mdeAt!(alpha, power),
  };
}

/** Precision, recall or F1 from the confusion counts, resampled as counts. */
export function ratioEstimate(
  prep: RatioPrepared,
  unit: Unit,
  opts: Required<CompareExamplesOptions>,
  power: number,
  boot: Boot,
): Estimate | Undefined {
  const codes = pick(prep.codes, unit.subset);
  const n = codes.length;
  const { baseline: b, candidate: c } = ratioPair(prep.stat, codeCounts(codes));
  const undefinedSide = Number.isNaN(b) ? 'baseline' : Number.isNaN(c) ? 'candidate' : null;
  if (undefinedSide) {
    const why = prep.stat === 'precision' ? 'no predicted positives' : 'no positive labels';
    return {
      undefinedHere: true,
      n,
      reason: `${prep.stat} is undefined for the ${undefinedSide} (${why}${unit.slice ? ' in this slice' : ''})`,
      ...(Number.isNaN(b) ? {} : { baseline: b }),
      ...(Number.isNaN(c) ? {} : { candidate: c }),
    };
  }
  const est: Estimate = { n, b, c, dropped: 0 };
  if (n < opts.minExamples) return est;
  const s = summarize(bootstrapRatioCountReplicates(codes, prep.stat, boot));
  const se = bootstrapStandardError(s.sorted);
  return {
    ...est,
    dropped: s.dropped,
    ciAt: (level) => percentileInterval(s.sorted, level),
    pValue: bootstrapPValue(s.sorted),
    test: 'bootstrap',
    mdeAt: (alpha) => (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * se,
  };
}
