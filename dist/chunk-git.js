import { spawn, execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { sep, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';

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
function objectSpec(sha, path) {
  const rel = path.split(sep).join(posix.sep).replace(/^\.\//, "");
  if (rel.startsWith("/") || rel.split("/").includes("..")) {
    throw new Error(`baseline path '${path}' must be relative and inside the repository`);
  }
  return { rel, spec: `${sha}:./${rel}` };
}
async function gitShowToFile(cwd, ref, path, file, maxBytes) {
  const sha = await resolveCommit(cwd, ref);
  if (!sha) return void 0;
  const { rel, spec } = objectSpec(sha, path);
  const size = await git(cwd, ["cat-file", "-s", spec]);
  if (!size.ok) return { missing: true, sha };
  const bytes = Number(size.stdout.trim());
  if (bytes > maxBytes)
    throw new Error(
      `${rel} at ${sha.slice(0, 7)} is ${bytes.toLocaleString("en-US")} bytes, over the ${maxBytes.toLocaleString("en-US")}-byte limit`
    );
  const child = spawn("git", ["cat-file", "blob", spec], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"]
  });
  let stderr = "";
  child.stderr.on("data", (d) => stderr += d.toString());
  const exited = new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  });
  await pipeline(child.stdout, createWriteStream(file));
  const code = await exited;
  if (code !== 0)
    throw new Error(`git could not read ${rel} at ${sha.slice(0, 7)}: ${stderr.trim()}`);
  return { bytes, sha };
}
async function gitShow(cwd, ref, path) {
  const sha = await resolveCommit(cwd, ref);
  if (!sha) return void 0;
  const { rel, spec } = objectSpec(sha, path);
  const exists = await git(cwd, ["cat-file", "-e", spec]);
  if (!exists.ok) return { missing: true, sha };
  const shown = await git(cwd, ["cat-file", "blob", spec]);
  if (!shown.ok)
    throw new Error(`git could not read ${rel} at ${sha.slice(0, 7)}: ${shown.stderr.trim()}`);
  return { content: shown.stdout, sha };
}
function gitProvider(workspace, ref) {
  const noCommit = () => new Error(`git has no commit '${ref}' here; fetch it or pass --baseline-ref`);
  return {
    // Data files (validate's drift reference): streamed to a file, never a string.
    async fetchFile(spec, to) {
      if (spec.source === "artifact")
        throw new Error(
          `an artifact (${spec.name} of ${spec.workflow}) can only be read through the GitHub API: use the action with a token, or download it and give { path }`
        );
      const got = await gitShowToFile(workspace, ref, spec.path, to.file, to.maxBytes);
      if (!got) throw noCommit();
      if ("missing" in got)
        return {
          missing: true,
          note: `${spec.path} does not exist at ${ref} (${got.sha.slice(0, 7)})`,
          info: { ref, sha: got.sha }
        };
      return {
        file: to.file,
        bytes: got.bytes,
        info: { ref, sha: got.sha, note: "read with git" }
      };
    },
    async readAtBase(path) {
      const got = await gitShow(workspace, ref, path);
      if (!got) throw noCommit();
      if ("missing" in got) {
        return {
          missing: true,
          note: `${path} does not exist at ${ref} (${got.sha.slice(0, 7)})`,
          info: { ref, sha: got.sha }
        };
      }
      return { content: got.content, info: { ref, sha: got.sha, note: "read with git" } };
    }
  };
}

export { gitProvider, gitShow, gitShowToFile, resolveCommit };
