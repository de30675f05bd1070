// The drift profiles of one side (reference or current): a ColumnProfile per column, fed one
// record at a time. The reference side can be built in a worker thread while the main thread
// reads the current data: the two passes are independent, and each is bound by JSON.parse.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../result.js';
import type { DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import { ColumnProfile, type ProfileState } from './drift.js';
import { readRows } from './read.js';

/** Columns profiled for drift when the config does not list them. */
export const MAX_AUTO_COLUMNS = 100;
/** References smaller than this are read in the main thread (a worker costs ~50 ms to start). */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;

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

  add(value: unknown): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    const row = value as Record<string, unknown>;
    if (this.fixed) {
      for (const [name, p] of this.columns) p.add(row[name]);
      return;
    }
    for (const k in row) {
      let p = this.columns.get(k);
      if (!p) {
        if (this.columns.size >= MAX_AUTO_COLUMNS) continue;
        p = this.profile(k);
      }
      p.add(row[k]);
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

/** One pass over the reference files, in this thread. */
export async function profileReference(job: ReferenceJob): Promise<ReferenceOutcome> {
  const side = new DriftSide(job.sampleSize, job.seed, job.columns);
  const out: ReferenceOutcome = { rows: 0, problems: [], states: [] };
  for (const f of job.files) {
    const r = await readRows(f, job.bundle, (v) => (side.add(v), undefined), {
      samples: job.samples,
      maxRecordBytes: job.maxRecordBytes,
    });
    out.problems.push(...r.problems);
    if (r.rows === 0 && r.problems.length === 0)
      out.problems.push({ message: 'reference file has no records', file: f.path });
    out.rows += r.rows;
  }
  out.states = side.states();
  return out;
}

/** The bundled worker script beside this module (dist/dataset-worker.js), if there is one. */
export function referenceWorkerUrl(): URL | undefined {
  const url = new URL('./dataset-worker.js', import.meta.url);
  try {
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** profileReference in a worker thread when the reference is big and the worker script exists. */
export function startReference(
  job: ReferenceJob,
  url = referenceWorkerUrl(),
): Promise<ReferenceOutcome> {
  const bytes = job.files.reduce((n, f) => n + f.bytes, 0);
  if (!url || bytes < WORKER_MIN_BYTES) return profileReference(job);
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: job });
    let done = false;
    worker.once('message', (m: { result?: ReferenceOutcome; error?: string }) => {
      done = true;
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(m.result as ReferenceOutcome);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      done = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`dataset worker exited with code ${code}`));
    });
  });
}
