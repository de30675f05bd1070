// Each metric's rows: one unit for all paired examples and one per slice value, each computed
// from its estimate; rows in error when a column or a slice cannot be read.
import type { CompareExamplesOptions, ExampleMetric, ExampleMetricRow } from './api.js';
import { type Alignment, missingColumn, shared } from './align.js';
import {
  type Computed,
  type Estimate,
  type Unit,
  meanEstimate,
  ratioEstimate,
  statisticEstimate,
} from './estimates.js';
import type { ExampleTable } from './load.js';
import type { Prepared } from './metric-data.js';
import { prepare } from './prepare.js';
import { regressedExamples } from './regressed.js';
import { ruleText } from './rules.js';
import type { Located } from './values.js';
import type { RegressedExamples } from '../types.js';

/** The row of a unit before anything is computed: gated when the unit has a rule. */
export function newRow(unit: Unit): ExampleMetricRow {
  const { metric, slice, rule } = unit;
  const gated = rule !== undefined;
  const row: ExampleMetricRow = {
    name: metric.name,
    ...(slice ? { slice } : {}),
    presence: 'both',
    baseline: null,
    candidate: null,
    delta: null,
    relDelta: null,
    direction: metric.direction,
    gated,
    status: gated ? 'pass' : 'skip',
  };
  if (rule) row.rule = ruleText(rule);
  return row;
}

/** The row filled from the estimate; a unit too small to test is skipped, or an error. */
export function withEstimate(
  row: ExampleMetricRow,
  est: Estimate,
  unit: Unit,
  opts: Required<CompareExamplesOptions>,
): Computed {
  const { n, b, c } = est;
  const { slice, rule } = unit;
  const sign = unit.metric.direction === 'higher' ? 1 : -1;
  if (est.testMethod) row.testMethod = est.testMethod;
  row.n = n;
  row.baseline = b;
  row.candidate = c;
  row.delta = sign * (c - b);
  row.relDelta = b === 0 ? null : (sign * (c - b)) / Math.abs(b);
  if (n < opts.minExamples || !est.ciAt) {
    // A small slice is expected and only shown; a small whole eval set means the gate cannot
    // judge the metric at all, which must not pass silently.
    if (row.gated && !slice) {
      row.status = 'error';
      row.reason = `eval set too small: n = ${n} < min_examples ${opts.minExamples}; cannot tell a change from noise`;
    } else {
      row.status = 'skip';
      row.reason = `too small: n = ${n} < min_examples ${opts.minExamples}; not gated on noise`;
    }
    return { row, inFamily: false };
  }
  row.pValue = est.pValue!;
  row.test = est.test;
  if (est.dropped > 0)
    row.reason = `${est.dropped} of ${opts.resamples} resamples left the statistic undefined and were dropped`;
  const { ciAt, mdeAt } = est;
  return { row, ciAt, mdeAt, inFamily: row.gated, ...(rule ? { rule } : {}) };
}

export function computeUnit(
  unit: Unit,
  prep: Prepared,
  opts: Required<CompareExamplesOptions>,
  power: number,
): Computed {
  const row = newRow(unit);
  if (prep.kind === 'error') {
    row.status = 'error';
    row.reason = prep.reason;
    return { row, inFamily: false };
  }
  if (prep.kind === 'mean' && prep.perQuery && unit.subset) {
    row.status = 'skip';
    row.reason = 'a ranking metric is resampled by query and not sliced by example columns';
    return { row, inFamily: false };
  }
  const { metric, slice } = unit;
  const label = `${metric.name}\0${slice ? `${slice.key}=${slice.value}` : ''}`;
  const boot = { resamples: opts.resamples, seed: opts.seed, label };
  const est =
    prep.kind === 'mean'
      ? meanEstimate(prep, unit.subset, opts, power, boot)
      : prep.kind === 'statistic'
        ? statisticEstimate(prep.data, unit, opts, power, boot)
        : ratioEstimate(prep, unit, opts, power, boot);
  if ('undefinedHere' in est) {
    row.n = est.n;
    row.status = 'error';
    row.reason = est.reason;
    if (est.baseline !== undefined) row.baseline = est.baseline;
    if (est.candidate !== undefined) row.candidate = est.candidate;
    return { row, inFamily: false };
  }
  return withEstimate(row, est, unit, opts);
}

export function sliceUnits(
  metric: ExampleMetric,
  slices: readonly string[],
  sliceValues: Map<string, (string | null)[] | null>,
): Unit[] {
  const units: Unit[] = [{ metric, subset: null, ...(metric.rule ? { rule: metric.rule } : {}) }];
  for (const key of slices) {
    const values = sliceValues.get(key);
    if (!values) continue;
    const groups = new Map<string, number[]>();
    values.forEach((v, i) => {
      const g = groups.get(v!);
      if (g) g.push(i);
      else groups.set(v!, [i]);
    });
    const rule = metric.sliceRules?.[key];
    for (const value of [...groups.keys()].sort((x, y) =>
      x.localeCompare(y, 'en', { numeric: true }),
    )) {
      units.push({
        metric,
        slice: { key, value },
        subset: Int32Array.from(groups.get(value)!),
        ...(rule ? { rule } : {}),
      });
    }
  }
  return units;
}

export function errorRows(metrics: readonly ExampleMetric[], reason: string): ExampleMetricRow[] {
  return metrics.map((m) => ({
    name: m.name,
    presence: 'both',
    baseline: null,
    candidate: null,
    delta: null,
    relDelta: null,
    direction: m.direction,
    ...(m.rule ? { rule: ruleText(m.rule) } : {}),
    gated: m.rule !== undefined,
    status: 'error',
    reason,
  }));
}

/** Slice values: from whichever file has the column, identical where both do; else why not. */
export function sliceColumns(
  slices: readonly string[],
  x: { candidate: ExampleTable; baseline: ExampleTable; al: Alignment; located: Located },
): { values: Map<string, (string | null)[] | null>; errors: Map<string, string> } {
  const { candidate, baseline, al, located } = x;
  const values = new Map<string, (string | null)[] | null>();
  const errors = new Map<string, string>();
  for (const key of slices) {
    const missing = missingColumn(key, candidate, baseline, 'either');
    if (missing) {
      errors.set(key, `slice ${missing}`);
      located.problems.push({ file: candidate.path, key, message: `slice ${missing}` });
      continue;
    }
    const before = located.problems.length;
    const column = shared(candidate, baseline, al, key, 'slice', located);
    values.set(key, column);
    if (!column) errors.set(key, located.problems[before]?.message ?? `bad slice column "${key}"`);
  }
  return { values, errors };
}

/** Every unit of every metric computed, and the examples each 0/1 metric got wrong anew. */
export function computeMetrics(
  metrics: readonly ExampleMetric[],
  x: { candidate: ExampleTable; baseline: ExampleTable; al: Alignment; located: Located },
  o: Required<CompareExamplesOptions>,
): { computed: Computed[]; regressed: RegressedExamples[] } {
  const { candidate, baseline, al, located } = x;
  const slices = sliceColumns(o.slices, x);
  const computed: Computed[] = [];
  const regressed: RegressedExamples[] = [];
  for (const metric of metrics) {
    const prep = prepare(metric, candidate, baseline, al, located);
    if (prep.kind === 'mean' && prep.binary) {
      const scores = { c: prep.c, b: prep.b, cRows: al.cRows, bRows: al.bRows };
      regressed.push(regressedExamples(metric, scores, candidate, baseline, o.text || undefined));
    }
    for (const unit of sliceUnits(metric, o.slices, slices.values))
      computed.push(computeUnit(unit, prep, o, o.power));
    for (const [key, reason] of slices.errors) {
      computed.push({
        row: {
          ...errorRows([metric], reason)[0]!,
          slice: { key, value: '' },
          gated: metric.sliceRules?.[key] !== undefined,
        },
        inFamily: false,
      });
    }
  }
  return { computed, regressed };
}
