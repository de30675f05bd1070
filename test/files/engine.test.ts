// Every reader of the engine through the workspace gate: hostile data, schemas, configs, metric
// files and result directories give an error naming the input, and nothing from outside the
// workspace appears anywhere in the result.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/core/validate/run.js';
import { loadMetrics, metricKey, MetricFileError } from '../../src/core/compare/metrics-file.js';
import { ConfigError, loadConfig } from '../../src/core/config/load.js';
import { runChecks } from '../../src/core/run/checks.js';
import { assertResult } from '../../src/core/result.js';
import { resetReadLimits, setReadLimits } from '../../src/core/files/limits.js';
import { ROW_SCHEMA, SECRET, encode, fifo, link, put, sandbox } from './helpers.js';

afterEach(() => resetReadLimits());

async function validateIn(ws: string, data: string[], schemaFile = 'row.schema.json') {
  const result = await runValidate(
    { schemaFile, data, cwd: ws, root: ws, threads: 0 },
    {},
    {
      id: 'd',
    },
  );
  assertResult(JSON.parse(JSON.stringify(result)));
  const text = JSON.stringify(result);
  expect(text).not.toContain(SECRET);
  return { result, text };
}

describe('validate: data files and globs', () => {
  it.each([
    ['a link to a file outside', 'data/leak.jsonl', 'secret', /links outside the workspace/],
    ['a link to /dev/zero', 'data/zero.jsonl', '/dev/zero', /links outside the workspace/],
    ['a link to /proc/self/environ', 'data/env.csv', '/proc/self/environ', /links outside/],
    ['a link into .git', 'data/cfg.csv', '.git', /version-control internals/],
  ])('%s is refused by name', async (_what, name, target, message) => {
    const { ws, outside } = sandbox({
      'row.schema.json': ROW_SCHEMA,
      '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
    });
    const to =
      target === 'secret'
        ? join(outside, 'secret.jsonl')
        : target === '.git'
          ? join(ws, '.git', 'config')
          : target;
    link(ws, name, to);
    const { result } = await validateIn(ws, [name]);
    expect(result.status).toBe('error');
    expect(result.errors?.[0]).toMatchObject({
      file: name,
      message: expect.stringMatching(message),
    });
  });

  it('.git/config named directly, a FIFO and a directory: refused, nothing hangs', async () => {
    const { ws } = sandbox({
      'row.schema.json': ROW_SCHEMA,
      '.git/config': `[http]\n\textraheader = ${SECRET}\n`,
    });
    fifo(ws, 'pipe.jsonl');
    const { result } = await validateIn(ws, ['.git/config', 'pipe.jsonl']);
    expect(result.status).toBe('error');
    expect(result.errors?.map((e) => [e.file, e.message])).toEqual([
      ['.git/config', 'is inside version-control internals (.git); not read'],
      ['pipe.jsonl', 'is a FIFO (named pipe); not read'],
    ]);
  });

  it('a `**` glob through links to / and outside reads only the workspace, quickly', async () => {
    const { ws, outside } = sandbox({
      'row.schema.json': ROW_SCHEMA,
      'data/a.jsonl': '{"id": "a"}\n',
      'data/sub/b.jsonl': '{"id": "b"}\n',
    });
    link(ws, 'data/root', '/');
    link(ws, 'data/out', outside);
    const started = Date.now();
    const { result } = await validateIn(ws, ['data/**/*.jsonl']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.status).toBe('pass');
    expect(result.details.files.map((f) => f.path)).toEqual(['data/a.jsonl', 'data/sub/b.jsonl']);
  });

  it('a matched file link to outside in a glob is an error naming it', async () => {
    const { ws, outside } = sandbox({
      'row.schema.json': ROW_SCHEMA,
      'data/a.jsonl': '{"id":"a"}\n',
    });
    link(ws, 'data/b.jsonl', join(outside, 'secret.jsonl'));
    const { result } = await validateIn(ws, ['data/*.jsonl']);
    expect(result.status).toBe('error');
    expect(result.errors).toEqual([
      { file: 'data/b.jsonl', message: 'links outside the workspace' },
    ]);
  });

  it.each([
    ['utf16le', true, 'UTF-16 LE'],
    ['utf16be', false, 'UTF-16 BE'],
    ['utf32le', true, 'UTF-32 LE'],
  ] as const)('a %s data file (BOM %s) is named %s', async (enc, bom, name) => {
    const { ws } = sandbox({
      'row.schema.json': ROW_SCHEMA,
      'data/x.csv': encode('id\na\nb\n', enc, bom),
    });
    const { result } = await validateIn(ws, ['data/x.csv']);
    expect(result.status).toBe('error');
    expect(result.errors).toEqual([
      { file: 'data/x.csv', message: `encoded as ${name}; save it as UTF-8` },
    ]);
  });
});

describe('validate: schemas', () => {
  it('a root schema linked outside, and a $ref through a link outside, are refused', async () => {
    const { ws, outside } = sandbox({ 'data/a.jsonl': '{"id": "a"}\n' });
    link(ws, 'schema.json', join(outside, 'secret.json'));
    const root = await validateIn(ws, ['data/a.jsonl'], 'schema.json');
    expect(root.result.errors?.[0]?.message).toBe('schema.json: links outside the workspace');

    put(ws, 'ref.schema.json', JSON.stringify({ $ref: 'defs/other.json' }));
    link(ws, 'defs/other.json', join(outside, 'secret.json'));
    const ref = await validateIn(ws, ['data/a.jsonl'], 'ref.schema.json');
    expect(ref.result.status).toBe('error');
    expect(ref.result.errors?.[0]?.message).toMatch(
      /^ref\.schema\.json: \$ref ".*other\.json": defs\/other\.json links outside the workspace$/,
    );
  });

  it('a schema linked to /dev/zero is refused, and a big one stops at the cap', async () => {
    const { ws } = sandbox({ 'data/a.jsonl': '{"id": "a"}\n' });
    link(ws, 'zero.schema.json', '/dev/zero');
    const zero = await validateIn(ws, ['data/a.jsonl'], 'zero.schema.json');
    expect(zero.result.errors?.[0]?.message).toMatch(/links outside the workspace/);
    put(ws, 'big.schema.json', JSON.stringify({ description: 'x'.repeat(4096) }));
    setReadLimits({ schema: 1024 });
    const big = await validateIn(ws, ['data/a.jsonl'], 'big.schema.json');
    expect(big.result.errors?.[0]?.message).toMatch(
      /big\.schema\.json: schema file is larger than the 1,024 bytes schema cap.*MODELGATE_MAX_SCHEMA_BYTES/,
    );
  });

  it('a UTF-16 schema is named as such', async () => {
    const { ws } = sandbox({
      'data/a.jsonl': '{"id": "a"}\n',
      's.json': encode(ROW_SCHEMA, 'utf16le', true),
    });
    const { result } = await validateIn(ws, ['data/a.jsonl'], 's.json');
    expect(result.errors?.[0]?.message).toBe('s.json: encoded as UTF-16 LE; save it as UTF-8');
  });
});

describe('metric files', () => {
  it('a link outside, /dev/zero, a FIFO: cannot read, with the reason', () => {
    const { ws, outside } = sandbox();
    link(ws, 'm.json', join(outside, 'metrics.json'));
    link(ws, 'z.json', '/dev/zero');
    fifo(ws, 'p.json');
    for (const [name, why] of [
      ['m.json', 'links outside the workspace'],
      ['z.json', 'links outside the workspace'],
      ['p.json', 'is a FIFO (named pipe); not read'],
    ]) {
      expect(() => loadMetrics(join(ws, name!), name, ws)).toThrow(`${name}: cannot read: ${why}`);
    }
  });

  it('over the cap: refused with the cap and how to raise it', () => {
    const { ws } = sandbox({ 'm.json': JSON.stringify({ a: 0.5, b: 'x'.repeat(3000) }) });
    setReadLimits({ metrics: 2000 });
    expect(() => loadMetrics(join(ws, 'm.json'), 'm.json', ws)).toThrow(
      /m\.json: cannot read: metric file is larger than the 2,000 bytes metrics cap.*MODELGATE_MAX_METRICS_BYTES/,
    );
  });

  it('more than 50,000 values is refused with the line, in JSON and in YAML', () => {
    const entries = Array.from({ length: 50_001 }, (_, i) => `"m${i}": ${i / 1e5}`);
    const { ws } = sandbox({
      'many.json': `{\n${entries.join(',\n')}\n}\n`,
      'many.yaml': entries.map((e) => e.replace(/"/g, '')).join('\n') + '\n',
      'ok.json': `{\n${entries.slice(1).join(',\n')}\n}\n`,
    });
    expect(() => loadMetrics(join(ws, 'many.json'), 'many.json', ws)).toThrow(
      /^many\.json:\d+: more than 50,000 metric values/,
    );
    expect(() => loadMetrics(join(ws, 'many.yaml'), 'many.yaml', ws)).toThrow(
      'many.yaml:50001: more than 50,000 metric values',
    );
    expect(loadMetrics(join(ws, 'ok.json'), 'ok.json', ws).values.size).toBe(50_000);
  });

  it('10,000 levels deep (JSON and YAML): a located error, not a stack overflow', () => {
    const deepJson = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const deepYaml = 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000);
    const { ws } = sandbox({ 'deep.json': deepJson, 'deep.yaml': deepYaml });
    for (const name of ['deep.json', 'deep.yaml']) {
      let err: unknown;
      try {
        loadMetrics(join(ws, name), name, ws);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(MetricFileError);
      expect((err as MetricFileError).problems[0]).toMatchObject({
        file: name,
        line: 1,
        message: expect.stringMatching(/nested deeper than 64 levels/),
      });
    }
  });

  it('UTF-16 and UTF-32 metric files are named', () => {
    const { ws } = sandbox({
      'a.json': encode('{"acc": 0.9}', 'utf16le', false),
      'b.yaml': encode('acc: 0.9\n', 'utf32le', true),
    });
    expect(() => loadMetrics(join(ws, 'a.json'), 'a.json', ws)).toThrow(
      'a.json: cannot read: encoded as UTF-16 LE; save it as UTF-8',
    );
    expect(() => loadMetrics(join(ws, 'b.yaml'), 'b.yaml', ws)).toThrow(
      'b.yaml: cannot read: encoded as UTF-32 LE; save it as UTF-8',
    );
  });

  it('the lean JSON reader keeps lines, duplicate keys, slices and Python NaN as the YAML path did', () => {
    const text =
      '{\n  "acc": 0.9,\n  "f1": NaN,\n  "slices": {"region": {"eu": {"acc": 0.8}}},\n  "acc": 0.7\n}\n';
    const { ws } = sandbox({ 'm.json': text });
    expect(() => loadMetrics(join(ws, 'm.json'), 'm.json', ws)).toThrow(
      "m.json:5: key 'acc': duplicate key (first at line 2)",
    );
    put(ws, 'ok.json', text.replace(',\n  "acc": 0.7', ''));
    const set = loadMetrics(join(ws, 'ok.json'), 'ok.json', ws);
    expect(set.values.get('acc')).toEqual({ name: 'acc', value: 0.9, line: 2 });
    expect(set.values.get(metricKey('acc', { key: 'region', value: 'eu' }))?.value).toBe(0.8);
    expect(set.invalid.get('f1')).toMatchObject({ problem: 'NaN, not a number', line: 3 });
  });
});

describe('config', () => {
  it('a config linked outside or to /dev/zero, UTF-16, or 10,000 levels deep: located ConfigError', () => {
    const { ws, outside } = sandbox({
      'utf16.yml': encode('version: 1\n', 'utf16le', true),
      'deep.yml': 'version: 1\nreport: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n',
    });
    put(outside, 'c.yml', `version: 1\nvalidate: [{id: ${SECRET}}]\n`);
    link(ws, 'out.yml', join(outside, 'c.yml'));
    link(ws, 'zero.yml', '/dev/zero');
    const problem = (name: string) => {
      try {
        loadConfig(join(ws, name), { root: ws });
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as Error).message).not.toContain(SECRET);
        return (err as ConfigError).problems[0];
      }
      throw new Error(`${name} was accepted`);
    };
    expect(problem('out.yml')?.message).toBe(
      'cannot read config file: links outside the workspace',
    );
    expect(problem('zero.yml')?.message).toBe(
      'cannot read config file: links outside the workspace',
    );
    expect(problem('utf16.yml')?.message).toBe(
      'cannot read config file: encoded as UTF-16 LE; save it as UTF-8',
    );
    expect(problem('deep.yml')).toMatchObject({
      line: 2,
      message: expect.stringMatching(/nested deeper than 64 levels/),
    });
  });
});

describe('results directory', () => {
  it('a committed modelgate-results link to outside: refused before any check runs', async () => {
    const { ws, outside } = sandbox({
      'row.schema.json': ROW_SCHEMA,
      'data/a.jsonl': '{"id": "a"}\n',
      '.github/modelgate.yml':
        'version: 1\nvalidate:\n  - id: d\n    schema: row.schema.json\n    data: data/a.jsonl\n',
    });
    link(ws, 'modelgate-results', outside);
    const before = readdirSync(outside).sort();
    const loaded = loadConfig(join(ws, '.github/modelgate.yml'), { root: ws });
    await expect(runChecks(loaded)).rejects.toThrow(
      "results directory 'modelgate-results' links outside the workspace",
    );
    expect(readdirSync(outside).sort()).toEqual(before);
    expect(existsSync(join(outside, 'd.json'))).toBe(false);
  });
});
