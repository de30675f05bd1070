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
import type { Compressors, FileMetaData, SchemaTree } from 'hyparquet';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import {
  chunkRange,
  flatCursor,
  isFlatLeaf,
  readFlatColumn,
  type ColumnCursor,
  type FlatColumn,
} from './parquet-flat.js';
import { rowsToCheck, type ColumnSource } from './parquet-fast.js';
import type { ColumnPlan } from './column-plan.js';
import { openGated, type GatedFile } from '../files/workspace.js';
import { Collector } from './collect.js';
import { viewElements } from './value.js';
import { PARSERS, millisText } from './parquet-time.js';
import { validateRecord, type Validators } from './records.js';
import type { ChunkResult } from './chunk.js';

export { isoMilliseconds, isoTimestamp } from './parquet-time.js';

export interface RowGroupSpan {
  index: number;
  /** 0-based index of the group's first row in the file. */
  rowStart: number;
  rows: number;
  /** Compressed bytes of the group's column chunks (progress). */
  bytes: number;
}

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
    case 'string':
    case 'boolean':
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
  if (ArrayBuffer.isView(v)) return viewElements(v, toJson);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) setKey(out, k, toJson(x));
  return out;
}

/** `out[k] = v`, also for a key named `__proto__` (an own property, never the prototype). */
function setKey(out: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true });
  else out[k] = v;
}

/** A page that claims more than this when decompressed is refused before any allocation. */
export const MAX_PAGE_BYTES = 256 * 1024 * 1024;

let codecs: Promise<Compressors> | undefined;

/**
 * Decompressors per codec: hyparquet-compressors' (Snappy, Brotli, LZ4, gzip), with ZSTD from
 * zstddec (WebAssembly, embedded in its module): about 8× faster than the pure-JS fzstd on the
 * bench file, where ZSTD decoding took half of the whole decode. Once per thread.
 */
function compressors(): Promise<Compressors> {
  codecs ??= (async () => {
    const [{ compressors: base }, { ZSTDDecoder }] = await Promise.all([
      import('hyparquet-compressors'),
      import('zstddec'),
    ]);
    const zstd = new ZSTDDecoder();
    await zstd.init();
    return {
      ...base,
      ZSTD: (input: Uint8Array, outputLength: number) => {
        if (outputLength === 0) return new Uint8Array(0);
        if (!(outputLength > 0 && outputLength <= MAX_PAGE_BYTES))
          throw new Error(
            `a page claims ${outputLength} bytes uncompressed (limit ${MAX_PAGE_BYTES})`,
          );
        return zstd.decode(input, outputLength);
      },
    };
  })();
  return codecs;
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

/**
 * A decoded row group, column by column (top-level columns, structs and lists assembled):
 * rows are built one at a time while they are validated, so a group's row objects never all
 * exist at once (and rows the columns prove valid are never built, see parquet-fast.ts).
 */
export type DecodedGroup = { names: string[]; sources: ColumnSource[] } | { problem: string };

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
  try {
    const meta = await metadata;
    const tree = hyparquet.parquetSchema(meta);
    const names = tree.children.map((c) => c.element.name);
    const codecs = await compressors();
    const flat = await readFlatColumns(file, meta, tree, group, codecs);
    const parts = names.map(() => [] as Array<{ start: number; data: ArrayLike<unknown> }>);
    const rest = names.filter((n) => !flat.has(n));
    if (rest.length) {
      const index = new Map(names.map((n, i) => [n, i]));
      await hyparquet.parquetRead({
        file,
        metadata: meta,
        columns: rest,
        compressors: codecs,
        parsers: PARSERS,
        rowStart: group.rowStart,
        rowEnd: group.rowStart + group.rows,
        onChunk: ({ columnName, columnData, rowStart }) => {
          const i = index.get(columnName);
          if (i !== undefined)
            parts[i]?.push({ start: rowStart - group.rowStart, data: columnData });
        },
      });
    }
    const sources = names.map((n, i): ColumnSource => {
      const column = flat.get(n);
      if (column) return { kind: 'flat', column };
      return { kind: 'values', values: joined(parts[i] ?? [], group.rows) };
    });
    return { names, sources };
  } catch (err) {
    return { problem: `row group ${group.index}: cannot be decoded: ${(err as Error).message}` };
  }
}

/** The group's flat columns (see parquet-flat.ts), by name. */
async function readFlatColumns(
  file: Awaited<ReturnType<typeof source>>['file'],
  meta: FileMetaData,
  tree: SchemaTree,
  group: RowGroupSpan,
  codecs: Compressors,
): Promise<Map<string, FlatColumn>> {
  const flat = new Map<string, FlatColumn>();
  const parsers = { ...DEFAULT_PARSERS, ...PARSERS };
  for (const chunk of meta.row_groups[group.index]?.columns ?? []) {
    const m = chunk.meta_data;
    const child = tree.children.find((c) => c.element.name === m?.path_in_schema[0]);
    if (!m || !child || chunk.file_path || m.path_in_schema.length !== 1) continue;
    const schemaPath = [tree, child];
    if (!isFlatLeaf(schemaPath)) continue;
    const { start, end } = chunkRange(m);
    const decoder = {
      pathInSchema: m.path_in_schema,
      type: m.type,
      element: child.element,
      schemaPath,
      codec: m.codec,
      parsers,
      compressors: codecs,
    };
    const bytes = await file.slice(start, end);
    flat.set(
      child.element.name,
      readFlatColumn(bytes, decoder, group.rows, { millis: millisText }),
    );
  }
  return flat;
}

/** A cursor over an array's items. */
function arrayCursor(values: ArrayLike<unknown>): ColumnCursor {
  let i = 0;
  return {
    next: () => values[i++],
    skip: (rows) => void (i += rows),
  };
}

const cursorOf = (s: ColumnSource): ColumnCursor =>
  s.kind === 'flat' ? flatCursor(s.column) : arrayCursor(s.values);

/** A column's pages as one array of the group's rows (one page: as it is). */
function joined(
  parts: Array<{ start: number; data: ArrayLike<unknown> }>,
  rows: number,
): ArrayLike<unknown> {
  const only = parts[0];
  if (parts.length === 1 && only && only.start === 0 && only.data.length >= rows) return only.data;
  const out: unknown[] = new Array(rows).fill(null);
  for (const { start, data } of parts)
    for (let j = 0; j < data.length && start + j < rows; j++)
      if (start + j >= 0) out[start + j] = data[j];
  return out;
}

/** A decoded value as a JSON value, strings and numbers first (most cells). */
function jsonValue(raw: unknown): unknown {
  return typeof raw === 'string' || typeof raw === 'number' ? raw : toJson(raw);
}

type RowBuilder = (
  columns: ColumnCursor[],
  value: (raw: unknown) => unknown,
) => Record<string, unknown>;

/**
 * Builds one row object from the columns' next values. Rows are made by a function with the
 * column names as the keys of one object literal, so every row gets the same shape at once
 * (assigning twelve computed keys one by one cost more than ajv's validation of the row). The
 * names come from the file: each is written as a JSON string literal, which is a JavaScript
 * string literal, so no name can be anything but a key; `__proto__` (which as a literal key
 * would set the prototype) takes the assignment path.
 */
export function rowBuilder(names: string[]): RowBuilder {
  if (!names.includes('__proto__')) {
    const keys = names.map((n, k) => `${JSON.stringify(n)}: v(c[${k}].next())`).join(', ');
    return new Function('c', 'v', `return { ${keys} };`) as RowBuilder;
  }
  return (columns, value) => {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < names.length; k++)
      setKey(row, names[k] as string, value((columns[k] as ColumnCursor).next()));
    return row;
  };
}

/**
 * Validates a decoded row group, synchronously (so the dataset digest of the group is taken
 * right after, with no other group's records in between); lines in the result are rows. With a
 * column plan and no tap (a tap must see every record), only the rows the columns cannot prove
 * valid are built and validated; the result is the same as validating every row.
 */
export function validateParquetRows(
  decoded: DecodedGroup,
  group: RowGroupSpan,
  v: Validators,
  samples: number,
  plan?: ColumnPlan,
): ChunkResult {
  const c = new Collector(samples);
  if ('problem' in decoded) {
    const result = c.result(group.rows);
    result.problems = [{ message: decoded.problem, line: 1 }];
    return result;
  }
  const { names, sources } = decoded;
  const check = plan && !v.tap ? rowsToCheck(plan, names, sources, group.rows) : undefined;
  const columns = sources.map(cursorOf);
  const build = rowBuilder(names);
  let at = 0; // rows the cursors have passed
  for (let i = 0; i < group.rows; i++) {
    if (check && !check[i]) continue;
    if (i > at) for (const column of columns) column.skip(i - at);
    at = i + 1;
    sawBig = false;
    const value = build(columns, jsonValue);
    c.rows = i + 1;
    validateRecord(v, c, i + 1, i, value, sawBig);
  }
  c.rows = group.rows;
  const result = c.result(group.rows);
  for (const g of result.groups) for (const s of g.samples) s.rowGroup = group.index;
  return result;
}
