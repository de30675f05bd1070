// Commit statuses on the PR head commit.
//
// Usage:
//   await setCommitStatus(client, { owner, repo, sha: headSha, state: 'failure',
//     context: 'modelgate', description: '2 regressions', targetUrl: runUrl });
//
// The description is flattened to one line and cut to 140 characters on a code point boundary
// (GitHub rejects longer ones); a target URL that is not http(s) is left out rather than sent.
import type { GitHubClient } from './client.js';

export type CommitState = 'error' | 'failure' | 'pending' | 'success';
export const MAX_STATUS_DESCRIPTION = 140;

export interface SetCommitStatusOptions {
  owner: string;
  repo: string;
  sha: string;
  state: CommitState;
  context: string;
  description?: string;
  targetUrl?: string;
}

export interface CommitStatusResult {
  id: number;
  url: string;
  description: string;
}

export async function setCommitStatus(
  client: GitHubClient,
  options: SetCommitStatusOptions,
): Promise<CommitStatusResult> {
  if (!/^[0-9a-f]{40}$/i.test(options.sha)) {
    throw new Error(`Cannot set a commit status: "${options.sha}" is not a full commit SHA.`);
  }
  const description = truncateDescription(options.description ?? '');
  const targetUrl =
    options.targetUrl && /^https?:\/\//i.test(options.targetUrl) ? options.targetUrl : undefined;
  const { data } = await client.rest.repos.createCommitStatus({
    owner: options.owner,
    repo: options.repo,
    sha: options.sha,
    state: options.state,
    context: options.context,
    ...(description ? { description } : {}),
    ...(targetUrl ? { target_url: targetUrl } : {}),
  });
  return { id: data.id, url: data.url, description };
}

/**
 * One line of at most 140 UTF-16 code units (never fewer than GitHub's character count), cut on
 * a code point boundary so no surrogate pair is split.
 */
export function truncateDescription(text: string, max = MAX_STATUS_DESCRIPTION): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let out = '';
  for (const ch of flat) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/**
 * When GitHub first saw a commit, as far as statuses tell: the oldest status on it (any context;
 * only tokens with write access can set one, and the time is GitHub's, not the commit's own
 * date, which its author chooses). Undefined when it has none.
 */
export async function firstStatusAt(
  client: GitHubClient,
  options: { owner: string; repo: string; sha: string },
): Promise<string | undefined> {
  const statuses = await client.paginate(client.rest.repos.listCommitStatusesForRef, {
    owner: options.owner,
    repo: options.repo,
    ref: options.sha,
    per_page: 100,
  });
  let first: string | undefined;
  for (const s of statuses) {
    if (first === undefined || Date.parse(s.created_at) < Date.parse(first)) first = s.created_at;
  }
  return first;
}
