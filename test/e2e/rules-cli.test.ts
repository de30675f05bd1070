// `modelgate run` compares the working copy's config with its copy at --baseline-ref (git) and
// applies rules_from as the action does: a loosened rule keeps the committed value, the change is
// printed and shown in the Markdown report, and only the base or the flag may choose `head`.
// Run `npm run package` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt } from '../helpers/runner.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const CONFIG = '.github/modelgate.yml';
const STRICT = `version: 1
compare:
  - id: clf
    candidate: metrics/eval.json
    metrics:
      accuracy: { direction: higher, min: 0.85 }
`;

function cli(cwd: string, args: string[]) {
  const r = spawnSync(NODE, [CLI, 'run', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A clone whose last commit has the strict config; the working copy loosens it. */
function clone(base = STRICT): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-rules-cli-'));
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: dir,
      },
    );
  mkdirSync(join(dir, '.github'));
  mkdirSync(join(dir, 'metrics'));
  writeFileSync(join(dir, CONFIG), base);
  writeFileSync(join(dir, 'metrics', 'eval.json'), '{"accuracy": 0.8}');
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  writeFileSync(
    join(dir, CONFIG),
    STRICT.replace('min: 0.85', 'min: 0.5') + 'gate: { rules_from: head }\n',
  );
  return dir;
}

describe('modelgate run --baseline-ref: rules_from', () => {
  beforeAll(() => requireBuilt('cli'));

  it('stricter by default: the committed rule holds, the change is printed and in the Markdown', () => {
    const dir = clone();
    const r = cli(dir, ['--baseline-ref', 'HEAD', '--markdown', 'report.md']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(
      'rules: compare clf metrics.accuracy.min: base 0.85, working copy 0.5; the base applies',
    );
    expect(r.stderr).toContain(
      'rules: gate rules_from: base (not set), working copy "head"; the base applies',
    );
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md).toContain('| compare clf | metrics.accuracy.min | 0\\.85 | 0\\.5 | **base** |');
  });

  it('--rules-from head, or the base choosing head, lets the working copy decide', () => {
    expect(cli(clone(), ['--baseline-ref', 'HEAD', '--rules-from', 'head']).code).toBe(0);
    const baseSaysHead = STRICT + 'gate: { rules_from: head }\n';
    expect(cli(clone(baseSaysHead), ['--baseline-ref', 'HEAD']).code).toBe(0);
  });

  it('no such commit: the working copy’s rules, and it says why', () => {
    const r = cli(clone(), ['--baseline-ref', 'no-such-ref']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /rules: no base config to compare with \(git has no commit 'no-such-ref'/,
    );
  });
});
