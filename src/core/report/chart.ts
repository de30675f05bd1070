// A small Mermaid bar chart (GitHub renders ```mermaid blocks in comments and job summaries):
// baseline as bars, candidate as a line, for the slices of one metric or for a handful of
// rate-like metrics. A picture only where it reads faster than the table beside it.
import { mermaidLabel } from './escape.js';
import type { MetricRow } from './model.js';

export const CHART_MAX_BARS = 12;

const RANK: Record<MetricRow['status'], number> = { error: 4, fail: 3, warn: 2, pass: 1, skip: 0 };

function mermaidNumber(x: number): string {
  const text = Number(x.toPrecision(6)).toString();
  return text.includes('e') ? x.toFixed(12).replace(/0+$/, '').replace(/\.$/, '') : text;
}

interface Series {
  title: string;
  labels: string[];
  baseline: number[];
  candidate: number[];
}

function pick(rows: MetricRow[]): Series | undefined {
  const paired = rows.filter((r) => r.baseline !== null && r.candidate !== null);
  // Slices of one metric: the group with the most values, regressions first.
  const groups = new Map<string, MetricRow[]>();
  for (const r of paired) {
    if (!r.slice) continue;
    const key = `${r.name}\u0000${r.slice.key}`;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  let best: MetricRow[] | undefined;
  for (const list of groups.values())
    if (list.length >= 2 && (!best || list.length > best.length)) best = list;
  if (best) {
    const shown = [...best]
      .sort((a, b) => RANK[b.status] - RANK[a.status])
      .slice(0, CHART_MAX_BARS);
    const first = shown[0]!;
    return {
      title: `${mermaidLabel(first.name)} by ${mermaidLabel(first.slice!.key)}`,
      labels: shown.map((r) => mermaidLabel(r.slice!.value, 16)),
      baseline: shown.map((r) => r.baseline!),
      candidate: shown.map((r) => r.candidate!),
    };
  }
  // Whole-set metrics only share an axis when they are rates (accuracy, F1, recall…).
  const rates = paired.filter(
    (r) => !r.slice && [r.baseline!, r.candidate!].every((v) => v >= 0 && v <= 1),
  );
  if (rates.length < 2) return undefined;
  const shown = [...rates].sort((a, b) => RANK[b.status] - RANK[a.status]).slice(0, CHART_MAX_BARS);
  return {
    title: 'metrics',
    labels: shown.map((r) => mermaidLabel(r.name, 16)),
    baseline: shown.map((r) => r.baseline!),
    candidate: shown.map((r) => r.candidate!),
  };
}

/** The ```mermaid block, or undefined when no picture would help. */
export function compareChart(rows: MetricRow[]): string | undefined {
  const s = pick(rows);
  if (!s) return undefined;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${s.title}: baseline (bars) vs candidate (line)"`,
    `  x-axis [${s.labels.map((l) => `"${l}"`).join(', ')}]`,
    `  bar [${s.baseline.map(mermaidNumber).join(', ')}]`,
    `  line [${s.candidate.map(mermaidNumber).join(', ')}]`,
    '```',
  ].join('\n');
}
