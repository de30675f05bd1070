import { resolve, isAbsolute, relative, sep } from 'node:path';
import { f as findCheckKind } from './chunk-registry.js';
import { c as STATUS_RANK } from './chunk-result.js';
import { loadConfig } from './chunk-load.js';
import { w as workspaceGlob } from './chunk-nesting.js';
import { i as isInside } from './chunk-workspace.js';
import { a as readAnyResultFile, i as isPartialResult } from './chunk-run.js';
import { realpathSync } from 'node:fs';

function deriveStatus(result) {
  const problems = [];
  const errored = (result.errors?.length ?? 0) > 0;
  const kind = findCheckKind(result.kind);
  if (!kind) return { status: "error", problems: [`no check kind '${result.kind}' is registered`] };
  const status = kind.deriveStatus(result.details, problems);
  return { status: errored ? "error" : status, problems };
}
function evidenceProblem(result) {
  if (result.kind === "validate-partial")
    return "a partial result (one shard) has no verdict of its own: merge all shards of the entry";
  if (result.status === "error") return void 0;
  const { status, problems } = deriveStatus(result);
  if (status === result.status && problems.length === 0) return void 0;
  const parts = [];
  if (status !== result.status) {
    parts.push(`states status '${result.status}' but its details give '${status}'`);
  }
  parts.push(...problems.slice(0, 5));
  if (problems.length > 5) parts.push(`and ${problems.length - 5} more`);
  return `result file refused: ${parts.join("; ")}`;
}

class Loosened {
  changes = [];
  /** Rules of the trusted config the result has no row for: nothing to hold them to. */
  absent = [];
  pick(key, trusted, recorded, applied) {
    if (applied === "head" || JSON.stringify(trusted) === JSON.stringify(recorded)) return recorded;
    this.changes.push(
      `${key} ${JSON.stringify(recorded) ?? "(unset)"} where the trusted config has ${JSON.stringify(trusted) ?? "(unset)"}`
    );
    return trusted;
  }
}
function strictStatus(result, config, why) {
  return findCheckKind(result.kind)?.strictStatus?.(result.details, config, result.id, why);
}
function trustedProblem(result, config, file) {
  const why = new Loosened();
  const status = strictStatus(result, config, why);
  if (status === void 0)
    return `result file refused: ${file} has no ${result.kind} check '${result.id}'`;
  if (why.absent.length)
    return `result file refused: it has no row for ${why.absent.join(", ")}, which ${file} gates`;
  if (STATUS_RANK[status] <= STATUS_RANK[result.status]) return void 0;
  const rules = why.changes.length ? `its rules are looser than ${file}'s (${why.changes.slice(0, 5).join("; ")}), ` : "";
  return `result file refused: ${rules}under which its details give '${status}', not '${result.status}'`;
}

async function foldPartials(loaded, cwd, check) {
  const byId = /* @__PURE__ */ new Map();
  for (const l of loaded)
    if ("partial" in l) {
      const id = l.partial.result.id;
      let list = byId.get(id);
      if (!list) byId.set(id, list = []);
      list.push(l.partial);
    }
  const { mergePartials } = byId.size ? await import('./chunk-merge2.js') : { mergePartials: void 0 };
  const out = [];
  for (const l of loaded) {
    if (!("partial" in l)) {
      out.push(l);
      continue;
    }
    const list = byId.get(l.partial.result.id);
    if (!list || list[0] !== l.partial || !mergePartials) continue;
    const path = list.map((p) => p.path).join(" + ");
    try {
      const result = await mergePartials(list, { cwd });
      const refused = evidenceProblem(result) ?? check?.(result);
      out.push(
        refused ? { ok: false, path, error: `${path}: ${refused}`, context: result.context } : { ok: true, path, result }
      );
    } catch (err) {
      out.push({
        ok: false,
        path,
        error: `${path}: cannot merge the shards: ${err.message}`
      });
    }
  }
  return out;
}
function realPath(cwd, path) {
  try {
    return realpathSync(resolve(cwd, path));
  } catch {
    return resolve(cwd, path);
  }
}
function sameIds(entries, cwd) {
  const byId = /* @__PURE__ */ new Map();
  const real = /* @__PURE__ */ new Map();
  for (const e of entries)
    if (e.ok) {
      const list = byId.get(e.result.id) ?? [];
      const r = e.path.includes(" + ") ? e.path : realPath(cwd, e.path);
      if (list.some((p) => real.get(p) === r)) continue;
      real.set(e.path, r);
      byId.set(e.result.id, [...list, e.path]);
    }
  const out = [];
  for (const e of entries) {
    const paths = e.ok ? byId.get(e.result.id) ?? [] : [];
    if (!e.ok || paths.length < 2 || !real.has(e.path)) {
      out.push(e);
      continue;
    }
    if (paths[0] !== e.path) continue;
    out.push({
      ok: false,
      path: paths.join(", "),
      error: `result id ${JSON.stringify(e.result.id)} is in ${paths.length} files: ${paths.join(" and ")}; each job of a matrix needs its own id (or run the entry with --shard and let the shards merge)`,
      context: e.result.context
    });
  }
  return out;
}

function outsidePatterns(patterns, cwd) {
  return patterns.filter((p) => !isInside(resolve(cwd), resolve(cwd, p)));
}
async function findResultFiles(patterns, options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const rel = isAbsolute(pattern) ? relative(cwd, pattern) || "." : pattern;
    const { matches } = await workspaceGlob(rel.replace(/\\/g, "/"), cwd, cwd, {
      onlyFiles: true,
      dot: true,
      expandDirectories: false
    });
    for (const m of matches) found.add(relative(cwd, m).split(sep).join("/"));
  }
  return [...found].sort();
}
async function loadResults(patterns, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const outside = outsidePatterns(patterns, cwd);
  if (outside.length > 0) {
    return outside.map((path) => ({
      ok: false,
      path,
      error: `${path}: is outside the workspace; result files there are not read`
    }));
  }
  const files = await findResultFiles(patterns, options);
  if (files.length === 0) {
    const path = patterns.join(", ") || "(no pattern)";
    return [
      {
        ok: false,
        path,
        // The patterns are in the message too: an annotation or a log line shows only this.
        error: `no result files match ${path}; did the checks run and were their results downloaded here?`
      }
    ];
  }
  let trusted;
  if (options.trustedConfig) {
    const file = options.trustedConfig;
    const full = resolve(cwd, file);
    try {
      trusted = { config: loadConfig(full, { root: cwd }).config, file };
    } catch (err) {
      return [{ ok: false, path: file, error: err.message.replaceAll(full, file) }];
    }
  }
  const loaded = files.map((path) => loadAny(path, cwd, trusted));
  const check = trusted ? (r) => trustedProblem(r, trusted.config, trusted.file) : void 0;
  return sameIds(await foldPartials(loaded, cwd, check), cwd);
}
function loadAny(path, cwd, trusted) {
  const full = resolve(cwd, path);
  try {
    const result = readAnyResultFile(full, cwd);
    if (isPartialResult(result)) return { partial: { path, result } };
    const refused = evidenceProblem(result) ?? (trusted && trustedProblem(result, trusted.config, trusted.file));
    if (refused) return { ok: false, path, error: `${path}: ${refused}`, context: result.context };
    return { ok: true, path, result };
  } catch (err) {
    const message = err.message.replace(full, path);
    return { ok: false, path, error: message };
  }
}

export { findResultFiles as f, loadResults as l };
