// A shard's pieces (shard.ts) as ranges the readers take (source.ts): where each piece's records
// start (moved to a record boundary) and end. A CSV/TSV cut needs the quotes before it, so its
// shard scans the file from the start and knows the real line number there. A JSON Lines cut
// needs only the bytes from the cut on: its shard counts lines from the piece's start
// (`relative`), its pass counts the lines the piece spans, and the merge, which has every piece,
// adds the lines of the pieces before it (merge-lines.ts), so a shard reads its own piece once
// and nothing else.
import type { DataFile } from './files.js';
import { parquetRowGroups } from './parquet.js';
import type { SchemaBundle } from './schema.js';
import { lineStartAfter, planShard, recordStarts, type ShardSpec } from './shard.js';
import { readCsvHeader } from '../data/readers/delimited.js';
import type { FileRange } from '../data/reader.js';

export interface ShardPart {
  /** Index among the entry's files. */
  file: number;
  /** Undefined: the whole file. */
  range?: FileRange;
  /**
   * A JSON Lines piece: its lines count from its start when `relative` (the pass reading it
   * counts the lines it spans, see partial.ts).
   */
  lines?: { relative: boolean };
}

async function jsonlPart(f: DataFile, file: number, from: number, to: number): Promise<ShardPart> {
  const start = await lineStartAfter(f, from);
  const end = to >= f.bytes ? f.bytes : await lineStartAfter(f, to);
  return {
    file,
    range: { start: { offset: start, lines: 0 }, end },
    lines: { relative: start > 0 },
  };
}

async function textRange(
  f: DataFile,
  from: number,
  to: number,
  bundle: SchemaBundle,
  maxRecordBytes: number,
): Promise<FileRange> {
  const csv = f.format === 'csv' || f.format === 'tsv';
  const header = csv ? await readCsvHeader(f, bundle, maxRecordBytes) : undefined;
  const first = { offset: header?.offset ?? 0, lines: header?.lines ?? 0 };
  const targets = to >= f.bytes ? [from] : [from, to];
  const [start, end] = await recordStarts(f, csv, first, targets);
  return { start: start as FileRange['start'], end: end ? end.offset : f.bytes };
}

/** The parts of `files` shard `spec` reads, in file order. */
export async function shardParts(
  files: DataFile[],
  spec: ShardSpec,
  bundle: SchemaBundle,
  maxRecordBytes: number,
): Promise<ShardPart[]> {
  const out: ShardPart[] = [];
  for (const p of await planShard(files, spec)) {
    const f = files[p.file] as DataFile;
    if (p.whole) out.push({ file: p.file });
    else if (f.format === 'parquet') {
      const { groups } = await parquetRowGroups(f);
      const rows = groups[p.from]?.rowStart ?? 0;
      out.push({
        file: p.file,
        range: {
          start: { offset: 0, lines: rows },
          end: f.bytes,
          rowGroups: { from: p.from, to: p.to },
        },
      });
    } else if (f.format === 'jsonl') out.push(await jsonlPart(f, p.file, p.from, p.to));
    else
      out.push({ file: p.file, range: await textRange(f, p.from, p.to, bundle, maxRecordBytes) });
  }
  return out;
}
