// Shapes shared by the validate engine, its worker threads and its adapters.
import type { WorkerPool } from './worker-pool.js';
import type { BaselineProvider } from '../providers/provider.js';
import type { DatasetConfig, DatasetDetails, RatchetDetails } from '../dataset/types.js';
import type { SchemaWarning } from './schema-warnings.js';
import type { ShardSpec } from './shard-spec.js';

export type { DataFormat } from '../data/registry.js';
import type { DataFormat } from '../data/registry.js';

/** How a CSV/TSV file is written, beyond RFC 4180 (docs/validate.md: "CSV cells"). */
export interface CsvDialect {
  /** One character; default "," for .csv and tab for .tsv. */
  delimiter?: string;
  /** The decimal mark of numbers: "." (default) or "," (then the delimiter cannot be ","). */
  decimal?: '.' | ',';
  /** Cells that mean null where a column allows null; default [""] (the empty cell). */
  nullValues?: string[];
}

/** The `details` of a validate result: schemas/result-validate.schema.json. */
export interface ValidateDetails {
  schemaFile: string;
  format?: DataFormat;
  rows: number;
  invalidRows: number;
  invalidShare: number;
  threshold: { maxInvalidRows: string; warnInvalidRows?: string };
  files: FileSummary[];
  groups: Group[];
  omittedGroups?: number;
  /** Strict-mode findings in the schema, located (the schema is evaluated regardless). */
  schemaWarnings?: SchemaWarning[];
  maxRecordBytes?: number;
  durationMs?: number;
  /** Expectations, leakage and drift (src/core/dataset), when the entry configures them. */
  dataset?: DatasetDetails;
  /** The same checks on the base branch's data (dataset ratchet). */
  ratchet?: RatchetDetails;
}

export interface FileSummary {
  path: string;
  format: DataFormat;
  rows: number;
  invalidRows: number;
  bytes: number;
}

export type { Sample } from './sample.js';
import type { Sample } from './sample.js';

export interface Group {
  file: string;
  schemaPath: string;
  keyword: string;
  message: string;
  count: number;
  share: number;
  samples: Sample[];
  /** With a ratchet: records of the base branch's same file with this violation. */
  baseCount?: number;
}

export type { ChunkGroup, ChunkResult } from './chunk.js';

export interface ValidateOptions {
  /** Path of the JSON Schema file (as given; also how it is named in the result). */
  schemaFile: string;
  /** Data files or globs, relative to `cwd`. */
  data: string[];
  format?: DataFormat | 'auto';
  /** The CSV/TSV files' dialect. */
  csv?: CsvDialect;
  maxInvalidRows?: string;
  warnInvalidRows?: string;
  /** Directory the globs and the result's paths are relative to. */
  cwd: string;
  /** Local $refs may not leave this directory (the workspace). Defaults to `cwd`. */
  root?: string;
  /** No data file may leave this directory (after symlinks). Defaults to `root`. */
  dataRoot?: string;
  samples?: number;
  maxGroups?: number;
  maxRecordBytes?: number;
  /** Worker threads: 0 validates in this thread; undefined picks from the cores and the data size. */
  threads?: number;
  /** Bytes per chunk handed to a worker. */
  chunkBytes?: number;
  /** Where the bundled worker script lives; defaults to dist/validate-worker.js beside the bundle. */
  workerUrl?: URL;
  /**
   * Worker threads started ahead (worker-pool.ts): the run takes its workers from it and
   * terminates the ones it does not need; the caller closes it too (closing twice is fine).
   */
  workers?: WorkerPool;
  /** The entry's expectations / splits / drift blocks: run the dataset checks too. */
  dataset?: DatasetConfig;
  /** Drift's reservoir size per column and side (an engine option: tests make it small). */
  driftSampleSize?: number;
  /** Materialises base-branch / artifact references (drift) and base data (ratchet). */
  provider?: BaselineProvider;
  /** Read only shard i of n of the input and write a partial result (shard.ts, merge.ts). */
  shard?: ShardSpec;
  /** Called once the files are known, before the slow part: lets the CLI print its first line early. */
  onStart?: (info: { files: number; bytes: number; threads: number }) => void;
  /** Called as chunks complete, in file order: lets the CLI show rows, MB/s and an ETA. */
  onProgress?: (progress: ValidateProgress) => void;
}

export interface ValidateProgress {
  file: string;
  rows: number;
  invalidRows: number;
  /** Bytes read so far over all files, and in total. */
  bytes: number;
  totalBytes: number;
}

export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;
export const DEFAULT_SAMPLES = 5;
export const DEFAULT_MAX_GROUPS = 50;
