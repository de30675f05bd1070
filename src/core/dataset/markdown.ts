// The dataset part of a validate section: drifted columns first with their scores, a small
// Mermaid chart of reference vs current for the worst few, then the expectations and their
// located samples. Result files are untrusted: every field is read defensively and every text
// goes through the report's escaping.
import { worseFirst } from '../conventions/status.js';
import { collapsed, table, type SectionContext } from '../report/blocks.js';
import { esc, escHtml, mermaidLabel } from '../report/escape.js';
import { fmtCount, fmtNum, fmtPct, plural, statusLabel } from '../conventions/format.js';
import type { Status } from '../result.js';

export const CHART_COLUMNS = 2;
export const CHART_BINS = 12;
export const TOP_DRIFT = 10;
export const SAMPLES_SHOWN = 50;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const STATUSES = new Set(['pass', 'warn', 'fail', 'error']);
const status = (v: unknown): Status => (STATUSES.has(v as string) ? (v as Status) : 'error');

interface Column {
  name: unknown;
  type: unknown;
  psi?: number;
  test: unknown;
  statistic?: number;
  pAdjusted?: number;
  status: Status;
  reason: unknown;
  sampled: boolean;
  bins: Array<{ label: unknown; ref: number; cur: number }>;
}

function readColumn(raw: unknown): Column {
  const c = isObj(raw) ? raw : {};
  return {
    name: c.name,
    type: c.type,
    psi: num(c.psi),
    test: c.test,
    statistic: num(c.statistic),
    pAdjusted: num(c.pAdjusted),
    status: status(c.status),
    reason: c.reason,
    sampled: c.sampled === true,
    bins: arr(c.bins)
      .filter(isObj)
      .map((b) => ({ label: b.label, ref: num(b.ref) ?? 0, cur: num(b.cur) ?? 0 })),
  };
}

function chartNumber(x: number): string {
  return String(Number(x.toFixed(4)));
}

/** Reference shares as bars, current shares as a line, for one drifted column. */
export function driftChart(c: Column): string | undefined {
  const bins = [...c.bins]
    .sort((a, b) => (c.type === 'categorical' ? b.ref + b.cur - (a.ref + a.cur) : 0))
    .slice(0, CHART_BINS);
  if (bins.length < 2) return undefined;
  const label = (l: unknown) =>
    mermaidLabel(
      String(l ?? '')
        .replace('≤', 'up to ')
        .replace('>', 'over ')
        .replace('–', ' to '),
      16,
    );
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidLabel(c.name, 40)}: reference (bars) vs current (line), share of rows"`,
    `  x-axis [${bins.map((b) => `"${label(b.label)}"`).join(', ')}]`,
    `  bar [${bins.map((b) => chartNumber(b.ref)).join(', ')}]`,
    `  line [${bins.map((b) => chartNumber(b.cur)).join(', ')}]`,
    '```',
  ].join('\n');
}

function driftTable(cols: Column[]): string {
  return table(
    // Six columns at most, so the table fits a PR comment: the test and its statistic share one.
    ['Column', 'Type', 'PSI', 'Test statistic', 'p (Holm)', 'Status'],
    cols.map((c) => [
      esc(c.name, { max: 40 }),
      esc(c.type, { max: 12 }) + (c.sampled ? ' (sampled)' : ''),
      c.psi === undefined ? '–' : fmtNum(c.psi),
      `${c.test === 'ks' ? 'KS ' : c.test === 'chi2' ? 'χ² ' : ''}${c.statistic === undefined ? '–' : fmtNum(c.statistic)}`,
      c.pAdjusted === undefined ? '–' : c.pAdjusted < 1e-4 ? '< 0.0001' : fmtNum(c.pAdjusted),
      statusLabel(c.status),
    ]),
    ['l', 'l', 'r', 'r', 'r', 'l'],
  );
}

/** " at the base commit abc1234" / " in artifact snapshot of run 42": where the reference came from. */
function referenceOrigin(ref: Obj): string {
  const sha = typeof ref.sha === 'string' ? ` ${esc(ref.sha.slice(0, 7))}` : '';
  if (ref.source === 'base-branch') return ` at the base commit${sha}`;
  if (ref.source !== 'artifact') return '';
  const run = num(ref.runId);
  return ` in artifact ${esc(ref.artifact, { max: 80 })} of ${esc(ref.workflow, { max: 80 })}${run !== undefined ? ` run ${run}` : ''}${sha ? ` (commit${sha})` : ''}`;
}

/** "**Drift** against ref.jsonl at the base commit abc1234 (1,000 rows): 2 columns drifted of 9". */
function driftHeading(ref: Obj, cols: Column[], drifted: Column[]): string {
  if (ref.source === 'none')
    return `**Drift**: no reference (${statusLabel(status(ref.status))}): ${esc(ref.note, { max: 300 })}`;
  const names = arr(ref.paths)
    .slice(0, 3)
    .map((p) => esc(p, { max: 80 }))
    .join(', ');
  const verdict = drifted.length
    ? `${plural(drifted.length, 'column')} drifted of ${cols.length}`
    : `no drift in ${plural(cols.length, 'column')}`;
  return `**Drift** against ${names}${referenceOrigin(ref)} (${fmtCount(num(ref.rows))} rows): ${verdict}`;
}

/** Drifted columns first with their scores, then a chart of the worst few. */
function driftBlocks(drift: Obj, { level, cut }: SectionContext): string[] {
  const cols = arr(drift.columns)
    .map(readColumn)
    .sort((a, b) => worseFirst(a.status, b.status) || (b.psi ?? -1) - (a.psi ?? -1));
  const drifted = cols.filter((c) => c.status !== 'pass');
  const ref = isObj(drift.reference) ? drift.reference : {};
  const out = [driftHeading(ref, cols, drifted)];
  const shown =
    level >= 3 ? drifted.slice(0, 5) : [...drifted, ...cols.filter((c) => c.status === 'pass')];
  cut.details += cols.length - shown.length;
  if (shown.length) {
    const head = shown.slice(0, TOP_DRIFT);
    out.push(driftTable(head));
    if (shown.length > head.length)
      out.push(
        collapsed(
          escHtml(plural(shown.length - head.length, 'more column')),
          driftTable(shown.slice(head.length)),
        ),
      );
  }
  if (level < 2)
    for (const c of drifted.slice(0, CHART_COLUMNS)) {
      const chart = driftChart(c);
      if (chart) out.push(chart);
    }
  return out;
}

/** How a ratchet expectation's unexpected rows compare with the base. */
const ORIGIN: Record<string, string> = {
  new: 'new in this change',
  worse: 'worse than base',
  existing: 'already on base',
};

/** One expectation per row; the "On base" column only when the ratchet ran. */
function expectationTable(shown: Obj[], ratchet: boolean): string {
  const onBase = (e: Obj): string =>
    isObj(e.base)
      ? `${fmtCount(num(e.base.unexpected))}${typeof e.origin === 'string' && ORIGIN[e.origin] ? ` (${ORIGIN[e.origin]})` : ''}`
      : '–';
  return table(
    ['Check', 'Rule', 'Unexpected of checked', ...(ratchet ? ['On base'] : []), 'Status'],
    shown.map((e) => [
      esc(e.column !== undefined ? `${String(e.column)}: ${String(e.kind)}` : e.kind, {
        max: 40,
      }),
      esc(e.rule, { max: 60 }),
      `${fmtCount(num(e.unexpected))} of ${fmtCount(num(e.checked))} (${fmtPct(num(e.share))})`,
      ...(ratchet ? [onBase(e)] : []),
      statusLabel(status(e.status)),
    ]),
    ['l', 'l', 'r', 'r', 'r', ...(ratchet ? (['r'] as const) : []), 'l'],
  );
}

/** "Values of split outside the allowed set: dev (3), tst (1)", for the first few columns. */
function newValueLines(bad: Obj[]): string[] {
  return bad
    .filter((e) => arr(e.values).length)
    .slice(0, 3)
    .map(
      (e) =>
        `Values of ${esc(e.column, { max: 60 })} outside the allowed set: ${arr(e.values)
          .filter(isObj)
          .slice(0, 10)
          .map((v) => `${esc(v.value, { max: 40 })} (${fmtCount(num(v.count))})`)
          .join(', ')}`,
    );
}

/** The located samples of the unmet expectations, folded; counted as cut at higher levels. */
function sampleRowsBlock(bad: Obj[], { level, cut }: SectionContext): string | undefined {
  const rows: string[][] = [];
  let all = 0;
  for (const e of bad)
    for (const s of arr(e.samples).filter(isObj)) {
      all++;
      if (rows.length < SAMPLES_SHOWN)
        rows.push([
          esc(e.column ?? e.kind, { max: 40 }),
          esc(s.file, { max: 80 }),
          String(num(s.line) ?? '–'),
          esc(s.value, { max: 100 }),
          esc(s.message, { max: 160 }),
        ]);
    }
  if (!all) return undefined;
  if (level >= 1) {
    cut.samples += all;
    return undefined;
  }
  cut.samples += all - rows.length;
  return collapsed(
    escHtml(
      `Rows to look at: ${plural(rows.length, 'row')}${all > rows.length ? ` of ${fmtCount(all)}` : ''}`,
    ),
    table(['Check', 'File', 'Line', 'Value', 'Message'], rows, ['l', 'l', 'r', 'l', 'l']),
  );
}

/** The expectations, unmet first, with new values and the rows to look at. */
function expectationBlocks(exps: Obj[], ctx: SectionContext): string[] {
  const { level, cut } = ctx;
  const sorted = [...exps].sort((a, b) => worseFirst(status(a.status), status(b.status)));
  const bad = sorted.filter((e) => status(e.status) !== 'pass');
  const shown = level >= 3 ? bad.slice(0, 5) : sorted;
  cut.details += sorted.length - shown.length;
  const out = [
    `**Expectations**: ${bad.length ? `${bad.length} of ${exps.length} not met` : `all ${exps.length} met`}`,
  ];
  const ratchet = exps.some((e) => isObj(e.base));
  if (shown.length) out.push(expectationTable(shown, ratchet));
  if (level < 3) out.push(...newValueLines(bad));
  const samples = sampleRowsBlock(bad, ctx);
  if (samples) out.push(samples);
  return out;
}

export function datasetBlocks(raw: unknown, ctx: SectionContext): string[] {
  if (!isObj(raw)) return [];
  const out: string[] = [];
  if (isObj(raw.drift)) out.push(...driftBlocks(raw.drift, ctx));
  const exps = arr(raw.expectations).filter(isObj);
  if (exps.length) out.push(...expectationBlocks(exps, ctx));
  return out;
}
