// Pairing the two files' examples by id, and reading a column over the paired examples.
import type { ExampleTable } from './load.js';
import { type Located, toClass, toScore } from './values.js';

export interface Alignment {
  /** Row in the candidate / baseline table of each aligned example, in candidate order. */
  cRows: Int32Array;
  bRows: Int32Array;
  candidateOnly: string[];
  baselineOnly: string[];
}

export function align(candidate: ExampleTable, baseline: ExampleTable): Alignment {
  const cRows: number[] = [];
  const bRows: number[] = [];
  const candidateOnly: string[] = [];
  candidate.ids.forEach((id, i) => {
    const j = baseline.index.get(id);
    if (j === undefined) candidateOnly.push(id);
    else {
      cRows.push(i);
      bRows.push(j);
    }
  });
  const baselineOnly = baseline.ids.filter((id) => !candidate.index.has(id));
  return {
    cRows: Int32Array.from(cRows),
    bRows: Int32Array.from(bRows),
    candidateOnly,
    baselineOnly,
  };
}

export function missingColumn(
  column: string,
  candidate: ExampleTable,
  baseline: ExampleTable,
  need: 'both' | 'either',
): string | null {
  const inC = candidate.columns.has(column);
  const inB = baseline.columns.has(column);
  if (need === 'both' && inC && inB) return null;
  if (need === 'either' && (inC || inB)) return null;
  const where =
    need === 'both'
      ? [!inC && candidate.path, !inB && baseline.path].filter(Boolean).join(' and ')
      : `${candidate.path} or ${baseline.path}`;
  return `column "${column}" not found in ${where}`;
}

export function scores(
  table: ExampleTable,
  rows: Int32Array,
  column: string,
  located: Located,
): Float64Array | null {
  const raw = table.columns.get(column)!;
  const out = new Float64Array(rows.length);
  let ok = true;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const v = toScore(raw[row]);
    if (typeof v === 'string') {
      located.add(table, row, column, `score "${column}" is ${v}`);
      ok = false;
    } else out[i] = v;
  }
  return ok ? out : null;
}

/** One value per aligned example from whichever file has the column; both must agree. */
export function shared(
  candidate: ExampleTable,
  baseline: ExampleTable,
  al: Alignment,
  column: string,
  what: string,
  located: Located,
): (string | null)[] | null {
  const rc = candidate.columns.get(column);
  const rb = baseline.columns.get(column);
  const out: (string | null)[] = new Array(al.cRows.length);
  let ok = true;
  for (let i = 0; i < al.cRows.length; i++) {
    const ci = al.cRows[i]!;
    const bi = al.bRows[i]!;
    const vc = rc ? toClass(rc[ci]) : undefined;
    const vb = rb ? toClass(rb[bi]) : undefined;
    if (vc === null || (vc === undefined && vb === null)) {
      const [t, row] = vc === null ? [candidate, ci] : [baseline, bi];
      located.add(t, row, column, `${what} "${column}" is missing or empty`);
      ok = false;
      continue;
    }
    if (vb === null) {
      located.add(baseline, bi, column, `${what} "${column}" is missing or empty`);
      ok = false;
      continue;
    }
    if (vc !== undefined && vb !== undefined && vc !== vb) {
      located.add(
        candidate,
        ci,
        column,
        `${what} "${column}" is "${vc}" here but "${vb}" in ${baseline.path} for the same id`,
      );
      ok = false;
      continue;
    }
    out[i] = (vc ?? vb)!;
  }
  return ok ? out : null;
}
