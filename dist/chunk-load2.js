import { lstatSync } from 'node:fs';
import { isAbsolute, relative, resolve, dirname } from 'node:path';
import { g as glob } from './chunk-index.js';
import { r as readResultFile } from './chunk-result.js';

async function findResultFiles(patterns, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const rel = isAbsolute(pattern) ? relative(cwd, pattern) || "." : pattern;
    const matches = await glob(rel.replace(/\\/g, "/"), {
      cwd,
      onlyFiles: true,
      dot: true,
      expandDirectories: false,
      // Results from an untrusted artifact: a link to a runner file or directory is not followed.
      followSymbolicLinks: false
    });
    for (const m of matches) found.add(m);
  }
  return [...found].sort();
}
async function loadResults(patterns, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const files = await findResultFiles(patterns, options);
  if (files.length === 0) {
    return [
      {
        ok: false,
        path: patterns.join(", ") || "(no pattern)",
        error: "no result files match; did the checks run and were their results downloaded here?"
      }
    ];
  }
  return files.map((path) => loadOne(path, cwd));
}
function loadOne(path, cwd) {
  const full = resolve(cwd, path);
  try {
    if (lstatSync(full).isSymbolicLink()) {
      return { ok: false, path, error: `${path}: is a symbolic link; not read` };
    }
    const rel = relative(cwd, full);
    const inside = !(rel.startsWith("..") || isAbsolute(rel));
    return {
      ok: true,
      path,
      result: readResultFile(full, void 0, inside ? cwd : dirname(full))
    };
  } catch (err) {
    const message = err.message.replace(full, path);
    return { ok: false, path, error: message };
  }
}

export { loadOne as a, loadResults as l };
