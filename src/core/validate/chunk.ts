// What reading and validating one chunk of records produces: shared by the readers, the collector
// and the executor, and kept apart from types.ts so that those modules need none of the entry-level
// shapes (which reach shard planning, and through it the Parquet reader).
import type { Problem } from '../result.js';
import type { ChunkDigest } from '../dataset/digest.js';
import type { Sample } from './sample.js';

/** Groups of one chunk of one file, before the file's line and record offsets are known. */
export interface ChunkGroup {
  schemaPath: string;
  keyword: string;
  message: string;
  count: number;
  samples: Sample[];
}

/** What reading and validating one chunk of records produced. Lines and records are chunk-relative. */
export interface ChunkResult {
  /** Physical lines the chunk spans (newlines it contains). */
  lines: number;
  rows: number;
  invalidRows: number;
  groups: ChunkGroup[];
  /** Problems that stop the file from being evaluated (e.g. an unclosed CSV quote at the end). */
  problems?: Problem[];
  /** Bytes of the file the chunk covered (set by the reader, for progress). */
  bytes?: number;
  /** Where in the file those bytes start (set by the reader; absent for synthetic results). */
  offset?: number;
  /** What the dataset checks need from the chunk's records, when they run. */
  digest?: ChunkDigest;
}
