// The error a metric file that cannot be read gives: every problem, located.
import type { Problem } from '../result.js';

/** A metric file that cannot be read at all; `problems` locate each reason. */
export class MetricFileError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'MetricFileError';
  }
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line].filter((x) => x !== undefined).join(':');
  const key = p.key !== undefined ? `key '${p.key}': ` : '';
  return `${where ? where + ': ' : ''}${key}${p.message}`;
}
