// The readers, one per record layout (format.ts, RecordLayout): a format whose layout is listed
// here needs no code of its own; a format with a new layout brings its reader (a module in
// readers/) and the line that lists it below (the type makes the line required).
import type { RecordLayout } from './format.js';
import type { LayoutReader } from './reader.js';
import { formatSpec, type DataFormat } from './registry.js';
import { document } from './readers/document.js';
import { lines } from './readers/lines.js';
import { delimited } from './readers/delimited.js';
import { rowGroups } from './readers/row-groups.js';
import { recordBatches } from './readers/record-batches.js';

export const READERS: Readonly<Record<RecordLayout, LayoutReader>> = {
  document,
  lines,
  delimited,
  'row-groups': rowGroups,
  'record-batches': recordBatches,
};

export function readerOf(format: DataFormat): LayoutReader {
  return READERS[formatSpec(format).layout];
}
