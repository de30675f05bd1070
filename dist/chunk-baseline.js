import { realpathSync, existsSync } from 'node:fs';
import { resolve, relative, sep, isAbsolute } from 'node:path';
import { l as loadMetrics, p as parseMetrics, d as detectFormat } from './chunk-metrics-file.js';
import './chunk-index2.js';
import 'process';
import 'buffer';

const MAX_REMOTE_FILE_BYTES = 100 * 1024 * 1024;
function baselineSpec(config) {
  if (!config) return { source: "none" };
  if ("artifact" in config) return { source: "artifact", ...config.artifact };
  if ("base_branch" in config && config.base_branch)
    return { source: "base-branch", path: config.path };
  return { source: "file", path: config.path };
}
function workspacePath(workspace, path, what) {
  const full = resolve(workspace, path);
  const inside = (root, p) => {
    const rel = relative(root, p);
    return !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
  };
  if (!inside(resolve(workspace), full))
    throw new Error(`${what} '${path}' is outside the workspace`);
  let real;
  try {
    real = realpathSync(full);
  } catch {
    return full;
  }
  if (!inside(realpathSync(workspace), real)) {
    throw new Error(`${what} '${path}' links outside the workspace`);
  }
  return full;
}
async function resolveBaseline(spec, options) {
  switch (spec.source) {
    case "none":
      return { info: { source: "none", note: "no baseline configured" } };
    case "file": {
      const full = workspacePath(options.workspace, spec.path, "baseline");
      if (!existsSync(full)) {
        return {
          info: {
            source: "none",
            path: spec.path,
            note: `baseline file ${spec.path} not found in the workspace`
          }
        };
      }
      return { info: { source: "file", path: spec.path }, metrics: loadMetrics(full, spec.path) };
    }
    case "base-branch": {
      const read = options.provider?.readAtBase;
      if (!read)
        throw new Error("a base_branch baseline needs a pull request (or a base ref) to read from");
      const got = await read(spec.path);
      return fetched(
        got,
        "base-branch",
        spec.path,
        (g) => `${spec.path} at ${g.info.sha ?? g.info.ref ?? "base"}`
      );
    }
    case "artifact": {
      const read = options.provider?.readFromArtifact;
      if (!read)
        throw new Error(
          "an artifact baseline needs access to the GitHub API (the action, with a token)"
        );
      const got = await read(spec);
      return fetched(
        got,
        "artifact",
        spec.path,
        (g) => `${spec.path} in artifact ${g.info.artifact ?? spec.name} of run ${g.info.runId ?? "?"}`,
        { workflow: spec.workflow, artifact: spec.name }
      );
    }
  }
}
function fetched(got, source, path, displayName, extra = {}) {
  if ("missing" in got) {
    return { info: { source: "none", path, ...extra, ...got.info, note: got.note } };
  }
  const info = { source, path, ...extra, ...got.info };
  return { info, metrics: parseMetrics(got.content, displayName(got), detectFormat(path)) };
}

export { MAX_REMOTE_FILE_BYTES, baselineSpec, resolveBaseline, workspacePath };
