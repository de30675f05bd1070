// scikit-learn's classification_report(output_dict=True), saved as JSON: per class label and for
// `macro avg` / `weighted avg` (and `micro avg` when accuracy is not defined) an object of
// precision, recall, f1-score and support, plus a top-level `accuracy`. Names keep the keys as
// written: `macro avg.f1-score`, `setosa.recall`, `accuracy`; a class label with a dot is quoted
// (`"1.0".recall`).
import { keysOf, type MetricReader } from './reader.js';
import { childOf } from '../metric-set.js';
import { walk } from './generic.js';

const AVERAGES = ['macro avg', 'weighted avg'];
const PER_CLASS = ['precision', 'recall', 'f1-score', 'support'];

export const sklearnReportReader: MetricReader = {
  format: 'sklearn-report',
  title: 'scikit-learn classification_report(output_dict=True)',
  detect: (tree) =>
    AVERAGES.every((avg) => {
      const keys = keysOf(childOf(tree, avg));
      return PER_CLASS.every((k) => keys.has(k));
    }),
  read(tree, out) {
    if (tree.kind !== 'map') return out.error(tree, undefined, 'expected an object');
    walk([], tree, out);
  },
};
