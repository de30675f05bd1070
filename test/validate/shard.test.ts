// Sharded validate: n shards of the same input, merged, give the details one run over the whole
// input gives (timing and shard bookkeeping aside); shards that are missing or disagree are errors.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate, runValidateShard, type ValidateResult } from '../../src/core/validate/run.js';
import { mergePartials, type PartialFile } from '../../src/core/validate/merge.js';
import type { PartialResult } from '../../src/core/validate/partial.js';
import { assertResult, readResultFile } from '../../src/core/result.js';
import { writePartial } from '../../src/core/validate/shard-run.js';
import type { ValidateOptions } from '../../src/core/validate/types.js';
import type { DatasetConfig } from '../../src/core/dataset/types.js';
import { schemaIn } from '../dataset/helpers.js';

const LABELS = ['cat', 'dog', 'bird'];

/** A workspace whose problems are known by construction. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-shard-'));
  schemaIn(dir);
  const row = (id: number, shift = 0) =>
    JSON.stringify({
      id,
      label: id % 97 === 0 ? null : LABELS[id % 3],
      country: id % 211 === 0 ? 'XX' : ['US', 'DE', 'FR'][id % 3],
      age: id % 113 === 0 ? 200 : 20 + (id % 40),
      score: ((id * 7919) % 1000) / 1000 + shift,
    });
  const train: string[] = [];
  for (let id = 1; id <= 1500; id++) train.push(row(id));
  // A block copied whole: what a shard that is a copy of another looks like.
  train.push(...train.slice(200, 500));
  for (let id = 1501; id <= 2400; id++) train.push(row(id));
  // Invalid against the schema: no id.
  train.splice(1000, 0, JSON.stringify({ label: 'cat', score: 1 }));
  writeFileSync(join(dir, 'train.jsonl'), train.join('\n') + '\n');
  // The test split: new ids, and a few leaked from train (in other shards).
  const test: string[] = [];
  for (let id = 5001; id <= 5600; id++) test.push(row(id));
  for (const id of [7, 1234, 2399]) test.push(JSON.stringify({ id, label: 'cat', score: 0.5 }));
  writeFileSync(join(dir, 'test.jsonl'), test.join('\n') + '\n');
  // The reference's score is shifted: drift.
  const ref: string[] = [];
  for (let id = 9001; id <= 11000; id++) ref.push(row(id, 0.5));
  writeFileSync(join(dir, 'ref.jsonl'), ref.join('\n') + '\n');
  // CSV with quoted newlines, cut on record boundaries only.
  const csv = ['id,label,country,age,score'];
  for (let id = 1; id <= 800; id++)
    csv.push(`${id},"${LABELS[id % 3]}${id % 50 === 0 ? '\nmore' : ''}",US,${20 + (id % 30)},0.5`);
  writeFileSync(join(dir, 'rows.csv'), csv.join('\n') + '\n');
  return dir;
}

const DATASET: DatasetConfig = {
  splits: { train: 'train.jsonl', test: 'test.jsonl' },
  expectations: {
    row_count: { min: 3300, max_drop: '10%' },
    columns: {
      label: { max_null_share: 0.02, categories: LABELS },
      country: { categories: ['US', 'DE', 'FR'], mostly: 0.99 },
      age: { min: 18, max: 90 },
      id: { unique: true },
    },
    unique_keys: [{ columns: ['id', 'label'] }],
    duplicates: true,
    leakage: { key: ['id'] },
  },
  drift: { reference: 'ref.jsonl', columns: ['score', 'label', 'age'] },
};

function options(dir: string, data: string[], dataset?: DatasetConfig): ValidateOptions {
  return {
    schemaFile: 'schema.json',
    data,
    cwd: dir,
    threads: 0,
    // Small chunks: many of them, so chunk and shard boundaries fall everywhere.
    chunkBytes: 8192,
    maxInvalidRows: '0.1%',
    ...(dataset ? { dataset } : {}),
  };
}

/** The details without timing. */
function comparable(r: ValidateResult): unknown {
  const d = JSON.parse(JSON.stringify(r.details)) as Record<string, unknown>;
  delete d.durationMs;
  if (d.dataset) delete (d.dataset as Record<string, unknown>).durationMs;
  return { status: r.status, summary: r.summary, errors: r.errors, details: d };
}

let written = 0;

async function shards(o: ValidateOptions, n: number, only?: number[]): Promise<PartialFile[]> {
  const out: PartialFile[] = [];
  // Each call its own folder: the shards' files as an artifact would carry them.
  const folder = `parts-${++written}`;
  for (let i = 1; i <= n; i++) {
    if (only && !only.includes(i)) continue;
    const r = await runValidateShard({ ...o, shard: { index: i, count: n } }, {}, { id: 'data' });
    const path = `${folder}/shard-${i}.json`;
    writePartial(join(o.cwd, path), r, o.cwd);
    // Read back through the result contract (and the side file from disk).
    const result = readResultFile(join(o.cwd, path), undefined, o.cwd) as unknown as PartialResult;
    expect(result.kind).toBe('validate-partial');
    out.push({ path, result });
  }
  return out;
}

describe('sharded validate, merged', () => {
  const dir = workspace();

  it.each([1, 2, 3, 8])('%i shards give the single run’s details', async (n) => {
    const o = options(dir, ['train.jsonl', 'test.jsonl'], DATASET);
    const single = await runValidate(o, {}, { id: 'data' });
    const merged = await mergePartials(await shards(o, n), { cwd: dir });
    assertResult(JSON.parse(JSON.stringify(merged)));
    expect(comparable(merged)).toEqual(comparable(single));
    // What the data holds by construction.
    const e = (k: string) => single.details.dataset?.expectations.find((x) => x.key === k);
    expect(e('duplicates')).toMatchObject({ unexpected: 300, status: 'fail' });
    expect(e('leakage')).toMatchObject({ unexpected: 3, status: 'fail' });
    expect(e('row_count')).toMatchObject({ observed: 3304, status: 'pass' });
    expect(single.details.invalidRows).toBe(1);
    const score = single.details.dataset?.drift?.columns.find((c) => c.name === 'score');
    expect(score?.status).toBe('fail');
  });

  it('judges a share threshold on the whole, not per shard', async () => {
    const o = { ...options(dir, ['train.jsonl', 'test.jsonl']), maxInvalidRows: '0.05%' };
    // One invalid row in 3,304 is 0.03%: the whole passes, while the shard holding it alone
    // (1 in about 413 rows) would be above 0.05%.
    const merged = await mergePartials(await shards(o, 8), { cwd: dir });
    expect(merged.status).toBe('pass');
    expect(comparable(merged)).toEqual(comparable(await runValidate(o, {}, { id: 'data' })));
  });

  it.each([2, 3, 8])(
    'cuts CSV with quoted newlines on record boundaries (%i shards)',
    async (n) => {
      const o = options(dir, ['rows.csv'], {
        expectations: { columns: { id: { unique: true } }, row_count: { min: 800, max: 800 } },
      });
      const single = await runValidate(o, {}, { id: 'data' });
      expect(single.details.rows).toBe(800);
      const merged = await mergePartials(await shards(o, n), { cwd: dir });
      expect(comparable(merged)).toEqual(comparable(single));
    },
  );

  it.each([3, 8])('cuts Parquet between row groups (%i shards)', async (n) => {
    const { parquetWriteFile } = await import('hyparquet-writer');
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      id: i % 1900,
      label: i % 97 === 0 ? null : LABELS[i % 3],
      score: (i * 7919) % 1000,
    }));
    await parquetWriteFile({
      filename: join(dir, 'rows.parquet'),
      columnData: [
        { name: 'id', type: 'INT32', data: rows.map((r) => r.id) },
        { name: 'label', type: 'STRING', data: rows.map((r) => r.label), nullable: true },
        { name: 'score', type: 'DOUBLE', data: rows.map((r) => r.score) },
      ],
      rowGroupSize: 250,
    } as unknown as Parameters<typeof parquetWriteFile>[0]);
    const o = options(dir, ['rows.parquet'], {
      expectations: {
        columns: { id: { unique: true }, label: { categories: LABELS, max_null_share: 0.1 } },
        duplicates: true,
      },
    });
    const single = await runValidate(o, {}, { id: 'data' });
    expect(single.details.dataset?.expectations.find((e) => e.key === 'unique:id')).toMatchObject({
      unexpected: 100,
    });
    const partials = await shards(o, n);
    // Each shard read row groups of the one file, not the whole file.
    for (const p of partials)
      for (const part of p.result.details.parts) expect(part.rowGroups).toBeDefined();
    const merged = await mergePartials(partials, { cwd: dir });
    expect(comparable(merged)).toEqual(comparable(single));
  });

  it('refuses a missing shard, naming it', async () => {
    const o = options(dir, ['train.jsonl', 'test.jsonl'], DATASET);
    const merged = await mergePartials(await shards(o, 3, [1, 3]), { cwd: dir });
    expect(merged.status).toBe('error');
    expect(merged.summary).toContain('shard 2/3 missing');
  });

  it('makes a partial whose key runs do not add up an error, not a crash', async () => {
    const o = options(dir, ['train.jsonl', 'test.jsonl'], DATASET);
    const two = await shards(o, 2);
    const runs = two[1]!.result.details.dataset!.expectations!.runs;
    // One key fewer than the run's bytes hold.
    runs[0] = { ...runs[0]!, keys: runs[0]!.keys - 1 };
    const merged = await mergePartials(two, { cwd: dir });
    expect(merged.status).toBe('error');
    expect(merged.summary).toMatch(/shard-2\.json: a key run is damaged/);
    // More keys than the shard has rows: refused before anything is decoded.
    runs[0] = { ...runs[0]!, keys: two[1]!.result.details.rows + 1 };
    expect((await mergePartials(two, { cwd: dir })).summary).toContain(
      'a key run holds more keys than its shard has rows',
    );
  });

  it('refuses a side file that is changed, missing, or a link out of its folder', async () => {
    const o = options(dir, ['train.jsonl', 'test.jsonl'], DATASET);
    const two = await shards(o, 2);
    const state = two[0]!.result.details.dataset!.state!;
    const side = join(dir, two[0]!.path, '..', state.file!);
    const bytes = readFileSync(side);
    expect(bytes.length).toBe(state.bytes);
    // One byte changed: same size, another digest.
    const changed = Buffer.from(bytes);
    changed[changed.length >> 1]! ^= 1;
    writeFileSync(side, changed);
    let merged = await mergePartials(two, { cwd: dir });
    expect(merged.status).toBe('error');
    expect(merged.summary).toContain(`${state.file}: the partial state file's SHA-256 differs`);
    // A name that leaves the folder is refused before anything is opened.
    state.file = '../x.state.bin';
    merged = await mergePartials(two, { cwd: dir });
    expect(merged.summary).toContain('names no valid partial state file');
    // A link to a file outside the folder: the gate refuses it.
    const outside = join(mkdtempSync(join(tmpdir(), 'modelgate-out-')), 'a.state.bin');
    writeFileSync(outside, bytes);
    state.file = 'link.state.bin';
    symlinkSync(outside, join(side, '..', 'link.state.bin'));
    merged = await mergePartials(two, { cwd: dir });
    expect(merged.status).toBe('error');
    expect(merged.summary).toContain('link.state.bin');
    // Missing.
    state.file = 'gone.state.bin';
    merged = await mergePartials(two, { cwd: dir });
    expect(merged.summary).toMatch(/gone\.state\.bin: cannot read the partial state file/);
  });

  it('refuses a shard given twice', async () => {
    const o = options(dir, ['train.jsonl', 'test.jsonl']);
    const two = await shards(o, 2);
    const merged = await mergePartials([...two, { ...two[1]!, path: 'copy.json' }], {
      cwd: dir,
    });
    expect(merged.status).toBe('error');
    expect(merged.summary).toMatch(
      /shard 2\/2 is given twice: parts-\d+\/shard-2.json and copy.json/,
    );
  });

  it('refuses shards that ran with different configs', async () => {
    const o = options(dir, ['train.jsonl', 'test.jsonl'], DATASET);
    const [a] = await shards(o, 2, [1]);
    const [, b] = await shards({ ...o, maxInvalidRows: '5' }, 2, [2]).then((x) => [
      undefined,
      x[0],
    ]);
    const merged = await mergePartials([a!, b!], { cwd: dir });
    expect(merged.status).toBe('error');
    expect(merged.summary).toContain('shard 2/2 ran with a different config than shard 1/2');
  });
});
