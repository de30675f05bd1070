// Config files: depth, alias bombs, prototype keys, non-numbers, paths out of the workspace,
// titles and ids that try to become workflow commands, result folders that link out.
import { json } from '../payloads.js';
import type { FileSpec, HostileCase } from '../types.js';
import { bigFile, deep } from './gen.js';

const SCHEMA = json({ type: 'object', required: ['id'] });
const ROWS = '{"id":"a"}\n{"id":"b"}\n';
const BAD_ROWS = '{"id":"a"}\n{"x":1}\n';
const entry = (extra: string[] = [], data = 'data/ok.jsonl') =>
  [
    'version: 1',
    'validate:',
    '  - id: rows',
    '    schema: schema.json',
    `    data: ${data}`,
    ...extra.map((l) => `    ${l}`),
    '',
  ].join('\n');

interface C {
  name: string;
  expect: HostileCase['expect'];
  alsoOk?: HostileCase['expect'][];
  config: FileSpec;
  names?: string;
  extra?: Record<string, FileSpec>;
  args?: string[];
  action?: Record<string, string>;
}

const CONFIGS: C[] = [
  {
    name: 'deep-flow-10k',
    expect: 'bad-input',
    config: `version: 1\nx: ${deep(10_000, '[', '1', ']')}\n`,
  },
  {
    name: 'deep-json-10k',
    expect: 'bad-input',
    config: `{"version":1,"x":${deep(10_000, '{"a":', '1', '}')}}`,
  },
  {
    name: 'alias-bomb',
    expect: 'bad-input',
    config: [
      'version: 1',
      'a: &a [x,x,x,x,x,x,x,x,x,x]',
      ...Array.from({ length: 9 }, (_, i) => {
        const [p, n] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
        return `${n}: &${n} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`;
      }),
    ].join('\n'),
  },
  {
    name: 'proto-key',
    expect: 'bad-input',
    config: `${entry()}__proto__: { gate: { fail_on: never } }\n`,
    names: '__proto__',
  },
  {
    name: 'constructor-key',
    expect: 'bad-input',
    config: `${entry()}constructor: 1\n`,
    names: 'constructor',
  },
  {
    name: 'proto-in-entry',
    expect: 'fail',
    alsoOk: ['bad-input'],
    config: entry(['__proto__: { max_invalid_rows: "100%" }'], 'data/bad.jsonl'),
  },
  {
    name: 'max-invalid-nan',
    expect: 'bad-input',
    alsoOk: ['fail'],
    config: entry(['max_invalid_rows: .nan'], 'data/bad.jsonl'),
  },
  {
    name: 'max-invalid-inf',
    expect: 'bad-input',
    alsoOk: ['fail'],
    config: entry(['max_invalid_rows: .inf'], 'data/bad.jsonl'),
  },
  {
    name: 'max-invalid-negative',
    expect: 'bad-input',
    alsoOk: ['fail'],
    config: entry(['max_invalid_rows: -1'], 'data/bad.jsonl'),
  },
  {
    name: 'max-invalid-percent-nan',
    expect: 'bad-input',
    alsoOk: ['fail'],
    config: entry(['max_invalid_rows: "NaN%"'], 'data/bad.jsonl'),
  },
  {
    name: 'data-dotdot',
    expect: 'bad-input',
    config: entry([], '../outside/secret.jsonl'),
    names: 'secret.jsonl',
  },
  {
    name: 'data-absolute',
    expect: 'bad-input',
    config: entry([], '$OUTSIDE/secret.jsonl'),
    names: 'secret.jsonl',
  },
  {
    name: 'data-git-config',
    expect: 'bad-input',
    config: entry([], '.git/config'),
    names: '.git/config',
  },
  {
    name: 'data-glob-git',
    expect: 'bad-input',
    alsoOk: ['fail'],
    config: entry([], "'.git/**'"),
    names: '.git',
  },
  {
    name: 'schema-absolute',
    expect: 'bad-input',
    config: entry().replace('schema: schema.json', 'schema: $OUTSIDE/schema.json'),
    names: 'schema.json',
  },
  {
    name: 'config-72mb',
    expect: 'bad-input',
    alsoOk: ['pass'],
    config: bigFile(72 << 20, entry(), '# padding padding padding\n', ''),
  },
  {
    name: 'id-injection',
    expect: 'bad-input',
    config: entry().replace('id: rows', 'id: "x\\n::set-output name=passed::$INJ"'),
    names: 'id',
  },
  {
    name: 'title-injection',
    expect: 'fail',
    config: entry(
      ['title: "T\\n::set-output name=passed::$INJ\\r::add-mask::$INJ"'],
      'data/bad.jsonl',
    ),
    action: { comment: 'false' },
  },
  {
    name: 'results-dir-link-outside-cli',
    expect: 'bad-input',
    config: entry(),
    extra: { 'modelgate-results': { symlink: '$OUTSIDE/target' } },
    names: 'modelgate-results',
  },
  {
    name: 'results-dir-link-outside-action',
    expect: 'bad-input',
    config: entry(),
    extra: { 'modelgate-results': { symlink: '$OUTSIDE/target' } },
    names: 'modelgate-results',
    action: { comment: 'false' },
  },
  {
    name: 'results-dir-arg-dotdot',
    expect: 'bad-input',
    config: entry(),
    args: ['--results-dir', '../outside/target'],
    names: 'outside/target',
  },
  {
    name: 'results-dir-input-absolute',
    expect: 'bad-input',
    config: entry(),
    action: { comment: 'false', 'results-dir': '$OUTSIDE/target' },
    names: 'target',
  },
  {
    name: 'results-file-link-outside',
    expect: 'bad-input',
    config: entry(),
    extra: { 'modelgate-results/rows.json': { symlink: '$OUTSIDE/target/existing.json' } },
    names: 'rows.json',
  },
];

export function configCases(): HostileCase[] {
  return CONFIGS.map((c) => ({
    id: `config/${c.name}`,
    area: 'config' as const,
    expect: c.expect,
    ...(c.alsoOk ? { alsoOk: c.alsoOk } : {}),
    names: c.names ?? 'mg.yml',
    files: {
      'schema.json': SCHEMA,
      'data/ok.jsonl': ROWS,
      'data/bad.jsonl': BAD_ROWS,
      'mg.yml': c.config,
      ...c.extra,
    },
    run: c.action
      ? { action: 'run' as const, inputs: { config: 'mg.yml', ...c.action } }
      : { cli: ['run', '--config', 'mg.yml', ...(c.args ?? [])] },
  }));
}
