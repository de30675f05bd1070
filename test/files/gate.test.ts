// The workspace gate on its own: real paths, non-regular files, .git, swaps, caps, writes, globs.
import { existsSync, readdirSync, readFileSync, realpathSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  gateFile,
  openGated,
  outputDir,
  readRunnerFile,
  readWorkspaceText,
  workspacePath,
  writeWorkspaceFile,
} from '../../src/core/files/workspace.js';
import { workspaceGlob } from '../../src/core/files/glob.js';
import { resetReadLimits, setReadLimits, limitsFromEnv } from '../../src/core/files/limits.js';
import { foreignEncoding, decodeUtf8 } from '../../src/core/files/encoding.js';
import { tooDeep } from '../../src/core/files/nesting.js';
import { SECRET, encode, fifo, link, put, sandbox } from './helpers.js';

afterEach(() => resetReadLimits());

describe('gateFile refuses, naming the input and never the target', () => {
  it('a link to a file outside, /dev/zero and /proc/self/environ', () => {
    const { ws, outside } = sandbox();
    link(ws, 'a.json', join(outside, 'secret.json'));
    link(ws, 'zero.json', '/dev/zero');
    link(ws, 'env.csv', '/proc/self/environ');
    for (const name of ['a.json', 'zero.json', 'env.csv']) {
      expect(() => gateFile(ws, name, 'schema file')).toThrow(
        `schema file '${name}' links outside the workspace`,
      );
    }
  });

  it('a path above the root, .git internals (direct or by a link), FIFOs and directories', () => {
    const { ws } = sandbox({ '.git/config': '[http]\n\textraheader = AUTHORIZATION: basic xyz\n' });
    expect(() => gateFile(ws, '../outside/secret.json', 'data file')).toThrow(
      "data file '../outside/secret.json' is outside the workspace",
    );
    expect(() => gateFile(ws, '.git/config', 'data file')).toThrow(/version-control internals/);
    link(ws, 'data/cfg.csv', join(ws, '.git', 'config'));
    expect(() => gateFile(ws, 'data/cfg.csv', 'data file')).toThrow(
      "data file 'data/cfg.csv' links into version-control internals (.git); not read",
    );
    fifo(ws, 'pipe.jsonl');
    expect(() => gateFile(ws, 'pipe.jsonl', 'data file')).toThrow('is a FIFO (named pipe)');
    put(ws, 'dir/x', '');
    expect(() => gateFile(ws, 'dir', 'data file')).toThrow('is a directory; not read');
  });

  it('a link inside the workspace is followed', () => {
    const { ws } = sandbox({ 'real/x.json': '{}' });
    link(ws, 'alias.json', join(ws, 'real', 'x.json'));
    expect(gateFile(ws, 'alias.json', 'schema file').real).toBe(
      join(readRealRoot(ws), 'real', 'x.json'),
    );
  });

  it('catches a file swapped between the check and the open', async () => {
    const { ws } = sandbox({ 'x.jsonl': '{"id": "a"}\n' });
    const gated = gateFile(ws, 'x.jsonl', 'data file');
    put(ws, 'other.jsonl', '{"id": "b"}\n');
    renameSync(join(ws, 'other.jsonl'), join(ws, 'x.jsonl'));
    await expect(openGated(gated, 'data file', 'x.jsonl')).rejects.toThrow(
      "data file 'x.jsonl' was replaced while being opened; not read",
    );
  });
});

function readRealRoot(ws: string): string {
  return realpathSync(ws);
}

describe('caps count bytes read', () => {
  it('refuses past the cap and says which cap and how to raise it', () => {
    const { ws } = sandbox({ 'big.json': `{"a": "${'x'.repeat(5000)}"}` });
    setReadLimits({ schema: 1000 });
    expect(() => readWorkspaceText(ws, 'big.json', 'schema file', 'schema')).toThrow(
      'big.json: schema file is larger than the 1,000 bytes schema cap (stopped reading after 1,000 bytes); if it really is that big, raise the cap with the environment variable MODELGATE_MAX_SCHEMA_BYTES=<bytes>',
    );
    setReadLimits({ schema: 6000 });
    expect(readWorkspaceText(ws, 'big.json', 'schema file', 'schema')).toContain('xxx');
  });

  it('the event payload (outside the workspace): a device is refused before any read', () => {
    expect(() => readRunnerFile('/dev/zero', 'event')).toThrow('/dev/zero is a device; not read');
    const { ws } = sandbox({ 'event.json': '{"a": 1}' });
    expect(readRunnerFile(join(ws, 'event.json'), 'event')).toBe('{"a": 1}');
    setReadLimits({ event: 3 });
    expect(() => readRunnerFile(join(ws, 'event.json'), 'event')).toThrow(
      /event payload is larger than the 3 bytes event cap.*MODELGATE_MAX_EVENT_BYTES/,
    );
  });

  it('caps come from the environment, a malformed value is an error naming the variable', () => {
    expect(limitsFromEnv({ MODELGATE_MAX_METRICS_BYTES: '2048', OTHER: 'x' })).toEqual({
      metrics: 2048,
    });
    expect(() => limitsFromEnv({ MODELGATE_MAX_CONFIG_BYTES: '1e3x' })).toThrow(
      'MODELGATE_MAX_CONFIG_BYTES must be a positive number of bytes, got "1e3x"',
    );
  });
});

describe('writes stay inside', () => {
  it('refuses a committed results-directory link to outside, writing nothing there', () => {
    const { ws, outside } = sandbox();
    link(ws, 'modelgate-results', outside);
    const before = readdirSync(outside).sort();
    expect(() => outputDir(ws, 'modelgate-results', 'results directory')).toThrow(
      "results directory 'modelgate-results' links outside the workspace",
    );
    expect(() =>
      writeWorkspaceFile(ws, 'modelgate-results/sub/r.json', '{}', 'result file'),
    ).toThrow(/leaves the workspace/);
    expect(readdirSync(outside).sort()).toEqual(before);
  });

  it('creates missing folders, follows links that stay inside, refuses a planted file link', () => {
    const { ws, outside } = sandbox({ 'real/.keep': '' });
    link(ws, 'out', join(ws, 'real'));
    writeWorkspaceFile(ws, 'out/a/b.json', '{"ok": true}', 'result file');
    expect(readFileSync(join(ws, 'real', 'a', 'b.json'), 'utf8')).toBe('{"ok": true}');
    // A link where the file goes is refused, and its target is untouched.
    link(ws, 'out/a/c.json', join(outside, 'secret.json'));
    expect(() => writeWorkspaceFile(ws, 'out/a/c.json', '{}', 'result file')).toThrow(
      "result file 'out/a/c.json' links outside the workspace",
    );
    expect(readFileSync(join(outside, 'secret.json'), 'utf8')).toContain(SECRET);
    // A link under a real folder that leaves: refused at that component.
    link(ws, 'real/up', outside);
    expect(() => outputDir(ws, 'out/up/deeper', 'results directory')).toThrow(
      /links outside the workspace|leaves the workspace/,
    );
    expect(existsSync(join(outside, 'deeper'))).toBe(false);
  });

  it('a plain path above the root is refused before anything is created', () => {
    const { ws, outside } = sandbox();
    expect(() => workspacePath(ws, '../outside/x', '--markdown')).toThrow(
      "--markdown '../outside/x' is outside the workspace",
    );
    expect(existsSync(join(outside, 'x'))).toBe(false);
  });
});

describe('globs never descend through a link that leaves the workspace', () => {
  it('a `**` glob with a link to / and to a folder outside finishes and matches only inside', async () => {
    const { ws, outside } = sandbox({ 'data/a.jsonl': '{}\n', 'data/sub/b.jsonl': '{}\n' });
    link(ws, 'data/root', '/');
    link(ws, 'data/out', outside);
    link(ws, 'data/inside', join(ws, 'data', 'sub'));
    const started = Date.now();
    const got = await workspaceGlob('data/**/*.jsonl', ws, ws, { onlyFiles: true });
    expect(Date.now() - started).toBeLessThan(5000);
    const rel = got.matches.map((m) => m.slice(ws.length + 1)).sort();
    expect(rel).toEqual(['data/a.jsonl', 'data/inside/b.jsonl', 'data/sub/b.jsonl']);
    expect(got.escapes.map((m) => m.slice(ws.length + 1))).toEqual(['data/out', 'data/root']);
  });

  it('a matching file link to outside is listed, so the gate refuses it by name', async () => {
    const { ws, outside } = sandbox({ 'data/a.jsonl': '{}\n' });
    link(ws, 'data/leak.jsonl', join(outside, 'secret.jsonl'));
    const got = await workspaceGlob('data/*.jsonl', ws, ws, { onlyFiles: true });
    expect(got.matches.map((m) => m.slice(ws.length + 1))).toEqual([
      'data/a.jsonl',
      'data/leak.jsonl',
    ]);
    expect(() => gateFile(ws, got.matches[1]!, 'data file')).toThrow(/links outside/);
  });
});

describe('encodings', () => {
  const text = '{"id": "a", "n": 1}\n';
  it.each([
    ['utf16le', true, 'UTF-16 LE'],
    ['utf16le', false, 'UTF-16 LE'],
    ['utf16be', true, 'UTF-16 BE'],
    ['utf16be', false, 'UTF-16 BE'],
    ['utf32le', true, 'UTF-32 LE'],
    ['utf32le', false, 'UTF-32 LE'],
  ] as const)('%s (BOM %s) is named %s', (enc, bom, name) => {
    const bytes = encode(text, enc, bom);
    expect(foreignEncoding(bytes)).toBe(name);
    expect(() => decodeUtf8(bytes, 'data/x.csv')).toThrow(
      `data/x.csv is ${name}; save it as UTF-8`,
    );
  });

  it('UTF-8 (with or without BOM, non-ASCII too) passes; invalid UTF-8 is named', () => {
    expect(foreignEncoding(Buffer.from('id,name\n1,Zoë\n'))).toBeUndefined();
    expect(decodeUtf8(Buffer.from('\uFEFF{"a": "é"}'), 'x')).toBe('{"a": "é"}');
    expect(() => decodeUtf8(Uint8Array.from([0x7b, 0xff, 0x7d]), 'm.json')).toThrow(
      'm.json is not valid UTF-8 text; save it as UTF-8',
    );
  });
});

describe('nesting depth is found without parsing', () => {
  it('flow and block nesting, with the line', () => {
    expect(tooDeep('['.repeat(10_000) + ']'.repeat(10_000), 64)).toEqual({ line: 1, depth: 65 });
    const block = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(tooDeep(block, 64)).toEqual({ line: 65, depth: 65 });
    expect(tooDeep('a: "[[[[[[["\nb: [1, 2]\n# {{{{{{{{\n', 3)).toBeUndefined();
  });
});
