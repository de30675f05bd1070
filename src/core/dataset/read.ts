// Reading records for the dataset checks without a schema, through validate's own readers (the
// chunk parsers, the `.json` scanner) with a tap instead of a validator: the drift reference in
// one pass, and a few records read back from their chunk to show as samples.
import { openBytes } from '../validate/bytes.js';
import { parquetRowGroups } from '../validate/parquet.js';
import type { ValidateFunction } from 'ajv';
import { ChunkValidator, InlineExecutor } from '../validate/executor.js';
import { readCsvHeader, readDataFile, type FileRange } from '../validate/source.js';
import type { Validators } from '../validate/records.js';
import type { DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import type { Problem } from '../result.js';
import type { ChunkOrigin } from './expect.js';
import { pushLocated } from '../data/records.js';

export type Tap = (line: number, record: number, value: unknown) => void;

function tapOnly(tap: Tap): Validators {
  const accept = (() => true) as unknown as ValidateFunction;
  return { fast: accept, full: accept, tap };
}

async function chunkReader(file: DataFile, tap: Tap, samples: number): Promise<ChunkValidator> {
  const needsCsv = file.format === 'csv' || file.format === 'tsv';
  return new ChunkValidator(
    tapOnly(tap),
    samples,
    needsCsv ? await import('../validate/csv.js') : undefined,
  );
}

export interface ReadOutcome {
  rows: number;
  problems: Problem[];
}

/** Every record of a file, in order, to `tap` (lines are the chunk's: only order matters here). */
export async function readRows(
  file: DataFile,
  bundle: SchemaBundle,
  tap: Tap,
  opts: { samples: number; maxRecordBytes: number; chunkBytes?: number; range?: FileRange },
): Promise<ReadOutcome> {
  const cv = await chunkReader(file, tap, opts.samples);
  const out: ReadOutcome = { rows: 0, problems: [] };
  let lineBase = 0;
  const source = {
    chunkBytes: opts.chunkBytes ?? 1024 * 1024,
    maxRecordBytes: opts.maxRecordBytes,
    samples: opts.samples,
    window: 1,
  };
  // In this thread, in order.
  await readDataFile(
    file,
    bundle,
    new InlineExecutor(cv),
    source,
    () => cv.runJsonFile(file, { maxRecordBytes: opts.maxRecordBytes }),
    (header) => {
      lineBase = header.lines;
      out.problems.push(...header.problems);
    },
    (r) => {
      pushLocated(out.problems, r.problems, file.path, lineBase);
      out.rows += r.rows;
      lineBase += r.lines;
    },
    opts.range,
  );
  return out;
}

/**
 * Records of one file read again, each from its chunk's bytes (the whole file for `.json`) by
 * the same reader that first parsed it: the file is opened, and a CSV header read, once. The
 * values come back in the order of `wanted` (undefined for one no longer there).
 */
export async function readBack(
  file: DataFile,
  bundle: SchemaBundle,
  wanted: Array<{ origin: ChunkOrigin; record: number }>,
  maxRecordBytes: number,
  /** What `record` means: the chunk-relative record index, or the chunk-relative line (a merge). */
  by: 'record' | 'line' = 'record',
): Promise<unknown[]> {
  // Chunk start offset (-1: the whole file) → record index → value.
  const chunks = new Map<number, { origin: ChunkOrigin; found: Map<number, unknown> }>();
  for (const w of wanted) {
    const at = file.format === 'json' ? -1 : (w.origin.offset ?? -1);
    if (!chunks.has(at)) chunks.set(at, { origin: w.origin, found: new Map() });
    chunks.get(at)?.found.set(w.record, undefined);
  }
  let current = new Map<number, unknown>();
  const cv = await chunkReader(
    file,
    (line, record, value) => {
      const k = by === 'line' ? line : record;
      // The first record starting on the line (a `.json` array may hold more on one).
      if (current.has(k) && current.get(k) === undefined) current.set(k, value);
    },
    0,
  );
  const csv =
    file.format === 'csv' || file.format === 'tsv'
      ? (await readCsvHeader(file, bundle, maxRecordBytes)).csv
      : undefined;
  if (file.format === 'parquet') {
    // Chunks are row groups, found again by their first row.
    const { groups } = await parquetRowGroups(file);
    for (const [at, { found }] of chunks) {
      current = found;
      const group = groups.find((g) => g.rowStart === at);
      if (group)
        await cv.run({ kind: 'parquet', file: { path: file.path, gate: file.gate }, group });
    }
    return wanted.map((w) => chunks.get(w.origin.offset ?? -1)?.found.get(w.record));
  }
  // One pass front to back (a compressed file cannot seek): chunks in file order.
  const reader = await openBytes(file);
  try {
    for (const [at, { origin, found }] of [...chunks].sort((a, b) => a[0] - b[0])) {
      current = found;
      if (at === -1 || origin.bytes === undefined) {
        await cv.runJsonFile(file, { maxRecordBytes });
        continue;
      }
      const buf = new Uint8Array(origin.bytes);
      await reader.skipTo(at);
      const got = await reader.read(buf, 0, origin.bytes);
      const last = got < origin.bytes || (await reader.atEnd());
      if (file.format === 'jsonl') cv.run({ kind: 'jsonl', buf, last });
      else if (csv) cv.run({ kind: 'csv', buf, last, csv });
    }
  } finally {
    await reader.close();
  }
  return wanted.map((w) => {
    const at = file.format === 'json' ? -1 : (w.origin.offset ?? -1);
    return chunks.get(at)?.found.get(w.record);
  });
}
