// The section for a `compare` result: metrics table with regressions first, slices and long lists
// collapsed, a chart where it helps, and the statistics behind the verdicts.
import type { Result } from '../result.js';
import { collapsed, table, type Cut, type SectionContext } from './blocks.js';
import { compareChart } from './chart.js';
import { esc, escHtml } from './escape.js';
import { fmtCount, fmtDelta, fmtNum, fmtPct, ICON, plural, shortSha } from './format.js';
import { compareView, type BaselineView, type MetricRow } from './model.js';

/** Whole-set metrics shown before the rest folds into "more metrics". */
export const TOP_ROWS = 15;
/** Slice rows kept once slices have been cut: the worst regressions only. */
export const KEPT_SLICES = 10;
/** Rows kept once details have been cut: only what blocks or warns. */
export const KEPT_DETAIL_ROWS = 10;

const RANK: Record<MetricRow['status'], number> = { error: 4, fail: 3, warn: 2, pass: 1, skip: 0 };

/** Regressions first: worst status, then the largest drop. */
export function regressionsFirst(rows: MetricRow[]): MetricRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) =>
        RANK[b.row.status] - RANK[a.row.status] ||
        (a.row.delta ?? Infinity) - (b.row.delta ?? Infinity) ||
        a.i - b.i,
    )
    .map((x) => x.row);
}

const isRegression = (r: MetricRow) =>
  r.status === 'fail' || r.status === 'error' || r.status === 'warn';

function metricName(r: MetricRow): string {
  const tag = r.presence === 'added' ? ' (new)' : r.presence === 'removed' ? ' (removed)' : '';
  return esc(r.name, { max: 80 }) + tag;
}

function sliceName(r: MetricRow): string {
  return r.slice ? `${esc(r.slice.key, { max: 40 })} = ${esc(r.slice.value, { max: 60 })}` : '';
}

function ciCell(r: MetricRow): string {
  if (!r.ci) return '–';
  const p = r.pAdjusted ?? r.pValue;
  const pText = p === undefined ? '' : p < 0.001 ? ' p&lt;0.001' : ` p=${fmtNum(p)}`;
  return `[${fmtDelta(r.ci[0])}, ${fmtDelta(r.ci[1])}]${pText}`;
}

function statusCell(r: MetricRow): string {
  const reason = r.reason ? `: ${esc(r.reason, { max: 160 })}` : '';
  return `${ICON[r.status]} ${r.status}${reason}`;
}

const HEAD = ['Metric', 'Baseline', 'Candidate', 'Δ', 'Δ%', 'CI of Δ', 'Rule', 'Status'];
const ALIGN: Array<'l' | 'r'> = ['l', 'r', 'r', 'r', 'r', 'l', 'l', 'l'];

const cellCache = new WeakMap<MetricRow, string[]>();

function cells(r: MetricRow): string[] {
  let row = cellCache.get(r);
  if (!row) cellCache.set(r, (row = formatCells(r)));
  return row;
}

function formatCells(r: MetricRow): string[] {
  return [
    metricName(r),
    fmtNum(r.baseline),
    fmtNum(r.candidate),
    fmtDelta(r.delta),
    fmtPct(r.relDelta, true),
    ciCell(r),
    r.rule ? esc(r.rule, { max: 80 }) : r.gated ? '–' : 'not gated',
    statusCell(r),
  ];
}

function metricTable(rows: MetricRow[]): string {
  return table(HEAD, rows.map(cells), ALIGN);
}

function sliceTable(rows: MetricRow[]): string {
  return table(
    ['Slice', ...HEAD],
    rows.map((r) => [sliceName(r), ...cells(r)]),
    ['l', ...ALIGN],
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

function statistics(view: ReturnType<typeof compareView>, ctx: SectionContext): string[] {
  const ex = view.examples;
  if (!ex) return [];
  const out: string[] = [];
  const bits: string[] = [];
  if (ex.n !== undefined) bits.push(`paired on ${plural(ex.n, 'example')}`);
  if (ex.resamples !== undefined) bits.push(`${fmtCount(ex.resamples)} bootstrap resamples`);
  if (ex.confidence !== undefined) bits.push(`${fmtPct(ex.confidence)} confidence`);
  if (ex.correction === 'holm') bits.push('Holm-corrected across gated metrics and slices');
  if (bits.length) out.push(`Statistics: ${bits.join(', ')}.`);
  const cOnly = ex.candidateOnly ?? 0;
  const bOnly = ex.baselineOnly ?? 0;
  if (cOnly > 0 || bOnly > 0) {
    let line = `${ICON.warn} The two models were not scored on the same examples: ${fmtCount(cOnly)} only in the candidate, ${fmtCount(bOnly)} only in the baseline.`;
    const ids = ex.sampleMissingIds.filter(Boolean);
    if (ids.length && ctx.level < 1) {
      const example = ` For example: ${ids
        .slice(0, 5)
        .map((id) => esc(id, { max: 60 }))
        .join(', ')}.`;
      ctx.weigh?.('samples', example);
      line += example;
      ctx.cut.samples += Math.max(0, ids.length - 5);
    } else ctx.cut.samples += ids.length;
    out.push(line);
  }
  return out;
}

function mdeLine(rows: MetricRow[]): string | undefined {
  const withMde = rows.filter((r) => r.mde !== undefined).slice(0, 12);
  if (!withMde.length) return undefined;
  return `Minimum detectable effect at 80% power: ${withMde.map((r) => `${esc(r.name, { max: 60 })} ${fmtNum(r.mde)}`).join(', ')}.`;
}

/** What a section left out when only its heading is shown. */
export function compareCut(result: Result, cut: Cut): void {
  const metrics = compareView(result.details).metrics;
  const slices = metrics.filter((m) => m.slice).length;
  cut.slices += slices;
  cut.details += metrics.length - slices;
}

export function compareBody(result: Result, ctx: SectionContext): string[] {
  const view = compareView(result.details);
  const { level, cut } = ctx;
  const top = regressionsFirst(view.metrics.filter((m) => !m.slice));
  const slices = regressionsFirst(view.metrics.filter((m) => m.slice));
  const out: string[] = [];
  out.push(`Baseline: ${baselineText(view.baseline)}`);

  if (level >= 3) {
    // Only what blocks or warns, whole-set and slices together, and a count of the rest.
    const worst = regressionsFirst([...top, ...slices].filter(isRegression));
    const kept = worst.slice(0, KEPT_DETAIL_ROWS);
    cut.slices += slices.length - kept.filter((r) => r.slice).length;
    cut.details += top.length - kept.filter((r) => !r.slice).length;
    if (kept.length) {
      out.push(
        table(
          ['Metric', 'Slice', 'Δ', 'Status'],
          kept.map((r) => [metricName(r), sliceName(r) || 'all', fmtDelta(r.delta), statusCell(r)]),
        ),
      );
    }
    const hidden = top.length + slices.length - kept.length;
    if (hidden) out.push(`${plural(hidden, 'metric row')} not shown.`);
    return out;
  }

  if (top.length) {
    const first = top.length > TOP_ROWS ? top.slice(0, TOP_ROWS) : top;
    out.push(metricTable(first));
    if (top.length > first.length) {
      const rest = top.slice(first.length);
      out.push(collapsed(escHtml(`${plural(rest.length, 'more metric')}`), metricTable(rest)));
    }
  }

  if (slices.length) {
    if (level >= 2) {
      const kept = slices.filter(isRegression).slice(0, KEPT_SLICES);
      cut.slices += slices.length - kept.length;
      const bad = slices.filter(isRegression).length;
      const head = `Slices: ${kept.length ? `the ${plural(kept.length, 'worst regression')} of ` : ''}${plural(slices.length, 'row')} (${fmtCount(bad)} regressed)`;
      out.push(kept.length ? collapsed(escHtml(head), sliceTable(kept)) : head);
    } else {
      const byKey = new Map<string, MetricRow[]>();
      for (const r of slices) {
        const list = byKey.get(r.slice!.key) ?? [];
        list.push(r);
        byKey.set(r.slice!.key, list);
      }
      for (const [key, rows] of byKey) {
        const bad = rows.filter(isRegression).length;
        const head = `Slices by ${escHtml(key, { max: 60 })}: ${plural(rows.length, 'row')}, ${bad ? `${ICON.fail} ${fmtCount(bad)} regressed` : `${ICON.pass} none regressed`}`;
        const block = collapsed(head, sliceTable(rows));
        ctx.weigh?.('slices', block);
        out.push(block);
      }
    }
  }

  // Once slices are cut, so is their chart; whole-set metrics may still get one.
  const chart = compareChart(level < 2 ? view.metrics : top);
  if (chart && level < 2 && slices.length) ctx.weigh?.('slices', chart);
  if (chart) out.push(chart);
  out.push(...statistics(view, ctx));
  const mde = mdeLine(top);
  if (mde) out.push(mde);
  return out;
}
