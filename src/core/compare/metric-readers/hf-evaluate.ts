// Hugging Face `evaluate.save()` output: the metric values beside `_timestamp`,
// `_git_commit_hash`, `_evaluate_version`, … and whatever parameters were passed. Names are the
// keys as written; evaluate's own `_` metadata is left out.
import type { Tree } from '../metrics-tree.js';
import { keysOf, type MetricReader } from './reader.js';
import { walk } from './generic.js';

// What evaluate.save() adds to every file it writes.
const EVALUATE_METADATA = ['_timestamp', '_git_commit_hash', '_evaluate_version'];

export const hfEvaluateReader: MetricReader = {
  format: 'hf-evaluate',
  title: 'Hugging Face evaluate.save() output (metadata keys starting with _ are left out)',
  detect: (tree) => {
    const keys = keysOf(tree);
    return EVALUATE_METADATA.some((k) => keys.has(k));
  },
  read(tree: Tree, out) {
    if (tree.kind !== 'map') return out.error(tree, undefined, 'expected an object');
    for (const { key, line, node } of tree.entries) {
      // evaluate's own metadata; the values are shown by nobody and gated by nobody.
      if (key.startsWith('_')) continue;
      walk([], { kind: 'map', line, entries: [{ key, line, node }] }, out);
    }
  },
};
