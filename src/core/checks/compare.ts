// The compare check's front door: every front end (the compare action, the all-in-one action,
// `modelgate compare`, `modelgate run`) builds its entry, runs it and presents it through here.
import { runCompare, type CompareResult } from '../compare/compare.js';
import { compareEntryFrom } from '../compare/entry.js';
import { compareSummaryMarkdown, formatNumber } from '../compare/markdown.js';
import { TERMINAL_MARK } from '../conventions/status.js';
import { plain } from '../report/escape.js';

/** Terminal text: the verdict line, then one row per metric (PR text made printable). */
export function compareText(result: CompareResult): string[] {
  const lines = [`${result.status.toUpperCase()} ${plain(result.id)}: ${plain(result.summary)}`];
  if (result.details.metrics.length > 0) lines.push('', table(result));
  return lines;
}

function table(result: CompareResult): string {
  const rows = result.details.metrics.map((r) => [
    plain(r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name, { max: 60 }),
    formatNumber(r.baseline),
    formatNumber(r.candidate),
    r.delta === null ? '-' : `${r.delta > 0 ? '+' : ''}${formatNumber(r.delta)}`,
    TERMINAL_MARK[r.status],
    plain(r.reason ?? '', { max: 100 }),
  ]);
  const head = ['metric', 'baseline', 'candidate', 'delta', 'status', 'why'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

export const compareCheck = {
  kind: 'compare',
  /** A config entry by id, or one built from inline inputs (action inputs, CLI flags). */
  fromInputs: compareEntryFrom,
  run: runCompare,
  text: compareText,
  markdown: compareSummaryMarkdown,
} as const;
