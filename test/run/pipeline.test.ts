import { resultFileName } from '../../src/core/conventions/paths.js';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/core/config/load.js';
import { readResultFile } from '../../src/core/result.js';
import {
  applyErrorIs,
  runChecks,
  runPipeline,
  settingsFromConfig,
  type RunEvent,
} from '../../src/core/run/index.js';
import { EXAMPLE_CONFIG, RELAXED_CONFIG, exampleWorkspace } from './helpers.js';

function load(root: string, file = 'modelgate.yml') {
  return loadConfig(join(root, file), { root, checkFiles: true });
}

describe('runPipeline on the example project', () => {
  it('runs every check in config order, writes the result files, and fails on the apac slice', async () => {
    const root = exampleWorkspace();
    const events: RunEvent[] = [];
    const out = await runPipeline(load(root), { onEvent: (e) => events.push(e) });

    expect(out.checks.map((c) => [c.kind, c.id, c.path, c.result.status])).toEqual([
      ['validate', 'training-data', 'modelgate-results/training-data.json', 'pass'],
      ['validate', 'holdout-data', 'modelgate-results/holdout-data.json', 'warn'],
      ['compare', 'churn-model', 'modelgate-results/compare-churn-model.json', 'fail'],
    ]);
    for (const c of out.checks) {
      expect(readResultFile(join(root, c.path))).toEqual(JSON.parse(JSON.stringify(c.result)));
    }
    expect(out.decision).toMatchObject({
      verdict: 'fail',
      failed: true,
      warned: true,
      reason: '1 of 3 checks failed: churn-model (fail)',
      blocking: ['churn-model'],
    });
    // Exactly one failing row: accuracy on apac.
    const compare = out.checks[2]!.result.details as {
      metrics: Array<{ name: string; slice?: { value: string }; status: string; gated: boolean }>;
    };
    expect(
      compare.metrics.filter((m) => m.status === 'fail').map((m) => [m.name, m.slice?.value]),
    ).toEqual([['accuracy', 'apac']]);
    expect(compare.metrics.filter((m) => m.status === 'warn')).toEqual([]);
    const holdout = out.checks[1]!.result.details as { invalidRows: number; rows: number };
    expect([holdout.invalidRows, holdout.rows]).toEqual([2, 200]);

    expect(out.markdown.startsWith('### ❌ modelgate: fail · 1 of 3 checks failed')).toBe(true);
    expect(out.markdown).toContain('#### ⚠️ Holdout data · validate holdout-data');

    const kinds = events.map((e) => (e.type === 'check' ? `${e.type}:${e.id}` : e.type));
    expect(kinds.filter((k) => k.startsWith('check:'))).toEqual([
      'check:training-data',
      'check:holdout-data',
      'check:churn-model',
    ]);
    expect(kinds.filter((k) => k === 'result')).toHaveLength(3);
    // Each validation ends with all of its bytes read.
    for (const id of ['training-data', 'holdout-data']) {
      const last = events
        .filter(
          (e): e is Extract<RunEvent, { type: 'validate-progress' }> =>
            e.type === 'validate-progress' && e.id === id,
        )
        .at(-1)!;
      expect(last.progress.bytes).toBe(last.progress.totalBytes);
      expect(last.progress.rows).toBe(id === 'training-data' ? 400 : 200);
    }
  });

  it('passes with a warning once the slice rule is relaxed', async () => {
    const out = await runPipeline(load(exampleWorkspace(RELAXED_CONFIG)));
    expect(out.decision).toMatchObject({ verdict: 'warn', failed: false });
    expect(out.checks.map((c) => c.result.status)).toEqual(['pass', 'warn', 'pass']);
  });

  it('settings: fail-on warn from the caller wins over the config', async () => {
    const config = RELAXED_CONFIG.replace(/compare:[\s\S]*?(?=\nreport:)/, '');
    const out = await runPipeline(load(exampleWorkspace(config)), { settings: { failOn: 'warn' } });
    expect(out.settings.failOn).toBe('warn');
    expect(out.decision).toMatchObject({ verdict: 'warn', failed: true });
    expect(out.decision.reason).toBe('1 of 2 checks warned and fail-on is warn: holdout-data');
  });
});

describe('checks that cannot evaluate, and error_is', () => {
  const emptyData = (errorIs: string) =>
    [
      'version: 1',
      'validate:',
      '  - id: empty',
      '    schema: examples/schemas/customer.schema.json',
      '    data: examples/data/empty.jsonl',
      `gate: { error_is: ${errorIs} }`,
      '',
    ].join('\n');

  it('an unreadable input is an error result, which fails by default', async () => {
    const root = exampleWorkspace(emptyData('fail'));
    writeFileSync(join(root, 'examples/data/empty.jsonl'), '');
    const out = await runPipeline(load(root));
    expect(out.checks[0]!.result.status).toBe('error');
    expect(out.decision).toMatchObject({ verdict: 'error', failed: true });
  });

  it('error_is: warn counts it as a warning', async () => {
    const root = exampleWorkspace(emptyData('warn'));
    writeFileSync(join(root, 'examples/data/empty.jsonl'), '');
    const out = await runPipeline(load(root));
    expect(out.checks[0]!.result.status).toBe('error');
    expect(out.decision).toMatchObject({ verdict: 'warn', failed: false, warned: true });
  });

  it('applyErrorIs leaves the items alone by default', () => {
    const items = [
      { id: 'a', status: 'error' as const },
      { id: 'b', status: 'pass' as const },
    ];
    expect(applyErrorIs(items, 'fail')).toBe(items);
    expect(applyErrorIs(items, 'warn').map((i) => i.status)).toEqual(['warn', 'pass']);
  });
});

describe('refusals before anything is written', () => {
  it('two checks that would write the same result file: located error, no directory', async () => {
    const config = [
      'version: 1',
      'validate:',
      '  - id: compare-model',
      '    schema: examples/schemas/customer.schema.json',
      '    data: examples/data/train.jsonl',
      'compare:',
      '  - id: model',
      '    candidate: examples/metrics/candidate.json',
      '    baseline: { path: examples/metrics/baseline.json }',
      '    metrics: { test.f1: { direction: higher } }',
      '',
    ].join('\n');
    const root = exampleWorkspace(config);
    const loaded = load(root);
    const err = await runChecks(loaded).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe(
      `${join(root, 'modelgate.yml')}:7:9: compare[0].id: id 'model' writes modelgate-results/compare-model.json, which validate[0] writes too; rename one`,
    );
    expect(existsSync(join(root, 'modelgate-results'))).toBe(false);
  });

  it('a results directory outside the workspace', async () => {
    const root = exampleWorkspace();
    await expect(runChecks(load(root), { resultsDir: '../elsewhere' })).rejects.toThrow(
      /results directory '..\/elsewhere' must be inside the workspace root/,
    );
  });

  it('result file names follow the composable actions', () => {
    expect(resultFileName('validate', 'training-data')).toBe('training-data.json');
    expect(resultFileName('compare', 'churn-model')).toBe('compare-churn-model.json');
  });
});

describe('settingsFromConfig', () => {
  it('takes the config, then the overrides that are set', () => {
    const root = exampleWorkspace();
    const { config } = load(root);
    expect(settingsFromConfig(config)).toEqual({
      reportId: 'modelgate',
      statusContext: 'modelgate',
      comment: 'always',
      status: true,
      history: false,
      summary: true,
      failOn: 'fail',
      overrideLabel: 'modelgate: accept-regression',
      overrideScope: 'commit',
      errorIs: 'fail',
    });
    const s = settingsFromConfig(config, {
      statusContext: 'ml',
      comment: 'never',
      failOn: undefined,
    });
    expect([s.statusContext, s.comment, s.failOn]).toEqual(['ml', 'never', 'fail']);
    // The boolean spelling of the config still works: false is never.
    const off = settingsFromConfig({ ...config, report: { ...config.report, comment: false } });
    expect(off.comment).toBe('never');
  });

  it('the example config is what the README and the tests describe', () => {
    expect(EXAMPLE_CONFIG).toContain("max_invalid_rows: '2%'");
    expect(EXAMPLE_CONFIG).toContain('warn_invalid_rows: 0');
    expect(
      readFileSync(join(exampleWorkspace(), 'examples/data/holdout.csv'), 'utf8').split('\n'),
    ).toHaveLength(202);
  });
});

describe('one check that throws', () => {
  it('gets an error result; the other checks, their result files and the report still happen', async () => {
    const config = EXAMPLE_CONFIG.replace(
      'schema: examples/schemas/customer.schema.json',
      'schema: examples/schemas/broken.schema.json',
    );
    const root = exampleWorkspace(config);
    writeFileSync(join(root, 'examples/schemas/broken.schema.json'), '{}');
    const loaded = load(root);
    // Replaced by a directory after the config was checked: reading it throws (EISDIR).
    rmSync(join(root, 'examples/schemas/broken.schema.json'));
    mkdirSync(join(root, 'examples/schemas/broken.schema.json'));
    const out = await runPipeline(loaded);
    expect(out.checks.map((c) => [c.id, c.result.status])).toEqual([
      ['training-data', 'error'],
      ['holdout-data', 'warn'],
      ['churn-model', 'fail'],
    ]);
    const failed = readResultFile(join(root, out.checks[0]!.path));
    expect(failed.errors?.[0]?.message).toMatch(/EISDIR|directory/);
    expect(out.decision.verdict).toBe('error');
    expect(out.markdown).toContain('training-data');
  });
});
