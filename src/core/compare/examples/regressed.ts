// Which examples went from right to wrong: for a metric that is a mean of 0/1 scores (accuracy
// from a `correct` column), the ids whose baseline score was the better value and whose candidate
// score is the worse one. Reviewers read these to see what a regression looks like; the result
// file keeps the whole list, the report shows a few.
import type { ExampleTable, RawValue } from './load.js';
import { clip } from './load.js';
import type { Direction, RegressedExamples } from '../types.js';

/** Longest text kept per example (the text column is for a glance, not the whole document). */
export const TEXT_MAX = 200;

export interface PairedScores {
  /** Candidate and baseline scores over the aligned examples, each 0 or 1. */
  c: Float64Array;
  b: Float64Array;
  /** Row of each aligned example in the candidate / baseline table. */
  cRows: Int32Array;
  bRows: Int32Array;
}

function textOf(value: RawValue): string {
  if (value === null || value === undefined) return '';
  return clip(typeof value === 'string' ? value : JSON.stringify(value), TEXT_MAX);
}

export function regressedExamples(
  metric: { name: string; direction: Direction },
  scores: PairedScores,
  candidate: ExampleTable,
  baseline: ExampleTable,
  textColumn?: string,
): RegressedExamples {
  const right = metric.direction === 'lower' ? 0 : 1;
  const ids: string[] = [];
  const texts: string[] = [];
  const cText = textColumn ? candidate.columns.get(textColumn) : undefined;
  const bText = textColumn ? baseline.columns.get(textColumn) : undefined;
  let improved = 0;
  for (let i = 0; i < scores.c.length; i++) {
    const wasRight = scores.b[i] === right;
    const isRight = scores.c[i] === right;
    if (!wasRight && isRight) improved++;
    if (!wasRight || isRight) continue;
    ids.push(candidate.ids[scores.cRows[i]!]!);
    if (textColumn) texts.push(textOf(cText?.[scores.cRows[i]!] ?? bText?.[scores.bRows[i]!]));
  }
  return {
    metric: metric.name,
    count: ids.length,
    improved,
    ids,
    ...(textColumn ? { textColumn, text: texts } : {}),
  };
}
