// The report and gate steps, shared by the report and gate actions and by the all-in-one action.
// Each step resolves where to publish, asks GitHub about the override label at most once, lets
// the core plan everything (src/core/publish/plan.ts) and carries the plan out through small
// channels: job summary, outputs, sticky comment, commit status, step outcome. The status is set
// whatever happened to the comment, and the step fails when either could not be written.
import * as core from '@actions/core';
import { info } from './log.js';
import {
  createCheckRun,
  createGitHubClient,
  findSelf,
  identityFromToken,
  isForbidden,
  reportMarker,
  setCommitStatus,
  stickyBodyBudget,
  MAX_COMMENT_BODY,
  upsertStickyComment,
  type GitHubClient,
  type SelfIdentity,
} from '../github/index.js';
import type { RunSettings } from '../core/run/types.js';
import {
  needsOverrideEvidence,
  planConfigError,
  planPublish,
  publishSettings,
  statusWithCommentFailure,
  type PublishPlan,
  type PublishRole,
  type StatusPlan,
} from '../core/publish/plan.js';
import { type CheckRunPlan, type ConfigProblemAt } from '../core/publish/check-run.js';
import { truncate } from '../core/report/escape.js';
import type { ReportEntry } from '../core/report/load.js';
import type { RulesOutcome } from '../core/config/rules-from.js';
import { VERSION } from '../version.js';
import { annotateError, finishAnnotations } from './annotate.js';
import { splitRepo, type RunnerContext } from './context.js';
import {
  overrideEvidence,
  permissionHelp,
  resolveTarget,
  GITHUB_LOG,
  type Target,
} from './report-gate.js';

/**
 * The report and gate settings (the all-in-one action's come from the config and its inputs, the
 * report and gate actions' from their inputs alone), plus what a step adds: its role and token.
 */
export interface StepSettings extends RunSettings {
  role: PublishRole;
  token: string;
  /** The pull request's changes to the gate's rules, shown beside the base commit's. */
  rules?: RulesOutcome;
}

/** A GitHub login, optionally an app's bot: what the config schema's comment_author allows. */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;

export function clientFor(ctx: RunnerContext, token: string): GitHubClient | undefined {
  return token && ctx.repo
    ? createGitHubClient({ token, baseUrl: ctx.apiUrl, log: GITHUB_LOG })
    : undefined;
}

/** The comment's Markdown budget: GitHub's limit minus the marker, or the configured bound. */
function commentLimit(s: StepSettings): number {
  const budget = stickyBodyBudget(s.reportId);
  return s.maxCommentChars === undefined
    ? budget
    : Math.min(budget, budget - (MAX_COMMENT_BODY - s.maxCommentChars));
}

function checkSettings(s: StepSettings): void {
  if (s.role === 'gate') return;
  reportMarker(s.reportId); // throws a clear error for an id that cannot be a marker
  if (s.commentAuthor && !LOGIN.test(s.commentAuthor)) {
    throw new Error(
      `comment-author must be a GitHub login such as my-app[bot], got '${truncate(s.commentAuthor, 60)}'`,
    );
  }
}

/**
 * The report and/or gate step (by `s.role`): plans once, then writes the job summary, the
 * outputs, the comment and the status, and fails the step when the plan or a channel says so.
 */
export async function publishStep(
  ctx: RunnerContext,
  entries: ReportEntry[],
  s: StepSettings,
): Promise<PublishPlan> {
  checkSettings(s);
  const client = clientFor(ctx, s.token);
  const target = await resolveTarget(ctx, entries, client);
  const settings = publishSettings(s, s.role, commentLimit(s));
  const override = needsOverrideEvidence(entries, settings)
    ? await overrideEvidence(ctx, client, target, s.overrideLabel, s.overrideScope)
    : undefined;
  const plan = planPublish({
    entries,
    settings,
    target,
    override,
    runUrl: ctx.runUrl,
    version: VERSION,
    ...(s.rules ? { rules: s.rules } : {}),
  });
  await carryOut(ctx, plan, { entries, target, client, s });
  return plan;
}

interface Channels {
  entries: ReportEntry[];
  target: Target;
  client: GitHubClient | undefined;
  s: StepSettings;
}

async function carryOut(ctx: RunnerContext, plan: PublishPlan, ch: Channels): Promise<void> {
  // A result that cannot be read, or whose status its evidence refutes, is an error in every role.
  for (const e of ch.entries) if (!e.ok) annotateError(e.error);
  finishAnnotations();
  for (const w of plan.warnings) core.warning(w);
  // The job summary first: it holds the full report whatever happens to the comment.
  if (plan.summary !== undefined) await core.summary.addRaw(plan.summary).write();
  for (const [name, value] of Object.entries(plan.outputs)) core.setOutput(name, value);
  if (ch.target.refused && ch.s.role !== 'gate') {
    core.setFailed(plan.failure ?? `refusing to publish the report: ${ch.target.refused}`);
    return;
  }
  const problems: string[] = [];
  const commentProblem = await writeComment(plan, ch);
  if (commentProblem) problems.push(commentProblem);
  const status =
    plan.status && commentProblem ? statusWithCommentFailure(plan.status) : plan.status;
  const statusProblem = status ? await writeStatus(ctx, status, ch) : undefined;
  if (statusProblem) problems.push(statusProblem);
  const checkProblem = plan.checkRun ? await writeCheckRun(ctx, plan.checkRun, ch) : undefined;
  if (checkProblem) problems.push(checkProblem);

  if (plan.failure) problems.push(plan.failure);
  if (problems.length) core.setFailed(problems.join('\n'));
  else if (ch.s.role !== 'report')
    info(`modelgate gate: ${plan.decision.verdict}: ${plan.decision.reason}`);
}

async function identity(client: GitHubClient, s: StepSettings): Promise<SelfIdentity | undefined> {
  const known = identityFromToken(s.token, s.commentAuthor || undefined);
  if (known) return known;
  return s.commentAuthor ? findSelf(client, { installationLogin: s.commentAuthor }) : undefined;
}

/** Undefined when written or deliberately skipped; else what went wrong (a 403 is a warning). */
async function writeComment(plan: PublishPlan, ch: Channels): Promise<string | undefined> {
  const c = plan.comment;
  const { target, client, s } = ch;
  if (c.action === 'none') {
    if (c.why) info(`No PR comment: ${c.why}.`);
    return undefined;
  }
  if (!target.pr || !client || !target.owner || !target.repo) {
    info(
      !target.pr
        ? 'No pull request in this event: no comment, the report is in the job summary.'
        : 'No github-token: no comment, the report is in the job summary.',
    );
    return undefined;
  }
  if (c.shortened > 0) {
    info(`The comment was shortened to ${c.body.length} characters (level ${c.shortened}).`);
  }
  try {
    const self = await identity(client, s);
    const res = await upsertStickyComment(client, {
      owner: target.owner,
      repo: target.repo,
      issueNumber: target.pr,
      reportId: s.reportId,
      body: c.body,
      history: s.history,
      create: c.action === 'post',
      ...(self ? { self } : {}),
    });
    for (const w of res.warnings) core.warning(w);
    if (res.deleted > 0) info(`Deleted ${res.deleted} duplicate report comment(s).`);
    if (res.url) {
      core.setOutput('comment-url', res.url);
      info(`${res.action === 'created' ? 'Created' : 'Updated'} the report comment: ${res.url}`);
    } else {
      info('The gate passes and no earlier report comment exists: nothing to comment.');
    }
    return undefined;
  } catch (err) {
    if (!isForbidden(err)) return (err as Error).message;
    core.warning(permissionHelp('comment', err, target.fork));
    return undefined;
  }
}

async function writeStatus(
  ctx: RunnerContext,
  status: StatusPlan,
  {
    target,
    client,
    s,
  }: {
    target: Target;
    client: GitHubClient | undefined;
    s: { statusContext: string };
  },
): Promise<string | undefined> {
  if (!client || !target.sha || !target.owner || !target.repo) return undefined;
  try {
    await setCommitStatus(client, {
      owner: target.owner,
      repo: target.repo,
      sha: target.sha,
      state: status.state,
      context: s.statusContext,
      description: status.description,
      targetUrl: ctx.runUrl,
    });
    return undefined;
  } catch (err) {
    if (!isForbidden(err)) return (err as Error).message;
    core.warning(permissionHelp('status', err, target.fork));
    return undefined;
  }
}

/** Undefined when created (or forbidden: a warning, as for the other channels); else the error. */
async function writeCheckRun(
  ctx: RunnerContext,
  run: CheckRunPlan,
  { target, client }: Pick<Channels, 'target' | 'client'>,
): Promise<string | undefined> {
  if (!client || !target.owner || !target.repo) return undefined;
  try {
    const res = await createCheckRun(client, {
      owner: target.owner,
      repo: target.repo,
      name: run.name,
      headSha: run.headSha,
      conclusion: run.conclusion,
      title: run.title,
      summary: run.summary,
      annotations: run.annotations,
      ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
    });
    info(
      `Created the check run '${run.name}' with ${run.annotations.length} annotation(s) in ${res.requests} request(s): ${res.url}`,
    );
    return undefined;
  } catch (err) {
    if (!isForbidden(err)) return (err as Error).message;
    core.warning(permissionHelp('check-run', err, target.fork));
    return undefined;
  }
}

/**
 * The config could not be read, so nothing ran: the outputs say error and the commit status is
 * set to `error` saying where to look, so a required check never waits forever. Fails the step.
 */
export async function publishConfigError(
  ctx: RunnerContext,
  message: string,
  o: {
    token: string;
    statusContext: string;
    /** Also a check run with the config's problems on their lines. */
    checkRun?: { name: string; problems: ConfigProblemAt[] } | undefined;
  },
): Promise<void> {
  const plan = planConfigError(message, ctx.sha, o.checkRun);
  for (const [name, value] of Object.entries(plan.outputs)) core.setOutput(name, value);
  const target: Target = { ...splitRepo(ctx.repo), sha: ctx.sha, fork: false, notes: [] };
  const client = clientFor(ctx, o.token);
  const problem = plan.status
    ? await writeStatus(ctx, plan.status, { target, client, s: o })
    : undefined;
  const checkProblem = plan.checkRun
    ? await writeCheckRun(ctx, plan.checkRun, { target, client })
    : undefined;
  core.setFailed([plan.failure ?? message, problem, checkProblem].filter(Boolean).join('\n'));
}
