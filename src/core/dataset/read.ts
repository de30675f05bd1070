// Reading records for the dataset checks without a schema, through the record source
// (src/core/data/records.ts): the drift reference in one pass, and a few records read back from
// their chunk to show as samples.
import { openBytes } from '../validate/bytes.js';
import { parquetRowGroups } from '../validate/parquet.js';
import { readCsvHeader } from '../validate/source.js';
import { readRecords, tapReader, type ReadOutcome } from '../data/records.js';
import type { DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import type { ChunkOrigin } from './expect.js';

export type Tap = (line: number, record: number, value: unknown) => void;

export type { ReadOutcome };

/** Every record of a file, in order, to `tap`, through the record source (src/core/data). */
export async function readRows(
  file: DataFile,
  bundle: SchemaBundle,
  tap: Tap,
  opts: { samples: number; maxRecordBytes: number; chunkBytes?: number },
): Promise<ReadOutcome> {
  return readRecords(file, bundle, (r) => tap(r.line, r.record, r.value), {
    maxRecordBytes: opts.maxRecordBytes,
    ...(opts.chunkBytes ? { chunkBytes: opts.chunkBytes } : {}),
  });
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
): Promise<unknown[]> {
  // Chunk start offset (-1: the whole file) → record index → value.
  const chunks = new Map<number, { origin: ChunkOrigin; found: Map<number, unknown> }>();
  for (const w of wanted) {
    const at = file.format === 'json' ? -1 : (w.origin.offset ?? -1);
    if (!chunks.has(at)) chunks.set(at, { origin: w.origin, found: new Map() });
    chunks.get(at)?.found.set(w.record, undefined);
  }
  let current = new Map<number, unknown>();
  const cv = await tapReader(file, (_line, record, value) => {
    if (current.has(record)) current.set(record, value);
  });
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
