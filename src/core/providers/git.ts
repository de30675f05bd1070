// Reading a file at a commit from the local clone, when the commit is there (a full checkout, or
// fetch-depth: 0): no API call, no rate limit. Arguments go to git through execFile, never a shell,
// and a ref that could pass for an option is refused. Only local object reads: nothing can prompt.
import { execFile, spawn } from 'node:child_process';
// Writes only to the file the caller names in a temporary directory the engine itself created
// (mkdtemp), never to a path from the pull request.
// eslint-disable-next-line no-restricted-imports
import { createWriteStream } from 'node:fs';
import { posix, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BaselineProvider } from './provider.js';

export interface GitRead {
  content: string;
  sha: string;
}

const SAFE_REF = /^(?!-)[A-Za-z0-9._/@{}^~-]+$/;
const MAX_BYTES = 64 * 1024 * 1024;

function git(
  cwd: string,
  args: string[],
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile('git', args, { cwd, maxBuffer: MAX_BYTES, encoding: 'utf8' }, (err, stdout, stderr) =>
      done({ ok: !err, stdout, stderr }),
    );
  });
}

/** The commit a ref names in the clone at `cwd`, or undefined when git or the commit is absent. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  if (!SAFE_REF.test(ref)) throw new Error(`not a usable git ref: '${ref}'`);
  const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const sha = r.stdout.trim();
  return r.ok && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
}

/**
 * `path` (relative to `cwd`) at `ref`: undefined when the commit is not in the local clone;
 * `{ missing: true }` when the commit is there but the file is not.
 */
function objectSpec(sha: string, path: string): { rel: string; spec: string } {
  const rel = path.split(sep).join(posix.sep).replace(/^\.\//, '');
  if (rel.startsWith('/') || rel.split('/').includes('..')) {
    throw new Error(`baseline path '${path}' must be relative and inside the repository`);
  }
  return { rel, spec: `${sha}:./${rel}` };
}

/**
 * Like gitShow, but streams the blob into `file` (a large reference dataset never becomes a
 * string): `{ bytes }` when written; a blob over `maxBytes` throws before anything is written.
 */
export async function gitShowToFile(
  cwd: string,
  ref: string,
  path: string,
  file: string,
  maxBytes: number,
): Promise<{ bytes: number; sha: string } | { missing: true; sha: string } | undefined> {
  const sha = await resolveCommit(cwd, ref);
  if (!sha) return undefined;
  const { rel, spec } = objectSpec(sha, path);
  const size = await git(cwd, ['cat-file', '-s', spec]);
  if (!size.ok) return { missing: true, sha };
  const bytes = Number(size.stdout.trim());
  if (bytes > maxBytes)
    throw new Error(
      `${rel} at ${sha.slice(0, 7)} is ${bytes.toLocaleString('en-US')} bytes, over the ${maxBytes.toLocaleString('en-US')}-byte limit`,
    );
  const child = spawn('git', ['cat-file', 'blob', spec], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  await pipeline(child.stdout, createWriteStream(file));
  const code = await exited;
  if (code !== 0)
    throw new Error(`git could not read ${rel} at ${sha.slice(0, 7)}: ${stderr.trim()}`);
  return { bytes, sha };
}

export async function gitShow(
  cwd: string,
  ref: string,
  path: string,
): Promise<GitRead | { missing: true; sha: string } | undefined> {
  const sha = await resolveCommit(cwd, ref);
  if (!sha) return undefined;
  const { rel, spec } = objectSpec(sha, path);
  const exists = await git(cwd, ['cat-file', '-e', spec]);
  if (!exists.ok) return { missing: true, sha };
  const shown = await git(cwd, ['cat-file', 'blob', spec]);
  if (!shown.ok)
    throw new Error(`git could not read ${rel} at ${sha.slice(0, 7)}: ${shown.stderr.trim()}`);
  return { content: shown.stdout, sha };
}

/** A provider that reads the base side at `ref` from the local clone (the CLI's --baseline-ref). */
export function gitProvider(workspace: string, ref: string): BaselineProvider {
  const noCommit = () =>
    new Error(`git has no commit '${ref}' here; fetch it or pass --baseline-ref`);
  return {
    // Data files (validate's drift reference): streamed to a file, never a string.
    async fetchFile(spec, to) {
      if (spec.source === 'artifact')
        throw new Error(
          `an artifact (${spec.name} of ${spec.workflow}) can only be read through the GitHub API: use the action with a token, or download it and give { path }`,
        );
      const got = await gitShowToFile(workspace, ref, spec.path, to.file, to.maxBytes);
      if (!got) throw noCommit();
      if ('missing' in got)
        return {
          missing: true,
          note: `${spec.path} does not exist at ${ref} (${got.sha.slice(0, 7)})`,
          info: { ref, sha: got.sha },
        };
      return {
        file: to.file,
        bytes: got.bytes,
        info: { ref, sha: got.sha, note: 'read with git' },
      };
    },
    async readAtBase(path) {
      const got = await gitShow(workspace, ref, path);
      if (!got) throw noCommit();
      if ('missing' in got) {
        return {
          missing: true,
          note: `${path} does not exist at ${ref} (${got.sha.slice(0, 7)})`,
          info: { ref, sha: got.sha },
        };
      }
      return { content: got.content, info: { ref, sha: got.sha, note: 'read with git' } };
    },
  };
}
