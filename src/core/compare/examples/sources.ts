// Which statistic a rule's `from:` computes. The metric's name may say it (roc_auc, macro_f1,
// rmse…); otherwise `stat:` must. A name that says nothing is an error, never a silent default:
// computing F1 for a rule named "roc_auc" once passed a real AUC drop.
import type { ExampleMetricSource } from './api.js';
import type { MetricFrom } from '../types.js';

const SCORE = ['roc_auc', 'pr_auc', 'brier', 'ece', 'ndcg', 'mrr'] as const;
const PREDICTION = [
  'precision',
  'recall',
  'f1',
  'macro_f1',
  'micro_f1',
  'class_recall',
  'rmse',
  'mae',
] as const;

/** Metric names that say their statistic, as people spell them. */
const BY_NAME: Record<string, (typeof SCORE)[number] | (typeof PREDICTION)[number]> = {
  precision: 'precision',
  recall: 'recall',
  f1: 'f1',
  macro_f1: 'macro_f1',
  f1_macro: 'macro_f1',
  micro_f1: 'micro_f1',
  f1_micro: 'micro_f1',
  roc_auc: 'roc_auc',
  auc: 'roc_auc',
  auroc: 'roc_auc',
  pr_auc: 'pr_auc',
  average_precision: 'pr_auc',
  auprc: 'pr_auc',
  brier: 'brier',
  brier_score: 'brier',
  ece: 'ece',
  rmse: 'rmse',
  mae: 'mae',
  ndcg: 'ndcg',
  mrr: 'mrr',
};

function list(xs: readonly string[]): string {
  return xs.join(', ');
}

/** The source of a metric computed from label and prediction/score columns; throws on a mismatch. */
export function labelledSource(
  name: string,
  from: Exclude<MetricFrom, { column: string }>,
  at: string,
): ExampleMetricSource {
  const scored = 'score' in from;
  const stat = from.stat ?? BY_NAME[name.toLowerCase()];
  if (!stat)
    throw new Error(
      `${at}.from: the name "${name}" does not say which statistic to compute: set stat: ` +
        `(from { label, prediction }: ${list(PREDICTION)}; from { label, score }: ${list(SCORE)})`,
    );
  const wantsScore = (SCORE as readonly string[]).includes(stat);
  if (wantsScore !== scored)
    throw new Error(
      wantsScore
        ? `${at}.from: ${stat} ranks a score column: write from: { label, score: <column> }`
        : `${at}.from: ${stat} reads predicted labels or values: write from: { label, prediction: <column> }`,
    );
  const positive = from.positive !== undefined ? { positive: from.positive } : {};
  if ('score' in from && (stat === 'ndcg' || stat === 'mrr')) {
    if (from.query === undefined)
      throw new Error(`${at}.from: ${stat} ranks documents per query: add query: <column>`);
    const k = from.k !== undefined ? { k: from.k } : {};
    return { kind: stat, query: from.query, label: from.label, score: from.score, ...k };
  }
  if ('score' in from && (from.query !== undefined || from.k !== undefined))
    throw new Error(
      `${at}.from: query and k belong to ranking statistics (ndcg, mrr), not ${stat}`,
    );
  if ('score' in from)
    return {
      kind: stat as 'roc_auc' | 'pr_auc' | 'brier' | 'ece',
      label: from.label,
      score: from.score,
      ...positive,
    };
  if (stat === 'rmse' || stat === 'mae')
    return { kind: stat, label: from.label, prediction: from.prediction };
  if (stat === 'macro_f1' || stat === 'micro_f1' || stat === 'class_recall') {
    if (stat === 'class_recall' && from.class === undefined)
      throw new Error(`${at}.from: class_recall needs class: (the class whose recall is gated)`);
    const cls = from.class !== undefined ? { class: from.class } : {};
    return { kind: stat, label: from.label, prediction: from.prediction, ...cls };
  }
  return {
    kind: stat as 'precision' | 'recall' | 'f1',
    label: from.label,
    prediction: from.prediction,
    ...positive,
  };
}

/** The source of a metric read from one column: its mean, or pass@k (`pass_at:`, or a name pass@<k>). */
export function columnSource(
  name: string,
  from: Extract<MetricFrom, { column: string }>,
  at: string,
): ExampleMetricSource {
  const named = /^pass@(\d+)$/i.exec(name);
  const k = from.pass_at ?? (named ? Number(named[1]) : undefined);
  if (named && from.pass_at !== undefined && from.pass_at !== Number(named[1]))
    throw new Error(`${at}.from: the name says pass@${named[1]} but pass_at is ${from.pass_at}`);
  if (k === undefined) return { kind: 'mean', column: from.column };
  if (!Number.isInteger(k) || k < 1)
    throw new Error(`${at}.from: pass@k needs a whole k ≥ 1, got ${k}`);
  return { kind: 'pass_at_k', column: from.column, k };
}
