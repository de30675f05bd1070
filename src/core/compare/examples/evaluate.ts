// The bridge from a compare entry to the per-example statistics (./index.ts, owned by the
// statistics code): which metrics come from the score files (those whose rule has `from`), their
// rules and slice rules, the options; and back to result rows. No statistics here.
import { isAbsolute, relative } from 'node:path';
import type { Problem } from '../../result.js';
import { workspacePath } from '../../files/workspace.js';
import { columnSource, labelledSource } from './sources.js';
import { compareExampleFiles, type ExampleMetric, type ExampleRule } from './index.js';
import type { ExamplesOutcome } from '../types.js';
import type { BoundsConfig, CompareEntry, MetricRow } from '../types.js';

function exampleRule(b: BoundsConfig): ExampleRule {
  const rule: ExampleRule = {};
  if (b.max_drop !== undefined) rule.max_drop = b.max_drop;
  if (b.min_gain !== undefined) rule.min_gain = b.min_gain;
  if (b.non_inferiority !== undefined) rule.non_inferiority = b.non_inferiority;
  if (b.min !== undefined) rule.min = b.min;
  if (b.max !== undefined) rule.max = b.max;
  if (b.severity !== undefined) rule.severity = b.severity;
  return rule;
}

/** The metrics of `entry` computed from per-example scores: every rule with `from`. */
export function exampleMetrics(entry: CompareEntry): ExampleMetric[] {
  const metrics: ExampleMetric[] = [];
  for (const [name, rule] of Object.entries(entry.metrics)) {
    if (!rule.from) continue;
    const at = `compare ${entry.id}: metrics.${name}`;
    const from = rule.from;
    const source: ExampleMetric['source'] =
      'column' in from ? columnSource(name, from, at) : labelledSource(name, from, at);
    const sliceRules: Record<string, ExampleRule> = {};
    for (const [slice, bounds] of Object.entries(rule.slices ?? {})) {
      if (slice.includes('=')) {
        throw new Error(
          `${at}.slices.${slice}: a rule for one slice value applies to metric-file values; ` +
            `a metric computed from examples takes rules per slice column (${slice.split('=')[0]})`,
        );
      }
      if (!(entry.examples?.slices ?? []).includes(slice)) {
        throw new Error(`${at}.slices.${slice}: '${slice}' is not one of examples.slices`);
      }
      sliceRules[slice] = {
        ...exampleRule(bounds),
        ...(bounds.severity ? {} : rule.severity ? { severity: rule.severity } : {}),
      };
    }
    metrics.push({
      name,
      direction: rule.direction,
      source,
      rule: exampleRule(rule),
      ...(Object.keys(sliceRules).length ? { sliceRules } : {}),
    });
  }
  return metrics;
}

/** Runs the statistics for `entry` and returns rows in the result's shape, paths workspace-relative. */
export async function evaluateExamples(
  entry: CompareEntry,
  options: { workspace: string },
): Promise<ExamplesOutcome> {
  const ex = entry.examples;
  if (!ex) throw new Error(`compare ${entry.id}: no examples configured`);
  const metrics = exampleMetrics(entry);
  const abs = {
    candidate: workspacePath(options.workspace, ex.candidate, 'examples.candidate'),
    baseline: workspacePath(options.workspace, ex.baseline, 'examples.baseline'),
  };
  const shown = (text: string) =>
    text.split(abs.candidate).join(ex.candidate).split(abs.baseline).join(ex.baseline);
  const comparison = await compareExampleFiles(abs, metrics, {
    idColumn: ex.id ?? 'id',
    root: options.workspace,
    ...(ex.slices ? { slices: ex.slices } : {}),
    ...(ex.missing_ids ? { missingIds: ex.missing_ids } : {}),
    ...(ex.resamples !== undefined ? { resamples: ex.resamples } : {}),
    ...(ex.seed !== undefined ? { seed: ex.seed } : {}),
    ...(ex.confidence !== undefined ? { confidence: ex.confidence } : {}),
    ...(ex.min_examples !== undefined ? { minExamples: ex.min_examples } : {}),
    ...(ex.correction ? { correction: ex.correction } : {}),
    ...(ex.text ? { text: ex.text } : {}),
    ...(ex.format ? { format: ex.format } : {}),
    ...(ex.repeats ? { repeats: true } : {}),
  });
  const severity = (name: string) => entry.metrics[name]?.severity;
  const rows: MetricRow[] = comparison.rows.map((r) => {
    const sev = severity(r.name);
    return finiteOnly({
      ...r,
      ...(r.reason !== undefined ? { reason: shown(r.reason) } : {}),
      source: 'examples',
      ...(r.gated && sev ? { severity: sev } : r.gated ? { severity: 'fail' } : {}),
    });
  });
  const problems: Problem[] = comparison.problems.map((p) => ({
    ...p,
    ...(p.file ? { file: isAbsolute(p.file) ? relative(options.workspace, p.file) : p.file } : {}),
    message: shown(p.message),
  }));
  return {
    rows,
    examples: comparison.examples,
    problems,
    ...(comparison.missingIds
      ? {
          verdicts: [
            { status: comparison.missingIds.status, message: shown(comparison.missingIds.message) },
          ],
        }
      : {}),
  };
}

// JSON has no NaN: a non-finite statistic would turn into null and break the result schema.
// Values become null (unknown), optional statistics are left out.
function finiteOnly(row: MetricRow): MetricRow {
  const out: MetricRow = { ...row };
  for (const k of ['baseline', 'candidate', 'delta', 'relDelta'] as const) {
    const v = out[k];
    if (v !== null && !Number.isFinite(v)) out[k] = null;
  }
  for (const k of ['n', 'pValue', 'pAdjusted', 'mde'] as const) {
    const v = out[k];
    if (v !== undefined && !Number.isFinite(v)) delete out[k];
  }
  if (out.ci && !out.ci.every(Number.isFinite)) delete out.ci;
  return out;
}
