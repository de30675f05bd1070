// The ratchet: the same checks ran on the base branch's data; separate what already failed
// there from what this pull request introduces. With policy new-only only the latter gates:
// debt may shrink, never grow.
import { worstStatus, type Status } from '../result.js';
import { thresholdStatus, type Threshold } from '../validate/threshold.js';
import type { ValidateDetails } from '../validate/types.js';
import type { DatasetDetails, ExpectationResult, RatchetDetails } from './types.js';

function worse(cur: ExpectationResult, base: ExpectationResult): boolean {
  // Shares where the sizes of the two datasets matter, counts otherwise.
  if (cur.kind === 'null_share') return cur.share > base.share;
  return cur.unexpected > base.unexpected;
}

/** Marks each expectation new / existing / worse and, under new-only, passes existing debt. */
export function ratchetExpectations(
  cur: DatasetDetails,
  base: DatasetDetails | undefined,
  policy: 'new-only' | 'all',
): void {
  const byKey = new Map((base?.expectations ?? []).map((e) => [e.key, e]));
  for (const e of cur.expectations) {
    const b = byKey.get(e.key);
    if (!b) continue;
    e.base = { checked: b.checked, unexpected: b.unexpected, status: b.status };
    if (e.status === 'pass' || e.status === 'error') continue;
    if (b.status === 'pass' || b.status === 'error') {
      e.origin = 'new';
      e.reason = `introduced by this change: ${e.reason}`;
    } else if (worse(e, b)) {
      e.origin = 'worse';
      e.reason = `worse than the base branch (${b.unexpected.toLocaleString('en-US')} there): ${e.reason}`;
    } else {
      e.origin = 'existing';
      e.reason = `already failing on the base branch (${b.unexpected.toLocaleString('en-US')} there), not worse: ${e.reason}`;
      if (policy === 'new-only') e.status = 'pass';
    }
  }
  cur.status = worstStatus([
    ...cur.expectations.map((e) => e.status),
    ...(cur.drift?.columns.map((c) => c.status) ?? []),
  ]);
}

/** The schema part: under new-only, the thresholds apply to the invalid rows beyond the base's. */
export function ratchetSchema(
  cur: ValidateDetails,
  base: ValidateDetails,
  opts: { baseDir: string; policy: 'new-only' | 'all'; baseStatus: Status },
  max: Threshold,
  warn: Threshold | undefined,
): { status: Status; info: RatchetDetails } {
  const introduced = Math.max(0, cur.invalidRows - base.invalidRows);
  const status =
    opts.policy === 'new-only'
      ? thresholdStatus(max, warn, introduced, cur.rows)
      : thresholdStatus(max, warn, cur.invalidRows, cur.rows);
  const key = (g: { file: string; schemaPath: string; keyword: string }) =>
    `${g.file}\u0000${g.schemaPath}\u0000${g.keyword}`;
  const baseGroups = new Map(base.groups.map((g) => [key(g), g.count]));
  for (const g of cur.groups) g.baseCount = baseGroups.get(key(g)) ?? 0;
  return {
    status,
    info: {
      baseDir: opts.baseDir,
      policy: opts.policy,
      baseRows: base.rows,
      baseInvalidRows: base.invalidRows,
      introducedInvalidRows: introduced,
      baseStatus: opts.baseStatus,
    },
  };
}
