// The verdicts: Holm across the family of gated rows, each row's interval, MDE and status from
// its rule, the missing-ids policy, and the one-line summary.
import { holm } from '../../../stats/index.js';
import type {
  CompareExamplesOptions,
  ExampleMetricRow,
  ExamplesComparison,
  MissingIdsPolicy,
} from './api.js';
import type { Alignment } from './align.js';
import type { Computed } from './estimates.js';
import type { ExampleTable } from './load.js';
import { WARN_LEVEL, decide, ruleMargin, type Direction } from './rules.js';

/**
 * Examples needed to catch a true drop of twice the tolerance with the row's power: the MDE
 * beyond the margin shrinks as 1/√n, so n·(mde / tolerance)². Only for a drop tolerance.
 */
export function evalSetFor(row: ExampleMetricRow, margin: number | null): number | undefined {
  if (margin === null || margin >= 0 || row.mde === undefined || row.n === undefined) return;
  return Math.ceil(row.n * (row.mde / -margin) ** 2);
}

export function orient(ci: [number, number], direction: Direction): [number, number] {
  return direction === 'higher' ? ci : [-ci[1], -ci[0]];
}

/** When some ids are in only one file: the policy's verdict and a one-line message. */
export function missingIdsVerdict(
  al: Alignment,
  candidate: ExampleTable,
  baseline: ExampleTable,
  policy: MissingIdsPolicy,
): ExamplesComparison['missingIds'] {
  if (al.candidateOnly.length + al.baselineOnly.length === 0) return undefined;
  const sample = [...al.candidateOnly, ...al.baselineOnly].slice(0, 3).map((s) => `"${s}"`);
  const message =
    `the models were not scored on the same examples: ${al.candidateOnly.length} ids only in ${candidate.path}, ` +
    `${al.baselineOnly.length} only in ${baseline.path} (e.g. ${sample.join(', ')}); statistics use the ${al.cRows.length} in both`;
  return { status: policy === 'fail' ? 'fail' : policy === 'warn' ? 'warn' : 'pass', message };
}

/**
 * The family (every gated row that has a p-value) gets Holm-adjusted p-values; returns its size
 * and the confidence level of its intervals.
 */
export function adjustFamily(
  computed: Computed[],
  o: Required<CompareExamplesOptions>,
): { m: number; level: number } {
  const family = computed.filter((x) => x.inFamily);
  const m = family.length;
  const alpha = 1 - o.confidence;
  const level = o.correction === 'holm' && m > 1 ? 1 - alpha / m : o.confidence;
  if (m > 0) {
    const adjusted =
      o.correction === 'holm'
        ? holm(family.map((x) => x.row.pValue!))
        : family.map((x) => x.row.pValue!);
    family.forEach((x, i) => (x.row.pAdjusted = adjusted[i]!));
  }
  return { m, level };
}

/** A row's interval and MDE at its level and, when it is in the family, its verdict. */
export function judgeRow(x: Computed, level: number, o: Required<CompareExamplesOptions>): void {
  const { row } = x;
  if (!x.ciAt) return;
  const rowLevel = x.inFamily ? level : o.confidence;
  row.ci = orient(x.ciAt(rowLevel), row.direction);
  const mde = x.mdeAt?.(1 - rowLevel);
  if (mde !== undefined && Number.isFinite(mde)) row.mde = mde;
  if (!x.inFamily) {
    if (!row.gated) row.reason = row.reason ?? 'no rule: shown, not gated';
    return;
  }
  const unitRule = x.rule ?? {};
  let margin: number | null;
  try {
    const mg = ruleMargin(unitRule, row.baseline!);
    margin = mg.value;
    row.rule = mg.text;
    const sized = evalSetFor(row, margin);
    if (sized) row.nForTwiceTolerance = sized;
  } catch (e) {
    row.status = 'error';
    row.reason = (e as Error).message;
    return;
  }
  const note = row.reason;
  const d = decide({
    rule: unitRule,
    margin,
    candidate: row.candidate!,
    delta: row.delta!,
    ci: row.ci,
    level: rowLevel,
    warnCi: orient(x.ciAt(WARN_LEVEL), row.direction),
  });
  row.status = d.status;
  row.reason = note ? `${d.reason}; ${note}` : d.reason;
}

/** "1,000 paired examples; 2 gated tests (1 fail, 1 pass); 3 ids in only one file". */
export function summaryLine(
  rows: ExampleMetricRow[],
  n: number,
  m: number,
  nMissing: number,
): string {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.gated) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = (['fail', 'error', 'warn', 'pass', 'skip'] as const)
    .filter((s) => counts.get(s))
    .map((s) => `${counts.get(s)} ${s}`);
  return (
    `${n.toLocaleString('en-US')} paired examples; ${m} gated test${m === 1 ? '' : 's'}` +
    (parts.length ? ` (${parts.join(', ')})` : '') +
    (nMissing ? `; ${nMissing} ids in only one file` : '')
  );
}
