// Reads the first records of a sample data file, streaming, for schema inference: through the
// record source, so a sample reads exactly as validate reads it (BOM, line endings, quoting).
import { dirname, resolve } from 'node:path';
import { parseCell, type Cell } from './cell.js';
import { assertUtf8Head } from '../files/encoding.js';
import { gateFile, readHead } from '../files/workspace.js';
import { compressionOf } from '../data/compression.js';
import { extensionsOf, formatOf, formatSpec, formatsWith } from '../data/registry.js';
import { NO_SCHEMA, readRecords } from '../data/records.js';
import type { DataFile } from '../validate/files.js';
import { DEFAULT_MAX_RECORD_BYTES } from '../validate/types.js';
import type { Problem } from '../result.js';

/** The formats `init` samples (the registry's formats with `sample: true`). */
export type SampleFormat = 'json' | 'jsonl' | 'csv' | 'tsv';
export const SAMPLE_FORMATS = formatsWith('sample') as SampleFormat[];

/** A record as JSON values, or (CSV/TSV) as typed cells that remember how numbers were written. */
export type SampleRecord =
  { kind: 'json'; value: Record<string, unknown> } | { kind: 'cells'; value: Map<string, Cell> };

export interface SampleInfo {
  format: SampleFormat;
  rows: number;
  /** True when the file holds more records than were read. */
  truncated: boolean;
}

export function detectFormat(path: string): SampleFormat {
  const format = formatOf(path);
  // A compressed sample is not read here: only the plain name counts.
  if (format && (SAMPLE_FORMATS as string[]).includes(format) && !compressionOf(path).compression)
    return format as SampleFormat;
  throw new Error(
    `${path}: cannot tell the format from the extension; expected ${extensionsOf(SAMPLE_FORMATS)}`,
  );
}

/** Reads a sample's blocks this size at a time: `maxRows` records are usually in the first. */
const SAMPLE_CHUNK_BYTES = 64 * 1024;

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A row of text cells as typed cells that remember how numbers were written. */
function cellsOf(row: Record<string, unknown>): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const [name, text] of Object.entries(row)) cells.set(name, parseCell(text as string));
  return cells;
}

function located(p: Problem, path: string): string {
  return `${path}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}`;
}

/**
 * Reads the first `maxRows` records of a sample through the record source (the readers validate
 * uses) and the workspace gate: `root` is the tree it may not leave. The first record that cannot
 * be read, or that is not an object, is an error naming its line.
 */
export async function readSample(
  path: string,
  format: SampleFormat,
  maxRows: number,
  onRecord: (record: SampleRecord) => void,
  root = dirname(resolve(path)),
): Promise<SampleInfo> {
  const gate = gateFile(root, resolve(path), 'sample file');
  assertUtf8Head(readHead(gate), path);
  const file: DataFile = { path, abs: gate.abs, format, bytes: gate.size, gate };
  const cells = formatSpec(format).layout === 'delimited';
  let rows = 0;
  let truncated = false;
  let bad: string | undefined;
  const out = await readRecords(
    file,
    NO_SCHEMA,
    ({ value, line }) => {
      if (bad !== undefined || truncated) return;
      if (rows >= maxRows) truncated = true;
      else if (!isRecord(value)) bad = `${path}:${line}: expected a JSON object per record`;
      else {
        onRecord(cells ? { kind: 'cells', value: cellsOf(value) } : { kind: 'json', value });
        rows++;
      }
    },
    {
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      chunkBytes: SAMPLE_CHUNK_BYTES,
      stop: () => truncated || bad !== undefined,
    },
  );
  // The first thing wrong in file order: a problem of the file, or an unreadable record.
  const first = [...out.problems, ...out.unreadable].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  )[0];
  if (first && !truncated) throw new Error(located(first, path));
  if (bad !== undefined) throw new Error(bad);
  return { format, rows, truncated };
}
