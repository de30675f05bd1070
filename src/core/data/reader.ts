// What a format's reader does (one module per record layout in readers/, listed in readers.ts):
// it reads a file, or a range of it, into jobs for the executor and hands their results back in
// file order; it runs those jobs where the executor runs them (a worker thread or this one); and
// it finds chunks again from where they were (the read-backs of the dataset checks' samples).
import type { Problem } from '../result.js';
import type { ChunkResult } from '../validate/chunk.js';
import type { DataFile } from '../validate/files.js';
import type { Executor, Job } from '../validate/jobs.js';
import type { Validators } from '../validate/records.js';
import type { SchemaBundle } from '../validate/schema.js';
import type { PieceStart } from '../validate/shard.js';
import type { SourceOptions } from '../validate/source.js';

export type { SourceOptions };

/** Part of a file (a shard's piece): records from `start` up to `end`, or row groups [from, to). */
export interface FileRange {
  start: PieceStart;
  end: number;
  rowGroups?: { from: number; to: number };
}

/** What precedes a file's records: lines and bytes (a CSV header), and the header's problems. */
export interface ReadStart {
  lines: number;
  offset: number;
  problems: Problem[];
}

/** How to read a file: through which executors, which part of it, and to whom. */
export interface ReadOptions {
  executor: Executor;
  /** This thread's executor (made on first use), for a file that is read whole here. */
  inline: () => Promise<Executor>;
  opts: SourceOptions;
  range?: FileRange;
  /** Called once, before the first result. */
  onStart(start: ReadStart): void;
  onResult(r: ChunkResult): void;
}

export interface ReadContext extends ReadOptions {
  file: DataFile;
  bundle: SchemaBundle;
}

/** Where a chunk came from: its `offset` and `bytes` as the reader set them on its result. */
export interface ChunkAt {
  offset?: number;
  bytes?: number;
}

/**
 * Runs one job. `done` takes the records' result the moment they are validated (the dataset
 * digest of a chunk is taken there, before another chunk's records can be read in this thread);
 * the runner returns what `done` returned.
 */
export type JobRunner = (
  job: Job,
  done: (r: ChunkResult) => ChunkResult,
) => ChunkResult | Promise<ChunkResult>;

export interface LayoutReader {
  /** Its jobs go to worker threads when there are some (else it reads in this thread). */
  readonly threaded: boolean;
  /** The job kinds it makes and runs. */
  readonly kinds: readonly Job['kind'][];
  /** Reads the file (or `ctx.range`) through the executor. */
  read(ctx: ReadContext): Promise<void>;
  /** What runs its jobs in one thread, with these validators. */
  runner(v: Validators, samples: number, bundle?: SchemaBundle): Promise<JobRunner>;
  /**
   * Runs again the chunks at `chunks` (ascending offsets), one job each in that order, through
   * `run` (a chunk no longer there is skipped).
   */
  reread(
    file: DataFile,
    bundle: SchemaBundle,
    chunks: ChunkAt[],
    maxRecordBytes: number,
    run: (job: Job, index: number) => Promise<void>,
  ): Promise<void>;
}

/** The one result of a file that cannot be read at all (not Parquet, not Arrow IPC...). */
export function unreadable(message: string): ChunkResult {
  return { lines: 0, rows: 0, invalidRows: 0, groups: [], problems: [{ message }] };
}
