import { describe, expect, it } from 'vitest';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { parquetWriteBuffer } from 'hyparquet-writer';
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
