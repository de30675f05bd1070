// report/gate read partial results directly (merged per entry) and refuse two final results
// with the same id in different files, naming both.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResults, loadOne } from '../../src/core/report/load.js';
import { writeResultFile } from '../../src/core/result.js';
import { runValidate, runValidateShard } from '../../src/core/validate/run.js';
import { writePartial } from '../../src/core/validate/shard-run.js';
import type { ValidateOptions } from '../../src/core/validate/types.js';
import { schemaIn } from '../dataset/helpers.js';

function workspace(): { dir: string; o: ValidateOptions } {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-partials-'));
  schemaIn(dir);
  const rows = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i % 390, score: i }));
  writeFileSync(join(dir, 'data.jsonl'), rows.join('\n') + '\n');
  mkdirSync(join(dir, 'results'));
  const o: ValidateOptions = {
    schemaFile: 'schema.json',
    data: ['data.jsonl'],
    cwd: dir,
    threads: 0,
    chunkBytes: 1024,
    dataset: { expectations: { columns: { id: { unique: true } } } },
  };
  return { dir, o };
}

async function writeShards(dir: string, o: ValidateOptions, n: number, skip?: number) {
  for (let i = 1; i <= n; i++) {
    if (i === skip) continue;
    const r = await runValidateShard({ ...o, shard: { index: i, count: n } }, {}, { id: 'data' });
    // The JSON and its side file (key runs), as `validate --shard` writes them.
    writePartial(join(dir, 'results', `data.${i}-of-${n}.json`), r, dir);
  }
}

describe('report and gate reading partial results', () => {
  it('merge the shards of an entry into the result one job gives', async () => {
    const { dir, o } = workspace();
    await writeShards(dir, o, 3);
    const entries = await loadResults(['results/*.json'], { cwd: dir });
    expect(entries).toHaveLength(1);
    const e = entries[0]!;
    if (!e.ok) throw new Error(e.error);
    expect(e.path).toBe(
      'results/data.1-of-3.json + results/data.2-of-3.json + results/data.3-of-3.json',
    );
    const single = await runValidate(o, {}, { id: 'data' });
    expect(e.result.status).toBe('fail');
    expect(e.result.summary).toBe(single.summary);
    const unique = (e.result.details as unknown as typeof single.details).dataset?.expectations[0];
    expect(unique).toMatchObject({ key: 'unique:id', unexpected: 10 });
  });

  it('make a missing shard an error entry naming it', async () => {
    const { dir, o } = workspace();
    await writeShards(dir, o, 3, 2);
    const [e] = await loadResults(['results/*.json'], { cwd: dir });
    expect(e?.ok).toBe(true);
    if (!e?.ok) return;
    expect(e.result.status).toBe('error');
    expect(e.result.summary).toContain('shard 2/3 missing');
  });

  it('never take a partial as a final result where only final ones are expected', async () => {
    const { dir, o } = workspace();
    await writeShards(dir, o, 2);
    const e = loadOne('results/data.1-of-2.json', dir);
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.error).toContain('has no verdict of its own');
  });

  it('refuse two final results with the same id, naming both files', async () => {
    const { dir, o } = workspace();
    const r = await runValidate(o, {}, { id: 'data' });
    writeResultFile(join(dir, 'results', 'job-a.json'), r, dir);
    writeResultFile(join(dir, 'results', 'job-b.json'), r, dir);
    const entries = await loadResults(['results/*.json'], { cwd: dir });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.ok).toBe(false);
    if (entries[0]?.ok === false)
      expect(entries[0].error).toContain(
        'result id "data" is in 2 files: results/job-a.json and results/job-b.json',
      );
  });
});
