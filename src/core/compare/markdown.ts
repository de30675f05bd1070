// The compare section of a job summary: a heading, the verdict, and one compact table. Metric
// names, slice values and file paths come from the pull request, so every one goes through esc().
import { compactNumber, ICON, statusLabel } from '../conventions/format.js';
import { esc } from '../report/escape.js';
import type { CompareResult } from './compare.js';
import type { MetricRow } from './types.js';

/** The status with its icon; a row that is measured but not gated says so. */
function label(status: MetricRow['status']): string {
  return status === 'skip' ? `${ICON.skip} not gated` : statusLabel(status);
}

export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined) return '–';
  return compactNumber(x, { digits: 4, small: 1e-4, large: 1e6, expDigits: 2 });
}

function signed(x: number | null): string {
  if (x === null) return '–';
  return x > 0 ? `+${formatNumber(x)}` : formatNumber(x);
}

function deltaCell(r: MetricRow, hasBaseline: boolean): string {
  if (r.delta === null) {
    if (!hasBaseline) return '–';
    return r.presence === 'added' ? 'new' : r.presence === 'removed' ? 'gone' : '–';
  }
  // Without a direction nothing says which way is better: no sign, only which way it moved.
  if (!r.direction && r.baseline !== null && r.candidate !== null) {
    const raw = r.candidate - r.baseline;
    return raw === 0 ? '±0' : `${raw > 0 ? '↑' : '↓'}${formatNumber(Math.abs(raw))}`;
  }
  let text = signed(r.delta);
  if (r.relDelta !== null)
    text += ` (${r.relDelta > 0 ? '+' : ''}${formatNumber(r.relDelta * 100)}%)`;
  if (r.ci) text += ` CI [${formatNumber(r.ci[0])}, ${formatNumber(r.ci[1])}]`;
  if (r.mde !== undefined) text += ` MDE ${formatNumber(r.mde)}`;
  return text;
}

function baselineLine(result: CompareResult): string {
  const b = result.details.baseline;
  const parts: string[] = [`**Baseline:** ${esc(b.source)}`];
  if (b.path) parts.push(esc(b.path, { max: 200 }));
  if (b.ref) parts.push(`ref ${esc(b.ref, { max: 100 })}`);
  if (b.sha) parts.push(`commit ${esc(b.sha.slice(0, 12))}`);
  if (b.workflow) parts.push(`workflow ${esc(b.workflow, { max: 100 })}`);
  if (b.runId !== undefined) parts.push(`run ${esc(b.runId)}`);
  if (b.artifact) parts.push(`artifact ${esc(b.artifact, { max: 100 })}`);
  // Per-example statistics compare against this file even when no baseline metric file is set.
  if (b.examples) parts.push(`examples ${esc(b.examples, { max: 200 })}`);
  if (b.note) parts.push(`(${esc(b.note, { max: 300 })})`);
  return parts.join(' · ');
}

export const MAX_SUMMARY_ROWS = 200;

/** Markdown for $GITHUB_STEP_SUMMARY: compact, inert, bounded. */
export function compareSummaryMarkdown(result: CompareResult): string {
  const { details } = result;
  const lines: string[] = [];
  lines.push(`### ${label(result.status)} ${esc(result.title, { max: 200 })}`);
  lines.push('');
  lines.push(esc(result.summary, { max: 1000 }));
  lines.push('');
  lines.push(baselineLine(result));
  lines.push('');
  // Gated rows first, so a cut never hides what decided the verdict.
  const rows = [
    ...details.metrics.filter((r) => r.gated),
    ...details.metrics.filter((r) => !r.gated),
  ];
  if (rows.length > 0) {
    lines.push('| Metric | Baseline | Candidate | Δ | Rule | Status |');
    lines.push('| --- | ---: | ---: | ---: | --- | --- |');
    for (const r of rows.slice(0, MAX_SUMMARY_ROWS)) {
      const name = r.slice
        ? `${esc(r.name, { max: 80 })} \\[${esc(r.slice.key, { max: 40 })}=${esc(r.slice.value, { max: 40 })}\\]`
        : esc(r.name, { max: 100 });
      const status = r.reason
        ? `${label(r.status)}: ${esc(r.reason, { max: 200 })}`
        : label(r.status);
      lines.push(
        `| ${name} | ${formatNumber(r.baseline)} | ${formatNumber(r.candidate)} | ${deltaCell(r, details.baseline.source !== 'none')} | ${esc(r.rule ?? '', { max: 120 })} | ${status} |`,
      );
    }
    lines.push('');
    lines.push(
      'Δ: change from baseline to candidate, positive = better; ↑/↓: change of a metric with no direction set.',
    );
    if (rows.length > MAX_SUMMARY_ROWS) {
      lines.push(`… ${rows.length - MAX_SUMMARY_ROWS} more rows in the result file.`);
    }
  }
  if (details.examples) {
    const e = details.examples;
    lines.push('');
    lines.push(
      `Per-example statistics: ${e.n} paired examples, ${e.resamples} resamples, seed ${e.seed}, ` +
        `${formatNumber(e.confidence * 100)}% intervals, correction ${e.correction}` +
        (e.ciConfidence !== undefined && e.ciConfidence !== e.confidence
          ? ` (gated intervals at ${formatNumber(e.ciConfidence * 100)}% across ${e.family ?? '?'} tests)`
          : '') +
        (e.candidateOnly || e.baselineOnly
          ? `; ${e.candidateOnly} ids in the candidate only, ${e.baselineOnly} in the baseline only`
          : ''),
    );
  }
  for (const p of (result.errors ?? []).slice(0, 10)) {
    const where = [p.file, p.line].filter((x) => x !== undefined).join(':');
    lines.push('');
    lines.push(
      `> ⛔ ${esc(where, { max: 200 })}${p.key ? ` ${esc(p.key, { max: 100 })}` : ''}: ${esc(p.message, { max: 300 })}`,
    );
  }
  return lines.join('\n') + '\n';
}
