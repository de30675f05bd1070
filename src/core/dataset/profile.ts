// The drift profiles of one side (reference or current): a ColumnProfile per column, fed one
// digest (digest.ts) at a time. The current side is digested inside validate's own pass; the
// reference side is read in a worker thread meanwhile: the two passes are independent, and each
// is bound by JSON.parse.
import type { Problem } from '../result.js';
import type { DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import { ColumnProfile, type ProfileState } from './drift.js';
import { ChunkDigester, MAX_AUTO_COLUMNS, type ColumnDigest } from './digest.js';
import { readRows } from './read.js';
import { startWorker, WORKER_MIN_BYTES, type WorkerPool } from '../validate/worker-pool.js';
import { shardParts, type ShardPart } from '../validate/shard-ranges.js';
import { countLines } from '../validate/shard.js';
import type { ShardSpec } from '../validate/shard-spec.js';

/** Rows the reference pass digests before folding them into its profiles. */
const FOLD_ROWS = 4096;

export class DriftSide {
  readonly columns = new Map<string, ColumnProfile>();
  constructor(
    private readonly size: number,
    private readonly seed: number,
    private readonly fixed: string[] | undefined,
  ) {
    for (const c of fixed ?? []) this.profile(c);
  }

  profile(name: string): ColumnProfile {
    let p = this.columns.get(name);
    if (!p) {
      p = new ColumnProfile(this.size, this.seed + this.columns.size);
      this.columns.set(name, p);
    }
    return p;
  }

  /** One chunk's column digests (digest.ts), chunks in file order. */
  merge(columns: ColumnDigest[]): void {
    for (const c of columns) {
      let p = this.columns.get(c.name);
      if (!p) {
        if (this.fixed || this.columns.size >= MAX_AUTO_COLUMNS) continue;
        p = this.profile(c.name);
      }
      p.merge(c);
    }
  }

  states(): Array<[string, ProfileState]> {
    return [...this.columns].map(([name, p]) => [name, p.state()]);
  }

  static fromStates(
    size: number,
    seed: number,
    fixed: string[] | undefined,
    states: Array<[string, ProfileState]>,
  ): DriftSide {
    const side = new DriftSide(size, seed, fixed);
    for (const [name, s] of states) side.columns.set(name, ColumnProfile.fromState(s));
    return side;
  }
}

export interface ReferenceJob {
  files: DataFile[];
  /** Read only this shard's part of the reference (shard-ranges.ts); undefined: every file whole. */
  shard?: ShardSpec;
  bundle: SchemaBundle;
  columns?: string[];
  sampleSize: number;
  seed: number;
  samples: number;
  maxRecordBytes: number;
}

export interface ReferenceOutcome {
  rows: number;
  problems: Problem[];
  states: Array<[string, ProfileState]>;
}

/**
 * A JSON Lines piece of the reference is read with lines counted from its start (the file before
 * it is never read): its problems' lines, when there are any, get the lines before the piece, so
 * every location stays the file's own without a scan in the common case (no problem at all).
 */
async function fileLines(f: DataFile, part: ShardPart, problems: Problem[]): Promise<Problem[]> {
  if (!part.lines?.relative || !part.range || !problems.some((p) => p.line !== undefined))
    return problems;
  const before = await countLines(f, 0, part.range.start.offset);
  return problems.map((p) => (p.line !== undefined ? { ...p, line: p.line + before } : p));
}

/** One pass over the reference files, in this thread. */
export async function profileReference(job: ReferenceJob): Promise<ReferenceOutcome> {
  const side = new DriftSide(job.sampleSize, job.seed, job.columns);
  // The same per-record work as the current data's pass, folded every FOLD_ROWS records.
  const digester = new ChunkDigester(
    { tests: [], keys: [], rowHash: false, drift: job.columns ? { columns: job.columns } : {} },
    0,
  );
  const fold = () => side.merge(digester.take().columns ?? []);
  const out: ReferenceOutcome = { rows: 0, problems: [], states: [] };
  const parts = job.shard
    ? await shardParts(job.files, job.shard, job.bundle, job.maxRecordBytes)
    : job.files.map((_, file): ShardPart => ({ file }));
  for (const part of parts) {
    const f = job.files[part.file] as DataFile;
    const r = await readRows(
      f,
      job.bundle,
      (line, record, value) => {
        digester.tap(line, record, value);
        if (digester.size >= FOLD_ROWS) fold();
      },
      {
        samples: job.samples,
        maxRecordBytes: job.maxRecordBytes,
        ...(part.range ? { range: part.range } : {}),
      },
    );
    fold();
    out.problems.push(...(await fileLines(f, part, r.problems)));
    // A shard's part of a file may hold no record; the file as a whole is not judged here.
    if (r.rows === 0 && r.problems.length === 0 && !job.shard)
      out.problems.push({ message: 'reference file has no records', file: f.path });
    out.rows += r.rows;
  }
  out.states = side.states();
  return out;
}

export interface RunningReference {
  done: Promise<ReferenceOutcome>;
  /** Stops a worker still reading (the pass it runs beside failed). */
  stop: () => Promise<void>;
}

/**
 * profileReference in a worker thread of script `url` (a started one from `pool` when there is
 * one) when the reference is big; in this thread when it is small or there is no `url`.
 */
export function startReference(
  job: ReferenceJob,
  url: URL | undefined,
  pool?: WorkerPool,
): RunningReference {
  const bytes = job.files.reduce((n, f) => n + f.bytes, 0);
  if (!url || bytes < WORKER_MIN_BYTES)
    return { done: profileReference(job), stop: async () => {} };
  const worker = startWorker(url, pool);
  worker.postMessage({ job });
  const done = new Promise<ReferenceOutcome>((resolve, reject) => {
    let settled = false;
    worker.once('message', (m: { result?: ReferenceOutcome; error?: string }) => {
      settled = true;
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(m.result as ReferenceOutcome);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`dataset worker exited with code ${code}`));
    });
  });
  // Settled even when no one waits for it (the pass beside it threw): no unhandled rejection.
  done.catch(() => undefined);
  return {
    done,
    stop: async () => {
      await worker.terminate();
    },
  };
}
