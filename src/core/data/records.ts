// The record source: every record of a data file, in file order, with where it is, whatever the
// format, through the same readers validate uses (the chunk parsers, the `.json` scanner, the
// Parquet row-group decoder) with a tap instead of a validator. A read can be limited to a byte
// range of a text file (cut on record boundaries, as the chunker cuts) or to some row groups of a
// Parquet file: the unit a shard of the file is.
import type { ValidateFunction } from 'ajv';
import { ChunkValidator, InlineExecutor } from '../validate/executor.js';
import { parquetRowGroups } from '../validate/parquet.js';
import { readCsvHeader, readDataFile, streamFile, type SourceOptions } from '../validate/source.js';
import type { Validators } from '../validate/records.js';
import type { DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import type { Problem } from '../result.js';
import { formatSpec } from './registry.js';

export interface RecordAt {
  value: unknown;
  /**
   * 1-based: the line of the record's first byte (text formats; counted from the range's start
   * when a byte range is read) or its row in the file (Parquet).
   */
  line: number;
  /** 0-based index among the records read. */
  record: number;
  /** The Parquet row group the row is in. */
  rowGroup?: number;
}

/** Part of a file: bytes [start, end) of the records' text, or some Parquet row groups. */
export type RecordRange = { bytes: { start: number; end: number } } | { rowGroups: number[] };

export interface RecordOptions {
  maxRecordBytes: number;
  chunkBytes?: number;
  range?: RecordRange;
}

export interface ReadOutcome {
  rows: number;
  problems: Problem[];
}

function tapOnly(tap: Validators['tap']): Validators {
  const accept = (() => true) as unknown as ValidateFunction;
  return { fast: accept, full: accept, tap };
}

/** A reader that only hands records to `tap` (it validates nothing). */
export async function tapReader(
  file: DataFile,
  tap: NonNullable<Validators['tap']>,
  samples = 0,
): Promise<ChunkValidator> {
  const delimited = formatSpec(file.format).layout === 'delimited';
  return new ChunkValidator(
    tapOnly(tap),
    samples,
    delimited ? await import('../validate/csv.js') : undefined,
  );
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

/** Where a read is: what it found so far, and the position its tap adds to the chunk's lines. */
interface ReadState {
  out: ReadOutcome;
  lineBase: number;
  rowGroup?: number;
  record: number;
}

type ChunkOutcome = { rows: number; lines: number; problems?: Problem[] };

/** Every record of `file` (or of its `range`) to `onRecord`, in file order. */
export async function readRecords(
  file: DataFile,
  bundle: SchemaBundle,
  onRecord: (r: RecordAt) => void,
  opts: RecordOptions,
): Promise<ReadOutcome> {
  const st: ReadState = { out: { rows: 0, problems: [] }, lineBase: 0, record: 0 };
  const cv = await tapReader(file, (line, _r, value) =>
    onRecord({
      value,
      line: st.lineBase + line,
      record: st.record++,
      ...(st.rowGroup !== undefined ? { rowGroup: st.rowGroup } : {}),
    }),
  );
  const onResult = (r: ChunkOutcome): void => {
    pushLocated(st.out.problems, r.problems, file.path, st.lineBase);
    st.out.rows += r.rows;
    st.lineBase += r.lines;
  };
  const layout = formatSpec(file.format).layout;
  const range = opts.range;
  if (layout === 'row-groups') {
    await readRowGroups(file, cv, range, st, onResult);
    return st.out;
  }
  if (range && 'rowGroups' in range) throw new Error(`${file.path}: row groups are Parquet's`);
  const source = {
    chunkBytes: opts.chunkBytes ?? 1024 * 1024,
    maxRecordBytes: opts.maxRecordBytes,
    samples: 0,
    window: 0, // each chunk's result before the next chunk is read: lines stay absolute
  };
  const executor = new InlineExecutor(cv);
  if (!range) {
    await readDataFile(
      file,
      bundle,
      executor,
      source,
      () => cv.runJsonFile(file, { maxRecordBytes: opts.maxRecordBytes }),
      (header) => {
        st.lineBase = header.lines;
        st.out.problems.push(...header.problems.map((p) => ({ ...p, file: file.path })));
      },
      onResult,
    );
    return st.out;
  }
  if (layout === 'document') throw new Error(`${file.path}: a .json file is read whole`);
  await readTextRange(file, bundle, range.bytes, executor, source, st.out, onResult);
  return st.out;
}

/** The row groups of a Parquet file (those of `range`, when given), in order. */
async function readRowGroups(
  file: DataFile,
  cv: ChunkValidator,
  range: RecordRange | undefined,
  st: ReadState,
  onResult: (r: ChunkOutcome) => void,
): Promise<void> {
  const { groups, problem } = await parquetRowGroups(file);
  if (problem) st.out.problems.push({ message: problem, file: file.path });
  const wanted = range && 'rowGroups' in range ? new Set(range.rowGroups) : undefined;
  for (const group of groups) {
    if (wanted && !wanted.has(group.index)) continue;
    st.rowGroup = group.index;
    st.lineBase = group.rowStart;
    const r = await cv.run({
      kind: 'parquet',
      file: { path: file.path, gate: file.gate },
      group,
    });
    onResult({ ...r, lines: 0 });
  }
}

/** The records of bytes [start, end) of a JSON Lines or CSV/TSV file, cut on record boundaries. */
async function readTextRange(
  file: DataFile,
  bundle: SchemaBundle,
  bytes: { start: number; end: number },
  executor: InlineExecutor,
  source: SourceOptions,
  out: ReadOutcome,
  onResult: (r: ChunkOutcome) => void,
): Promise<void> {
  const layout = formatSpec(file.format).layout;
  const header =
    layout === 'delimited' ? await readCsvHeader(file, bundle, source.maxRecordBytes) : undefined;
  if (header) out.problems.push(...header.problems.map((p) => ({ ...p, file: file.path })));
  const csv = header?.csv;
  if (header && !csv) return;
  // A CSV range that starts at the top starts after the header row.
  const start = Math.max(bytes.start, header?.offset ?? 0);
  const kind = layout === 'delimited' ? 'csv' : 'jsonl';
  await streamFile(
    file,
    kind,
    executor,
    source,
    { offset: start, end: bytes.end, ...(csv ? { csv } : {}) },
    onResult,
  );
}
