// What the report and gate actions share: which PR and commit the results are about (checked
// against the triggering run in the two-workflow pattern), the override label's evidence, and the
// warning that explains a 403.
import { RESULTS_DIR } from '../core/conventions/paths.js';
import {
  firstStatusAt,
  getLabelAppliedBy,
  getPermission,
  isForbidden,
  listIssueLabels,
  listPullRequestsForRun,
  type GitHubClient,
  type WorkflowRunInfo,
} from '../github/index.js';
import type { OverrideEvidence, OverrideScope } from '../core/gate/decide.js';
import type { ReportEntry } from '../core/report/load.js';
import {
  claimedByResults,
  claimedCommitMismatch,
  claimedPullRequestMismatch,
} from '../core/report/target.js';
import * as core from '@actions/core';
import { info as logInfo } from './log.js';
import { splitRepo, type RunnerContext } from './context.js';

// Octokit logs every failed request at error level; the failures we expect (GET /user answering
// 403 for an installation token, a 403 we turn into a warning) would read as errors. Real ones
// are thrown and reported where they happen.
export const GITHUB_LOG = {
  debug: core.debug,
  info: logInfo,
  warn: core.warning,
  error: core.debug,
};

export interface Target {
  owner?: string;
  repo?: string;
  /** The pull request to comment on, when there is one. */
  pr?: number;
  /** The commit to put the status on: the PR head, never the merge commit. */
  sha?: string;
  /** The head repository differs from the base: the workflow token is read-only. */
  fork: boolean;
  /** Set when the results must not be published for this run. */
  refused?: string;
  /** Non-fatal doubts worth a warning. */
  notes: string[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});

/** The triggering run as the workflow_run event describes it (GitHub wrote it, not the PR). */
export function runFromPayload(payload: Obj): WorkflowRunInfo | undefined {
  const run = obj(payload.workflow_run);
  if (typeof run.id !== 'number' || typeof run.head_sha !== 'string') return undefined;
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id: run.id,
    name: typeof run.name === 'string' ? run.name : null,
    event: String(run.event ?? ''),
    status: typeof run.status === 'string' ? run.status : null,
    conclusion: typeof run.conclusion === 'string' ? run.conclusion : null,
    headSha: run.head_sha,
    headBranch: typeof run.head_branch === 'string' ? run.head_branch : null,
    headRepoFullName:
      typeof obj(run.head_repository).full_name === 'string'
        ? (obj(run.head_repository).full_name as string)
        : null,
    workflowId: typeof run.workflow_id === 'number' ? run.workflow_id : 0,
    path: String(run.path ?? ''),
    htmlUrl: String(run.html_url ?? ''),
    pullRequests: prs.map((p) => {
      const o = obj(p);
      return {
        number: Number(o.number),
        headSha: String(obj(o.head).sha ?? ''),
        headRef: String(obj(o.head).ref ?? ''),
        baseRef: String(obj(o.base).ref ?? ''),
      };
    }),
  };
}

/**
 * Where to publish. On `pull_request` the event says it. On `workflow_run` (the fork-safe second
 * workflow) the result files say it, and they came from an untrusted run: their PR and commit
 * are used only when they match the run that triggered us.
 */
export async function resolveTarget(
  ctx: RunnerContext,
  entries: ReportEntry[],
  client: GitHubClient | undefined,
): Promise<Target> {
  const { owner, repo } = splitRepo(ctx.repo);
  const base: Target = { owner, repo, fork: false, notes: [] };
  const payload = ctx.payload;

  if (ctx.eventName === 'workflow_run') {
    const run = runFromPayload(payload);
    if (!run)
      return { ...base, refused: 'the workflow_run event payload has no run id or head SHA' };
    const claimed = claimedByResults(entries);
    if (claimed.problem) return { ...base, refused: claimed.problem };
    const commitMismatch = claimedCommitMismatch(claimed, run.headSha);
    if (commitMismatch) return { ...base, refused: commitMismatch };
    let prs = run.pullRequests.filter((p) => p.headSha === run.headSha);
    if (!prs.some((p) => p.number === claimed.pr) && client && owner && repo) {
      // Runs of fork PRs list no pull requests: ask GitHub which open PRs have this head.
      prs = await listPullRequestsForRun(client, { owner, repo, run });
    }
    const prMismatch = claimedPullRequestMismatch(
      claimed,
      prs.map((p) => p.number),
      run.headSha,
    );
    if (prMismatch) return { ...base, refused: prMismatch };
    const fork = Boolean(
      run.headRepoFullName &&
      ctx.repo &&
      run.headRepoFullName.toLowerCase() !== ctx.repo.toLowerCase(),
    );
    return { ...base, pr: claimed.pr, sha: run.headSha, fork };
  }

  const pr = obj(payload.pull_request);
  if (typeof pr.number === 'number') {
    const headSha = String(obj(pr.head).sha ?? '');
    const headRepo = obj(obj(pr.head).repo).full_name;
    const baseRepo = obj(obj(pr.base).repo).full_name;
    const fork =
      typeof headRepo !== 'string' ||
      typeof baseRepo !== 'string' ||
      headRepo.toLowerCase() !== baseRepo.toLowerCase();
    const target: Target = {
      ...base,
      pr: pr.number,
      sha: /^[0-9a-f]{40}$/.test(headSha) ? headSha : undefined,
      fork,
    };
    const stale = entries.filter(
      (e) => e.ok && e.result.context.sha && target.sha && e.result.context.sha !== target.sha,
    );
    if (stale.length) {
      target.notes.push(
        `${stale.length} result file(s) were computed for another commit than the PR head ${target.sha!.slice(0, 7)}: ${stale
          .map((e) => e.path)
          .slice(0, 5)
          .join(', ')}`,
      );
    }
    return target;
  }
  // push, schedule, workflow_dispatch: no PR; the status goes on the commit that ran.
  return { ...base, sha: ctx.sha };
}

/**
 * On workflow_run, the context with the pull request of the triggering run filled in when the
 * event lists none (runs of fork pull requests): GitHub is asked which open pull request has the
 * run's head. The checks then write it into their results, as on pull_request.
 */
export async function withRunPullRequest(
  ctx: RunnerContext,
  client: GitHubClient | undefined,
): Promise<RunnerContext> {
  if (ctx.eventName !== 'workflow_run' || ctx.pr !== undefined || !client) return ctx;
  const run = runFromPayload(ctx.payload);
  const { owner, repo } = splitRepo(ctx.repo);
  if (!run || !owner || !repo) return ctx;
  const prs = await listPullRequestsForRun(client, { owner, repo, run });
  // Two open pull requests with the same head commit: which one is meant cannot be told.
  if (prs.length !== 1) return ctx;
  return { ...ctx, pr: prs[0]!.number, sha: run.headSha, headSha: run.headSha };
}

/** The pull_request payload, when it is about `pr` (GitHub wrote it when the event happened). */
function payloadPull(ctx: RunnerContext, pr: number): Obj | undefined {
  const pull = obj(ctx.payload.pull_request);
  return pull.number === pr ? pull : undefined;
}

const sameLabel = (a: unknown, b: string) =>
  typeof a === 'string' && a.toLowerCase() === b.toLowerCase();

/**
 * Whether the label is on the PR. A pull_request event carries the labels as they were when it
 * happened; with the workflow triggered on `labeled`/`unlabeled` a change starts a run of its
 * own, so no request is needed. A stale payload can only hide a label (the override is then not
 * applied), never invent one: the events are read before an override is accepted.
 */
async function labelIsOn(
  ctx: RunnerContext,
  client: GitHubClient,
  where: { owner: string; repo: string; pr: number },
  label: string,
): Promise<boolean> {
  const pull = payloadPull(ctx, where.pr);
  if (pull && Array.isArray(pull.labels)) {
    return pull.labels.some((l) => sameLabel(obj(l).name, label));
  }
  const names = await listIssueLabels(client, { ...where, issueNumber: where.pr });
  return names.some((n) => sameLabel(n, label));
}

/** This run was started by applying the label while `sha` was the head (GitHub's payload). */
function labeledOnHead(ctx: RunnerContext, label: string, sha: string | undefined): boolean {
  const pull = obj(ctx.payload.pull_request);
  return (
    ctx.payload.action === 'labeled' &&
    sameLabel(obj(ctx.payload.label).name, label) &&
    sha !== undefined &&
    obj(pull.head).sha === sha
  );
}

/**
 * Asks GitHub who applied the override label; failures become evidence.error, never a pass. The
 * events are read only when the label is on the PR; with scope `commit`, when the head commit
 * arrived is read only when the label's own event does not already tie it to the head.
 */
export async function overrideEvidence(
  ctx: RunnerContext,
  client: GitHubClient | undefined,
  target: Target,
  label: string,
  scope: OverrideScope,
): Promise<OverrideEvidence> {
  const base: OverrideEvidence = { label, present: false, scope, headSha: target.sha };
  if (target.refused) return { ...base, error: target.refused };
  if (!target.pr || !target.owner || !target.repo) {
    return { ...base, error: 'there is no pull request to read labels from' };
  }
  if (!client) return { ...base, error: 'no github-token to read the label events with' };
  const where = { owner: target.owner, repo: target.repo };
  try {
    if (!(await labelIsOn(ctx, client, { ...where, pr: target.pr }, label))) return base;
    const applied = await getLabelAppliedBy(client, { ...where, issueNumber: target.pr, label });
    if (!applied) return base;
    const evidence: OverrideEvidence = {
      ...base,
      present: applied.stillApplied,
      actor: applied.actor,
      at: applied.createdAt,
    };
    if (!applied.stillApplied) return evidence;
    const perm = await getPermission(client, { ...where, username: applied.actor });
    // Custom roles can carry write access under another name: trust the module's canWrite.
    evidence.permission =
      perm.canWrite && !['admin', 'maintain', 'write'].includes(perm.permission)
        ? 'write'
        : perm.permission;
    if (scope === 'commit' && target.sha) {
      evidence.appliedOnHead =
        labeledOnHead(ctx, label, target.sha) || applied.commitId === target.sha;
      if (!evidence.appliedOnHead) {
        evidence.headSeenAt = await firstStatusAt(client, { ...where, sha: target.sha });
      }
    }
    return evidence;
  } catch (err) {
    return { ...base, error: (err as Error).message };
  }
}

const PERMISSION_OF = {
  comment: { scope: 'pull-requests: write', action: 'write the PR comment' },
  status: { scope: 'statuses: write', action: 'set the commit status' },
  'check-run': { scope: 'checks: write', action: 'create the check run' },
} as const;

/** The warning for a 403: which `permissions:` entry is missing, or why forks need two workflows. */
export function permissionHelp(
  what: 'comment' | 'status' | 'check-run',
  err: unknown,
  fork: boolean,
): string {
  const { scope, action } = PERMISSION_OF[what];
  const detail = isForbidden(err) ? err.message : (err as Error).message;
  const lines = [`modelgate could not ${action}: ${detail}`];
  if (fork) {
    lines.push(
      'This pull request comes from a fork, where the workflow token is read-only whatever `permissions:` says. ' +
        `Use the two-workflow pattern: the pull_request workflow runs the checks and uploads ${RESULTS_DIR}/ as an artifact; ` +
        'a second workflow `on: workflow_run` downloads it and runs modelgate/report with `permissions: { pull-requests: write, statuses: write' +
        (what === 'check-run' ? ', checks: write' : '') +
        ' }`.',
    );
  } else {
    lines.push(`Add \`permissions:\` with \`${scope}\` to the job (and \`contents: read\`).`);
  }
  lines.push('The full report is in the job summary; the result files are unchanged for upload.');
  return lines.join(' ');
}
