import { describe, expect, it } from 'vitest';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parquetHeader } from 'hyparquet/src/column.js';
import { isPlainUtf8, readStringPageV2 } from '../../src/core/validate/parquet-strings.js';
import {
  chunkRange,
  flatReader,
  isFlatLeaf,
  readFlatColumn,
} from '../../src/core/validate/parquet-flat.js';

// The flat-column reader must yield exactly what hyparquet's general path yields, value for
// value, on every physical type, with and without nulls, dictionary or plain, one page or many,
// across row groups and codecs.
const N = 1000;
const UTF = [
  '',
  'ascii',
  'émû',
  '\ufeffbom',
  '😀 emoji',
  'a\u0000b',
  'y'.repeat(200),
  `é${'z'.repeat(150)}`,
];
const pick = <T>(i: number, xs: T[]): T => xs[i % xs.length] as T;
const nullEvery = <T>(k: number, f: (i: number) => T) =>
  Array.from({ length: N }, (_, i) => (i % k === 0 ? null : f(i)));

function columns(nullable: boolean) {
  const data = <T>(f: (i: number) => T) =>
    nullable ? nullEvery(7, f) : Array.from({ length: N }, (_, i) => f(i));
  return [
    { name: 'i32', type: 'INT32', data: data((i) => i * 3 - 500) },
    { name: 'i64', type: 'INT64', data: data((i) => BigInt(i) * 9007199254740993n) },
    { name: 'i64s', type: 'INT64', data: data((i) => BigInt(i - 500) * 4294967311n) },
    { name: 'dbl', type: 'DOUBLE', data: data((i) => i / 7) },
    { name: 'flt', type: 'FLOAT', data: data((i) => i / 4) },
    { name: 'bool', type: 'BOOLEAN', data: data((i) => i % 3 === 0) },
    { name: 'dict', type: 'STRING', data: data((i) => pick(i, ['cat', 'dog', 'émû'])) },
    { name: 'text', type: 'STRING', data: data((i) => `row ${i} ${'x'.repeat(i % 50)}`) },
    // Plain UTF-8 text: ASCII and not, a BOM, a NUL, the empty string, values over 127 bytes.
    { name: 'utf', type: 'STRING', data: data((i) => `${pick(i, UTF)}${i}`) },
    { name: 'ts', type: 'TIMESTAMP', data: data((i) => new Date(1_700_000_000_000 + i * 997)) },
  ].map((c) => ({ ...c, nullable }));
}

/** Integers as the validator sees them: a BigInt within ±2^53 is the same number as a double. */
const toJsonish = (v: unknown) =>
  typeof v === 'bigint' && v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v;

describe('readFlatColumn', () => {
  for (const codec of ['UNCOMPRESSED', 'SNAPPY'] as const)
    for (const nullable of [true, false])
      for (const pageSize of [1 << 20, 512])
        it(`${codec}, ${nullable ? 'nullable' : 'required'}, pages of ${pageSize} bytes`, async () => {
          const buffer = parquetWriteBuffer({
            columnData: columns(nullable),
            codec,
            pageSize,
            rowGroupSize: 300,
          } as unknown as Parameters<typeof parquetWriteBuffer>[0]);
          const metadata = parquetMetadata(buffer);
          const tree = parquetSchema(metadata);
          const expected = await parquetReadObjects({ file: buffer, metadata, compressors });
          let rowStart = 0;
          for (const group of metadata.row_groups) {
            const rows = Number(group.num_rows);
            for (const chunk of group.columns) {
              const m = chunk.meta_data;
              if (!m) throw new Error('no column metadata');
              const child = tree.children.find((c) => c.element.name === m.path_in_schema[0]);
              if (!child) throw new Error('no schema element');
              expect(isFlatLeaf([tree, child])).toBe(true);
              const { start, end } = chunkRange(m);
              const column = readFlatColumn(
                buffer.slice(start, end),
                {
                  pathInSchema: m.path_in_schema,
                  type: m.type,
                  element: child.element,
                  schemaPath: [tree, child],
                  codec: m.codec,
                  parsers: DEFAULT_PARSERS,
                  compressors,
                },
                rows,
              );
              const next = flatReader(column);
              const got = Array.from({ length: rows }, () => toJsonish(next()));
              const want = expected
                .slice(rowStart, rowStart + rows)
                .map((r) => toJsonish(r[child.element.name] ?? null));
              expect(got).toEqual(want);
            }
            rowStart += rows;
          }
          expect(rowStart).toBe(N);
        });
});

describe('readStringPageV2', () => {
  it('decodes plain UTF-8 pages as TextDecoder does, and only those', () => {
    for (const nullable of [true, false]) {
      const values = Array.from({ length: 300 }, (_, i) =>
        nullable && i % 7 === 0 ? null : `${pick(i, UTF)}${i}`,
      );
      const buffer = parquetWriteBuffer({
        columnData: [{ name: 'utf', type: 'STRING', data: values, nullable }],
        codec: 'SNAPPY',
      } as unknown as Parameters<typeof parquetWriteBuffer>[0]);
      const metadata = parquetMetadata(buffer);
      const tree = parquetSchema(metadata);
      const m = metadata.row_groups[0]?.columns[0]?.meta_data;
      const child = tree.children[0];
      if (!m || !child) throw new Error('no column');
      const decoder = {
        pathInSchema: m.path_in_schema,
        type: m.type,
        element: child.element,
        schemaPath: [tree, child],
        codec: m.codec,
        parsers: DEFAULT_PARSERS,
        compressors,
      };
      expect(isPlainUtf8(decoder)).toBe(true);
      expect(
        isPlainUtf8({ ...decoder, parsers: { ...DEFAULT_PARSERS, stringFromBytes: () => 'x' } }),
      ).toBe(false);
      const { start, end } = chunkRange(m);
      const bytes = buffer.slice(start, end);
      const reader = { view: new DataView(bytes), offset: 0 };
      const header = parquetHeader(reader);
      expect(header.type).toBe('DATA_PAGE_V2');
      const page = readStringPageV2(
        new Uint8Array(bytes, reader.offset, header.compressed_page_size),
        header,
        decoder,
        nullable,
      );
      // What hyparquet's stringFromBytes gives: TextDecoder drops a leading BOM, as here.
      const decoded = (v: string) => new TextDecoder().decode(new TextEncoder().encode(v));
      expect(page?.values).toEqual(values.filter((v) => v !== null).map(decoded));
      expect(page?.values).toContain('bom3');
      if (nullable) expect(page?.defs).toEqual(values.map((v) => (v === null ? 0 : 1)));
    }
  });
});
