// NDCG@k and MRR per query, resampled by query, against scikit-learn's ndcg_score and a
// definition-level MRR (test/fixtures/stats/ranking/reference.py).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareExampleFiles } from '../../src/core/compare/examples/index.js';
import { exampleMetrics } from '../../src/core/compare/examples/evaluate.js';
import type { MetricRuleConfig } from '../../src/core/compare/types.js';

const DIR = 'test/fixtures/stats/ranking';
const ref = JSON.parse(readFileSync(join(DIR, 'reference.json'), 'utf8'));
const files = { candidate: join(DIR, 'candidate.csv'), baseline: join(DIR, 'baseline.csv') };

async function run(metrics: Record<string, Partial<MetricRuleConfig>>, slices?: string[]) {
  const entry = {
    id: 'search',
    examples: {
      candidate: files.candidate,
      baseline: files.baseline,
      ...(slices ? { slices } : {}),
    },
    metrics: Object.fromEntries(
      Object.entries(metrics).map(([k, v]) => [
        k,
        { direction: 'higher', ...v } as MetricRuleConfig,
      ]),
    ),
  };
  return (
    await compareExampleFiles(files, exampleMetrics(entry), {
      idColumn: 'id',
      resamples: 2000,
      ...(slices ? { slices } : {}),
    })
  ).rows;
}

describe('ranking metrics per query', () => {
  const from = { label: 'relevance', score: 'score', query: 'query' };

  it('NDCG@5, NDCG over all documents and MRR match the references; n counts queries', async () => {
    const rows = await run({
      ndcg_5: { from: { ...from, stat: 'ndcg', k: 5 } },
      ndcg: { from },
      mrr: { from },
    });
    const [n5, nAll, mrr] = rows;
    expect(n5!.candidate).toBeCloseTo(ref['ndcg@5'].candidate, 9);
    expect(n5!.baseline).toBeCloseTo(ref['ndcg@5'].baseline, 9);
    expect(nAll!.candidate).toBeCloseTo(ref['ndcg@all'].candidate, 9);
    expect(nAll!.baseline).toBeCloseTo(ref['ndcg@all'].baseline, 9);
    expect(mrr!.candidate).toBeCloseTo(ref.mrr.candidate, 9);
    expect(mrr!.baseline).toBeCloseTo(ref.mrr.baseline, 9);
    for (const r of rows) expect(r.n).toBe(ref.queries);
  });

  it('a ranking drop beyond the tolerance fails, judged on queries', async () => {
    const [row] = await run({ ndcg_5: { max_drop: 0.01, from: { ...from, stat: 'ndcg', k: 5 } } });
    expect(row!.test).toBe('bootstrap');
    expect(row!.ci![1]).toBeLessThan(-0.01);
    expect(row!.status).toBe('fail');
  });

  it('is refused without a query column, and query/k on other statistics', async () => {
    await expect(run({ ndcg: { from: { label: 'relevance', score: 'score' } } })).rejects.toThrow(
      /metrics\.ndcg\.from: ndcg ranks documents per query: add query:/,
    );
    await expect(
      run({ roc_auc: { from: { label: 'l', score: 's', query: 'q' } } }),
    ).rejects.toThrow(/query and k belong to ranking statistics/);
  });
});
