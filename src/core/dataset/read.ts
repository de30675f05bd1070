// Reading records for the dataset checks without a schema, through validate's own readers (the
// chunk parsers, the `.json` scanner) with a tap instead of a validator: the drift reference in
// one pass, and a few records read back from their chunk to show as samples.
import { open } from 'node:fs/promises';
import type { ValidateFunction } from 'ajv';
import { ChunkValidator, type Executor, type Job } from '../validate/executor.js';
import { readCsvHeader, streamFile } from '../validate/source.js';
import type { Validators } from '../validate/records.js';
import type { DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import type { ChunkResult } from '../validate/types.js';
import type { Problem } from '../result.js';
import type { ChunkOrigin } from './expect.js';

export type Tap = (line: number, record: number, value: unknown) => void;

function tapOnly(tap: Tap): Validators {
  const accept = (() => true) as unknown as ValidateFunction;
  return { fast: accept, full: accept, tap };
}

async function chunkReader(file: DataFile, tap: Tap, samples: number): Promise<ChunkValidator> {
  const needsCsv = file.format === 'csv' || file.format === 'tsv';
  return new ChunkValidator(
    tapOnly(tap),
    samples,
    needsCsv ? await import('../validate/csv.js') : undefined,
  );
}

export interface ReadOutcome {
  rows: number;
  problems: Problem[];
}

/** Every record of a file, in order, to `tap` (lines are the chunk's: only order matters here). */
export async function readRows(
  file: DataFile,
  bundle: SchemaBundle,
  tap: Tap,
  opts: { samples: number; maxRecordBytes: number; chunkBytes?: number },
): Promise<ReadOutcome> {
  const cv = await chunkReader(file, tap, opts.samples);
  const out: ReadOutcome = { rows: 0, problems: [] };
  let lineBase = 0;
  const add = (r: ChunkResult) => {
    for (const p of r.problems ?? [])
      out.problems.push({
        ...p,
        file: file.path,
        ...(p.line !== undefined ? { line: p.line + lineBase } : {}),
      });
    out.rows += r.rows;
    lineBase += r.lines;
  };
  // In this thread, in order.
  const executor: Executor = {
    threads: 0,
    submit: (job: Job) => {
      try {
        return Promise.resolve(cv.run(job));
      } catch (err) {
        return Promise.reject(err as Error);
      }
    },
    close: async () => {},
  };
  const source = {
    chunkBytes: opts.chunkBytes ?? 1024 * 1024,
    maxRecordBytes: opts.maxRecordBytes,
    samples: opts.samples,
    window: 1,
  };
  if (file.format === 'json') {
    add(await cv.runJsonFile(file.abs, { maxRecordBytes: opts.maxRecordBytes }));
  } else if (file.format === 'jsonl') {
    await streamFile(file, 'jsonl', executor, source, { offset: 0 }, add);
  } else {
    const header = await readCsvHeader(file, bundle, opts.maxRecordBytes);
    lineBase = header.lines;
    out.problems.push(...header.problems);
    if (header.csv)
      await streamFile(
        file,
        'csv',
        executor,
        source,
        { offset: header.offset, csv: header.csv },
        add,
      );
  }
  return out;
}

/**
 * The records with these chunk-relative indices, parsed again from the chunk's bytes (the whole
 * file for `.json`) by the same reader that first parsed them.
 */
export async function readBack(
  file: DataFile,
  bundle: SchemaBundle,
  origin: ChunkOrigin,
  records: Set<number>,
  maxRecordBytes: number,
): Promise<Map<number, unknown>> {
  const found = new Map<number, unknown>();
  const cv = await chunkReader(
    file,
    (_line, record, value) => {
      if (records.has(record)) found.set(record, value);
    },
    0,
  );
  if (file.format === 'json' || origin.offset === undefined || origin.bytes === undefined) {
    await cv.runJsonFile(file.abs, { maxRecordBytes });
    return found;
  }
  const buf = new Uint8Array(origin.bytes);
  const fh = await open(file.abs, 'r');
  try {
    await fh.read(buf, 0, origin.bytes, origin.offset);
  } finally {
    await fh.close();
  }
  const last = origin.offset + origin.bytes >= file.bytes;
  if (file.format === 'jsonl') cv.run({ kind: 'jsonl', buf, last });
  else {
    const header = await readCsvHeader(file, bundle, maxRecordBytes);
    if (header.csv) cv.run({ kind: 'csv', buf, last, csv: header.csv });
  }
  return found;
}
