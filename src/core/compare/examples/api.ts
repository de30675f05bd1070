// The public types of the per-example comparison: which metrics to compute from which columns,
// the options, and the comparison it returns.
import type { Problem, Status } from '../../result.js';
import type { RatioStatistic } from '../../../stats/index.js';
import type { ExamplesSummary, MetricRow, Policy } from '../types.js';
import type { Direction, ExampleRule } from './rules.js';
import type { ClassStatistic, RegressionStatistic, ScoreStatistic } from './statistics.js';

export type MissingIdsPolicy = Policy;

export type ExampleMetricSource =
  | { kind: 'mean'; column: string }
  /** pass@k per example from its samples' 0/1 correctness (Chen et al.'s estimator), then the mean. */
  | { kind: 'pass_at_k'; column: string; k: number }
  | {
      kind: RatioStatistic;
      label: string;
      prediction: string;
      positive?: string | number | boolean;
    }
  | { kind: ScoreStatistic; label: string; score: string; positive?: string | number | boolean }
  | { kind: RegressionStatistic; label: string; prediction: string }
  | { kind: ClassStatistic; label: string; prediction: string; class?: string | number | boolean }
  | { kind: 'ndcg' | 'mrr'; query: string; label: string; score: string; k?: number };

export interface ExampleMetric {
  name: string;
  direction: Direction;
  source: ExampleMetricSource;
  /** Absent: the metric is shown, not gated. */
  rule?: ExampleRule;
  /** Rules for the rows of a slice column; a slice column without one is shown, not gated. */
  sliceRules?: Record<string, ExampleRule>;
}

export interface CompareExamplesOptions {
  /** Slice columns (each distinct value becomes a row per metric). */
  slices?: readonly string[];
  /** Default 'fail'. */
  missingIds?: MissingIdsPolicy;
  /** Bootstrap resamples B, default 10,000. */
  resamples?: number;
  /** Default 1. */
  seed?: number;
  /** Default 0.95. */
  confidence?: number;
  /** Units with fewer examples are skipped as too small. Default 30. */
  minExamples?: number;
  /** Default 'bootstrap'; 'paired-z' applies to mean metrics only. */
  interval?: 'bootstrap' | 'paired-z';
  /** Default 'holm'. */
  correction?: 'holm' | 'none';
  /** Power for the minimum detectable effect, default 0.8. */
  power?: number;
  /** Column shown beside examples that went from right to wrong; '' for none. */
  text?: string;
}

/** A row computed from per-example scores: always present on both sides, always oriented. */
export type ExampleMetricRow = Omit<MetricRow, 'presence' | 'direction' | 'severity' | 'source'> & {
  presence: 'both';
  direction: Direction;
};

export type ExamplesBlock = ExamplesSummary;

export interface ExamplesComparison {
  status: Status;
  summary: string;
  rows: ExampleMetricRow[];
  examples: ExamplesBlock;
  problems: Problem[];
  /** Set when some ids are in only one file: the policy's verdict and a one-line message. */
  missingIds?: { status: Status; message: string };
}

/** Columns a comparison reads from the per-example files. */
export function exampleColumns(
  metrics: readonly ExampleMetric[],
  slices: readonly string[] = [],
): string[] {
  const cols = new Set<string>(slices);
  for (const m of metrics) {
    if (m.source.kind === 'mean' || m.source.kind === 'pass_at_k') cols.add(m.source.column);
    else {
      cols.add(m.source.label);
      cols.add('score' in m.source ? m.source.score : m.source.prediction);
      if ('query' in m.source) cols.add(m.source.query);
    }
  }
  return [...cols];
}
