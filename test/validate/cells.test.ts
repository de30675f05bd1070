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

describe('strict CSV cell parser', () => {
  it('reads JSON-grammar numbers only', () => {
    for (const [cell, n] of [
      ['0', 0],
      ['-12', -12],
      ['3.25', 3.25],
      ['1e3', 1000],
      ['-0.5E-2', -0.005],
    ] as const) {
      expect(parseNumberCell(cell)).toBe(n);
    }
    for (const cell of [
      '0x10',
      'Infinity',
      '-Infinity',
      'NaN',
      '  ',
      ' 1',
      '1 ',
      '+1',
      '01',
      '1.',
      '.5',
      '1,5',
      '',
      '1e999',
      '١٢',
    ]) {
      expect(parseNumberCell(cell), cell).toBeUndefined();
    }
  });

  it('keeps text that is not a number as the string, so the schema reports the type', () => {
    expect(cast(['integer'], '0x10')).toBe('0x10');
    expect(cast(['number'], 'Infinity')).toBe('Infinity');
    expect(cast(['integer'], '  ')).toBe('  ');
    expect(cast(['integer'], '42')).toBe(42);
    expect(cast(['integer'], '1.5')).toBe(1.5); // the schema's integer check rejects it, with the value
  });

  it('turns "" into null only where null is allowed', () => {
    expect(cast(['number', 'null'], '')).toBeNull();
    expect(cast(['number'], '')).toBe('');
    expect(cast(['string'], '')).toBe('');
    expect(cast(['string', 'null'], '')).toBeNull();
  });

  it('reads booleans in lower case only, and only for boolean columns', () => {
    expect(cast(['boolean'], 'true')).toBe(true);
    expect(cast(['boolean'], 'false')).toBe(false);
    expect(cast(['boolean'], 'TRUE')).toBe('TRUE');
    expect(cast(['boolean'], '1')).toBe('1');
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
