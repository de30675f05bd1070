// `modelgate run` as a user runs it: `node dist/cli.js run …` in a checkout of the example project.
// Run `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt } from '../helpers/runner.js';
import { EXAMPLE_CONFIG, RELAXED_CONFIG, exampleWorkspace } from '../run/helpers.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function cli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(NODE, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 60_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** The example config copied to examples/modelgate.yml, as in this repository. */
const workspace = (config = EXAMPLE_CONFIG) => exampleWorkspace(config, 'examples/modelgate.yml');

describe('modelgate run', () => {
  beforeAll(() => requireBuilt('cli'));

  it("the README's command: one warning, one failure, exit 1, plain text when piped", () => {
    const ws = workspace();
    const res = cli(ws, ['run', '--config', 'examples/modelgate.yml']);
    expect(res.code, res.stderr).toBe(1);
    const lines = res.stdout.split('\n');
    expect(lines[0]).toBe('modelgate: FAIL - 1 of 3 checks failed: churn-model (fail)');
    // Exactly one result warns and one fails; inside them, exactly one failing metric row.
    expect(lines.filter((l) => l.startsWith('[')).sort()).toEqual([
      '[FAIL] Churn model (compare churn-model)',
      '[PASS] Training data (validate training-data)',
      '[WARN] Holdout data (validate holdout-data)',
    ]);
    const rows = lines.filter((l) => /^ {2}(PASS|WARN|FAIL|ERROR) /.test(l));
    expect(rows.filter((l) => !l.startsWith('  PASS'))).toHaveLength(1);
    expect(rows.find((l) => l.startsWith('  FAIL'))).toMatch(
      /^ {2}FAIL {2}accuracy \[region=apac\]: 0\.839 -> 0\.764 .*significant regression/,
    );
    expect(res.stdout).toContain('2 of 200 rows (1.0%) violate the schema');
    expect(res.stdout).not.toContain('\x1b');
    // Progress and file names on stderr, not mixed into the report.
    expect(res.stderr).toContain('[1/3] validate training-data');
    expect(res.stderr).toContain('fail: modelgate-results/compare-churn-model.json');
    expect(existsSync(join(ws, 'modelgate-results', 'holdout-data.json'))).toBe(true);
  });

  it('with the failure fixed in a copy of the config: exit 0, the warning remains', () => {
    const ws = workspace(RELAXED_CONFIG);
    const res = cli(ws, ['run', '--config', 'examples/modelgate.yml']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.split('\n')[0]).toBe('modelgate: WARN - 1 of 3 checks warned: holdout-data');
  });

  it('--markdown writes the report as the PR comment shows it; --root, --results-dir, --fail-on', () => {
    const ws = workspace(RELAXED_CONFIG);
    const res = cli(join(ws, 'examples'), [
      'run',
      '--root',
      '..',
      '--config',
      'modelgate.yml',
      '--results-dir',
      'out',
      '--markdown',
      'report.md',
      '--fail-on',
      'warn',
    ]);
    expect(res.code, res.stderr).toBe(1);
    const md = readFileSync(join(ws, 'examples', 'report.md'), 'utf8');
    expect(md.startsWith('### ⚠️ modelgate: warn · 1 of 3 checks warned and fail-on is warn')).toBe(
      true,
    );
    expect(md).toContain('#### ⚠️ Holdout data · validate holdout-data');
    expect(existsSync(join(ws, 'out', 'compare-churn-model.json'))).toBe(true);
    expect(res.stderr).toContain('Wrote report.md');
  });

  describe('config mistakes: file, line and key, exit 2, nothing run', () => {
    const lineOf = (text: string, needle: string) =>
      text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const cases: Array<[string, string, string, RegExp]> = [
      [
        'unknown key',
        EXAMPLE_CONFIG.replace('region: { max_drop: 0.02 }', 'region: { max_dorp: 0.02 }'),
        'max_dorp',
        /:\d+:\d+: compare\[0\]\.metrics\.accuracy\.slices\.region: unknown key 'max_dorp'; did you mean 'max_drop'\?$/,
      ],
      [
        'wrong type',
        EXAMPLE_CONFIG.replace('seed: 1', 'seed: one'),
        'seed: one',
        /:\d+:\d+: compare\[0\]\.examples\.seed: must be integer, got string 'one'$/,
      ],
      [
        'missing direction',
        EXAMPLE_CONFIG.replace(
          'test.f1: { direction: higher, max_drop: 0.01, min: 0.7 }',
          'test.f1: { max_drop: 0.01, min: 0.7 }',
        ),
        'test.f1:',
        /:\d+:\d+: compare\[0\]\.metrics\["test\.f1"\]: missing required key 'direction'$/,
      ],
      [
        'bad glob',
        EXAMPLE_CONFIG.replace(
          "data: ['examples/data/*.jsonl']",
          "data: ['examples/data/*.parquet']",
        ),
        '*.parquet',
        /:\d+:\d+: validate\[0\]\.data\[0\]: no file matches 'examples\/data\/\*\.parquet'/,
      ],
      [
        'missing file',
        EXAMPLE_CONFIG.replace(
          'candidate: examples/metrics/candidate.json',
          'candidate: examples/metrics/candidat.json',
        ),
        'candidat.json',
        /:\d+:\d+: compare\[0\]\.candidate: file not found: 'examples\/metrics\/candidat\.json'/,
      ],
    ];
    it.each(cases)('%s', (_, config, needle, message) => {
      expect(config).not.toBe(EXAMPLE_CONFIG);
      const ws = workspace(config);
      const res = cli(ws, ['run', '--config', 'examples/modelgate.yml']);
      expect(res.code).toBe(2);
      expect(res.stdout).toBe('');
      const first = res.stderr.split('\n')[0]!;
      expect(first.startsWith(`examples/modelgate.yml:${lineOf(config, needle)}:`)).toBe(true);
      expect(first).toMatch(message);
      expect(res.stderr).toContain('nothing was run');
      expect(existsSync(join(ws, 'modelgate-results'))).toBe(false);
    });
  });

  it('a base_branch baseline is read with git at --baseline-ref', () => {
    const ws = mkdtempSync(join(tmpdir(), 'mg-run-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: ws,
        stdio: 'pipe',
      });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(ws, 'metrics.json'), '{"acc": 0.9}\n');
    writeFileSync(
      join(ws, 'modelgate.yml'),
      [
        'version: 1',
        'compare:',
        '  - id: model',
        '    candidate: metrics.json',
        '    baseline: { base_branch: true, path: metrics.json }',
        '    metrics: { acc: { direction: higher, max_drop: 0.01 } }',
        '',
      ].join('\n'),
    );
    git('add', '.');
    git('commit', '-q', '-m', 'baseline');
    writeFileSync(join(ws, 'metrics.json'), '{"acc": 0.85}\n');
    const res = cli(ws, ['run', '--config', 'modelgate.yml', '--baseline-ref', 'main']);
    expect(res.code, res.stderr).toBe(1);
    expect(res.stdout).toMatch(/^ {2}FAIL {2}acc: 0\.9 -> 0\.85 /m);
    writeFileSync(join(ws, 'metrics.json'), '{"acc": 0.895}\n');
    expect(cli(ws, ['run', '--config', 'modelgate.yml', '--baseline-ref', 'main']).code).toBe(0);
  });

  it('usage errors exit 2; --help documents the command', () => {
    const ws = workspace();
    const bad = cli(ws, ['run', '--config', 'examples/modelgate.yml', '--fail-on', 'maybe']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--fail-on must be fail or warn, got 'maybe'");
    expect(cli(ws, ['run', 'examples/modelgate.yml']).code).toBe(2);
    const missing = cli(ws, ['run']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('.github/modelgate.yml: config file not found');
    const help = cli(ws, ['run', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--markdown FILE');
    expect(help.stdout).toContain(
      'Exit codes: 0 the gate passes, 1 the gate fails, 2 bad config or usage.',
    );
    expect(cli(ws, ['--help']).stdout).toMatch(/^ {2}run {2,}Run every check in the config/m);
  });
});
