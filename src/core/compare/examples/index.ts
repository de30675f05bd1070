// Per-example statistics for `compare`: paired bootstrap and McNemar over two files of scored
// examples, Holm across the family, one row per metric and slice. The API and every statistical
// choice are described in docs/compare-examples-internals.md.
// The pieces, in the order a comparison runs: align.ts pairs the examples, prepare.ts reads each
// metric's columns, units.ts computes its rows through estimates.ts, verdict.ts judges them.
import { worstStatus } from '../../result.js';
import type {
  CompareExamplesOptions,
  ExampleMetric,
  ExamplesBlock,
  ExamplesComparison,
} from './api.js';
import { exampleColumns } from './api.js';
import { type Alignment, align } from './align.js';
import { clip, loadExamples, type ExampleTable, type LoadExamplesOptions } from './load.js';
import { fmt } from './rules.js';
import { computeMetrics, errorRows } from './units.js';
import { Located } from './values.js';
import { adjustFamily, judgeRow, missingIdsVerdict, summaryLine } from './verdict.js';

export { loadExamples, parseExamples, detectFormat } from './load.js';
export type { ExampleTable, ExampleFormat, LoadExamplesOptions, LoadedExamples } from './load.js';
export { parseAmount, ruleMargin, decide } from './rules.js';
export type { ExampleRule, Direction } from './rules.js';
export { exampleColumns } from './api.js';
export type {
  CompareExamplesOptions,
  ExampleMetric,
  ExampleMetricRow,
  ExampleMetricSource,
  ExamplesBlock,
  ExamplesComparison,
  MissingIdsPolicy,
} from './api.js';

const SAMPLE_MISSING = 10;

function defaults(options: CompareExamplesOptions): Required<CompareExamplesOptions> {
  const o = {
    slices: options.slices ?? [],
    missingIds: options.missingIds ?? 'fail',
    resamples: options.resamples ?? 10_000,
    seed: options.seed ?? 1,
    confidence: options.confidence ?? 0.95,
    minExamples: options.minExamples ?? 30,
    interval: options.interval ?? 'bootstrap',
    correction: options.correction ?? 'holm',
    power: options.power ?? 0.8,
    text: options.text ?? '',
  };
  if (!(o.confidence > 0 && o.confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${o.confidence}`);
  if (!Number.isInteger(o.resamples) || o.resamples < 100)
    throw new RangeError(`resamples must be an integer ≥ 100, got ${o.resamples}`);
  if (!Number.isInteger(o.minExamples) || o.minExamples < 2)
    throw new RangeError(`min_examples must be an integer ≥ 2, got ${o.minExamples}`);
  if (!Number.isFinite(o.seed)) throw new RangeError(`seed must be a finite number, got ${o.seed}`);
  return o;
}

function block(
  o: Required<CompareExamplesOptions>,
  al: Alignment | null,
  ciConfidence?: number,
  family?: number,
): ExamplesBlock {
  const sample = al
    ? [...al.candidateOnly, ...al.baselineOnly].slice(0, SAMPLE_MISSING).map((id) => clip(id, 100))
    : [];
  return {
    n: al ? al.cRows.length : 0,
    candidateOnly: al ? al.candidateOnly.length : 0,
    baselineOnly: al ? al.baselineOnly.length : 0,
    sampleMissingIds: sample,
    seed: o.seed,
    resamples: o.resamples,
    confidence: o.confidence,
    correction: o.correction,
    missingIds: o.missingIds,
    interval: o.interval,
    ...(ciConfidence !== undefined ? { ciConfidence } : {}),
    ...(family !== undefined ? { family } : {}),
    generator: 'xoshiro128**',
  };
}

export function compareExamples(
  candidate: ExampleTable,
  baseline: ExampleTable,
  metrics: readonly ExampleMetric[],
  options: CompareExamplesOptions = {},
): ExamplesComparison {
  const o = defaults(options);
  const al = align(candidate, baseline);
  const located = new Located();
  const n = al.cRows.length;
  const missingIds = missingIdsVerdict(al, candidate, baseline, o.missingIds);
  if (n === 0) {
    const reason = `no example id is in both ${candidate.path} and ${baseline.path}`;
    return {
      status: 'error',
      summary: reason,
      rows: errorRows(metrics, reason),
      examples: block(o, al),
      problems: [{ file: candidate.path, key: candidate.idColumn, message: reason }],
      ...(missingIds ? { missingIds } : {}),
    };
  }

  const x = { candidate, baseline, al, located };
  const { computed, regressed } = computeMetrics(metrics, x, o);
  const { m, level } = adjustFamily(computed, o);
  for (const unit of computed) judgeRow(unit, level, o);

  const problems = located.flush();
  const rows = computed.map((u) => u.row);
  const gatedStatuses = rows.flatMap((r) => (r.gated && r.status !== 'skip' ? [r.status] : []));
  const status = worstStatus([
    ...gatedStatuses,
    ...(missingIds ? [missingIds.status] : []),
    ...(problems.length ? (['error'] as const) : []),
  ]);
  const nMissing = al.candidateOnly.length + al.baselineOnly.length;
  return {
    status,
    summary: summaryLine(rows, n, m, nMissing),
    rows,
    examples: { ...block(o, al, level, m), ...(regressed.length ? { regressed } : {}) },
    problems,
    ...(missingIds ? { missingIds } : {}),
  };
}

export async function compareExampleFiles(
  paths: { candidate: string; baseline: string },
  metrics: readonly ExampleMetric[],
  options: CompareExamplesOptions & {
    idColumn: string;
    format?: LoadExamplesOptions['format'];
    repeats?: boolean;
    root?: string;
  },
): Promise<ExamplesComparison> {
  const o = defaults(options);
  const columns = [...exampleColumns(metrics, o.slices), ...(o.text ? [o.text] : [])];
  const load = {
    idColumn: options.idColumn,
    columns,
    ...(options.root ? { root: options.root } : {}),
    ...(options.format ? { format: options.format } : {}),
    ...(options.repeats ? { repeats: true } : {}),
  };
  const [c, b] = await Promise.all([
    loadExamples(paths.candidate, load),
    loadExamples(paths.baseline, load),
  ]);
  const problems = [...c.problems, ...b.problems];
  if (!c.table || !b.table || problems.length > 0) {
    const first = problems[0];
    const where = first ? `${first.file ?? ''}${first.line ? `:${first.line}` : ''}` : '';
    const reason = `per-example scores have ${problems.length} problem${problems.length === 1 ? '' : 's'}${first ? `, first: ${where} ${first.message}` : ''}`;
    return {
      status: 'error',
      summary: reason,
      rows: errorRows(metrics, reason),
      examples: block(o, null),
      problems,
    };
  }
  return compareExamples(c.table, b.table, metrics, options);
}

export { fmt as formatNumber };
