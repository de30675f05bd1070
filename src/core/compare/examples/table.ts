// The table of per-example values a file is loaded into, and the builder the parsers fill:
// one row per example id, repeated samples of an id kept as `Samples`, problems capped.
import type { Problem } from '../../result.js';
import { Samples, clip, describe, type RawValue } from './raw.js';
import type { EXAMPLE_READERS } from './readers/index.js';

export type BuiltinFormat = 'jsonl' | 'csv' | 'tsv' | 'json' | 'parquet';
/** A built-in format, or the `format` of a named reader (readers/). */
export type ExampleFormat = BuiltinFormat | (typeof EXAMPLE_READERS)[number]['format'];

export interface ExampleTable {
  path: string;
  format: ExampleFormat;
  idColumn: string;
  /** Example ids in file order (unique when the table loaded without problems). */
  ids: string[];
  /** 1-based line of each row; 0 when unknown (JSON arrays). */
  lines: Int32Array;
  /** id → row. */
  index: Map<string, number>;
  /**
   * Raw values of the requested columns that the file has (a column absent from the whole file
   * is absent here). An id with repeated samples holds a `Samples` in each column.
   */
  columns: Map<string, RawValue[]>;
  /** Ids that have more than one sample. */
  repeated: number;
}

export interface LoadExamplesOptions {
  /** Name of the id column (e.g. "id"). */
  idColumn: string;
  /** Columns to keep (scores, labels, predictions, slices). */
  columns: readonly string[];
  /** Forced format; by default a named reader that recognises the content, else from the extension (.jsonl/.ndjson, .csv, .tsv, .json), else sniffed. */
  format?: ExampleFormat;
  /**
   * Several records with one id are repeated samples of that example (kept as `Samples`), not
   * an error. Named readers always allow them: their tools write epochs and generations.
   */
  repeats?: boolean;
  /** Stop collecting problems after this many (default 50); the count of the rest is reported. */
  maxProblems?: number;
  /** The tree the file may not leave, after symlinks (default: the file's own folder). */
  root?: string;
}

export interface LoadedExamples {
  /** Null when the file could not be read or parsed at all. */
  table: ExampleTable | null;
  problems: Problem[];
}

class ProblemList {
  readonly list: Problem[] = [];
  private extra = 0;
  constructor(private readonly max: number) {}
  add(p: Problem): void {
    if (this.list.length < this.max) this.list.push(p);
    else this.extra++;
  }
  done(file: string): Problem[] {
    if (this.extra > 0) this.list.push({ file, message: `${this.extra} more problems not shown` });
    return this.list;
  }
  get count(): number {
    return this.list.length + this.extra;
  }
}

interface Builder {
  table: ExampleTable;
  problems: ProblemList;
  wanted: readonly string[];
  seen: Set<string>;
  repeats: boolean;
  /** Samples per row. */
  counts: number[];
}

export function newBuilder(
  path: string,
  format: ExampleFormat,
  options: LoadExamplesOptions,
): Builder {
  return {
    table: {
      path,
      format,
      idColumn: options.idColumn,
      ids: [],
      lines: new Int32Array(0),
      index: new Map(),
      columns: new Map(),
      repeated: 0,
    },
    problems: new ProblemList(options.maxProblems ?? 50),
    wanted: options.columns.filter((c) => c !== options.idColumn),
    seen: new Set(),
    repeats: options.repeats ?? false,
    counts: [],
  };
}

/**
 * Adds one record held as an object: only its own keys are columns (a key named `__proto__` is
 * data); `raw` turns a value into a raw value (by default it is one already).
 */
export function addObject(
  b: Builder,
  line: number,
  lines: number[],
  rec: Readonly<Record<string, unknown>>,
  raw: (v: unknown) => RawValue = (v) => v as RawValue,
): void {
  addRecord(
    b,
    line,
    lines,
    (k) => (Object.hasOwn(rec, k) ? raw(rec[k]) : undefined),
    (k) => Object.hasOwn(rec, k),
  );
}

/** Adds one record; `get` returns the raw value of a key or undefined when the record lacks it. */
export function addRecord(
  b: Builder,
  line: number,
  lines: number[],
  get: (key: string) => RawValue,
  has: (key: string) => boolean,
): void {
  const { table, problems } = b;
  const where = { file: table.path, ...(line ? { line } : {}), key: table.idColumn };
  const rawId = get(table.idColumn);
  let id: string | undefined;
  if (typeof rawId === 'string' && rawId.trim() !== '') id = rawId;
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  if (id === undefined) {
    const what =
      rawId === undefined || rawId === null || rawId === ''
        ? 'missing'
        : `not a string or number (${describe(rawId)})`;
    problems.add({ ...where, message: `example id "${table.idColumn}" is ${what}` });
    return;
  }
  const previous = table.index.get(id);
  if (previous !== undefined && b.repeats) {
    addSample(b, previous, get, has);
    return;
  }
  if (previous !== undefined) {
    const at = lines[previous] ? ` (first at line ${lines[previous]})` : '';
    problems.add({
      ...where,
      message: `duplicate example id "${clip(id)}"${at}; if the file holds repeated samples (epochs, generations), set examples.repeats: true to average them`,
    });
    return;
  }
  const row = table.ids.length;
  table.index.set(id, row);
  table.ids.push(id);
  lines.push(line);
  b.counts.push(1);
  for (const col of b.wanted) {
    if (has(col)) b.seen.add(col);
    let values = table.columns.get(col);
    if (!values) {
      values = [];
      table.columns.set(col, values);
    }
    values[row] = get(col);
  }
}

/** Another sample of the example in `row`: every kept column becomes (or grows) a `Samples`. */
function addSample(
  b: Builder,
  row: number,
  get: (key: string) => RawValue,
  has: (key: string) => boolean,
): void {
  const before = b.counts[row]!;
  for (const col of b.wanted) {
    if (has(col)) b.seen.add(col);
    let values = b.table.columns.get(col);
    if (!values) {
      values = [];
      b.table.columns.set(col, values);
    }
    const held = values[row];
    const list = held instanceof Samples ? held.values : [held];
    while (list.length < before) list.push(undefined);
    list.push(get(col));
    if (!(held instanceof Samples)) values[row] = new Samples(list);
  }
  b.counts[row] = before + 1;
}

export function finish(b: Builder, lines: number[]): LoadedExamples {
  const { table } = b;
  table.lines = Int32Array.from(lines);
  table.repeated = b.counts.filter((c) => c > 1).length;
  // A column added by a later sample of a repeated id: pad every repeated row to its count.
  for (const values of table.columns.values())
    b.counts.forEach((c, row) => {
      if (c < 2) return;
      const held = values[row];
      const list = held instanceof Samples ? held.values : [held];
      while (list.length < c) list.push(undefined);
      if (!(held instanceof Samples)) values[row] = new Samples(list);
    });
  for (const col of [...table.columns.keys()]) if (!b.seen.has(col)) table.columns.delete(col);
  // Pad columns to the row count so every row has a slot (undefined = the row lacks the key).
  for (const values of table.columns.values()) values.length = table.ids.length;
  if (table.ids.length === 0 && b.problems.count === 0)
    b.problems.add({ file: table.path, message: 'no examples in file' });
  return { table, problems: b.problems.done(table.path) };
}
