// What the readers hand the executor: one job is one chunk of a file's records, run in this
// thread or in a worker. Kept apart from executor.ts so the per-layout readers (src/core/data/
// readers/) can name jobs and executors while the executor runs their jobs.
import type { CellDialect, JsonType } from './cells.js';
import type { ChunkResult } from './chunk.js';
import type { DataFile } from './files.js';
import type { ParquetFile, RowGroupSpan } from './parquet.js';

export interface CsvContext {
  delimiter: string;
  header: string[];
  types: Array<JsonType[] | undefined>;
  /** Null tokens and decimal mark (see cells.ts). */
  dialect: CellDialect;
}

export interface ByteJob {
  kind: 'jsonl' | 'csv';
  buf: Uint8Array;
  last: boolean;
  /** For CSV: the file's header and column types (small, sent with every chunk). */
  csv?: CsvContext;
}

/** A Parquet row group, decoded where it is validated (the bytes never cross threads). */
export interface ParquetJob {
  kind: 'parquet';
  file: ParquetFile;
  group: RowGroupSpan;
}

/** A `.json` file, scanned whole (in this thread: see readers/document.ts). */
export interface DocumentJob {
  kind: 'json';
  file: Pick<DataFile, 'abs' | 'path' | 'gate' | 'compression'>;
  maxRecordBytes: number;
}

/** An Arrow IPC record batch, decoded where it is validated (see arrow.ts). */
export interface ArrowJob {
  kind: 'arrow';
  file: ParquetFile;
  group: RowGroupSpan;
}

export type Job = ByteJob | ParquetJob | ArrowJob | DocumentJob;

export interface Executor {
  readonly threads: number;
  submit(job: Job): Promise<ChunkResult>;
  close(): Promise<void>;
}
