// The compare check: candidate metrics, a resolved baseline and the entry's rules → one result of
// kind 'compare'. Per-example statistics (src/core/compare/examples/) decide the rows of metrics
// they compute; point values decide the rest.
import { newResult, worstStatus } from '../result.js';
import type { Problem, Result, ResultContext, Status } from '../result.js';
import { baselineSpec, resolveBaseline } from './baseline.js';
import { workspacePath } from '../files/workspace.js';
import type { BaselineSpec, ResolvedBaseline } from './baseline.js';
import type { BaselineProvider } from '../providers/provider.js';
import { formatProblem, loadMetrics, MetricFileError } from './metrics-file.js';
import type { MetricSet, ReadOptions } from './metrics-file.js';
import { metricKey, metricLabel, splitName, type SliceRef } from './metric-names.js';
import { bindRuleName } from './rule-names.js';
import { evaluateRow, resolveRule } from './rules.js';
import { evaluateExamples as defaultEvaluateExamples } from './examples/evaluate.js';
import type { Rule, Side } from './rules.js';
import type {
  CompareCounts,
  CompareDetails,
  CompareEntry,
  ExamplesSummary,
  MetricRow,
  Policy,
  RowStatus,
} from './types.js';

export type CompareResult = Result<'compare', CompareDetails>;

export type { ExamplesEvaluator, ExamplesOutcome } from './types.js';
import type { ExamplesEvaluator } from './types.js';

export interface CompareOptions {
  workspace: string;
  context?: ResultContext;
  provider?: BaselineProvider;
  /** Overrides the entry's baseline (the action's baseline inputs). */
  baseline?: BaselineSpec;
  /** Overrides the entry's missing_baseline. */
  missingBaseline?: Policy;
  /** Runs when the entry configures examples; default: the statistics of ./examples/index.ts. */
  evaluateExamples?: ExamplesEvaluator;
  createdAt?: string;
}

interface RuleSet {
  whole: Map<string, Rule>;
  /** name → slice key → rule; name → "key=value" → rule. */
  byKey: Map<string, Map<string, Rule>>;
  bySlice: Map<string, Map<string, Rule>>;
  order: string[];
}

/** Turns the entry's snake_case rules into resolved rules; throws naming the bad key. */
export function resolveRules(entry: CompareEntry): RuleSet {
  const set: RuleSet = { whole: new Map(), byKey: new Map(), bySlice: new Map(), order: [] };
  for (const [name, config] of Object.entries(entry.metrics ?? {})) {
    const at = `compare ${entry.id}: metrics.${name}`;
    checkRuleName(name, at);
    if (config.direction !== 'higher' && config.direction !== 'lower') {
      throw new Error(`${at}.direction: required, higher or lower`);
    }
    if (config.from && !entry.examples) {
      throw new Error(
        `${at}.from: computing a metric from per-example scores needs examples (candidate, baseline)`,
      );
    }
    const rule = resolveRule(config.direction, config, at);
    set.whole.set(name, rule);
    set.order.push(name);
    for (const [slice, bounds] of Object.entries(config.slices ?? {})) {
      const sliceRule = resolveRule(config.direction, bounds, `${at}.slices.${slice}`, rule);
      const target = slice.includes('=') ? set.bySlice : set.byKey;
      if (!target.has(name)) target.set(name, new Map());
      target.get(name)!.set(slice, sliceRule);
    }
  }
  return set;
}

// The spelling slices had in metric files before `@` became part of metric names (pass@1).
const OLD_SLICE_NAME = /^(.+)@([^@=]+)=([^@]*)$/;

function checkRuleName(name: string, at: string): void {
  const old = OLD_SLICE_NAME.exec(name);
  if (old) {
    throw new Error(
      `${at}: name@key=value is no longer a slice (@ belongs to metric names such as pass@1); ` +
        `rule the slice inside its metric: ${old[1]}: { direction: …, slices: { "${old[2]}=${old[3]}": { … } } }`,
    );
  }
  try {
    splitName(name);
  } catch (err) {
    throw new Error(`${at}: ${(err as Error).message}`);
  }
}

/** Renames rules whose name finds a metric under another name (see rule-names.ts). */
function bindRules(
  rules: RuleSet,
  entry: CompareEntry,
  sets: Array<MetricSet | undefined>,
  errors: Problem[],
  unbound: Map<string, string>,
): RuleSet {
  const rename = new Map<string, string>();
  for (const name of rules.order) {
    if (entry.metrics[name]?.from) continue;
    const bound = bindRuleName(name, sets);
    if ('problem' in bound) {
      errors.push({ file: bound.file, key: name, message: bound.problem });
      unbound.set(name, bound.problem);
    } else if (bound.name !== name) rename.set(name, bound.name);
  }
  if (rename.size === 0) return rules;
  const to = (n: string) => rename.get(n) ?? n;
  const remap = <T>(m: Map<string, T>) => new Map([...m].map(([k, v]) => [to(k), v]));
  return {
    whole: remap(rules.whole),
    byKey: remap(rules.byKey),
    bySlice: remap(rules.bySlice),
    order: rules.order.map(to),
  };
}

function ruleFor(rules: RuleSet, name: string, slice?: SliceRef): Rule | undefined {
  if (!slice) return rules.whole.get(name);
  return (
    rules.bySlice.get(name)?.get(`${slice.key}=${slice.value}`) ??
    rules.byKey.get(name)?.get(slice.key)
  );
}

function side(set: MetricSet | undefined, key: string): Side {
  if (!set) return { state: 'missing' };
  const v = set.values.get(key);
  if (v)
    return v.stderr === undefined
      ? { state: 'value', value: v.value }
      : { state: 'value', value: v.value, stderr: v.stderr };
  const bad = set.invalid.get(key);
  if (bad)
    return { state: 'invalid', problem: `${bad.problem} (${locate(set, bad.file, bad.line)})` };
  return { state: 'missing' };
}

function locate(set: MetricSet, file: string | undefined, line: number | undefined): string {
  return [file ?? set.file, line].filter((x) => x !== undefined).join(':');
}

interface RowKey {
  name: string;
  slice?: SliceRef;
}

function keysOf(set: MetricSet | undefined): RowKey[] {
  if (!set) return [];
  return [...set.values.values(), ...set.invalid.values()].map(({ name, slice }) => ({
    name,
    ...(slice ? { slice } : {}),
  }));
}

/** Rows in a stable order: ruled metrics in config order, then the rest by name; slices after their metric. */
function orderRows(rows: MetricRow[], order: string[]): MetricRow[] {
  const position = new Map(order.map((n, i) => [n, i]));
  return [...rows].sort((a, b) => {
    const pa = position.get(a.name) ?? Infinity;
    const pb = position.get(b.name) ?? Infinity;
    if (pa !== pb) return pa - pb;
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    if (!a.slice || !b.slice) return a.slice ? 1 : b.slice ? -1 : 0;
    if (a.slice.key !== b.slice.key) return a.slice.key < b.slice.key ? -1 : 1;
    return a.slice.value < b.slice.value ? -1 : a.slice.value > b.slice.value ? 1 : 0;
  });
}

export function countRows(rows: MetricRow[]): CompareCounts {
  const counts: CompareCounts = { gated: 0, pass: 0, warn: 0, fail: 0, error: 0, skip: 0 };
  for (const r of rows) {
    if (r.gated) counts.gated++;
    counts[r.status]++;
  }
  return counts;
}

/** Builds the rows from point values: every metric on either side, plus every ruled metric. */
export function pointRows(
  rules: RuleSet,
  candidate: MetricSet | undefined,
  baseline: MetricSet | undefined,
  missingBaseline: Policy,
  confidence?: number,
): MetricRow[] {
  const keys = new Map<string, RowKey>();
  for (const k of [...keysOf(candidate), ...keysOf(baseline)])
    keys.set(metricKey(k.name, k.slice), k);
  for (const name of rules.order) if (!keys.has(name)) keys.set(name, { name });
  for (const [name, bySlice] of rules.bySlice) {
    for (const s of bySlice.keys()) {
      const eq = s.indexOf('=');
      const slice = { key: s.slice(0, eq), value: s.slice(eq + 1) };
      const key = metricKey(name, slice);
      if (!keys.has(key)) keys.set(key, { name, slice });
    }
  }
  return [...keys.entries()].map(([key, { name, slice }]) =>
    evaluateRow({
      name,
      ...(slice ? { slice } : {}),
      rule: ruleFor(rules, name, slice),
      candidate: side(candidate, key),
      baseline: side(baseline, key),
      baselineAvailable: baseline !== undefined,
      missingBaseline,
      ...(confidence !== undefined ? { confidence } : {}),
    }),
  );
}

/** Statistics rows replace the point rows of the same metric and slice. */
export function mergeRows(point: MetricRow[], stats: MetricRow[]): MetricRow[] {
  const key = (r: MetricRow) => metricKey(r.name, r.slice);
  const fromStats = new Map(stats.map((r) => [key(r), r]));
  const merged = point.map((r) => fromStats.get(key(r)) ?? r);
  const seen = new Set(point.map(key));
  for (const r of stats) if (!seen.has(key(r))) merged.push(r);
  return merged;
}

function problemsOf(err: unknown, fallbackFile?: string): Problem[] {
  if (err instanceof MetricFileError) return err.problems;
  const message = err instanceof Error ? err.message : String(err);
  return [{ message, ...(fallbackFile ? { file: fallbackFile } : {}) }];
}

function rowLabel(r: MetricRow): string {
  const name = metricLabel(r.name, r.slice);
  return name.length > 60 ? name.slice(0, 59) + '…' : name;
}

function baselineWords(b: CompareDetails['baseline']): string {
  switch (b.source) {
    case 'file':
      return `baseline ${b.path}`;
    case 'base-branch':
      return `baseline ${b.path} at ${b.ref ?? 'base'}${b.sha ? ` (${b.sha.slice(0, 7)})` : ''}`;
    case 'artifact':
      return `baseline from ${b.workflow} run ${b.runId ?? '?'}`;
    case 'none':
      // Per-example statistics compare against the baseline's score file even without a metric file.
      return b.examples ? `baseline examples ${b.examples}` : 'no baseline';
  }
}

/** One line, at most 1,000 characters: the worst rows by name. */
export function summarize(
  details: CompareDetails,
  errors: Problem[],
  notes: string[] = [],
): string {
  const counts = details.counts ?? countRows(details.metrics);
  const parts: string[] = [];
  if (errors.length > 0 && details.metrics.length === 0) {
    parts.push(`could not compare: ${formatProblem(errors[0]!)}`);
  } else {
    const list = (status: RowStatus) =>
      details.metrics.filter((r) => r.status === status && (r.gated || status === 'error'));
    const name = (rows: MetricRow[]) => {
      const shown = rows.slice(0, 5).map(rowLabel).join(', ');
      return rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown;
    };
    const failed = list('fail');
    const warned = list('warn');
    const errored = list('error');
    if (failed.length) parts.push(`${failed.length} failed (${name(failed)})`);
    if (errored.length) parts.push(`${errored.length} could not be evaluated (${name(errored)})`);
    if (warned.length) parts.push(`${warned.length} warned (${name(warned)})`);
    if (parts.length === 0) parts.push(`${counts.pass} of ${counts.gated} gated metrics pass`);
    else parts.unshift(`${counts.gated} gated metrics:`);
    if (errors.length > 0 && errored.length === 0)
      parts.push(`error: ${formatProblem(errors[0]!)}`);
  }
  if (notes.length > 0) {
    const last = parts.pop();
    parts.push(last ? `${last}; ${notes.join('; ')}` : notes.join('; '));
  }
  parts.push(`(${baselineWords(details.baseline)})`);
  const text = parts.join(' ').replace(/[\r\n]+/g, ' ');
  return text.length > 1000 ? text.slice(0, 999) + '…' : text;
}

/** The candidate's metrics and the baseline; what cannot be read goes to `errors`. */
async function readBothSides(
  entry: CompareEntry,
  spec: BaselineSpec,
  options: CompareOptions,
  errors: Problem[],
): Promise<{ candidate?: MetricSet; baseline: ResolvedBaseline }> {
  const read: ReadOptions = {
    ...(entry.format ? { format: entry.format } : {}),
    ...(entry.root ? { root: entry.root } : {}),
  };
  let candidate: MetricSet | undefined;
  if (entry.candidate) {
    try {
      candidate = loadMetrics(
        workspacePath(options.workspace, entry.candidate, 'candidate'),
        entry.candidate,
        options.workspace,
        read,
      );
    } catch (err) {
      errors.push(...problemsOf(err, entry.candidate));
    }
  }
  try {
    const baseline = await resolveBaseline(spec, {
      workspace: options.workspace,
      read,
      ...(options.provider ? { provider: options.provider } : {}),
    });
    return { ...(candidate ? { candidate } : {}), baseline };
  } catch (err) {
    errors.push(...problemsOf(err));
    const path = 'path' in spec ? spec.path : undefined;
    const note = `could not read the baseline: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`;
    return {
      ...(candidate ? { candidate } : {}),
      baseline: { info: { source: spec.source, ...(path ? { path } : {}), note } },
    };
  }
}

/** Invalid values a rule names (rows with status error), as located errors. */
function ruledInvalidValues(rules: RuleSet, sets: Array<MetricSet | undefined>): Problem[] {
  const out: Problem[] = [];
  for (const set of sets) {
    for (const bad of set?.invalid.values() ?? []) {
      if (!ruleFor(rules, bad.name, bad.slice)) continue;
      out.push({
        file: bad.file ?? set!.file,
        ...(bad.line !== undefined ? { line: bad.line } : {}),
        key: metricLabel(bad.name, bad.slice),
        message: `value is ${bad.problem}`,
      });
    }
  }
  return out;
}

/** Runs one compare entry. Bad rules throw (bad input); unreadable files give status error. */
export async function runCompare(
  entry: CompareEntry,
  options: CompareOptions,
): Promise<CompareResult> {
  let rules = resolveRules(entry);
  const missingBaseline = options.missingBaseline ?? entry.missing_baseline ?? 'fail';
  const errors: Problem[] = [];
  const candidatePath = entry.candidate ?? entry.examples?.candidate;
  if (!candidatePath) throw new Error(`compare ${entry.id}: candidate is required (or examples)`);
  const spec = options.baseline ?? baselineSpec(entry.baseline);
  const { candidate, baseline } = await readBothSides(entry, spec, options, errors);

  const unbound = new Map<string, string>();
  rules = bindRules(rules, entry, [candidate, baseline.metrics], errors, unbound);
  errors.push(...ruledInvalidValues(rules, [candidate, baseline.metrics]));

  const baselineBroken =
    spec.source !== 'none' && baseline.info.source !== 'none' && !baseline.metrics;
  const fatal = (entry.candidate !== undefined && !candidate) || baselineBroken;
  let rows: MetricRow[] = [];
  // With an unreadable file there is nothing trustworthy to show: the error says why. Without a
  // candidate metric file (examples only) every rule still gets a row: those without `from` are
  // missing, the others are replaced by the statistics' rows below.
  if (!fatal)
    rows = pointRows(rules, candidate, baseline.metrics, missingBaseline, entry.confidence).map(
      (r) =>
        r.gated && unbound.has(r.name) ? { ...r, status: 'error', reason: unbound.get(r.name) } : r,
    );

  let examples: ExamplesSummary | undefined;
  const verdicts: Array<{ status: Status; message: string }> = [];
  if (entry.examples && !fatal) {
    const evaluate = options.evaluateExamples ?? defaultEvaluateExamples;
    try {
      const outcome = await evaluate(entry, { workspace: options.workspace });
      rows = mergeRows(rows, outcome.rows);
      examples = outcome.examples;
      errors.push(...(outcome.problems ?? []));
      verdicts.push(...(outcome.verdicts ?? []));
    } catch (err) {
      errors.push(...problemsOf(err, entry.examples.candidate));
    }
  }

  rows = orderRows(rows, rules.order);
  const counts = countRows(rows);
  const details: CompareDetails = {
    missingBaseline,
    candidate: {
      path: candidatePath,
      ...(entry.examples ? { examples: entry.examples.candidate } : {}),
    },
    baseline: {
      ...baseline.info,
      ...(entry.examples ? { examples: entry.examples.baseline } : {}),
    },
    metrics: rows,
    ...(examples ? { examples } : {}),
    counts,
  };
  const statuses: Status[] = rows.filter((r) => r.status !== 'skip').map((r) => r.status as Status);
  if (errors.length > 0) statuses.push('error');
  statuses.push(...verdicts.map((v) => v.status));

  return newResult({
    kind: 'compare',
    id: entry.id,
    title: entry.title ?? entry.id,
    status: worstStatus(statuses),
    summary: summarize(
      details,
      errors,
      verdicts.filter((v) => v.status !== 'pass').map((v) => v.message),
    ),
    context: options.context ?? {},
    ...(errors.length > 0 ? { errors: errors.slice(0, 100) } : {}),
    details,
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  });
}

/** How many gated rows failed: the `regressions` output. */
export function regressions(result: CompareResult): number {
  return result.details.metrics.filter((r) => r.gated && r.status === 'fail').length;
}
