import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadMetrics,
  MetricFileError,
  parseMetrics,
  type MetricSet,
} from '../../src/core/compare/metrics-file.js';
import { metricKey, metricLabel } from '../../src/core/compare/metric-names.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'compare');

const values = (set: MetricSet) =>
  Object.fromEntries([...set.values.values()].map((v) => [metricLabel(v.name, v.slice), v.value]));
const eu = { key: 'region', value: 'eu' };

function problemsOf(fn: () => unknown): MetricFileError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(MetricFileError);
    return err as MetricFileError;
  }
  throw new Error('expected a MetricFileError');
}

describe('metric files: shapes', () => {
  it('flattens nested JSON with dots and keeps lines', () => {
    const set = loadMetrics(join(FIXTURES, 'nested.json'), 'nested.json');
    expect(values(set)).toEqual({
      'test.accuracy': 0.912,
      'test.loss': 0.31,
      'train.accuracy': 0.95,
      latency_ms: 12,
    });
    expect(set.values.get('test.loss')?.line).toBe(2);
    expect(set.values.get('latency_ms')?.line).toBe(4);
  });

  it('reads the same metrics from YAML', () => {
    const json = loadMetrics(join(FIXTURES, 'nested.json'));
    const yaml = loadMetrics(join(FIXTURES, 'nested.yaml'));
    expect(values(yaml)).toEqual(values(json));
    expect(yaml.values.get('test.accuracy')?.line).toBe(3);
  });

  it('reads a list of {name, value} records, with slices', () => {
    const set = loadMetrics(join(FIXTURES, 'records.json'));
    expect(values(set)).toEqual({ accuracy: 0.9, loss: 0.4, 'accuracy [region=eu]': 0.85 });
    expect(set.values.get(metricKey('accuracy', eu))?.slice).toEqual(eu);
  });

  it('reads DVC metrics files as they are, JSON and TOML', () => {
    expect(values(loadMetrics(join(FIXTURES, 'dvc-metrics.json')))).toEqual({
      step: 9,
      'train.loss': 0.1843,
      'train.acc': 0.9375,
      'eval.loss': 0.2541,
      'eval.acc': 0.9102,
    });
    expect(values(loadMetrics(join(FIXTURES, 'dvc-metrics.toml')))).toEqual({
      'eval.acc': 0.9102,
      'eval.loss': 0.2541,
      'train.acc': 0.9375,
    });
  });

  it('reads per-slice values from the slices object', () => {
    const set = loadMetrics(join(FIXTURES, 'slices.yaml'));
    expect(values(set)).toEqual({
      accuracy: 0.9,
      'accuracy [region=eu]': 0.88,
      'accuracy [region=us]': 0.93,
      'accuracy [device=mobile]': 0.86,
    });
    const mobile = { key: 'device', value: 'mobile' };
    expect(set.values.get(metricKey('accuracy', mobile))?.slice).toEqual(mobile);
    expect(set.values.get(metricKey('accuracy', { key: 'region', value: 'us' }))?.line).toBe(5);
  });

  it('the old name@key=value slice key is refused with the spelling that replaces it', () => {
    const err = problemsOf(() =>
      parseMetrics('accuracy: 0.9\n"accuracy@device=mobile": 0.86\n', 'm.yaml'),
    );
    expect(err.problems[0]).toMatchObject({
      file: 'm.yaml',
      line: 2,
      key: 'accuracy@device=mobile',
    });
    expect(err.problems[0]?.message).toContain('{"slices":{"device":{"mobile":{"accuracy":"…"}}}}');
    expect(err.problems[0]?.message).toContain('"slice": {"device": "mobile"}');
    // `@` without `=key=value` is part of a name.
    expect(values(parseMetrics('{"pass@1": 0.4, "ndcg@10": 0.7}', 'm.json'))).toEqual({
      'pass@1': 0.4,
      'ndcg@10': 0.7,
    });
  });

  it('reads an MLflow run folder: the value of the latest step of each metric', () => {
    const set = loadMetrics(join(FIXTURES, 'mlruns', '0', 'abc123'), 'mlruns/0/abc123');
    expect(values(set)).toEqual({ accuracy: 0.91, loss: 0.25, 'test/f1': 0.7 });
    // The metrics folder itself works too.
    expect(values(loadMetrics(join(FIXTURES, 'mlruns', '0', 'abc123', 'metrics')))).toEqual(
      values(set),
    );
  });

  it('breaks a step tie by the latest timestamp', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-mlflow-'));
    mkdirSync(join(dir, 'metrics'));
    writeFileSync(join(dir, 'metrics', 'acc'), '200 0.6 3\n100 0.5 3\n');
    expect(values(loadMetrics(dir))).toEqual({ acc: 0.6 });
  });
});

describe('metric files: errors name the file, line and key', () => {
  it('NaN, Infinity, strings, booleans and null are invalid values, located', () => {
    const text = [
      '{',
      '  "a": NaN,',
      '  "b": Infinity,',
      '  "c": -Infinity,',
      '  "d": "0.9",',
      '  "e": true,',
      '  "f": null,',
      '  "ok": 1',
      '}',
    ].join('\n');
    const set = parseMetrics(text, 'm.json');
    expect(values(set)).toEqual({ ok: 1 });
    const bad = Object.fromEntries(
      [...set.invalid.entries()].map(([k, v]) => [k, [v.line, v.problem]]),
    );
    expect(bad).toEqual({
      a: [2, 'NaN, not a number'],
      b: [3, 'Infinity, not a finite number'],
      c: [4, '-Infinity, not a finite number'],
      d: [5, 'a string ("0.9"), not a number'],
      e: [6, 'a boolean (true), not a number'],
      f: [7, 'empty (null), not a number'],
    });
  });

  it('YAML .nan and .inf are invalid too', () => {
    const set = parseMetrics('a: .nan\nb: -.inf\n', 'm.yaml');
    expect([...set.invalid.values()].map((v) => v.problem)).toEqual([
      'NaN, not a number',
      '-Infinity, not a finite number',
    ]);
  });

  it('duplicate keys in JSON (which JSON.parse would drop) are an error with both lines', () => {
    const err = problemsOf(() => parseMetrics('{\n  "acc": 0.9,\n  "acc": 0.5\n}', 'm.json'));
    expect(err.problems).toEqual([
      { file: 'm.json', line: 3, key: 'acc', message: 'duplicate key (first at line 2)' },
    ]);
    expect(err.message).toBe("m.json:3: key 'acc': duplicate key (first at line 2)");
  });

  it('duplicate keys in YAML, nested, are an error', () => {
    const err = problemsOf(() => parseMetrics('test:\n  acc: 1\n  acc: 2\n', 'm.yaml'));
    expect(err.problems[0]).toMatchObject({ line: 3, key: 'test.acc' });
  });

  it('a key that holds a dot is its own metric, quoted, beside the nested one', () => {
    const set = parseMetrics('{"test": {"acc": 1}, "test.acc": 2}', 'm.json');
    expect(values(set)).toEqual({ 'test.acc': 1, '"test.acc"': 2 });
    expect(set.plain?.get('test.acc')).toEqual(['"test.acc"']);
  });

  it('a record named twice for the same slice is a duplicate', () => {
    const err = problemsOf(() =>
      parseMetrics(
        '[{"name": "acc", "value": 1, "slice": {"region": "eu"}},\n {"name": "acc", "value": 2, "slice": {"region": "eu"}}]',
        'm.json',
      ),
    );
    expect(err.problems[0]).toMatchObject({ key: 'acc [region=eu]', line: 2 });
  });

  it('duplicate keys in TOML are a parse error with the line', () => {
    const err = problemsOf(() => parseMetrics('acc = 1\nacc = 2\n', 'm.toml'));
    expect(err.problems[0]).toMatchObject({ file: 'm.toml', line: 2 });
    expect(err.message).toMatch(/not valid TOML/);
  });

  it('TOML nan and inf are invalid values', () => {
    const set = parseMetrics('a = nan\nb = inf\nc = 0.5\n', 'm.toml');
    expect(values(set)).toEqual({ c: 0.5 });
    expect([...set.invalid.keys()]).toEqual(['a', 'b']);
  });

  it('syntax errors name the file and line', () => {
    const err = problemsOf(() => parseMetrics('{\n  "a": 1,\n  "b": [\n}', 'broken.json'));
    expect(err.problems[0]?.file).toBe('broken.json');
    expect(err.problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(err.message).toMatch(/^broken\.json:\d+: not valid JSON\/YAML/);
  });

  it('lists are kept aside and empty objects are not-gated values; empty files and scalars at the top are errors', () => {
    const set = parseMetrics('{"cm": [[1, 2], [3, 4]], "a": {}, "acc": 0.9}', 'm.json');
    expect(values(set)).toEqual({ acc: 0.9 });
    expect([...(set.lists?.keys() ?? [])]).toEqual(['cm']);
    expect(set.invalid.get('a')).toMatchObject({ problem: 'an empty object, not a number' });
    expect(problemsOf(() => parseMetrics('', 'm.yaml')).problems[0]?.message).toMatch(/empty/);
    expect(problemsOf(() => parseMetrics('0.9', 'm.json')).problems[0]?.message).toMatch(
      /expected an object/,
    );
    expect(problemsOf(() => parseMetrics('{}', 'm.json')).problems[0]?.message).toMatch(
      /no metrics/,
    );
  });

  it('bad records name the record', () => {
    const err = problemsOf(() =>
      parseMetrics(
        '[{"value": 1}, {"name": "b"}, {"name": "c", "value": 1, "step": 3}, 5]',
        'r.json',
      ),
    );
    expect(err.problems.map((p) => p.key)).toEqual(['[0].name', '[1].value', '[2].step', '[3]']);
  });

  it('a record value that is a string is an invalid value, not a crash', () => {
    const set = parseMetrics('[{"name": "acc", "value": "high"}]', 'r.json');
    expect(set.invalid.get('acc')?.problem).toMatch(/a string/);
  });

  it('YAML aliases are refused', () => {
    const err = problemsOf(() => parseMetrics('a: &x 1\nb: *x\n', 'm.yaml'));
    expect(err.problems[0]).toMatchObject({ key: 'b', message: expect.stringMatching(/aliases/) });
  });

  it('a missing file and a folder that is not an MLflow run are errors naming the path', () => {
    expect(problemsOf(() => loadMetrics('/nonexistent/m.json', 'm.json')).message).toBe(
      'm.json: cannot read: no such file',
    );
    expect(problemsOf(() => loadMetrics(FIXTURES, 'fixtures')).message).toMatch(
      /not an MLflow run folder/,
    );
  });

  it('MLflow: a malformed line and a nan value are located in the metric file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-mlflow-'));
    mkdirSync(join(dir, 'metrics'));
    writeFileSync(join(dir, 'metrics', 'acc'), '100 0.5 0\n200 nan 1\n');
    const set = loadMetrics(dir, 'run');
    expect(set.invalid.get('acc')).toMatchObject({
      file: 'run/metrics/acc',
      line: 2,
      problem: 'NaN, not a number',
    });
    writeFileSync(join(dir, 'metrics', 'acc'), '100 0.5 0\nhello\n');
    expect(problemsOf(() => loadMetrics(dir, 'run')).problems[0]).toMatchObject({
      file: 'run/metrics/acc',
      line: 2,
      key: 'acc',
    });
  });
});
