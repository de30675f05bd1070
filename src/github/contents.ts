// A file as it is at a commit, through the contents API (works from a shallow checkout).
//
// Usage:
//   const file = await getFileAtRef(client, { owner, repo, path: 'metrics/baseline.json', ref: baseSha });
//   if (file === null) { /* no such file (or ref) at that commit */ }
//   else JSON.parse(file.content.toString('utf8'));
//
// Up to 1 MB GitHub inlines the file base64-encoded; beyond that (up to 100 MB) the JSON answer
// has `encoding: "none"` and no content, so the raw media type is fetched instead. The bytes are
// checked against the blob SHA GitHub reports. A directory, symlink or submodule is an error.
import { createHash } from 'node:crypto';
import { isNotFound, type GitHubClient } from './client.js';
import { readBodyLimited } from './body.js';

export interface GetFileAtRefOptions {
  owner: string;
  repo: string;
  /** Repository-relative path, "/" separated. */
  path: string;
  /** Branch, tag or commit SHA; the default branch when omitted. */
  ref?: string;
  /** Refuse bigger files. Default 100 MB (GitHub's own limit for this API). */
  maxBytes?: number;
}

export interface FileAtRef {
  path: string;
  ref?: string;
  /** Git blob SHA. */
  sha: string;
  size: number;
  content: Buffer;
}

export async function getFileAtRef(
  client: GitHubClient,
  options: GetFileAtRefOptions,
): Promise<FileAtRef | null> {
  const { owner, repo, ref } = options;
  const path = normalizeRepoPath(options.path);
  const maxBytes = options.maxBytes ?? 100 * 1024 * 1024;
  const where = `${owner}/${repo}:${path}${ref ? `@${ref}` : ''}`;
  let data: unknown;
  try {
    ({ data } = await client.rest.repos.getContent({ owner, repo, path, ...(ref ? { ref } : {}) }));
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
  if (Array.isArray(data)) throw new Error(`${where} is a directory, not a file.`);
  const entry = data as {
    type?: string;
    encoding?: string;
    content?: string;
    size?: number;
    sha?: string;
  };
  if (entry.type !== 'file')
    throw new Error(`${where} is a ${entry.type ?? 'non-file'}, not a file.`);
  const size = entry.size ?? 0;
  if (size > maxBytes) throw new Error(`${where} is ${size} bytes, over the limit of ${maxBytes}.`);

  let content: Buffer;
  if (entry.encoding === 'base64' && (entry.content || size === 0)) {
    content = Buffer.from(entry.content ?? '', 'base64');
  } else {
    // Over 1 MB: only the raw media type carries the bytes.
    const raw = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path,
      ...(ref ? { ref } : {}),
      headers: { accept: 'application/vnd.github.raw+json' },
      request: { parseSuccessResponseBody: false },
    });
    content = await readBodyLimited(raw.data, maxBytes, where);
  }
  if (content.length !== size) {
    throw new Error(`${where}: GitHub reported ${size} bytes but sent ${content.length}.`);
  }
  const sha = entry.sha ?? '';
  if (sha && blobSha(content) !== sha) {
    throw new Error(`${where}: the content does not match the blob SHA ${sha}.`);
  }
  return { path, ...(ref ? { ref } : {}), sha, size, content };
}

/** Git's object id of a blob: sha1("blob <size>\0" + bytes). */
export function blobSha(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/** "./a//b.json" → "a/b.json"; refuses absolute paths and "..". */
export function normalizeRepoPath(path: string): string {
  const parts = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (path.startsWith('/') || parts.some((p) => p === '..') || parts.length === 0) {
    throw new Error(`"${path}" is not a repository-relative file path.`);
  }
  return parts.join('/');
}
