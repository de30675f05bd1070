import { describe, expect, it } from 'vitest';
import {
  casterFor,
  columnTypes,
  parseNumberCell,
  type JsonType,
} from '../../src/core/validate/cells.js';
import { loadSchemaBundle } from '../../src/core/validate/schema.js';
import { FIXTURES, workspace } from './helpers.js';

const cast = (types: JsonType[], cell: string) => casterFor(new Set(types))(cell);

describe('CSV cell parser', () => {
  // Behaviour change: the forms R, Excel and pandas write (.5, 5., +1, True, TRUE) are read now.
  it('reads numbers as writers write them', () => {
    for (const [cell, n] of [
      ['0', 0],
      ['-12', -12],
      ['3.25', 3.25],
      ['1e3', 1000],
      ['-0.5E-2', -0.005],
      ['.5', 0.5],
      ['-.5', -0.5],
      ['5.', 5],
      ['+3', 3],
      ['01', 1],
      ['.097', 0.097],
    ] as const) {
      expect(parseNumberCell(cell), cell).toBe(n);
    }
    for (const cell of [
      '0x10',
      '0x1F',
      '1_000',
      '1,000',
      'Infinity',
      '-Infinity',
      'NaN',
      'nan',
      'inf',
      '  ',
      ' 1',
      '1 ',
      '.',
      '+',
      '1,5',
      '',
      '1e999',
      '١٢',
    ]) {
      expect(parseNumberCell(cell), cell).toBeUndefined();
    }
  });

  it('reads decimal commas when the dialect says so, and then no decimal points', () => {
    expect(parseNumberCell('1,5', ',')).toBe(1.5);
    expect(parseNumberCell(',5', ',')).toBe(0.5);
    expect(parseNumberCell('-3,25e2', ',')).toBe(-325);
    expect(parseNumberCell('1.5', ',')).toBeUndefined();
    expect(parseNumberCell('1.000,5', ',')).toBeUndefined();
  });

  it('keeps integers beyond 2^53 exact', () => {
    expect(parseNumberCell('9007199254740993')).toBe(9007199254740993n);
    expect(parseNumberCell('-12345678901234567890')).toBe(-12345678901234567890n);
    expect(parseNumberCell('9007199254740992')).toBe(9007199254740992); // a double exactly
    expect(parseNumberCell('9007199254740993.0')).toBe(9007199254740992); // not an integer token
  });

  it('keeps text that is not a number as the string, so the schema reports the type', () => {
    expect(cast(['integer'], '0x10')).toBe('0x10');
    expect(cast(['number'], 'Infinity')).toBe('Infinity');
    expect(cast(['integer'], '  ')).toBe('  ');
    expect(cast(['integer'], '42')).toBe(42);
    expect(cast(['integer'], '1.5')).toBe(1.5); // the schema's integer check rejects it, with the value
  });

  it('keeps leading-zero codes as strings where the column may hold a string', () => {
    expect(cast(['string', 'integer'], '007')).toBe('007');
    expect(cast(['string', 'integer'], '7')).toBe(7);
    expect(cast(['integer'], '007')).toBe(7);
  });

  it('reads the null tokens the file declares, only where null is allowed', () => {
    const caster = casterFor(new Set<JsonType>(['number', 'null']), { nullValues: ['NA', ''] });
    expect(caster('NA')).toBeNull();
    expect(caster('')).toBeNull();
    expect(caster('N/A')).toBe('N/A');
    const noEmpty = casterFor(new Set<JsonType>(['string', 'null']), { nullValues: ['NULL'] });
    expect(noEmpty('')).toBe('');
    expect(noEmpty('NULL')).toBeNull();
    expect(casterFor(new Set<JsonType>(['number']), { nullValues: ['NA'] })('NA')).toBe('NA');
  });

  it('turns "" into null only where null is allowed', () => {
    expect(cast(['number', 'null'], '')).toBeNull();
    expect(cast(['number'], '')).toBe('');
    expect(cast(['string'], '')).toBe('');
    expect(cast(['string', 'null'], '')).toBeNull();
  });

  it('reads the common boolean spellings, only for boolean columns', () => {
    expect(cast(['boolean'], 'true')).toBe(true);
    expect(cast(['boolean'], 'false')).toBe(false);
    expect(cast(['boolean'], 'TRUE')).toBe(true);
    expect(cast(['boolean'], 'False')).toBe(false);
    expect(cast(['boolean'], '1')).toBe('1');
    expect(cast(['boolean'], 'yes')).toBe('yes');
    expect(cast(['boolean'], 'tRUE')).toBe('tRUE');
    expect(cast(['string'], 'true')).toBe('true');
  });

  it('leaves string columns and untyped columns alone', () => {
    expect(cast(['string'], '007')).toBe('007');
    expect(casterFor(undefined)('12')).toBe('12');
  });

  it('parses JSON cells in object and array columns', () => {
    expect(cast(['array'], '[1,2]')).toEqual([1, 2]);
    expect(cast(['object'], '{"a":1}')).toEqual({ a: 1 });
    expect(cast(['object'], '{oops')).toBe('{oops');
  });

  it('takes column types from type, enum, const, anyOf and $ref, locally and across files', async () => {
    const b = await loadSchemaBundle('row.schema.json', FIXTURES);
    const t = columnTypes(b, ['id', 'label', 'weight', 'verified', 'unknown']);
    expect(t.map((s) => (s ? [...s].sort() : undefined))).toEqual([
      ['integer'],
      ['string'],
      ['null', 'number'],
      ['boolean'],
      undefined,
    ]);
    const ref = await loadSchemaBundle('with-ref.schema.json', FIXTURES);
    expect(columnTypes(ref, ['id', 'label']).map((s) => (s ? [...s] : undefined))).toEqual([
      ['integer'],
      ['string'],
    ]);
    const dir = workspace({
      's.json': JSON.stringify({
        type: 'object',
        properties: {
          a: { anyOf: [{ type: 'integer' }, { const: null }] },
          b: { $ref: '#/$defs/b' },
        },
        $defs: { b: { enum: [true, 'x'] } },
      }),
    });
    const local = await loadSchemaBundle('s.json', dir);
    expect(columnTypes(local, ['a', 'b']).map((s) => (s ? [...s].sort() : undefined))).toEqual([
      ['integer', 'null'],
      ['boolean', 'string'],
    ]);
  });
});
