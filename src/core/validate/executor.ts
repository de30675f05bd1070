// Where chunks get validated: in this thread, or spread over worker threads. Either way the
// caller gets one promise per chunk and merges them in submission order, so reported lines
// keep file order whatever thread finished first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { casterFor, type Caster, type CellDialect, type JsonType } from './cells.js';
import { compileBundle, subschemaCompiler, type SchemaBundle } from './schema.js';
import { columnPlan, type ColumnPlan } from './column-plan.js';
import { validateJsonlChunk, type Validators } from './records.js';
import { validateJsonFile } from './json.js';
import {
  decodeParquetGroup,
  validateParquetRows,
  type ParquetFile,
  type RowGroupSpan,
} from './parquet.js';
import { bigConstants as bigConstantsOf } from './exact.js';
import type * as CsvModule from './csv.js';
import { ChunkDigester, type DigestPlan } from '../dataset/digest.js';

interface CsvPrepared {
  casters: Caster[];
  build: ReturnType<typeof CsvModule.rowBuilder>;
}
import type { ChunkResult } from './chunk.js';

export interface CsvContext {
  delimiter: string;
  header: string[];
  types: Array<JsonType[] | undefined>;
  /** Null tokens and decimal mark (see cells.ts). */
  dialect: CellDialect;
}

export interface ByteJob {
  kind: 'jsonl' | 'csv';
  buf: Uint8Array;
  last: boolean;
  /** For CSV: the file's header and column types (small, sent with every chunk). */
  csv?: CsvContext;
}

/** A Parquet row group, decoded where it is validated (the bytes never cross threads). */
export interface ParquetJob {
  kind: 'parquet';
  file: ParquetFile;
  group: RowGroupSpan;
}

export type Job = ByteJob | ParquetJob;

export interface Executor {
  readonly threads: number;
  submit(job: Job): Promise<ChunkResult>;
  close(): Promise<void>;
}

export interface WorkerInit {
  bundle: SchemaBundle;
  samples: number;
  /** Some files are CSV/TSV: load the CSV reader up front. */
  csv?: boolean;
  /** The dataset checks' per-record work, done in the same pass (see dataset/digest.ts). */
  plan?: DigestPlan;
}

/** The work itself, shared by the inline executor and the worker script. */
export class ChunkValidator {
  private casters = new WeakMap<CsvContext, CsvPrepared>();
  private lastCsv?: { key: string; prepared: CsvPrepared };

  private readonly digester?: ChunkDigester;
  private columns?: Promise<ColumnPlan | undefined>;

  constructor(
    readonly validators: Validators,
    private readonly samples: number,
    private readonly csvModule?: typeof CsvModule,
    plan?: DigestPlan,
    private readonly bundle?: SchemaBundle,
  ) {
    if (plan) {
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
  }

  static async create(init: WorkerInit): Promise<ChunkValidator> {
    const [fast, full, csv] = await Promise.all([
      compileBundle(init.bundle, false),
      compileBundle(init.bundle, true),
      init.csv ? import('./csv.js') : undefined,
    ]);
    const bigConstants = bigConstantsOf([
      init.bundle.root,
      ...init.bundle.refs.map((r) => r.schema),
    ]);
    return new ChunkValidator(
      { fast, full, bigConstants },
      init.samples,
      csv,
      init.plan,
      init.bundle,
    );
  }

  /** The schema's column plan (typed tables), compiled on the first table's first group. */
  private columnPlan(): Promise<ColumnPlan | undefined> {
    const bundle = this.bundle;
    this.columns ??= bundle
      ? subschemaCompiler(bundle).then((compile) => columnPlan(bundle.root, compile))
      : Promise.resolve(undefined);
    return this.columns;
  }

  /** Attaches the chunk's digest (when there is a plan) to what reading it produced. */
  private digested(r: ChunkResult): ChunkResult {
    if (this.digester) r.digest = this.digester.take();
    return r;
  }

  /** A `.json` file, read whole in this thread. */
  async runJsonFile(
    file: Parameters<typeof validateJsonFile>[0],
    opts: { maxRecordBytes: number },
  ): Promise<ChunkResult> {
    return this.digested(
      await validateJsonFile(file, this.validators, { samples: this.samples, ...opts }),
    );
  }

  private get csv(): typeof CsvModule {
    if (!this.csvModule) throw new Error('CSV chunk sent to a validator created without csv: true');
    return this.csvModule;
  }

  private prepare(csv: CsvContext): CsvPrepared {
    let c = this.casters.get(csv);
    if (c) return c;
    // Contexts arrive as fresh copies from another thread: key them by content.
    const key = JSON.stringify(csv);
    if (this.lastCsv?.key === key) c = this.lastCsv.prepared;
    else {
      c = {
        casters: csv.types.map((t) => casterFor(t ? new Set(t) : undefined, csv.dialect)),
        build: this.csv.rowBuilder(csv.header),
      };
      this.lastCsv = { key, prepared: c };
    }
    this.casters.set(csv, c);
    return c;
  }

  run(job: Job): ChunkResult | Promise<ChunkResult> {
    if (job.kind === 'parquet')
      return Promise.all([decodeParquetGroup(job.file, job.group), this.columnPlan()]).then(
        ([decoded, plan]) =>
          this.digested(
            validateParquetRows(decoded, job.group, this.validators, this.samples, plan),
          ),
      );
    return this.digested(this.read(job));
  }

  private read(job: ByteJob): ChunkResult {
    if (job.kind === 'jsonl')
      return validateJsonlChunk(
        job.buf,
        { last: job.last, samples: this.samples },
        this.validators,
      );
    const csv = job.csv as CsvContext;
    const { casters, build } = this.prepare(csv);
    return this.csv.validateCsvChunk(
      job.buf,
      {
        last: job.last,
        samples: this.samples,
        delimiter: csv.delimiter,
        header: csv.header,
        casters,
      },
      this.validators,
      build,
    );
  }
}

export class InlineExecutor implements Executor {
  readonly threads = 0;
  constructor(private readonly validator: ChunkValidator) {}
  static async create(init: WorkerInit): Promise<InlineExecutor> {
    return new InlineExecutor(await ChunkValidator.create(init));
  }
  get validators(): ChunkValidator {
    return this.validator;
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

/** Young generation of a worker thread, in MB (see WorkerExecutor.create). */
export const WORKER_YOUNG_MB = 8;

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

  static create(init: WorkerInit, threads: number, url: URL): WorkerExecutor {
    // A small young generation per worker: chunks make only short-lived garbage, and default-sized
    // nurseries cost ~70 MB of RSS per worker (measured: peak RSS 278 MB → 218 MB on the bench
    // JSON Lines file, and slightly less CPU).
    const workers = Array.from(
      { length: threads },
      () =>
        new Worker(url, {
          workerData: init,
          resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
        }),
    );
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
      worker.postMessage(
        { seq, job },
        job.kind === 'parquet' ? [] : [job.buf.buffer as ArrayBuffer],
      );
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** The bundled worker script beside this module, if there is one (not under vitest's sources). */
export function defaultWorkerUrl(): URL | undefined {
  const url = new URL('./validate-worker.js', import.meta.url);
  try {
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}
