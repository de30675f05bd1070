// Schemas: recursion through $ref, depth, references out of the workspace, property names that
// are also Object.prototype's, $dynamicRef, patterns that could backtrack forever.
import { json } from '../payloads.js';
import type { FileSpec, HostileCase } from '../types.js';
import { bigFile, deep, deepObject } from './gen.js';

const ROWS = '{"id":"a"}\n{"id":"b"}\n';
const D2020 = 'https://json-schema.org/draft/2020-12/schema';

interface S {
  name: string;
  expect: HostileCase['expect'];
  alsoOk?: HostileCase['expect'][];
  schema: FileSpec;
  rows?: string;
  extra?: Record<string, FileSpec>;
  names?: string;
  timeoutMs?: number;
}

const deepProperties = (n: number) =>
  deep(n, '{"type":"object","properties":{"a":', '{"type":"string"}', '}}');

// 2020-12's own $dynamicRef example: a tree whose strict variant refuses unknown properties.
const STRICT_TREE = json({
  $schema: D2020,
  $id: 'https://example.com/strict-tree',
  $dynamicAnchor: 'node',
  $ref: 'tree',
  unevaluatedProperties: false,
  $defs: {
    tree: {
      $id: 'https://example.com/tree',
      $dynamicAnchor: 'node',
      type: 'object',
      properties: { data: true, children: { type: 'array', items: { $dynamicRef: '#node' } } },
    },
  },
});

const SCHEMAS: S[] = [
  { name: 'ref-self-root', expect: 'bad-input', schema: json({ $ref: '#' }) },
  {
    name: 'ref-two-file-loop',
    expect: 'bad-input',
    schema: json({ $ref: 'b.json' }),
    extra: { 'schemas/b.json': json({ $ref: 'schema.json' }) },
  },
  {
    name: 'ref-defs-loop',
    expect: 'bad-input',
    schema: json({
      $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } },
      $ref: '#/$defs/a',
    }),
  },
  {
    name: 'deep-properties-5000',
    expect: 'bad-input',
    alsoOk: ['pass'],
    schema: deepProperties(5000),
  },
  {
    name: 'deep-allOf-5000',
    expect: 'bad-input',
    alsoOk: ['pass'],
    schema: deep(5000, '{"allOf":[', '{"type":"object"}', ']}'),
  },
  { name: 'deep-json-array-50k', expect: 'bad-input', schema: deep(50_000, '[', '1', ']') },
  {
    name: 'ref-chain-3000',
    expect: 'bad-input',
    alsoOk: ['pass'],
    schema: json({
      $defs: Object.fromEntries(
        Array.from({ length: 3000 }, (_, i) => [
          `d${i}`,
          i === 2999 ? { type: 'object' } : { $ref: `#/$defs/d${i + 1}` },
        ]),
      ),
      $ref: '#/$defs/d0',
    }),
  },
  {
    name: 'ref-dotdot-outside',
    expect: 'bad-input',
    names: 'schema.json',
    schema: json({ $ref: '../../outside/schema.json' }),
  },
  {
    name: 'ref-absolute-outside',
    expect: 'bad-input',
    names: 'schema.json',
    schema: json({ $ref: '$OUTSIDE/schema.json' }),
  },
  {
    name: 'ref-file-url',
    expect: 'bad-input',
    names: 'schema.json',
    schema: json({ $ref: 'file://$OUTSIDE/schema.json' }),
  },
  {
    name: 'ref-git-config',
    expect: 'bad-input',
    names: '.git/config',
    schema: json({ $ref: '../.git/config' }),
  },
  {
    name: 'ref-link-outside',
    expect: 'bad-input',
    names: 'defs.json',
    schema: json({ $ref: 'defs.json' }),
    extra: { 'schemas/defs.json': { symlink: '$OUTSIDE/schema.json' } },
  },
  {
    name: 'ref-link-dev-zero',
    expect: 'bad-input',
    names: 'defs.json',
    schema: json({ $ref: 'defs.json' }),
    extra: { 'schemas/defs.json': { symlink: '/dev/zero' } },
    timeoutMs: 10_000,
  },
  {
    name: 'ref-fifo',
    expect: 'bad-input',
    names: 'defs.json',
    schema: json({ $ref: 'defs.json' }),
    extra: { 'schemas/defs.json': { fifo: true } },
    timeoutMs: 10_000,
  },
  {
    name: 'id-file-base',
    expect: 'bad-input',
    names: 'schema.json',
    schema: json({ $id: 'file://$OUTSIDE/', $ref: 'schema.json' }),
  },
  {
    name: 'ref-remote',
    expect: 'bad-input',
    names: 'schema.json',
    schema: json({ $ref: 'https://example.com/s.json' }),
  },
  {
    name: 'unknown-meta-schema',
    expect: 'bad-input',
    names: 'schema.json',
    schema: json({ $schema: 'https://evil.example/meta', type: 'object' }),
  },
  {
    name: 'required-constructor',
    expect: 'fail',
    schema: json({ type: 'object', required: ['constructor'] }),
  },
  {
    name: 'required-proto-toString',
    expect: 'fail',
    schema: json({ type: 'object', required: ['__proto__', 'toString'] }),
  },
  {
    name: 'required-hasOwnProperty',
    expect: 'fail',
    schema: json({ type: 'object', required: ['hasOwnProperty'] }),
  },
  {
    name: 'optional-constructor-typed-valid',
    expect: 'pass',
    schema: json({
      type: 'object',
      properties: { constructor: { type: 'string' }, toString: { type: 'integer' } },
    }),
    rows: '{"id":"a","constructor":"x","toString":1}\n{"id":"b"}\n',
  },
  {
    name: 'proto-property-typed-invalid',
    expect: 'fail',
    // As JSON text: in a JS object literal `__proto__:` sets the prototype and writes no key.
    schema: '{"type":"object","properties":{"__proto__":{"type":"integer"}}}',
    rows: '{"__proto__":"x"}\n',
  },
  {
    name: 'additional-properties-false-proto',
    expect: 'fail',
    schema: json({
      type: 'object',
      properties: { id: { type: 'string' } },
      additionalProperties: false,
    }),
    rows: '{"id":"a","__proto__":{"x":1}}\n',
  },
  {
    name: 'dynamic-ref-valid',
    expect: 'pass',
    alsoOk: ['bad-input'],
    schema: STRICT_TREE,
    rows: '{"data":1,"children":[{"data":2,"children":[]}]}\n',
  },
  {
    name: 'dynamic-ref-invalid',
    expect: 'fail',
    alsoOk: ['bad-input'],
    schema: STRICT_TREE,
    rows: '{"children":[{"daat":1}]}\n',
  },
  {
    name: 'pattern-catastrophic-backtracking',
    expect: 'fail',
    schema: json({ type: 'object', properties: { id: { type: 'string', pattern: '^(a+)+$' } } }),
    rows: `{"id":"${'a'.repeat(5000)}!"}\n`,
  },
  {
    name: 'pattern-backreference',
    expect: 'bad-input',
    names: 'schema.json',
    schema: json({ type: 'object', properties: { id: { type: 'string', pattern: '^(a)\\1$' } } }),
  },
  { name: 'false-schema', expect: 'fail', schema: 'false' },
  { name: 'not-json', expect: 'bad-input', names: 'schema.json', schema: '{"type": "object",' },
  {
    name: 'enum-400k-values',
    expect: 'pass',
    alsoOk: ['bad-input'],
    schema: json({
      type: 'object',
      properties: {
        id: { enum: Array.from({ length: 400_000 }, (_, i) => `v${i}`).concat(['a', 'b']) },
      },
    }),
  },
  {
    name: 'schema-70mb',
    expect: 'bad-input',
    alsoOk: ['pass'],
    names: 'schema.json',
    schema: bigFile(70 << 20, '{"type":"object","description":"', 'x', '"}'),
  },
  {
    name: 'deep-object-value-in-const',
    expect: 'bad-input',
    alsoOk: ['fail'],
    schema: `{"const":${deepObject(20_000, 'a', '1')}}`,
  },
];

export function schemaCases(): HostileCase[] {
  return SCHEMAS.map((s) => ({
    id: `schema/${s.name}`,
    area: 'schema' as const,
    expect: s.expect,
    ...(s.alsoOk ? { alsoOk: s.alsoOk } : {}),
    names: s.names ?? 'schemas/schema.json',
    files: { 'schemas/schema.json': s.schema, 'data/rows.jsonl': s.rows ?? ROWS, ...s.extra },
    run: { cli: ['validate', '--schema', 'schemas/schema.json', 'data/rows.jsonl'] },
    ...(s.timeoutMs ? { timeoutMs: s.timeoutMs } : {}),
  }));
}
