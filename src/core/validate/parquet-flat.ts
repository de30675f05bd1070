// The common Parquet column, read without hyparquet's general assembly: a flat column (a leaf
// right under the root, optional or required, no list or struct around it). hyparquet runs every
// value of such a column through its Dremel list assembly, which was a sixth of the decode of the
// bench file; here the definition levels alone say where the nulls go. The page decoding itself
// (headers, decompression, encodings, type conversion) is hyparquet's own, from its exported
// `src/` modules, so values are exactly what hyparquet's general path yields (a test compares).
import type { ColumnMetaData, DecodedArray, SchemaTree } from 'hyparquet';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';

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

/** All `rows` values of a flat column chunk, nulls where the definition level says so. */
export function readFlatColumn(
  bytes: ArrayBuffer,
  decoder: ColumnDecoder,
  rows: number,
): unknown[] {
  const reader = { view: new DataView(bytes), offset: 0 };
  const out: unknown[] = new Array(rows).fill(null);
  const optional = decoder.element.repetition_type === 'OPTIONAL';
  let dictionary: DecodedArray | undefined;
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
      dictionary = convert(
        readPlain({ view, offset: 0 }, decoder.type, count, decoder.element.type_length),
        decoder,
      );
      continue;
    } else if (header.type === 'DATA_PAGE' && header.data_page_header) {
      const plain = decompressPage(compressed, uncompressed, decoder.codec, decoder.compressors);
      page = readDataPage(plain, header.data_page_header, decoder);
      encoding = header.data_page_header.encoding;
    } else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
      page = readDataPageV2(compressed, header, decoder);
      encoding = header.data_page_header_v2.encoding;
    } else throw new Error(`parquet unsupported page type: ${header.type}`);
    const values = convertWithDictionary(page.dataPage, dictionary, encoding as never, decoder);
    const defs = page.definitionLevels;
    if (optional && defs?.length) {
      let j = 0;
      for (let i = 0; i < defs.length && row < rows; i++, row++)
        if (defs[i]) out[row] = values[j++];
    } else for (let i = 0; i < values.length && row < rows; i++, row++) out[row] = values[i];
  }
  return out;
}
