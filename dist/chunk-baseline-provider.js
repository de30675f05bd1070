import { writeFile } from 'node:fs/promises';
import { s as splitRepo, w as workflowRunPullRequest } from './chunk-token.js';
import { a as isNotFound, g as getRepository, c as createGitHubClient, b as GITHUB_LOG } from './chunk-report-gate.js';
import { gitShow, gitShowToFile } from './chunk-git.js';
import { createHash } from 'node:crypto';
import { e as extractZipFile } from './chunk-zip.js';
import './chunk-workspace.js';
import 'node:fs';
import 'node:path';
import 'node:buffer';
import './chunk-limits.js';
import './chunk-paths.js';
import './chunk-_commonjsHelpers.js';
import './chunk-version.js';
import './chunk-log.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import './chunk-workflow-commands.js';
import 'node:child_process';
import 'node:stream/promises';
import 'module';

async function readBodyLimited(body, maxBytes, what) {
  if (body instanceof ArrayBuffer) return checked(Buffer.from(body), maxBytes, what);
  if (body instanceof Uint8Array) return checked(Buffer.from(body), maxBytes, what);
  if (typeof body === "string") return checked(Buffer.from(body, "utf8"), maxBytes, what);
  if (!body || typeof body.getReader !== "function") {
    throw new Error(`${what}: GitHub sent no body.`);
  }
  const reader = body.getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {
      });
      throw new Error(`${what} is larger than the limit of ${maxBytes} bytes.`);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}
function checked(buf, maxBytes, what) {
  if (buf.length > maxBytes)
    throw new Error(`${what} is larger than the limit of ${maxBytes} bytes.`);
  return buf;
}

async function getFileAtRef(client, options) {
  const { owner, repo, ref } = options;
  const path = normalizeRepoPath(options.path);
  const maxBytes = options.maxBytes ?? 100 * 1024 * 1024;
  const where = `${owner}/${repo}:${path}${ref ? `@${ref}` : ""}`;
  let data;
  try {
    ({ data } = await client.rest.repos.getContent({ owner, repo, path, ...ref ? { ref } : {} }));
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
  if (Array.isArray(data)) throw new Error(`${where} is a directory, not a file.`);
  const entry = data;
  if (entry.type !== "file")
    throw new Error(`${where} is a ${entry.type ?? "non-file"}, not a file.`);
  const size = entry.size ?? 0;
  if (size > maxBytes) throw new Error(`${where} is ${size} bytes, over the limit of ${maxBytes}.`);
  let content;
  if (entry.encoding === "base64" && (entry.content || size === 0)) {
    content = Buffer.from(entry.content ?? "", "base64");
  } else {
    const raw = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner,
      repo,
      path,
      ...ref ? { ref } : {},
      headers: { accept: "application/vnd.github.raw+json" },
      request: { parseSuccessResponseBody: false }
    });
    content = await readBodyLimited(raw.data, maxBytes, where);
  }
  if (content.length !== size) {
    throw new Error(`${where}: GitHub reported ${size} bytes but sent ${content.length}.`);
  }
  const sha = entry.sha ?? "";
  if (sha && blobSha(content) !== sha) {
    throw new Error(`${where}: the content does not match the blob SHA ${sha}.`);
  }
  return { path, ...ref ? { ref } : {}, sha, size, content };
}
function blobSha(content) {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
function normalizeRepoPath(path) {
  const parts = path.replace(/\\/g, "/").split("/").filter((p) => p !== "" && p !== ".");
  if (path.startsWith("/") || parts.some((p) => p === "..") || parts.length === 0) {
    throw new Error(`"${path}" is not a repository-relative file path.`);
  }
  return parts.join("/");
}

const RUNS_SCANNED = 10;
async function latestSuccessfulRun(client, options) {
  const { owner, repo, workflow, branch } = options;
  const fullName = `${owner}/${repo}`.toLowerCase();
  let runs;
  try {
    ({ data: runs } = await client.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: workflow,
      branch,
      status: "success",
      per_page: RUNS_SCANNED
    }));
  } catch (err) {
    if (isNotFound(err))
      return { found: false, reason: `workflow "${workflow}" not found in ${owner}/${repo}` };
    throw err;
  }
  const run = runs.workflow_runs.find(
    (r) => r.head_repository?.full_name?.toLowerCase() === fullName
  );
  if (!run) {
    return {
      found: false,
      reason: `no successful run of workflow "${workflow}" on branch "${branch}" in ${owner}/${repo}`
    };
  }
  return { runId: run.id, runUrl: run.html_url, headSha: run.head_sha };
}
async function artifactOfRun(client, options, where, maxZipBytes) {
  const { owner, repo, artifactName } = options;
  const { data: list } = await client.rest.actions.listWorkflowRunArtifacts({
    owner,
    repo,
    run_id: where.runId,
    name: artifactName,
    per_page: 100
  });
  const candidates = list.artifacts.filter((a) => a.name === artifactName);
  const artifact = candidates.find((a) => !a.expired);
  if (!artifact) {
    const why = candidates.length > 0 ? "has expired" : "does not exist";
    const reason = `artifact "${artifactName}" of run ${where.runId} ${why}`;
    return { found: false, reason, ...where };
  }
  if (artifact.size_in_bytes > maxZipBytes) {
    throw new Error(
      `Artifact "${artifactName}" of run ${where.runId} is ${artifact.size_in_bytes} bytes, over the limit of ${maxZipBytes}.`
    );
  }
  return artifact.id;
}
async function downloadZip(client, options, where, artifactId, maxZipBytes) {
  const { owner, repo, artifactName } = options;
  try {
    const res = await client.request(
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
      {
        owner,
        repo,
        artifact_id: artifactId,
        archive_format: "zip",
        request: { parseSuccessResponseBody: false }
      }
    );
    const what = `artifact "${artifactName}" of run ${where.runId}`;
    return await readBodyLimited(res.data, maxZipBytes, what);
  } catch (err) {
    if (err instanceof Error && "status" in err && (err.status === 410 || err.status === 404)) {
      const reason = `artifact "${artifactName}" of run ${where.runId} has expired`;
      return { found: false, reason, ...where };
    }
    throw err;
  }
}
async function downloadArtifactFile(client, options) {
  const { artifactName, path } = options;
  const maxZipBytes = options.maxZipBytes ?? 200 * 1024 * 1024;
  const where = await latestSuccessfulRun(client, options);
  if ("found" in where) return where;
  const artifactId = await artifactOfRun(client, options, where, maxZipBytes);
  if (typeof artifactId !== "number") return artifactId;
  const zip = await downloadZip(client, options, where, artifactId, maxZipBytes);
  if (!Buffer.isBuffer(zip)) return zip;
  const content = extractZipFile(
    zip,
    path,
    options.maxFileBytes ? { maxBytes: options.maxFileBytes } : {}
  );
  if (!content) {
    const reason = `artifact "${artifactName}" of run ${where.runId} has no file "${path}"`;
    return { found: false, reason, ...where };
  }
  return { found: true, content, artifactName, artifactId, ...where };
}

function repoOf(ctx) {
  const { owner, repo } = splitRepo(ctx.repo);
  if (!owner || !repo)
    throw new Error("GITHUB_REPOSITORY is not set: cannot read a baseline from GitHub");
  return { owner, repo };
}
function lazyClient(ctx, token) {
  let client;
  return () => {
    if (!token)
      throw new Error("input github-token is empty: it is needed to read the baseline from GitHub");
    client ??= createGitHubClient({
      token,
      baseUrl: ctx.apiUrl,
      // A 404 is an answer here (no config or baseline at the base yet), not an error to annotate.
      log: GITHUB_LOG
    });
    return client;
  };
}
function baseCommit(ctx, path) {
  const pr = ctx.payload.pull_request ?? workflowRunPullRequest(ctx.payload);
  const sha = pr?.base?.sha;
  const ref = pr?.base?.ref;
  if (!sha || !/^[0-9a-f]{40}$/.test(sha)) {
    return {
      missing: true,
      note: `not a pull request (${ctx.eventName ?? "no event"}): no base commit to read ${path} from`
    };
  }
  return { sha, info: { sha, ...ref ? { ref } : {} } };
}
const absentAt = (path, sha) => `${path} does not exist at the base commit ${sha.slice(0, 7)}`;
async function artifactBranch(side, spec) {
  const repository = side.ctx.payload.repository;
  return spec.branch ?? repository?.default_branch ?? (await getRepository(side.gh(), repoOf(side.ctx))).defaultBranch;
}
async function fromArtifact(side, spec, maxFileBytes) {
  const branch = await artifactBranch(side, spec);
  const got = await downloadArtifactFile(side.gh(), {
    ...repoOf(side.ctx),
    workflow: spec.workflow,
    branch,
    artifactName: spec.name,
    path: spec.path,
    ...maxFileBytes !== void 0 ? { maxFileBytes } : {}
  });
  if (!got.found) {
    return {
      missing: true,
      note: got.reason,
      info: {
        ref: branch,
        ...got.runId !== void 0 ? { runId: got.runId } : {},
        ...got.runUrl ? { runUrl: got.runUrl } : {},
        ...got.headSha ? { sha: got.headSha } : {}
      }
    };
  }
  const { runId, runUrl, artifactName: artifact } = got;
  return { content: got.content, info: { ref: branch, sha: got.headSha, runId, runUrl, artifact } };
}
async function fileAtBase(side, path, to) {
  const base = baseCommit(side.ctx, path);
  if ("missing" in base) return base;
  const { sha, info } = base;
  const local = await gitShowToFile(side.ctx.workspace, sha, path, to.file, to.maxBytes);
  if (local && "bytes" in local)
    return { file: to.file, bytes: local.bytes, info: { ...info, note: "read with git" } };
  if (local) return { missing: true, note: absentAt(path, sha), info };
  const file = await getFileAtRef(side.gh(), {
    ...repoOf(side.ctx),
    path,
    ref: sha,
    maxBytes: to.maxBytes
  });
  if (!file) return { missing: true, note: absentAt(path, sha), info };
  await writeFile(to.file, file.content);
  return {
    file: to.file,
    bytes: file.content.length,
    info: { ...info, note: "read with the contents API" }
  };
}
async function textAtBase(side, path) {
  const base = baseCommit(side.ctx, path);
  if ("missing" in base) return base;
  const { sha, info } = base;
  const local = await gitShow(side.ctx.workspace, sha, path);
  if (local && "content" in local)
    return { content: local.content, info: { ...info, note: "read with git" } };
  if (local) return { missing: true, note: absentAt(path, sha), info };
  const file = await getFileAtRef(side.gh(), { ...repoOf(side.ctx), path, ref: sha });
  if (!file) return { missing: true, note: absentAt(path, sha), info };
  return {
    content: file.content.toString("utf8"),
    info: { ...info, note: "read with the contents API" }
  };
}
function githubProvider(ctx, token) {
  const side = { ctx, gh: lazyClient(ctx, token) };
  return {
    async fetchFile(spec, to) {
      if (spec.source === "base-branch") return fileAtBase(side, spec.path, to);
      const got = await fromArtifact(side, spec, to.maxBytes);
      if ("missing" in got) return got;
      await writeFile(to.file, got.content);
      return { file: to.file, bytes: got.content.length, info: got.info };
    },
    readAtBase: (path) => textAtBase(side, path),
    async readFromArtifact(spec) {
      const got = await fromArtifact(side, spec);
      if ("missing" in got) return got;
      return { content: got.content.toString("utf8"), info: got.info };
    }
  };
}

export { githubProvider };
