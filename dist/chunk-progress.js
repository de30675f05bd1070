import { resolve, relative, isAbsolute } from 'node:path';
import 'node:fs';
import { ConfigError } from './chunk-load.js';
import './chunk-index5.js';
import { b as resolveRules, r as runCompare } from './chunk-git.js';
import { w as writeResultFile } from './chunk-result.js';
import { o as optionsFromEntry, r as runValidate } from './chunk-run.js';
import { p as parseThreshold } from './chunk-threshold.js';

const DEFAULT_RESULTS_DIR = "modelgate-results";
function resultFileName(kind, id) {
  return kind === "validate" ? `${id}.json` : `compare-${id}.json`;
}
function resultsDirOf(loaded, dir) {
  const abs = resolve(loaded.root, dir);
  const rel = relative(loaded.root, abs);
  if (rel.startsWith("..") || isAbsolute(rel)) {
    throw new Error(`results directory '${dir}' must be inside the workspace root ${loaded.root}`);
  }
  return abs;
}
function plan(loaded, options) {
  const { config, root } = loaded;
  const dir = resultsDirOf(loaded, options.resultsDir ?? DEFAULT_RESULTS_DIR);
  const problems = [];
  const planned = [];
  const owner = /* @__PURE__ */ new Map();
  const at = (kind, id, index) => {
    const absPath = resolve(dir, resultFileName(kind, id));
    const path = relative(root, absPath).split("\\").join("/");
    const earlier = owner.get(path);
    if (earlier) {
      problems.push(
        loaded.problemAt(
          [kind, index, "id"],
          `id '${id}' writes ${path}, which ${earlier} writes too; rename one`
        )
      );
    }
    owner.set(path, `${kind}[${index}]`);
    return { path, absPath };
  };
  config.validate.forEach((raw, index) => {
    const entry = raw;
    let engine;
    try {
      engine = optionsFromEntry(entry, root);
      parseThreshold(engine.maxInvalidRows ?? "0", "max_invalid_rows");
      if (engine.warnInvalidRows !== void 0) {
        parseThreshold(engine.warnInvalidRows, "warn_invalid_rows");
      }
    } catch (err) {
      problems.push(loaded.problemAt(["validate", index], err.message));
      return;
    }
    planned.push({
      kind: "validate",
      id: entry.id,
      ...at("validate", entry.id, index),
      run: () => runValidateEntry(entry, engine, options)
    });
  });
  config.compare.forEach((raw, index) => {
    const entry = raw;
    try {
      resolveRules(entry);
    } catch (err) {
      problems.push(loaded.problemAt(["compare", index, "metrics"], err.message));
      return;
    }
    planned.push({
      kind: "compare",
      id: entry.id,
      ...at("compare", entry.id, index),
      run: async () => await runCompare(entry, {
        workspace: root,
        context: options.context ?? {},
        ...options.provider ? { provider: options.provider } : {}
      })
    });
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return planned;
}
async function runValidateEntry(entry, engine, options) {
  const { onEvent, threads, context } = options;
  const result = await runValidate(
    {
      ...engine,
      ...threads !== void 0 ? { threads } : {},
      onStart: (info) => onEvent?.({ type: "validate-start", id: entry.id, ...info }),
      onProgress: (progress) => onEvent?.({ type: "validate-progress", id: entry.id, progress })
    },
    context ?? {},
    { id: entry.id, ...entry.title ? { title: entry.title } : {} }
  );
  return result;
}
async function runChecks(loaded, options = {}) {
  const planned = plan(loaded, options);
  const out = [];
  for (const [index, p] of planned.entries()) {
    options.onEvent?.({ type: "check", kind: p.kind, id: p.id, index, total: planned.length });
    const result = await p.run();
    writeResultFile(p.absPath, result);
    options.onEvent?.({ type: "result", kind: p.kind, id: p.id, path: p.path, result });
    out.push({ kind: p.kind, id: p.id, path: p.path, absPath: p.absPath, result });
  }
  return out;
}

class RateMeter {
  constructor(start, windowMs = 5e3) {
    this.start = start;
    this.windowMs = windowMs;
  }
  start;
  windowMs;
  samples = [];
  update(now, rows, bytes, totalBytes) {
    this.samples.push({ t: now, bytes });
    while (this.samples.length > 2 && now - this.samples[0].t > this.windowMs)
      this.samples.shift();
    const first = this.samples[0];
    const seconds = (now - first.t) / 1e3;
    const bytesPerSecond = seconds > 0 ? Math.max(0, (bytes - first.bytes) / seconds) : 0;
    const left = Math.max(0, totalBytes - bytes);
    return {
      rows,
      bytes,
      totalBytes,
      fraction: totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1,
      bytesPerSecond,
      ...bytesPerSecond > 0 ? { etaSeconds: left / bytesPerSecond } : left === 0 ? { etaSeconds: 0 } : {},
      elapsedSeconds: (now - this.start) / 1e3
    };
  }
}
function formatDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor(s % 3600 / 60)).padStart(2, "0")}m`;
}
function formatRate(id, r) {
  const mb = (n) => (n / 1e6).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const parts = [
    `${id}: ${r.rows.toLocaleString("en-US")} rows`,
    `${mb(r.bytes)}/${mb(r.totalBytes)} MB (${Math.floor(r.fraction * 100)}%)`
  ];
  if (r.bytesPerSecond > 0) parts.push(`${mb(r.bytesPerSecond)} MB/s`);
  parts.push(r.etaSeconds === void 0 ? "ETA \u2026" : `ETA ${formatDuration(r.etaSeconds)}`);
  return parts.join(" \xB7 ");
}

export { DEFAULT_RESULTS_DIR as D, RateMeter as R, formatRate as f, runChecks as r };
