// The report and gate steps as functions, shared by the report and gate actions and by the
// all-in-one action, so that one step and four steps give the same verdict, comment and status.
// The adapters only read their inputs and load the result files.
import * as core from '@actions/core';
import { info } from './log.js';
import {
  createGitHubClient,
  findSelf,
  isForbidden,
  reportMarker,
  setCommitStatus,
  stickyBodyBudget,
  MAX_COMMENT_BODY,
  upsertStickyComment,
  type GitHubClient,
} from '../github/index.js';
import {
  decideGate,
  gateBlocks,
  gateItems,
  type FailOn,
  type GateDecision,
  type GateItem,
  type OverrideEvidence,
} from '../core/gate/decide.js';
import { gateSummaryMarkdown } from '../core/gate/summary.js';
import { esc, truncate } from '../core/report/escape.js';
import { ICON } from '../core/report/format.js';
import type { ReportEntry } from '../core/report/load.js';
import { renderReport, SUMMARY_LIMIT } from '../core/report/render.js';
import { applyErrorIs } from '../core/run/settings.js';
import { VERSION } from '../version.js';
import { annotateError, finishAnnotations } from './annotate.js';
import type { RunnerContext } from './context.js';
import {
  overrideEvidence,
  permissionHelp,
  resolveTarget,
  statusState,
  GITHUB_LOG,
  type Target,
} from './report-gate.js';

export interface ReportSettings {
  reportId: string;
  comment: boolean;
  status: boolean;
  history: boolean;
  statusContext: string;
  failOn: FailOn;
  /** Empty: no override label. */
  overrideLabel: string;
  token: string;
  /** Write the full report to the job summary. Default true. */
  summary?: boolean;
  /** Upper bound on the whole comment, marker included (config report.max_comment_chars). */
  maxCommentChars?: number;
  /** How `error` results count (config gate.error_is). Default fail. */
  errorIs?: 'fail' | 'warn';
  /**
   * Login whose comments are ours when the token cannot say (another GitHub App's installation
   * token, e.g. `my-app[bot]`). Empty: detected, github-actions[bot] for an installation token.
   */
  commentAuthor?: string;
}

export interface GateSettings {
  failOn: FailOn;
  overrideLabel: string;
  token: string;
  errorIs?: 'fail' | 'warn';
  /** Write the gate's table to the job summary. Default true. */
  summary?: boolean;
}

export interface ReportOutcome {
  decision: GateDecision;
  commentUrl?: string;
}

/** A GitHub login, optionally an app's bot: what the config schema's comment_author allows. */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;

function clientFor(ctx: RunnerContext, token: string): GitHubClient | undefined {
  return token && ctx.repo
    ? createGitHubClient({ token, baseUrl: ctx.apiUrl, log: GITHUB_LOG })
    : undefined;
}

function itemsOf(entries: ReportEntry[], errorIs: 'fail' | 'warn' | undefined): GateItem[] {
  return applyErrorIs(gateItems(entries), errorIs ?? 'fail');
}

/**
 * The report step: job summary, sticky comment and commit status. Sets the outputs `verdict` and
 * `comment-url`. Throws when the results must not be published (a workflow_run whose result files
 * do not match the triggering run); a missing permission is a warning.
 */
export async function publishReport(
  ctx: RunnerContext,
  entries: ReportEntry[],
  s: ReportSettings,
): Promise<ReportOutcome> {
  reportMarker(s.reportId); // throws a clear error for an id that cannot be a marker
  if (s.commentAuthor && !LOGIN.test(s.commentAuthor)) {
    throw new Error(
      `comment-author must be a GitHub login such as my-app[bot], got '${truncate(s.commentAuthor, 60)}'`,
    );
  }
  for (const e of entries) if (!e.ok) core.warning(e.error);

  const client = clientFor(ctx, s.token);
  const target = await resolveTarget(ctx, entries, client);
  for (const note of target.notes) core.warning(note);

  const items = itemsOf(entries, s.errorIs);
  const override =
    s.overrideLabel && gateBlocks(items, s.failOn) && !target.refused
      ? await overrideEvidence(client, target, s.overrideLabel)
      : undefined;
  const decision = decideGate({ items, failOn: s.failOn, override });
  const title = s.reportId === 'modelgate' ? 'modelgate' : `modelgate (${s.reportId})`;
  const footer = { commit: target.sha, runUrl: ctx.runUrl, version: VERSION };

  // The job summary first: it holds the full report whatever happens to the comment.
  if (s.summary !== false || target.refused) {
    const full = renderReport(
      { entries, decision },
      {
        title,
        footer,
        unit: 'bytes',
        limit: SUMMARY_LIMIT - 4096,
        fullReportHint: 'The full details are in the result files.',
      },
    );
    let summary = full.markdown;
    if (target.refused) {
      summary = `> ⛔ **Not published:** ${target.refused}. The results below come from an untrusted run and were not posted to any pull request.\n\n${summary}`;
    }
    await core.summary.addRaw(summary).write();
  }
  core.setOutput('verdict', decision.verdict);
  if (target.refused) throw new Error(`refusing to publish the report: ${target.refused}`);

  const hint = ctx.runUrl
    ? `The full report is in the [job summary](${ctx.runUrl}); the result files are in the run's artifacts if the workflow uploads them.`
    : 'The full report is in the job summary of this run.';
  const budget = stickyBodyBudget(s.reportId);
  const limit =
    s.maxCommentChars === undefined
      ? budget
      : Math.min(budget, budget - (MAX_COMMENT_BODY - s.maxCommentChars));
  const commentBody = renderReport(
    { entries, decision },
    { title, footer, unit: 'chars', limit, fullReportHint: hint },
  );
  if (commentBody.level > 0) {
    info(
      `The comment was shortened to ${commentBody.markdown.length} characters (level ${commentBody.level}).`,
    );
  }

  const outcome: ReportOutcome = { decision };
  if (s.comment && target.pr && client && target.owner && target.repo) {
    try {
      const res = await upsertStickyComment(client, {
        owner: target.owner,
        repo: target.repo,
        issueNumber: target.pr,
        reportId: s.reportId,
        body: commentBody.markdown,
        history: s.history,
        ...(s.commentAuthor
          ? { self: await findSelf(client, { installationLogin: s.commentAuthor }) }
          : {}),
      });
      outcome.commentUrl = res.url;
      core.setOutput('comment-url', res.url);
      info(`${res.action === 'created' ? 'Created' : 'Updated'} the report comment: ${res.url}`);
    } catch (err) {
      if (!isForbidden(err)) throw err;
      core.warning(permissionHelp('comment', err, target.fork));
    }
  } else if (s.comment) {
    info(
      !target.pr
        ? 'No pull request in this event: no comment, the report is in the job summary.'
        : 'No github-token: no comment, the report is in the job summary.',
    );
  }

  if (s.status && target.sha && client && target.owner && target.repo) {
    try {
      await setCommitStatus(client, {
        owner: target.owner,
        repo: target.repo,
        sha: target.sha,
        state: statusState(decision),
        context: s.statusContext,
        // GitHub allows 140; stay under it.
        description: truncate(`${decision.verdict}: ${decision.reason}`, 139),
        targetUrl: ctx.runUrl,
      });
    } catch (err) {
      if (!isForbidden(err)) throw err;
      core.warning(permissionHelp('status', err, target.fork));
    }
  }
  warnAboutOverride(decision, override);
  return outcome;
}

function warnAboutOverride(decision: GateDecision, evidence: OverrideEvidence | undefined): void {
  const o = decision.override;
  if (o?.accepted) core.warning(`modelgate: ${o.message}`);
  else if (o && o.message && (o.actor || evidence?.error)) core.warning(`modelgate: ${o.message}`);
}

/**
 * The gate step: decides, sets the outputs `verdict`, `failed`, `warned`, `reason` (and
 * `override-by`, `override-at` after an accepted override), and fails the step when it blocks.
 */
export async function applyGate(
  ctx: RunnerContext,
  entries: ReportEntry[],
  s: GateSettings,
): Promise<GateDecision> {
  for (const e of entries) if (!e.ok) annotateError(e.error);
  finishAnnotations();
  const items = itemsOf(entries, s.errorIs);

  let override: OverrideEvidence | undefined;
  if (s.overrideLabel && gateBlocks(items, s.failOn)) {
    const client = clientFor(ctx, s.token);
    const target: Target = await resolveTarget(ctx, entries, client);
    override = target.refused
      ? { label: s.overrideLabel, present: false, error: target.refused }
      : await overrideEvidence(client, target, s.overrideLabel);
  }
  const decision = decideGate({ items, failOn: s.failOn, override });

  core.setOutput('verdict', decision.verdict);
  core.setOutput('failed', String(decision.failed));
  core.setOutput('warned', String(decision.warned));
  core.setOutput('reason', decision.reason);
  if (decision.override?.accepted) {
    core.setOutput('override-by', decision.override.actor ?? '');
    core.setOutput('override-at', decision.override.at ?? '');
  }

  const lines = [
    `### ${ICON[decision.verdict]} modelgate gate: ${decision.verdict} · ${esc(decision.reason)}`,
  ];
  const o = decision.override;
  if (o?.accepted) {
    lines.push(
      `> ${ICON.warn} **Overridden** by ${esc(o.actor)} at ${esc(o.at)} with label ${esc(o.label)}: the failure is accepted, not fixed.`,
    );
    core.warning(`modelgate gate: ${o.message}`);
  } else if (o && (o.actor || override?.error)) {
    lines.push(`> ${ICON.warn} **Override ignored.** ${esc(o.message)}.`);
    core.warning(`modelgate gate: ${o.message}`);
  }
  // The gate writes nothing else to this step's summary; keep the report's margin all the same.
  if (s.summary !== false)
    await core.summary.addRaw(gateSummaryMarkdown(lines, entries, SUMMARY_LIMIT - 4096)).write();

  if (decision.failed) core.setFailed(`modelgate gate: ${decision.reason}`);
  else info(`modelgate gate: ${decision.verdict}: ${decision.reason}`);
  return decision;
}
