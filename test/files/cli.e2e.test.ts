// The bundled CLI (`node dist/cli.js`, npm run package first) against hostile workspaces: exit 2,
// a message naming the input, and nothing from outside the workspace in any output.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt } from '../helpers/runner.js';
import { ROW_SCHEMA, SECRET, encode, fifo, link, sandbox } from './helpers.js';

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(NODE, [join(REPO_ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  const all = `${r.stdout}\n${r.stderr}`;
  expect(all).not.toContain(SECRET);
  return { status: r.status, out: all };
}

const RULES = 'accuracy: { direction: higher, max_drop: 0.01 }';

describe('modelgate CLI through the workspace gate', () => {
  beforeAll(() => requireBuilt('cli'));

  it('validate: data linked to a secret, /dev/zero, /proc/self/environ, .git/config, a FIFO', () => {
    const { ws, outside } = sandbox({
      'row.schema.json': ROW_SCHEMA,
      '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
    });
    link(ws, 'data/leak.jsonl', join(outside, 'secret.jsonl'));
    link(ws, 'data/zero.jsonl', '/dev/zero');
    link(ws, 'data/env.csv', '/proc/self/environ');
    fifo(ws, 'data/pipe.jsonl');
    const cases: Array<[string, RegExp]> = [
      ['data/leak.jsonl', /data\/leak\.jsonl: links outside the workspace/],
      ['data/zero.jsonl', /data\/zero\.jsonl: links outside the workspace/],
      ['data/env.csv', /data\/env\.csv: links outside the workspace/],
      ['.git/config', /\.git\/config: is inside version-control internals/],
      ['data/pipe.jsonl', /data\/pipe\.jsonl: is a FIFO/],
    ];
    for (const [data, message] of cases) {
      const r = cli(['validate', '--schema', 'row.schema.json', data, '--no-result'], ws);
      expect(r.status, data).toBe(2);
      expect(r.out).toMatch(message);
    }
  });

  it('validate: a `**` glob through a link to / finishes and reads only the workspace', () => {
    const { ws, outside } = sandbox({
      'row.schema.json': ROW_SCHEMA,
      'data/a.jsonl': '{"id": "a"}\n',
    });
    link(ws, 'data/root', '/');
    link(ws, 'data/out', outside);
    const r = cli(['validate', '--schema', 'row.schema.json', 'data/**/*.jsonl', '--json'], ws);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/"rows": 1,/);
  });

  it('validate: a schema $ref through a link outside, and a UTF-16 data file', () => {
    const { ws, outside } = sandbox({
      'data/a.jsonl': '{"id": "a"}\n',
      's.json': JSON.stringify({ $ref: 'defs/x.json' }),
      'data/u.csv': encode('id\na\n', 'utf16le', true),
      'row.schema.json': ROW_SCHEMA,
    });
    link(ws, 'defs/x.json', join(outside, 'secret.json'));
    const ref = cli(['validate', '--schema', 's.json', 'data/a.jsonl', '--no-result'], ws);
    expect(ref.status).toBe(2);
    expect(ref.out).toMatch(/defs\/x\.json links outside the workspace/);
    const utf16 = cli(['validate', '--schema', 'row.schema.json', 'data/u.csv', '--no-result'], ws);
    expect(utf16.status).toBe(2);
    expect(utf16.out).toMatch(/data\/u\.csv: encoded as UTF-16 LE; save it as UTF-8/);
  });

  it('validate: a committed modelgate-results link to outside is refused, nothing written there', () => {
    const { ws, outside } = sandbox({ 'row.schema.json': ROW_SCHEMA, 'a.jsonl': '{"id":"a"}\n' });
    link(ws, 'modelgate-results', outside);
    const before = readdirSync(outside).sort();
    const r = cli(['validate', '--schema', 'row.schema.json', 'a.jsonl'], ws);
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/links outside the workspace/);
    expect(readdirSync(outside).sort()).toEqual(before);
  });

  it('compare: metric files over the cap, deep, UTF-32, linked out: exit 2 with the reason', () => {
    const { ws, outside } = sandbox({
      'base.json': '{"accuracy": 0.9}',
      'big.json': JSON.stringify({ accuracy: 0.9, pad: 'x'.repeat(5000) }),
      'deep.json': '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
      'u32.json': encode('{"accuracy": 0.9}', 'utf32le', false),
    });
    link(ws, 'leak.json', join(outside, 'metrics.json'));
    const run = (candidate: string, env: Record<string, string> = {}) =>
      cli(
        ['compare', '--candidate', candidate, '--baseline', 'base.json', '--rules', RULES],
        ws,
        env,
      );
    const big = run('big.json', { MODELGATE_MAX_METRICS_BYTES: '1024' });
    expect(big.status).toBe(2);
    expect(big.out).toMatch(/big\.json: cannot read: metric file is larger than the 1,024 bytes/);
    expect(big.out).toMatch(/MODELGATE_MAX_METRICS_BYTES/);
    const deep = run('deep.json');
    expect(deep.status).toBe(2);
    expect(deep.out).toMatch(/deep\.json:1: .*nested deeper than 64 levels/);
    expect(deep.out).not.toMatch(/Maximum call stack/);
    const u32 = run('u32.json');
    expect(u32.status).toBe(2);
    expect(u32.out).toMatch(/u32\.json: cannot read: encoded as UTF-32 LE; save it as UTF-8/);
    const leak = run('leak.json');
    expect(leak.status).toBe(2);
    expect(leak.out).toMatch(/links outside the workspace/);
  });

  it('run: config linked to /dev/zero, a deep config, and --markdown through a link outside', () => {
    const { ws, outside } = sandbox({
      'row.schema.json': ROW_SCHEMA,
      'a.jsonl': '{"id": "a"}\n',
      'deep.yml': 'version: 1\nreport: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n',
      'ok.yml':
        'version: 1\nvalidate:\n  - id: d\n    schema: row.schema.json\n    data: a.jsonl\n',
    });
    link(ws, 'zero.yml', '/dev/zero');
    const zero = cli(['run', '--config', 'zero.yml'], ws);
    expect(zero.status).toBe(2);
    expect(zero.out).toMatch(/zero\.yml: cannot read config file: links outside the workspace/);
    const deep = cli(['run', '--config', 'deep.yml'], ws);
    expect(deep.status).toBe(2);
    expect(deep.out).toMatch(/deep\.yml:2:1: nested deeper than 64 levels/);
    link(ws, 'reports', outside);
    const md = cli(['run', '--config', 'ok.yml', '--markdown', 'reports/r.md'], ws);
    expect(md.status).toBe(2);
    expect(md.out).toMatch(/--markdown 'reports' links outside the workspace/);
    expect(existsSync(join(outside, 'r.md'))).toBe(false);
    // The results of that run stayed inside.
    expect(JSON.parse(readFileSync(join(ws, 'modelgate-results', 'd.json'), 'utf8')).status).toBe(
      'pass',
    );
  });

  it('a malformed cap variable is bad usage', () => {
    const { ws } = sandbox({ 'row.schema.json': ROW_SCHEMA, 'a.jsonl': '{"id":"a"}\n' });
    const r = cli(['validate', '--schema', 'row.schema.json', 'a.jsonl'], ws, {
      MODELGATE_MAX_SCHEMA_BYTES: 'lots',
    });
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/MODELGATE_MAX_SCHEMA_BYTES must be a positive number of bytes/);
  });
});
