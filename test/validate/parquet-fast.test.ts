import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { gateFile } from '../../src/core/files/workspace.js';
import {
  compileBundle,
  loadSchemaBundle,
  subschemaCompiler,
} from '../../src/core/validate/schema.js';
import { columnPlan } from '../../src/core/validate/column-plan.js';
import { rowsToCheck } from '../../src/core/validate/parquet-fast.js';
import {
  decodeParquetGroup,
  parquetRowGroups,
  validateParquetRows,
} from '../../src/core/validate/parquet.js';

// The column-wise check (column-plan.ts, parquet-fast.ts) lets rows it proves valid skip the
// whole-schema validator. Its results must be the general path's, exactly: same invalid counts,
// same groups, same samples (row, value, message). Here both run on one file with violations in
// every column kind (plain and dictionary strings, integers, doubles with NaN, booleans, exact
// 64-bit integers beyond 2^53, millisecond timestamps, nulls), many small pages and 3 row groups.
const N = 3000;
const at = (i: number, every: number, offset = 0) => i % every === offset;

function columnData() {
  const data = <T>(f: (i: number) => T) => Array.from({ length: N }, (_, i) => f(i));
  return [
    {
      name: 'id',
      type: 'INT64',
      data: data((i) =>
        at(i, 1000, 17) ? 9007199254740993n + BigInt(i) : BigInt(at(i, 701) ? 0 : i + 1),
      ),
    },
    { name: 'qty', type: 'INT32', data: data((i) => (at(i, 50) ? null : i % 200)), nullable: true },
    {
      name: 'score',
      type: 'DOUBLE',
      data: data((i) => (at(i, 613) ? 1.5 : at(i, 997) ? NaN : (i % 100) / 100)),
    },
    {
      name: 'flag',
      type: 'BOOLEAN',
      data: data((i) => (at(i, 97) ? null : i % 3 === 0)),
      nullable: true,
    },
    {
      name: 'label',
      type: 'STRING',
      data: data((i) =>
        at(i, 89) ? null : ['cat', 'dog', 'bird', at(i, 5) ? 'horse' : 'cat'][i % 4],
      ),
      nullable: true,
    },
    {
      name: 'code',
      type: 'STRING',
      data: data((i) =>
        at(i, 211) ? `XX-${i}` : `${'abcdefghij'[i % 10]}q-${String(i % 1000).padStart(3, '0')}`,
      ),
    },
    {
      name: 'note',
      type: 'STRING',
      // Lengths in characters, as JSON Schema counts them: a surrogate pair is one.
      data: data((i) => {
        if (at(i, 41)) return '😀😀😀😀😀😀';
        if (at(i, 43)) return 'a';
        if (at(i, 47)) return '\ud800';
        if (at(i, 67)) return 'abcdef';
        return ['ab', '😀😀😀😀😀', 'é😀', `n${i % 7}`, '\ud800\ud800'][i % 5];
      }),
    },
    {
      name: 'ts',
      type: 'TIMESTAMP',
      data: data((i) => (at(i, 59) ? null : new Date(1_700_000_000_000 + i * 86_399_997))),
      nullable: true,
    },
    {
      name: 'ts2',
      type: 'TIMESTAMP',
      data: data(
        (i) => new Date(at(i, 331) ? 1_710_000_000_000 : 1_672_600_000_000 + i * 9_999_999),
      ),
    },
    {
      name: 'extra',
      type: 'STRING',
      data: data((i) => ['x', 'yy', at(i, 53) ? 'zzzz' : 'zz'][i % 3]),
    },
  ];
}

const PROPERTIES = {
  id: { type: 'integer', minimum: 1 },
  qty: { type: ['integer', 'null'], minimum: 0, maximum: 190, multipleOf: 1 },
  score: { type: 'number', exclusiveMinimum: -1, maximum: 1 },
  flag: { type: 'boolean' },
  label: { enum: ['cat', 'dog', 'bird'] },
  code: { type: 'string', pattern: '^[a-z]q-\\d{3}$' },
  note: { type: 'string', minLength: 2, maxLength: 5 },
  ts: { type: 'string', format: 'date-time', title: 'made by the reader: valid by construction' },
  ts2: { type: 'string', format: 'date-time', pattern: '^2023-' },
};
const ALL = Object.keys(PROPERTIES);

/** Schemas that do and do not split into columns, each with its expectation. */
const SCHEMAS: Array<{ name: string; schema: Record<string, unknown>; columnWise: boolean }> = [
  {
    name: 'additionalProperties as a schema',
    schema: {
      type: 'object',
      required: ALL,
      properties: PROPERTIES,
      additionalProperties: { maxLength: 3 },
    },
    columnWise: true,
  },
  {
    name: 'draft-07, no additionalProperties',
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      required: ['id'],
      properties: PROPERTIES,
    },
    columnWise: true,
  },
  {
    name: 'a required column the file lacks',
    schema: { type: 'object', required: [...ALL, 'missing'], properties: PROPERTIES },
    columnWise: false,
  },
  {
    name: 'additionalProperties: false with a column not in properties',
    schema: { type: 'object', properties: PROPERTIES, additionalProperties: false },
    columnWise: false,
  },
  {
    name: 'a $ref in a property',
    schema: {
      type: 'object',
      $defs: { positive: { type: 'integer', minimum: 1 } },
      properties: { ...PROPERTIES, id: { $ref: '#/$defs/positive' } },
    },
    columnWise: false,
  },
  {
    name: 'a root keyword across columns',
    schema: { type: 'object', properties: PROPERTIES, minProperties: 3 },
    columnWise: false,
  },
];

describe('column-wise check of Parquet row groups', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mg-parquet-fast-'));
  const file = join(dir, 'rows.parquet');
  writeFileSync(
    file,
    new Uint8Array(
      parquetWriteBuffer({
        columnData: columnData(),
        codec: 'SNAPPY',
        pageSize: 512,
        rowGroupSize: 1000,
      } as unknown as Parameters<typeof parquetWriteBuffer>[0]),
    ),
  );
  const parquet = { path: file, gate: gateFile(dir, file, 'data file') };

  for (const { name, schema, columnWise } of SCHEMAS)
    it(`gives the general path's results: ${name}`, async () => {
      writeFileSync(join(dir, 'schema.json'), JSON.stringify(schema));
      const bundle = await loadSchemaBundle('schema.json', dir);
      const v = {
        fast: await compileBundle(bundle, false),
        full: await compileBundle(bundle, true),
      };
      const plan = columnPlan(bundle.root, await subschemaCompiler(bundle));
      expect(plan !== undefined).toBe(!(name === 'a root keyword across columns'));
      const { groups } = await parquetRowGroups(parquet);
      expect(groups).toHaveLength(3);
      const keywords = new Set<string>();
      let invalid = 0;
      for (const group of groups) {
        const general = validateParquetRows(
          await decodeParquetGroup(parquet, group),
          group,
          v,
          1000,
        );
        const decoded = await decodeParquetGroup(parquet, group);
        const fast = validateParquetRows(decoded, group, v, 1000, plan);
        expect(fast).toEqual(general);
        if (!('problem' in decoded) && plan) {
          const check = rowsToCheck(plan, decoded.names, decoded.sources, group.rows);
          expect(check !== undefined).toBe(columnWise);
          // Every invalid row was flagged; most valid rows were not.
          if (check) {
            const flagged = check.reduce((n, x) => n + x, 0);
            expect(flagged).toBeGreaterThanOrEqual(general.invalidRows);
            expect(flagged).toBeLessThan(group.rows);
            for (const g of general.groups)
              for (const s of g.samples) expect(check[s.line - 1]).toBe(1);
          }
        }
        for (const g of general.groups) keywords.add(g.schemaPath);
        invalid += general.invalidRows;
      }
      expect(invalid).toBeGreaterThan(0);
      if (columnWise) {
        // A violation in every column kind, so each was checked column-wise and found.
        for (const path of [
          'properties/id/minimum',
          'properties/qty/maximum',
          'properties/score/maximum',
          'properties/score/type',
          'properties/flag/type',
          'properties/label/enum',
          'properties/code/pattern',
          'properties/note/minLength',
          'properties/note/maxLength',
          'properties/ts/type',
          'properties/ts2/pattern',
        ])
          expect([...keywords].some((k) => k.endsWith(path))).toBe(true);
      }
    });
});
