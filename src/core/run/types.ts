// Shapes of the pipeline: what it reports while it runs and what it hands back.
import type { GateDecision } from '../gate/decide.js';
import type { ReportEntry } from '../report/entry.js';
import type { Kind, Result } from '../result.js';
import type { ValidateProgress } from '../validate/types.js';

/** Progress of a run, in order: one `check` per entry, `validate-*` while data is read, `result` once written. */
export type RunEvent =
  | { type: 'check'; kind: Kind; id: string; index: number; total: number }
  | { type: 'validate-start'; id: string; files: number; bytes: number; threads: number }
  | { type: 'validate-progress'; id: string; progress: ValidateProgress }
  | { type: 'result'; kind: Kind; id: string; path: string; result: Result };

/** One check the config names and the result file it wrote. */
export interface CheckOutcome {
  kind: Kind;
  id: string;
  /** The result file, relative to the workspace root (as reports show it). */
  path: string;
  /** The same file, absolute. */
  absPath: string;
  result: Result;
  /** The entry's own limit on line annotations, when it sets one. */
  maxAnnotations?: number;
}

/** The report and gate settings: the config's, with the adapter's overrides applied. */
export interface RunSettings {
  reportId: string;
  statusContext: string;
  comment: 'always' | 'on-failure' | 'never';
  status: boolean;
  history: boolean;
  summary: boolean;
  maxCommentChars?: number;
  /** Login whose comments are the report's; unset or empty: detected from the token. */
  commentAuthor?: string;
  failOn: 'fail' | 'warn';
  /** Empty: no label overrides the gate. */
  overrideLabel: string;
  /** commit: an override covers the head commit it was applied on; pr: the whole PR. */
  overrideScope: 'commit' | 'pr';
  /** How a check that could not evaluate counts in the verdict. */
  errorIs: 'fail' | 'warn';
  /** Create a check run too (an action input only: the config has no such key). */
  checkRun?: boolean;
  /** The check run's name; empty: `modelgate report`, or `modelgate report (<id>)`. */
  checkRunName?: string;
}

export interface RunOutcome {
  checks: CheckOutcome[];
  /** The written results as the report and gate read them. */
  entries: ReportEntry[];
  settings: RunSettings;
  /** The verdict without an override label: labels exist only on GitHub. */
  decision: GateDecision;
  /** The Markdown report, as the PR comment shows it (no size limit). */
  markdown: string;
}
