// The named per-example readers, tried in this order when a file's format is detected by
// content. Adding a tool = one module + one line here.
import type { ExampleReader } from './types.js';
import { lmEvalSamples } from './lm-eval-samples.js';
import { promptfooOutput } from './promptfoo.js';
import { inspectJson } from './inspect-json.js';
import { inspectEval } from './inspect-eval.js';
import { openaiEvals } from './openai-evals.js';

export const EXAMPLE_READERS: readonly ExampleReader[] = [
  inspectEval,
  inspectJson,
  promptfooOutput,
  openaiEvals,
  lmEvalSamples,
];

export function readerFor(format: string): ExampleReader | undefined {
  return EXAMPLE_READERS.find((r) => r.format === format);
}

export type { ExampleReader, ExampleRecord, ReaderOutput, Sniffed } from './types.js';
