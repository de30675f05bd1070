// promptfoo's `promptfoo eval --output results.json`: the aggregate side of it. results.stats
// counts successes, failures and errors over every test (`pass_rate` is successes over all
// three, a derived value), and results.prompts[].metrics scores each prompt × provider
// (`prompt.<label>.score`, `.testPassCount`, named scores under `.namedScores`). The per-test
// results are per-example scores, read by the examples side.
import type { Tree } from '../metrics-tree.js';
import { childOf, numberOf, type Collector } from '../metric-set.js';
import { type MetricReader } from './reader.js';
import { walk } from './generic.js';

const COUNTS = ['successes', 'failures', 'errors'];

function readStats(stats: Tree | undefined, out: Collector): void {
  if (stats?.kind !== 'map') return;
  const counts = COUNTS.map((k) => numberOf(childOf(stats, k)));
  for (const k of COUNTS) {
    const node = childOf(stats, k);
    if (node) out.add([k], undefined, node);
  }
  if (counts.every((c) => c !== undefined)) {
    const total = counts.reduce((a, b) => a! + b!, 0)!;
    if (total > 0)
      out.add(['pass_rate'], undefined, {
        kind: 'scalar',
        line: stats.line,
        value: counts[0]! / total,
      });
  }
  const tokens = childOf(stats, 'tokenUsage');
  if (tokens) walk(['tokenUsage'], tokens, out);
}

function promptLabel(prompt: Tree, index: number): string {
  for (const key of ['label', 'display', 'id']) {
    const v = childOf(prompt, key);
    if (v?.kind === 'scalar' && typeof v.value === 'string' && v.value !== '') {
      const provider = childOf(prompt, 'provider');
      return provider?.kind === 'scalar' && typeof provider.value === 'string'
        ? `${provider.value}: ${v.value}`
        : v.value;
    }
  }
  return String(index);
}

export const promptfooReader: MetricReader = {
  format: 'promptfoo',
  title: 'promptfoo eval output (results.stats and results.prompts[].metrics)',
  detect: (tree) => {
    const stats = childOf(childOf(tree, 'results'), 'stats');
    return childOf(stats, 'successes') !== undefined && childOf(stats, 'failures') !== undefined;
  },
  read(tree, out) {
    const results = childOf(tree, 'results');
    readStats(childOf(results, 'stats'), out);
    const prompts = childOf(results, 'prompts');
    if (prompts?.kind !== 'seq') return;
    prompts.items.forEach((prompt, i) => {
      const metrics = childOf(prompt, 'metrics');
      if (metrics) walk(['prompt', promptLabel(prompt, i)], metrics, out);
    });
  },
};
