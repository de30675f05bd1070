// The status a compare result's details support: every row that counts (gated rows and rows
// whose values were unusable), the row counts, and the missing-ids policy of the statistics.
import { worstStatus, type Status } from '../result.js';
import { countRows } from '../compare/compare.js';
import type { CompareDetails, MetricRow } from '../compare/types.js';

function label(r: MetricRow): string {
  return r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
}

function checkRows(d: CompareDetails, problems: string[]): void {
  for (const r of d.metrics) {
    // A row without a rule is shown, never gated: it may only be skipped or unusable.
    if (!r.gated && r.status !== 'skip' && r.status !== 'error')
      problems.push(`metric ${label(r)} is not gated but says '${r.status}'`);
    if (r.gated && r.status === 'skip') problems.push(`metric ${label(r)} is gated but skipped`);
  }
  if (d.counts) {
    const counted = countRows(d.metrics);
    const keys = Object.keys(counted) as Array<keyof typeof counted>;
    const off = keys.filter((k) => counted[k] !== d.counts?.[k]);
    if (off.length)
      problems.push(
        `counts disagree with the rows (${off.map((k) => `${k} ${d.counts?.[k]} vs ${counted[k]}`).join(', ')})`,
      );
  }
}

/** The policy for ids scored by one model only, when some were. */
function missingIdsStatus(d: CompareDetails): Status {
  const e = d.examples;
  if (!e || e.candidateOnly + e.baselineOnly === 0) return 'pass';
  return e.missingIds ?? 'fail';
}

export function deriveCompare(d: CompareDetails, problems: string[]): Status {
  checkRows(d, problems);
  const statuses: Status[] = d.metrics
    .filter((r) => r.status !== 'skip')
    .map((r) => r.status as Status);
  statuses.push(missingIdsStatus(d));
  return worstStatus(statuses);
}
