// The common Parquet column, read without hyparquet's general assembly: a flat column (a leaf
// right under the root, optional or required, no list or struct around it). hyparquet runs every
// value of such a column through its Dremel list assembly, which was a sixth of the decode of the
// bench file; here the definition levels alone say where the nulls go. The page decoding itself
// (headers, decompression, encodings, type conversion) is hyparquet's own, from its exported
// `src/` modules, so values are exactly what hyparquet's general path yields (a test compares).
import { endianness } from 'node:os';
import type { ColumnMetaData, DecodedArray, SchemaTree } from 'hyparquet';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { isPlainUtf8, readStringPageV2 } from './parquet-strings.js';

/** Whether a top-level column is a flat leaf this reader handles (else hyparquet assembles it). */
export function isFlatLeaf(schemaPath: SchemaTree[]): boolean {
  const leaf = schemaPath[1];
  return (
    schemaPath.length === 2 &&
    leaf !== undefined &&
    leaf.children.length === 0 &&
    leaf.element.repetition_type !== 'REPEATED'
  );
}

/** The byte range of a column chunk in the file (its dictionary page first, when it has one). */
export function chunkRange(meta: ColumnMetaData): { start: number; end: number } {
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return { start, end: start + Number(meta.total_compressed_size) };
}

/**
 * One data page: its values (nulls left out) and, for an optional column, its definition levels.
 * A dictionary-encoded page keeps its indices (`values`) and the chunk's `dictionary` instead of
 * one value per row; a millisecond-timestamp page keeps the milliseconds as doubles (`millis`)
 * and makes each value's text only when a row is built. Both are what a validator that checks
 * columns (parquet-fast.ts) needs: a dictionary entry is checked once, and a timestamp we turn
 * into text ourselves is a valid date-time by construction.
 */
export interface Page {
  values: ArrayLike<unknown>;
  defs?: ArrayLike<number>;
  dictionary?: ArrayLike<unknown>;
  millis?: (ms: number) => unknown;
}

/** A flat column chunk as decoded pages; a cursor hands its values out row by row. */
export interface FlatColumn {
  pages: Page[];
}

export interface FlatOptions {
  /** Millisecond timestamps to values, made per row when it is built (see Page). */
  millis?: (ms: number) => unknown;
}

/** Whether a column's values convert as millisecond timestamps (as hyparquet's `convert` does). */
function isMillis(element: ColumnDecoder['element']): boolean {
  const { type, converted_type: ctype, logical_type: ltype } = element;
  if (type !== 'INT64') return false;
  if (ctype === 'TIMESTAMP_MILLIS') return true;
  return !ctype && ltype?.type === 'TIMESTAMP' && ltype.unit === 'MILLIS';
}

/**
 * The pages of a flat column chunk, decoded. Values stay as hyparquet decodes them (typed arrays
 * for numbers): no array of boxed values per row is built, the cursor walks the pages.
 */
export function readFlatColumn(
  bytes: ArrayBuffer,
  decoder: ColumnDecoder,
  rows: number,
  options: FlatOptions = {},
): FlatColumn {
  const reader = { view: new DataView(bytes), offset: 0 };
  const optional = decoder.element.repetition_type === 'OPTIONAL';
  const millis = options.millis && isMillis(decoder.element) ? options.millis : undefined;
  const text = isPlainUtf8(decoder);
  const pages: Page[] = [];
  let dictionary: ArrayLike<unknown> | undefined;
  let row = 0;
  while (row < rows && reader.offset < bytes.byteLength - 1) {
    const header = parquetHeader(reader);
    const compressed = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    const uncompressed = Number(header.uncompressed_page_size);
    let page: ReturnType<typeof readDataPage>;
    let encoding: string;
    if (header.type === 'DICTIONARY_PAGE') {
      const plain = decompressPage(compressed, uncompressed, decoder.codec, decoder.compressors);
      const view = new DataView(plain.buffer, plain.byteOffset, plain.byteLength);
      const count = header.dictionary_page_header?.num_values ?? 0;
      dictionary = safeNumbers(
        convert(
          readPlain({ view, offset: 0 }, decoder.type, count, decoder.element.type_length),
          decoder,
        ),
      );
      continue;
    } else if (header.type === 'DATA_PAGE' && header.data_page_header) {
      const plain = decompressPage(compressed, uncompressed, decoder.codec, decoder.compressors);
      page = readDataPage(plain, header.data_page_header, decoder);
      encoding = header.data_page_header.encoding;
    } else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
      const strings = text ? readStringPageV2(compressed, header, decoder, optional) : undefined;
      if (strings) {
        const { values, defs } = strings;
        pages.push(defs?.length ? { values, defs } : { values });
        row += defs?.length ? defs.length : values.length;
        continue;
      }
      page = readDataPageV2(compressed, header, decoder);
      encoding = header.data_page_header_v2.encoding;
    } else throw new Error(`parquet unsupported page type: ${header.type}`);
    const defs = optional && page.definitionLevels?.length ? page.definitionLevels : undefined;
    const decoded = pageValues(page.dataPage, dictionary, encoding, decoder, millis);
    pages.push(defs ? { ...decoded, defs } : decoded);
    row += defs ? defs.length : decoded.values.length;
  }
  return { pages };
}

/** A data page's values: dictionary indices, raw milliseconds, or converted values. */
function pageValues(
  data: DecodedArray,
  dictionary: ArrayLike<unknown> | undefined,
  encoding: string,
  decoder: ColumnDecoder,
  millis: ((ms: number) => unknown) | undefined,
): Page {
  // hyparquet's convertWithDictionary: a dictionary applies only to a dictionary encoding.
  if (dictionary && encoding.endsWith('_DICTIONARY')) return { values: data, dictionary };
  if (millis && data instanceof BigInt64Array) {
    const ms = safeNumbers(data);
    if (ms instanceof Float64Array) return { values: ms, millis };
  }
  return { values: safeNumbers(convert(data, decoder)) };
}

const TWO_32 = 4294967296;
const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * 64-bit integers that all fit a double exactly, as doubles (read from their two 32-bit halves,
 * so no BigInt is made per value); otherwise as they are (BigInts, kept exact downstream).
 */
function safeNumbers(values: ArrayLike<unknown>): ArrayLike<unknown> {
  if (!(values instanceof BigInt64Array) || !LITTLE_ENDIAN) return values;
  const halves = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const high = halves[2 * i + 1] as number;
    // |value| < 2^53 exactly when the high half is in [-2^21, 2^21).
    if (high < -2097152 || high >= 2097152) return values;
    out[i] = high * TWO_32 + ((halves[2 * i] as number) >>> 0);
  }
  return out;
}

/** The value of a page's `j`-th stored value, as hyparquet's general path gives it. */
export function pageValue(page: Page, j: number): unknown {
  const { values, dictionary, millis } = page;
  if (dictionary) return dictionary[values[j] as number] ?? null;
  if (millis) return millis(values[j] as number);
  return values[j] ?? null;
}

/** A column read row by row: `next` gives the next row's value, `skip` passes over rows. */
export interface ColumnCursor {
  next(): unknown;
  skip(rows: number): void;
}

/** A cursor over a flat column: row 0, 1, 2, … in turn (null where it has no value). */
export function flatCursor(column: FlatColumn): ColumnCursor {
  let p = 0;
  let page = column.pages[0];
  let i = 0; // row within the page
  let j = 0; // value within the page
  const settle = () => {
    while (page && i >= (page.defs ? page.defs.length : page.values.length)) {
      page = column.pages[++p];
      i = 0;
      j = 0;
    }
  };
  return {
    next() {
      settle();
      if (!page) return null;
      const defs = page.defs;
      if (defs && !defs[i++]) return null;
      if (!defs) i++;
      return pageValue(page, j++);
    },
    skip(rows) {
      for (;;) {
        settle();
        if (!page || rows <= 0) return;
        const defs = page.defs;
        const take = Math.min(rows, (defs ? defs.length : page.values.length) - i);
        // Definition levels are counted only where the page has nulls.
        if (defs && defs.length !== page.values.length)
          for (let k = i; k < i + take; k++) j += defs[k] ? 1 : 0;
        else j += take;
        i += take;
        rows -= take;
      }
    },
  };
}

/** A function giving the column's value for row 0, 1, 2, … in turn (null where it has none). */
export function flatReader(column: FlatColumn): () => unknown {
  const cursor = flatCursor(column);
  return () => cursor.next();
}
