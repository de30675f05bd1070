// The section for a `compare` result: what fails or warns first, in words and never folded; then
// compact tables of the rest (folded when something fails); a chart of Δ where it reads faster
// than the table; and one statement of the statistics behind the intervals.
import { worseFirst } from '../conventions/status.js';
import type { Result } from '../result.js';
import { collapsed, table, take, type Cut, type SectionContext } from './blocks.js';
import { compareChart } from './chart.js';
import { esc, escHtml } from './escape.js';
import { fmtCount, fmtFixed, fmtPct, ICON, plural, shortSha } from '../conventions/format.js';
import { compareView, type BaselineView, type CompareView, type MetricRow } from './model.js';
import {
  decimalsOf,
  deltaCell,
  NameNotes,
  orientedChange,
  reasonText,
  ruleCell,
  statusIcon,
  valuesCell,
} from './rows.js';

/** Whole-set rows shown before the rest folds into "more metrics" (when nothing fails). */
export const TOP_ROWS = 15;

/** Regressions first: worst status, then whole-set rows before slices, then the largest drop. */
export function regressionsFirst(rows: MetricRow[]): MetricRow[] {
  const drop = (r: MetricRow) => orientedChange(r) ?? r.delta ?? Infinity;
  return rows
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) =>
        worseFirst(a.row.status, b.row.status) ||
        Number(!!a.row.slice) - Number(!!b.row.slice) ||
        drop(a.row) - drop(b.row) ||
        a.i - b.i,
    )
    .map((x) => x.row);
}

export const needsAttention = (r: MetricRow) =>
  r.status === 'fail' || r.status === 'error' || r.status === 'warn';

function presenceTag(r: MetricRow): string {
  return r.presence === 'added' ? ' (new)' : r.presence === 'removed' ? ' (removed)' : '';
}

/** The full name of a row for prose: `accuracy · region = apac`. */
function rowTitle(r: MetricRow): string {
  const slice = r.slice
    ? ` · ${esc(r.slice.key, { max: 60 })} = ${esc(r.slice.value, { max: 80 })}`
    : '';
  return `${esc(r.name, { max: 120 })}${slice}${presenceTag(r)}`;
}

/** One line per row that fails or warns: what happened, in numbers and in words. */
function attentionLine(r: MetricRow, reasonMax: number): string {
  const numbers = [valuesCell(r), `Δ ${deltaCell(r)}`];
  const p = r.pAdjusted ?? r.pValue;
  if (p !== undefined) numbers.push(p < 0.001 ? 'p < 0.001' : `p = ${Number(p.toPrecision(2))}`);
  const why = reasonText(r.reason, reasonMax);
  return `- ${ICON[r.status]} **${rowTitle(r)}**: ${numbers.join(', ')}${why ? ` — ${why}` : ''}`;
}

const HEAD = ['Metric', 'Baseline → candidate', 'Δ [interval]', 'Rule', ''];
const ALIGN: Array<'l' | 'r' | 'c'> = ['l', 'r', 'r', 'l', 'c'];

function metricTable(rows: MetricRow[], notes: NameNotes): string {
  return table(
    HEAD,
    rows.map((r) => [
      notes.name(r.name) + presenceTag(r),
      valuesCell(r),
      deltaCell(r),
      ruleCell(r),
      statusIcon(r),
    ]),
    ALIGN,
  );
}

function sliceTable(key: string, rows: MetricRow[], notes: NameNotes): string {
  return table(
    ['Metric', notes.name(key, 16), ...HEAD.slice(1)],
    rows.map((r) => [
      notes.name(r.name) + presenceTag(r),
      notes.name(r.slice!.value, 16),
      valuesCell(r),
      deltaCell(r),
      ruleCell(r),
      statusIcon(r),
    ]),
    ['l', 'l', ...ALIGN.slice(1)],
  );
}

/** One line naming the baseline; every part of it comes from the result file and is escaped. */
export function baselineText(b: BaselineView): string {
  const parts: string[] = [];
  switch (b.source) {
    case 'file':
      parts.push(`file ${esc(b.path ?? '?', { max: 120 })}`);
      break;
    case 'base-branch': {
      const sha = shortSha(b.sha);
      parts.push(`base branch ${esc(b.ref ?? '?', { max: 80 })}${sha ? ` at ${sha}` : ''}`);
      if (b.path) parts.push(esc(b.path, { max: 120 }));
      break;
    }
    case 'artifact':
      parts.push(
        `artifact ${esc(b.artifact ?? '?', { max: 80 })}` +
          (b.workflow ? ` of ${esc(b.workflow, { max: 80 })}` : '') +
          (b.runId !== undefined ? ` run ${fmtCount(b.runId).replace(/,/g, '')}` : ''),
      );
      break;
    case 'none':
      parts.push('none');
      break;
    default:
      parts.push(esc(b.source, { max: 40 }));
  }
  if (b.note) parts.push(esc(b.note, { max: 200 }));
  return parts.join(' · ');
}

/** The statistics behind every interval of the section, said once. */
function statistics(view: CompareView, rows: MetricRow[]): string | undefined {
  const ex = view.examples;
  const withCi = rows.filter((r) => r.ci);
  // Aggregate files with standard errors (lm-eval, inspect): no pairing was possible.
  if (!ex && withCi.length && withCi.every((r) => r.test === 'unpaired-z'))
    return 'Intervals in brackets: unpaired, from the standard errors the metric files give; per-example scores would make them tighter.';
  if (!ex)
    return withCi.length ? 'Intervals in brackets: as written in the result file.' : undefined;
  const bits: string[] = [];
  if (ex.n !== undefined) bits.push(`paired on ${plural(ex.n, 'example')}`);
  if (ex.resamples !== undefined) bits.push(`${fmtCount(ex.resamples)} bootstrap resamples`);
  let text = bits.length ? `Statistics: ${bits.join(', ')}.` : '';
  const nominal = ex.confidence;
  const adjusted = ex.ciConfidence;
  if (withCi.length && nominal !== undefined) {
    if (adjusted !== undefined && adjusted !== nominal) {
      const family = ex.family !== undefined ? `${fmtCount(ex.family)} ` : '';
      text +=
        ` Intervals in brackets: ${fmtPct(adjusted)} on gated rows, so that all ${family}gated` +
        ` tests hold together at ${fmtPct(nominal)} (Bonferroni); ${fmtPct(nominal)} on rows that` +
        ' are not gated (†).';
    } else text += ` Intervals in brackets: ${fmtPct(nominal)}.`;
    if (ex.correction === 'holm' && rows.some((r) => r.pAdjusted !== undefined))
      text += ' p-values are Holm-adjusted across the gated rows.';
  }
  return text.trim() || undefined;
}

function missingIdsLine(view: CompareView, ctx: SectionContext): string | undefined {
  const ex = view.examples;
  const cOnly = ex?.candidateOnly ?? 0;
  const bOnly = ex?.baselineOnly ?? 0;
  if (!ex || (cOnly <= 0 && bOnly <= 0)) return undefined;
  let line = `${ICON.warn} The two models were not scored on the same examples: ${fmtCount(cOnly)} only in the candidate, ${fmtCount(bOnly)} only in the baseline.`;
  const ids = ex.sampleMissingIds.filter(Boolean);
  if (ids.length && ctx.level < 1) {
    line += ` For example: ${ids
      .slice(0, 5)
      .map((id) => esc(id, { max: 60 }))
      .join(', ')}.`;
    ctx.cut.samples += Math.max(0, ids.length - 5);
  } else ctx.cut.samples += ids.length;
  return line;
}

function mdeLine(rows: MetricRow[]): string | undefined {
  const withMde = rows.filter((r) => r.mde !== undefined).slice(0, 12);
  if (!withMde.length) return undefined;
  const each = withMde.map((r) => `${esc(r.name, { max: 60 })} ${fmtFixed(r.mde, decimalsOf(r))}`);
  return `Smallest change these examples can detect (80% power): ${each.join(', ')}.`;
}

/** Example ids listed per metric under "went from right to wrong"; the result file has them all. */
export const REGRESSED_SHOWN = 20;

/** Folded: the examples a 0/1 metric scored right in the baseline and wrong in the candidate. */
function regressedBlocks(view: CompareView, ctx: SectionContext): string[] {
  const out: string[] = [];
  for (const r of view.examples?.regressed ?? []) {
    if (!r.count) continue;
    const what = `${r.metric}: ${plural(r.count, 'example')} went from right to wrong (${fmtCount(r.improved)} from wrong to right)`;
    if (ctx.level >= 1) {
      ctx.cut.samples += Math.min(r.ids.length, REGRESSED_SHOWN);
      out.push(esc(what, { max: 200 }));
      continue;
    }
    const head = escHtml(what, { max: 200 });
    const shown = r.ids.slice(0, REGRESSED_SHOWN);
    const body = r.textColumn
      ? table(
          ['Example id', esc(r.textColumn, { max: 40 })],
          shown.map((id, i) => [esc(id, { max: 40 }), esc(r.text[i] ?? '', { max: 60 })]),
        )
      : shown.map((id) => esc(id, { max: 60 })).join(', ');
    const rest = r.ids.length - shown.length;
    const more = rest > 0 ? `\n\n${plural(rest, 'more id')} in the result file.` : '';
    out.push(collapsed(head, body + more));
  }
  return out;
}

/** What a section left out when only its heading is shown. */
export function compareCut(result: Result, cut: Cut): void {
  const metrics = compareView(result.details).metrics;
  const slices = metrics.filter((m) => m.slice).length;
  cut.slices += slices;
  cut.details += metrics.length - slices;
}

function countCut(cut: Cut, rows: MetricRow[]): void {
  for (const r of rows) {
    if (r.slice) cut.slices++;
    else cut.details++;
  }
}

/** Rows that fail or warn, as a list that is never folded; cut only when even they do not fit. */
function attentionBlock(rows: MetricRow[], ctx: SectionContext): string[] {
  if (!rows.length) return [];
  const shown = take(rows, ctx.allow, 'attention');
  countCut(ctx.cut, rows.slice(shown.length));
  // Once rows are being cut for size, shorter reasons let more of them be listed.
  const lines = shown.map((r) => attentionLine(r, ctx.level >= 3 ? 100 : 240));
  const hidden = rows.length - shown.length;
  if (hidden)
    lines.push(`- … and ${plural(hidden, 'more row')} that fail or warn, left out for size`);
  return [lines.join('\n')];
}

/** The rows that pass (or are not gated): whole-set rows, then one folded table per slice key. */
function restBlocks(rows: MetricRow[], fold: boolean, ctx: SectionContext, notes: NameNotes) {
  const out: string[] = [];
  const shown = take(rows, ctx.allow, 'passing');
  countCut(ctx.cut, rows.slice(shown.length));
  const whole = shown.filter((r) => !r.slice);
  if (whole.length) {
    const what = plural(whole.length, 'more metric');
    if (fold)
      out.push(collapsed(escHtml(`${what} (pass or not gated)`), metricTable(whole, notes)));
    else {
      const first = whole.slice(0, TOP_ROWS);
      out.push(metricTable(first, notes));
      const more = whole.slice(first.length);
      if (more.length)
        out.push(collapsed(escHtml(plural(more.length, 'more metric')), metricTable(more, notes)));
    }
  }
  const byKey = new Map<string, MetricRow[]>();
  for (const r of shown) {
    if (!r.slice) continue;
    const list = byKey.get(r.slice.key) ?? [];
    list.push(r);
    byKey.set(r.slice.key, list);
  }
  for (const [key, list] of byKey) {
    const head = `Slices by ${escHtml(key, { max: 60 })}: ${plural(list.length, 'row')} (pass or not gated)`;
    out.push(collapsed(head, sliceTable(key, list, notes)));
  }
  return out;
}

// Sorted once per result: the shrinker renders a large report a dozen times.
const splitCache = new WeakMap<CompareView, { attention: MetricRow[]; rest: MetricRow[] }>();

function split(view: CompareView): { attention: MetricRow[]; rest: MetricRow[] } {
  let parts = splitCache.get(view);
  if (!parts) {
    const ordered = regressionsFirst(view.metrics);
    parts = {
      attention: ordered.filter(needsAttention),
      rest: ordered.filter((r) => !needsAttention(r)),
    };
    splitCache.set(view, parts);
  }
  return parts;
}

export function compareBody(result: Result, ctx: SectionContext): string[] {
  const view = compareView(result.details);
  const { attention, rest } = split(view);
  const notes = new NameNotes();
  const out: string[] = [`Baseline: ${baselineText(view.baseline)}`];
  out.push(...attentionBlock(attention, ctx));
  const missing = missingIdsLine(view, ctx);
  if (missing) out.push(missing);
  // A picture costs a few hundred characters: it goes only once rows that fail must be cut.
  const chart = ctx.level < 3 ? compareChart(view.metrics) : undefined;
  if (chart) out.push(chart);
  out.push(...regressedBlocks(view, ctx));
  out.push(...restBlocks(rest, attention.length > 0, ctx, notes));
  const note = notes.note();
  if (note) out.push(note);
  const stats = statistics(view, view.metrics);
  if (stats) out.push(stats);
  const mde = mdeLine(view.metrics.filter((r) => !r.slice));
  if (mde) out.push(mde);
  return out;
}
