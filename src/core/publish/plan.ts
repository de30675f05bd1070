// The publish plan: everything the report and gate steps will do, decided once and without I/O.
// Results, settings, where to publish and the override label's evidence go in; the decision, the
// comment and job-summary Markdown, the commit status, the step outputs and the messages come out.
// The adapters (root action, report and gate actions, CLI) only carry the plan out, channel by
// channel, so comment, status, outputs and step outcome can never disagree.
import type { RulesOutcome } from '../config/rules-from.js';
import {
  decideGate,
  gateBlocks,
  gateItems,
  type FailOn,
  type GateDecision,
  type OverrideEvidence,
  type OverrideScope,
} from '../gate/decide.js';
import { gateSummaryMarkdown } from '../gate/summary.js';
import { esc, truncate } from '../report/escape.js';
import { ICON } from '../conventions/format.js';
import type { ReportEntry } from '../report/entry.js';
import { renderReport, SUMMARY_LIMIT } from '../report/render.js';
import { applyErrorIs } from '../run/settings.js';
import type { RunSettings } from '../run/types.js';
import {
  defaultCheckRunName,
  planCheckRun,
  planConfigCheckRun,
  type CheckRunPlan,
  type ConfigProblemAt,
} from './check-run.js';

/** `on-failure`: comment only while the gate fails; a comment left from a failure is edited to say it passes now. */
export type CommentMode = 'always' | 'on-failure' | 'never';
/** `report` publishes (comment, status, summary), `gate` decides the step's outcome, `all` does both. */
export type PublishRole = 'report' | 'gate' | 'all';
export type CommitState = 'success' | 'failure' | 'error';

export const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-failure', 'never'];
export const OVERRIDE_SCOPES: readonly OverrideScope[] = ['commit', 'pr'];
/** GitHub allows 140 characters in a status description; stay under it. */
const STATUS_DESCRIPTION_MAX = 139;
/** Room left in the 1 MiB job summary for whatever else the step writes there. */
const SUMMARY_MARGIN = 4096;

export interface PublishSettings {
  role: PublishRole;
  reportId: string;
  comment: CommentMode;
  status: boolean;
  statusContext: string;
  failOn: FailOn;
  errorIs: 'fail' | 'warn';
  /** Empty: no override label. */
  overrideLabel: string;
  overrideScope: OverrideScope;
  /** Write the report (role report/all) or the gate table (role gate) to the job summary. */
  summary: boolean;
  /** Most characters the comment's Markdown may have (GitHub's limit minus the marker, or less). */
  commentLimit: number;
  /** Name of the check run to create on the target commit; undefined: no check run. */
  checkRunName?: string;
}

/** Where the results go: the pull request and its head commit, or why they must not be published. */
export interface PublishTarget {
  pr?: number;
  sha?: string;
  refused?: string;
  /** Doubts worth a warning (stale result files). */
  notes: string[];
}

export interface PublishInput {
  entries: ReportEntry[];
  settings: PublishSettings;
  target: PublishTarget;
  /** Gathered by the adapter when needsOverrideEvidence() says so, and only then. */
  override?: OverrideEvidence;
  runUrl?: string;
  version: string;
  /** The pull request's changes to the gate's rules, shown beside the base commit's. */
  rules?: RulesOutcome;
  /** Where a shortened comment points to; default: the run's job summary. */
  fullReportHint?: string;
}

/** `post`: create or update the sticky comment; `edit-existing`: update it only if there is one. */
export type CommentPlan =
  | { action: 'post' | 'edit-existing'; body: string; shortened: number }
  | { action: 'none'; why?: string };

export interface StatusPlan {
  state: CommitState;
  description: string;
}

export interface PublishPlan {
  decision: GateDecision;
  /** Job summary Markdown; undefined: write none. */
  summary?: string;
  comment: CommentPlan;
  /** Undefined: no status (switched off, no commit, or refused). */
  status?: StatusPlan;
  /** Undefined: no check run (not asked for, no commit, or refused). */
  checkRun?: CheckRunPlan;
  outputs: Record<string, string>;
  warnings: string[];
  /** Why the step fails (refused target, or the gate blocks in the gate and all roles). */
  failure?: string;
}

function itemsOf(entries: ReportEntry[], errorIs: 'fail' | 'warn') {
  return applyErrorIs(gateItems(entries), errorIs);
}

/** The settings of a step outside GitHub (the CLI): no comment target, status or label. */
export function localSettings(
  role: PublishRole,
  o: { failOn: FailOn; errorIs?: 'fail' | 'warn'; commentLimit?: number },
): PublishSettings {
  return {
    role,
    reportId: 'modelgate',
    comment: 'always',
    status: false,
    statusContext: 'modelgate',
    failOn: o.failOn,
    errorIs: o.errorIs ?? 'fail',
    overrideLabel: '',
    overrideScope: 'commit',
    summary: false,
    commentLimit: o.commentLimit ?? Infinity,
  };
}

/**
 * What the plan needs of the report and gate settings, for one role. `commentLimit`: the comment's
 * Markdown budget (GitHub's limit minus the marker, or the configured bound).
 */
export function publishSettings(
  s: RunSettings,
  role: PublishRole,
  commentLimit: number,
): PublishSettings {
  return {
    role,
    reportId: s.reportId,
    comment: s.comment,
    status: s.status,
    statusContext: s.statusContext,
    failOn: s.failOn,
    errorIs: s.errorIs,
    overrideLabel: s.overrideLabel,
    overrideScope: s.overrideScope,
    summary: s.summary,
    commentLimit,
    ...(s.checkRun ? { checkRunName: s.checkRunName || defaultCheckRunName(s.reportId) } : {}),
  };
}

/** Whether the adapter must ask GitHub about the override label: configured and the gate blocks. */
export function needsOverrideEvidence(entries: ReportEntry[], s: PublishSettings): boolean {
  return s.overrideLabel !== '' && gateBlocks(itemsOf(entries, s.errorIs), s.failOn);
}

/** `modelgate` for the default report id, `modelgate (<id>)` otherwise. */
export function reportTitle(reportId: string): string {
  return reportId === 'modelgate' ? 'modelgate' : `modelgate (${reportId})`;
}

export function planPublish(input: PublishInput): PublishPlan {
  const { entries, settings: s, target } = input;
  const decision = decideGate({
    items: itemsOf(entries, s.errorIs),
    failOn: s.failOn,
    override: input.override,
  });
  const publishes = s.role !== 'gate';
  // Unreadable or refused result files are errors, annotated by the adapter, not warnings.
  const warnings = [
    ...(publishes ? target.notes : []),
    ...overrideWarnings(decision, input.override),
  ];
  let failure: string | undefined;
  if (publishes && target.refused) failure = `refusing to publish the report: ${target.refused}`;
  else if (s.role !== 'report' && decision.failed) failure = `modelgate gate: ${decision.reason}`;
  return {
    decision,
    summary: summaryOf(input, decision),
    comment: publishes ? commentOf(input, decision) : { action: 'none' },
    status: publishes && s.status && target.sha && !target.refused ? statusOf(decision) : undefined,
    checkRun: publishes ? checkRunOf(input, decision) : undefined,
    outputs: outputsOf(s.role, decision),
    warnings,
    failure,
  };
}

function overrideWarnings(
  decision: GateDecision,
  evidence: OverrideEvidence | undefined,
): string[] {
  const o = decision.override;
  if (!o) return [];
  if (o.accepted || (o.message && (o.actor || evidence?.error))) return [`modelgate: ${o.message}`];
  return [];
}

function statusOf(decision: GateDecision): StatusPlan {
  const state: CommitState = !decision.failed
    ? 'success'
    : decision.verdict === 'error'
      ? 'error'
      : 'failure';
  return {
    state,
    description: truncate(`${decision.verdict}: ${decision.reason}`, STATUS_DESCRIPTION_MAX),
  };
}

/** The status after the comment could not be written: the same state, saying where to look. */
export function statusWithCommentFailure(status: StatusPlan): StatusPlan {
  const note = ' (PR comment failed: see the job log)';
  return {
    state: status.state,
    description: truncate(status.description, STATUS_DESCRIPTION_MAX - note.length) + note,
  };
}

/**
 * The plan when the config cannot be read: nothing ran, the status says where to look, and the
 * check run (when one is asked for by name) annotates the config's problems.
 */
export function planConfigError(
  message: string,
  sha: string | undefined,
  checkRun?: { name: string; problems: ConfigProblemAt[] },
): PublishPlan {
  const decision = decideGate({ items: [], failOn: 'fail' });
  const reason = truncate(message, 300);
  return {
    decision: { ...decision, reason },
    comment: { action: 'none' },
    status: sha
      ? {
          state: 'error',
          description: truncate(
            `config error: ${reason}; see the job log annotations`,
            STATUS_DESCRIPTION_MAX,
          ),
        }
      : undefined,
    ...(checkRun && sha
      ? { checkRun: planConfigCheckRun({ ...checkRun, headSha: sha, message: reason }) }
      : {}),
    outputs: { passed: 'false', failed: 'true', verdict: 'error', reason },
    warnings: [],
    failure: message,
  };
}

function outputsOf(role: PublishRole, d: GateDecision): Record<string, string> {
  const out: Record<string, string> = {};
  const output = (name: string, value: string) => (out[name] = value);
  output('verdict', d.verdict);
  if (role === 'report') return out;
  output('failed', String(d.failed));
  output('warned', String(d.warned));
  output('reason', d.reason);
  if (role === 'all') output('passed', String(!d.failed));
  if (d.override?.accepted) {
    output('override-by', d.override.actor ?? '');
    output('override-at', d.override.at ?? '');
  }
  return out;
}

function footerOf(input: PublishInput) {
  return { commit: input.target.sha, runUrl: input.runUrl, version: input.version };
}

function summaryOf(input: PublishInput, decision: GateDecision): string | undefined {
  const { settings: s, target, entries } = input;
  if (s.role === 'gate') {
    return s.summary
      ? gateSummaryMarkdown(
          gateLines(decision, input.override),
          entries,
          SUMMARY_LIMIT - SUMMARY_MARGIN,
        )
      : undefined;
  }
  // A refused run still shows its results here: the summary is private to the run.
  if (!s.summary && !target.refused) return undefined;
  const full = renderReport(
    { entries, decision, rules: input.rules },
    {
      title: reportTitle(s.reportId),
      footer: footerOf(input),
      unit: 'bytes',
      limit: SUMMARY_LIMIT - SUMMARY_MARGIN,
      fullReportHint: 'The full details are in the result files.',
    },
  ).markdown;
  return target.refused
    ? `> ⛔ **Not published:** ${target.refused}. The results below come from an untrusted run and were not posted to any pull request.\n\n${full}`
    : full;
}

/** The gate step's verdict line and, when an override was looked at, what came of it. */
function gateLines(decision: GateDecision, evidence: OverrideEvidence | undefined): string[] {
  const lines = [
    `### ${ICON[decision.verdict]} modelgate gate: ${decision.verdict} · ${esc(decision.reason)}`,
  ];
  const o = decision.override;
  if (o?.accepted) {
    lines.push(
      `> ${ICON.warn} **Overridden** by ${esc(o.actor)} at ${esc(o.at)} with label ${esc(o.label)}: the failure is accepted, not fixed.`,
    );
  } else if (o && (o.actor || evidence?.error)) {
    lines.push(`> ${ICON.warn} **Override ignored.** ${esc(o.message)}.`);
  }
  return lines;
}

/** On the commit the status goes to, with the comment's report as its summary. */
function checkRunOf(input: PublishInput, decision: GateDecision): CheckRunPlan | undefined {
  const { settings: s, target } = input;
  if (s.checkRunName === undefined || !target.sha || target.refused) return undefined;
  return planCheckRun({
    entries: input.entries,
    decision,
    name: s.checkRunName,
    headSha: target.sha,
    render: (limit) => reportMarkdown(input, decision, limit).markdown,
  });
}

/** The report for the pull request (comment, check run): `limit` characters at most. */
function reportMarkdown(input: PublishInput, decision: GateDecision, limit: number) {
  const hint =
    input.fullReportHint ??
    (input.runUrl
      ? `The full report is in the [job summary](${input.runUrl}); the result files are in the run's artifacts if the workflow uploads them.`
      : 'The full report is in the job summary of this run.');
  return renderReport(
    { entries: input.entries, decision, rules: input.rules },
    {
      title: reportTitle(input.settings.reportId),
      footer: footerOf(input),
      unit: 'chars',
      limit,
      fullReportHint: hint,
    },
  );
}

function commentOf(input: PublishInput, decision: GateDecision): CommentPlan {
  const { settings: s, target } = input;
  if (s.comment === 'never') return { action: 'none', why: 'comments are switched off' };
  if (target.refused) return { action: 'none' };
  if (s.comment === 'on-failure' && !decision.failed) {
    return { action: 'edit-existing', body: passingNowBody(input, decision), shortened: 0 };
  }
  const rendered = reportMarkdown(input, decision, s.commentLimit);
  return { action: 'post', body: rendered.markdown, shortened: rendered.level };
}

/** What an on-failure comment says once the gate passes: one line, the details in the run. */
function passingNowBody(input: PublishInput, decision: GateDecision): string {
  const title = reportTitle(input.settings.reportId);
  const commit = input.target.sha ? ` at commit \`${input.target.sha.slice(0, 7)}\`` : '';
  const where = input.runUrl
    ? `the [job summary](${input.runUrl}) has the full report`
    : 'the job summary has the full report';
  return (
    `### ${ICON[decision.verdict]} ${title}: ${decision.verdict} · ${esc(decision.reason)}\n\n` +
    `The gate passes now${commit}; this comment is only kept up to date while it fails, and ${where}.\n`
  );
}
