// End to end through the bundle (npm run build first): the CLI reads a config with dataset
// checks; a reference over 8 MB is profiled in dist/dataset-worker.js, and the current data is
// digested inside dist/validate-worker.js. The workers' numbers, counts, lines and samples must
// equal the in-thread computation (same seeds, same reservoirs, chunks folded in file order).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt } from '../helpers/runner.js';
import { runValidate } from '../../src/core/validate/run.js';
import type { DatasetConfig } from '../../src/core/dataset/types.js';
import type { ValidateDetails } from '../../src/core/validate/types.js';
import { FIXTURES } from './helpers.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function rows(n: number, shift: number): string {
  let seed = 7 + shift * 1000;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const out: string[] = [];
  const pad = 'x'.repeat(80);
  for (let i = 1; i <= n; i++)
    out.push(
      JSON.stringify({
        id: i,
        score: Math.round((rand() + shift) * 1e4) / 1e4,
        country: ['US', 'DE', 'FR'][Math.floor(rand() * 3)],
        note: pad,
      }),
    );
  return out.join('\n') + '\n';
}

describe('dataset checks in the bundle', () => {
  beforeAll(() => requireBuilt('cli', 'dataset-worker'));
  it('profiles a big reference in the worker, with the same numbers as in-thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-dataset-e2e-'));
    copyFileSync(join(FIXTURES, 'schema.json'), join(dir, 'schema.json'));
    writeFileSync(join(dir, 'ref.jsonl'), rows(70_000, 0)); // ≈ 9 MB: over the worker threshold
    writeFileSync(join(dir, 'cur.jsonl'), rows(20_000, 0.1));
    const dataset: DatasetConfig = {
      expectations: { columns: { id: { unique: true } }, row_count: { max_drop: '50%' } },
      drift: { reference: 'ref.jsonl', columns: ['score', 'country'] },
    };
    writeFileSync(
      join(dir, 'modelgate.yml'),
      `version: 1\nvalidate:\n  - id: big\n    schema: schema.json\n    data: cur.jsonl\n    expectations: ${JSON.stringify(dataset.expectations)}\n    drift: ${JSON.stringify(dataset.drift)}\n`,
    );
    const r = spawnSync(
      NODE,
      [CLI, 'validate', '--config', 'modelgate.yml', '--id', 'big', '--json', '--no-result'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(1);
    const details = (JSON.parse(r.stdout) as { details: ValidateDetails }).details;
    const d = details.dataset!;
    expect(d.drift!.reference.rows).toBe(70_000);
    expect(d.expectations.find((e) => e.key === 'row_count:max_drop')).toMatchObject({
      status: 'fail',
      unexpected: 50_000,
    });
    const score = d.drift!.columns.find((c) => c.name === 'score')!;
    expect(score).toMatchObject({ type: 'numeric', sampled: true, status: 'fail' });

    const inline = await runValidate(
      { schemaFile: 'schema.json', data: ['cur.jsonl'], cwd: dir, threads: 0, dataset },
      {},
      { id: 'big' },
    );
    expect(d.drift!.columns).toEqual(inline.details.dataset!.drift!.columns);
  });
});

describe('dataset checks digested in validate worker threads', () => {
  beforeAll(() => requireBuilt('cli', 'validate-worker'));
  it('gives what one thread gives, with repeats read back from their chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-dataset-threads-'));
    copyFileSync(join(FIXTURES, 'schema.json'), join(dir, 'schema.json'));
    // train: 60,000 rows (≈ 6 MB, several 1 MiB chunks); every 9,000th row repeats row 17,
    // every 7,001st has a null label, every 13,000th an unknown country, every 11,000th an age
    // out of range. test (CSV, quoted multi-line notes): ids 1..3,000 of which 2,000 and 2,999
    // also in train, and a line that repeats its own first row.
    const pad = 'y'.repeat(60);
    const row = (i: number) => ({
      id: i,
      label: i % 7001 === 0 ? null : ['cat', 'dog', 'bird'][i % 3],
      country: i % 13_000 === 0 ? 'ZZ' : ['US', 'DE', 'FR'][i % 3],
      age: i % 11_000 === 0 ? 250 : 20 + (i % 50),
      score: (i % 997) / 997,
      note: pad,
    });
    const train: string[] = [];
    for (let i = 1; i <= 60_000; i++) train.push(JSON.stringify(i % 9000 === 0 ? row(17) : row(i)));
    writeFileSync(join(dir, 'train.jsonl'), train.join('\n') + '\n');
    const csv = ['id,label,country,age,score,note'];
    for (let i = 1; i <= 3000; i++) {
      const id = i === 1500 ? 2000 : i === 2500 ? 2999 : 100_000 + i;
      csv.push(`${id},cat,US,30,0.5,"two\nlines ${i % 1000 === 0 ? 1 : i}"`);
    }
    csv.push(csv[1] as string);
    writeFileSync(join(dir, 'test.csv'), csv.join('\n') + '\n');
    const dataset: DatasetConfig = {
      splits: { train: 'train.jsonl', test: 'test.csv' },
      expectations: {
        columns: {
          label: { max_null_share: 0, categories: ['cat', 'dog', 'bird'] },
          country: { categories: ['US', 'DE', 'FR'] },
          age: { min: 0, max: 120 },
          id: { unique: true },
        },
        duplicates: true,
        leakage: { key: ['id'] },
      },
    };
    writeFileSync(
      join(dir, 'modelgate.yml'),
      `version: 1\nvalidate:\n  - id: t\n    schema: schema.json\n    data: [train.jsonl, test.csv]\n    splits: ${JSON.stringify(dataset.splits)}\n    expectations: ${JSON.stringify(dataset.expectations)}\n`,
    );
    const r = spawnSync(
      NODE,
      [
        CLI,
        'validate',
        '--config',
        'modelgate.yml',
        '--id',
        't',
        '--threads',
        '2',
        '--json',
        '--no-result',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(1);
    const threaded = (JSON.parse(r.stdout) as { details: ValidateDetails }).details.dataset!;
    const inline = (
      await runValidate(
        {
          schemaFile: 'schema.json',
          data: ['train.jsonl', 'test.csv'],
          cwd: dir,
          threads: 0,
          dataset,
        },
        {},
        { id: 't' },
      )
    ).details.dataset!;
    const strip = (d: typeof inline) => ({ ...d, durationMs: 0 });
    expect(strip(threaded)).toEqual(strip(inline));

    const e = (key: string) => threaded.expectations.find((x) => x.key === key)!;
    expect(e('duplicates')).toMatchObject({ checked: 63_001, unexpected: 7 });
    expect(e('duplicates').samples.map((s) => [s.file, s.line, s.message])).toEqual([
      ['train.jsonl', 9000, 'same row as train.jsonl line 17'],
      ['train.jsonl', 18_000, 'same row as train.jsonl line 17'],
      ['train.jsonl', 27_000, 'same row as train.jsonl line 17'],
      ['train.jsonl', 36_000, 'same row as train.jsonl line 17'],
      ['train.jsonl', 45_000, 'same row as train.jsonl line 17'],
    ]);
    expect(e('duplicates').samples[0]!.value).toMatch(/^\{"id":17,"label":"bird"/);
    // Over all files: the six copies in train, the two test ids also in train, and the CSV's
    // last record, which repeats its first.
    expect(e('unique:id')).toMatchObject({ unexpected: 6 + 2 + 1 });
    expect(e('leakage')).toMatchObject({ checked: 63_001, unexpected: 2 });
    expect(e('leakage').samples.map((s) => [s.file, s.line, s.value, s.message])).toEqual([
      [
        'test.csv',
        2 + 2 * 1499,
        '2000',
        '/id: id 2000 also in split train (train.jsonl line 2000)',
      ],
      [
        'test.csv',
        2 + 2 * 2499,
        '2999',
        '/id: id 2999 also in split train (train.jsonl line 2999)',
      ],
    ]);
    expect(e('column:label:max_null_share')).toMatchObject({ unexpected: 8 });
    expect(e('column:label:max_null_share').samples.map((s) => s.line)).toEqual([
      7001, 14_002, 21_003, 28_004, 35_005,
    ]);
    expect(e('column:country:categories')).toMatchObject({
      unexpected: 4,
      values: [{ value: 'ZZ', count: 4 }],
    });
    expect(e('column:age:range')).toMatchObject({ unexpected: 5 });
  });
});
