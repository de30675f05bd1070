// The data formats modelgate reads: one module each in formats/, one line each below. Adding a
// format is a module there and a line here (plus its reader, by layout: see docs/architecture.md,
// "Reading data files"); the schemas' format enums are checked against this list by a test.
import { extname } from 'node:path';
import { compressionOf } from './compression.js';
import type { FormatSpec } from './format.js';
import json from './formats/json.js';
import jsonl from './formats/jsonl.js';
import csv from './formats/csv.js';
import tsv from './formats/tsv.js';
import parquet from './formats/parquet.js';
import arrow from './formats/arrow.js';

export const FORMATS = [json, jsonl, csv, tsv, parquet, arrow] as const;

/** A format's name: 'json' | 'jsonl' | 'csv' | 'tsv' | 'parquet' | 'arrow'. */
export type DataFormat = (typeof FORMATS)[number]['name'];

export const FORMAT_NAMES: readonly DataFormat[] = FORMATS.map((f) => f.name);

const byName = new Map<string, FormatSpec<DataFormat>>(FORMATS.map((f) => [f.name, f]));
const byExtension = new Map<string, DataFormat>(
  FORMATS.flatMap((f) => f.extensions.map((e) => [e, f.name] as const)),
);

export function formatSpec(name: DataFormat): FormatSpec<DataFormat> {
  return byName.get(name) as FormatSpec<DataFormat>;
}

/** The format a name says, under any compression extension (data.jsonl.gz: jsonl). */
export function formatOf(path: string): DataFormat | undefined {
  return byExtension.get(extname(compressionOf(path).inner).toLowerCase());
}

/** The names of the formats that have `capability` (e.g. the ones `init` can sample). */
export function formatsWith(capability: 'sample' | 'examples' | 'text'): DataFormat[] {
  return FORMATS.filter((f) => f[capability]).map((f) => f.name);
}

/** "a, b or c" */
export function orList(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The extensions of some formats, for messages: ".jsonl, .ndjson, .csv or .tsv". */
export function extensionsOf(names: readonly DataFormat[]): string {
  return orList(names.flatMap((n) => formatSpec(n).extensions));
}
