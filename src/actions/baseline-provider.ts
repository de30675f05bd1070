// Where the compare step reads a baseline on GitHub: the PR's base commit (git when the commit is
// in the clone, else the contents API) or an artifact of the default branch. Shared by the compare
// action and the all-in-one action, so both record the same baseline.
// Writes only to `to.file`, inside the temporary directory the engine created with mkdtemp for
// remote baselines and references, never to a path from the pull request.
// eslint-disable-next-line no-restricted-imports
import { writeFile } from 'node:fs/promises';
import { splitRepo, workflowRunPullRequest, type RunnerContext } from './context.js';
import { GITHUB_LOG } from './report-gate.js';
import type {
  BaselineMiss,
  BaselineProvider,
  FetchedBaseline,
  FetchedFile,
} from '../core/providers/provider.js';
import { gitShow, gitShowToFile } from '../core/providers/git.js';
import {
  createGitHubClient,
  downloadArtifactFile,
  getFileAtRef,
  getRepository,
  type GitHubClient,
} from '../github/index.js';

function repoOf(ctx: RunnerContext): { owner: string; repo: string } {
  const { owner, repo } = splitRepo(ctx.repo);
  if (!owner || !repo)
    throw new Error('GITHUB_REPOSITORY is not set: cannot read a baseline from GitHub');
  return { owner, repo };
}

/** What every read below needs: the run's context and a client made on first use. */
interface GitHubSide {
  ctx: RunnerContext;
  gh: () => GitHubClient;
}

type ArtifactSpec = { workflow: string; name: string; path: string; branch?: string };

// Created on first use: a workspace baseline needs no token at all.
function lazyClient(ctx: RunnerContext, token: string): () => GitHubClient {
  let client: GitHubClient | undefined;
  return () => {
    if (!token)
      throw new Error('input github-token is empty: it is needed to read the baseline from GitHub');
    client ??= createGitHubClient({
      token,
      baseUrl: ctx.apiUrl,
      // A 404 is an answer here (no config or baseline at the base yet), not an error to annotate.
      log: GITHUB_LOG,
    });
    return client;
  };
}

/** The PR's base commit, or why there is none (push, schedule, a malformed payload). */
function baseCommit(
  ctx: RunnerContext,
  path: string,
): { sha: string; info: { sha: string; ref?: string } } | BaselineMiss {
  // On workflow_run, the pull request of the triggering run, as GitHub lists it.
  const pr = (ctx.payload.pull_request ?? workflowRunPullRequest(ctx.payload)) as
    { base?: { sha?: string; ref?: string } } | undefined;
  const sha = pr?.base?.sha;
  const ref = pr?.base?.ref;
  if (!sha || !/^[0-9a-f]{40}$/.test(sha)) {
    return {
      missing: true,
      note: `not a pull request (${ctx.eventName ?? 'no event'}): no base commit to read ${path} from`,
    };
  }
  return { sha, info: { sha, ...(ref ? { ref } : {}) } };
}

const absentAt = (path: string, sha: string) =>
  `${path} does not exist at the base commit ${sha.slice(0, 7)}`;

/** The branch whose artifacts hold the baseline: the spec's, else the repository's default. */
async function artifactBranch(side: GitHubSide, spec: ArtifactSpec): Promise<string> {
  const repository = side.ctx.payload.repository as { default_branch?: string } | undefined;
  return (
    spec.branch ??
    repository?.default_branch ??
    (await getRepository(side.gh(), repoOf(side.ctx))).defaultBranch
  );
}

/**
 * A file of the latest successful run's artifact on the default branch, as bytes, with where it
 * came from; or why there is none.
 */
async function fromArtifact(
  side: GitHubSide,
  spec: ArtifactSpec,
  maxFileBytes?: number,
): Promise<{ content: Buffer; info: NonNullable<BaselineMiss['info']> } | BaselineMiss> {
  const branch = await artifactBranch(side, spec);
  const got = await downloadArtifactFile(side.gh(), {
    ...repoOf(side.ctx),
    workflow: spec.workflow,
    branch,
    artifactName: spec.name,
    path: spec.path,
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
  });
  if (!got.found) {
    return {
      missing: true,
      note: got.reason,
      info: {
        ref: branch,
        ...(got.runId !== undefined ? { runId: got.runId } : {}),
        ...(got.runUrl ? { runUrl: got.runUrl } : {}),
        ...(got.headSha ? { sha: got.headSha } : {}),
      },
    };
  }
  const { runId, runUrl, artifactName: artifact } = got;
  return { content: got.content, info: { ref: branch, sha: got.headSha, runId, runUrl, artifact } };
}

/** A data file (a dataset reference) at the base commit, written to `to.file` as bytes. */
async function fileAtBase(
  side: GitHubSide,
  path: string,
  to: { file: string; maxBytes: number },
): Promise<FetchedFile | BaselineMiss> {
  const base = baseCommit(side.ctx, path);
  if ('missing' in base) return base;
  const { sha, info } = base;
  // A full clone has the base commit: no API call. A shallow one does not: contents API.
  const local = await gitShowToFile(side.ctx.workspace, sha, path, to.file, to.maxBytes);
  if (local && 'bytes' in local)
    return { file: to.file, bytes: local.bytes, info: { ...info, note: 'read with git' } };
  if (local) return { missing: true, note: absentAt(path, sha), info };
  const file = await getFileAtRef(side.gh(), {
    ...repoOf(side.ctx),
    path,
    ref: sha,
    maxBytes: to.maxBytes,
  });
  if (!file) return { missing: true, note: absentAt(path, sha), info };
  await writeFile(to.file, file.content);
  return {
    file: to.file,
    bytes: file.content.length,
    info: { ...info, note: 'read with the contents API' },
  };
}

/** A metric file at the base commit: small, read as text. */
async function textAtBase(side: GitHubSide, path: string): Promise<FetchedBaseline | BaselineMiss> {
  const base = baseCommit(side.ctx, path);
  if ('missing' in base) return base;
  const { sha, info } = base;
  const local = await gitShow(side.ctx.workspace, sha, path);
  if (local && 'content' in local)
    return { content: local.content, info: { ...info, note: 'read with git' } };
  if (local) return { missing: true, note: absentAt(path, sha), info };
  const file = await getFileAtRef(side.gh(), { ...repoOf(side.ctx), path, ref: sha });
  if (!file) return { missing: true, note: absentAt(path, sha), info };
  return {
    content: file.content.toString('utf8'),
    info: { ...info, note: 'read with the contents API' },
  };
}

export function githubProvider(ctx: RunnerContext, token: string): BaselineProvider {
  const side: GitHubSide = { ctx, gh: lazyClient(ctx, token) };
  return {
    async fetchFile(spec, to) {
      if (spec.source === 'base-branch') return fileAtBase(side, spec.path, to);
      const got = await fromArtifact(side, spec, to.maxBytes);
      if ('missing' in got) return got;
      await writeFile(to.file, got.content);
      return { file: to.file, bytes: got.content.length, info: got.info };
    },
    readAtBase: (path) => textAtBase(side, path),
    async readFromArtifact(spec) {
      const got = await fromArtifact(side, spec);
      if ('missing' in got) return got;
      return { content: got.content.toString('utf8'), info: got.info };
    },
  };
}
