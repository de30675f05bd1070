// compare with per-example scores, through the real statistics (src/core/compare/examples/):
// for a metric computed from the scores, significance decides, not the point estimate.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertResult } from '../../src/core/result.js';
import { runCompare } from '../../src/core/compare/compare.js';
import { compareSummaryMarkdown } from '../../src/core/compare/markdown.js';
import { exampleMetrics } from '../../src/core/compare/examples/evaluate.js';
import type { CompareEntry } from '../../src/core/compare/types.js';

// n examples; baseline correct on every 5th wrong (80%); the candidate differs on `flips`
// examples (turned wrong) and `fixes` (turned right). Region alternates eu/us.
function scores(n: number, flips: number, fixes: number, dropIds = 0): { c: string; b: string } {
  const b: string[] = [];
  const c: string[] = [];
  let flipped = 0;
  let fixed = 0;
  for (let i = 0; i < n; i++) {
    const region = i % 2 ? 'eu' : 'us';
    const bc = i % 5 === 0 ? 0 : 1;
    let cc = bc;
    if (bc === 1 && flipped < flips && i % 3 === 1) {
      cc = 0;
      flipped++;
    } else if (bc === 0 && fixed < fixes) {
      cc = 1;
      fixed++;
    }
    b.push(JSON.stringify({ id: `ex${i}`, correct: bc, region }));
    if (i >= dropIds) c.push(JSON.stringify({ id: `ex${i}`, correct: cc, region }));
  }
  return { c: c.join('\n') + '\n', b: b.join('\n') + '\n' };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-examples-'));
  for (const [p, t] of Object.entries(files)) writeFileSync(join(dir, p), t);
  return dir;
}

const entry = (extra: Partial<CompareEntry> = {}): CompareEntry => ({
  id: 'clf',
  candidate: 'cand.json',
  baseline: { path: 'base.json' },
  examples: {
    candidate: 'c.jsonl',
    baseline: 'b.jsonl',
    resamples: 2000,
    seed: 7,
    slices: ['region'],
  },
  metrics: {
    accuracy: { direction: 'higher', max_drop: 0, from: { column: 'correct' } },
    latency: { direction: 'lower', max_drop: '10%' },
  },
  ...extra,
});

describe('compare with per-example statistics', () => {
  it('a likely regression short of significance warns instead of failing; a mere dip passes', async () => {
    const dip = scores(1000, 6, 2); // −0.4 points: McNemar p = 0.29, no evidence of a drop
    const dipWs = workspace({
      'c.jsonl': dip.c,
      'b.jsonl': dip.b,
      'cand.json': '{"latency": 10}',
      'base.json': '{"latency": 10}',
    });
    const dipResult = await runCompare(entry(), { workspace: dipWs });
    const dipRow = dipResult.details.metrics.find((r) => r.name === 'accuracy' && !r.slice)!;
    expect(dipRow.delta).toBeCloseTo(-0.004, 10);
    expect(dipRow.status).toBe('pass');
    const s = scores(1000, 9, 3); // −0.6 points: the 80% CI lies below 0, the 95% CI reaches it
    const ws = workspace({
      'c.jsonl': s.c,
      'b.jsonl': s.b,
      'cand.json': '{"latency": 10}',
      'base.json': '{"latency": 10}',
    });
    const result = await runCompare(entry(), { workspace: ws });
    expect(() => assertResult(result)).not.toThrow();
    const acc = result.details.metrics.find((r) => r.name === 'accuracy' && !r.slice)!;
    expect(acc.source).toBe('examples');
    expect(acc.delta).toBeCloseTo(-0.006, 10);
    expect(acc.status).toBe('warn');
    expect(acc.reason).toMatch(
      /^likely regression: Δ -0\.006, its 80% CI \[.*\] lies below 0, but the 95% CI/,
    );
    expect(acc.test).toBe('mcnemar');
    expect(acc.ci![0]).toBeLessThan(0);
    expect(acc.ci![1]).toBeGreaterThanOrEqual(0);
    // The metric-file metric is still decided on its point values.
    expect(result.details.metrics.find((r) => r.name === 'latency')).toMatchObject({
      source: 'metrics',
      status: 'pass',
    });
    // Slice rows come from the statistics, shown but not gated without a slice rule.
    const eu = result.details.metrics.find((r) => r.name === 'accuracy' && r.slice?.value === 'eu');
    expect(eu).toMatchObject({ gated: false, source: 'examples' });
    expect(result.status).toBe('warn');
    expect(result.details.examples).toMatchObject({
      n: 1000,
      candidateOnly: 0,
      baselineOnly: 0,
      seed: 7,
      resamples: 2000,
    });
    expect(result.details.candidate).toEqual({ path: 'cand.json', examples: 'c.jsonl' });
    expect(result.details.baseline).toMatchObject({ source: 'file', examples: 'b.jsonl' });
  });

  it('a large regression is significant and fails; slice rules apply per slice', async () => {
    const s = scores(1000, 80, 0); // −8 points
    const ws = workspace({
      'c.jsonl': s.c,
      'b.jsonl': s.b,
      'cand.json': '{"latency": 10}',
      'base.json': '{"latency": 10}',
    });
    const e = entry();
    e.metrics.accuracy!.slices = { region: { max_drop: 0.02 } };
    const result = await runCompare(e, { workspace: ws });
    const rows = result.details.metrics.filter((r) => r.name === 'accuracy');
    expect(rows.find((r) => !r.slice)?.status).toBe('fail');
    expect(rows.filter((r) => r.slice).every((r) => r.gated)).toBe(true);
    expect(result.status).toBe('fail');
    expect(
      result.details.metrics
        .filter((r) => r.gated)
        .every((r) => r.pAdjusted !== undefined || r.source === 'metrics'),
    ).toBe(true);
  });

  it('ids scored by one model only follow missing_ids and show in the summary', async () => {
    const s = scores(500, 0, 0, 5);
    const ws = workspace({
      'c.jsonl': s.c,
      'b.jsonl': s.b,
      'cand.json': '{"latency": 10}',
      'base.json': '{"latency": 10}',
    });
    const result = await runCompare(entry(), { workspace: ws });
    expect(result.details.examples).toMatchObject({ n: 495, baselineOnly: 5, candidateOnly: 0 });
    expect(result.status).toBe('fail');
    expect(result.summary).toMatch(/not scored on the same examples/);
    expect(result.summary).not.toContain(ws);
    const warned = await runCompare(
      entry({
        examples: {
          candidate: 'c.jsonl',
          baseline: 'b.jsonl',
          resamples: 500,
          missing_ids: 'warn',
        },
      }),
      { workspace: ws },
    );
    expect(warned.status).toBe('warn');
  });

  it('a broken score file is an error with a workspace-relative location', async () => {
    const s = scores(100, 0, 0);
    const ws = workspace({
      'c.jsonl': s.c + '{"id": "x", broken\n',
      'b.jsonl': s.b,
      'cand.json': '{"latency": 1}',
      'base.json': '{"latency": 1}',
    });
    const result = await runCompare(entry(), { workspace: ws });
    expect(result.status).toBe('error');
    expect(result.errors?.[0]).toMatchObject({ file: 'c.jsonl', line: 101 });
    expect(JSON.stringify(result)).not.toContain(ws);
  });

  it('examples only (no candidate metric file): a rule without from is missing, not silently passed', async () => {
    const s = scores(200, 0, 0);
    const ws = workspace({ 'c.jsonl': s.c, 'b.jsonl': s.b });
    const { candidate: _c, baseline: _b, ...rest } = entry();
    const result = await runCompare(rest, { workspace: ws });
    expect(result.details.candidate).toEqual({ path: 'c.jsonl', examples: 'c.jsonl' });
    expect(result.details.metrics.find((r) => r.name === 'accuracy' && !r.slice)).toMatchObject({
      source: 'examples',
      status: 'pass',
    });
    expect(result.details.metrics.find((r) => r.name === 'latency')).toMatchObject({
      status: 'fail',
      reason: 'missing from the candidate (missing: fail)',
    });
    expect(result.status).toBe('fail');
  });

  it('a whole eval set below min_examples is an error, never a silent pass; small slices skip', async () => {
    // accuracy 1.0 → 0.6 on 10 examples: far too few to tell a change from noise.
    const c: string[] = [];
    const b: string[] = [];
    for (let i = 0; i < 10; i++) {
      const region = i % 2 ? 'eu' : 'us';
      b.push(JSON.stringify({ id: `ex${i}`, correct: 1, region }));
      c.push(JSON.stringify({ id: `ex${i}`, correct: i < 4 ? 0 : 1, region }));
    }
    const ws = workspace({ 'c.jsonl': c.join('\n') + '\n', 'b.jsonl': b.join('\n') + '\n' });
    const e: CompareEntry = {
      id: 'clf',
      examples: { candidate: 'c.jsonl', baseline: 'b.jsonl', resamples: 500, slices: ['region'] },
      metrics: {
        accuracy: {
          direction: 'higher',
          max_drop: 0.01,
          from: { column: 'correct' },
          slices: { region: { max_drop: 0.02 } },
        },
      },
    };
    const result = await runCompare(e, { workspace: ws });
    expect(() => assertResult(result)).not.toThrow();
    const whole = result.details.metrics.find((r) => r.name === 'accuracy' && !r.slice)!;
    expect(whole).toMatchObject({
      status: 'error',
      gated: true,
      n: 10,
      baseline: 1,
      candidate: 0.6,
    });
    expect(whole.reason).toBe(
      'eval set too small: n = 10 < min_examples 30; cannot tell a change from noise',
    );
    const slices = result.details.metrics.filter((r) => r.name === 'accuracy' && r.slice);
    expect(slices).toHaveLength(2);
    for (const s of slices) {
      expect(s.status).toBe('skip');
      expect(s.reason).toMatch(/^too small: n = 5 < min_examples 30/);
    }
    expect(result.status).toBe('error');
    expect(result.summary).toMatch(/could not be evaluated \(accuracy\)/);
    // the baseline is the per-example file, not "no baseline"
    expect(result.summary).not.toContain('no baseline');
    expect(result.summary).toMatch(/\(baseline examples b\.jsonl\)$/);
    expect(compareSummaryMarkdown(result)).toContain('**Baseline:** none · examples b.jsonl');
    // at min_examples the same drop is evaluated (and fails)
    const big = await runCompare(
      { ...e, examples: { ...e.examples!, min_examples: 10 } },
      { workspace: ws },
    );
    expect(big.details.metrics.find((r) => r.name === 'accuracy' && !r.slice)?.status).toBe('fail');
  });

  it('maps from: column → mean, label/prediction → precision/recall/f1 by name or stat', () => {
    const metrics = exampleMetrics({
      id: 'x',
      examples: { candidate: 'c', baseline: 'b', slices: ['region'] },
      metrics: {
        accuracy: {
          direction: 'higher',
          from: { column: 'correct' },
          max_drop: 0.01,
          severity: 'warn',
          slices: { region: { max_drop: 0.02 } },
        },
        recall: { direction: 'higher', from: { label: 'y', prediction: 'p', positive: 'spam' } },
        quality: { direction: 'higher', from: { label: 'y', prediction: 'p', stat: 'precision' } },
        latency: { direction: 'lower' },
      },
    });
    expect(metrics.map((m) => [m.name, m.source.kind])).toEqual([
      ['accuracy', 'mean'],
      ['recall', 'recall'],
      ['quality', 'precision'],
    ]);
    // A name that says no statistic is refused, never silently F1.
    expect(() =>
      exampleMetrics({
        id: 'x',
        examples: { candidate: 'c', baseline: 'b' },
        metrics: { other: { direction: 'higher', from: { label: 'y', prediction: 'p' } } },
      }),
    ).toThrow(/metrics\.other\.from: the name "other" does not say which statistic .*set stat:/);
    expect(metrics[0]?.sliceRules).toEqual({ region: { max_drop: 0.02, severity: 'warn' } });
  });

  it('refuses from without examples, and per-value slice rules on example metrics', async () => {
    const ws = workspace({ 'cand.json': '{"latency": 1}' });
    await expect(
      runCompare(
        {
          id: 'x',
          candidate: 'cand.json',
          metrics: { acc: { direction: 'higher', from: { column: 'c' } } },
        },
        { workspace: ws },
      ),
    ).rejects.toThrow(/metrics\.acc\.from: .*needs examples/);
    expect(() =>
      exampleMetrics({
        id: 'x',
        examples: { candidate: 'c', baseline: 'b', slices: ['region'] },
        metrics: {
          acc: {
            direction: 'higher',
            from: { column: 'c' },
            slices: { 'region=eu': { max_drop: 0 } },
          },
        },
      }),
    ).toThrow(/slices\.region=eu/);
  });
});
