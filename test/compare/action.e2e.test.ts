// End to end: the bundled action (dist/compare.js, built by `npm run build`) run the way the
// runner does, against the local fake of GitHub's REST API for the base-branch and artifact sources.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runAction } from '../helpers/runner.js';
import { prEvent as prEventFor } from '../helpers/pr-event.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { assertResult, type Result } from '../../src/core/result.js';
import type { CompareDetails } from '../../src/core/compare/types.js';

const REPO = 'octo/model';
const RULES =
  'accuracy: { direction: higher, max_drop: 0.01 }\nloss: { direction: lower, max_drop: "5%" }';

const prEvent = (baseSha: string, headSha: string) => prEventFor(REPO, baseSha, headSha);

// `::add-mask::` is how a token is registered with the runner for masking; anywhere else it leaks.
const withoutMask = (text: string) => text.replace(/^::add-mask::.*$/gm, '');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-compare-ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function readResult(path: string): Result<'compare', CompareDetails> {
  const parsed = JSON.parse(readFileSync(path, 'utf8'));
  assertResult(parsed);
  return parsed as unknown as Result<'compare', CompareDetails>;
}

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'compare.js'))) {
    throw new Error('dist/compare.js is missing: run `npm run build` before the end-to-end tests');
  }
});

describe('compare action: workspace baseline', () => {
  it('a regression: result file, outputs, summary; the step itself passes (gate decides)', async () => {
    const ws = workspace({
      'metrics/candidate.json': JSON.stringify({ accuracy: 0.88, loss: 0.3, latency_ms: 12 }),
      'metrics/baseline.json': JSON.stringify({ accuracy: 0.9, loss: 0.35 }),
    });
    const run = await runAction('compare', {
      workspace: ws,
      inputs: {
        candidate: 'metrics/candidate.json',
        baseline: 'metrics/baseline.json',
        rules: RULES,
        id: 'classifier',
        'github-token': 'unused',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'false', status: 'fail', regressions: '1' });
    expect(run.outputs['result-path']).toBe(
      join(ws, 'modelgate-results', 'compare-classifier.json'),
    );
    const result = readResult(run.outputs['result-path']!);
    expect(result.details.baseline).toEqual({ source: 'file', path: 'metrics/baseline.json' });
    expect(result.details.metrics.map((m) => `${m.name}:${m.status}`)).toEqual([
      'accuracy:fail',
      'loss:pass',
      'latency_ms:skip',
    ]);
    expect(run.summary).toContain('| accuracy | 0.9 | 0.88 | -0.02 (-2.222%) |');
    expect(run.commands).toContainEqual(
      expect.objectContaining({
        command: 'error',
        message: 'accuracy: worse by 0.02 (0.9 → 0.88), max_drop 0.01',
      }),
    );
  });

  it('fail-on fail fails the step on a regression', async () => {
    const ws = workspace({ 'c.json': '{"accuracy": 0.5}', 'b.json': '{"accuracy": 0.9}' });
    const run = await runAction('compare', {
      workspace: ws,
      inputs: {
        candidate: 'c.json',
        baseline: 'b.json',
        rules: 'accuracy: {direction: higher}\n',
        'fail-on': 'fail',
      },
    });
    // No rule threshold: shown, gated, passes; nothing to fail.
    expect(run.code).toBe(0);
    const run2 = await runAction('compare', {
      workspace: ws,
      inputs: {
        candidate: 'c.json',
        baseline: 'b.json',
        rules: 'accuracy: {direction: higher, max_drop: 0}',
        'fail-on': 'fail',
      },
    });
    expect(run2.code).toBe(1);
    expect(run2.outputs.status).toBe('fail');
  });

  it('from a config file by id; an unreadable candidate is status error, located, and a failed step', async () => {
    const ws = workspace({
      '.github/modelgate.yml': [
        'version: 1',
        'compare:',
        '  - id: other',
        '    candidate: x.json',
        '    metrics: { a: { direction: higher } }',
        '  - id: classifier',
        '    title: Classifier',
        '    candidate: metrics/candidate.json',
        '    baseline: { path: metrics/baseline.json }',
        '    metrics:',
        '      accuracy: { direction: higher, max_drop: 0.01 }',
      ].join('\n'),
      'metrics/candidate.json': '{\n  "accuracy": 0.9,\n  "accuracy": 0.1\n}',
      'metrics/baseline.json': '{"accuracy": 0.9}',
    });
    const run = await runAction('compare', {
      workspace: ws,
      inputs: { config: '.github/modelgate.yml', id: 'classifier' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', status: 'error', regressions: '0' });
    const result = readResult(run.outputs['result-path']!);
    expect(result.title).toBe('Classifier');
    expect(result.errors).toEqual([
      {
        file: 'metrics/candidate.json',
        line: 3,
        key: 'accuracy',
        message: 'duplicate key (first at line 2)',
      },
    ]);
    expect(run.commands).toContainEqual(
      expect.objectContaining({
        command: 'error',
        properties: expect.objectContaining({ file: 'metrics/candidate.json', line: '3' }),
      }),
    );
  });

  it('a bad config fails the step naming file, line and key, and writes no result', async () => {
    const ws = workspace({
      'modelgate.yml':
        'version: 1\ncompare:\n  - id: c\n    candidate: c.json\n    metrics:\n      accuracy: { direction: up }\n',
    });
    const run = await runAction('compare', { workspace: ws, inputs: { config: 'modelgate.yml' } });
    expect(run.code).toBe(1);
    const error = run.commands.find((c) => c.command === 'error');
    expect(error?.message).toMatch(
      /modelgate\.yml:6:\d+: compare\[0\]\.metrics\.accuracy\.direction/,
    );
    expect(existsSync(join(ws, 'modelgate-results'))).toBe(false);
    expect(run.outputs).toEqual({});
  });

  it('inline rules that break the schema are refused with the key', async () => {
    const ws = workspace({ 'c.json': '{"a": 1}' });
    const run = await runAction('compare', {
      workspace: ws,
      inputs: { candidate: 'c.json', rules: 'a: { direction: higher, max_drop: "five" }' },
    });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(
      /input rules.*a\.max_drop/s,
    );
  });

  it('escapes hostile metric names in the job summary', async () => {
    const ws = workspace({
      'c.json': JSON.stringify({
        '<img src=x onerror=alert(1)>': 1,
        '@org/team | [x](http://evil)': 2,
        accuracy: 0.9,
      }),
    });
    const run = await runAction('compare', {
      workspace: ws,
      inputs: { candidate: 'c.json', rules: 'accuracy: {direction: higher, min: 0.5}' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.summary).not.toMatch(/<img|(?<!\\)\[x|@org/);
    expect(run.summary).toContain('&lt;img');
    for (const line of run.summary.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.match(/(?<!\\)\|/g)).toHaveLength(7);
    }
  });
});

describe('compare action: baselines from GitHub (fake REST API)', () => {
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

  const env = () => ({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '99' });

  it('base-branch from a shallow checkout: the contents API at the base commit', async () => {
    const baseSha = gh.addCommit(REPO, {
      branch: 'main',
      files: { 'metrics/eval.json': '{"accuracy": 0.95, "loss": 0.3}' },
    });
    const headSha = 'e'.repeat(40);
    const ws = workspace({ 'metrics/eval.json': '{"accuracy": 0.9, "loss": 0.3}' });
    const run = await runAction('compare', {
      workspace: ws,
      event: prEvent(baseSha, headSha),
      env: env(),
      inputs: {
        candidate: 'metrics/eval.json',
        'baseline-source': 'base-branch',
        rules: RULES,
        'github-token': gh.token,
      },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = readResult(run.outputs['result-path']!);
    expect(result.details.baseline).toEqual({
      source: 'base-branch',
      path: 'metrics/eval.json',
      ref: 'main',
      sha: baseSha,
      note: 'read with the contents API',
    });
    expect(result.context).toMatchObject({
      repo: REPO,
      sha: headSha,
      pr: 2,
      event: 'pull_request',
    });
    expect(result.details.metrics[0]).toMatchObject({
      name: 'accuracy',
      baseline: 0.95,
      status: 'fail',
    });
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/contents/{path}')).toHaveLength(1);
    expect(run.commands).toContainEqual(
      expect.objectContaining({ command: 'add-mask', message: gh.token }),
    );
    expect(withoutMask(run.stdout + run.stderr)).not.toContain(gh.token);
  });

  it('base-branch when the base commit is in the local clone: git, no API call', async () => {
    const ws = workspace({ 'metrics/eval.json': '{"accuracy": 0.96, "loss": 0.3}' });
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: ws,
          encoding: 'utf8',
        },
      ).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    writeFileSync(join(ws, 'metrics/eval.json'), '{"accuracy": 0.955, "loss": 0.3}');
    const run = await runAction('compare', {
      workspace: ws,
      event: prEvent(baseSha, 'f'.repeat(40)),
      env: env(),
      inputs: {
        candidate: 'metrics/eval.json',
        'baseline-source': 'base-branch',
        rules: RULES,
        'github-token': gh.token,
      },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('pass');
    const result = readResult(run.outputs['result-path']!);
    expect(result.details.baseline).toMatchObject({
      source: 'base-branch',
      sha: baseSha,
      note: 'read with git',
    });
    expect(result.details.metrics[0]).toMatchObject({ baseline: 0.96, candidate: 0.955 });
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/contents/{path}')).toHaveLength(0);
  });

  it('artifact: the file inside the latest successful run of the workflow on the default branch', async () => {
    gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      artifacts: [{ name: 'metrics', files: { 'out/metrics.json': '{"accuracy": 0.7}' } }],
    });
    const latest = gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      artifacts: [
        { name: 'metrics', files: { 'out/metrics.json': '{"accuracy": 0.91, "loss": 0.3}' } },
      ],
    });
    const ws = workspace({
      'modelgate.yml': [
        'version: 1',
        'compare:',
        '  - id: clf',
        '    candidate: metrics.json',
        '    baseline: { artifact: { workflow: eval.yml, name: metrics, path: out/metrics.json } }',
        '    metrics:',
        '      accuracy: { direction: higher, max_drop: 0.02 }',
      ].join('\n'),
      'metrics.json': '{"accuracy": 0.9, "loss": 0.3}',
    });
    const run = await runAction('compare', {
      workspace: ws,
      event: prEvent('a'.repeat(40), 'b'.repeat(40)),
      env: env(),
      inputs: { config: 'modelgate.yml', 'github-token': gh.token },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', status: 'pass', regressions: '0' });
    const result = readResult(run.outputs['result-path']!);
    expect(result.details.baseline).toMatchObject({
      source: 'artifact',
      path: 'out/metrics.json',
      workflow: 'eval.yml',
      artifact: 'metrics',
      ref: 'main',
      runId: latest.id,
      sha: latest.headSha,
    });
    expect(result.details.metrics[0]).toMatchObject({ baseline: 0.91, status: 'pass' });
    expect(run.summary).toContain(`run ${latest.id}`);
  });

  it('no artifact yet: missing-baseline warn lets the first run through, and says why', async () => {
    const ws = workspace({ 'metrics.json': '{"accuracy": 0.9}' });
    const run = await runAction('compare', {
      workspace: ws,
      event: prEvent('a'.repeat(40), 'b'.repeat(40)),
      env: env(),
      inputs: {
        candidate: 'metrics.json',
        'baseline-source': 'artifact',
        'baseline-workflow': 'eval.yml',
        'baseline-artifact': 'metrics',
        rules: 'accuracy: { direction: higher, max_drop: 0.01 }',
        'missing-baseline': 'warn',
        'github-token': gh.token,
      },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', status: 'warn' });
    const result = readResult(run.outputs['result-path']!);
    expect(result.details.baseline.source).toBe('none');
    expect(result.details.baseline.note).toMatch(/eval\.yml/);
    expect(result.details.metrics[0]?.reason).toBe(
      'no baseline: max_drop not checked (missing_baseline: warn)',
    );
  });

  it('base-branch on a push (no pull request): no baseline, missing-baseline decides, no API call', async () => {
    const ws = workspace({ 'm.json': '{"accuracy": 0.9}' });
    const run = await runAction('compare', {
      workspace: ws,
      event: {
        name: 'push',
        payload: {
          ref: 'refs/heads/main',
          repository: { full_name: REPO, default_branch: 'main' },
        },
      },
      env: env(),
      inputs: {
        candidate: 'm.json',
        'baseline-source': 'base-branch',
        rules: 'accuracy: { direction: higher, max_drop: 0.01 }',
        'missing-baseline': 'pass',
        'github-token': gh.token,
      },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('pass');
    const result = readResult(run.outputs['result-path']!);
    expect(result.details.baseline).toEqual({
      source: 'none',
      path: 'm.json',
      note: 'not a pull request (push): no base commit to read m.json from',
    });
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/contents/{path}')).toHaveLength(0);
  });

  it('an API failure is status error, not a pass', async () => {
    const baseSha = gh.addCommit(REPO, {
      branch: 'main',
      files: { 'm.json': '{"accuracy": 0.9}' },
    });
    gh.inject({
      route: 'GET /repos/{owner}/{repo}/contents/{path}',
      status: 403,
      message: 'Resource not accessible by integration',
      times: Infinity,
    });
    const ws = workspace({ 'm.json': '{"accuracy": 0.9}' });
    const run = await runAction('compare', {
      workspace: ws,
      event: prEvent(baseSha, 'b'.repeat(40)),
      env: env(),
      inputs: {
        candidate: 'm.json',
        'baseline-source': 'base-branch',
        rules: 'accuracy: { direction: higher, max_drop: 0.01 }',
        'missing-baseline': 'pass',
        'github-token': gh.token,
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('error');
    const result = readResult(run.outputs['result-path']!);
    expect(result.details.baseline).toMatchObject({
      source: 'base-branch',
      note: expect.stringMatching(/could not read the baseline/),
    });
    expect(withoutMask(run.stdout + run.stderr)).not.toContain(gh.token);
  });
});
