// Shapes of a compare entry (schemas/config-compare.schema.json, snake_case as written) and of the
// result details (schemas/result-compare.schema.json, the contract the report renders).
import type { Problem, Status } from '../result.js';

export type Direction = 'higher' | 'lower';
export type Severity = 'fail' | 'warn';
/** What something missing (a baseline, a metric, example ids) makes of the check: its status. */
export const POLICIES = ['fail', 'warn', 'pass'] as const;
export type Policy = (typeof POLICIES)[number];

export function isPolicy(s: string): s is Policy {
  return (POLICIES as readonly string[]).includes(s);
}

export interface BoundsConfig {
  min?: number;
  max?: number;
  /** A number is absolute; "x%" is relative to |baseline|. */
  max_drop?: number | string;
  min_gain?: number | string;
  severity?: Severity;
  missing?: Policy;
  non_inferiority?: boolean;
}

export type MetricFrom =
  | { column: string; pass_at?: number }
  | {
      label: string;
      prediction: string;
      positive?: string | number | boolean;
      /** For class_recall: which class. */
      class?: string | number | boolean;
      stat?:
        'precision' | 'recall' | 'f1' | 'macro_f1' | 'micro_f1' | 'class_recall' | 'rmse' | 'mae';
    }
  | {
      label: string;
      score: string;
      positive?: string | number | boolean;
      /** For ndcg and mrr: the query id column, and the cut-off k of NDCG@k. */
      query?: string;
      k?: number;
      stat?: 'roc_auc' | 'pr_auc' | 'brier' | 'ece' | 'ndcg' | 'mrr';
    };

export interface MetricRuleConfig extends BoundsConfig {
  direction: Direction;
  from?: MetricFrom;
  /** By slice key ("region") or by one slice ("region=eu"). */
  slices?: Record<string, BoundsConfig>;
}

export type BaselineConfig =
  | { path: string }
  | { base_branch: true; path: string }
  | { artifact: { workflow: string; name: string; path: string; branch?: string } };

export interface ExamplesConfig {
  candidate: string;
  baseline: string;
  id?: string;
  slices?: string[];
  missing_ids?: Policy;
  resamples?: number;
  seed?: number;
  confidence?: number;
  min_examples?: number;
  correction?: 'holm' | 'none';
  /** A column shown beside the ids of examples that went from right to wrong (e.g. the input). */
  text?: string;
  /** Format of both files (a built-in one or a tool's, examples/readers/); default detected. */
  format?: ExampleFileFormat;
  /** Several records per id are repeated samples, averaged per example. */
  repeats?: boolean;
}

export type ExampleFileFormat =
  | 'jsonl'
  | 'csv'
  | 'tsv'
  | 'json'
  | 'lm-eval-samples'
  | 'promptfoo'
  | 'inspect-json'
  | 'inspect-eval'
  | 'openai-evals';

export interface CompareEntry {
  id: string;
  title?: string;
  candidate?: string;
  /** How both metric files are read: a reader's name, or auto (detected from the content). */
  format?: string;
  /** The subtree of both metric files that holds the metrics (a metric name: `results`). */
  root?: string;
  /** Level of the intervals built from standard errors the metric files give. Default 0.95. */
  confidence?: number;
  baseline?: BaselineConfig;
  missing_baseline?: Policy;
  examples?: ExamplesConfig;
  metrics: Record<string, MetricRuleConfig>;
}

export type RowStatus = Status | 'skip';

export interface BaselineInfo {
  source: 'file' | 'base-branch' | 'artifact' | 'none';
  path?: string;
  ref?: string;
  sha?: string;
  workflow?: string;
  runId?: number;
  runUrl?: string;
  artifact?: string;
  examples?: string;
  note?: string;
}

/** The fields of a metric row every reader of a result can rely on (report/model.ts reads them too). */
export interface MetricRowBase {
  name: string;
  slice?: { key: string; value: string };
  presence: 'both' | 'added' | 'removed';
  baseline: number | null;
  candidate: number | null;
  delta: number | null;
  relDelta: number | null;
  rule?: string;
  gated: boolean;
  status: RowStatus;
  reason?: string;
  n?: number;
  ci?: [number, number];
  pValue?: number;
  pAdjusted?: number;
  mde?: number;
}

export interface MetricRow extends MetricRowBase {
  direction?: Direction;
  severity?: Severity;
  source?: 'metrics' | 'examples';
  test?: 'bootstrap' | 'mcnemar' | 'paired-z' | 'delong' | 'unpaired-z';
  /** McNemar's variant: exact binomial, or chi-square with continuity correction. */
  testMethod?: 'exact' | 'chi2-cc' | 'chi2';
  /** Examples needed to catch a true drop of twice the tolerance with the same power. */
  nForTwiceTolerance?: number;
  /** The rule's numbers, as written (point-value rows): what the status is derived again from. */
  bounds?: RowBounds;
  /** Standard errors the files gave (aggregate files): max_drop was decided with their interval. */
  standardErrors?: StandardErrors;
}

export interface StandardErrors {
  candidate: number;
  baseline: number;
  /** The level of the unpaired interval Δ ± z·√(se_c² + se_b²). */
  confidence: number;
}

export type RowBounds = Pick<
  BoundsConfig,
  'min' | 'max' | 'max_drop' | 'min_gain' | 'missing' | 'non_inferiority'
>;

/** Examples a 0/1 metric scored right in the baseline and wrong in the candidate. */
export interface RegressedExamples {
  metric: string;
  count: number;
  /** Examples that went the other way, wrong to right. */
  improved: number;
  /** Every id, in candidate file order. */
  ids: string[];
  /** The configured text column, and its value for each id (clipped). */
  textColumn?: string;
  text?: string[];
}

export interface ExamplesSummary {
  n: number;
  candidateOnly: number;
  baselineOnly: number;
  sampleMissingIds: string[];
  seed: number;
  resamples: number;
  confidence: number;
  correction: 'holm' | 'none';
  missingIds?: Policy;
  interval?: 'bootstrap' | 'paired-z';
  /** The corrected (simultaneous) confidence level of the gated intervals. */
  ciConfidence?: number;
  /** How many gated tests the correction spans. */
  family?: number;
  generator?: string;
  /** Per 0/1 metric, the examples that went from right to wrong. */
  regressed?: RegressedExamples[];
}

export interface CompareCounts {
  gated: number;
  pass: number;
  warn: number;
  fail: number;
  error: number;
  skip: number;
}

export interface CompareDetails {
  candidate: { path: string; examples?: string };
  /** What a missing baseline gives (missing_baseline), when the entry has point-value rules. */
  missingBaseline?: Policy;
  baseline: BaselineInfo;
  metrics: MetricRow[];
  examples?: ExamplesSummary;
  counts?: CompareCounts;
}

/** What the per-example statistics hand back: rows that replace the point-value rows. */
export interface ExamplesOutcome {
  rows: MetricRow[];
  examples: ExamplesSummary;
  problems?: Problem[];
  /** Verdicts beyond the rows, e.g. the missing_ids policy when ids differ. */
  verdicts?: Array<{ status: Status; message: string }>;
}

export type ExamplesEvaluator = (
  entry: CompareEntry,
  options: { workspace: string },
) => Promise<ExamplesOutcome>;
