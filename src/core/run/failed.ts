// The result of a check that threw instead of returning one: status `error`, with the message, so
// one broken check never stops the others, their result files or the report (and never passes).
import { newResult, type Kind, type Result, type ResultContext } from '../result.js';

export interface FailedCheck {
  kind: Kind;
  id: string;
  title?: string;
  /** The file the check was reading, when the config names one (schema or candidate metrics). */
  file: string;
}

function detailsOf(check: FailedCheck, maxInvalidRows: string): Record<string, unknown> {
  return check.kind === 'validate'
    ? {
        schemaFile: check.file,
        rows: 0,
        invalidRows: 0,
        invalidShare: 0,
        threshold: { maxInvalidRows },
        files: [],
        groups: [],
      }
    : { candidate: { path: check.file }, baseline: { source: 'none' }, metrics: [] };
}

export function failedResult(
  check: FailedCheck,
  err: unknown,
  context: ResultContext,
  maxInvalidRows = '0',
): Result {
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
  return newResult({
    kind: check.kind,
    id: check.id,
    title: (check.title ?? check.id).slice(0, 200),
    status: 'error',
    summary: `the check could not run: ${message}`,
    context,
    errors: [{ message }],
    details: detailsOf(check, maxInvalidRows),
  });
}
