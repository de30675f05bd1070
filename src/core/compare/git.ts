// Reading a file at a commit from the local clone, when the commit is there (a full checkout, or
// fetch-depth: 0): no API call, no rate limit. Arguments go to git through execFile, never a shell,
// and a ref that could pass for an option is refused. Only local object reads: nothing can prompt.
import { execFile } from 'node:child_process';
import { posix, sep } from 'node:path';

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
export async function gitShow(
  cwd: string,
  ref: string,
  path: string,
): Promise<GitRead | { missing: true; sha: string } | undefined> {
  const sha = await resolveCommit(cwd, ref);
  if (!sha) return undefined;
  const rel = path.split(sep).join(posix.sep).replace(/^\.\//, '');
  if (rel.startsWith('/') || rel.split('/').includes('..')) {
    throw new Error(`baseline path '${path}' must be relative and inside the repository`);
  }
  const spec = `${sha}:./${rel}`;
  const exists = await git(cwd, ['cat-file', '-e', spec]);
  if (!exists.ok) return { missing: true, sha };
  const shown = await git(cwd, ['cat-file', 'blob', spec]);
  if (!shown.ok)
    throw new Error(`git could not read ${rel} at ${sha.slice(0, 7)}: ${shown.stderr.trim()}`);
  return { content: shown.stdout, sha };
}
