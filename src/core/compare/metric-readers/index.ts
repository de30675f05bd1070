// The metric-file readers, most specific first: the first whose detect() accepts a file reads it
// (`format:` in the config names one instead). A new tool = one module + one line here.
import type { MetricReader } from './reader.js';
import { genericReader } from './generic.js';
import { lmEvalReader } from './lm-eval.js';
import { inspectReader } from './inspect.js';
import { promptfooReader } from './promptfoo.js';
import { hfEvaluateReader } from './hf-evaluate.js';
import { hfTrainerReader } from './hf-trainer.js';
import { sklearnReportReader } from './sklearn.js';

export type { MetricReader } from './reader.js';

export const METRIC_READERS: readonly MetricReader[] = [
  lmEvalReader,
  inspectReader,
  promptfooReader,
  hfEvaluateReader,
  sklearnReportReader,
  hfTrainerReader,
  genericReader,
];

/** `format:` values: every reader's name, plus mlflow (a run folder, read by metrics-file.ts). */
export const METRIC_FORMATS = ['auto', ...METRIC_READERS.map((r) => r.format), 'mlflow'];

export function readerByFormat(format: string): MetricReader | undefined {
  return METRIC_READERS.find((r) => r.format === format);
}
