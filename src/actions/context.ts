// Where the run happens, read once from the runner's environment, for result files and reports.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { ResultContext } from '../core/result.js';

export interface RunnerContext extends ResultContext {
  workspace: string;
  eventName?: string;
  payload: Record<string, unknown>;
  apiUrl: string;
  serverUrl: string;
  headSha?: string;
}

/** GitHub caps webhook payloads at 25 MB; an event file larger than that is not one. */
export const MAX_EVENT_PAYLOAD_BYTES = 25 * 1024 * 1024;

/**
 * The event payload's text, read with a cap counted in bytes actually read: a size from stat()
 * means nothing for a device or a pipe (0 for /dev/zero), so only a regular file is read at all.
 */
export function readEventPayload(path: string, maxBytes = MAX_EVENT_PAYLOAD_BYTES): string {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once and fstat can refuse it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return '';
  }
  try {
    if (!fstatSync(fd).isFile()) {
      throw new Error(
        `GITHUB_EVENT_PATH ${path} is not a regular file: refusing to read the event`,
      );
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) {
        throw new Error(
          `GITHUB_EVENT_PATH ${path} holds more than ${maxBytes} bytes, GitHub's limit for an event payload`,
        );
      }
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    const text = readEventPayload(env.GITHUB_EVENT_PATH);
    try {
      payload = JSON.parse(text) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request as { number?: number; head?: { sha?: string } } | undefined;
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

/** The ResultContext part only: what goes into result files. */
export function resultContext(ctx: RunnerContext): ResultContext {
  const { repo, sha, pr, ref, runId, runUrl, workflow, event } = ctx;
  return Object.fromEntries(
    Object.entries({ repo, sha, pr, ref, runId, runUrl, workflow, event }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as ResultContext;
}
