// Where the run happens, read once from the runner's environment, for result files and reports.
import { readRunnerFile } from '../core/files/workspace.js';
import { limitsFromEnv, setReadLimits } from '../core/files/limits.js';
import type { ResultContext } from '../core/result.js';

export interface RunnerContext extends ResultContext {
  workspace: string;
  eventName?: string;
  payload: Record<string, unknown>;
  apiUrl: string;
  serverUrl: string;
  headSha?: string;
}

/**
 * The event payload's text, through the runner-file reader of the workspace gate: only a regular
 * file (a device or a pipe is refused at once, never read), capped in bytes actually read. A
 * missing file is no event.
 */
export function readEventPayload(path: string): string {
  try {
    return readRunnerFile(path, 'event');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new Error(`GITHUB_EVENT_PATH: ${(err as Error).message}`);
  }
}

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  // The caps on files read whole (MODELGATE_MAX_*_BYTES), before anything is read.
  setReadLimits(limitsFromEnv(env));
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    // The runner writes it outside the workspace; it is still capped (bytes read, not stat).
    const text = readEventPayload(env.GITHUB_EVENT_PATH);
    try {
      payload = JSON.parse(text || '{}') as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const pr = (payload.pull_request ?? workflowRunPullRequest(payload)) as
    { number?: number; head?: { sha?: string } } | undefined;
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const repo = env.GITHUB_REPOSITORY || undefined;
  const runId = env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined;
  const headSha = pr?.head?.sha ?? env.GITHUB_SHA;
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    eventName: env.GITHUB_EVENT_NAME,
    event: env.GITHUB_EVENT_NAME,
    payload,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl,
    repo,
    // The PR's head commit, not the merge commit GITHUB_SHA points at on pull_request.
    sha: headSha && /^[0-9a-f]{40}$/.test(headSha) ? headSha : undefined,
    headSha,
    pr: typeof pr?.number === 'number' ? pr.number : undefined,
    ref: env.GITHUB_REF,
    runId: runId && Number.isInteger(runId) ? runId : undefined,
    runUrl: repo && runId ? `${serverUrl}/${repo}/actions/runs/${runId}` : undefined,
    workflow: env.GITHUB_WORKFLOW,
  };
}

/**
 * In a workflow_run workflow, the pull request whose run triggered it, as GitHub describes the run
 * (the run's head commit, the pull request listing it, its base); undefined for fork runs, which
 * list none.
 */
export function workflowRunPullRequest(
  payload: Record<string, unknown>,
): { number: number; head: { sha: string }; base?: { sha?: string; ref?: string } } | undefined {
  const run = payload.workflow_run as
    | {
        head_sha?: unknown;
        pull_requests?: Array<{
          number?: unknown;
          head?: { sha?: unknown };
          base?: { sha?: string; ref?: string };
        }>;
      }
    | undefined;
  if (!run || typeof run.head_sha !== 'string') return undefined;
  const match = (run.pull_requests ?? []).find((p) => p.head?.sha === run.head_sha);
  if (typeof match?.number !== 'number') return undefined;
  return {
    number: match.number,
    head: { sha: run.head_sha },
    ...(match.base ? { base: { sha: match.base.sha, ref: match.base.ref } } : {}),
  };
}

/** `owner/name` (GITHUB_REPOSITORY) as its two parts; neither when one is missing. */
export function splitRepo(full: string | undefined): { owner?: string; repo?: string } {
  const [owner, repo] = (full ?? '').split('/');
  return owner && repo ? { owner, repo } : {};
}

/** The ResultContext part only: what goes into result files. */
export function resultContext(ctx: RunnerContext): ResultContext {
  const { repo, sha, pr, ref, runId, runUrl, workflow, event } = ctx;
  return Object.fromEntries(
    Object.entries({ repo, sha, pr, ref, runId, runUrl, workflow, event }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as ResultContext;
}
