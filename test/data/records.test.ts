import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parquetWriteFile } from 'hyparquet-writer';
import { readRecords, type RecordAt } from '../../src/core/data/records.js';
import { resolveData } from '../../src/core/validate/files.js';
import { loadSchemaBundle } from '../../src/core/validate/schema.js';

// The record source reads any format the same way: every record once, in order, located; and a
// file cut into byte ranges on record boundaries (or Parquet row groups) reads, range by range,
// exactly the records of the whole file.
const N = 50;
const rows = Array.from({ length: N }, (_, i) => ({ id: i + 1, name: `n${i}`, ok: i % 2 === 0 }));
const dir = mkdtempSync(join(tmpdir(), 'mg-records-'));
// CSV cells are typed from the schema.
writeFileSync(
  join(dir, 's.json'),
  JSON.stringify({
    properties: { id: { type: 'integer' }, name: { type: 'string' }, ok: { type: 'boolean' } },
  }),
);
const jsonl = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(join(dir, 'd.jsonl'), jsonl);
const csv = 'id,name,ok\n' + rows.map((r) => `${r.id},${r.name},${r.ok}`).join('\n') + '\n';
writeFileSync(join(dir, 'd.csv'), csv);
writeFileSync(
  join(dir, 'd.json'),
  '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n',
);

async function read(name: string, range?: Parameters<typeof readRecords>[3]['range']) {
  const { files, problems } = await resolveData([name], dir);
  expect(problems).toEqual([]);
  const bundle = await loadSchemaBundle('s.json', dir);
  const got: RecordAt[] = [];
  const out = await readRecords(files[0] as never, bundle, (r) => got.push(r), {
    maxRecordBytes: 1 << 20,
    chunkBytes: 64,
    ...(range ? { range } : {}),
  });
  expect(out.problems).toEqual([]);
  expect(out.rows).toBe(got.length);
  return got;
}

/** Offsets just after each newline: where a record starts. */
const boundaries = (text: string) =>
  [...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1).filter((o) => o < text.length);

describe('readRecords', () => {
  it('reads every format whole, in order, with lines', async () => {
    const j = await read('d.jsonl');
    expect(j.map((r) => r.value)).toEqual(rows);
    expect(j.map((r) => r.line)).toEqual(rows.map((_, i) => i + 1));
    const c = await read('d.csv');
    expect(c.map((r) => r.value)).toEqual(rows);
    expect(c.map((r) => r.line)).toEqual(rows.map((_, i) => i + 2)); // after the header
    const a = await read('d.json');
    expect(a.map((r) => r.value)).toEqual(rows);
    expect(a.map((r) => r.line)).toEqual(rows.map((_, i) => i + 2)); // after the [
  });

  for (const [name, text] of [
    ['d.jsonl', jsonl],
    ['d.csv', csv],
  ] as const)
    it(`${name}: ranges on record boundaries read the whole file, once, at its lines`, async () => {
      const whole = await read(name);
      const cuts = boundaries(text).filter((_, i) => i % 7 === 3);
      const edges = [0, ...cuts, Buffer.byteLength(text)];
      const parts: RecordAt[] = [];
      for (let i = 0; i + 1 < edges.length; i++) {
        const offset = edges[i] as number;
        // The lines before the range, as the shard planner counts them.
        const lines = text.slice(0, offset).split('\n').length - 1;
        const got = await read(name, { start: { offset, lines }, end: edges[i + 1] as number });
        expect(got.length).toBeGreaterThan(0);
        parts.push(...got);
      }
      expect(parts.map((r) => r.value)).toEqual(rows);
      expect(parts.map((r) => r.line)).toEqual(whole.map((r) => r.line));
    });

  it('Parquet: row groups, rows located in the file', async () => {
    await parquetWriteFile({
      filename: join(dir, 'd.parquet'),
      columnData: [
        { name: 'id', type: 'INT32', data: rows.map((r) => r.id) },
        { name: 'name', type: 'STRING', data: rows.map((r) => r.name) },
        { name: 'ok', type: 'BOOLEAN', data: rows.map((r) => r.ok) },
      ],
      rowGroupSize: 20,
    } as unknown as Parameters<typeof parquetWriteFile>[0]);
    const all = await read('d.parquet');
    expect(all.map((r) => r.value)).toEqual(rows);
    expect(all.map((r) => r.line)).toEqual(rows.map((_, i) => i + 1));
    expect(all.map((r) => r.rowGroup)).toEqual(rows.map((_, i) => Math.floor(i / 20)));
    const middle = await read('d.parquet', {
      start: { offset: 0, lines: 20 },
      end: 0,
      rowGroups: { from: 1, to: 2 },
    });
    expect(middle.map((r) => r.value)).toEqual(rows.slice(20, 40));
    expect(middle.map((r) => r.line)).toEqual(rows.slice(20, 40).map((r) => r.id));
    expect(middle.map((r) => r.rowGroup)).toEqual(rows.slice(20, 40).map(() => 1));
  });
});

describe('readRecords: unreadable records and stopping early', () => {
  const open = async (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    const { files } = await resolveData([name], dir);
    return { file: files[0] as never, bundle: await loadSchemaBundle('s.json', dir) };
  };

  it('locates the records it cannot read, and reads the others', async () => {
    const { file, bundle } = await open('bad.jsonl', '{"id":1}\n{"id":2}\n{"id":\n{"id":4}\n');
    const got: RecordAt[] = [];
    const out = await readRecords(file, bundle, (r) => got.push(r), { maxRecordBytes: 1 << 20 });
    expect(got.map((r) => [r.line, r.value])).toEqual([
      [1, { id: 1 }],
      [2, { id: 2 }],
      [4, { id: 4 }],
    ]);
    expect(out.unreadable).toEqual([
      expect.objectContaining({
        file: 'bad.jsonl',
        line: 3,
        message: expect.stringMatching(/^invalid JSON/),
      }),
    ]);
    const csvFile = await open('bad.csv', 'id,name,ok\n1,a,true\n2,b\n3,c,false\n');
    const rowsOf: unknown[] = [];
    const csvOut = await readRecords(csvFile.file, csvFile.bundle, (r) => rowsOf.push(r.line), {
      maxRecordBytes: 1 << 20,
    });
    expect(rowsOf).toEqual([2, 4]);
    expect(csvOut.unreadable).toEqual([
      expect.objectContaining({ line: 3, message: 'record has 2 fields, the header has 3' }),
    ]);
  });

  it('stops at the next chunk once `stop` says so', async () => {
    const { file, bundle } = await open('many.jsonl', jsonl);
    let n = 0;
    const out = await readRecords(file, bundle, () => n++, {
      maxRecordBytes: 1 << 20,
      chunkBytes: 64,
      stop: () => n >= 5,
    });
    expect(n).toBeGreaterThanOrEqual(5);
    expect(n).toBeLessThan(N);
    expect(out.rows).toBe(n);
  });
});
