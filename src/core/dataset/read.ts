// One streaming pass over a data file, reusing validate's readers (streamFile → the JSON Lines
// and CSV chunk parsers, validateJsonFile for .json) with a "validator" that hands each parsed
// record to a sink instead of checking it against a schema. When the sink flags a record, the
// validate Collector locates it (line, record) and keeps the first few as samples: the same
// grouping and previews as schema violations, with nothing re-implemented.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ChunkValidator, type Executor, type Job } from '../validate/executor.js';
import { readCsvHeader, streamFile } from '../validate/source.js';
import { validateJsonFile } from '../validate/json.js';
import type { DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import type { ChunkResult, Sample } from '../validate/types.js';
import type { Problem } from '../result.js';

/** Something worth locating in a record: `check` groups samples, `pointer` names the value. */
export interface Flag {
  check: string;
  pointer: string;
  message: string;
}

export type Sink = (value: unknown) => Flag[] | undefined;

export interface ReadOutcome {
  rows: number;
  /** Located samples per check (at most `samples` each), lines are the file's. */
  samples: Map<string, Sample[]>;
  problems: Problem[];
}

function sinkValidators(sink: Sink): { fast: ValidateFunction; full: ValidateFunction } {
  let pending: ErrorObject[] | null = null;
  const fast = ((value: unknown) => {
    const flags = sink(value);
    if (!flags || flags.length === 0) return true;
    pending = flags.map((f) => ({
      keyword: 'dataset',
      instancePath: f.pointer,
      schemaPath: f.check,
      params: {},
      message: f.message,
    }));
    return false;
  }) as unknown as ValidateFunction;
  const full = (() => {
    full.errors = pending;
    pending = null;
    return false;
  }) as unknown as ValidateFunction;
  return { fast, full };
}

export async function readRows(
  file: DataFile,
  bundle: SchemaBundle,
  sink: Sink,
  opts: { samples: number; maxRecordBytes: number; chunkBytes?: number },
): Promise<ReadOutcome> {
  const validators = sinkValidators(sink);
  const needsCsv = file.format === 'csv' || file.format === 'tsv';
  const cv = new ChunkValidator(
    validators,
    opts.samples,
    needsCsv ? await import('../validate/csv.js') : undefined,
  );
  const out: ReadOutcome = { rows: 0, samples: new Map(), problems: [] };
  let lineBase = 0;
  let recordBase = 0;
  const add = (r: ChunkResult) => {
    for (const g of r.groups) {
      if (g.keyword !== 'dataset') continue; // parse/encoding errors: validate reports them
      let list = out.samples.get(g.schemaPath);
      if (!list) out.samples.set(g.schemaPath, (list = []));
      for (const s of g.samples) {
        if (list.length >= opts.samples) break;
        list.push({ ...s, line: s.line + lineBase, record: (s.record ?? 0) + recordBase });
      }
    }
    for (const p of r.problems ?? [])
      out.problems.push({
        ...p,
        file: file.path,
        ...(p.line !== undefined ? { line: p.line + lineBase } : {}),
      });
    out.rows += r.rows;
    lineBase += r.lines;
    recordBase += r.rows;
  };
  // In this thread, in order: the sink sees the records in file order.
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
    add(
      await validateJsonFile(file.abs, validators, {
        samples: opts.samples,
        maxRecordBytes: opts.maxRecordBytes,
      }),
    );
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
