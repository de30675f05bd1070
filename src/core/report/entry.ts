// One result file as report and gate see it: a result, or why it cannot be one.
import type { Result, ResultContext } from '../result.js';

export type ReportEntry =
  | { ok: true; path: string; result: Result }
  | {
      ok: false;
      path: string;
      error: string;
      /** A refused result's own claim of PR and commit: where the refusal is reported. */
      context?: ResultContext;
    };
