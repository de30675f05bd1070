// Data files: deep and huge records, encodings, names and values that try to become workflow
// commands, odd CSV headers, globs through links and loops, dataset checks on hostile keys.
import { json } from '../payloads.js';
import type { HostileCase } from '../types.js';
import { bigFile, deep } from './gen.js';

const OBJECT = json({ type: 'object' });
const ID_SCHEMA = json({
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' } },
});
const ROWS = '{"id":"a","age":30}\n{"id":"b","age":41}\n';
const validateCli = (data: string, ...extra: string[]) => ({
  cli: ['validate', '--schema', 'schema.json', ...extra, data],
});
const withConfig = (entry: string[]) =>
  [
    'version: 1',
    'validate:',
    '  - id: rows',
    '    schema: schema.json',
    ...entry.map((l) => `    ${l}`),
    '',
  ].join('\n');

const INJECT_VALUES = [
  '\n::set-output name=passed::$INJ',
  '\r\n::add-mask::$INJ',
  '%0A::stop-commands::$INJ',
  '\n##[set-output name=passed;]$INJ',
  '\u2028::set-output name=passed::$INJ',
];

export function dataCases(): HostileCase[] {
  const cases: HostileCase[] = [
    {
      id: 'data/deep-value-20k',
      area: 'data',
      expect: 'bad-input',
      alsoOk: ['fail'],
      names: 'data/deep.jsonl',
      files: {
        'schema.json': ID_SCHEMA,
        'data/deep.jsonl': `{"id":"a","v":${deep(20_000, '[', '1', ']')}}\n`,
      },
      run: validateCli('data/deep.jsonl'),
    },
    {
      id: 'data/deep-value-20k-dataset-checks',
      area: 'data',
      expect: 'bad-input',
      alsoOk: ['fail'],
      names: 'data/deep.jsonl',
      files: {
        'schema.json': OBJECT,
        'data/deep.jsonl': `${ROWS}{"id":"c","v":${deep(20_000, '{"a":', '1', '}')}}\n`,
        'mg.yml': withConfig([
          'data: data/deep.jsonl',
          'expectations: { duplicates: true, columns: { id: { unique: true } } }',
        ]),
      },
      run: { cli: ['validate', '--config', 'mg.yml'] },
    },
    {
      id: 'data/deep-json-array-file',
      area: 'data',
      expect: 'bad-input',
      alsoOk: ['fail'],
      names: 'data/deep.json',
      files: { 'schema.json': OBJECT, 'data/deep.json': `[${deep(50_000, '[', '1', ']')}]` },
      run: validateCli('data/deep.json'),
    },
    {
      id: 'data/one-48mb-line',
      area: 'data',
      expect: 'pass',
      alsoOk: ['bad-input'],
      names: 'data/long.jsonl',
      files: {
        'schema.json': ID_SCHEMA,
        'data/long.jsonl': bigFile(48 << 20, '{"id":"', 'x', '"}\n'),
      },
      run: validateCli('data/long.jsonl'),
    },
    {
      id: 'data/csv-200k-columns',
      area: 'data',
      expect: 'pass',
      alsoOk: ['bad-input'],
      names: 'data/wide.csv',
      files: {
        'schema.json': OBJECT,
        'data/wide.csv': `${Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(199_999)}1\n`,
      },
      run: validateCli('data/wide.csv'),
    },
    {
      id: 'data/invalid-utf8',
      area: 'data',
      expect: 'bad-input',
      alsoOk: ['fail'],
      names: 'data/bad.jsonl',
      files: {
        'schema.json': ID_SCHEMA,
        'data/bad.jsonl': Buffer.from([
          0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d, 0x0a,
        ]),
      },
      run: validateCli('data/bad.jsonl'),
    },
    {
      id: 'data/nul-bytes',
      area: 'data',
      expect: 'bad-input',
      alsoOk: ['fail'],
      names: 'data/nul.jsonl',
      files: { 'schema.json': ID_SCHEMA, 'data/nul.jsonl': '{"id":"a"}\n\0\0\0\0\n{"id":"b"}\n' },
      run: validateCli('data/nul.jsonl'),
    },
    {
      id: 'data/directory-named-jsonl',
      area: 'data',
      expect: 'bad-input',
      names: 'data/dir.jsonl',
      files: { 'schema.json': OBJECT, 'data/dir.jsonl': { dir: true } },
      run: validateCli('data/dir.jsonl'),
    },
    {
      id: 'data/glob-matches-nothing',
      area: 'data',
      expect: 'bad-input',
      names: 'data/*.jsonl',
      files: { 'schema.json': OBJECT, 'data/x.txt': 'x' },
      run: validateCli('data/*.jsonl'),
    },
    {
      id: 'data/glob-through-dir-link-outside',
      area: 'data',
      expect: 'pass',
      alsoOk: ['bad-input'],
      names: 'data/sub',
      files: {
        'schema.json': ID_SCHEMA,
        'data/ok.jsonl': ROWS,
        'data/sub': { symlink: '$OUTSIDE/data' },
      },
      run: validateCli('data/**/*.jsonl'),
    },
    {
      id: 'data/glob-through-dir-link-outside-action',
      area: 'data',
      expect: 'pass',
      alsoOk: ['bad-input'],
      names: 'data/sub',
      files: {
        'schema.json': ID_SCHEMA,
        'data/ok.jsonl': ROWS,
        'data/sub': { symlink: '$OUTSIDE/data' },
      },
      run: { action: 'validate', inputs: { schema: 'schema.json', data: 'data/**/*.jsonl' } },
    },
    {
      id: 'data/glob-through-link-loop',
      area: 'data',
      expect: 'pass',
      alsoOk: ['bad-input'],
      names: 'data/loop',
      files: { 'schema.json': ID_SCHEMA, 'data/ok.jsonl': ROWS, 'data/loop': { symlink: '.' } },
      run: validateCli('data/**/*.jsonl'),
    },
    {
      id: 'data/glob-link-to-dev',
      area: 'data',
      expect: 'pass',
      alsoOk: ['bad-input'],
      names: 'data/dev',
      files: { 'schema.json': ID_SCHEMA, 'data/ok.jsonl': ROWS, 'data/dev': { symlink: '/dev' } },
      run: validateCli('data/**/*.jsonl'),
      timeoutMs: 10_000,
    },
    {
      id: 'data/glob-fifo-among-files',
      area: 'data',
      expect: 'bad-input',
      alsoOk: ['pass'],
      names: 'data/pipe.jsonl',
      files: { 'schema.json': ID_SCHEMA, 'data/ok.jsonl': ROWS, 'data/pipe.jsonl': { fifo: true } },
      run: validateCli('data/*.jsonl'),
      timeoutMs: 10_000,
    },
    {
      id: 'data/drift-reference-link-outside',
      area: 'data',
      expect: 'bad-input',
      names: 'ref/prod.jsonl',
      files: {
        'schema.json': OBJECT,
        'data/ok.jsonl': ROWS,
        'ref/prod.jsonl': { symlink: '$OUTSIDE/secret.jsonl' },
        'mg.yml': withConfig(['data: data/ok.jsonl', 'drift: { reference: ref/prod.jsonl }']),
      },
      run: { cli: ['validate', '--config', 'mg.yml'] },
    },
    {
      id: 'data/drift-reference-dotdot',
      area: 'data',
      expect: 'bad-input',
      names: 'secret.jsonl',
      files: {
        'schema.json': OBJECT,
        'data/ok.jsonl': ROWS,
        'mg.yml': withConfig([
          'data: data/ok.jsonl',
          'drift: { reference: ../outside/secret.jsonl }',
        ]),
      },
      run: { cli: ['validate', '--config', 'mg.yml'] },
    },
    {
      id: 'data/drift-reference-dev-zero',
      area: 'data',
      expect: 'bad-input',
      names: 'ref/prod.jsonl',
      files: {
        'schema.json': OBJECT,
        'data/ok.jsonl': ROWS,
        'ref/prod.jsonl': { symlink: '/dev/zero' },
        'mg.yml': withConfig(['data: data/ok.jsonl', 'drift: { reference: ref/prod.jsonl }']),
      },
      run: { cli: ['validate', '--config', 'mg.yml'] },
      timeoutMs: 10_000,
    },
    {
      id: 'data/ratchet-base-dir-link-outside',
      area: 'data',
      expect: 'bad-input',
      alsoOk: ['pass'],
      names: 'base',
      files: {
        'schema.json': ID_SCHEMA,
        'data/ok.jsonl': ROWS,
        base: { symlink: '$OUTSIDE' },
        'mg.yml': withConfig(['data: data/ok.jsonl', 'ratchet: { base_dir: base }']),
      },
      run: { cli: ['validate', '--config', 'mg.yml'] },
    },
    {
      id: 'data/csv-proto-constructor-header-unique',
      area: 'data',
      expect: 'fail',
      files: {
        'schema.json': OBJECT,
        'data/p.csv': '__proto__,constructor,toString\n1,2,3\n1,2,4\n',
        'mg.yml': withConfig([
          'data: data/p.csv',
          'expectations: { columns: { __proto__: { unique: true } } }',
        ]),
      },
      run: { cli: ['validate', '--config', 'mg.yml'] },
    },
    {
      id: 'data/jsonl-constructor-unique',
      area: 'data',
      expect: 'fail',
      files: {
        'schema.json': OBJECT,
        'data/p.jsonl': '{"constructor":"x"}\n{"constructor":"x"}\n',
        'mg.yml': withConfig([
          'data: data/p.jsonl',
          'expectations: { columns: { constructor: { unique: true } } }',
        ]),
      },
      run: { cli: ['validate', '--config', 'mg.yml'] },
    },
    {
      id: 'data/jsonl-hasownproperty-nulls',
      area: 'data',
      expect: 'fail',
      files: {
        'schema.json': OBJECT,
        'data/p.jsonl': '{"id":1}\n{"id":2}\n',
        'mg.yml': withConfig([
          'data: data/p.jsonl',
          'expectations: { columns: { hasOwnProperty: { max_null_share: 0 } } }',
        ]),
      },
      run: { cli: ['validate', '--config', 'mg.yml'] },
    },
    {
      id: 'data/jsonl-proto-distinct-not-duplicates',
      area: 'data',
      expect: 'pass',
      files: {
        'schema.json': OBJECT,
        'data/p.jsonl': '{"__proto__":{"a":1}}\n{"__proto__":{"a":2}}\n',
        'mg.yml': withConfig(['data: data/p.jsonl', 'expectations: { duplicates: true }']),
      },
      run: { cli: ['validate', '--config', 'mg.yml'] },
    },
    {
      id: 'data/jsonl-proto-duplicates',
      area: 'data',
      expect: 'fail',
      files: {
        'schema.json': OBJECT,
        'data/p.jsonl': '{"__proto__":{"a":1}}\n{"__proto__":{"a":1}}\n',
        'mg.yml': withConfig(['data: data/p.jsonl', 'expectations: { duplicates: true }']),
      },
      run: { cli: ['validate', '--config', 'mg.yml'] },
    },
  ];
  INJECT_VALUES.forEach((v, i) => {
    const bad = JSON.stringify({ id: 7, note: v });
    cases.push({
      id: `data/value-injection-${i}`,
      area: 'data',
      expect: 'fail',
      files: {
        'schema.json': ID_SCHEMA,
        'data/rows.jsonl': `${bad}\n{"${v.replace(/[\r\n\u2028"\\]/g, '')}":1}\n`,
      },
      run: { action: 'validate', inputs: { schema: 'schema.json', data: 'data/rows.jsonl' } },
    });
  });
  cases.push(
    {
      id: 'data/file-name-injection',
      area: 'data',
      expect: 'fail',
      files: {
        'schema.json': ID_SCHEMA,
        'data/x\n::set-output name=passed::$INJ.jsonl': '{"id":1}\n',
      },
      run: { action: 'validate', inputs: { schema: 'schema.json', data: 'data/*.jsonl' } },
    },
    {
      id: 'data/file-name-percent-injection',
      area: 'data',
      expect: 'fail',
      files: { 'schema.json': ID_SCHEMA, 'data/x%0A::add-mask::$INJ.jsonl': '{"id":1}\n' },
      run: { action: 'validate', inputs: { schema: 'schema.json', data: 'data/*.jsonl' } },
    },
    {
      id: 'data/file-name-injection-cli',
      area: 'data',
      expect: 'fail',
      files: {
        'schema.json': ID_SCHEMA,
        'data/x\n::set-output name=passed::$INJ.jsonl': '{"id":1}\n',
      },
      run: validateCli('data/*.jsonl'),
    },
  );
  return cases;
}
