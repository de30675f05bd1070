// Parquet files (hyparquet; ZSTD, Snappy, Brotli, LZ4 through hyparquet-compressors), read one
// row group at a time: a job is (file, row group), so worker threads decode and validate row
// groups in parallel and memory holds a few row groups at most. Values become JSON values the
// way a writer of the same data to JSON Lines would write them:
//   INT64 / INT96 / DECIMAL-as-int → number, or BigInt beyond 2^53 (exact, see exact.ts)
//   TIMESTAMP                       → ISO 8601 string with Z, all the stored sub-second digits
//   DATE                            → "YYYY-MM-DD"
//   lists / structs / maps          → arrays / objects
//   binary that is not UTF-8 text   → base64 string
// A sample's location is its row: `line` holds the 1-based row number in the file and
// `rowGroup` the 0-based row group it is in.
import type { FileMetaData, ParquetParsers } from 'hyparquet';
import { openGated, type GatedFile } from '../files/workspace.js';
import { Collector } from './collect.js';
import { validateRecord, type Validators } from './records.js';
import type { ChunkResult } from './types.js';

export interface RowGroupSpan {
  index: number;
  /** 0-based index of the group's first row in the file. */
  rowStart: number;
  rows: number;
  /** Compressed bytes of the group's column chunks (progress). */
  bytes: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 (UTC, Z) of `count` units since the epoch, with the unit's sub-second digits. */
export function isoTimestamp(count: bigint, perSecond: bigint, digits: number): string {
  let seconds = count / perSecond;
  let frac = count % perSecond;
  if (frac < 0n) {
    frac += perSecond;
    seconds -= 1n;
  }
  const d = new Date(Number(seconds) * 1000);
  if (Number.isNaN(d.getTime())) return `${count}`; // beyond Date's range: the raw count
  const base = d.toISOString().slice(0, 19);
  return `${base}${digits ? `.${frac.toString().padStart(digits, '0')}` : ''}Z`;
}

const PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (v) => isoTimestamp(v, 1000n, 3),
  timestampFromMicroseconds: (v) => isoTimestamp(v, 1_000_000n, 6),
  timestampFromNanoseconds: (v) => isoTimestamp(v, 1_000_000_000n, 9),
  dateFromDays: (days) => {
    const d = new Date(days * 86_400_000);
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  },
};

/** Set by toJson when it keeps a BigInt (the record then needs an ajv copy). */
let sawBig = false;

/** A decoded value as a JSON value (see the table above). */
function toJson(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'bigint':
      if (v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
      sawBig = true;
      return v;
    case 'number':
      return v;
    case 'object':
      break;
    default:
      return v;
  }
  if (Array.isArray(v)) return v.map(toJson);
  if (v instanceof Uint8Array)
    return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
  if (v instanceof Date) return v.toISOString();
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<unknown>, toJson);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '__proto__') Object.defineProperty(out, k, { value: toJson(x), enumerable: true });
    else out[k] = toJson(x);
  }
  return out;
}

/** A Parquet file as the workspace gate checked it, opened only through the gate. */
export interface ParquetFile {
  path: string;
  gate: GatedFile;
}

/** hyparquet's AsyncBuffer over a gated file handle; `close` when done. */
async function source(file: ParquetFile) {
  const hyparquet = await import('hyparquet');
  const fh = await openGated(file.gate, 'data file', file.path);
  const byteLength = (await fh.stat()).size;
  const buffer = {
    byteLength,
    async slice(start: number, end = byteLength): Promise<ArrayBuffer> {
      const out = new Uint8Array(Math.max(0, end - start));
      let done = 0;
      while (done < out.length) {
        const { bytesRead } = await fh.read(out, done, out.length - done, start + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return out.buffer.slice(0, done);
    },
  };
  return { hyparquet, file: buffer, close: () => fh.close() };
}

/** The row groups of a file, from its footer; a file that is not Parquet is a problem. */
export async function parquetRowGroups(
  parquet: ParquetFile,
): Promise<{ groups: RowGroupSpan[]; problem?: string }> {
  let opened: Awaited<ReturnType<typeof source>> | undefined;
  try {
    opened = await source(parquet);
    const { hyparquet, file } = opened;
    const meta = await hyparquet.parquetMetadataAsync(file);
    let rowStart = 0;
    const groups = meta.row_groups.map((g, index) => {
      const rows = Number(g.num_rows);
      const bytes = g.columns.reduce(
        (n, c) => n + Number(c.meta_data?.total_compressed_size ?? 0),
        0,
      );
      const span = { index, rowStart, rows, bytes };
      rowStart += rows;
      return span;
    });
    return { groups };
  } catch (err) {
    return { groups: [], problem: `not a readable Parquet file: ${(err as Error).message}` };
  } finally {
    await opened?.close();
  }
}

const metadataCache = new Map<string, Promise<FileMetaData>>();

export type DecodedGroup = { rows: Array<Record<string, unknown>> } | { problem: string };

/** Decodes one row group (asynchronous: it reads the file). */
export async function decodeParquetGroup(
  parquet: ParquetFile,
  group: RowGroupSpan,
): Promise<DecodedGroup> {
  const opened = await source(parquet);
  try {
    return await decodeOpened(opened, parquet.gate.real, group);
  } finally {
    await opened.close();
  }
}

async function decodeOpened(
  { hyparquet, file }: Awaited<ReturnType<typeof source>>,
  key: string,
  group: RowGroupSpan,
): Promise<DecodedGroup> {
  let metadata = metadataCache.get(key);
  if (!metadata) {
    metadata = hyparquet.parquetMetadataAsync(file, { parsers: PARSERS });
    metadataCache.clear(); // one file at a time: keep only the current footer
    metadataCache.set(key, metadata);
  }
  const { compressors } = await import('hyparquet-compressors');
  try {
    const rows = await hyparquet.parquetReadObjects({
      file,
      metadata: await metadata,
      compressors,
      parsers: PARSERS,
      rowStart: group.rowStart,
      rowEnd: group.rowStart + group.rows,
    });
    return { rows };
  } catch (err) {
    return { problem: `row group ${group.index}: cannot be decoded: ${(err as Error).message}` };
  }
}

/**
 * Validates a decoded row group, synchronously (so the dataset digest of the group is taken
 * right after, with no other group's records in between); lines in the result are rows.
 */
export function validateParquetRows(
  decoded: DecodedGroup,
  group: RowGroupSpan,
  v: Validators,
  samples: number,
): ChunkResult {
  const c = new Collector(samples);
  if ('problem' in decoded) {
    const result = c.result(group.rows);
    result.problems = [{ message: decoded.problem, line: 1 }];
    return result;
  }
  const { rows } = decoded;
  for (let i = 0; i < rows.length; i++) {
    sawBig = false;
    const value = toJson(rows[i]);
    const record = c.rows++;
    validateRecord(v, c, i + 1, record, value, sawBig);
  }
  const result = c.result(group.rows);
  for (const g of result.groups) for (const s of g.samples) s.rowGroup = group.index;
  return result;
}
