// The status a compare result's details support: every row that counts (gated rows and rows
// whose values were unusable), the row counts, and the missing-ids policy of the statistics.
import { worstStatus, type Status } from '../result.js';
import { countRows } from '../compare/compare.js';
import { evaluateRow, resolveRule, type Side } from '../compare/rules.js';
import type { CompareDetails, MetricRow, RowStatus } from '../compare/types.js';

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

/**
 * A recorded side. A value the engine could not use makes the row `error`, which is never derived
 * again, so a null here is a value that was not there (a metric missing on both sides is recorded
 * as presence 'removed' with two nulls).
 */
function side(value: number | null, absent: boolean, stderr: number | undefined): Side {
  if (absent || value === null) return { state: 'missing' };
  return stderr === undefined ? { state: 'value', value } : { state: 'value', value, stderr };
}

/**
 * A point-value row's status from its two values and the rule's numbers recorded with it, or why
 * it cannot be derived. Statistics rows and unusable values (error) are left as they are.
 */
function rowStatus(r: MetricRow, d: CompareDetails): RowStatus | { problem: string } {
  if (!r.gated || !r.bounds || r.status === 'error' || r.source === 'examples') return r.status;
  try {
    const rule = resolveRule(
      r.direction ?? 'higher',
      { ...r.bounds, severity: r.severity ?? 'fail' },
      `metric ${label(r)}`,
    );
    return evaluateRow({
      name: r.name,
      ...(r.slice ? { slice: r.slice } : {}),
      rule,
      candidate: side(r.candidate, r.presence === 'removed', r.standardErrors?.candidate),
      baseline: side(r.baseline, r.presence === 'added', r.standardErrors?.baseline),
      baselineAvailable: d.baseline.source !== 'none',
      missingBaseline: d.missingBaseline ?? 'fail',
      ...(r.standardErrors ? { confidence: r.standardErrors.confidence } : {}),
    }).status;
  } catch (err) {
    return { problem: (err as Error).message };
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
  const statuses: Status[] = [];
  for (const r of d.metrics) {
    const derived = rowStatus(r, d);
    if (typeof derived !== 'string') {
      problems.push(derived.problem);
      statuses.push('error');
      continue;
    }
    if (derived !== r.status)
      problems.push(
        `metric ${label(r)} says '${r.status}' but its values and rule give '${derived}'`,
      );
    for (const s of [r.status, derived]) if (s !== 'skip') statuses.push(s);
  }
  statuses.push(missingIdsStatus(d));
  return worstStatus(statuses);
}
