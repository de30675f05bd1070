// Check runs: a completed run with a Markdown summary and line annotations, on one commit.
//
// Usage:
//   await createCheckRun(client, { owner, repo, name: 'modelgate report', headSha,
//     conclusion: 'failure', title: 'fail: 2 regressions', summary, annotations, detailsUrl });
//
// GitHub takes at most 50 annotations per request: the run is created with the first 50 and
// updated with the rest, 50 at a time (an update appends to the annotations already there).
// Every update repeats the title and summary, which GitHub requires with the annotations.
import type { GitHubClient } from './client.js';

/** GitHub's limit on annotations in one create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's output summary, in characters. */
export const MAX_CHECK_SUMMARY = 65_535;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  /** Relative to the repository root, forward slashes. */
  path: string;
  startLine: number;
  endLine: number;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CreateCheckRunOptions {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  /** Requests made: one create plus one update per further batch. */
  requests: number;
}

function toRest(a: CheckAnnotation) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    message: a.message,
    ...(a.title ? { title: a.title } : {}),
  };
}

/** Creates the completed check run, then sends the annotations beyond the first 50 in batches. */
export async function createCheckRun(
  client: GitHubClient,
  options: CreateCheckRunOptions,
): Promise<CheckRunResult> {
  if (!/^[0-9a-f]{40}$/i.test(options.headSha)) {
    throw new Error(`Cannot create a check run: "${options.headSha}" is not a full commit SHA.`);
  }
  if (options.summary.length > MAX_CHECK_SUMMARY) {
    throw new Error(
      `Cannot create a check run: the summary has ${options.summary.length} characters, over GitHub's ${MAX_CHECK_SUMMARY}.`,
    );
  }
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < options.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(options.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const { owner, repo, title, summary } = options;
  const detailsUrl =
    options.detailsUrl && /^https?:\/\//i.test(options.detailsUrl) ? options.detailsUrl : undefined;
  const { data } = await client.rest.checks.create({
    owner,
    repo,
    name: options.name,
    head_sha: options.headSha,
    status: 'completed',
    conclusion: options.conclusion,
    ...(detailsUrl ? { details_url: detailsUrl } : {}),
    output: { title, summary, annotations: (batches[0] ?? []).map(toRest) },
  });
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      owner,
      repo,
      check_run_id: data.id,
      output: { title, summary, annotations: batch.map(toRest) },
    });
  }
  return { id: data.id, url: data.html_url ?? data.url, requests: Math.max(1, batches.length) };
}
