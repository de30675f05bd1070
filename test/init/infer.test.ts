import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parseCell } from '../../src/core/init/cell.js';
import { casterFor, type JsonType } from '../../src/core/validate/cells.js';
import {
  ENUM_MIN_VALUES,
  inferSchema,
  inferSchemaFromFile,
  type JsonSchema,
} from '../../src/core/init/infer.js';

const dir = 'test/fixtures/init';

function compile(schema: JsonSchema) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/**
 * The records of a fixture as the validate engine sees them: CSV cells cast by the engine's
 * own caster for the column types the inferred schema declares.
 */
function records(file: string, schema: JsonSchema): Array<Record<string, unknown>> {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  if (file.endsWith('.jsonl'))
    return text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  if (file.endsWith('.json')) return JSON.parse(text);
  const props = schema.properties as Record<string, JsonSchema>;
  const caster = (column: string) => {
    const t = props[column]?.type;
    return casterFor(new Set((Array.isArray(t) ? t : [t]) as JsonType[]));
  };
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return parsed.data.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, caster(k)(v)])),
  );
}

describe('inferred schemas validate their own sample and reject a wrong type', () => {
  test.each(['rows.jsonl', 'rows.csv', 'rows.json'])('%s', async (file) => {
    const inferred = await inferSchemaFromFile(`${dir}/${file}`);
    const rows = records(file, inferred.schema);
    expect(inferred.rows).toBe(rows.length);
    expect(inferred.truncated).toBe(false);
    const validate = compile(inferred.schema);
    for (const [i, row] of rows.entries()) {
      expect(validate(row), `row ${i + 1}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const bad = { ...rows[1], id: 'two' };
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/id', keyword: 'type' });
    expect(validate({ ...rows[1], surprise: 1 })).toBe(false);
  });
});

describe('what is inferred', () => {
  test('JSON Lines: types, nullable, optional keys, enums, formats, nested objects and arrays', async () => {
    const { schema, format } = await inferSchemaFromFile(`${dir}/rows.jsonl`);
    expect(format).toBe('jsonl');
    const p = schema.properties as Record<string, JsonSchema>;
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual([
      'id',
      'region',
      'score',
      'label',
      'created',
      'day',
      'text',
      'tags',
      'meta',
    ]);
    expect(p.id).toEqual({ type: 'integer' });
    expect(p.region).toEqual({ type: 'string', enum: ['apac', 'eu', 'us'] });
    expect(p.score).toEqual({ type: ['number', 'null'] });
    expect(p.label).toEqual({ type: 'boolean' });
    expect(p.created).toEqual({ type: 'string', format: 'date-time' });
    expect(p.day).toEqual({ type: 'string', format: 'date' });
    expect(p.text).toEqual({ type: 'string' });
    expect(p.note).toEqual({ type: 'string' }); // 6 values: too few for an enum
    expect(p.tags).toEqual({ type: 'array', items: { type: 'string', enum: ['a', 'b'] } });
    expect(p.meta).toEqual({
      type: 'object',
      properties: { source: { type: 'string', enum: ['api', 'web'] }, weight: { type: 'integer' } },
      required: ['source', 'weight'],
      additionalProperties: false,
    });
  });

  test('CSV: every column required, empty cell is null, strict numbers, quoted cells', async () => {
    const { schema, format, fields } = await inferSchemaFromFile(`${dir}/rows.csv`);
    expect(format).toBe('csv');
    const p = schema.properties as Record<string, JsonSchema>;
    expect(schema.required).toEqual([
      'id',
      'region',
      'score',
      'label',
      'day',
      'zip',
      'comment',
      'amount',
    ]);
    expect(p.id).toEqual({ type: 'integer' });
    expect(p.score).toEqual({ type: ['number', 'null'] });
    expect(p.label).toEqual({ type: 'boolean' });
    expect(p.day).toEqual({ type: 'string', format: 'date' });
    expect(p.zip).toEqual({ type: 'string' }); // leading zeros: not a number
    expect(p.comment).toEqual({ type: ['string', 'null'], enum: ['fine, "quoted"', 'ok', null] });
    expect(p.amount).toEqual({ type: 'number' }); // 1.0 is written as a decimal
    expect(fields.find((f) => f.name === 'comment')).toEqual({
      name: 'comment',
      type: 'string|null',
      required: true,
      enum: 3,
    });
  });

  test('JSON array', async () => {
    const { schema, format, rows } = await inferSchemaFromFile(`${dir}/rows.json`);
    expect(format).toBe('json');
    expect(rows).toBe(25);
    expect((schema.properties as Record<string, JsonSchema>).region).toEqual({
      type: 'string',
      enum: ['apac', 'eu', 'us'],
    });
  });

  test('at most maxRows records are read', async () => {
    const inferred = await inferSchemaFromFile(`${dir}/rows.csv`, { maxRows: 5 });
    expect(inferred.rows).toBe(5);
    expect(inferred.truncated).toBe(true);
    expect(inferred.schema.description).toMatch(/from the first 5 records/);
    const jsonl = await inferSchemaFromFile(`${dir}/rows.jsonl`, { maxRows: 3 });
    expect([jsonl.rows, jsonl.truncated]).toEqual([3, true]);
  });
});

describe('inference rules', () => {
  const props = (rs: Array<Record<string, unknown>>) =>
    inferSchema(rs).properties as Record<string, JsonSchema>;
  const repeat = (n: number, f: (i: number) => Record<string, unknown>) =>
    Array.from({ length: n }, (_, i) => f(i));

  test('enum needs enough values, few distinct ones, each repeated', () => {
    const three = ['a', 'b', 'c'];
    expect(props(repeat(ENUM_MIN_VALUES, (i) => ({ c: three[i % 3] }))).c?.enum).toEqual(three);
    expect(
      props(repeat(ENUM_MIN_VALUES - 1, (i) => ({ c: three[i % 3] }))).c?.enum,
    ).toBeUndefined();
    // One value seen once: probably free text.
    const once = repeat(30, (i) => ({ c: i === 0 ? 'rare' : three[i % 3] }));
    expect(props(once).c?.enum).toBeUndefined();
    // 21 distinct values, each twice: too many.
    expect(props(repeat(42, (i) => ({ c: `v${i % 21}` }))).c?.enum).toBeUndefined();
    // Mixed types never get an enum.
    expect(props(repeat(30, (i) => ({ c: i % 2 ? 'a' : 1 }))).c).toEqual({
      type: ['string', 'integer'],
    });
  });

  test('integer widens to number; null makes a type nullable; all-null allows anything', () => {
    const p = props([
      { n: 1, m: null, z: null },
      { n: 1.5, m: 'x', z: null },
    ]);
    expect(p.n).toEqual({ type: 'number' });
    expect(p.m).toEqual({ type: ['string', 'null'] });
    expect(p.z?.type).toBeUndefined();
  });

  test('required: only keys present in every record', () => {
    const s = inferSchema([{ a: 1, b: 2 }, { a: 3 }]);
    expect(s.required).toEqual(['a']);
  });

  test('formats only when every value matches strictly', () => {
    const p = props([
      {
        dt: '2024-01-01T00:00:00Z',
        d: '2024-02-29',
        bad: '2024-02-30',
        loose: '2024-01-01 10:00:00',
      },
      {
        dt: '2024-06-01T23:59:59.5+02:00',
        d: '2023-12-31',
        bad: '2024-01-01',
        loose: '2024-01-01 10:00:00',
      },
    ]);
    expect(p.dt).toEqual({ type: 'string', format: 'date-time' });
    expect(p.d).toEqual({ type: 'string', format: 'date' });
    expect(p.bad).toEqual({ type: 'string' }); // 30 February is not a date
    expect(p.loose).toEqual({ type: 'string' }); // no T, no zone
  });
});

test('CSV cells: numbers and booleans as writers write them, codes stay strings', () => {
  // Behaviour change: .5, 5., +1 and True/TRUE are numbers and booleans now (R, Excel, pandas).
  const types = (cells: string[]) => cells.map((c) => parseCell(c).type);
  expect(types(['', 'true', 'False', 'TRUE', '0', '-12', '007', '+1'])).toEqual([
    'null',
    'boolean',
    'boolean',
    'boolean',
    'integer',
    'integer',
    'string',
    'integer',
  ]);
  expect(
    types(['1.5', '-0.25', '1e-05', '1.0', '.5', '1.', '0x1F', 'Infinity', 'NaN', ' 1', '1e999']),
  ).toEqual([
    'number',
    'number',
    'number',
    'number',
    'number',
    'number',
    'string',
    'string',
    'string',
    'string',
    'string',
  ]);
  expect(types(['1_000', '1,000', 'inf', 'yes', '00.5'])).toEqual(Array(5).fill('string'));
  expect(parseCell('-0.25').value).toBe(-0.25);
  expect(parseCell('.097').value).toBe(0.097);
});

describe('CSV columns as real files write them', () => {
  const inferCsv = async (content: string) => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = `${mkdtempSync(`${tmpdir()}/mg-infer-`)}/rates.tsv`;
    writeFileSync(path, content);
    return (await inferSchemaFromFile(path)).schema.properties as Record<string, JsonSchema>;
  };

  test('a rate column written .097 is a number column', async () => {
    const rows = ['state\trate', ...Array.from({ length: 30 }, (_, i) => `s${i}\t.${100 + i}`)];
    const p = await inferCsv(rows.join('\n') + '\n');
    expect(p.rate).toEqual({ type: 'number' });
  });

  test('a sample reads as validate reads it: BOM, mixed CRLF and LF, a quoted newline', async () => {
    // One CRLF row in an LF file once left "y\r" in the last cell.
    const p = await inferCsv('\ufeffname\tn\r\nx\t1\n"a\nb"\t2\r\ny\t3\n');
    expect(Object.keys(p)).toEqual(['name', 'n']);
    expect(p.n).toEqual({ type: 'integer' });
    expect(p.name).toEqual({ type: 'string' });
  });

  test('codes that look like numbers (0E0, 1E5) next to other codes make a string column', async () => {
    const codes = ['0E0', '1E5', 'A12', '2E3', 'B07'];
    const rows = ['code\tn', ...Array.from({ length: 40 }, (_, i) => `${codes[i % 5]}\t${i}`)];
    const p = await inferCsv(rows.join('\n') + '\n');
    expect(p.code).toEqual({ type: 'string', enum: ['0E0', '1E5', '2E3', 'A12', 'B07'] });
    expect(p.n).toEqual({ type: 'integer' });
  });
});

describe('bad samples are reported with file and place', () => {
  const errorOf = async (name: string, content: string) => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = `${mkdtempSync(`${tmpdir()}/mg-infer-`)}/${name}`;
    writeFileSync(path, content);
    return inferSchemaFromFile(path).then(
      () => 'no error',
      (e: Error) => e.message.slice(path.length),
    );
  };
  test.each([
    // The messages are validate's: init reads samples through the same readers.
    ['a.jsonl', '{"a":1}\n{"a":\n', ':2: invalid JSON'],
    ['a.jsonl', '{"a":1}\n[1]\n', ':2: expected a JSON object per record'],
    ['a.json', '[{"a":1},\n[1]]', ':2: expected a JSON object per record'],
    ['a.json', '[{"a":1},{"a":', ":1: the file ends inside the array (no closing ']')"],
    ['a.csv', 'a,b\n1,2\n3\n', ':3: record has 1 field, the header has 2'],
    ['a.csv', 'a,a\n1,2\n', ':1: header row: duplicate column "a" (columns 1 and 2)'],
    ['a.csv', '', ':1: file is empty: a header row is required'],
    ['a.csv', 'a,b\n', ': no records to infer a schema from'],
    ['a.txt', 'x', ': cannot tell the format from the extension'],
  ])('%s %j', async (name, content, expected) => {
    expect(await errorOf(name, content)).toMatch(
      new RegExp('^' + expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
  });
});
