// lm-evaluation-harness `results_<date>.json` (and the older results.json): per task and group,
// `<metric>,<filter>` values (`acc,none`) with their standard errors (`acc_stderr,none`).
// Names are `<task>.<metric>,<filter>` (`arc_easy.acc,none`); the standard error rides along with
// its value and is not a row of its own. Everything else in the file (configs, versions, the
// group_subtasks lists, the run config) is not a metric.
import type { Tree } from '../metrics-tree.js';
import { numberOf, type Collector } from '../metric-set.js';
import { keysOf, type MetricReader } from './reader.js';

// Per-task keys that describe the task, not a score of it.
const TASK_METADATA = new Set(['alias', 'name', 'sample_len', 'sample_count', 'samples']);

/** `acc,none` → `acc_stderr,none`; `acc` → `acc_stderr`. */
export function stderrKey(metric: string): string {
  const comma = metric.indexOf(',');
  return comma < 0 ? `${metric}_stderr` : `${metric.slice(0, comma)}_stderr${metric.slice(comma)}`;
}

function isStderr(metric: string): boolean {
  const comma = metric.indexOf(',');
  return (comma < 0 ? metric : metric.slice(0, comma)).endsWith('_stderr');
}

function readTask(task: string, node: Tree, out: Collector, seen: Set<string>): void {
  if (node.kind !== 'map') return;
  const byKey = new Map(node.entries.map((e) => [e.key, e.node]));
  for (const { key, node: value } of node.entries) {
    if (TASK_METADATA.has(key) || isStderr(key) || seen.has(`${task}\u0000${key}`)) continue;
    seen.add(`${task}\u0000${key}`);
    const stderr = numberOf(byKey.get(stderrKey(key)));
    out.add([task, key], undefined, value, stderr !== undefined ? { stderr } : {});
  }
}

export const lmEvalReader: MetricReader = {
  format: 'lm-eval',
  title: 'lm-evaluation-harness results (tasks and groups × metric,filter, with _stderr)',
  detect(tree) {
    const top = keysOf(tree);
    const results = tree.kind === 'map' ? tree.entries.find((e) => e.key === 'results') : undefined;
    return (
      results?.node.kind === 'map' &&
      (top.has('versions') || top.has('n-shot') || top.has('group_subtasks')) &&
      results.node.entries.every((e) => e.node.kind === 'map')
    );
  },
  read(tree, out) {
    if (tree.kind !== 'map') return;
    // Recent versions list groups in both results and groups, with the same values.
    const seen = new Set<string>();
    for (const section of ['results', 'groups']) {
      const node = tree.entries.find((e) => e.key === section)?.node;
      if (node?.kind !== 'map') continue;
      for (const { key: task, node: metrics } of node.entries) readTask(task, metrics, out, seen);
    }
  },
};
