// Metric files: depth, size, non-numbers, prototype keys, YAML bombs and tags, MLflow folders
// and per-example score files that link out of the workspace.
import { closeSync, openSync, writeSync } from 'node:fs';
import { json } from '../payloads.js';
import type { FileSpec, HostileCase } from '../types.js';
import { bigFile, deep, deepObject } from './gen.js';

const MIN = 'accuracy: { direction: higher, min: 0.9 }';

interface M {
  name: string;
  expect: HostileCase['expect'];
  alsoOk?: HostileCase['expect'][];
  file: string;
  content: FileSpec;
  rules?: string;
  extra?: Record<string, FileSpec>;
  action?: boolean;
  names?: string;
}

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
  ...Array.from({ length: 9 }, (_, i) => {
    const p = String.fromCharCode(97 + i);
    const n = String.fromCharCode(98 + i);
    return `${n}: &${n} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`;
  }),
  'accuracy: 0.95',
].join('\n');

const METRICS: M[] = [
  {
    name: 'deep-json-10k',
    expect: 'bad-input',
    file: 'm.json',
    content: `{"accuracy":0.95,"x":${deepObject(10_000, 'a', '1')}}`,
  },
  {
    name: 'deep-json-array-100k',
    expect: 'bad-input',
    file: 'm.json',
    content: deep(100_000, '[', '1', ']'),
  },
  {
    name: 'deep-yaml-10k',
    expect: 'bad-input',
    file: 'm.yaml',
    content: `accuracy: 0.95\nx: ${deep(10_000, '[', '1', ']')}\n`,
  },
  {
    name: 'deep-toml-5k',
    expect: 'bad-input',
    alsoOk: ['pass'],
    file: 'm.toml',
    content: `accuracy = 0.95\nx = ${deep(5_000, '[', '1', ']')}\n`,
  },
  {
    name: 'json-50mb',
    expect: 'pass',
    alsoOk: ['bad-input'],
    file: 'm.json',
    content: bigFile(50 << 20, '{"accuracy":0.95,"pad":[', '{"k":"vvvvvvvvvv","n":1.5},', '0]}'),
  },
  {
    name: 'json-36mb-many-keys',
    expect: 'pass',
    alsoOk: ['bad-input'],
    file: 'm.json',
    content: {
      generate: (path) => {
        const fd = openSync(path, 'w');
        writeSync(fd, '{"accuracy":0.95');
        for (let i = 0; i < 1_500_000; i += 10_000) {
          let chunk = '';
          for (let j = i; j < i + 10_000; j++) chunk += `,"metric_${j}":${j / 7}`;
          writeSync(fd, chunk);
        }
        writeSync(fd, '}');
        closeSync(fd);
      },
    },
  },
  { name: 'yaml-alias-bomb', expect: 'bad-input', alsoOk: ['pass'], file: 'm.yaml', content: BOMB },
  {
    name: 'yaml-js-function-tag',
    expect: 'bad-input',
    alsoOk: ['pass'],
    file: 'm.yaml',
    content: 'accuracy: 0.95\nx: !!js/function "function(){return 1}"\n',
  },
  {
    name: 'yaml-nan',
    expect: 'fail',
    alsoOk: ['bad-input'],
    file: 'm.yaml',
    content: 'accuracy: .nan\n',
  },
  {
    name: 'json-bare-nan',
    expect: 'fail',
    alsoOk: ['bad-input'],
    file: 'm.json',
    content: '{"accuracy": NaN}',
  },
  {
    name: 'json-overflow-infinity',
    expect: 'fail',
    alsoOk: ['bad-input'],
    file: 'm.json',
    content: '{"accuracy": 1e999}',
    rules: 'accuracy: { direction: higher, max: 1 }',
  },
  {
    name: 'json-string-number',
    expect: 'fail',
    alsoOk: ['bad-input'],
    file: 'm.json',
    content: '{"accuracy": "0.99"}',
  },
  {
    name: 'json-bool',
    expect: 'fail',
    alsoOk: ['bad-input'],
    file: 'm.json',
    content: '{"accuracy": true}',
  },
  {
    name: 'proto-hides-metric',
    expect: 'fail',
    alsoOk: ['bad-input'],
    file: 'm.json',
    content: '{"__proto__": {"accuracy": 0.99}}',
  },
  {
    name: 'constructor-metric-low',
    expect: 'fail',
    file: 'm.json',
    content: '{"constructor": 0.1}',
    rules: 'constructor: { direction: higher, min: 0.9 }',
  },
  {
    name: 'constructor-metric-missing',
    expect: 'fail',
    alsoOk: ['bad-input'],
    file: 'm.json',
    content: '{"accuracy": 0.95}',
    rules: 'constructor: { direction: higher, min: 0.9 }',
  },
  {
    name: 'toString-metric-ok',
    expect: 'pass',
    file: 'm.json',
    content: '{"toString": 0.95}',
    rules: 'toString: { direction: higher, min: 0.9 }',
  },
  {
    name: 'proto-rule-key',
    expect: 'bad-input',
    alsoOk: ['fail'],
    file: 'm.json',
    content: '{"accuracy": 0.5}',
    rules: '__proto__: { direction: higher, min: 0.9 }\naccuracy: { direction: higher, min: 0.9 }',
    names: '__proto__',
  },
  {
    name: 'records-list-duplicate-names',
    expect: 'fail',
    alsoOk: ['bad-input'],
    file: 'm.json',
    content: json([
      { name: 'accuracy', value: 0.5 },
      { name: 'accuracy', value: 0.99 },
    ]),
  },
  {
    name: 'nested-flatten-collision',
    expect: 'fail',
    alsoOk: ['bad-input'],
    file: 'm.json',
    content: '{"test.accuracy": 0.5, "test": {"accuracy": 0.99}}',
    rules: 'test.accuracy: { direction: higher, min: 0.9 }',
  },
  {
    name: 'metric-name-injection',
    expect: 'fail',
    action: true,
    file: 'm.json',
    content: json({
      accuracy: 0.5,
      'x\n::set-output name=passed::$INJ': 0.1,
      'y\r::add-mask::$INJ': 2,
    }),
  },
  {
    name: 'mlflow-metric-link-outside',
    expect: 'bad-input',
    file: 'run',
    content: { dir: true },
    extra: { 'metrics/run/metrics/accuracy': { symlink: '$OUTSIDE/secret.txt' } },
  },
  {
    name: 'mlflow-metric-fifo',
    expect: 'bad-input',
    file: 'run',
    content: { dir: true },
    extra: { 'metrics/run/metrics/accuracy': { fifo: true } },
  },
  {
    name: 'mlflow-metrics-dir-link-outside',
    expect: 'bad-input',
    file: 'run',
    content: { dir: true },
    extra: { 'metrics/run/metrics': { symlink: '$OUTSIDE' } },
  },
];

const EXAMPLES_CONFIG = (cand: string) =>
  [
    'version: 1',
    'compare:',
    '  - id: m',
    '    candidate: metrics/c.json',
    '    baseline: { path: metrics/b.json }',
    `    examples: { candidate: ${cand}, baseline: eval/b.jsonl, id: id }`,
    '    metrics:',
    '      accuracy: { direction: higher, from: { column: correct }, max_drop: 0.05 }',
    '',
  ].join('\n');
const EVAL =
  Array.from({ length: 50 }, (_, i) => json({ id: `e${i}`, correct: i % 5 ? 1 : 0 })).join('\n') +
  '\n';

function exampleCase(
  name: string,
  cand: string,
  files: Record<string, FileSpec>,
  timeoutMs?: number,
): HostileCase {
  return {
    id: `metrics/examples-${name}`,
    area: 'metrics',
    expect: 'bad-input',
    names: cand.replace('$OUTSIDE/', ''),
    files: {
      'metrics/c.json': '{"loss": 0.1}',
      'metrics/b.json': '{"loss": 0.1}',
      'eval/b.jsonl': EVAL,
      'mg.yml': EXAMPLES_CONFIG(cand),
      ...files,
    },
    run: { cli: ['compare', '--config', 'mg.yml'] },
    ...(timeoutMs ? { timeoutMs } : {}),
  };
}

export function metricCases(): HostileCase[] {
  const cases: HostileCase[] = METRICS.map((m) => {
    const path = `metrics/${m.file}`;
    const rules = m.rules ?? MIN;
    return {
      id: `metrics/${m.name}`,
      area: 'metrics' as const,
      expect: m.expect,
      ...(m.alsoOk ? { alsoOk: m.alsoOk } : {}),
      names: m.names ?? path,
      files: { [path]: m.content, ...m.extra },
      run: m.action
        ? { action: 'compare' as const, inputs: { candidate: path, rules, 'fail-on': 'fail' } }
        : { cli: ['compare', '--candidate', path, '--rules', rules] },
    };
  });
  cases.push(
    exampleCase('link-outside', 'eval/c.jsonl', {
      'eval/c.jsonl': { symlink: '$OUTSIDE/eval.jsonl' },
    }),
    exampleCase('dotdot', '../outside/eval.jsonl', {}),
    exampleCase('dev-zero', 'eval/c.jsonl', { 'eval/c.jsonl': { symlink: '/dev/zero' } }, 10_000),
    exampleCase('fifo', 'eval/c.jsonl', { 'eval/c.jsonl': { fifo: true } }, 10_000),
    exampleCase('deep-row', 'eval/c.jsonl', {
      'eval/c.jsonl': `${EVAL}{"id":"z","correct":${deep(20_000, '[', '1', ']')}}\n`,
    }),
    exampleCase('utf16', 'eval/c.jsonl', {
      'eval/c.jsonl': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EVAL, 'utf16le')]),
    }),
  );
  return cases;
}
