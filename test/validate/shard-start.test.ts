// A shard's start: worker threads started ahead (worker-pool.ts) and torn down whatever happens;
// a JSON Lines piece's span taken from its own pass (no separate count); the drift reference's
// pieces read from their cut with every reported line still the file's own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runValidate, runValidateShard, type ValidateResult } from '../../src/core/validate/run.js';
import { mergePartials, type PartialFile } from '../../src/core/validate/merge.js';
import type { PartialResult } from '../../src/core/validate/partial.js';
import { readResultFile } from '../../src/core/result.js';
import { writePartial } from '../../src/core/validate/shard-run.js';
import { WorkerPool } from '../../src/core/validate/worker-pool.js';
import type { ValidateOptions } from '../../src/core/validate/types.js';
import { requireBuilt } from '../helpers/runner.js';
import { workspace } from './helpers.js';

const SCHEMA = JSON.stringify({
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer' }, x: { type: 'number' } },
});
const WORKER = new URL('../../dist/validate-worker.js', import.meta.url);

/** JSON Lines with what makes line counting hard: blank lines, CRLF, an oversized record, bad JSON, no final newline. */
function awkwardLines(): string {
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) {
    if (i % 211 === 0) lines.push('');
    if (i % 97 === 0) lines.push(`{"id": ${i}, "x": 1}\r`);
    else if (i === 1234) lines.push(`{"id": ${i}, "pad": "${'z'.repeat(12_000)}"}`);
    else if (i === 2345) lines.push('{"id": oops');
    else lines.push(JSON.stringify({ id: i, x: i / 7 }));
  }
  return lines.join('\n');
}

function options(dir: string, extra: Partial<ValidateOptions> = {}): ValidateOptions {
  return {
    schemaFile: 'row.schema.json',
    data: ['data.jsonl'],
    cwd: dir,
    threads: 0,
    chunkBytes: 4096,
    maxRecordBytes: 2048,
    maxInvalidRows: '100%',
    ...extra,
  };
}

let folders = 0;

async function shards(o: ValidateOptions, n: number): Promise<PartialFile[]> {
  const out: PartialFile[] = [];
  const folder = `parts-${++folders}`;
  for (let i = 1; i <= n; i++) {
    const r = await runValidateShard({ ...o, shard: { index: i, count: n } }, {}, { id: 'data' });
    const path = `${folder}/shard-${i}.json`;
    writePartial(join(o.cwd, path), r, o.cwd);
    out.push({ path, result: readResultFile(join(o.cwd, path), undefined, o.cwd) as never });
  }
  return out;
}

function comparable(r: ValidateResult): unknown {
  const d = JSON.parse(JSON.stringify(r.details)) as Record<string, unknown>;
  delete d.durationMs;
  if (d.dataset) delete (d.dataset as Record<string, unknown>).durationMs;
  return { status: r.status, summary: r.summary, errors: r.errors, details: d };
}

const newlines = (b: Buffer) => b.reduce((n, c) => n + (c === 10 ? 1 : 0), 0);

describe('a JSON Lines piece’s span, counted by its own pass', () => {
  const text = awkwardLines();
  const dir = workspace({ 'row.schema.json': SCHEMA, 'data.jsonl': text });
  const bytes = readFileSync(join(dir, 'data.jsonl'));

  it.each([2, 3, 8])('equals the newlines the file has in each piece (%i shards)', async (n) => {
    const partials = await shards(options(dir), n);
    let total = 0;
    for (const p of partials) {
      const result = p.result as PartialResult;
      for (const part of result.details.parts) {
        const start = part.start?.offset ?? 0;
        const end = part.end ?? bytes.length;
        expect(part.lines?.spans).toBe(newlines(bytes.subarray(start, end)));
        total += part.lines?.spans ?? 0;
      }
    }
    expect(total).toBe(newlines(bytes));
    // And the merge places every line where one run over the file reports it.
    const single = await runValidate(options(dir), {}, { id: 'data' });
    // The oversized record and the unparseable line.
    expect(single.details.invalidRows).toBe(2);
    const merged = await mergePartials(partials, { cwd: dir });
    expect(comparable(merged)).toEqual(comparable(single));
  });

  describe('in worker threads', () => {
    beforeAll(() => requireBuilt('validate-worker'));
    it('gives the same spans as this thread', async () => {
      const inline = await shards(options(dir), 3);
      const pool = new WorkerPool();
      pool.warm(WORKER, 2);
      const threaded = await shards(
        options(dir, { threads: 2, workerUrl: WORKER, workers: pool }),
        3,
      );
      await pool.close();
      const spans = (ps: PartialFile[]) =>
        ps.flatMap((p) => (p.result as PartialResult).details.parts.map((x) => x.lines?.spans));
      expect(spans(threaded)).toEqual(spans(inline));
    });
  });
});

describe('the drift reference’s pieces', () => {
  const rows = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => JSON.stringify({ id: from + i, x: (i % 13) / 13 }));
  const ref = rows(0, 4000);
  // A record nested too deep to evaluate (a problem at its line), late in the file: in the last
  // shard's piece of the reference.
  ref.splice(3500, 0, `{"id": 3500, "x": 1, "deep": ${'['.repeat(600)}${']'.repeat(600)}}`);
  const dir = workspace({
    'row.schema.json': SCHEMA,
    'data.jsonl': rows(0, 3000).join('\n') + '\n',
    'ref.jsonl': ref.join('\n') + '\n',
  });
  const o = options(dir, {
    dataset: { drift: { reference: 'ref.jsonl', columns: ['x'] } },
  });

  it('report a problem at the reference file’s own line', async () => {
    const single = await runValidate(o, {}, { id: 'data' });
    expect(single.status).toBe('error');
    expect(single.errors?.some((e) => e.file === 'ref.jsonl' && e.line === 3501)).toBe(true);
    for (const n of [2, 3]) {
      const merged = await mergePartials(await shards(o, n), { cwd: dir });
      expect(merged.errors).toEqual(single.errors);
    }
  });
});

describe('worker threads started ahead', () => {
  beforeAll(() => requireBuilt('validate-worker'));
  const data = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: i, x: i % 3 }));
  const dir = workspace({
    'row.schema.json': SCHEMA,
    'bad.schema.json': JSON.stringify({ type: 'object', minProperties: -1 }),
    'data.jsonl': data.join('\n') + '\n',
    'broken-worker.mjs': "throw new Error('this worker cannot start');\n",
  });
  const threaded = (workers: WorkerPool, extra: Partial<ValidateOptions> = {}) =>
    options(dir, { threads: 2, workerUrl: WORKER, workers, chunkBytes: 64 * 1024, ...extra });

  it('are taken by the run, which gives what a run without them gives', async () => {
    const pool = new WorkerPool();
    pool.warm(WORKER, 2);
    expect(pool.waiting(WORKER)).toBe(2);
    const r = await runValidate(threaded(pool), {}, { id: 'data' });
    expect(pool.waiting(WORKER)).toBe(0);
    const plain = await runValidate(options(dir, { chunkBytes: 64 * 1024 }), {}, { id: 'data' });
    expect(comparable(r)).toEqual(comparable(plain));
    expect(r.details.rows).toBe(20_000);
  });

  it('are terminated when the run does not need them (threads 0)', async () => {
    const pool = new WorkerPool();
    pool.warm(WORKER, 2);
    const r = await runValidate(threaded(pool, { threads: 0 }), {}, { id: 'data' });
    expect(r.status).toBe('pass');
    expect(pool.waiting(WORKER)).toBe(0);
    // A closed pool starts no more.
    pool.warm(WORKER, 1);
    expect(pool.waiting(WORKER)).toBe(0);
  });

  it('are torn down when the run ends in an error', async () => {
    const pool = new WorkerPool();
    pool.warm(WORKER, 2);
    const r = await runValidate(
      threaded(pool, { schemaFile: 'bad.schema.json' }),
      {},
      { id: 'data' },
    );
    expect(r.status).toBe('error');
    expect(r.summary).toContain('bad.schema.json');
    expect(pool.waiting(WORKER)).toBe(0);
  });

  it('make a worker that cannot start an error, not a hang', async () => {
    const broken = new URL(`file://${join(dir, 'broken-worker.mjs')}`);
    const pool = new WorkerPool();
    pool.warm(broken, 2);
    await expect(
      runValidate(threaded(pool, { workerUrl: broken }), {}, { id: 'data' }),
    ).rejects.toThrow('this worker cannot start');
    expect(pool.waiting(broken)).toBe(0);
  });
});
