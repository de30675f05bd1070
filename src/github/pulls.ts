// Pull requests, workflow runs and repositories, reduced to what modelgate decides with.
//
// Usage:
//   const pr = await getPullRequest(client, { owner, repo, pullNumber: 42 });
//   if (pr.isFork) { /* read-only token: use the workflow_run pattern */ }
//   // In a workflow_run workflow: the triggering run, and the PRs whose head is its commit.
//   const run = await getWorkflowRun(client, { owner, repo, runId });
//   const prs = await listPullRequestsForRun(client, { owner, repo, run });
//   const { defaultBranch } = await getRepository(client, { owner, repo });
//
// For a run triggered by a fork's PR GitHub leaves `pull_requests` empty, so
// listPullRequestsForRun then looks up open PRs by the run's head (fork owner:branch) and keeps
// those whose head SHA is the run's head SHA: a result file's PR number is only trusted when it
// appears in this list.
import type { GitHubClient } from './client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  state: string;
  draft: boolean;
  title: string;
  author: string | undefined;
  headSha: string;
  headRef: string;
  /** owner/name of the head repository; null when the fork was deleted. */
  headRepoFullName: string | null;
  baseSha: string;
  baseRef: string;
  baseRepoFullName: string;
  /** The head lives in another repository: the workflow token is read-only there. */
  isFork: boolean;
  labels: string[];
  htmlUrl: string;
}

export async function getPullRequest(
  client: GitHubClient,
  options: RepoRef & { pullNumber: number },
): Promise<PullRequestInfo> {
  const { data } = await client.rest.pulls.get({
    owner: options.owner,
    repo: options.repo,
    pull_number: options.pullNumber,
  });
  const headRepo = data.head.repo?.full_name ?? null;
  const baseRepo = data.base.repo.full_name;
  return {
    number: data.number,
    state: data.state,
    draft: data.draft ?? false,
    title: data.title,
    author: data.user?.login,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepoFullName: headRepo,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    baseRepoFullName: baseRepo,
    isFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    labels: data.labels.map((l) => l.name ?? '').filter(Boolean),
    htmlUrl: data.html_url,
  };
}

export interface RunPullRequest {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
}

/** A pull request as a run or the pulls list gives it, reduced to what a run is matched by. */
function runPullRequest(p: {
  number: number;
  head: { sha: string; ref: string };
  base: { ref: string };
}): RunPullRequest {
  return { number: p.number, headSha: p.head.sha, headRef: p.head.ref, baseRef: p.base.ref };
}

export interface WorkflowRunInfo {
  id: number;
  name: string | null;
  event: string;
  status: string | null;
  conclusion: string | null;
  headSha: string;
  headBranch: string | null;
  headRepoFullName: string | null;
  workflowId: number;
  path: string;
  htmlUrl: string;
  /** As GitHub lists them: empty for runs of PRs from forks. */
  pullRequests: RunPullRequest[];
}

export async function getWorkflowRun(
  client: GitHubClient,
  options: RepoRef & { runId: number },
): Promise<WorkflowRunInfo> {
  const { data } = await client.rest.actions.getWorkflowRun({
    owner: options.owner,
    repo: options.repo,
    run_id: options.runId,
  });
  return {
    id: data.id,
    name: data.name ?? null,
    event: data.event,
    status: data.status,
    conclusion: data.conclusion,
    headSha: data.head_sha,
    headBranch: data.head_branch,
    headRepoFullName: data.head_repository?.full_name ?? null,
    workflowId: data.workflow_id,
    path: data.path,
    htmlUrl: data.html_url,
    pullRequests: (data.pull_requests ?? []).map(runPullRequest),
  };
}

/** Open PRs in owner/repo whose head commit is the run's head commit. */
export async function listPullRequestsForRun(
  client: GitHubClient,
  options: RepoRef & { run: WorkflowRunInfo | number },
): Promise<RunPullRequest[]> {
  const { owner, repo } = options;
  const run =
    typeof options.run === 'number'
      ? await getWorkflowRun(client, { owner, repo, runId: options.run })
      : options.run;
  const listed = run.pullRequests.filter((p) => p.headSha === run.headSha);
  if (listed.length > 0) return listed;
  if (!run.headBranch || !run.headRepoFullName) return [];
  const headOwner = run.headRepoFullName.split('/')[0];
  const found: RunPullRequest[] = [];
  const pages = client.paginate.iterator(client.rest.pulls.list, {
    owner,
    repo,
    state: 'open',
    head: `${headOwner}:${run.headBranch}`,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const p of page.data) if (p.head.sha === run.headSha) found.push(runPullRequest(p));
  }
  return found;
}

export interface RepositoryInfo {
  fullName: string;
  defaultBranch: string;
  private: boolean;
  fork: boolean;
}

export async function getRepository(
  client: GitHubClient,
  options: RepoRef,
): Promise<RepositoryInfo> {
  const { data } = await client.rest.repos.get({ owner: options.owner, repo: options.repo });
  return {
    fullName: data.full_name,
    defaultBranch: data.default_branch,
    private: data.private,
    fork: data.fork,
  };
}
