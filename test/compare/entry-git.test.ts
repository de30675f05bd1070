import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareEntryFrom } from '../../src/core/compare/entry.js';
import { gitShow, resolveCommit } from '../../src/core/providers/git.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-entry-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const CONFIG = [
  'version: 1',
  'compare:',
  '  - id: a',
  '    candidate: a.json',
  '    metrics: { acc: { direction: higher } }',
  '  - id: b',
  '    candidate: b.json',
  '    missing_baseline: warn',
  '    metrics: { acc: { direction: higher, max_drop: "1%" } }',
].join('\n');

describe('compareEntryFrom', () => {
  it('picks a config entry by id, and the only one without id', () => {
    const ws = workspace({
      'mg.yml': CONFIG,
      'one.yml':
        'version: 1\ncompare:\n  - id: only\n    candidate: c.json\n    metrics: { x: { direction: lower } }\n',
    });
    expect(compareEntryFrom({ config: join(ws, 'mg.yml'), id: 'b' }, ws)).toMatchObject({
      id: 'b',
      missing_baseline: 'warn',
    });
    expect(compareEntryFrom({ config: join(ws, 'one.yml') }, ws).id).toBe('only');
    expect(
      compareEntryFrom({ config: join(ws, 'mg.yml'), id: 'b', missingBaseline: 'pass' }, ws)
        .missing_baseline,
    ).toBe('pass');
  });

  it('falls back to .github/modelgate.yml when neither config nor candidate is given', () => {
    const ws = workspace({ '.github/modelgate.yml': CONFIG });
    expect(compareEntryFrom({ id: 'a' }, ws).candidate).toBe('a.json');
    expect(() => compareEntryFrom({ id: 'a' }, workspace({}))).toThrow(
      /no \.github\/modelgate\.yml in the workspace/,
    );
  });

  it('says which ids exist when the id is wrong or missing', () => {
    const ws = workspace({ 'mg.yml': CONFIG });
    expect(() => compareEntryFrom({ config: join(ws, 'mg.yml'), id: 'c' }, ws)).toThrow(
      /no compare entry with id 'c' \(compare ids: a, b\)/,
    );
    expect(() => compareEntryFrom({ config: join(ws, 'mg.yml') }, ws)).toThrow(
      /several compare entries; pick one with id \(a, b\)/,
    );
  });

  it('refuses config together with inline inputs', () => {
    const ws = workspace({ 'mg.yml': CONFIG });
    expect(() =>
      compareEntryFrom(
        { config: join(ws, 'mg.yml'), candidate: 'x.json', rules: 'a: {direction: higher}' },
        ws,
      ),
    ).toThrow(/either config .* or inline candidate, rules/);
  });

  it('builds inline entries for every baseline source', () => {
    const rules = 'acc: { direction: higher, max_drop: 0.01 }';
    expect(compareEntryFrom({ candidate: 'c.json', baseline: 'b.json', rules }, '/ws')).toEqual({
      id: 'compare',
      candidate: 'c.json',
      baseline: { path: 'b.json' },
      metrics: { acc: { direction: 'higher', max_drop: 0.01 } },
    });
    expect(
      compareEntryFrom({ candidate: 'c.json', baselineSource: 'base-branch', rules }, '/ws')
        .baseline,
    ).toEqual({
      base_branch: true,
      path: 'c.json',
    });
    expect(
      compareEntryFrom(
        {
          candidate: 'c.json',
          baselineSource: 'artifact',
          baselineWorkflow: 'eval.yml',
          baselineArtifact: 'm',
          rules,
        },
        '/ws',
      ).baseline,
    ).toEqual({ artifact: { workflow: 'eval.yml', name: 'm', path: 'c.json' } });
    expect(() =>
      compareEntryFrom({ candidate: 'c.json', baselineSource: 'artifact', rules }, '/ws'),
    ).toThrow(/baseline-workflow/);
    expect(() => compareEntryFrom({ candidate: 'c.json' }, '/ws')).toThrow(/rules are required/);
  });

  it('inline rules are validated with located messages and did-you-mean', () => {
    expect(() =>
      compareEntryFrom(
        { candidate: 'c.json', rules: 'acc:\n  direction: higher\n  max_dorp: 0.1\n' },
        '/ws',
      ),
    ).toThrow(/input rules:3:\d+: acc: unknown key 'max_dorp'; did you mean 'max_drop'/);
    expect(() =>
      compareEntryFrom({ candidate: 'c.json', rules: 'acc: { max_drop: 0.1 }' }, '/ws'),
    ).toThrow(/direction/);
    expect(() =>
      compareEntryFrom(
        { id: '../x', candidate: 'c.json', rules: 'acc: { direction: higher }' },
        '/ws',
      ),
    ).toThrow(/id/);
  });
});

describe('gitShow', () => {
  const repo = () => {
    const ws = workspace({ 'm/eval.json': '{"acc": 0.9}' });
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args],
        { cwd: ws, encoding: 'utf8' },
      ).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    const sha = git('rev-parse', 'HEAD');
    writeFileSync(join(ws, 'm/eval.json'), '{"acc": 0.5}');
    return { ws, sha };
  };

  it('reads the committed content, not the working tree', async () => {
    const { ws, sha } = repo();
    expect(await gitShow(ws, sha, 'm/eval.json')).toEqual({ content: '{"acc": 0.9}', sha });
    expect(await gitShow(ws, 'HEAD', './m/eval.json')).toEqual({ content: '{"acc": 0.9}', sha });
  });

  it('tells a missing file from a missing commit', async () => {
    const { ws, sha } = repo();
    expect(await gitShow(ws, sha, 'm/other.json')).toEqual({ missing: true, sha });
    expect(await gitShow(ws, '1'.repeat(40), 'm/eval.json')).toBeUndefined();
    const notRepo = workspace({ 'x.json': '{}' });
    expect(await gitShow(notRepo, sha, 'x.json')).toBeUndefined();
  });

  it('refuses refs that look like options and paths that leave the repository', async () => {
    const { ws, sha } = repo();
    await expect(resolveCommit(ws, '--output=/tmp/x')).rejects.toThrow(/not a usable git ref/);
    await expect(resolveCommit(ws, 'main;rm -rf /')).rejects.toThrow(/not a usable git ref/);
    await expect(gitShow(ws, sha, '../etc/passwd')).rejects.toThrow(/inside the repository/);
  });
});
