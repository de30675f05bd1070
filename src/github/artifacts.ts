// One file from an artifact of the latest successful run of a workflow on a branch: the
// production baseline (compare's `baseline: { artifact: { workflow, name, path } }`).
//
// Usage:
//   const got = await downloadArtifactFile(client, { owner, repo, workflow: 'eval.yml',
//     branch: 'main', artifactName: 'metrics', path: 'metrics.json' });
//   if (!got.found) note(got.reason);                 // no run / artifact / file: a reason, not a throw
//   else use(got.content, got.runId, got.runUrl, got.headSha);
//
// - Runs: GET .../actions/workflows/{workflow_id}/runs?branch=&status=success, newest first. Runs
//   whose head repository is a fork are skipped: a fork can name its branch "main" too, and its
//   artifacts must never become the baseline.
// - Artifacts: GET .../actions/runs/{run_id}/artifacts?name=; an expired one is a reason.
// - Download: GET .../actions/artifacts/{artifact_id}/zip (a 302 to storage, followed by fetch),
//   read with a size cap, then the one file is extracted in memory (zip.ts: zip-slip guard,
//   size cap). Transport and permission failures throw GitHubRequestError.
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

// eslint-disable-next-line max-lines-per-function -- not split here: this module is being reworked on the check-run (src/github) branch; split it there or after the merge
export async function downloadArtifactFile(
  client: GitHubClient,
  options: DownloadArtifactFileOptions,
): Promise<ArtifactFileResult> {
  const { owner, repo, workflow, branch, artifactName, path } = options;
  const maxZipBytes = options.maxZipBytes ?? 200 * 1024 * 1024;
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
  const where = { runId: run.id, runUrl: run.html_url, headSha: run.head_sha };

  const { data: list } = await client.rest.actions.listWorkflowRunArtifacts({
    owner,
    repo,
    run_id: run.id,
    name: artifactName,
    per_page: 100,
  });
  const candidates = list.artifacts.filter((a) => a.name === artifactName);
  const artifact = candidates.find((a) => !a.expired);
  if (!artifact) {
    const why = candidates.length > 0 ? 'has expired' : 'does not exist';
    return { found: false, reason: `artifact "${artifactName}" of run ${run.id} ${why}`, ...where };
  }
  if (artifact.size_in_bytes > maxZipBytes) {
    throw new Error(
      `Artifact "${artifactName}" of run ${run.id} is ${artifact.size_in_bytes} bytes, over the limit of ${maxZipBytes}.`,
    );
  }

  let zip: Buffer;
  try {
    const res = await client.request(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      {
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
        request: { parseSuccessResponseBody: false },
      },
    );
    zip = await readBodyLimited(
      res.data,
      maxZipBytes,
      `artifact "${artifactName}" of run ${run.id}`,
    );
  } catch (err) {
    if (err instanceof Error && 'status' in err && (err.status === 410 || err.status === 404)) {
      return {
        found: false,
        reason: `artifact "${artifactName}" of run ${run.id} has expired`,
        ...where,
      };
    }
    throw err;
  }

  const content = extractZipFile(
    zip,
    path,
    options.maxFileBytes ? { maxBytes: options.maxFileBytes } : {},
  );
  if (!content) {
    return {
      found: false,
      reason: `artifact "${artifactName}" of run ${run.id} has no file "${path}"`,
      ...where,
    };
  }
  return { found: true, content, artifactName, artifactId: artifact.id, ...where };
}
