import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertResult } from '../../src/core/result.js';
import { mergeRows, regressions, runCompare } from '../../src/core/compare/compare.js';
import type { BaselineProvider } from '../../src/core/providers/provider.js';
import { resolveBaseline } from '../../src/core/compare/baseline.js';
import type { CompareEntry, MetricRow } from '../../src/core/compare/types.js';
import { compareSummaryMarkdown } from '../../src/core/compare/markdown.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-compare-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const RULES: CompareEntry['metrics'] = {
  accuracy: { direction: 'higher', max_drop: 0.01 },
  loss: { direction: 'lower', max_drop: '5%' },
};

const rowOf = (rows: MetricRow[], name: string, slice?: string) =>
  rows.find(
    (r) => r.name === name && (slice ? `${r.slice?.key}=${r.slice?.value}` === slice : !r.slice),
  );

describe('runCompare with a workspace baseline', () => {
  it('gates ruled metrics, shows the rest, records the baseline, and writes a valid result', async () => {
    const ws = workspace({
      'm/cand.json': JSON.stringify({ accuracy: 0.88, loss: 0.3, latency: 5 }),
      'm/base.json': JSON.stringify({ accuracy: 0.9, loss: 0.35, old: 1 }),
    });
    const result = await runCompare(
      { id: 'clf', candidate: 'm/cand.json', baseline: { path: 'm/base.json' }, metrics: RULES },
      { workspace: ws, context: { repo: 'o/r', pr: 3 } },
    );
    expect(() => assertResult(result)).not.toThrow();
    expect(result.status).toBe('fail');
    expect(result.details.baseline).toEqual({ source: 'file', path: 'm/base.json' });
    expect(result.details.metrics.map((r) => [r.name, r.status, r.presence])).toEqual([
      ['accuracy', 'fail', 'both'],
      ['loss', 'pass', 'both'],
      ['latency', 'skip', 'added'],
      ['old', 'skip', 'removed'],
    ]);
    expect(result.details.counts).toEqual({
      gated: 2,
      pass: 1,
      warn: 0,
      fail: 1,
      error: 0,
      skip: 2,
    });
    expect(regressions(result)).toBe(1);
    expect(result.summary).toBe('2 gated metrics: 1 failed (accuracy) (baseline m/base.json)');
  });

  it('passes when every rule holds', async () => {
    const ws = workspace({
      'c.yaml': 'accuracy: 0.905\nloss: 0.36\n',
      'b.yaml': 'accuracy: 0.91\nloss: 0.35\n',
    });
    const result = await runCompare(
      { id: 'clf', candidate: 'c.yaml', baseline: { path: 'b.yaml' }, metrics: RULES },
      { workspace: ws },
    );
    expect(result.status).toBe('pass');
    expect(result.summary).toBe('2 of 2 gated metrics pass (baseline b.yaml)');
  });

  it('a ruled metric absent from both files still gets a row (missing policy)', async () => {
    const ws = workspace({ 'c.json': '{"accuracy": 0.9}', 'b.json': '{"accuracy": 0.9}' });
    const result = await runCompare(
      {
        id: 'x',
        candidate: 'c.json',
        baseline: { path: 'b.json' },
        metrics: { ...RULES, f1: { direction: 'higher', missing: 'warn' } },
      },
      { workspace: ws },
    );
    expect(rowOf(result.details.metrics, 'loss')).toMatchObject({
      status: 'fail',
      presence: 'removed',
      reason: 'missing from the candidate and the baseline (missing: fail)',
    });
    expect(rowOf(result.details.metrics, 'f1')?.status).toBe('warn');
  });

  it('slices: a rule per slice key and per slice; unruled slices shown', async () => {
    const ws = workspace({
      'c.yaml':
        'accuracy: 0.9\nslices:\n  region:\n    eu: { accuracy: 0.85 }\n    us: { accuracy: 0.92 }\n  device:\n    mobile: { accuracy: 0.7 }\n',
      'b.yaml':
        'accuracy: 0.9\nslices:\n  region:\n    eu: { accuracy: 0.88 }\n    us: { accuracy: 0.92 }\n    apac: { accuracy: 0.8 }\n  device:\n    mobile: { accuracy: 0.9 }\n',
    });
    const result = await runCompare(
      {
        id: 's',
        candidate: 'c.yaml',
        baseline: { path: 'b.yaml' },
        metrics: {
          accuracy: {
            direction: 'higher',
            max_drop: 0.01,
            severity: 'warn',
            slices: { region: { max_drop: 0.02 }, 'region=us': { min: 0.95 } },
          },
        },
      },
      { workspace: ws },
    );
    const rows = result.details.metrics;
    expect(rows.map((r) => (r.slice ? `${r.slice.key}=${r.slice.value}` : r.name))).toEqual([
      'accuracy',
      'device=mobile',
      'region=apac',
      'region=eu',
      'region=us',
    ]);
    // eu dropped 3 points > 2: the slice inherits severity warn from its metric.
    expect(rowOf(rows, 'accuracy', 'region=eu')).toMatchObject({
      status: 'warn',
      gated: true,
      rule: 'higher is better; max_drop 0.02; warn only',
    });
    // The specific slice rule wins over the key rule.
    expect(rowOf(rows, 'accuracy', 'region=us')).toMatchObject({
      status: 'warn',
      reason: '0.92 is below min 0.95',
    });
    // apac vanished from the candidate: a gated slice, missing → fail (missing is not severity).
    expect(rowOf(rows, 'accuracy', 'region=apac')).toMatchObject({
      status: 'fail',
      presence: 'removed',
    });
    // device has no slice rule: shown, not gated, even with a 20-point drop.
    expect(rowOf(rows, 'accuracy', 'device=mobile')).toMatchObject({
      status: 'skip',
      gated: false,
    });
    expect(result.status).toBe('fail');
  });

  it('an invalid value is an error row and a located error, and the rest is still evaluated', async () => {
    const ws = workspace({
      'c.json': '{\n  "accuracy": NaN,\n  "loss": 0.3\n}',
      'b.json': '{"accuracy": 0.9, "loss": 0.3}',
    });
    const result = await runCompare(
      { id: 'x', candidate: 'c.json', baseline: { path: 'b.json' }, metrics: RULES },
      { workspace: ws },
    );
    expect(result.status).toBe('error');
    expect(rowOf(result.details.metrics, 'accuracy')).toMatchObject({
      status: 'error',
      reason: 'candidate value is NaN, not a number (c.json:2)',
    });
    expect(rowOf(result.details.metrics, 'loss')?.status).toBe('pass');
    expect(result.errors).toEqual([
      { file: 'c.json', line: 2, key: 'accuracy', message: 'value is NaN, not a number' },
    ]);
    expect(() => assertResult(result)).not.toThrow();
  });

  it('an unreadable candidate gives status error with the located problem, no rows', async () => {
    const ws = workspace({ 'c.json': '{"a": 1, "a": 2}', 'b.json': '{"a": 1}' });
    const result = await runCompare(
      {
        id: 'x',
        candidate: 'c.json',
        baseline: { path: 'b.json' },
        metrics: { a: { direction: 'higher' } },
      },
      { workspace: ws },
    );
    expect(result.status).toBe('error');
    expect(result.details.metrics).toEqual([]);
    expect(result.errors?.[0]).toMatchObject({ file: 'c.json', line: 1, key: 'a' });
    expect(result.summary).toMatch(/^could not compare: c\.json:1: key 'a': duplicate key/);
    expect(() => assertResult(result)).not.toThrow();
  });

  it('refuses paths outside the workspace', async () => {
    const ws = workspace({ 'c.json': '{"a": 1}' });
    const result = await runCompare(
      { id: 'x', candidate: '../../etc/passwd', metrics: { a: { direction: 'higher' } } },
      { workspace: ws },
    );
    expect(result.status).toBe('error');
    expect(result.errors?.[0]?.message).toMatch(/outside the workspace/);
  });

  it('refuses a symlink that leads out of the workspace (its content must not be quoted)', async () => {
    const outside = workspace({ 'secret.yaml': 'token: ghs_secret\n' });
    const ws = workspace({});
    symlinkSync(join(outside, 'secret.yaml'), join(ws, 'metrics.yaml'));
    const result = await runCompare(
      { id: 'x', candidate: 'metrics.yaml', metrics: { token: { direction: 'higher' } } },
      { workspace: ws },
    );
    expect(result.status).toBe('error');
    expect(result.errors?.[0]?.message).toBe(
      "candidate 'metrics.yaml' links outside the workspace",
    );
    expect(JSON.stringify(result)).not.toContain('ghs_secret');
  });

  it('bad rules (min above max) throw, naming the key', async () => {
    const ws = workspace({ 'c.json': '{"a": 1}' });
    await expect(
      runCompare(
        { id: 'x', candidate: 'c.json', metrics: { a: { direction: 'higher', min: 2, max: 1 } } },
        { workspace: ws },
      ),
    ).rejects.toThrow(/metrics\.a: min \(2\) is above max \(1\)/);
  });
});

describe('no baseline', () => {
  const ws = () => workspace({ 'c.json': '{"accuracy": 0.7, "loss": 0.3}' });
  const entry: CompareEntry = {
    id: 'x',
    candidate: 'c.json',
    baseline: { path: 'missing.json' },
    metrics: {
      accuracy: { direction: 'higher', min: 0.8 },
      loss: { direction: 'lower', max_drop: 0.1 },
    },
  };

  it('a workspace baseline path that does not exist is an error, whatever missing_baseline says', async () => {
    for (const missing_baseline of ['fail', 'warn', 'pass'] as const) {
      const result = await runCompare({ ...entry, missing_baseline }, { workspace: ws() });
      expect(result.status).toBe('error');
      expect(result.details.baseline).toMatchObject({ source: 'file', path: 'missing.json' });
      expect(result.details.baseline.note).toMatch(
        /baseline file missing\.json not found in the workspace/,
      );
      expect(result.errors?.[0]?.message).toMatch(/missing\.json not found/);
      expect(result.details.metrics).toEqual([]);
    }
  });

  it('fails the rules that need one by default, and says so', async () => {
    const { baseline: _b, ...noBaseline } = entry;
    const result = await runCompare(noBaseline, { workspace: ws() });
    expect(result.details.baseline).toEqual({ source: 'none', note: 'no baseline configured' });
    expect(rowOf(result.details.metrics, 'loss')).toMatchObject({
      status: 'fail',
      presence: 'added',
      reason: 'no baseline: max_drop not checked (missing_baseline: fail)',
    });
    expect(result.summary).toMatch(/\(no baseline\)$/);
  });

  it('missing_baseline pass bootstraps; bounds still apply', async () => {
    const { baseline: _b, ...noBaseline } = entry;
    const result = await runCompare(
      { ...noBaseline, missing_baseline: 'pass' },
      { workspace: ws() },
    );
    expect(rowOf(result.details.metrics, 'loss')?.status).toBe('pass');
    expect(rowOf(result.details.metrics, 'accuracy')?.status).toBe('fail');
    const warn = await runCompare(noBaseline, { workspace: ws(), missingBaseline: 'warn' });
    expect(rowOf(warn.details.metrics, 'loss')?.status).toBe('warn');
  });

  it('no baseline configured at all', async () => {
    const { baseline: _b, ...noBaseline } = entry;
    const result = await runCompare(
      { ...noBaseline, missing_baseline: 'warn' },
      { workspace: ws() },
    );
    expect(result.details.baseline).toEqual({ source: 'none', note: 'no baseline configured' });
    expect(result.status).toBe('fail'); // accuracy below min
  });
});

describe('baseline providers (fake)', () => {
  const fake = (over: Partial<BaselineProvider>): BaselineProvider => over;

  it('base-branch: parses by the real file name and records ref and sha', async () => {
    const calls: string[] = [];
    const provider = fake({
      async readAtBase(path) {
        calls.push(path);
        return {
          content: 'accuracy: 0.95\n',
          info: { ref: 'main', sha: 'a'.repeat(40), note: 'read with git' },
        };
      },
    });
    const ws = workspace({ 'metrics/eval.yaml': 'accuracy: 0.9\n' });
    const result = await runCompare(
      {
        id: 'x',
        candidate: 'metrics/eval.yaml',
        baseline: { base_branch: true, path: 'metrics/eval.yaml' },
        metrics: { accuracy: { direction: 'higher', max_drop: 0.01 } },
      },
      { workspace: ws, provider },
    );
    expect(calls).toEqual(['metrics/eval.yaml']);
    expect(result.details.baseline).toEqual({
      source: 'base-branch',
      path: 'metrics/eval.yaml',
      ref: 'main',
      sha: 'a'.repeat(40),
      note: 'read with git',
    });
    expect(rowOf(result.details.metrics, 'accuracy')).toMatchObject({
      baseline: 0.95,
      status: 'fail',
    });
    expect(result.summary).toMatch(/baseline metrics\/eval\.yaml at main \(aaaaaaa\)/);
  });

  it('artifact: records workflow, run and artifact', async () => {
    const provider = fake({
      async readFromArtifact(spec) {
        expect(spec).toEqual({
          source: 'artifact',
          workflow: 'eval.yml',
          name: 'metrics',
          path: 'm.json',
        });
        return {
          content: '{"accuracy": 0.9}',
          info: {
            ref: 'main',
            sha: 'b'.repeat(40),
            runId: 7,
            runUrl: 'https://x/7',
            artifact: 'metrics',
          },
        };
      },
    });
    const ws = workspace({ 'm.json': '{"accuracy": 0.9}' });
    const result = await runCompare(
      {
        id: 'x',
        candidate: 'm.json',
        baseline: { artifact: { workflow: 'eval.yml', name: 'metrics', path: 'm.json' } },
        metrics: { accuracy: { direction: 'higher', max_drop: 0 } },
      },
      { workspace: ws, provider },
    );
    expect(result.status).toBe('pass');
    expect(result.details.baseline).toEqual({
      source: 'artifact',
      path: 'm.json',
      workflow: 'eval.yml',
      artifact: 'metrics',
      ref: 'main',
      sha: 'b'.repeat(40),
      runId: 7,
      runUrl: 'https://x/7',
    });
  });

  it('a miss becomes source none with the reason; missing_baseline decides', async () => {
    const provider = fake({
      async readFromArtifact() {
        return { missing: true, note: 'no successful run of workflow "eval.yml" on branch "main"' };
      },
    });
    const resolved = await resolveBaseline(
      { source: 'artifact', workflow: 'eval.yml', name: 'metrics', path: 'm.json' },
      { workspace: '/tmp', provider },
    );
    expect(resolved.metrics).toBeUndefined();
    expect(resolved.info).toEqual({
      source: 'none',
      path: 'm.json',
      workflow: 'eval.yml',
      artifact: 'metrics',
      note: 'no successful run of workflow "eval.yml" on branch "main"',
    });
  });

  it('a provider failure or a broken remote file is an error, never a silent pass', async () => {
    const ws = workspace({ 'm.json': '{"accuracy": 0.9}' });
    const entry: CompareEntry = {
      id: 'x',
      candidate: 'm.json',
      baseline: { base_branch: true, path: 'm.json' },
      metrics: { accuracy: { direction: 'higher', max_drop: 0.01 } },
      missing_baseline: 'pass',
    };
    const failing = await runCompare(entry, {
      workspace: ws,
      provider: fake({
        readAtBase: () => Promise.reject(new Error('GET /repos/o/r/contents/m.json: 500')),
      }),
    });
    expect(failing.status).toBe('error');
    expect(failing.details.baseline).toMatchObject({
      source: 'base-branch',
      note: 'could not read the baseline: GET /repos/o/r/contents/m.json: 500',
    });
    const broken = await runCompare(entry, {
      workspace: ws,
      provider: fake({
        readAtBase: async () => ({ content: '{"accuracy": "x",', info: { sha: 'c'.repeat(40) } }),
      }),
    });
    expect(broken.status).toBe('error');
    expect(broken.errors?.[0]?.file).toBe(`m.json at ${'c'.repeat(40)}`);
  });

  it('without a provider, a GitHub source is an error that says what is needed', async () => {
    const ws = workspace({ 'm.json': '{"accuracy": 0.9}' });
    const result = await runCompare(
      {
        id: 'x',
        candidate: 'm.json',
        baseline: { artifact: { workflow: 'e.yml', name: 'n', path: 'm.json' } },
        metrics: { accuracy: { direction: 'higher' } },
      },
      { workspace: ws },
    );
    expect(result.status).toBe('error');
    expect(result.errors?.[0]?.message).toMatch(/needs access to the GitHub API/);
  });
});

describe('per-example statistics rows', () => {
  it('replace the point rows of the same metric and slice: significance decides', async () => {
    const ws = workspace({
      'c.json': '{"accuracy": 0.88, "loss": 0.3}',
      'b.json': '{"accuracy": 0.9, "loss": 0.3}',
    });
    const statsRow: MetricRow = {
      name: 'accuracy',
      presence: 'both',
      baseline: 0.9,
      candidate: 0.88,
      delta: -0.02,
      relDelta: -0.02 / 0.9,
      direction: 'higher',
      gated: true,
      status: 'warn',
      reason: 'inconclusive',
      source: 'examples',
      n: 500,
      ci: [-0.05, 0.01],
      test: 'mcnemar',
      pValue: 0.2,
      pAdjusted: 0.4,
    };
    const result = await runCompare(
      {
        id: 'x',
        candidate: 'c.json',
        baseline: { path: 'b.json' },
        examples: { candidate: 'c.jsonl', baseline: 'b.jsonl' },
        metrics: {
          accuracy: { direction: 'higher', max_drop: 0.01 },
          loss: { direction: 'lower', max_drop: 0 },
        },
      },
      {
        workspace: ws,
        evaluateExamples: async () => ({
          rows: [statsRow],
          examples: {
            n: 500,
            candidateOnly: 0,
            baselineOnly: 0,
            sampleMissingIds: [],
            seed: 1,
            resamples: 1000,
            confidence: 0.95,
            correction: 'holm',
          },
        }),
      },
    );
    // A point rule would fail accuracy (−0.02 > 0.01); the statistics say inconclusive.
    expect(rowOf(result.details.metrics, 'accuracy')).toEqual(statsRow);
    expect(result.status).toBe('warn');
    expect(result.details.examples?.n).toBe(500);
    expect(result.details.candidate).toEqual({ path: 'c.json', examples: 'c.jsonl' });
    expect(() => assertResult(result)).not.toThrow();
  });

  it('mergeRows appends rows the metric files do not have', () => {
    const base = {
      presence: 'both',
      baseline: 1,
      candidate: 1,
      delta: 0,
      relDelta: 0,
      gated: true,
      status: 'pass',
    } as const;
    const merged = mergeRows(
      [{ ...base, name: 'a' }],
      [
        { ...base, name: 'a', status: 'fail' },
        { ...base, name: 'b' },
      ],
    );
    expect(merged.map((r) => [r.name, r.status])).toEqual([
      ['a', 'fail'],
      ['b', 'pass'],
    ]);
  });
});

describe('job summary markdown', () => {
  it('escapes names from the files and keeps the table intact', async () => {
    const ws = workspace({
      // (no `=` after the `@`: that was the old slice spelling, refused with a pointer to the new one)
      'c.json': JSON.stringify({ 'x|y @admin <img onerror> **b**': 1, accuracy: 0.5 }),
      'b.json': JSON.stringify({ accuracy: 0.9 }),
    });
    const result = await runCompare(
      {
        id: 'x',
        title: 'Model <b>',
        candidate: 'c.json',
        baseline: { path: 'b.json' },
        metrics: { accuracy: { direction: 'higher', max_drop: 0.01 } },
      },
      { workspace: ws },
    );
    const md = compareSummaryMarkdown(result);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('@admin');
    const row = md.split('\n').find((l) => l.includes('admin'))!;
    // 6 columns: 7 unescaped pipes.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(7);
    expect(md).toMatch(/\| accuracy \| 0\.9 \| 0\.5 \| -0\.4 \(-44\.44%\) \|/);
  });

  it('shows a metric without a direction as ↑/↓, never with a sign that would mean better', async () => {
    const ws = workspace({
      'c.json': JSON.stringify({ log_loss: 0.4762, test: { log_loss: 0.4762 } }),
      'b.json': JSON.stringify({ log_loss: 0.4788, test: { log_loss: 0.4788 } }),
    });
    const result = await runCompare(
      {
        id: 'x',
        candidate: 'c.json',
        baseline: { path: 'b.json' },
        metrics: { log_loss: { direction: 'lower', max_drop: 0.01 } },
      },
      { workspace: ws },
    );
    const md = compareSummaryMarkdown(result);
    expect(md).toMatch(/\| log\\_loss \| 0\.4788 \| 0\.4762 \| \+0\.0026 /);
    expect(md).toMatch(/\| test\.log\\_loss \| 0\.4788 \| 0\.4762 \| ↓0\.0026 \|/);
  });

  it('neutralises refs, autolinks, math and bidi characters like the report does', async () => {
    const hostile = 'fixes #12 GH-3 https://evil.example www.evil.example $\\pi$ \u202egpj';
    const ws = workspace({
      'c.json': JSON.stringify({ [hostile]: 1, accuracy: 0.5 }),
      'b.json': JSON.stringify({ accuracy: 0.9 }),
    });
    const result = await runCompare(
      {
        id: 'x',
        title: hostile,
        candidate: 'c.json',
        baseline: { path: 'b.json' },
        metrics: { accuracy: { direction: 'higher', max_drop: 0.01 } },
      },
      { workspace: ws },
    );
    const md = compareSummaryMarkdown(result);
    expect(md).not.toMatch(/#12|GH-3|https:\/\/|www\.evil|\$\\pi\$|\u202e/);
    expect(md).toContain('#\u200d12');
    expect(md).toContain('\ufffdgpj');
  });
});
