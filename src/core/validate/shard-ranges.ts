// A shard's pieces (shard.ts) as ranges the readers take (source.ts): where each piece's records
// start (moved to a record boundary, with the real line number there) and end.
import type { DataFile } from './files.js';
import { parquetRowGroups } from './parquet.js';
import type { SchemaBundle } from './schema.js';
import { planShard, recordStarts, type ShardSpec } from './shard.js';
import { readCsvHeader } from '../data/readers/delimited.js';
import type { FileRange } from '../data/reader.js';

export interface ShardPart {
  /** Index among the entry's files. */
  file: number;
  /** Undefined: the whole file. */
  range?: FileRange;
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
    } else
      out.push({ file: p.file, range: await textRange(f, p.from, p.to, bundle, maxRecordBytes) });
  }
  return out;
}
