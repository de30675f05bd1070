// Per-example statistics beyond means and binary precision/recall/F1: ranking (ROC-AUC, average
// precision), calibration (Brier, ECE), regression (RMSE, MAE) and multi-class (macro/micro F1,
// one class's recall). Each is computed for both models on the same examples and compared
// with the paired bootstrap over examples; ROC-AUC's interval and p-value come from DeLong's
// test instead (the bootstrap agrees with it; a test checks that).
import {
  averagePrecision,
  bootstrapPValue,
  bootstrapStandardError,
  bootstrapWeightedReplicates,
  brier,
  classRecall,
  delongPaired,
  expectedCalibrationError,
  macroF1,
  microF1,
  normalQuantile,
  orderByScore,
  percentileInterval,
  regressionError,
  rocAuc,
  summarize,
  type BootstrapOptions,
  type Weights,
} from '../../../stats/index.js';

export const SCORE_STATISTICS = ['roc_auc', 'pr_auc', 'brier', 'ece'] as const;
export const CLASS_STATISTICS = ['macro_f1', 'micro_f1', 'class_recall'] as const;
export const REGRESSION_STATISTICS = ['rmse', 'mae'] as const;
export type ScoreStatistic = (typeof SCORE_STATISTICS)[number];
export type ClassStatistic = (typeof CLASS_STATISTICS)[number];
export type RegressionStatistic = (typeof REGRESSION_STATISTICS)[number];

/** The aligned per-example data one statistic needs, for both models. */
export type StatisticData =
  | { stat: ScoreStatistic; positive: Uint8Array; c: Float64Array; b: Float64Array }
  | { stat: RegressionStatistic; target: Float64Array; c: Float64Array; b: Float64Array }
  | {
      stat: ClassStatistic;
      truth: Int32Array;
      c: Int32Array;
      b: Int32Array;
      classes: number;
      /** For class_recall: the class's code. */
      cls: number;
    };

export interface StatisticOutcome {
  n: number;
  candidate: number;
  baseline: number;
  /** Interval of candidate − baseline at a level; absent when too small. */
  ciAt?: (level: number) => [number, number];
  mdeAt?: (alpha: number, power: number) => number;
  pValue?: number;
  test?: 'bootstrap' | 'delong';
  dropped: number;
}

function subsetOf<T extends Float64Array | Int32Array | Uint8Array>(
  a: T,
  subset: Int32Array | null,
): T {
  if (!subset) return a;
  const out = new (a.constructor as new (n: number) => T)(subset.length);
  for (let i = 0; i < subset.length; i++) out[i] = a[subset[i]!]!;
  return out;
}

function restrict(data: StatisticData, subset: Int32Array | null): StatisticData {
  const c = subsetOf(data.c, subset);
  const b = subsetOf(data.b, subset);
  if ('positive' in data)
    return { ...data, positive: subsetOf(data.positive, subset), c, b } as StatisticData;
  if ('target' in data)
    return { ...data, target: subsetOf(data.target, subset), c, b } as StatisticData;
  return { ...data, truth: subsetOf(data.truth, subset), c, b } as StatisticData;
}

/** The statistic of both models as a function of example weights. */
function pairedStatistic(d: StatisticData): (w: Weights) => [number, number] {
  switch (d.stat) {
    case 'roc_auc':
    case 'pr_auc': {
      const f = d.stat === 'roc_auc' ? rocAuc : averagePrecision;
      const oc = orderByScore(d.c);
      const ob = orderByScore(d.b);
      return (w) => [f(d.positive, d.c, oc, w), f(d.positive, d.b, ob, w)];
    }
    case 'brier':
      return (w) => [brier(d.positive, d.c, w), brier(d.positive, d.b, w)];
    case 'ece':
      return (w) => [
        expectedCalibrationError(d.positive, d.c, w),
        expectedCalibrationError(d.positive, d.b, w),
      ];
    case 'rmse':
    case 'mae': {
      const abs = d.stat === 'mae';
      return (w) => [
        regressionError(d.target, d.c, w, abs),
        regressionError(d.target, d.b, w, abs),
      ];
    }
    case 'macro_f1':
      return (w) => [macroF1(d.truth, d.c, d.classes, w), macroF1(d.truth, d.b, d.classes, w)];
    case 'micro_f1':
      return (w) => [microF1(d.truth, d.c, w), microF1(d.truth, d.b, w)];
    case 'class_recall':
      return (w) => [classRecall(d.truth, d.c, d.cls, w), classRecall(d.truth, d.b, d.cls, w)];
  }
}

function positives(d: StatisticData): number {
  if (!('positive' in d)) return -1;
  let p = 0;
  for (let i = 0; i < d.positive.length; i++) p += d.positive[i]!;
  return p;
}

/**
 * Point values, interval and p-value of one unit (the whole set or a slice). `minExamples`
 * below which no interval is computed; `undefinedReason` set when a side's value is undefined.
 */
export function computeStatistic(
  all: StatisticData,
  subset: Int32Array | null,
  options: { minExamples: number; boot: BootstrapOptions },
): StatisticOutcome | { undefinedReason: string; n: number; candidate: number; baseline: number } {
  const d = restrict(all, subset);
  const n = d.c.length;
  const statistic = pairedStatistic(d);
  const [candidate, baseline] = statistic(null);
  if (Number.isNaN(candidate) || Number.isNaN(baseline)) {
    const why = d.stat === 'class_recall' ? 'the class has no examples' : 'one class is absent';
    return { undefinedReason: `${d.stat} is undefined here: ${why}`, n, candidate, baseline };
  }
  const out: StatisticOutcome = { n, candidate, baseline, dropped: 0 };
  if (n < options.minExamples) return out;
  const pos = positives(d);
  if (d.stat === 'roc_auc' && pos >= 2 && n - pos >= 2) {
    const t = delongPaired(d.positive, d.c, d.b);
    const se = Math.sqrt(t.variance);
    const diff = candidate - baseline;
    out.ciAt = (level) => {
      const z = normalQuantile(1 - (1 - level) / 2);
      return [diff - z * se, diff + z * se];
    };
    out.pValue = t.pValue;
    out.test = 'delong';
    out.mdeAt = (alpha, power) => (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * se;
    return out;
  }
  const s = summarize(bootstrapWeightedReplicates(n, statistic, options.boot));
  out.dropped = s.dropped;
  out.ciAt = (level) => percentileInterval(s.sorted, level);
  out.pValue = bootstrapPValue(s.sorted);
  out.test = 'bootstrap';
  const se = bootstrapStandardError(s.sorted);
  out.mdeAt = (alpha, power) => (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * se;
  return out;
}
