// The result of a check that threw instead of returning one: status `error`, with the message, so
// one broken check never stops the others, their result files or the report (and never passes).
import type { CheckKind, PlannedEntry } from '../checks/kind.js';
import { newResult, type Result, type ResultContext } from '../result.js';

export function failedResult(
  kind: CheckKind,
  entry: Pick<PlannedEntry, 'id' | 'title' | 'file'>,
  err: unknown,
  context: ResultContext,
): Result {
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
  return newResult({
    kind: kind.name,
    id: entry.id,
    title: (entry.title ?? entry.id).slice(0, 200),
    status: 'error',
    summary: `the check could not run: ${message}`,
    context,
    errors: [{ message }],
    details: kind.failedDetails(entry.file),
  });
}
