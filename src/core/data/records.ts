// The record source: every record of a data file, in file order, with where it is, whatever the
// format, through the readers validation uses (readers.ts) with a tap instead of a validator, in
// this thread. A read can be limited to a range of the file (a shard's piece: records from a
// byte offset on a record boundary, or some Parquet row groups), and locations stay those of the
// file: the range says how many lines (rows) precede it.
import { ChunkValidator, InlineExecutor } from '../validate/executor.js';
import type { RecordCheck, Validators } from '../validate/records.js';
import type { Executor, Job } from '../validate/jobs.js';
import type { DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import type { Problem } from '../result.js';
import { formatSpec } from './registry.js';
import type { FileRange } from './reader.js';
import { readDataFile } from './read-file.js';

export type { FileRange };

export interface RecordAt {
  value: unknown;
  /** 1-based: the line of the record's first byte (text formats) or its row in the file (Parquet). */
  line: number;
  /** 0-based index among the records read. */
  record: number;
  /** The Parquet row group the row is in. */
  rowGroup?: number;
}

export interface RecordOptions {
  maxRecordBytes: number;
  chunkBytes?: number;
  range?: FileRange;
  /** Asked before each chunk: true ends the read there (the records wanted are in). */
  stop?: () => boolean;
}

export interface ReadOutcome {
  rows: number;
  problems: Problem[];
  /**
   * Records that could not be read (not JSON, not UTF-8, a CSV row of the wrong width, over the
   * size limit), located: the first of each kind per chunk.
   */
  unreadable: Problem[];
}

/**
 * An empty schema, for reading records without validating them: the readers then type no CSV
 * cell, so each cell keeps its own text.
 */
export const NO_SCHEMA: SchemaBundle = {
  file: '',
  draft: '2020-12',
  root: {},
  rootId: '',
  refs: [],
  keywords: [],
  formats: [],
  warnings: [],
};

/** Thrown by the record source's executor to end a read early (RecordOptions.stop). */
class Stopped extends Error {}

export type Tap = NonNullable<Validators['tap']>;

/** A reader for `file`'s format that only hands records to `tap` (it validates nothing). */
export async function tapReader(file: DataFile, tap: Tap, samples = 0): Promise<ChunkValidator> {
  const accept: RecordCheck = () => true;
  return ChunkValidator.using({ fast: accept, full: accept, tap }, samples, [
    formatSpec(file.format).layout,
  ]);
}

/**
 * A chunk's problems into `into`, each naming `path`, its line made absolute: the chunk's lines
 * are counted from `lineBase`.
 */
export function pushLocated(
  into: Problem[],
  problems: Problem[] | undefined,
  path: string,
  lineBase: number,
): void {
  for (const p of problems ?? [])
    into.push({ ...p, file: path, ...(p.line !== undefined ? { line: p.line + lineBase } : {}) });
}

/**
 * Every record of `file` (or of `opts.range`) through `cv` (a tap reader), in this thread and in
 * file order; `onChunk` learns where each chunk's lines start before its records are tapped.
 */
export async function readWith(
  file: DataFile,
  bundle: SchemaBundle,
  cv: ChunkValidator,
  opts: RecordOptions,
  onChunk: (lineBase: number, rowGroup?: number) => void = () => {},
): Promise<ReadOutcome> {
  const out: ReadOutcome = { rows: 0, problems: [], unreadable: [] };
  let lineBase = 0;
  const inline = new InlineExecutor(cv);
  // A chunk's records are tapped while its job runs, located from the lines before it: a job runs
  // only once every earlier result is in (so `lineBase` is its own), one at a time, in order.
  let submitted = 0;
  let answered = 0;
  const waiting: Array<() => void> = [];
  const executor: Executor = {
    threads: 0,
    async submit(job: Job) {
      const turn = submitted++;
      while (answered < turn) await new Promise<void>((r) => waiting.push(r));
      if (opts.stop?.()) throw new Stopped();
      onChunk(lineBase, 'group' in job ? job.group.index : undefined);
      return inline.submit(job);
    },
    close: async () => {},
  };
  const reading = readDataFile(file, bundle, {
    executor,
    inline: async () => executor,
    opts: {
      chunkBytes: opts.chunkBytes ?? 1024 * 1024,
      maxRecordBytes: opts.maxRecordBytes,
      samples: 0,
      window: 0, // each chunk's result before the next chunk is read: lines stay absolute
    },
    ...(opts.range ? { range: opts.range } : {}),
    onStart: (start) => {
      lineBase = start.lines;
      out.problems.push(...start.problems.map((p) => ({ ...p, file: file.path })));
    },
    onResult: (r) => {
      answered++;
      for (const wake of waiting.splice(0)) wake();
      pushLocated(out.problems, r.problems, file.path, lineBase);
      // With a validator that accepts everything, a group is a record that could not be read.
      for (const g of r.groups)
        for (const s of g.samples)
          out.unreadable.push({ message: s.message, file: file.path, line: lineBase + s.line });
      out.rows += r.rows;
      lineBase += r.lines;
    },
  });
  await reading.catch((err: unknown) => {
    if (!(err instanceof Stopped)) throw err;
  });
  return out;
}

/** Every record of `file` (or of its `range`) to `onRecord`, in file order, located in the file. */
export async function readRecords(
  file: DataFile,
  bundle: SchemaBundle,
  onRecord: (r: RecordAt) => void,
  opts: RecordOptions,
): Promise<ReadOutcome> {
  let lineBase = 0;
  let rowGroup: number | undefined;
  let record = 0;
  const cv = await tapReader(
    file,
    (line, _r, value) =>
      onRecord({
        value,
        line: lineBase + line,
        record: record++,
        ...(rowGroup !== undefined ? { rowGroup } : {}),
      }),
    1,
  );
  return readWith(file, bundle, cv, opts, (base, group) => {
    lineBase = base;
    rowGroup = group;
  });
}
