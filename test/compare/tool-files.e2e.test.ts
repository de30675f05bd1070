// Metric files as ML and LLM tools write them (test/fixtures/compare/tools), gated end to end:
// through `modelgate compare` (dist/cli.js) and through the compare action (dist/compare.js) with
// the baseline read from the base commit by the fake of GitHub's REST API. Run `npm run package`
// first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt, runAction } from '../helpers/runner.js';
import { pullRequestEvent } from '../helpers/pull-request-event.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { assertResult, type Result } from '../../src/core/result.js';
import type { CompareDetails } from '../../src/core/compare/types.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const TOOLS = join(REPO_ROOT, 'test', 'fixtures', 'compare', 'tools');
const REPO = 'octo/model';

/** Each tool's files, the rule gated on them, and the status that rule gives. */
const CASES: Array<{ tool: string; rules: string[]; format?: string }> = [
  { tool: 'lm-eval', rules: ['"arc_easy.acc,none": { direction: higher, max_drop: 0.01 }'] },
  {
    tool: 'hf-evaluate',
    rules: ['accuracy: { direction: higher, max_drop: 0.01 }'],
  },
  { tool: 'hf-trainer', rules: ['eval_loss: { direction: lower, max_drop: 0.01 }'] },
  {
    tool: 'sklearn-report',
    rules: ['"macro avg.f1-score": { direction: higher, max_drop: 0.01 }'],
  },
  { tool: 'inspect', rules: ['model_graded_qa.accuracy: { direction: higher, max_drop: 0.01 }'] },
  { tool: 'promptfoo', rules: ['pass_rate: { direction: higher, max_drop: 0.02 }'] },
];

function configFor(tool: string, rules: string[], baseline: string): string {
  return [
    'version: 1',
    'compare:',
    `  - id: ${tool}`,
    `    candidate: evals/${tool}.json`,
    `    baseline: ${baseline}`,
    '    metrics:',
    ...rules.map((r) => `      ${r}`),
    '',
  ].join('\n');
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-tool-files-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const fixture = (tool: string, side: 'baseline' | 'candidate') =>
  readFileSync(join(TOOLS, tool, `${side}.json`), 'utf8');

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(NODE, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function readResult(path: string): Result<'compare', CompareDetails> {
  const parsed = JSON.parse(readFileSync(path, 'utf8'));
  assertResult(parsed);
  return parsed as unknown as Result<'compare', CompareDetails>;
}

beforeAll(() => {
  requireBuilt('cli');
  requireBuilt('compare');
});

describe('modelgate compare on each tool file', () => {
  it.each(CASES.map((c) => [c.tool, c] as const))('%s: gates and passes', (_tool, c) => {
    const ws = workspace({
      '.github/modelgate.yml': configFor(c.tool, c.rules, `{ path: evals/${c.tool}-base.json }`),
      [`evals/${c.tool}.json`]: fixture(c.tool, 'candidate'),
      [`evals/${c.tool}-base.json`]: fixture(c.tool, 'baseline'),
    });
    const run = cli(ws, 'compare', '--config', '.github/modelgate.yml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`PASS ${c.tool}: 1 of 1 gated metrics pass`)).toBe(true);
    const result = readResult(join(ws, 'modelgate-results', `compare-${c.tool}.json`));
    expect(result.status).toBe('pass');
    expect(result.details.metrics.filter((m) => m.gated)).toHaveLength(1);
  });

  it('and fails on a drop beyond the tolerance (candidate and baseline swapped where it dropped)', () => {
    const ws = workspace({
      '.github/modelgate.yml': configFor(
        'hf-trainer',
        ['eval_accuracy: { direction: higher, max_drop: 0.001 }'],
        '{ path: evals/base.json }',
      ),
      'evals/hf-trainer.json': fixture('hf-trainer', 'baseline'),
      'evals/base.json': fixture('hf-trainer', 'candidate'),
    });
    const run = cli(ws, 'compare', '--config', '.github/modelgate.yml');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^FAIL/);
  });

  it('a rule on pass@1 works', () => {
    const ws = workspace({
      'c.json': '{"pass@1": 0.41, "pass@10": 0.72, "model": "tiny-coder"}',
      'b.json': '{"pass@1": 0.43, "pass@10": 0.71, "model": "tiny-coder-old"}',
    });
    const withRule = (maxDrop: number) =>
      cli(
        ws,
        'compare',
        '--candidate',
        'c.json',
        '--baseline',
        'b.json',
        '--rules',
        `"pass@1": { direction: higher, max_drop: ${maxDrop} }`,
      );
    const ok = withRule(0.03);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/pass@1\s+0\.43\s+0\.41\s+-0\.02\s+ok/);
    const bad = withRule(0.01);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^FAIL compare: 1 gated metrics: 1 failed \(pass@1\)/);
  });

  it('the old accuracy@region=eu rule name is refused with the new spelling, exit 2', () => {
    const ws = workspace({ 'c.json': '{"accuracy": 0.9}' });
    const run = cli(
      ws,
      'compare',
      '--candidate',
      'c.json',
      '--rules',
      '"accuracy@region=eu": { direction: higher, min: 0.5 }',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no longer a slice .*slices: \{ "region=eu"/);
  });
});

describe('a baseline path that does not exist', () => {
  it('`modelgate run` and `modelgate compare --config` both refuse it (exit 2), whatever missing_baseline says', () => {
    const config = [
      'version: 1',
      'compare:',
      '  - id: m',
      '    candidate: evals/c.json',
      '    baseline: { path: evals/baseline-typo.json }',
      '    missing_baseline: pass',
      '    metrics: { accuracy: { direction: higher, max_drop: 0.01 } }',
      '',
    ].join('\n');
    const ws = workspace({ 'modelgate.yml': config, 'evals/c.json': '{"accuracy": 0.9}' });
    const run = cli(ws, 'run', '--config', 'modelgate.yml');
    const compare = cli(ws, 'compare', '--config', 'modelgate.yml');
    expect([run.code, compare.code]).toEqual([2, 2]);
    expect(run.stderr).toContain('evals/baseline-typo.json');
    expect(compare.stderr).toMatch(/baseline file evals\/baseline-typo\.json not found/);
    expect(compare.stdout).toMatch(/^ERROR/);
  });
});

describe('the compare action on each tool file, baseline at the base commit (fake REST API)', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub();
    gh.addRepo(REPO, { defaultBranch: 'main' });
  });
  afterEach(async () => {
    try {
      gh.expectNoViolations();
    } finally {
      await gh.close();
    }
  });

  it.each(CASES.map((c) => [c.tool, c] as const))('%s: gates and passes', async (_tool, c) => {
    const path = `evals/${c.tool}.json`;
    const baseSha = gh.addCommit(REPO, {
      branch: 'main',
      files: { [path]: fixture(c.tool, 'baseline') },
    });
    const ws = workspace({
      '.github/modelgate.yml': configFor(c.tool, c.rules, `{ base_branch: true, path: ${path} }`),
      [path]: fixture(c.tool, 'candidate'),
    });
    const run = await runAction('compare', {
      workspace: ws,
      event: pullRequestEvent(REPO, baseSha, 'e'.repeat(40)),
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '99' },
      inputs: { config: '.github/modelgate.yml', id: c.tool, 'github-token': gh.token },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', status: 'pass', regressions: '0' });
    const result = readResult(run.outputs['result-path']!);
    expect(result.details.baseline).toMatchObject({ source: 'base-branch', sha: baseSha });
    expect(result.details.metrics.filter((m) => m.gated).map((m) => m.status)).toEqual(['pass']);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/contents/{path}')).toHaveLength(1);
  });
});
