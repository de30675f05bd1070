import { execFile } from 'node:child_process';
import { sep, posix } from 'node:path';

const SAFE_REF = /^(?!-)[A-Za-z0-9._/@{}^~-]+$/;
const MAX_BYTES = 64 * 1024 * 1024;
function git(cwd, args) {
  return new Promise((done) => {
    execFile(
      "git",
      args,
      { cwd, maxBuffer: MAX_BYTES, encoding: "utf8" },
      (err, stdout, stderr) => done({ ok: !err, stdout, stderr })
    );
  });
}
async function resolveCommit(cwd, ref) {
  if (!SAFE_REF.test(ref)) throw new Error(`not a usable git ref: '${ref}'`);
  const r = await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  const sha = r.stdout.trim();
  return r.ok && /^[0-9a-f]{40}$/.test(sha) ? sha : void 0;
}
async function gitShow(cwd, ref, path) {
  const sha = await resolveCommit(cwd, ref);
  if (!sha) return void 0;
  const rel = path.split(sep).join(posix.sep).replace(/^\.\//, "");
  if (rel.startsWith("/") || rel.split("/").includes("..")) {
    throw new Error(`baseline path '${path}' must be relative and inside the repository`);
  }
  const spec = `${sha}:./${rel}`;
  const exists = await git(cwd, ["cat-file", "-e", spec]);
  if (!exists.ok) return { missing: true, sha };
  const shown = await git(cwd, ["cat-file", "blob", spec]);
  if (!shown.ok)
    throw new Error(`git could not read ${rel} at ${sha.slice(0, 7)}: ${shown.stderr.trim()}`);
  return { content: shown.stdout, sha };
}

export { gitShow as g };
