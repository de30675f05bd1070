// `modelgate report` and `modelgate gate` from the bundled CLI, as a user runs them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt } from '../helpers/runner.js';
import { FIXTURES } from '../report/helpers.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(NODE, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(...names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-cli-'));
  mkdirSync(join(dir, 'modelgate-results'));
  for (const n of names) cpSync(join(FIXTURES, n), join(dir, 'modelgate-results', n));
  return dir;
}

describe('modelgate report / gate', () => {
  beforeAll(() => requireBuilt('cli'));

  it('prints the verdict and regressions, and writes Markdown with --markdown', () => {
    const dir = project('classifier-fail.json', 'training-data-warn.json', 'ranker-pass.json');
    const r = cli(['report', '--markdown', 'out.md'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('modelgate: FAIL - 1 of 3 checks failed: classifier (fail)');
    expect(r.stdout).toContain('[FAIL] Classifier (compare classifier)');
    expect(r.stdout).toMatch(
      / {2}FAIL {2}accuracy: 0\.912 -> 0\.891 \(Δ −0\.021, −2\.3%\) CI \[−0\.031, −0\.012\]/,
    );
    expect(r.stdout).toMatch(
      /data\/train\/part-0\.jsonl #\/properties\/label\/enum \(enum\): 2 rows .*; lines 17, 90211/,
    );
    const md = readFileSync(join(dir, 'out.md'), 'utf8');
    expect(md.split('\n')[0]).toBe(
      '### ❌ modelgate: fail · 1 of 3 checks failed: classifier (fail)',
    );
  });

  it('exits 2 for an unreadable result file, still printing the rest', () => {
    const dir = project('ranker-pass.json', 'truncated.json');
    const r = cli(['report'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('[ERROR] modelgate-results/truncated.json');
    expect(r.stdout).toContain('[PASS] Ranker');
  });

  it('gate exits 1 on fail, 0 on warnings, 1 on warnings with --fail-on warn, 2 on bad usage', () => {
    expect(cli(['gate'], project('classifier-fail.json', 'ranker-pass.json'))).toMatchObject({
      code: 1,
      stdout: 'FAILED (fail): 1 of 2 checks failed: classifier (fail)\n',
    });
    const warn = project('training-data-warn.json', 'ranker-pass.json');
    expect(cli(['gate'], warn)).toMatchObject({
      code: 0,
      stdout: 'PASSED (warn): 1 of 2 checks warned: training-data\n',
    });
    expect(cli(['gate', '--fail-on', 'warn'], warn).code).toBe(1);
    expect(cli(['gate', '--fail-on', 'sometimes'], warn)).toMatchObject({ code: 2 });
    expect(cli(['gate', 'nothing/*.json'], warn)).toMatchObject({
      code: 1,
      stdout: 'FAILED (error): 1 of 1 check failed: nothing/*.json (error)\n',
    });
  });
});
