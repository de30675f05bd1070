// What a metric's columns become over the paired examples, before any statistic is computed.
import type { RatioStatistic } from '../../../stats/index.js';
import type { ExampleMetricSource } from './api.js';
import type { Alignment } from './align.js';
import type { ExampleTable } from './load.js';
import type { RegressionStatistic, StatisticData } from './statistics.js';
import type { Located } from './values.js';

export type Prepared =
  | {
      kind: 'mean';
      c: Float64Array;
      b: Float64Array;
      binary: boolean;
      /** Values are per query (ranking metrics), not per example: not sliceable. */
      perQuery?: boolean;
    }
  | { kind: 'ratio'; stat: RatioStatistic; codes: Uint8Array }
  | { kind: 'statistic'; data: StatisticData }
  | { kind: 'error'; reason: string };

export type RatioSource = Extract<ExampleMetricSource, { kind: RatioStatistic }>;
export type RegressionSource = Extract<ExampleMetricSource, { kind: RegressionStatistic }>;
export type RankingSource = Extract<ExampleMetricSource, { kind: 'ndcg' | 'mrr' }>;

export function isRatio(
  src: Exclude<ExampleMetricSource, { kind: 'mean' | 'pass_at_k' }>,
): src is RatioSource {
  return src.kind === 'precision' || src.kind === 'recall' || src.kind === 'f1';
}

export function isRegression(src: ExampleMetricSource): src is RegressionSource {
  return src.kind === 'rmse' || src.kind === 'mae';
}

/** "3 classes (a, b, c)" when a label column holds more than two classes, else null. */
export function manyClasses(labels: readonly (string | null)[]): string | null {
  const seen = new Set(labels);
  if (seen.size <= 2) return null;
  const shown = [...seen].slice(0, 5).join(', ');
  return `${seen.size} classes (${shown}${seen.size > 5 ? ', …' : ''})`;
}

/** Both files and their pairing, as the preparing functions read them. */
export interface Sides {
  candidate: ExampleTable;
  baseline: ExampleTable;
  al: Alignment;
  located: Located;
}
