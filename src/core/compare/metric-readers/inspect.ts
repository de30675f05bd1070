// inspect_ai's JSON eval log (and the header of its .eval archive): results.scores[] holds one
// entry per scorer, each with metrics { <name>: { name, value } }. Names are `<scorer>.<metric>`
// (`match.accuracy`); a scorer's `stderr` metric is the standard error of its mean-like metrics
// (accuracy, mean) and rides along with them instead of being a row of its own.
import { valueTree, type Tree } from '../metrics-tree.js';
import { childOf, Collector, numberOf, type MetricSet } from '../metric-set.js';
import { MetricFileError } from '../metric-file-error.js';
import { keysOf, type MetricReader } from './reader.js';

// The metrics inspect computes as a mean of per-sample scores, whose standard error `stderr` is.
const MEAN_LIKE = new Set(['accuracy', 'mean']);

function readScore(score: Tree, index: number, out: Collector): void {
  const name = childOf(score, 'name');
  const metrics = childOf(score, 'metrics');
  const scorer = name?.kind === 'scalar' && typeof name.value === 'string' ? name.value : undefined;
  if (!scorer || metrics?.kind !== 'map') {
    out.error(score, `results.scores.${index}`, 'expected a scorer with a name and metrics');
    return;
  }
  const stderr = numberOf(childOf(childOf(metrics, 'stderr'), 'value'));
  for (const { key, node } of metrics.entries) {
    if (key === 'stderr' && stderr !== undefined) continue;
    const value = childOf(node, 'value') ?? node;
    const se = MEAN_LIKE.has(key) && stderr !== undefined ? { stderr } : {};
    out.add([scorer, key], undefined, value, se);
  }
}

/**
 * The aggregate metrics of an inspect_ai log header (the JSON log itself, or header.json of a
 * .eval archive) as a tree (see metrics-tree.ts).
 */
export function readInspectHeader(header: Tree, out: Collector): void {
  const scores = childOf(childOf(header, 'results'), 'scores');
  if (scores?.kind !== 'seq') {
    const status = childOf(header, 'status');
    const why =
      status?.kind === 'scalar' && status.value !== 'success'
        ? ` (the log's status is ${JSON.stringify(status.value)})`
        : '';
    out.error(header, 'results.scores', `no scores in the log${why}`);
    return;
  }
  scores.items.forEach((score, i) => readScore(score, i, out));
}

export const inspectReader: MetricReader = {
  format: 'inspect',
  title: 'inspect_ai JSON eval log (results.scores[].metrics)',
  detect(tree) {
    const top = keysOf(tree);
    return top.has('eval') && top.has('version') && (top.has('results') || top.has('status'));
  },
  read: readInspectHeader,
};

/**
 * The aggregate metrics of an already parsed inspect_ai log header (e.g. header.json of a .eval
 * archive, after JSON.parse); `file` names it in messages. Throws MetricFileError.
 */
export function inspectHeaderMetrics(header: unknown, file: string): MetricSet {
  const out = new Collector(file);
  readInspectHeader(valueTree(header), out);
  if (out.problems.length > 0) throw new MetricFileError(out.problems);
  return { file, format: 'inspect', values: out.values, invalid: out.invalid };
}
