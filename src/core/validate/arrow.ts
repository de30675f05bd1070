// Apache Arrow IPC files (`.arrow`, `.feather`: Feather v2 is the IPC file format), read with
// apache-arrow. The file is read whole into memory through the workspace gate (the IPC reader
// needs its bytes; at most MAX_ARROW_BYTES), once per thread, then validated one record batch at a
// time: batches play the role of Parquet's row groups (validateParquetRows), locations are rows.
// Values become JSON values as Parquet's do:
//   Int64 / Uint64              → number, or BigInt beyond 2^53 (exact, see exact.ts)
//   Timestamp                   → ISO 8601 string with Z (milliseconds: apache-arrow's precision)
//   Date                        → "YYYY-MM-DD"
//   lists / structs / maps      → arrays / objects
//   dictionary-encoded values   → the values themselves
//   binary                      → base64 string
//   Float32                     → the number the file holds (0.1f is 0.10000000149011612)
import type { DataType, RecordBatch, Vector } from 'apache-arrow';
import { openGated } from '../files/workspace.js';
import { viewElements } from './value.js';
import type { ParquetFile, RowGroupSpan, DecodedGroup } from './parquet.js';

/** Arrow files are read whole: a larger one is refused, not half-read. */
export const MAX_ARROW_BYTES = 1024 * 1024 * 1024;

interface Loaded {
  key: string;
  batches: RecordBatch[];
  spans: RowGroupSpan[];
}

/** The file read last in this thread (a read and its read-backs reuse it). */
let current: Promise<Loaded> | undefined;
let currentKey = '';

async function readWhole(file: ParquetFile): Promise<{ key: string; bytes: Uint8Array }> {
  const fh = await openGated(file.gate, 'data file', file.path);
  try {
    const st = await fh.stat();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(16 * 1024 * 1024, MAX_ARROW_BYTES + 1 - total));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > MAX_ARROW_BYTES)
        throw new Error(`larger than ${MAX_ARROW_BYTES} bytes (Arrow files are read whole)`);
    }
    return { key: `${file.gate.real}:${st.size}:${st.mtimeMs}`, bytes: Buffer.concat(chunks) };
  } finally {
    await fh.close();
  }
}

async function load(file: ParquetFile): Promise<Loaded> {
  const { key, bytes } = await readWhole(file);
  if (current && currentKey === key) return current;
  currentKey = key;
  current = (async () => {
    const { RecordBatchReader } = await import('apache-arrow');
    const batches = [...RecordBatchReader.from(bytes)];
    let rowStart = 0;
    const spans = batches.map((b, index) => {
      const span = { index, rowStart, rows: b.numRows, bytes: 0 };
      rowStart += b.numRows;
      return span;
    });
    for (const s of spans) s.bytes = Math.round((bytes.length * s.rows) / Math.max(1, rowStart));
    return { key, batches, spans };
  })();
  current.catch(() => (currentKey = ''));
  return current;
}

/** The record batches of a file; a file that is not Arrow IPC is a problem. */
export async function arrowBatches(
  file: ParquetFile,
): Promise<{ groups: RowGroupSpan[]; problem?: string }> {
  try {
    return { groups: (await load(file)).spans };
  } catch (err) {
    return { groups: [], problem: `not a readable Arrow IPC file: ${(err as Error).message}` };
  }
}

/** One record batch, column by column, as JSON values. */
export async function decodeArrowBatch(
  file: ParquetFile,
  group: RowGroupSpan,
): Promise<DecodedGroup> {
  try {
    const batch = (await load(file)).batches[group.index];
    if (!batch) return { problem: `record batch ${group.index} is no longer in the file` };
    const names = batch.schema.fields.map((f) => f.name);
    const sources = batch.schema.fields.map((f, k) => {
      const column = batch.getChildAt(k) as Vector;
      const values = new Array<unknown>(batch.numRows);
      for (let i = 0; i < batch.numRows; i++) values[i] = jsonOf(f.type, column.get(i));
      return { kind: 'values' as const, values };
    });
    return { names, sources };
  } catch (err) {
    return { problem: `record batch ${group.index}: cannot be decoded: ${(err as Error).message}` };
  }
}

const DAY_MS = 86_400_000;

/** A value as apache-arrow returns it, as a JSON value (see the table above). */
function jsonOf(type: DataType, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (type.typeId) {
    case 10: // Timestamp: milliseconds since the epoch
      return new Date(Number(v)).toISOString();
    case 8: // Date: milliseconds since the epoch (DateDay too)
      return new Date(Math.floor(Number(v) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
    case -1: // Dictionary: the decoded value
      return jsonOf((type as DataType & { dictionary: DataType }).dictionary, v);
    case 12: // List
    case 16: // FixedSizeList
      return Array.from(v as Iterable<unknown>, (x) => jsonOf(type.children[0]!.type, x));
    case 13: // Struct
      return objectOf(type, v as Record<string, unknown>);
    case 17: // Map: entries of key and value
      return mapOf(type, v as Iterable<[unknown, unknown]>);
    default:
      return scalar(v);
  }
}

function objectOf(type: DataType, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of type.children)
    Object.defineProperty(out, f.name, {
      value: jsonOf(f.type, row[f.name]),
      enumerable: true,
      writable: true,
    });
  return out;
}

function mapOf(type: DataType, entries: Iterable<[unknown, unknown]>): Record<string, unknown> {
  const valueType = type.children[0]!.type.children[1]!.type;
  const out: Record<string, unknown> = {};
  for (const [k, x] of entries)
    Object.defineProperty(out, String(k), {
      value: jsonOf(valueType, x),
      enumerable: true,
      writable: true,
    });
  return out;
}

function scalar(v: unknown): unknown {
  if (typeof v === 'bigint')
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  if (v instanceof Uint8Array)
    return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
  if (ArrayBuffer.isView(v)) return viewElements(v, scalar);
  return v;
}
