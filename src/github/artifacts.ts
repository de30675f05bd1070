// One file from an artifact of the latest successful run of a workflow on a branch: the
// production baseline (compare's `baseline: { artifact: { workflow, name, path } }`). Runs from
// forks are never read. Usage and the requests made: docs/github.md.
import { isNotFound, type GitHubClient } from './client.js';
import { readBodyLimited } from './body.js';
import { extractZipFile } from './zip.js';

export interface DownloadArtifactFileOptions {
  owner: string;
  repo: string;
  /** Workflow file name ("eval.yml") or numeric id. */
  workflow: string | number;
  branch: string;
  artifactName: string;
  /** Path of the file inside the artifact. */
  path: string;
  /** Largest archive downloaded. Default 200 MB. */
  maxZipBytes?: number;
  /** Largest file extracted. Default 100 MB. */
  maxFileBytes?: number;
}

export type ArtifactFileResult =
  | {
      found: true;
      content: Buffer;
      runId: number;
      runUrl: string;
      headSha: string;
      artifactName: string;
      artifactId: number;
    }
  | { found: false; reason: string; runId?: number; runUrl?: string; headSha?: string };

const RUNS_SCANNED = 10;

type Miss = Extract<ArtifactFileResult, { found: false }>;
/** Where the file came from: the run whose artifact is read. */
interface RunRef {
  runId: number;
  runUrl: string;
  headSha: string;
}

/** The newest successful run of the workflow on the branch, from this repository (not a fork). */
async function latestSuccessfulRun(
  client: GitHubClient,
  options: DownloadArtifactFileOptions,
): Promise<RunRef | Miss> {
  const { owner, repo, workflow, branch } = options;
  const fullName = `${owner}/${repo}`.toLowerCase();
  let runs;
  try {
    ({ data: runs } = await client.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: workflow,
      branch,
      status: 'success',
      per_page: RUNS_SCANNED,
    }));
  } catch (err) {
    if (isNotFound(err))
      return { found: false, reason: `workflow "${workflow}" not found in ${owner}/${repo}` };
    throw err;
  }
  const run = runs.workflow_runs.find(
    (r) => r.head_repository?.full_name?.toLowerCase() === fullName,
  );
  if (!run) {
    return {
      found: false,
      reason: `no successful run of workflow "${workflow}" on branch "${branch}" in ${owner}/${repo}`,
    };
  }
  return { runId: run.id, runUrl: run.html_url, headSha: run.head_sha };
}

/** The run's unexpired artifact of that name, its id; throws when it is over the size limit. */
async function artifactOfRun(
  client: GitHubClient,
  options: DownloadArtifactFileOptions,
  where: RunRef,
  maxZipBytes: number,
): Promise<number | Miss> {
  const { owner, repo, artifactName } = options;
  const { data: list } = await client.rest.actions.listWorkflowRunArtifacts({
    owner,
    repo,
    run_id: where.runId,
    name: artifactName,
    per_page: 100,
  });
  const candidates = list.artifacts.filter((a) => a.name === artifactName);
  const artifact = candidates.find((a) => !a.expired);
  if (!artifact) {
    const why = candidates.length > 0 ? 'has expired' : 'does not exist';
    const reason = `artifact "${artifactName}" of run ${where.runId} ${why}`;
    return { found: false, reason, ...where };
  }
  if (artifact.size_in_bytes > maxZipBytes) {
    throw new Error(
      `Artifact "${artifactName}" of run ${where.runId} is ${artifact.size_in_bytes} bytes, over the limit of ${maxZipBytes}.`,
    );
  }
  return artifact.id;
}

/** The artifact's zip archive, read with a size cap; an archive gone meanwhile is a miss. */
async function downloadZip(
  client: GitHubClient,
  options: DownloadArtifactFileOptions,
  where: RunRef,
  artifactId: number,
  maxZipBytes: number,
): Promise<Buffer | Miss> {
  const { owner, repo, artifactName } = options;
  try {
    const res = await client.request(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      {
        owner,
        repo,
        artifact_id: artifactId,
        archive_format: 'zip',
        request: { parseSuccessResponseBody: false },
      },
    );
    const what = `artifact "${artifactName}" of run ${where.runId}`;
    return await readBodyLimited(res.data, maxZipBytes, what);
  } catch (err) {
    if (err instanceof Error && 'status' in err && (err.status === 410 || err.status === 404)) {
      const reason = `artifact "${artifactName}" of run ${where.runId} has expired`;
      return { found: false, reason, ...where };
    }
    throw err;
  }
}

export async function downloadArtifactFile(
  client: GitHubClient,
  options: DownloadArtifactFileOptions,
): Promise<ArtifactFileResult> {
  const { artifactName, path } = options;
  const maxZipBytes = options.maxZipBytes ?? 200 * 1024 * 1024;
  const where = await latestSuccessfulRun(client, options);
  if ('found' in where) return where;
  const artifactId = await artifactOfRun(client, options, where, maxZipBytes);
  if (typeof artifactId !== 'number') return artifactId;
  const zip = await downloadZip(client, options, where, artifactId, maxZipBytes);
  if (!Buffer.isBuffer(zip)) return zip;
  const content = extractZipFile(
    zip,
    path,
    options.maxFileBytes ? { maxBytes: options.maxFileBytes } : {},
  );
  if (!content) {
    const reason = `artifact "${artifactName}" of run ${where.runId} has no file "${path}"`;
    return { found: false, reason, ...where };
  }
  return { found: true, content, artifactName, artifactId, ...where };
}
