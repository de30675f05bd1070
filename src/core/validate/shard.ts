// Which part of an entry's input one shard reads. The split is a pure function of the resolved
// files (their order, formats and sizes) and i/n, so every shard of a matrix computes the same
// plan without talking to the others: whole files when there are at least n (the largest first,
// each to the least loaded shard), otherwise the files laid end to end by weight and cut into n
// equal spans. A cut inside an uncompressed JSON Lines or CSV/TSV file moves to the next record
// start (CSV: a newline outside quotes), which both neighbours compute alike; a Parquet file is
// cut between row groups; a `.json` array or a compressed file is never cut.
import { openBytes, type ByteReader } from './bytes.js';
import { parquetRowGroups } from './parquet.js';
import { formatSpec } from '../data/registry.js';
import type { DataFile } from './files.js';
import { MAX_SHARDS, parseShard, type ShardSpec } from './shard-spec.js';

export { MAX_SHARDS, parseShard, type ShardSpec };

/** A part of one data file a shard reads. */
export interface Piece {
  /** Index among the entry's data files. */
  file: number;
  /** Text: the byte range [from, to) before moving to record starts; Parquet: row groups [from, to). */
  from: number;
  to: number;
  /** The whole file (no cut). */
  whole: boolean;
}

/** Where a piece's records start: the byte offset and the lines before it. */
export interface PieceStart {
  offset: number;
  lines: number;
}

function cuttable(f: DataFile): boolean {
  // Binary files (Parquet, Arrow) are cut only at row groups, or not at all.
  return f.format !== 'json' && formatSpec(f.format).text && !f.compression && f.bytes > 0;
}

/** Whole files, largest first, each to the least loaded shard (ties: the lower shard, the earlier file). */
function wholeFiles(files: DataFile[], spec: ShardSpec): Piece[] {
  const load = new Array<number>(spec.count).fill(0);
  const owner = new Array<number>(files.length);
  const order = files.map((_, i) => i).sort((a, b) => files[b]!.bytes - files[a]!.bytes || a - b);
  for (const i of order) {
    let best = 0;
    for (let s = 1; s < spec.count; s++) if (load[s]! < load[best]!) best = s;
    owner[i] = best;
    load[best]! += Math.max(1, files[i]!.bytes);
  }
  return files.flatMap((f, i) =>
    owner[i] === spec.index - 1 ? [{ file: i, from: 0, to: f.bytes, whole: true }] : [],
  );
}

/** The pieces shard `spec` reads, in file order. */
export async function planShard(files: DataFile[], spec: ShardSpec): Promise<Piece[]> {
  if (files.length >= spec.count) return wholeFiles(files, spec);
  // Units laid end to end: a text file is continuous, a row group or an uncut file is atomic
  // (it goes to the shard that holds its middle).
  const units: Array<{ file: number; weight: number; group?: number; text: boolean }> = [];
  for (const [i, f] of files.entries()) {
    if (f.format === 'parquet') {
      const { groups } = await parquetRowGroups(f);
      if (groups.length > 1) {
        for (const g of groups)
          units.push({ file: i, weight: Math.max(1, g.bytes), group: g.index, text: false });
        continue;
      }
    }
    units.push({ file: i, weight: Math.max(1, f.bytes), text: cuttable(f) });
  }
  const total = units.reduce((n, u) => n + u.weight, 0);
  const lo = (total * (spec.index - 1)) / spec.count;
  const hi = (total * spec.index) / spec.count;
  const pieces: Piece[] = [];
  let at = 0;
  for (const u of units) {
    const start = at;
    at += u.weight;
    if (u.text) {
      const from = Math.max(start, lo);
      const to = Math.min(at, hi);
      if (to <= from) continue;
      const f = files[u.file] as DataFile;
      const a = Math.round(from - start);
      const b = to >= at ? f.bytes : Math.round(to - start);
      if (b > a) pieces.push({ file: u.file, from: a, to: b, whole: a === 0 && b === f.bytes });
      continue;
    }
    const middle = start + u.weight / 2;
    if (middle < lo || middle >= hi) continue;
    if (u.group === undefined) {
      pieces.push({ file: u.file, from: 0, to: files[u.file]!.bytes, whole: true });
      continue;
    }
    const last = pieces[pieces.length - 1];
    if (last && last.file === u.file && last.to === u.group) last.to = u.group + 1;
    else pieces.push({ file: u.file, from: u.group, to: u.group + 1, whole: false });
  }
  return pieces;
}

const LF = 10;
const QUOTE = 34;
const BLOCK = 1 << 20;

/**
 * Record starts at or after each of `targets` (ascending byte offsets) in a text file whose
 * records begin at `first` (after a CSV header; else offset 0, no lines), with the lines before
 * each: one pass counting newlines (and, for CSV, quotes) from the start of the file.
 */
export async function recordStarts(
  file: DataFile,
  csv: boolean,
  first: PieceStart,
  targets: number[],
): Promise<PieceStart[]> {
  const out: PieceStart[] = [];
  let t = 0;
  while (t < targets.length && (targets[t] as number) <= first.offset) {
    out.push(first);
    t++;
  }
  if (t === targets.length) return out;
  const reader = await openBytes(file);
  try {
    const buf = Buffer.allocUnsafe(BLOCK);
    let pos = 0;
    let lines = 0;
    let inQuotes = false;
    while (t < targets.length) {
      const got = await reader.read(buf, 0, BLOCK);
      if (got === 0) break;
      const block = buf.subarray(0, got);
      // Quotes before the records (the header) do not count: it ends on a newline outside them.
      let i = Math.max(0, first.offset - pos);
      if (i > 0) lines += countLf(block.subarray(0, Math.min(i, got)));
      // The next quote, found again only once passed (a block may hold many newlines per quote).
      let q = csv ? block.indexOf(QUOTE, i) : -1;
      while (i < got && t < targets.length) {
        const nl = block.indexOf(LF, i);
        if (q !== -1 && q < i) q = block.indexOf(QUOTE, i);
        if (q !== -1 && (nl === -1 || q < nl)) {
          inQuotes = !inQuotes;
          i = q + 1;
          continue;
        }
        if (nl === -1) break;
        lines++;
        i = nl + 1;
        while (!inQuotes && t < targets.length && pos + i >= (targets[t] as number)) {
          out.push({ offset: pos + i, lines });
          t++;
        }
      }
      pos += got;
    }
    while (t++ < targets.length) out.push({ offset: pos, lines });
  } finally {
    await reader.close();
  }
  return out;
}

/**
 * JSON Lines (no newline inside a record): the record start at or after `target`, found by
 * reading from the cut on: just past the first newline at or after `target - 1` (the file's end
 * if there is none). Both neighbours of a cut compute it alike.
 */
export async function lineStartAfter(file: DataFile, target: number): Promise<number> {
  if (target <= 0) return 0;
  if (target >= file.bytes) return file.bytes;
  const reader = await openBytes(file);
  try {
    await reader.skipTo(target - 1);
    const buf = Buffer.allocUnsafe(64 * 1024);
    let pos = target - 1;
    for (;;) {
      const got = await reader.read(buf, 0, buf.length);
      if (got === 0) return file.bytes;
      const nl = buf.subarray(0, got).indexOf(LF);
      if (nl !== -1) return pos + nl + 1;
      pos += got;
    }
  } finally {
    await reader.close();
  }
}

/** The newlines in bytes [from, to) of a file: the lines a JSON Lines part spans. */
export async function countLines(file: DataFile, from: number, to: number): Promise<number> {
  const reader = await openBytes(file);
  try {
    if (from > 0) await reader.skipTo(from);
    const buf = Buffer.allocUnsafe(BLOCK);
    let lines = 0;
    for (let pos = from; pos < to;) {
      const got = await reader.read(buf, 0, Math.min(BLOCK, to - pos));
      if (got === 0) break;
      lines += countLf(buf.subarray(0, got));
      pos += got;
    }
    return lines;
  } finally {
    await reader.close();
  }
}

function countLf(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(LF); i !== -1; i = b.indexOf(LF, i + 1)) n++;
  return n;
}

/** A reader that ends at `end` (a record start), so a piece's last chunk is its own. */
export function limitReader(reader: ByteReader, end: number): ByteReader {
  return {
    get position() {
      return reader.position;
    },
    async read(into, at, length) {
      const room = Math.max(0, end - reader.position);
      return room === 0 ? 0 : reader.read(into, at, Math.min(length, room));
    },
    async atEnd() {
      return reader.position >= end || (await reader.atEnd());
    },
    skipTo: (p) => reader.skipTo(p),
    close: () => reader.close(),
  };
}
