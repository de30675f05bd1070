// Reading records for the dataset checks without a schema, through the record source (the
// readers validation uses, with a tap instead of a validator): the drift reference in one pass,
// and a few records read back from their chunk to show as samples.
import type { DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import type { ChunkOrigin } from './expect.js';
import {
  readWith,
  tapReader,
  type FileRange,
  type ReadOutcome,
  type Tap,
} from '../data/records.js';
import { readerOf } from '../data/readers.js';

export type { ReadOutcome, Tap };

/** Every record of a file, in order, to `tap` (lines are the chunk's: only order matters here). */
export async function readRows(
  file: DataFile,
  bundle: SchemaBundle,
  tap: Tap,
  opts: { samples: number; maxRecordBytes: number; chunkBytes?: number; range?: FileRange },
): Promise<ReadOutcome> {
  return readWith(file, bundle, await tapReader(file, tap, opts.samples), opts);
}

/**
 * Records of one file read again, each from its chunk (the whole file for `.json`) by the same
 * reader that first parsed it, in one pass. The values come back in the order of `wanted`
 * (undefined for one no longer there).
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
    const at = w.origin.offset ?? -1;
    if (!chunks.has(at)) chunks.set(at, { origin: w.origin, found: new Map() });
    chunks.get(at)?.found.set(w.record, undefined);
  }
  let current = new Map<number, unknown>();
  const cv = await tapReader(file, (line, record, value) => {
    const k = by === 'line' ? line : record;
    // The first record starting on the line (a `.json` array may hold more on one).
    if (current.has(k) && current.get(k) === undefined) current.set(k, value);
  });
  // In file order: a compressed file is read front to back once.
  const order = [...chunks.values()].sort(
    (a, b) => (a.origin.offset ?? -1) - (b.origin.offset ?? -1),
  );
  await readerOf(file.format).reread(
    file,
    bundle,
    order.map((c) => c.origin),
    maxRecordBytes,
    async (job, i) => {
      current = order[i]?.found ?? new Map();
      await cv.run(job);
    },
  );
  return wanted.map((w) => chunks.get(w.origin.offset ?? -1)?.found.get(w.record));
}
