// A decoded Parquet row group checked column by column (see column-plan.ts): each column's values
// against the subschema for its name, straight from the decoded pages, so the rows that pass
// every column are never built as objects. A dictionary entry is checked once for all the rows
// that use it; a millisecond timestamp that we turn into text ourselves is a valid date-time by
// construction, so under `type: string, format: date-time` its text is not even made. Whatever
// is not a plain JSON scalar (an exact BigInt, a list, a struct, bytes) marks its row for the
// general path, which decides and reports every marked row exactly as it does without this.
import type { ColumnCheck, ColumnPlan } from './column-plan.js';
import type { FlatColumn, Page } from './parquet-flat.js';
import { END_MS, FIRST_MS } from './parquet-time.js';

/** A decoded column: flat pages, or one (assembled) value per row. */
export type ColumnSource =
  { kind: 'flat'; column: FlatColumn } | { kind: 'values'; values: ArrayLike<unknown> };

const NOT_SCALAR = Symbol('not a JSON scalar');

/** A decoded value as the JSON scalar rows would hold (as parquet.ts's toJson makes it). */
function scalar(raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  switch (typeof raw) {
    case 'string':
    case 'number':
    case 'boolean':
      return raw;
    case 'bigint':
      return raw >= -9007199254740991n && raw <= 9007199254740991n ? Number(raw) : NOT_SCALAR;
    default:
      return NOT_SCALAR;
  }
}

function passes(check: ColumnCheck, raw: unknown): boolean {
  const v = scalar(raw);
  return v !== NOT_SCALAR && check.accepts(v);
}

/** Per dictionary entry: 1 when its value passes. */
function verdicts(check: ColumnCheck, dictionary: ArrayLike<unknown>): Uint8Array {
  const out = new Uint8Array(dictionary.length);
  for (let k = 0; k < dictionary.length; k++) out[k] = passes(check, dictionary[k]) ? 1 : 0;
  return out;
}

/** Whether the `j`-th stored value of a page passes (`known`: the page's dictionary verdicts). */
function valuePasses(check: ColumnCheck, page: Page, j: number, known?: Uint8Array): boolean {
  const raw = page.values[j];
  if (known) return known[raw as number] === 1;
  if (page.millis) {
    const ms = raw as number;
    if (check.anyIsoMillis && ms >= FIRST_MS && ms < END_MS) return true;
    return passes(check, page.millis(ms));
  }
  return passes(check, raw);
}

/** Marks the rows of a flat column whose value fails. */
function scanFlat(check: ColumnCheck, column: FlatColumn, rows: number, bad: Uint8Array): void {
  const nullPasses = check.accepts(null);
  let dictionary: ArrayLike<unknown> | undefined;
  let known: Uint8Array | undefined;
  let row = 0;
  for (const page of column.pages) {
    if (page.dictionary && page.dictionary !== dictionary) {
      dictionary = page.dictionary;
      known = verdicts(check, dictionary);
    }
    const pageKnown = page.dictionary ? known : undefined;
    const { defs } = page;
    const count = defs ? defs.length : page.values.length;
    for (let i = 0, j = 0; i < count && row < rows; i++, row++) {
      if (defs && !defs[i]) {
        if (!nullPasses) bad[row] = 1;
      } else if (!valuePasses(check, page, j++, pageKnown)) bad[row] = 1;
    }
  }
  // Rows past the pages read as null.
  if (!nullPasses) for (; row < rows; row++) bad[row] = 1;
}

function scanValues(
  check: ColumnCheck,
  values: ArrayLike<unknown>,
  rows: number,
  bad: Uint8Array,
): void {
  for (let i = 0; i < rows; i++) if (!passes(check, values[i])) bad[i] = 1;
}

/**
 * The rows of a group that may fail the schema (1 = go the general way; 0 = valid, proven), or
 * undefined when the group cannot be checked by columns (every row then goes the general way):
 * a required name missing or a column no value of which can be proven (those fail or need the
 * whole schema on every row), a repeated or `__proto__` column name (rows keep one of them).
 */
export function rowsToCheck(
  plan: ColumnPlan,
  names: readonly string[],
  sources: readonly ColumnSource[],
  rows: number,
): Uint8Array | undefined {
  const unique = new Set(names);
  if (unique.size !== names.length || unique.has('__proto__')) return undefined;
  if (!plan.required.every((r) => unique.has(r))) return undefined;
  const rules = names.map((n) => plan.column(n));
  if (rules.includes('unknown')) return undefined;
  const bad = new Uint8Array(rows);
  rules.forEach((rule, k) => {
    const source = sources[k];
    if (rule === 'any' || rule === 'unknown' || !source) return;
    if (source.kind === 'flat') scanFlat(rule, source.column, rows, bad);
    else scanValues(rule, source.values, rows, bad);
  });
  return bad;
}
