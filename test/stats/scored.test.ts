// Ranking, calibration, regression and multi-class statistics from per-example files, against
// values computed by scikit-learn and a direct O(m·n) DeLong (test/fixtures/stats/scored/reference.py).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareExampleFiles,
  loadExamples,
  type ExampleMetric,
} from '../../src/core/compare/examples/index.js';
import { exampleMetrics } from '../../src/core/compare/examples/evaluate.js';
import type { MetricRuleConfig } from '../../src/core/compare/types.js';
import {
  bootstrapStandardError,
  bootstrapWeightedReplicates,
  delongPaired,
  orderByScore,
  rocAuc,
  summarize,
} from '../../src/stats/index.js';

const DIR = 'test/fixtures/stats/scored';
const ref = JSON.parse(readFileSync(join(DIR, 'reference.json'), 'utf8'));
const files = { candidate: join(DIR, 'candidate.csv'), baseline: join(DIR, 'baseline.csv') };

function metric(name: string, rule: Partial<MetricRuleConfig>): ExampleMetric {
  const [m] = exampleMetrics({
    id: 'model',
    examples: { candidate: files.candidate, baseline: files.baseline },
    metrics: { [name]: { direction: 'higher', ...rule } as MetricRuleConfig },
  });
  return m!;
}

async function rows(metrics: ExampleMetric[], resamples = 2000) {
  return (await compareExampleFiles(files, metrics, { idColumn: 'id', resamples })).rows;
}

describe('statistics from per-example predictions agree with scikit-learn', () => {
  const cases: Array<[string, Partial<MetricRuleConfig>, string]> = [
    ['roc_auc', { from: { label: 'label', score: 'score' } }, 'roc_auc'],
    ['average_precision', { from: { label: 'label', score: 'score' } }, 'pr_auc'],
    ['brier', { direction: 'lower', from: { label: 'label', score: 'score' } }, 'brier'],
    ['ece', { direction: 'lower', from: { label: 'label', score: 'score' } }, 'ece'],
    ['macro_f1', { from: { label: 'animal', prediction: 'predicted' } }, 'macro_f1'],
    ['f1_micro', { from: { label: 'animal', prediction: 'predicted' } }, 'micro_f1'],
    [
      'fox_recall',
      { from: { label: 'animal', prediction: 'predicted', stat: 'class_recall', class: 'fox' } },
      'class_recall_fox',
    ],
    ['rmse', { direction: 'lower', from: { label: 'target', prediction: 'value' } }, 'rmse'],
    ['mae', { direction: 'lower', from: { label: 'target', prediction: 'value' } }, 'mae'],
  ];
  for (const [name, rule, key] of cases) {
    it(`${name} (${key})`, async () => {
      const [row] = await rows([metric(name, rule)], 200);
      expect(row!.status).not.toBe('error');
      expect(row!.candidate).toBeCloseTo(ref[key].candidate, 9);
      expect(row!.baseline).toBeCloseTo(ref[key].baseline, 9);
      expect(row!.n).toBe(ref.n);
    });
  }

  it('paired ROC-AUC: DeLong variance and p-value match the direct computation', async () => {
    const { table: c } = await loadExamples(files.candidate, {
      idColumn: 'id',
      columns: ['label', 'score'],
    });
    const { table: b } = await loadExamples(files.baseline, {
      idColumn: 'id',
      columns: ['label', 'score'],
    });
    const num = (t: typeof c, col: string) => Float64Array.from(t!.columns.get(col)!, Number);
    const positive = Uint8Array.from(num(c, 'label'));
    const t = delongPaired(positive, num(c, 'score'), num(b, 'score'));
    expect(t.candidate).toBeCloseTo(ref.delong.candidate, 12);
    expect(t.baseline).toBeCloseTo(ref.delong.baseline, 12);
    expect(Math.abs(t.variance - ref.delong.variance)).toBeLessThan(1e-12);
    expect(Math.abs(t.pValue - ref.delong.pValue)).toBeLessThan(1e-6);
    // The bootstrap, resampling examples, sees the same spread (Monte-Carlo error ~2% at B = 4000).
    const sc = num(c, 'score');
    const sb = num(b, 'score');
    const oc = orderByScore(sc);
    const ob = orderByScore(sb);
    const reps = bootstrapWeightedReplicates(
      sc.length,
      (w) => [rocAuc(positive, sc, oc, w), rocAuc(positive, sb, ob, w)],
      { resamples: 4000, seed: 7 },
    );
    const se = bootstrapStandardError(summarize(reps).sorted);
    expect(se / Math.sqrt(t.variance)).toBeGreaterThan(0.9);
    expect(se / Math.sqrt(t.variance)).toBeLessThan(1.1);
  });

  it('a real AUC drop fails with DeLong, where F1 of score == 1 once passed it', async () => {
    const [row] = await rows([
      metric('roc_auc', { max_drop: 0.01, from: { label: 'label', score: 'score' } }),
    ]);
    expect(row!.test).toBe('delong');
    expect(row!.pValue).toBeCloseTo(ref.delong.pValue, 6);
    expect(row!.status).toBe('fail');
    expect(row!.delta).toBeCloseTo(ref.roc_auc.candidate - ref.roc_auc.baseline, 9);
  });

  it('weights are resamples: a weight of 2 is the example written twice', async () => {
    const positive = Uint8Array.of(1, 0, 1, 0, 1, 0);
    const s = Float64Array.of(0.9, 0.8, 0.3, 0.3, 0.6, 0.1);
    const twice = Uint8Array.of(1, 0, 1, 0, 1, 0, 1);
    const s2 = Float64Array.of(0.9, 0.8, 0.3, 0.3, 0.6, 0.1, 0.3);
    const w = Uint32Array.of(1, 1, 2, 1, 1, 1);
    expect(rocAuc(positive, s, orderByScore(s), w)).toBeCloseTo(
      rocAuc(twice, s2, orderByScore(s2), null),
      15,
    );
  });
});

describe('a rule that cannot be computed is an error naming it', () => {
  it('a name that says no statistic, and a statistic on the wrong kind of column', async () => {
    expect(() => metric('quality', { from: { label: 'label', prediction: 'score' } })).toThrow(
      /metrics\.quality\.from: the name "quality" does not say which statistic/,
    );
    expect(() => metric('roc_auc', { from: { label: 'label', prediction: 'score' } })).toThrow(
      /metrics\.roc_auc\.from: roc_auc ranks a score column: write from: \{ label, score/,
    );
    expect(() => metric('rmse', { from: { label: 'target', score: 'value' } })).toThrow(
      /rmse reads predicted labels or values/,
    );
  });

  it('a binary statistic on multi-class labels, and AUC on three classes', async () => {
    const [f1] = await rows(
      [metric('f1', { max_drop: 0, from: { label: 'animal', prediction: 'predicted' } })],
      200,
    );
    expect(f1!.status).toBe('error');
    expect(f1!.reason).toMatch(/f1 is a binary statistic and "animal" has 3 classes \(/);
    // One-vs-rest with an explicit positive class is a legitimate binary F1.
    const [ovr] = await rows(
      [metric('f1', { from: { label: 'animal', prediction: 'predicted', positive: 'fox' } })],
      200,
    );
    expect(ovr!.status).not.toBe('error');
  });
});
