// Result files and root schemas named outside the workspace are refused through the workspace
// gate (never bounded by their own folder), and a result file that is a link staying inside the
// workspace is read like any file.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOne, loadResults } from '../../src/core/report/load.js';
import { loadSchemaBundle } from '../../src/core/validate/schema.js';
import { compareResult } from '../report/helpers.js';

/** A temp folder holding `ws/` (the workspace) and `outside/` beside it, each with a result. */
function layout(): { ws: string; outside: string } {
  const top = mkdtempSync(join(tmpdir(), 'mg-outside-'));
  const ws = join(top, 'ws');
  const outside = join(top, 'outside');
  mkdirSync(join(ws, 'good'), { recursive: true });
  mkdirSync(join(ws, 'modelgate-results'));
  mkdirSync(outside);
  const pass = JSON.stringify(compareResult('ranker', 'pass', []));
  writeFileSync(join(ws, 'good', 'ranker.json'), pass);
  writeFileSync(join(outside, 'ranker.json'), pass);
  const schema = JSON.stringify({ type: 'object' });
  writeFileSync(join(ws, 'schema.json'), schema);
  writeFileSync(join(outside, 'schema.json'), schema);
  return { ws, outside };
}

describe('result files outside the workspace', () => {
  it('reads a link whose target stays inside the workspace', async () => {
    const { ws } = layout();
    symlinkSync('../good/ranker.json', join(ws, 'modelgate-results', 'ranker.json'));
    const entries = await loadResults(['modelgate-results/*.json'], { cwd: ws });
    expect(entries.map((e) => [e.path, e.ok])).toEqual([['modelgate-results/ranker.json', true]]);
  });

  it('refuses a link whose target leaves the workspace, naming the file', async () => {
    const { ws, outside } = layout();
    symlinkSync(join(outside, 'ranker.json'), join(ws, 'modelgate-results', 'ranker.json'));
    const [entry, ...rest] = await loadResults(['modelgate-results/*.json'], { cwd: ws });
    expect(rest).toEqual([]);
    expect(entry!.ok).toBe(false);
    expect(!entry!.ok && entry!.error).toMatch(
      /^modelgate-results\/ranker\.json: .*links outside the workspace/,
    );
  });

  it.each([
    ['a ../ path', '../outside/ranker.json'],
    ['a ../ glob', '../outside/*.json'],
  ])('refuses %s with an error entry naming it', async (_, pattern) => {
    const { ws } = layout();
    const entries = await loadResults([pattern], { cwd: ws });
    expect(entries).toEqual([
      { ok: false, path: pattern, error: expect.stringMatching(/outside the workspace/) },
    ]);
    expect(!entries[0]!.ok && entries[0]!.error.startsWith(`${pattern}: `)).toBe(true);
  });

  it('refuses an absolute path outside, in a pattern and in loadOne', async () => {
    const { ws, outside } = layout();
    const abs = join(outside, 'ranker.json');
    const [entry] = await loadResults([abs], { cwd: ws });
    expect(entry).toMatchObject({ ok: false, path: abs });
    expect(!entry!.ok && entry!.error).toMatch(/outside the workspace/);
    expect(loadOne(abs, ws)).toEqual({
      ok: false,
      path: abs,
      error: expect.stringMatching(/outside the workspace/),
    });
    expect(loadOne('../outside/ranker.json', ws)).toMatchObject({ ok: false });
  });

  it('still reads an absolute path inside the workspace', async () => {
    const { ws } = layout();
    const entries = await loadResults([join(ws, 'good', 'ranker.json')], { cwd: ws });
    expect(entries.map((e) => e.ok)).toEqual([true]);
  });
});

describe('root schemas outside the workspace', () => {
  it.each([
    ['a ../ path', '../outside/schema.json'],
    ['an absolute path', 'ABS'],
  ])('refuses %s, naming the file', async (_, named) => {
    const { ws, outside } = layout();
    const file = named === 'ABS' ? join(outside, 'schema.json') : named;
    await expect(loadSchemaBundle(file, ws)).rejects.toThrow(`${file}: is outside the workspace`);
  });

  it('loads a schema inside the workspace', async () => {
    const { ws } = layout();
    await expect(loadSchemaBundle('schema.json', ws)).resolves.toMatchObject({
      file: 'schema.json',
    });
  });
});
