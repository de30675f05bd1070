// The Hugging Face Trainer's eval_results.json / all_results.json / train_results.json: flat
// `eval_accuracy`, `eval_loss`, `epoch`, runtimes. Names are the keys as written.
import { type MetricReader } from './reader.js';

const TRAINER_PREFIX = /^(eval|train|test|predict)_/;
// Unprefixed keys the Trainer writes beside the prefixed ones.
const TRAINER_KEYS = new Set(['epoch', 'total_flos']);

export const hfTrainerReader: MetricReader = {
  format: 'hf-trainer',
  title: 'Hugging Face Trainer eval_results.json / all_results.json / train_results.json',
  detect: (tree) =>
    tree.kind === 'map' &&
    tree.entries.length > 0 &&
    tree.entries.some((e) => TRAINER_PREFIX.test(e.key)) &&
    tree.entries.every(
      (e) => e.node.kind === 'scalar' && (TRAINER_KEYS.has(e.key) || TRAINER_PREFIX.test(e.key)),
    ),
  read(tree, out) {
    if (tree.kind !== 'map') return out.error(tree, undefined, 'expected an object');
    for (const { key, node } of tree.entries) out.add([key], undefined, node);
  },
};
