import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Bool,
  DateDay,
  Dictionary,
  Field,
  Float64,
  Int64,
  Int32,
  List,
  RecordBatchFileWriter,
  Struct,
  Table,
  TimestampMillisecond,
  Uint64,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { readRecords, type RecordAt } from '../../src/core/data/records.js';
import { resolveData } from '../../src/core/validate/files.js';
import { loadSchemaBundle } from '../../src/core/validate/schema.js';

// Arrow IPC files as JSON values: the values below are what was written, by apache-arrow's own
// writer, in two record batches; the reader must give them back as a JSON writer of the same
// data would, located by row and batch.
const dir = mkdtempSync(join(tmpdir(), 'mg-arrow-'));
writeFileSync(join(dir, 's.json'), '{}');

/** Four rows, written as two record batches of two. */
function arrowFile(): Uint8Array {
  const t = new Table({
    id: vectorFromArray([0n, 9007199254740993n, 2n, 9007199254740993n], new Int64()),
    big: vectorFromArray([18446744073709551615n, null, 18446744073709551615n, null], new Uint64()),
    at: vectorFromArray(
      [Date.UTC(2024, 2, 1, 12, 0, 0, 123), null, Date.UTC(2024, 2, 1, 12, 0, 0, 123), null],
      new TimestampMillisecond(),
    ),
    day: vectorFromArray(
      [new Date(Date.UTC(2024, 1, 29)), null, new Date(Date.UTC(2024, 1, 29)), null],
      new DateDay(),
    ),
    tags: vectorFromArray(
      [['a', 'b'], null, ['a', 'b'], null],
      new List(new Field('item', new Utf8(), true)),
    ),
    point: vectorFromArray(
      [{ x: 1, y: 'p' }, null, { x: 1, y: 'p' }, null],
      new Struct([new Field('x', new Float64(), true), new Field('y', new Utf8(), true)]),
    ),
    label: vectorFromArray(['cat', 'dog', 'cat', 'dog'], new Dictionary(new Utf8(), new Int32())),
    ok: vectorFromArray([true, null, true, null], new Bool()),
  });
  const all = t.batches[0]!;
  return RecordBatchFileWriter.writeAll([all.slice(0, 2), all.slice(2, 4)]).toUint8Array(true);
}

const row0 = {
  id: 0,
  big: 18446744073709551615n,
  at: '2024-03-01T12:00:00.123Z',
  day: '2024-02-29',
  tags: ['a', 'b'],
  point: { x: 1, y: 'p' },
  label: 'cat',
  ok: true,
};
const row1 = {
  id: 9007199254740993n,
  big: null,
  at: null,
  day: null,
  tags: null,
  point: null,
  label: 'dog',
  ok: null,
};

async function read(name: string) {
  const { files, problems } = await resolveData([name], dir);
  expect(problems).toEqual([]);
  const bundle = await loadSchemaBundle('s.json', dir);
  const got: RecordAt[] = [];
  const out = await readRecords(files[0] as never, bundle, (r) => got.push(r), {
    maxRecordBytes: 1 << 20,
  });
  return { got, out };
}

describe('Arrow IPC files', () => {
  it('reads every record batch, values as JSON, located by row and batch', async () => {
    writeFileSync(join(dir, 'd.arrow'), arrowFile());
    writeFileSync(join(dir, 'd.feather'), arrowFile());
    for (const name of ['d.arrow', 'd.feather']) {
      const { got, out } = await read(name);
      expect(out.problems).toEqual([]);
      expect(got.map((r) => [r.line, r.record, r.rowGroup])).toEqual([
        [1, 0, 0],
        [2, 1, 0],
        [3, 2, 1],
        [4, 3, 1],
      ]);
      expect(got[0]!.value).toEqual(row0);
      expect(got[1]!.value).toEqual(row1);
      expect(got[2]!.value).toEqual({ ...row0, id: 2 });
      expect(got[3]!.value).toEqual(row1);
    }
  });

  it('a file that is not Arrow IPC is a problem naming it', async () => {
    writeFileSync(join(dir, 'bad.arrow'), 'not arrow at all\n');
    const { got, out } = await read('bad.arrow');
    expect(got).toEqual([]);
    expect(JSON.stringify(out)).toMatch(/not a readable Arrow IPC file/);
  });
});
