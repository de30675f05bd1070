// A Mermaid chart of Δ for the slices of one metric (GitHub renders ```mermaid blocks in comments
// and job summaries), worst slice first, with the zero line and the tolerance line. Only drawn
// where it reads faster than the table: three or more slices of one metric.
//
// Mermaid's xychart draws every bar up from the bottom of the axis, not from 0, so a Δ bar is
// drawn as two: a coloured bar up to the far end of the Δ (or to 0) and a bar in the background
// colour covering the part below the near end. Constant lines mark 0 and the tolerance; no line
// joins values of different slices.
import { STATUS_RANK, worseFirst } from '../conventions/status.js';
import { mermaidLabel } from './escape.js';
import { shortenMiddle } from '../conventions/format.js';
import type { MetricRow } from './model.js';
import { orientedChange } from './rows.js';

export const CHART_MAX_BARS = 12;
export const CHART_MIN_BARS = 3;
/** Slice labels on the x-axis, in characters. */
export const CHART_LABEL_WIDTH = 12;
/** Pixels: wide enough for twelve labels, low enough to leave the rows on the first screen. */
const CHART_WIDTH = 700;
const CHART_HEIGHT = 320;

const WORSE = '#cf222e';
const BETTER = '#1a7f37';
const BACKGROUND = '#ffffff';
const ZERO = '#59636e';
const TOLERANCE = '#9a6700';

function mermaidNumber(x: number): string {
  const text = Number(x.toPrecision(6)).toString();
  return text.includes('e') ? x.toFixed(12).replace(/0+$/, '').replace(/\.$/, '') : text;
}

interface Bar {
  label: string;
  delta: number;
}

/** The slices of the metric with the most slices (rows that need attention count first). */
function pickGroup(rows: MetricRow[]): MetricRow[] | undefined {
  const groups = new Map<string, MetricRow[]>();
  for (const r of rows) {
    if (!r.slice || orientedChange(r) === null) continue;
    const key = `${r.name}\u0000${r.slice.key}`;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  const worst = (list: MetricRow[]) => Math.max(...list.map((r) => STATUS_RANK[r.status]));
  let best: MetricRow[] | undefined;
  for (const list of groups.values()) {
    if (list.length < CHART_MIN_BARS) continue;
    if (
      !best ||
      worst(list) > worst(best) ||
      (worst(list) === worst(best) && list.length > best.length)
    )
      best = list;
  }
  return best;
}

/** An absolute max_drop shared by every row shown: the tolerance line at −t. */
function tolerance(rows: MetricRow[]): number | undefined {
  const rules = new Set(rows.map((r) => r.rule ?? ''));
  if (rules.size !== 1) return undefined;
  const m = /(?:^|; )max_drop (\d+(?:\.\d+)?)(?![\d.]*\s*%)/.exec([...rules][0]!);
  return m ? -Number(m[1]) : undefined;
}

function commonPrefix(values: string[]): number {
  let n = 0;
  while (values.every((v) => n < v.length && v[n] === values[0]![n])) n++;
  return n;
}

/**
 * Short labels that stay distinct: Mermaid merges bars with equal labels, and slice values often
 * share a long prefix and suffix (`customers-region-004-long`), so those are dropped first.
 */
export function distinctLabels(values: string[]): string[] {
  let labels = values.map((v) => shortenMiddle(v, CHART_LABEL_WIDTH));
  if (new Set(labels).size === labels.length) return labels;
  const head = commonPrefix(values);
  const reversed = values.map((v) => [...v].reverse().join(''));
  const tail = Math.min(commonPrefix(reversed), Math.min(...values.map((v) => v.length)) - head);
  labels = values.map((v) => {
    const middle = v.slice(head, v.length - tail);
    const text = `${head ? '…' : ''}${middle || '_'}${tail ? '…' : ''}`;
    return shortenMiddle(text, CHART_LABEL_WIDTH);
  });
  if (new Set(labels).size === labels.length) return labels;
  // Still equal after cutting: number them, the table below has the full names.
  return labels.map((l, i) => shortenMiddle(`${i + 1} ${l}`, CHART_LABEL_WIDTH));
}

function axisRange(values: number[]): [number, number] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const pad = (hi - lo || 1) * 0.1;
  return [lo - pad, hi + pad].map((x) => Number(x.toPrecision(3))) as [number, number];
}

/** The ```mermaid block, or undefined when no picture would help. */
export function compareChart(rows: MetricRow[]): string | undefined {
  const group = pickGroup(rows);
  if (!group) return undefined;
  const shown = [...group]
    .sort(
      (a, b) =>
        worseFirst(a.status, b.status) ||
        Math.abs(orientedChange(b)!) - Math.abs(orientedChange(a)!),
    )
    .slice(0, CHART_MAX_BARS);
  const labels = distinctLabels(shown.map((r) => mermaidLabel(r.slice!.value, 200)));
  const bars: Bar[] = shown
    .map((r, i) => ({ label: labels[i]!, delta: orientedChange(r)! }))
    .sort((a, b) => a.delta - b.delta);
  const tol = tolerance(shown);
  const [lo, hi] = axisRange([...bars.map((b) => b.delta), ...(tol !== undefined ? [tol] : [])]);
  const series = (f: (d: number) => number) => bars.map((b) => mermaidNumber(f(b.delta)));
  const first = shown[0]!;
  const palette = [WORSE, BETTER, BACKGROUND, BACKGROUND, ZERO, TOLERANCE].join(', ');
  const lines = [
    '```mermaid',
    `%%{init: {"xyChart": {"width": ${CHART_WIDTH}, "height": ${CHART_HEIGHT}}, "themeVariables": {"xyChart": {"backgroundColor": "${BACKGROUND}", "plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "Δ ${mermaidLabel(first.name, 40)} by ${mermaidLabel(first.slice!.key, 24)}${tol !== undefined ? `, tolerance ${mermaidNumber(tol).replace('-', '−')}` : ''}"`,
    `  x-axis [${bars.map((b) => `"${b.label}"`).join(', ')}]`,
    `  y-axis "Δ (positive = better)" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
    `  bar [${series((d) => (d < 0 ? 0 : lo)).join(', ')}]`,
    `  bar [${series((d) => (d > 0 ? d : lo)).join(', ')}]`,
    `  bar [${series((d) => (d < 0 ? d : lo)).join(', ')}]`,
    `  bar [${series((d) => (d > 0 ? 0 : lo)).join(', ')}]`,
    `  line [${bars.map(() => '0').join(', ')}]`,
  ];
  if (tol !== undefined) lines.push(`  line [${bars.map(() => mermaidNumber(tol)).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}
