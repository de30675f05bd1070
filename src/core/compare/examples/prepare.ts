// A metric's columns read over the paired examples: means and pass@k here, the statistics that
// need a label in prepare-labelled.ts.
import { passAtK } from '../../../stats/index.js';
import type { ExampleMetric, ExampleMetricSource } from './api.js';
import { type Alignment, missingColumn, scores } from './align.js';
import type { ExampleTable } from './load.js';
import { isRatio, type Prepared } from './metric-data.js';
import { prepareRanking, prepareRatio, prepareStatistic } from './prepare-labelled.js';
import { clip } from './raw.js';
import { type Located, sampleOutcomes, varies } from './values.js';

/** A metric's columns read over the paired examples, or why they cannot be. */
export function prepare(
  metric: ExampleMetric,
  candidate: ExampleTable,
  baseline: ExampleTable,
  al: Alignment,
  located: Located,
): Prepared {
  const src = metric.source;
  const before = located.problems.length;
  const failed = (fallback: string): Prepared => ({
    kind: 'error',
    reason: located.problems[before]?.message ?? fallback,
  });
  if (src.kind === 'mean' || src.kind === 'pass_at_k') {
    const missing = missingColumn(src.column, candidate, baseline, 'both');
    if (missing) return { kind: 'error', reason: missing };
    const read = src.kind === 'mean' ? scores : passAtKScores(src.k);
    const c = read(candidate, al.cRows, src.column, located);
    const b = read(baseline, al.bRows, src.column, located);
    if (!c || !b) return failed('bad scores');
    let binary = true;
    for (let i = 0; i < c.length && binary; i++)
      binary = (c[i] === 0 || c[i] === 1) && (b[i] === 0 || b[i] === 1);
    return { kind: 'mean', c, b, binary };
  }
  const once = oneSampleEach(src, candidate, baseline);
  if (once) return { kind: 'error', reason: once };
  const x = { candidate, baseline, al, located };
  if ('query' in src) return prepareRanking(src, x) ?? failed('bad values');
  if (!isRatio(src)) return prepareStatistic(src, x) ?? failed('bad values');
  return prepareRatio(src, x) ?? failed('bad labels or predictions');
}

/** Per-example pass@k from each example's samples: n samples, c correct (0/1 each). */
function passAtKScores(k: number) {
  return (table: ExampleTable, rows: Int32Array, column: string, located: Located) => {
    const raw = table.columns.get(column)!;
    const out = new Float64Array(rows.length);
    let ok = true;
    for (let i = 0; i < rows.length; i++) {
      const outcomes = sampleOutcomes(raw[rows[i]!]);
      if (typeof outcomes === 'string') {
        located.add(
          table,
          rows[i]!,
          column,
          `pass@${k} reads "${column}" as per-sample correctness: ${outcomes}`,
        );
        ok = false;
        continue;
      }
      const n = outcomes.length;
      if (n < k) {
        located.add(
          table,
          rows[i]!,
          column,
          `pass@${k} needs at least ${k} samples per example, this one has ${n}`,
        );
        ok = false;
        continue;
      }
      out[i] = passAtK(
        n,
        outcomes.reduce((a, x) => a + x, 0),
        k,
      );
    }
    return ok ? out : null;
  };
}

/**
 * Statistics other than means need one value per example: averaging predictions or scores
 * across repeated samples has no agreed meaning for them. Null when every example has one.
 */
function oneSampleEach(
  src: Exclude<ExampleMetricSource, { kind: 'mean' | 'pass_at_k' }>,
  candidate: ExampleTable,
  baseline: ExampleTable,
): string | null {
  const column = 'score' in src ? src.score : src.prediction;
  for (const t of [candidate, baseline]) {
    const values = t.columns.get(column);
    const row = values ? values.findIndex((v) => varies(v)) : -1;
    if (row >= 0)
      return `${src.kind} needs one "${column}" per example, but id "${clip(t.ids[row]!)}" in ${t.path} has repeated samples that differ; only means and pass@k average samples`;
  }
  return null;
}
