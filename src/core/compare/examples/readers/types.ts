// What a named per-example reader is: one tool's output file turned into flat records, one per
// scored sample, that the per-example table is built from (load.ts).
import type { Problem } from '../../../result.js';
import type { RawValue } from '../raw.js';

/** One scored sample: its fields by column name, and where it is in the file (0: unknown). */
export interface ExampleRecord {
  line: number;
  /** Where the record sits when there is no line (a zip entry, an array index). */
  key?: string;
  fields: Record<string, RawValue>;
}

export interface ReaderOutput {
  records: ExampleRecord[];
  problems: Problem[];
}

/** What a reader sees of the file when it is asked whether the file is its format. */
export interface Sniffed {
  path: string;
  /** The first bytes (up to 64 KiB) as text. */
  head: string;
  /** The whole file parsed as one JSON value; undefined when it is not JSON. */
  json(): unknown;
  /** The first non-empty line parsed as JSON; undefined when it is not. */
  firstLine(): unknown;
  /** True when the bytes start with a zip local-file header. */
  zip: boolean;
}

export interface ExampleReader {
  /** The `format:` value that selects it. */
  format: string;
  /** The tool, for messages and docs. */
  tool: string;
  /** Whether the file is this reader's format, from its content (and name). */
  detect(file: Sniffed): boolean;
  /** The records; `text()` decodes the bytes as UTF-8 (named error when they are not). */
  read(file: { path: string; bytes: Buffer; text(): string; json(): unknown }): ReaderOutput;
}

/** A record's fields: no prototype, so a tool's key named __proto__ is just a column. */
export function fieldsOf(init: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, init);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
