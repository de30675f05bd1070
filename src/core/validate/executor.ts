// Where chunks get validated: in this thread, or spread over worker threads. Either way the
// caller gets one promise per chunk and merges them in submission order, so reported lines
// keep file order whatever thread finished first.
import type { Worker } from 'node:worker_threads';
import { compileBundle, type SchemaBundle } from './schema.js';
import type { Validators } from './records.js';
import { bigConstants as bigConstantsOf } from './exact.js';
import { ChunkDigester, type DigestPlan } from '../dataset/digest.js';
import type { ChunkResult } from './chunk.js';
import type { Executor, Job } from './jobs.js';
import type { RecordLayout } from '../data/format.js';
import type { JobRunner } from '../data/reader.js';
import { READERS } from '../data/readers.js';
import { startWorker, type WorkerPool } from './worker-pool.js';

export type { ByteJob, CsvContext, DocumentJob, Executor, Job, ParquetJob } from './jobs.js';

export interface WorkerInit {
  bundle: SchemaBundle;
  samples: number;
  /** The layouts of the files to read (their readers are loaded up front); default: all. */
  layouts?: RecordLayout[];
  /** The dataset checks' per-record work, done in the same pass (see dataset/digest.ts). */
  plan?: DigestPlan;
}

/** The work itself, shared by the inline executor and the worker script: each job to its reader. */
export class ChunkValidator {
  private readonly digester?: ChunkDigester;
  readonly validators: Validators;
  private readonly runners = new Map<Job['kind'], JobRunner>();
  private readonly done = (r: ChunkResult): ChunkResult => {
    // The chunk's digest (when there is a plan), taken right after its records were read.
    if (this.digester) r.digest = this.digester.take();
    return r;
  };

  private constructor(validators: Validators, plan: DigestPlan | undefined, samples: number) {
    this.validators = validators;
    if (!plan) return;
    const digester = (this.digester = new ChunkDigester(plan, samples));
    const outer = validators.tap;
    this.validators = {
      ...validators,
      tap: outer
        ? (line, record, value) => {
            outer(line, record, value);
            digester.tap(line, record, value);
          }
        : (line, record, value) => digester.tap(line, record, value),
    };
  }

  /** A validator for `layouts`' jobs (all when not given), with these validators. */
  static async using(
    validators: Validators,
    samples: number,
    layouts: readonly RecordLayout[] = Object.keys(READERS) as RecordLayout[],
    plan?: DigestPlan,
    bundle?: SchemaBundle,
  ): Promise<ChunkValidator> {
    const cv = new ChunkValidator(validators, plan, samples);
    for (const layout of new Set(layouts)) {
      const reader = READERS[layout];
      const run = await reader.runner(cv.validators, samples, bundle);
      for (const kind of reader.kinds) cv.runners.set(kind, run);
    }
    return cv;
  }

  static async create(init: WorkerInit): Promise<ChunkValidator> {
    const [fast, full] = await Promise.all([
      compileBundle(init.bundle, false),
      compileBundle(init.bundle, true),
    ]);
    const bigConstants = bigConstantsOf([
      init.bundle.root,
      ...init.bundle.refs.map((r) => r.schema),
    ]);
    return ChunkValidator.using(
      { fast, full, bigConstants },
      init.samples,
      init.layouts,
      init.plan,
      init.bundle,
    );
  }

  run(job: Job): ChunkResult | Promise<ChunkResult> {
    const run = this.runners.get(job.kind);
    if (!run)
      throw new Error(`internal: a ${job.kind} job sent to a validator made without its reader`);
    return run(job, this.done);
  }
}

export class InlineExecutor implements Executor {
  readonly threads = 0;
  constructor(private readonly validator: ChunkValidator) {}
  static async create(init: WorkerInit): Promise<InlineExecutor> {
    return new InlineExecutor(await ChunkValidator.create(init));
  }
  submit(job: Job): Promise<ChunkResult> {
    try {
      return Promise.resolve(this.validator.run(job));
    } catch (err) {
      return Promise.reject(err);
    }
  }
  async close(): Promise<void> {}
}

type Reply = { seq: number; result?: ChunkResult; error?: string };

export class WorkerExecutor implements Executor {
  private seq = 0;
  /** Jobs sent to each worker and not answered yet. */
  private readonly load: number[];
  private readonly pending = new Map<
    number,
    { resolve: (r: ChunkResult) => void; reject: (e: Error) => void; worker: number }
  >();
  private failure?: Error;

  private constructor(private readonly workers: Worker[]) {
    this.load = workers.map(() => 0);
    for (const w of workers) {
      w.on('message', (m: Reply) => {
        const p = this.pending.get(m.seq);
        if (!p) return;
        this.pending.delete(m.seq);
        this.load[p.worker] = (this.load[p.worker] ?? 1) - 1;
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.result as ChunkResult);
      });
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`validate worker exited with code ${code}`));
      });
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  /**
   * `threads` workers of script `url` (started ones from `pool` first), each told `init` by its
   * first message (see worker.ts).
   */
  static create(init: WorkerInit, threads: number, url: URL, pool?: WorkerPool): WorkerExecutor {
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < threads; i++) {
        const w = startWorker(url, pool);
        workers.push(w);
        w.postMessage({ init });
      }
    } catch (err) {
      // A worker taken (ref'd) and not handed on would keep the process alive.
      for (const w of workers) void w.terminate();
      throw err;
    }
    return new WorkerExecutor(workers);
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  submit(job: Job): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    // The least busy worker (the first on a tie): a worker slowed by its chunks, or by the
    // machine, gets fewer, instead of the others waiting on it in file order.
    const index = this.load.indexOf(Math.min(...this.load));
    this.load[index] = (this.load[index] ?? 0) + 1;
    const worker = this.workers[index] as Worker;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker: index });
      // Transfer, not copy: the chunk's buffer belongs to this job alone (see source.ts).
      worker.postMessage({ seq, job }, 'buf' in job ? [job.buf.buffer as ArrayBuffer] : []);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
