// The compare check's definition (what the pipeline, the report, the evidence check and the
// annotations need of a comparison, reached through ./registry.ts), and its terminal table for
// `modelgate compare`. Its entries come from src/core/compare/entry.ts.
import { resolveRules, runCompare, type CompareResult } from '../compare/compare.js';
import { formatNumber } from '../compare/markdown.js';
import { formatProblem } from '../compare/metric-file-error.js';
import type { CompareDetails, CompareEntry } from '../compare/types.js';
import { resultFileName } from '../conventions/paths.js';
import { TERMINAL_MARK } from '../conventions/status.js';
import { deriveCompare } from '../evidence/compare.js';
import { strictCompareStatus } from '../evidence/strict.js';
import { baselineText, compareBody, compareCut, needsAttention } from '../report/compare.js';
import { plain } from '../report/escape.js';
import { compareView } from '../report/model.js';
import { compareTextRows } from '../report/text-rows.js';
import type { Result } from '../result.js';
import type { CheckKind, PlannedEntry, RowAnnotation } from './kind.js';

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

/** A config entry checked before anything runs: its metric rules must resolve. */
function plan(raw: unknown): PlannedEntry {
  const entry = raw as CompareEntry;
  resolveRules(entry);
  return {
    id: entry.id,
    ...(entry.title ? { title: entry.title } : {}),
    file: entry.candidate ?? entry.examples?.candidate ?? '',
    run: ({ root, context, provider }) =>
      runCompare(entry, { workspace: root, context, ...(provider ? { provider } : {}) }),
  };
}

/** One annotation per gated row that fails or warns; none is left out. */
function rowAnnotations(result: Result): { annotations: RowAnnotation[]; more: number } {
  const title = `modelgate compare ${result.id}`;
  const annotations = (result as CompareResult).details.metrics
    .filter((m) => m.gated && (m.status === 'fail' || m.status === 'warn'))
    .map((r): RowAnnotation => {
      const name = r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
      const level = r.status === 'fail' ? 'error' : 'warning';
      return { level, title, message: `${name}: ${r.reason ?? r.status}` };
    });
  return { annotations, more: 0 };
}

export const compareKind: CheckKind = {
  name: 'compare',
  resultFileName: (id) => resultFileName('compare', id),
  plan,
  planErrorKey: ['metrics'],
  failedDetails: (candidate) => ({
    candidate: { path: candidate },
    baseline: { source: 'none' },
    metrics: [],
  }),
  deriveStatus: (details, problems) => deriveCompare(details as CompareDetails, problems),
  strictStatus: strictCompareStatus,
  report: {
    markdown: compareBody,
    cut: compareCut,
    text: compareTextRows,
    rows: (result) => {
      const metrics = compareView(result.details).metrics;
      const attention = metrics.filter(needsAttention).length;
      return { attention, passing: metrics.length - attention };
    },
    hasDeltas: (result) => compareView(result.details).metrics.length > 0,
    footer: { label: 'baseline', note: (r) => baselineText(compareView(r.details).baseline) },
    // A comparison names the file and key in the text too.
    problemText: formatProblem,
    annotations: rowAnnotations,
    // Its errors may name the baseline's copy at another commit: no line of this checkout.
    localErrorFiles: true,
  },
};
