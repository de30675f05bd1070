// The per-example data of the statistics that read a label column: precision/recall/F1, the
// score and class statistics, regression errors, and the ranking metrics per query.
import { groupByQuery, ndcgAt, reciprocalRank } from '../../../stats/index.js';
import type { ExampleMetricSource } from './api.js';
import { missingColumn, scores, shared } from './align.js';
import type { ExampleTable } from './load.js';
import {
  isRegression,
  manyClasses,
  type Prepared,
  type RankingSource,
  type RatioSource,
  type Sides,
} from './metric-data.js';
import type { ClassStatistic, RegressionStatistic, ScoreStatistic } from './statistics.js';
import { type Located, isPositive, positiveKey, toClass } from './values.js';

/** Precision, recall or F1: each pair's label and two predictions as one 3-bit code. */
export function prepareRatio(src: RatioSource, x: Sides): Prepared | null {
  const missing =
    missingColumn(src.label, x.candidate, x.baseline, 'either') ??
    missingColumn(src.prediction, x.candidate, x.baseline, 'both');
  if (missing) return { kind: 'error', reason: missing };
  const labels = shared(x.candidate, x.baseline, x.al, src.label, 'label', x.located);
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
        x.located.add(
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
  const pc = preds(x.candidate, x.al.cRows);
  const pb = preds(x.baseline, x.al.bRows);
  if (!labels || !pc || !pb) return null;
  const codes = new Uint8Array(labels.length);
  for (let i = 0; i < codes.length; i++)
    codes[i] = (isPositive(labels[i]!, pos) ? 4 : 0) | (pb[i]! << 1) | pc[i]!;
  return { kind: 'ratio', stat: src.kind, codes };
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
export function prepareRanking(src: RankingSource, x: Sides): Prepared | null {
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

/** Data for the statistics of statistics.ts; null when a value was bad (located). */
export function prepareStatistic(
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
