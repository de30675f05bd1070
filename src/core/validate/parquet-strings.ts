// Plain-encoded UTF-8 string pages (data page v2) of a flat column, decoded without a byte view
// and a TextDecoder call per value: hyparquet makes a Uint8Array view of every value, then a
// string from it, which for a free-text column was most of its decode and much of the garbage
// a row group leaves. Here the page becomes one Latin-1 string and each ASCII value a slice of it
// (for ASCII, Latin-1 and UTF-8 read the same bytes as the same text); a value with any byte
// above 0x7f is decoded alone by the same TextDecoder hyparquet uses. A page that is anything
// else, or whose lengths run past its end, is left to hyparquet.
import { Buffer } from 'node:buffer';
import type { PageHeader } from 'hyparquet';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';

const utf8 = new TextDecoder();

/** Whether hyparquet's `convert` would turn this column's byte arrays into text by UTF-8. */
export function isPlainUtf8(decoder: ColumnDecoder): boolean {
  const { type, converted_type: ctype, logical_type: ltype } = decoder.element;
  if (type !== 'BYTE_ARRAY' || decoder.utf8 === false) return false;
  if (decoder.parsers.stringFromBytes !== DEFAULT_PARSERS.stringFromBytes) return false;
  return (
    (ctype === undefined || ctype === 'UTF8') && (ltype === undefined || ltype.type === 'STRING')
  );
}

/** A page's values (and definition levels, for an optional column), or undefined (see above). */
export function readStringPageV2(
  compressed: Uint8Array,
  header: PageHeader,
  decoder: ColumnDecoder,
  optional: boolean,
): { values: string[]; defs?: number[] } | undefined {
  const d = header.data_page_header_v2;
  if (!d || d.encoding !== 'PLAIN' || d.repetition_levels_byte_length) return undefined;
  const defsLength = d.definition_levels_byte_length;
  let defs: number[] | undefined;
  if (optional) {
    // A flat optional column: definition levels of one bit (0 = null), RLE/bit-packed.
    defs = new Array<number>(d.num_values);
    const view = new DataView(compressed.buffer, compressed.byteOffset, compressed.byteLength);
    readRleBitPackedHybrid({ view, offset: 0 }, 1, defs, defsLength);
  }
  let page = compressed.subarray(defsLength);
  const size = header.uncompressed_page_size - defsLength;
  if (d.is_compressed !== false && size)
    page = decompressPage(page, size, decoder.codec, decoder.compressors);
  const values = plainStrings(page, d.num_values - d.num_nulls);
  return values && { values, defs };
}

function plainStrings(page: Uint8Array, count: number): string[] | undefined {
  const latin1 = Buffer.from(page.buffer, page.byteOffset, page.byteLength).toString('latin1');
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const out = new Array<string>(count);
  let at = 0;
  for (let k = 0; k < count; k++) {
    if (at + 4 > page.length) return undefined;
    const start = at + 4;
    const end = start + view.getUint32(at, true);
    if (end > page.length) return undefined;
    let ascii = true;
    for (let b = start; b < end; b++)
      if ((page[b] as number) > 0x7f) {
        ascii = false;
        break;
      }
    out[k] = ascii ? latin1.slice(start, end) : utf8.decode(page.subarray(start, end));
    at = end;
  }
  return out;
}
