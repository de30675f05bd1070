// What the engine needs to know about one data format. Each format is one module in formats/
// and one line in registry.ts; everything that names formats (the config and result schemas,
// `--format`, the action's `format` input, extension detection, init, per-example files) takes
// them from the registry.

/** How a format's records are found in the file, which decides the reader and the executor job. */
export type RecordLayout =
  /** One JSON document: an array of records, or a single record (json.ts scanner). */
  | 'document'
  /** One JSON value per line; cut into chunks on newlines (records.ts). */
  | 'lines'
  /** A header row, then one record per row; cut into chunks on newlines outside quotes (csv.ts). */
  | 'delimited'
  /** Binary, column-wise, in row groups read by random access (parquet.ts). */
  | 'row-groups'
  /** Binary, column-wise, in record batches, read whole into memory (Arrow IPC, arrow.ts). */
  | 'record-batches';

export interface FormatSpec<Name extends string = string> {
  /** The name in config (`format:`), `--format`, the action input and result files. */
  readonly name: Name;
  /** Lower-case file name endings that mean this format (before any compression extension). */
  readonly extensions: readonly string[];
  readonly layout: RecordLayout;
  /**
   * Where a record is: 'line' (1-based line of the text, what annotations point at) or 'row'
   * (1-based row of the file, with its row group).
   */
  readonly location: 'line' | 'row';
  /** Text is checked for UTF-8 and may be gzip/Zstandard compressed as a whole file. */
  readonly text: boolean;
  /** The default cell delimiter (delimited formats). */
  readonly delimiter?: string;
  /** `modelgate init` can infer a schema from a sample of it. */
  readonly sample: boolean;
  /** Per-example score files of `compare` can be in it. */
  readonly examples: boolean;
}

/** A spec with its name kept as a literal type (so the registry yields the DataFormat union). */
export function defineFormat<const Name extends string>(spec: FormatSpec<Name>): FormatSpec<Name> {
  return spec;
}
