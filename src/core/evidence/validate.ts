// The status a validate result's details support: invalid rows against the thresholds recorded
// in it (after the ratchet's base, when there is one), and the dataset checks' own numbers.
import { worstStatus, type Status } from '../result.js';
import { parseThreshold, thresholdStatus, type Threshold } from '../validate/threshold.js';
import type { ValidateDetails } from '../validate/types.js';
import type { DatasetDetails, ExpectationResult } from '../dataset/types.js';
import { atLeast, same } from './floor.js';

function thresholds(d: ValidateDetails, problems: string[]): [Threshold, Threshold | undefined] {
  try {
    const max = parseThreshold(d.threshold.maxInvalidRows, 'threshold.maxInvalidRows');
    const warnRaw = d.threshold.warnInvalidRows;
    return [max, warnRaw ? parseThreshold(warnRaw, 'threshold.warnInvalidRows') : undefined];
  } catch (err) {
    problems.push((err as Error).message);
    // Unknown thresholds allow nothing.
    return [{ raw: '0', count: 0 }, undefined];
  }
}

/** Totals that must add up: the files' rows and invalid rows, and the share. */
function checkTotals(d: ValidateDetails, problems: string[]): boolean {
  const rows = d.files.reduce((n, f) => n + f.rows, 0);
  const invalid = d.files.reduce((n, f) => n + f.invalidRows, 0);
  const before = problems.length;
  if (rows !== d.rows) problems.push(`rows is ${d.rows} but its files hold ${rows}`);
  if (invalid !== d.invalidRows)
    problems.push(`invalidRows is ${d.invalidRows} but its files hold ${invalid}`);
  if (d.invalidRows > d.rows) problems.push(`invalidRows ${d.invalidRows} exceeds rows ${d.rows}`);
  for (const f of d.files) {
    if (f.invalidRows > f.rows) problems.push(`${f.path}: more invalid rows than rows`);
  }
  const share = d.rows ? d.invalidRows / d.rows : 0;
  if (!same(share, d.invalidShare))
    problems.push(
      `invalidShare is ${d.invalidShare} but ${d.invalidRows} of ${d.rows} is ${share}`,
    );
  return problems.length === before;
}

/** The schema part: the thresholds on the invalid rows, or on those beyond the base's. */
function schemaStatus(d: ValidateDetails, problems: string[]): Status {
  const [max, warn] = thresholds(d, problems);
  if (d.files.length === 0 || d.files.some((f) => f.rows === 0)) {
    problems.push('a data file with no records cannot pass');
    return 'error';
  }
  const r = d.ratchet;
  if (!r) return thresholdStatus(max, warn, d.invalidRows, d.rows);
  const introduced = Math.max(0, d.invalidRows - r.baseInvalidRows);
  if (r.introducedInvalidRows !== introduced) {
    problems.push(
      `ratchet.introducedInvalidRows is ${r.introducedInvalidRows} but ${d.invalidRows} against the base's ${r.baseInvalidRows} is ${introduced}`,
    );
  }
  return r.policy === 'new-only'
    ? thresholdStatus(max, warn, introduced, d.rows)
    : thresholdStatus(max, warn, d.invalidRows, d.rows);
}

/** The least an expectation's own numbers allow it to say. */
function expectationFloor(e: ExpectationResult, policy: string | undefined): Status {
  if (e.unexpected > e.checked && e.kind !== 'row_count') return 'error';
  if (e.kind === 'row_count' || e.kind === 'null_share' || e.checked === 0) {
    // Their limits (row counts, the null share allowed) are in the rule's words only.
    return 'pass';
  }
  const share = e.unexpected / e.checked;
  const broken = 1 - share < (e.mostly ?? 1) - 1e-12;
  if (!broken) return 'pass';
  // Under new-only, debt the base already had passes, if the base's numbers say so.
  const existing =
    policy === 'new-only' &&
    e.origin === 'existing' &&
    e.base !== undefined &&
    e.base.status !== 'pass' &&
    e.base.status !== 'error' &&
    e.unexpected <= e.base.unexpected;
  return existing ? 'pass' : e.severity;
}

function driftFloor(psi: number | undefined, warn: number, fail: number): Status {
  if (psi === undefined) return 'pass';
  return psi >= fail ? 'fail' : psi >= warn ? 'warn' : 'pass';
}

function datasetStatus(ds: DatasetDetails, policy: string | undefined, problems: string[]): Status {
  // What the parts say, and the worse of that and what their numbers allow.
  const stated: Status[] = [];
  const floored: Status[] = [];
  const part = (status: Status, floor: Status, what: string) => {
    if (!atLeast(status, floor))
      problems.push(`${what} says '${status}' but its numbers give '${floor}'`);
    stated.push(status);
    floored.push(worstStatus([status, floor]));
  };
  for (const e of ds.expectations) {
    part(e.status, expectationFloor(e, policy), `expectation ${e.key}`);
    if (e.checked > 0 && e.kind !== 'row_count' && !same(e.share, e.unexpected / e.checked))
      problems.push(`expectation ${e.key}: share ${e.share} is not ${e.unexpected}/${e.checked}`);
  }
  for (const c of ds.drift?.columns ?? [])
    part(c.status, driftFloor(c.psi, c.psiWarn, c.psiFail), `drift column ${c.name}`);
  const ref = ds.drift?.reference.status;
  if (ref) part(ref, 'pass', 'drift reference');
  const parts = worstStatus(stated);
  // 'error' stands for problems recorded in the result's errors.
  if (ds.status !== parts && ds.status !== 'error')
    problems.push(`dataset.status is '${ds.status}' but its checks give '${parts}'`);
  return worstStatus([ds.status, ...floored]);
}

export function deriveValidate(d: ValidateDetails, problems: string[]): Status {
  if (!checkTotals(d, problems)) return 'error';
  const schema = schemaStatus(d, problems);
  if (!d.dataset) return schema;
  return worstStatus([schema, datasetStatus(d.dataset, d.ratchet?.policy, problems)]);
}
