// Per-example files in the registry's formats are read through the record source: Parquet and
// compressed files read as their plain JSON Lines twins do, and problems carry the record
// source's locations (line, or row for Parquet).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteFile } from 'hyparquet-writer';
import { compareExampleFiles, loadExamples } from '../../src/core/compare/examples/index.js';

const FX = 'test/fixtures/stats';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-examples-source-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The rows of a small model's scores, written once as JSON Lines and once as Parquet.
const rows = Array.from({ length: 50 }, (_, i) => ({
  id: `q${i}`,
  correct: (i * 7) % 3 === 0 ? 0 : 1,
  loss: Math.round(((i * 37) % 100) / 7) / 10,
  region: i % 2 ? 'eu' : 'us',
}));

async function writeBoth(
  name: string,
  data: typeof rows,
): Promise<{ jsonl: string; parquet: string }> {
  const jsonl = join(dir, `${name}.jsonl`);
  writeFileSync(jsonl, data.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const parquet = join(dir, `${name}.parquet`);
  await parquetWriteFile({
    filename: parquet,
    columnData: [
      { name: 'id', type: 'STRING', data: data.map((r) => r.id) },
      { name: 'correct', type: 'INT32', data: data.map((r) => r.correct) },
      { name: 'loss', type: 'DOUBLE', data: data.map((r) => r.loss) },
      { name: 'region', type: 'STRING', data: data.map((r) => r.region) },
    ],
    rowGroupSize: 16,
  } as unknown as Parameters<typeof parquetWriteFile>[0]);
  return { jsonl, parquet };
}

const load = (path: string, idColumn = 'id') =>
  loadExamples(path, { idColumn, columns: ['correct', 'loss', 'region'] });

describe('per-example files through the record source', () => {
  it('reads a Parquet file (row groups) as its JSON Lines twin, rows located by row', async () => {
    const { jsonl, parquet } = await writeBoth('scores', rows);
    const [p, j] = [await load(parquet), await load(jsonl)];
    expect(p.problems).toEqual([]);
    expect(p.table!.format).toBe('parquet');
    expect(p.table!.ids).toEqual(rows.map((r) => r.id));
    expect(Array.from(p.table!.lines)).toEqual(rows.map((_, i) => i + 1));
    expect([...p.table!.columns]).toEqual([...j.table!.columns]);
    // A missing id column is named, as for a CSV header.
    expect((await load(parquet, 'example_id')).problems).toEqual([
      { file: parquet, line: 1, key: 'example_id', message: 'id column "example_id" not in file' },
    ]);
  });

  it('compares a Parquet candidate with a JSON Lines baseline as two JSON Lines files', async () => {
    const cand = await writeBoth('cand', rows);
    const base = await writeBoth(
      'base',
      rows.map((r, i) => ({ ...r, correct: i % 5 === 0 ? 0 : 1 })),
    );
    const metrics = [
      {
        name: 'accuracy',
        direction: 'higher' as const,
        source: { kind: 'mean' as const, column: 'correct' },
        rule: { max_drop: 0.05 },
      },
    ];
    const opts = { idColumn: 'id', resamples: 500, minExamples: 10 };
    const mixed = await compareExampleFiles(
      { candidate: cand.parquet, baseline: base.jsonl },
      metrics,
      opts,
    );
    const plain = await compareExampleFiles(
      { candidate: cand.jsonl, baseline: base.jsonl },
      metrics,
      opts,
    );
    expect(mixed.problems).toEqual([]);
    expect(mixed.rows).toEqual(plain.rows);
  });

  it('reads gzip-compressed JSON Lines and CSV as the plain files', async () => {
    for (const name of ['candidate.jsonl', 'baseline.csv']) {
      const gz = join(dir, `${name}.gz`);
      writeFileSync(gz, gzipSync(readFileSync(join(FX, name))));
      const [z, plain] = [await load(gz), await load(join(FX, name))];
      expect(z.problems.map((p) => p.message)).toEqual([]);
      expect(z.table!.format).toBe(plain.table!.format);
      expect(z.table!.ids).toEqual(plain.table!.ids);
      expect(Array.from(z.table!.lines)).toEqual(Array.from(plain.table!.lines));
      expect([...z.table!.columns]).toEqual([...plain.table!.columns]);
    }
  });

  it('locates problems in a compressed file by line, and a JSON array record by line', async () => {
    const gz = join(dir, 'broken.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(FX, 'broken.jsonl'))));
    const r = await load(gz);
    expect(r.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [2, 'invalid JSON'],
      [3, 'expected a JSON object per line, got an array'],
    ]);
    const arr = join(dir, 'a.json');
    writeFileSync(arr, '[\n  {"id": "a", "correct": 1},\n  7,\n  {"id": "a", "correct": 0}\n]\n');
    expect((await load(arr)).problems).toEqual([
      { file: arr, line: 3, key: '[1]', message: 'record 1: expected an object, got number 7' },
      {
        file: arr,
        line: 4,
        key: 'id',
        message:
          'duplicate example id "a" (first at line 2); if the file holds repeated samples (epochs, generations), set examples.repeats: true to average them',
      },
    ]);
  });
});
