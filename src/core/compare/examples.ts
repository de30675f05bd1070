// Per-example statistics for `compare`: paired bootstrap and McNemar over two files of scored
// examples, Holm across the family, one row per metric and slice. The API and every statistical
// choice are described in docs/compare-examples-internals.md.
import type { Problem, Status } from '../result.js';
import { worstStatus } from '../result.js';
import {
  bootstrapMeanReplicates,
  bootstrapPValue,
  bootstrapMeanCountReplicates,
  bootstrapRatioCountReplicates,
  categories,
  groupByQuery,
  ndcgAt,
  reciprocalRank,
  bootstrapStandardError,
  codeCounts,
  holm,
  mcnemar,
  mdePairedMean,
  mdePairedProportions,
  meanAndSd,
  normalQuantile,
  pairedDifferences,
  percentileInterval,
  passAtK,
  ratioPair,
  summarize,
  twoSidedP,
  type RatioStatistic,
} from '../../stats/index.js';
import {
  clip,
  loadExamples,
  type ExampleTable,
  type LoadExamplesOptions,
} from './examples-load.js';
import {
  WARN_LEVEL,
  decide,
  fmt,
  ruleMargin,
  ruleText,
  type Direction,
  type ExampleRule,
} from './examples-rules.js';
import type { ExamplesSummary, MetricRow, Policy, RegressedExamples } from './types.js';
import { regressedExamples } from './examples-regressed.js';
import {
  Located,
  isPositive,
  positiveKey,
  sampleOutcomes,
  toClass,
  toScore,
  varies,
} from './examples-values.js';
import {
  computeStatistic,
  type ClassStatistic,
  type RegressionStatistic,
  type ScoreStatistic,
  type StatisticData,
} from './example-statistics.js';

export { loadExamples, parseExamples, detectFormat } from './examples-load.js';
export type {
  ExampleTable,
  ExampleFormat,
  LoadExamplesOptions,
  LoadedExamples,
} from './examples-load.js';
export { parseAmount, ruleMargin, decide } from './examples-rules.js';
export type { ExampleRule, Direction } from './examples-rules.js';

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

const SAMPLE_MISSING = 10;

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

// ---------------------------------------------------------------------------------------
// Alignment

interface Alignment {
  /** Row in the candidate / baseline table of each aligned example, in candidate order. */
  cRows: Int32Array;
  bRows: Int32Array;
  candidateOnly: string[];
  baselineOnly: string[];
}

function align(candidate: ExampleTable, baseline: ExampleTable): Alignment {
  const cRows: number[] = [];
  const bRows: number[] = [];
  const candidateOnly: string[] = [];
  candidate.ids.forEach((id, i) => {
    const j = baseline.index.get(id);
    if (j === undefined) candidateOnly.push(id);
    else {
      cRows.push(i);
      bRows.push(j);
    }
  });
  const baselineOnly = baseline.ids.filter((id) => !candidate.index.has(id));
  return {
    cRows: Int32Array.from(cRows),
    bRows: Int32Array.from(bRows),
    candidateOnly,
    baselineOnly,
  };
}

// ---------------------------------------------------------------------------------------
// Per-metric data over the aligned examples

type Prepared =
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

function missingColumn(
  column: string,
  candidate: ExampleTable,
  baseline: ExampleTable,
  need: 'both' | 'either',
): string | null {
  const inC = candidate.columns.has(column);
  const inB = baseline.columns.has(column);
  if (need === 'both' && inC && inB) return null;
  if (need === 'either' && (inC || inB)) return null;
  const where =
    need === 'both'
      ? [!inC && candidate.path, !inB && baseline.path].filter(Boolean).join(' and ')
      : `${candidate.path} or ${baseline.path}`;
  return `column "${column}" not found in ${where}`;
}

function scores(
  table: ExampleTable,
  rows: Int32Array,
  column: string,
  located: Located,
): Float64Array | null {
  const raw = table.columns.get(column)!;
  const out = new Float64Array(rows.length);
  let ok = true;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const v = toScore(raw[row]);
    if (typeof v === 'string') {
      located.add(table, row, column, `score "${column}" is ${v}`);
      ok = false;
    } else out[i] = v;
  }
  return ok ? out : null;
}

/** One value per aligned example from whichever file has the column; both must agree. */
function shared(
  candidate: ExampleTable,
  baseline: ExampleTable,
  al: Alignment,
  column: string,
  what: string,
  located: Located,
): (string | null)[] | null {
  const rc = candidate.columns.get(column);
  const rb = baseline.columns.get(column);
  const out: (string | null)[] = new Array(al.cRows.length);
  let ok = true;
  for (let i = 0; i < al.cRows.length; i++) {
    const ci = al.cRows[i]!;
    const bi = al.bRows[i]!;
    const vc = rc ? toClass(rc[ci]) : undefined;
    const vb = rb ? toClass(rb[bi]) : undefined;
    if (vc === null || (vc === undefined && vb === null)) {
      const [t, row] = vc === null ? [candidate, ci] : [baseline, bi];
      located.add(t, row, column, `${what} "${column}" is missing or empty`);
      ok = false;
      continue;
    }
    if (vb === null) {
      located.add(baseline, bi, column, `${what} "${column}" is missing or empty`);
      ok = false;
      continue;
    }
    if (vc !== undefined && vb !== undefined && vc !== vb) {
      located.add(
        candidate,
        ci,
        column,
        `${what} "${column}" is "${vc}" here but "${vb}" in ${baseline.path} for the same id`,
      );
      ok = false;
      continue;
    }
    out[i] = (vc ?? vb)!;
  }
  return ok ? out : null;
}

function prepare(
  metric: ExampleMetric,
  candidate: ExampleTable,
  baseline: ExampleTable,
  al: Alignment,
  located: Located,
): Prepared {
  const src = metric.source;
  const before = located.problems.length;
  const failed = (fallback: string): Prepared => ({
    kind: 'error',
    reason: located.problems[before]?.message ?? fallback,
  });
  if (src.kind === 'mean' || src.kind === 'pass_at_k') {
    const missing = missingColumn(src.column, candidate, baseline, 'both');
    if (missing) return { kind: 'error', reason: missing };
    const read = src.kind === 'mean' ? scores : passAtKScores(src.k);
    const c = read(candidate, al.cRows, src.column, located);
    const b = read(baseline, al.bRows, src.column, located);
    if (!c || !b) return failed('bad scores');
    let binary = true;
    for (let i = 0; i < c.length && binary; i++)
      binary = (c[i] === 0 || c[i] === 1) && (b[i] === 0 || b[i] === 1);
    return { kind: 'mean', c, b, binary };
  }
  const once = oneSampleEach(src, candidate, baseline);
  if (once) return { kind: 'error', reason: once };
  if ('query' in src)
    return prepareRanking(src, { candidate, baseline, al, located }) ?? failed('bad values');
  if (!isRatio(src))
    return prepareStatistic(src, { candidate, baseline, al, located }) ?? failed('bad values');
  const missing =
    missingColumn(src.label, candidate, baseline, 'either') ??
    missingColumn(src.prediction, candidate, baseline, 'both');
  if (missing) return { kind: 'error', reason: missing };
  const labels = shared(candidate, baseline, al, src.label, 'label', located);
  if (labels && src.positive === undefined) {
    const many = manyClasses(labels);
    if (many)
      return {
        kind: 'error',
        reason: `${src.kind} is a binary statistic and "${src.label}" has ${many}: set positive: (one-vs-rest) or use stat: macro_f1, micro_f1 or class_recall`,
      };
  }
  const pos = positiveKey(src.positive ?? 1);
  const preds = (table: ExampleTable, rows: Int32Array): Uint8Array | null => {
    const raw = table.columns.get(src.prediction)!;
    const out = new Uint8Array(rows.length);
    let ok = true;
    for (let i = 0; i < rows.length; i++) {
      const v = toClass(raw[rows[i]!]);
      if (v === null) {
        located.add(
          table,
          rows[i]!,
          src.prediction,
          `prediction "${src.prediction}" is missing or empty`,
        );
        ok = false;
      } else out[i] = isPositive(v, pos) ? 1 : 0;
    }
    return ok ? out : null;
  };
  const pc = preds(candidate, al.cRows);
  const pb = preds(baseline, al.bRows);
  if (!labels || !pc || !pb) return failed('bad labels or predictions');
  const codes = new Uint8Array(labels.length);
  for (let i = 0; i < codes.length; i++)
    codes[i] = (isPositive(labels[i]!, pos) ? 4 : 0) | (pb[i]! << 1) | pc[i]!;
  return { kind: 'ratio', stat: src.kind, codes };
}

/** Per-example pass@k from each example's samples: n samples, c correct (0/1 each). */
function passAtKScores(k: number) {
  return (table: ExampleTable, rows: Int32Array, column: string, located: Located) => {
    const raw = table.columns.get(column)!;
    const out = new Float64Array(rows.length);
    let ok = true;
    for (let i = 0; i < rows.length; i++) {
      const outcomes = sampleOutcomes(raw[rows[i]!]);
      if (typeof outcomes === 'string') {
        located.add(
          table,
          rows[i]!,
          column,
          `pass@${k} reads "${column}" as per-sample correctness: ${outcomes}`,
        );
        ok = false;
        continue;
      }
      const n = outcomes.length;
      if (n < k) {
        located.add(
          table,
          rows[i]!,
          column,
          `pass@${k} needs at least ${k} samples per example, this one has ${n}`,
        );
        ok = false;
        continue;
      }
      out[i] = passAtK(
        n,
        outcomes.reduce((a, x) => a + x, 0),
        k,
      );
    }
    return ok ? out : null;
  };
}

/**
 * Statistics other than means need one value per example: averaging predictions or scores
 * across repeated samples has no agreed meaning for them. Null when every example has one.
 */
function oneSampleEach(
  src: Exclude<ExampleMetricSource, { kind: 'mean' | 'pass_at_k' }>,
  candidate: ExampleTable,
  baseline: ExampleTable,
): string | null {
  const column = 'score' in src ? src.score : src.prediction;
  for (const t of [candidate, baseline]) {
    const values = t.columns.get(column);
    const row = values ? values.findIndex((v) => varies(v)) : -1;
    if (row >= 0)
      return `${src.kind} needs one "${column}" per example, but id "${clip(t.ids[row]!)}" in ${t.path} has repeated samples that differ; only means and pass@k average samples`;
  }
  return null;
}

type RatioSource = Extract<ExampleMetricSource, { kind: RatioStatistic }>;
type RegressionSource = Extract<ExampleMetricSource, { kind: RegressionStatistic }>;
type RankingSource = Extract<ExampleMetricSource, { kind: 'ndcg' | 'mrr' }>;

function isRatio(
  src: Exclude<ExampleMetricSource, { kind: 'mean' | 'pass_at_k' }>,
): src is RatioSource {
  return src.kind === 'precision' || src.kind === 'recall' || src.kind === 'f1';
}

function isRegression(src: ExampleMetricSource): src is RegressionSource {
  return src.kind === 'rmse' || src.kind === 'mae';
}

/** "3 classes (a, b, c)" when a label column holds more than two classes, else null. */
function manyClasses(labels: readonly (string | null)[]): string | null {
  const seen = new Set(labels);
  if (seen.size <= 2) return null;
  const shown = [...seen].slice(0, 5).join(', ');
  return `${seen.size} classes (${shown}${seen.size > 5 ? ', …' : ''})`;
}

interface Sides {
  candidate: ExampleTable;
  baseline: ExampleTable;
  al: Alignment;
  located: Located;
}

/** Class names of a prediction column as strings, located when missing. */
function classesOf(t: ExampleTable, rows: Int32Array, column: string, located: Located) {
  const raw = t.columns.get(column)!;
  const out: string[] = new Array(rows.length);
  let ok = true;
  for (let i = 0; i < rows.length; i++) {
    const v = toClass(raw[rows[i]!]);
    if (v === null) {
      located.add(t, rows[i]!, column, `prediction "${column}" is missing or empty`);
      ok = false;
    } else out[i] = v;
  }
  return ok ? out : null;
}

function classData(
  src: Extract<ExampleMetricSource, { kind: ClassStatistic }>,
  labels: (string | null)[],
  x: Sides,
): Prepared | null {
  const pc = classesOf(x.candidate, x.al.cRows, src.prediction, x.located);
  const pb = classesOf(x.baseline, x.al.bRows, src.prediction, x.located);
  if (!pc || !pb) return null;
  const code = new Map<string, number>();
  const encode = (v: string) => code.get(v) ?? (code.set(v, code.size), code.size - 1);
  const truth = Int32Array.from(labels, (v) => encode(v!));
  const c = Int32Array.from(pc, encode);
  const b = Int32Array.from(pb, encode);
  let cls = -1;
  if (src.kind === 'class_recall') {
    if (src.class === undefined) return { kind: 'error', reason: 'class_recall needs class:' };
    const want = positiveKey(src.class);
    cls = code.get(want) ?? -1;
    if (cls < 0 || !truth.includes(cls))
      return { kind: 'error', reason: `class "${want}" is not among the labels in "${src.label}"` };
  }
  return { kind: 'statistic', data: { stat: src.kind, truth, c, b, classes: code.size, cls } };
}

function scoreData(
  src: Extract<ExampleMetricSource, { kind: ScoreStatistic }>,
  labels: (string | null)[],
  x: Sides,
): Prepared | null {
  const many = manyClasses(labels);
  if (many)
    return {
      kind: 'error',
      reason: `${src.kind} needs two classes and "${src.label}" has ${many}`,
    };
  const c = scores(x.candidate, x.al.cRows, src.score, x.located);
  const b = scores(x.baseline, x.al.bRows, src.score, x.located);
  if (!c || !b) return null;
  if (src.kind === 'brier' || src.kind === 'ece') {
    const bad = [...c, ...b].find((v) => !(v >= 0 && v <= 1));
    if (bad !== undefined)
      return {
        kind: 'error',
        reason: `${src.kind} needs probabilities in [0, 1]: "${src.score}" has ${bad}`,
      };
  }
  const pos = positiveKey(src.positive ?? 1);
  const positive = Uint8Array.from(labels, (v) => (isPositive(v!, pos) ? 1 : 0));
  return { kind: 'statistic', data: { stat: src.kind, positive, c, b } };
}

function regressionData(
  src: Extract<ExampleMetricSource, { kind: RegressionStatistic }>,
  labels: (string | null)[],
  x: Sides,
): Prepared | null {
  const target = Float64Array.from(labels, (v) => Number(v));
  const bad = labels.find((v) => !Number.isFinite(Number(v)));
  if (bad !== undefined)
    return {
      kind: 'error',
      reason: `${src.kind} needs a numeric target: "${src.label}" has "${bad}"`,
    };
  const c = scores(x.candidate, x.al.cRows, src.prediction, x.located);
  const b = scores(x.baseline, x.al.bRows, src.prediction, x.located);
  if (!c || !b) return null;
  return { kind: 'statistic', data: { stat: src.kind, target, c, b } };
}

/** Per-query NDCG@k or MRR of both models, as a mean metric over queries. */
function prepareRanking(src: RankingSource, x: Sides): Prepared | null {
  const missing =
    missingColumn(src.query, x.candidate, x.baseline, 'either') ??
    missingColumn(src.label, x.candidate, x.baseline, 'either') ??
    missingColumn(src.score, x.candidate, x.baseline, 'both');
  if (missing) return { kind: 'error', reason: missing };
  const queries = shared(x.candidate, x.baseline, x.al, src.query, 'query', x.located);
  const labels = shared(x.candidate, x.baseline, x.al, src.label, 'relevance', x.located);
  const c = scores(x.candidate, x.al.cRows, src.score, x.located);
  const b = scores(x.baseline, x.al.bRows, src.score, x.located);
  if (!queries || !labels || !c || !b) return null;
  const relevance = Float64Array.from(labels, (v) => Number(v));
  const bad = labels.find((v) => !(Number(v) >= 0));
  if (bad !== undefined)
    return { kind: 'error', reason: `relevance "${src.label}" must be a number ≥ 0, got "${bad}"` };
  const groups = groupByQuery(queries as string[]);
  const k = src.k ?? Infinity;
  const per = (score: Float64Array) =>
    Float64Array.from(groups, (rows) =>
      src.kind === 'ndcg'
        ? ndcgAt(rows, relevance, score, k)
        : reciprocalRank(rows, relevance, score),
    );
  return { kind: 'mean', c: per(c), b: per(b), binary: false, perQuery: true };
}

/** Data for the statistics of example-statistics.ts; null when a value was bad (located). */
function prepareStatistic(
  src: Exclude<ExampleMetricSource, { kind: 'mean' | 'pass_at_k' } | RatioSource | RankingSource>,
  x: Sides,
): Prepared | null {
  const column = 'score' in src ? src.score : src.prediction;
  const missing =
    missingColumn(src.label, x.candidate, x.baseline, 'either') ??
    missingColumn(column, x.candidate, x.baseline, 'both');
  if (missing) return { kind: 'error', reason: missing };
  const labels = shared(x.candidate, x.baseline, x.al, src.label, 'label', x.located);
  if (!labels) return null;
  if ('score' in src) return scoreData(src, labels, x);
  if (isRegression(src)) return regressionData(src, labels, x);
  return classData(src, labels, x);
}

// ---------------------------------------------------------------------------------------
// Statistics of one unit (all aligned examples, or one slice)

interface Unit {
  metric: ExampleMetric;
  slice?: { key: string; value: string };
  /** Positions in the aligned arrays; null = all. */
  subset: Int32Array | null;
  rule?: ExampleRule;
}

interface Computed {
  row: ExampleMetricRow;
  /** Interval of candidate − baseline (not oriented) at a given level. */
  ciAt?: (level: number) => [number, number];
  /** Spread that sets the MDE: sd of differences, bootstrap SE, or the discordant share. */
  mdeAt?: (alpha: number) => number;
  inFamily: boolean;
  rule?: ExampleRule;
}

function pick<T extends Float64Array | Uint8Array>(a: T, subset: Int32Array | null): T {
  if (!subset) return a;
  const out = new (a.constructor as new (n: number) => T)(subset.length);
  for (let i = 0; i < subset.length; i++) out[i] = a[subset[i]!]!;
  return out;
}

function mean(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s / a.length;
}

/** The row of a unit before anything is computed: gated when the unit has a rule. */
function newRow(unit: Unit): ExampleMetricRow {
  const { metric, slice, rule } = unit;
  const gated = rule !== undefined;
  const row: ExampleMetricRow = {
    name: metric.name,
    ...(slice ? { slice } : {}),
    presence: 'both',
    baseline: null,
    candidate: null,
    delta: null,
    relDelta: null,
    direction: metric.direction,
    gated,
    status: gated ? 'pass' : 'skip',
  };
  if (rule) row.rule = ruleText(rule);
  return row;
}

type Boot = { resamples: number; seed: number; label: string };
type MeanPrepared = Extract<Prepared, { kind: 'mean' }>;
type RatioPrepared = Extract<Prepared, { kind: 'ratio' }>;

/** What one unit's statistics gave; no interval when the unit is too small to test. */
interface Estimate {
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
interface Undefined {
  undefinedHere: true;
  n: number;
  reason: string;
  baseline?: number;
  candidate?: number;
}

/** Interval and p-value of a mean difference: paired z, or the paired bootstrap. */
function meanInterval(
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
function mcnemarTest(
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

function meanEstimate(
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

/** The statistics of example-statistics.ts (AUC, log loss, regression errors, class metrics). */
function statisticEstimate(
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
function ratioEstimate(
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

/** The row filled from the estimate; a unit too small to test is skipped, or an error. */
function withEstimate(
  row: ExampleMetricRow,
  est: Estimate,
  unit: Unit,
  opts: Required<CompareExamplesOptions>,
): Computed {
  const { n, b, c } = est;
  const { slice, rule } = unit;
  const sign = unit.metric.direction === 'higher' ? 1 : -1;
  if (est.testMethod) row.testMethod = est.testMethod;
  row.n = n;
  row.baseline = b;
  row.candidate = c;
  row.delta = sign * (c - b);
  row.relDelta = b === 0 ? null : (sign * (c - b)) / Math.abs(b);
  if (n < opts.minExamples || !est.ciAt) {
    // A small slice is expected and only shown; a small whole eval set means the gate cannot
    // judge the metric at all, which must not pass silently.
    if (row.gated && !slice) {
      row.status = 'error';
      row.reason = `eval set too small: n = ${n} < min_examples ${opts.minExamples}; cannot tell a change from noise`;
    } else {
      row.status = 'skip';
      row.reason = `too small: n = ${n} < min_examples ${opts.minExamples}; not gated on noise`;
    }
    return { row, inFamily: false };
  }
  row.pValue = est.pValue!;
  row.test = est.test;
  if (est.dropped > 0)
    row.reason = `${est.dropped} of ${opts.resamples} resamples left the statistic undefined and were dropped`;
  const { ciAt, mdeAt } = est;
  return { row, ciAt, mdeAt, inFamily: row.gated, ...(rule ? { rule } : {}) };
}

function computeUnit(
  unit: Unit,
  prep: Prepared,
  opts: Required<CompareExamplesOptions>,
  power: number,
): Computed {
  const row = newRow(unit);
  if (prep.kind === 'error') {
    row.status = 'error';
    row.reason = prep.reason;
    return { row, inFamily: false };
  }
  if (prep.kind === 'mean' && prep.perQuery && unit.subset) {
    row.status = 'skip';
    row.reason = 'a ranking metric is resampled by query and not sliced by example columns';
    return { row, inFamily: false };
  }
  const { metric, slice } = unit;
  const label = `${metric.name}\0${slice ? `${slice.key}=${slice.value}` : ''}`;
  const boot = { resamples: opts.resamples, seed: opts.seed, label };
  const est =
    prep.kind === 'mean'
      ? meanEstimate(prep, unit.subset, opts, power, boot)
      : prep.kind === 'statistic'
        ? statisticEstimate(prep.data, unit, opts, power, boot)
        : ratioEstimate(prep, unit, opts, power, boot);
  if ('undefinedHere' in est) {
    row.n = est.n;
    row.status = 'error';
    row.reason = est.reason;
    if (est.baseline !== undefined) row.baseline = est.baseline;
    if (est.candidate !== undefined) row.candidate = est.candidate;
    return { row, inFamily: false };
  }
  return withEstimate(row, est, unit, opts);
}

/**
 * Examples needed to catch a true drop of twice the tolerance with the row's power: the MDE
 * beyond the margin shrinks as 1/√n, so n·(mde / tolerance)². Only for a drop tolerance.
 */
function evalSetFor(row: ExampleMetricRow, margin: number | null): number | undefined {
  if (margin === null || margin >= 0 || row.mde === undefined || row.n === undefined) return;
  return Math.ceil(row.n * (row.mde / -margin) ** 2);
}

function orient(ci: [number, number], direction: Direction): [number, number] {
  return direction === 'higher' ? ci : [-ci[1], -ci[0]];
}

// ---------------------------------------------------------------------------------------

function sliceUnits(
  metric: ExampleMetric,
  slices: readonly string[],
  sliceValues: Map<string, (string | null)[] | null>,
): Unit[] {
  const units: Unit[] = [{ metric, subset: null, ...(metric.rule ? { rule: metric.rule } : {}) }];
  for (const key of slices) {
    const values = sliceValues.get(key);
    if (!values) continue;
    const groups = new Map<string, number[]>();
    values.forEach((v, i) => {
      const g = groups.get(v!);
      if (g) g.push(i);
      else groups.set(v!, [i]);
    });
    const rule = metric.sliceRules?.[key];
    for (const value of [...groups.keys()].sort((x, y) =>
      x.localeCompare(y, 'en', { numeric: true }),
    )) {
      units.push({
        metric,
        slice: { key, value },
        subset: Int32Array.from(groups.get(value)!),
        ...(rule ? { rule } : {}),
      });
    }
  }
  return units;
}

function defaults(options: CompareExamplesOptions): Required<CompareExamplesOptions> {
  const o = {
    slices: options.slices ?? [],
    missingIds: options.missingIds ?? 'fail',
    resamples: options.resamples ?? 10_000,
    seed: options.seed ?? 1,
    confidence: options.confidence ?? 0.95,
    minExamples: options.minExamples ?? 30,
    interval: options.interval ?? 'bootstrap',
    correction: options.correction ?? 'holm',
    power: options.power ?? 0.8,
    text: options.text ?? '',
  };
  if (!(o.confidence > 0 && o.confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${o.confidence}`);
  if (!Number.isInteger(o.resamples) || o.resamples < 100)
    throw new RangeError(`resamples must be an integer ≥ 100, got ${o.resamples}`);
  if (!Number.isInteger(o.minExamples) || o.minExamples < 2)
    throw new RangeError(`min_examples must be an integer ≥ 2, got ${o.minExamples}`);
  if (!Number.isFinite(o.seed)) throw new RangeError(`seed must be a finite number, got ${o.seed}`);
  return o;
}

function block(
  o: Required<CompareExamplesOptions>,
  al: Alignment | null,
  ciConfidence?: number,
  family?: number,
): ExamplesBlock {
  const sample = al
    ? [...al.candidateOnly, ...al.baselineOnly].slice(0, SAMPLE_MISSING).map((id) => clip(id, 100))
    : [];
  return {
    n: al ? al.cRows.length : 0,
    candidateOnly: al ? al.candidateOnly.length : 0,
    baselineOnly: al ? al.baselineOnly.length : 0,
    sampleMissingIds: sample,
    seed: o.seed,
    resamples: o.resamples,
    confidence: o.confidence,
    correction: o.correction,
    missingIds: o.missingIds,
    interval: o.interval,
    ...(ciConfidence !== undefined ? { ciConfidence } : {}),
    ...(family !== undefined ? { family } : {}),
    generator: 'xoshiro128**',
  };
}

function errorRows(metrics: readonly ExampleMetric[], reason: string): ExampleMetricRow[] {
  return metrics.map((m) => ({
    name: m.name,
    presence: 'both',
    baseline: null,
    candidate: null,
    delta: null,
    relDelta: null,
    direction: m.direction,
    ...(m.rule ? { rule: ruleText(m.rule) } : {}),
    gated: m.rule !== undefined,
    status: 'error',
    reason,
  }));
}

/** When some ids are in only one file: the policy's verdict and a one-line message. */
function missingIdsVerdict(
  al: Alignment,
  candidate: ExampleTable,
  baseline: ExampleTable,
  policy: MissingIdsPolicy,
): ExamplesComparison['missingIds'] {
  if (al.candidateOnly.length + al.baselineOnly.length === 0) return undefined;
  const sample = [...al.candidateOnly, ...al.baselineOnly].slice(0, 3).map((s) => `"${s}"`);
  const message =
    `the models were not scored on the same examples: ${al.candidateOnly.length} ids only in ${candidate.path}, ` +
    `${al.baselineOnly.length} only in ${baseline.path} (e.g. ${sample.join(', ')}); statistics use the ${al.cRows.length} in both`;
  return { status: policy === 'fail' ? 'fail' : policy === 'warn' ? 'warn' : 'pass', message };
}

/** Slice values: from whichever file has the column, identical where both do; else why not. */
function sliceColumns(
  slices: readonly string[],
  x: { candidate: ExampleTable; baseline: ExampleTable; al: Alignment; located: Located },
): { values: Map<string, (string | null)[] | null>; errors: Map<string, string> } {
  const { candidate, baseline, al, located } = x;
  const values = new Map<string, (string | null)[] | null>();
  const errors = new Map<string, string>();
  for (const key of slices) {
    const missing = missingColumn(key, candidate, baseline, 'either');
    if (missing) {
      errors.set(key, `slice ${missing}`);
      located.problems.push({ file: candidate.path, key, message: `slice ${missing}` });
      continue;
    }
    const before = located.problems.length;
    const column = shared(candidate, baseline, al, key, 'slice', located);
    values.set(key, column);
    if (!column) errors.set(key, located.problems[before]?.message ?? `bad slice column "${key}"`);
  }
  return { values, errors };
}

/** Every unit of every metric computed, and the examples each 0/1 metric got wrong anew. */
function computeMetrics(
  metrics: readonly ExampleMetric[],
  x: { candidate: ExampleTable; baseline: ExampleTable; al: Alignment; located: Located },
  o: Required<CompareExamplesOptions>,
): { computed: Computed[]; regressed: RegressedExamples[] } {
  const { candidate, baseline, al, located } = x;
  const slices = sliceColumns(o.slices, x);
  const computed: Computed[] = [];
  const regressed: RegressedExamples[] = [];
  for (const metric of metrics) {
    const prep = prepare(metric, candidate, baseline, al, located);
    if (prep.kind === 'mean' && prep.binary) {
      const scores = { c: prep.c, b: prep.b, cRows: al.cRows, bRows: al.bRows };
      regressed.push(regressedExamples(metric, scores, candidate, baseline, o.text || undefined));
    }
    for (const unit of sliceUnits(metric, o.slices, slices.values))
      computed.push(computeUnit(unit, prep, o, o.power));
    for (const [key, reason] of slices.errors) {
      computed.push({
        row: {
          ...errorRows([metric], reason)[0]!,
          slice: { key, value: '' },
          gated: metric.sliceRules?.[key] !== undefined,
        },
        inFamily: false,
      });
    }
  }
  return { computed, regressed };
}

/**
 * The family (every gated row that has a p-value) gets Holm-adjusted p-values; returns its size
 * and the confidence level of its intervals.
 */
function adjustFamily(
  computed: Computed[],
  o: Required<CompareExamplesOptions>,
): { m: number; level: number } {
  const family = computed.filter((x) => x.inFamily);
  const m = family.length;
  const alpha = 1 - o.confidence;
  const level = o.correction === 'holm' && m > 1 ? 1 - alpha / m : o.confidence;
  if (m > 0) {
    const adjusted =
      o.correction === 'holm'
        ? holm(family.map((x) => x.row.pValue!))
        : family.map((x) => x.row.pValue!);
    family.forEach((x, i) => (x.row.pAdjusted = adjusted[i]!));
  }
  return { m, level };
}

/** A row's interval and MDE at its level and, when it is in the family, its verdict. */
function judgeRow(x: Computed, level: number, o: Required<CompareExamplesOptions>): void {
  const { row } = x;
  if (!x.ciAt) return;
  const rowLevel = x.inFamily ? level : o.confidence;
  row.ci = orient(x.ciAt(rowLevel), row.direction);
  const mde = x.mdeAt?.(1 - rowLevel);
  if (mde !== undefined && Number.isFinite(mde)) row.mde = mde;
  if (!x.inFamily) {
    if (!row.gated) row.reason = row.reason ?? 'no rule: shown, not gated';
    return;
  }
  const unitRule = x.rule ?? {};
  let margin: number | null;
  try {
    const mg = ruleMargin(unitRule, row.baseline!);
    margin = mg.value;
    row.rule = mg.text;
    const sized = evalSetFor(row, margin);
    if (sized) row.nForTwiceTolerance = sized;
  } catch (e) {
    row.status = 'error';
    row.reason = (e as Error).message;
    return;
  }
  const note = row.reason;
  const d = decide({
    rule: unitRule,
    margin,
    candidate: row.candidate!,
    delta: row.delta!,
    ci: row.ci,
    level: rowLevel,
    warnCi: orient(x.ciAt(WARN_LEVEL), row.direction),
  });
  row.status = d.status;
  row.reason = note ? `${d.reason}; ${note}` : d.reason;
}

/** "1,000 paired examples; 2 gated tests (1 fail, 1 pass); 3 ids in only one file". */
function summaryLine(rows: ExampleMetricRow[], n: number, m: number, nMissing: number): string {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.gated) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = (['fail', 'error', 'warn', 'pass', 'skip'] as const)
    .filter((s) => counts.get(s))
    .map((s) => `${counts.get(s)} ${s}`);
  return (
    `${n.toLocaleString('en-US')} paired examples; ${m} gated test${m === 1 ? '' : 's'}` +
    (parts.length ? ` (${parts.join(', ')})` : '') +
    (nMissing ? `; ${nMissing} ids in only one file` : '')
  );
}

export function compareExamples(
  candidate: ExampleTable,
  baseline: ExampleTable,
  metrics: readonly ExampleMetric[],
  options: CompareExamplesOptions = {},
): ExamplesComparison {
  const o = defaults(options);
  const al = align(candidate, baseline);
  const located = new Located();
  const n = al.cRows.length;
  const missingIds = missingIdsVerdict(al, candidate, baseline, o.missingIds);
  if (n === 0) {
    const reason = `no example id is in both ${candidate.path} and ${baseline.path}`;
    return {
      status: 'error',
      summary: reason,
      rows: errorRows(metrics, reason),
      examples: block(o, al),
      problems: [{ file: candidate.path, key: candidate.idColumn, message: reason }],
      ...(missingIds ? { missingIds } : {}),
    };
  }

  const x = { candidate, baseline, al, located };
  const { computed, regressed } = computeMetrics(metrics, x, o);
  const { m, level } = adjustFamily(computed, o);
  for (const unit of computed) judgeRow(unit, level, o);

  const problems = located.flush();
  const rows = computed.map((u) => u.row);
  const gatedStatuses = rows
    .filter((r) => r.gated && r.status !== 'skip')
    .map((r) => r.status as Status);
  const status = worstStatus([
    ...gatedStatuses,
    ...(missingIds ? [missingIds.status] : []),
    ...(problems.length ? (['error'] as const) : []),
  ]);
  const nMissing = al.candidateOnly.length + al.baselineOnly.length;
  return {
    status,
    summary: summaryLine(rows, n, m, nMissing),
    rows,
    examples: { ...block(o, al, level, m), ...(regressed.length ? { regressed } : {}) },
    problems,
    ...(missingIds ? { missingIds } : {}),
  };
}

export async function compareExampleFiles(
  paths: { candidate: string; baseline: string },
  metrics: readonly ExampleMetric[],
  options: CompareExamplesOptions & {
    idColumn: string;
    format?: LoadExamplesOptions['format'];
    repeats?: boolean;
    root?: string;
  },
): Promise<ExamplesComparison> {
  const o = defaults(options);
  const columns = [...exampleColumns(metrics, o.slices), ...(o.text ? [o.text] : [])];
  const load = {
    idColumn: options.idColumn,
    columns,
    ...(options.root ? { root: options.root } : {}),
    ...(options.format ? { format: options.format } : {}),
    ...(options.repeats ? { repeats: true } : {}),
  };
  const [c, b] = await Promise.all([
    loadExamples(paths.candidate, load),
    loadExamples(paths.baseline, load),
  ]);
  const problems = [...c.problems, ...b.problems];
  if (!c.table || !b.table || problems.length > 0) {
    const first = problems[0];
    const where = first ? `${first.file ?? ''}${first.line ? `:${first.line}` : ''}` : '';
    const reason = `per-example scores have ${problems.length} problem${problems.length === 1 ? '' : 's'}${first ? `, first: ${where} ${first.message}` : ''}`;
    return {
      status: 'error',
      summary: reason,
      rows: errorRows(metrics, reason),
      examples: block(o, null),
      problems,
    };
  }
  return compareExamples(c.table, b.table, metrics, options);
}

export { fmt as formatNumber };
