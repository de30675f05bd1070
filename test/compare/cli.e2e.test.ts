// `modelgate compare` from the bundle (dist/cli.js, built by `npm run build`): exit codes,
// terminal table, result file, the git-read base-branch baseline.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT } from '../helpers/runner.js';
import { assertResult } from '../../src/core/result.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-cli-compare-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(NODE, [CLI, 'compare', ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` before the end-to-end tests');
});

describe('modelgate compare', () => {
  const rules = 'accuracy: { direction: higher, max_drop: 0.01 }';

  it('exit 0 on pass, 1 on a failed rule, with a table and a result file', () => {
    const ws = workspace({
      'c.json': '{"accuracy": 0.905, "f1": 0.7}',
      'b.json': '{"accuracy": 0.91}',
      'worse.json': '{"accuracy": 0.8}',
    });
    const ok = cli(ws, '--candidate', 'c.json', '--baseline', 'b.json', '--rules', rules);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^PASS compare: 1 of 1 gated metrics pass/);
    expect(ok.stdout).toMatch(/accuracy\s+0\.91\s+0\.905\s+-0\.005\s+ok/);
    expect(ok.stdout).toMatch(/f1\s+–\s+0\.7\s+-\s+-\s+new/);
    const result = JSON.parse(
      readFileSync(join(ws, 'modelgate-results', 'compare-compare.json'), 'utf8'),
    );
    expect(() => assertResult(result)).not.toThrow();

    const bad = cli(
      ws,
      '--candidate',
      'worse.json',
      '--baseline',
      'b.json',
      '--rules',
      rules,
      '--result-path',
      'out/r.json',
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^FAIL/);
    expect(JSON.parse(readFileSync(join(ws, 'out', 'r.json'), 'utf8')).status).toBe('fail');
  });

  it('exit 2 on unreadable metrics (status error) and on bad usage', () => {
    const ws = workspace({ 'c.json': '{"accuracy": "high"}', 'b.json': '{"accuracy": 0.9}' });
    const err = cli(ws, '--candidate', 'c.json', '--baseline', 'b.json', '--rules', rules);
    expect(err.code).toBe(2);
    expect(err.stderr).toContain(
      'c.json:1: key \'accuracy\': value is a string ("high"), not a number',
    );
    const usage = cli(ws, '--candidate', 'c.json');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/rules are required/);
    const src = cli(ws, '--candidate', 'c.json', '--rules', rules, '--baseline-source', 'artifact');
    expect(src.code).toBe(2);
    expect(src.stderr).toMatch(/artifact needs the GitHub action/);
  });

  it('--json prints the result; --config with --id; base-branch read with git at --baseline-ref', () => {
    const ws = workspace({
      '.github/modelgate.yml':
        'version: 1\ncompare:\n  - id: clf\n    candidate: m.yaml\n    baseline: { base_branch: true, path: m.yaml }\n    metrics:\n      loss: { direction: lower, max_drop: "10%" }\n',
      'm.yaml': 'loss: 0.5\n',
    });
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args],
        { cwd: ws, encoding: 'utf8' },
      ).trim();
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const sha = git('rev-parse', 'HEAD');
    writeFileSync(join(ws, 'm.yaml'), 'loss: 0.6\n');
    const run = cli(
      ws,
      '--config',
      '.github/modelgate.yml',
      '--id',
      'clf',
      '--baseline-ref',
      'main',
      '--json',
    );
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.details.baseline).toEqual({
      source: 'base-branch',
      path: 'm.yaml',
      ref: 'main',
      sha,
      note: 'read with git',
    });
    expect(result.details.metrics[0]).toMatchObject({
      name: 'loss',
      baseline: 0.5,
      candidate: 0.6,
      status: 'fail',
    });
    const noRef = cli(ws, '--config', '.github/modelgate.yml', '--baseline-ref', 'nope');
    expect(noRef.code).toBe(2);
    expect(noRef.stderr).toMatch(/git has no commit 'nope'/);
  });

  it('is listed in modelgate --help and has its own --help', () => {
    const help = spawnSync(NODE, [CLI, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toMatch(/compare\s+Compare candidate metrics/);
    const own = cli(REPO_ROOT, '--help');
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/^Usage: modelgate compare/);
  });
});
