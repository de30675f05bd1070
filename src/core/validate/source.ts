// Reads a JSON Lines or CSV/TSV file in blocks and cuts it into chunks that end on a record
// boundary (a newline; for CSV one outside quotes), so each chunk can be validated on its own.
// Memory stays bounded: a few chunks in flight, and no record may exceed maxRecordBytes.
import { DataReadError, openBytes } from './bytes.js';
import type { Problem } from '../result.js';
import type { ByteJob, Executor, CsvContext, Job } from './executor.js';
import { parquetRowGroups } from './parquet.js';
import type { ChunkResult } from './chunk.js';
import { columnTypes } from './cells.js';
import type { SchemaBundle } from './schema.js';
import type { DataFile } from './files.js';
import { limitReader, type PieceStart } from './shard.js';

const LF = 10;
const QUOTE = 34;

export interface SourceOptions {
  chunkBytes: number;
  maxRecordBytes: number;
  samples: number;
  /** Chunks in flight at once. */
  window: number;
}

/** Position after the last newline that is outside quotes, or -1. Quotes escape as "". */
export function lastCsvBoundary(data: Uint8Array): number {
  let pos = 0;
  let inQuotes = false;
  let last = -1;
  for (;;) {
    const q = data.indexOf(QUOTE, pos);
    const end = q === -1 ? data.length : q;
    if (!inQuotes && end > pos) {
      const nl = data.lastIndexOf(LF, end - 1);
      if (nl >= pos) last = nl;
    }
    if (q === -1) return last;
    inQuotes = !inQuotes;
    pos = q + 1;
  }
}

function oversized(maxRecordBytes: number, lines: number): ChunkResult {
  return {
    lines,
    rows: 1,
    invalidRows: 1,
    groups: [
      {
        schemaPath: '',
        keyword: 'maxRecordSize',
        message: `record is larger than the ${maxRecordBytes}-byte limit`,
        count: 1,
        samples: [
          {
            line: 1,
            record: 0,
            pointer: '',
            value: '',
            message: `record is larger than the ${maxRecordBytes}-byte limit`,
          },
        ],
      },
    ],
  };
}

/** A fresh, transferable copy of a range (never a view into Node's shared buffer pool). */
function own(src: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  out.set(src.subarray(from, to));
  return out;
}

function headerEnds(buf: Uint8Array): boolean {
  let inQ = false;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === QUOTE) inQ = !inQ;
    else if (buf[i] === LF && !inQ) return true;
  }
  return false;
}

export interface HeaderResult {
  csv?: CsvContext;
  /** Bytes of the file the header (and BOM) took. */
  offset: number;
  lines: number;
  problems: Problem[];
}

/** Reads and checks the CSV header: required, no empty or duplicate names, no unclosed quote. */
// eslint-disable-next-line max-lines-per-function -- not split here: this module is being reworked on the record-source (readers) branch; split it there or after the merge
export async function readCsvHeader(
  file: DataFile,
  bundle: SchemaBundle,
  maxRecordBytes: number,
): Promise<HeaderResult> {
  const dialect = file.csv ?? {};
  const reader = await openBytes(file);
  try {
    // Headers are short; read more only when the first block holds no complete header row.
    const first = 64 * 1024;
    let buf = Buffer.allocUnsafe(first);
    let bytesRead = await reader.read(buf, 0, first);
    let size = first;
    if (bytesRead === first && !headerEnds(buf)) {
      size = Math.max(first, maxRecordBytes);
      const more = Buffer.allocUnsafe(size);
      more.set(buf, 0);
      buf = more;
      bytesRead += await reader.read(buf, first, size - first);
    }
    // Filled to the brim: the file (probably) goes on past what was read.
    const truncated = bytesRead === size;
    let data = buf.subarray(0, bytesRead);
    let offset = 0;
    if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
      offset = 3;
      data = data.subarray(3);
    }
    const problem = (message: string): HeaderResult => ({
      offset,
      lines: 0,
      problems: [{ message, file: file.path, line: 1 }],
    });
    if (data.length === 0) return problem('file is empty: a header row is required');
    let end = data.indexOf(LF);
    // A header with a quoted newline in a name: fall back to the quote-aware search.
    if (end !== -1 && data.subarray(0, end).includes(QUOTE)) {
      let inQ = false;
      end = -1;
      for (let i = 0; i < data.length; i++) {
        if (data[i] === QUOTE) inQ = !inQ;
        else if (data[i] === LF && !inQ) {
          end = i;
          break;
        }
      }
    }
    if (end === -1 && truncated)
      return problem(`header row is longer than ${maxRecordBytes} bytes (an unclosed quote?)`);
    const lineEnd = end === -1 ? data.length : end;
    const newline: '\n' | '\r\n' = end > 0 && data[end - 1] === 13 ? '\r\n' : '\n';
    const text = Buffer.from(
      data.subarray(0, end > 0 && newline === '\r\n' ? end - 1 : lineEnd),
    ).toString('utf8');
    const delimiter = dialect.delimiter ?? (file.format === 'tsv' ? '\t' : ',');
    if (dialect.decimal === ',' && delimiter === ',')
      return problem('decimal "," needs another delimiter (set csv.delimiter, e.g. ";")');
    const { default: Papa } = await import('papaparse');
    const parsed = Papa.parse<string[]>(text, {
      delimiter,
      newline,
      quoteChar: '"',
      header: false,
    });
    const header = parsed.data[0] ?? [];
    if (parsed.errors.length)
      return problem(
        `header row: ${parsed.errors[0]?.code === 'MissingQuotes' ? 'unclosed quote' : parsed.errors[0]?.message}`,
      );
    if (header.length === 0 || (header.length === 1 && header[0] === ''))
      return problem('file is empty: a header row is required');
    const seen = new Map<string, number>();
    for (let i = 0; i < header.length; i++) {
      const name = header[i] as string;
      if (name.trim() === '') return problem(`header row: column ${i + 1} has no name`);
      const prev = seen.get(name);
      if (prev !== undefined)
        return problem(
          `header row: duplicate column ${JSON.stringify(name)} (columns ${prev + 1} and ${i + 1})`,
        );
      seen.set(name, i);
    }
    const types = columnTypes(bundle, header).map((t) => (t ? [...t] : undefined));
    const lines = text.split('\n').length;
    return {
      csv: {
        delimiter,
        header,
        types,
        dialect: {
          ...(dialect.nullValues ? { nullValues: dialect.nullValues } : {}),
          ...(dialect.decimal ? { decimal: dialect.decimal } : {}),
        },
      },
      offset: offset + (end === -1 ? data.length : end + 1),
      lines,
      problems: [],
    };
  } finally {
    await reader.close();
  }
}

/**
 * Streams one JSON Lines or CSV file through the executor. Results come back in file order
 * through `onResult`; `offset` skips the BOM (and, for CSV, the header).
 */
// eslint-disable-next-line max-lines-per-function -- not split here: this module is being reworked on the record-source (readers) branch; split it there or after the merge
export async function streamFile(
  file: DataFile,
  kind: 'jsonl' | 'csv',
  executor: Executor,
  opts: SourceOptions,
  /** Where to start and (exclusive, in the records' bytes) where to stop; both on record boundaries. */
  start: { offset: number; end?: number; csv?: CsvContext },
  onResult: (r: ChunkResult) => void,
): Promise<void> {
  const opened = await openBytes(file, start.offset);
  const reader = start.end === undefined ? opened : limitReader(opened, start.end);
  const queue: Array<Promise<ChunkResult>> = [];
  const drain = async (max: number) => {
    while (queue.length > max) onResult(await (queue.shift() as Promise<ChunkResult>));
  };
  // `data` below always holds the file's bytes [position - data.length, position).
  const send = async (job: ByteJob, offset: number) => {
    // Measured before submit: the buffer is transferred to a worker thread.
    const bytes = job.buf.byteLength;
    queue.push(executor.submit(job).then((r) => ({ ...r, bytes, offset })));
    await drain(opts.window);
  };
  const synthetic = async (r: ChunkResult) => {
    queue.push(Promise.resolve(r));
    await drain(opts.window);
  };
  try {
    let position = start.offset;
    let first = kind === 'jsonl' && position === 0;
    let carry: Uint8Array = new Uint8Array(0);
    let skipping = false; // inside an oversized JSON Lines record: drop bytes up to its newline
    for (;;) {
      const block = Buffer.allocUnsafeSlow(carry.length + opts.chunkBytes);
      block.set(carry, 0);
      // A range's end is enforced by the limited reader.
      const bytesRead = await reader.read(block, carry.length, opts.chunkBytes);
      position += bytesRead;
      const eof = bytesRead === 0;
      let data: Uint8Array = block.subarray(0, carry.length + bytesRead);
      if (first) {
        first = false;
        if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
      }
      if (skipping) {
        const nl = data.indexOf(LF);
        if (nl === -1) {
          carry = new Uint8Array(0);
          if (eof) {
            await synthetic(oversized(opts.maxRecordBytes, 0));
            break;
          }
          continue;
        }
        skipping = false;
        await synthetic(oversized(opts.maxRecordBytes, 1));
        data = own(data, nl + 1, data.length);
      }
      if (eof) {
        if (data.length > 0)
          await send(
            { kind, buf: own(data, 0, data.length), last: true, csv: start.csv },
            position - data.length,
          );
        break;
      }
      const cut = kind === 'csv' ? lastCsvBoundary(data) : data.lastIndexOf(LF);
      if (cut === -1) {
        if (data.length > opts.maxRecordBytes) {
          if (kind === 'csv') {
            // Without a boundary, the rest of a CSV file cannot be split reliably: stop here.
            await synthetic({
              lines: 0,
              rows: 0,
              invalidRows: 0,
              groups: [],
              problems: [
                {
                  message: `a record starting here is larger than the ${opts.maxRecordBytes}-byte limit (an unclosed quote?); the rest of the file was not read`,
                  line: 1,
                },
              ],
            });
            break;
          }
          skipping = true;
          carry = new Uint8Array(0);
          continue;
        }
        carry = data.byteOffset === 0 ? data : own(data, 0, data.length);
        continue;
      }
      carry = own(data, cut + 1, data.length);
      // The chunk is a view on a buffer no one else holds (the block, or a fresh copy): the
      // executor transfers that buffer to the worker instead of copying it.
      const job: ByteJob = { kind, buf: data.subarray(0, cut + 1), last: false, csv: start.csv };
      await send(job, position - data.length);
    }
    await drain(0);
  } finally {
    // Let in-flight chunks settle before closing (their results may be dropped on error).
    await Promise.allSettled(queue);
    await reader.close();
  }
}

/** One Parquet file, row group by row group through the executor, results in file order. */
async function streamParquet(
  file: DataFile,
  executor: Executor,
  window: number,
  onResult: (r: ChunkResult) => void,
  only?: { from: number; to: number },
): Promise<void> {
  const all = await parquetRowGroups(file);
  const { problem } = all;
  const groups = only ? all.groups.slice(only.from, only.to) : all.groups;
  if (problem) {
    onResult({ lines: 0, rows: 0, invalidRows: 0, groups: [], problems: [{ message: problem }] });
    return;
  }
  const queue: Array<Promise<ChunkResult>> = [];
  try {
    for (const group of groups) {
      const job: Job = { kind: 'parquet', file: { path: file.path, gate: file.gate }, group };
      // For Parquet a chunk's "offset" is its first row: where read-backs find the group again.
      queue.push(
        executor.submit(job).then((r) => ({ ...r, bytes: group.bytes, offset: group.rowStart })),
      );
      while (queue.length > window) onResult(await (queue.shift() as Promise<ChunkResult>));
    }
    while (queue.length) onResult(await (queue.shift() as Promise<ChunkResult>));
  } finally {
    await Promise.allSettled(queue);
  }
}

/**
 * Reads one data file whatever its format: a `.json` file whole through `readJson` (in this
 * thread), JSON Lines and CSV/TSV in chunks through the executor. `onStart` learns, before the
 * first result, how many lines and bytes precede the records (a CSV header) and the header's
 * problems; results then come through `onResult` in file order.
 */
/** Part of a file (a shard's piece, shard.ts): records from `start` up to `end`, or row groups. */
export interface FileRange {
  start: PieceStart;
  end: number;
  rowGroups?: { from: number; to: number };
}

export async function readDataFile(
  file: DataFile,
  bundle: SchemaBundle,
  executor: Executor,
  opts: SourceOptions,
  readJson: () => Promise<ChunkResult>,
  onStart: (header: { lines: number; offset: number; problems: Problem[] }) => void,
  onResult: (r: ChunkResult) => void,
  range?: FileRange,
): Promise<void> {
  let started = false;
  const start = (header: { lines: number; offset: number; problems: Problem[] }) => {
    started = true;
    onStart(header);
  };
  try {
    if (file.format === 'json') {
      start({ lines: 0, offset: 0, problems: [] });
      onResult(await readJson());
    } else if (file.format === 'parquet') {
      start({ lines: range?.start.lines ?? 0, offset: 0, problems: [] });
      // A decoded row group is large (tens of MB): a worker decodes one at a time, and one more
      // job waiting per worker (a message, nothing decoded) keeps it busy while the main thread
      // takes results in file order.
      await streamParquet(
        file,
        executor,
        Math.max(1, executor.threads) * 2,
        onResult,
        range?.rowGroups,
      );
    } else if (file.format === 'jsonl') {
      start({ lines: range?.start.lines ?? 0, offset: range?.start.offset ?? 0, problems: [] });
      const offset = range?.start.offset ?? 0;
      await streamFile(file, 'jsonl', executor, opts, { offset, end: range?.end }, onResult);
    } else {
      const header = await readCsvHeader(file, bundle, opts.maxRecordBytes);
      // A piece after the first reports no header problem (the first piece does).
      const later = range !== undefined && range.start.offset > header.offset;
      start(later ? { ...header, ...range.start, problems: [] } : header);
      if (header.csv)
        await streamFile(
          file,
          'csv',
          executor,
          opts,
          { offset: later ? range.start.offset : header.offset, csv: header.csv, end: range?.end },
          onResult,
        );
    }
  } catch (err) {
    // Bytes that cannot be read as the file's name says (bad gzip, gzip not named so): the
    // file cannot be evaluated, which is a problem of this file, not a crash of the run.
    if (!(err instanceof DataReadError)) throw err;
    if (!started) start({ lines: 0, offset: 0, problems: [] });
    onResult({
      lines: 0,
      rows: 0,
      invalidRows: 0,
      groups: [],
      problems: [{ message: err.message }],
    });
  }
}
