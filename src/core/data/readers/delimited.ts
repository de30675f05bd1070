// The `delimited` layout (CSV, TSV): a header row, then one record per row, cut into chunks on
// newlines outside quotes. Cells are typed from the schema (validate/cells.ts) and rows parsed
// by validate/csv.ts, loaded only when there are delimited files to read (it brings papaparse).
import { openBytes, type ByteReader } from '../../validate/bytes.js';
import { columnTypes, casterFor, type Caster } from '../../validate/cells.js';
import type { DataFile } from '../../validate/files.js';
import type { ByteJob, CsvContext } from '../../validate/jobs.js';
import type { SchemaBundle } from '../../validate/schema.js';
import { streamFile, type Splitter } from '../../validate/source.js';
import type { Problem } from '../../result.js';
import type { Validators } from '../../validate/records.js';
import type { LayoutReader } from '../reader.js';
import { formatSpec } from '../registry.js';
import { rereadBytes } from './text.js';

const LF = 10;
const QUOTE = 34;

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

/** The first newline outside quotes, or -1. */
function firstCsvBoundary(data: Uint8Array): number {
  let inQ = false;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === QUOTE) inQ = !inQ;
    else if (data[i] === LF && !inQ) return i;
  }
  return -1;
}

const split: Splitter = {
  kind: 'csv',
  lastBoundary: lastCsvBoundary,
  // The header's reader skipped it.
  skipsBom: false,
  oversized: 'stop',
};

export interface HeaderResult {
  csv?: CsvContext;
  /** Bytes of the file the header (and BOM) took. */
  offset: number;
  lines: number;
  problems: Problem[];
}

/** The top of the file, enough for the header row; `offset` is past a BOM. */
async function readTop(
  reader: ByteReader,
  maxRecordBytes: number,
): Promise<{ data: Uint8Array; offset: number; truncated: boolean }> {
  // Headers are short; read more only when the first block holds no complete header row.
  const first = 64 * 1024;
  let buf = Buffer.allocUnsafe(first);
  let bytesRead = await reader.read(buf, 0, first);
  let size = first;
  if (bytesRead === first && firstCsvBoundary(buf) === -1) {
    size = Math.max(first, maxRecordBytes);
    const more = Buffer.allocUnsafe(size);
    more.set(buf, 0);
    buf = more;
    bytesRead += await reader.read(buf, first, size - first);
  }
  const data = buf.subarray(0, bytesRead);
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  // Filled to the brim: the file (probably) goes on past what was read.
  return {
    data: bom ? data.subarray(3) : data,
    offset: bom ? 3 : 0,
    truncated: bytesRead === size,
  };
}

/** Why the header's names cannot be used, or undefined. */
function badNames(header: string[]): string | undefined {
  if (header.length === 0 || (header.length === 1 && header[0] === ''))
    return 'file is empty: a header row is required';
  const seen = new Map<string, number>();
  for (let i = 0; i < header.length; i++) {
    const name = header[i] as string;
    if (name.trim() === '') return `header row: column ${i + 1} has no name`;
    const prev = seen.get(name);
    if (prev !== undefined)
      return `header row: duplicate column ${JSON.stringify(name)} (columns ${prev + 1} and ${i + 1})`;
    seen.set(name, i);
  }
  return undefined;
}

/** The header row's text and where it ends, or why there is none. */
function headerLine(
  data: Uint8Array,
  truncated: boolean,
  maxRecordBytes: number,
): { text: string; newline: '\n' | '\r\n'; end: number } | { problem: string } {
  if (data.length === 0) return { problem: 'file is empty: a header row is required' };
  let end = data.indexOf(LF);
  // A header with a quoted newline in a name: fall back to the quote-aware search.
  if (end !== -1 && data.subarray(0, end).includes(QUOTE)) end = firstCsvBoundary(data);
  if (end === -1 && truncated)
    return { problem: `header row is longer than ${maxRecordBytes} bytes (an unclosed quote?)` };
  const newline: '\n' | '\r\n' = end > 0 && data[end - 1] === 13 ? '\r\n' : '\n';
  const textEnd = end === -1 ? data.length : newline === '\r\n' ? end - 1 : end;
  const text = Buffer.from(data.subarray(0, textEnd)).toString('utf8');
  return { text, newline, end: end === -1 ? data.length : end + 1 };
}

/** Reads and checks the CSV header: required, no empty or duplicate names, no unclosed quote. */
export async function readCsvHeader(
  file: DataFile,
  bundle: SchemaBundle,
  maxRecordBytes: number,
): Promise<HeaderResult> {
  const dialect = file.csv ?? {};
  const reader = await openBytes(file);
  let top;
  try {
    top = await readTop(reader, maxRecordBytes);
  } finally {
    await reader.close();
  }
  const { offset } = top;
  const problem = (message: string): HeaderResult => ({
    offset,
    lines: 0,
    problems: [{ message, file: file.path, line: 1 }],
  });
  const line = headerLine(top.data, top.truncated, maxRecordBytes);
  if ('problem' in line) return problem(line.problem);
  const delimiter = dialect.delimiter ?? formatSpec(file.format).delimiter ?? ',';
  if (dialect.decimal === ',' && delimiter === ',')
    return problem('decimal "," needs another delimiter (set csv.delimiter, e.g. ";")');
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(line.text, {
    delimiter,
    newline: line.newline,
    quoteChar: '"',
    header: false,
  });
  const error = parsed.errors[0];
  if (error)
    return problem(
      `header row: ${error.code === 'MissingQuotes' ? 'unclosed quote' : error.message}`,
    );
  const header = parsed.data[0] ?? [];
  const bad = badNames(header);
  if (bad) return problem(bad);
  const types = columnTypes(bundle, header).map((t) => (t ? [...t] : undefined));
  const { nullValues, decimal } = dialect;
  return {
    csv: {
      delimiter,
      header,
      types,
      dialect: { ...(nullValues ? { nullValues } : {}), ...(decimal ? { decimal } : {}) },
    },
    offset: offset + line.end,
    lines: line.text.split('\n').length,
    problems: [],
  };
}

interface Prepared {
  casters: Caster[];
  build: ReturnType<typeof import('../../validate/csv.js').rowBuilder>;
}

/** Runs CSV chunks: each header's casters and row builder made once, not per chunk. */
async function csvRunner(v: Validators, samples: number) {
  const csvModule = await import('../../validate/csv.js');
  const byContext = new WeakMap<CsvContext, Prepared>();
  let lastCsv: { key: string; prepared: Prepared } | undefined;
  const prepare = (csv: CsvContext): Prepared => {
    let c = byContext.get(csv);
    if (c) return c;
    // Contexts arrive as fresh copies from another thread: key them by content.
    const key = JSON.stringify(csv);
    if (lastCsv?.key === key) c = lastCsv.prepared;
    else {
      c = {
        casters: csv.types.map((t) => casterFor(t ? new Set(t) : undefined, csv.dialect)),
        build: csvModule.rowBuilder(csv.header),
      };
      lastCsv = { key, prepared: c };
    }
    byContext.set(csv, c);
    return c;
  };
  return (job: ByteJob) => {
    const csv = job.csv as CsvContext;
    const { casters, build } = prepare(csv);
    const { delimiter, header } = csv;
    const info = { last: job.last, samples, delimiter, header, casters };
    return csvModule.validateCsvChunk(job.buf, info, v, build);
  };
}

export const delimited: LayoutReader = {
  threaded: true,
  kinds: ['csv'],

  async read({ file, bundle, executor, opts, range, onStart, onResult }) {
    const header = await readCsvHeader(file, bundle, opts.maxRecordBytes);
    // A piece after the first reports no header problem (the first piece does).
    const later = range !== undefined && range.start.offset > header.offset;
    onStart(later ? { ...header, ...range.start, problems: [] } : header);
    if (!header.csv) return;
    const offset = later ? range.start.offset : header.offset;
    await streamFile(
      file,
      split,
      executor,
      opts,
      { offset, csv: header.csv, end: range?.end },
      onResult,
    );
  },

  async runner(v, samples) {
    const run = await csvRunner(v, samples);
    return (job, done) => done(run(job as ByteJob));
  },

  async reread(file, bundle, chunks, maxRecordBytes, run) {
    const { csv } = await readCsvHeader(file, bundle, maxRecordBytes);
    if (!csv) return;
    await rereadBytes(file, chunks, (buf, last) => ({ kind: 'csv', buf, last, csv }), run);
  },
};
