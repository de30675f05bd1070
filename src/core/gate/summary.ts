// The gate step's job summary: the verdict lines and one row per result file, within a byte
// budget. GitHub drops a step's summary above 1 MiB, and the result files (their number, ids and
// summaries) come from the pull request, so the table is cut, worst results kept.
import { table } from '../report/blocks.js';
import { esc } from '../report/escape.js';
import { statusLabel } from '../conventions/format.js';
import type { ReportEntry } from '../report/entry.js';
import { orderEntries } from '../report/render.js';

const HEADER = ['Result', 'Status', 'Summary'];

function row(e: ReportEntry): string[] {
  return e.ok
    ? [
        esc(e.result.id, { max: 120 }),
        statusLabel(e.result.status),
        esc(e.result.summary, { max: 300 }),
      ]
    : [esc(e.path, { max: 120 }), statusLabel('error'), esc(e.error, { max: 300 })];
}

function moreNote(omitted: number): string {
  return `… ${omitted.toLocaleString('en-US')} more result${omitted === 1 ? '' : 's'} not shown (the job summary is limited to 1 MiB); the gate counted every one.`;
}

/**
 * `head` (trusted Markdown blocks: the verdict, the override line) followed by the results table,
 * at most `limit` bytes in UTF-8. Rows are worst first, so a cut hides passing results first.
 */
export function gateSummaryMarkdown(head: string[], entries: ReportEntry[], limit: number): string {
  const render = (rows: string[][], omitted: number): string => {
    const blocks = [...head];
    if (rows.length) blocks.push(table(HEADER, rows));
    if (omitted > 0) blocks.push(moreNote(omitted));
    return blocks.join('\n\n') + '\n';
  };
  const rows = orderEntries(entries).map(row);
  // A row renders as `| a | b | c |` plus a newline (no padding: see table()).
  let budget = limit - Buffer.byteLength(render([], rows.length)) - 200;
  budget -= Buffer.byteLength(`| ${HEADER.join(' | ')} |\n| - | - | - |\n`);
  let keep = 0;
  for (const r of rows) {
    const bytes = Buffer.byteLength(`| ${r.join(' | ')} |\n`);
    if (bytes > budget) break;
    budget -= bytes;
    keep++;
  }
  let out = render(rows.slice(0, keep), rows.length - keep);
  // The estimate above is exact for markdown-table today; never trust it with the limit.
  while (Buffer.byteLength(out) > limit && keep > 0) {
    keep = Math.floor(keep * 0.9);
    out = render(rows.slice(0, keep), rows.length - keep);
  }
  return out;
}
