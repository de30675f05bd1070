import { existsSync } from 'node:fs';
import { w as workspacePath } from './chunk-workspace.js';
import { l as loadMetrics, p as parseMetrics, d as detectFormat } from './chunk-metrics-file.js';

const MAX_REMOTE_FILE_BYTES = 100 * 1024 * 1024;
function baselineSpec(config) {
  if (!config) return { source: "none" };
  if ("artifact" in config) return { source: "artifact", ...config.artifact };
  if ("base_branch" in config && config.base_branch)
    return { source: "base-branch", path: config.path };
  return { source: "file", path: config.path };
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
      return {
        info: { source: "file", path: spec.path },
        metrics: loadMetrics(full, spec.path, options.workspace)
      };
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

function check(p) {
  for (const [i, v] of p.entries()) {
    if (!(v >= 0 && v <= 1)) throw new RangeError(`p-value #${i} must be in [0, 1], got ${v}`);
  }
}
function ascendingOrder(p) {
  return p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
}
function holm(p) {
  check(p);
  const m = p.length;
  const out = new Array(m);
  let running = 0;
  ascendingOrder(p).forEach((idx, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[idx]));
    out[idx] = running;
  });
  return out;
}

export { MAX_REMOTE_FILE_BYTES as M, baselineSpec as b, holm as h, resolveBaseline as r };
