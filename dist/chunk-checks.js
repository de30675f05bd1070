import { resolve, relative, isAbsolute } from 'node:path';
import 'node:fs';
import { C as ConfigError } from './chunk-schema.js';
import './chunk-index2.js';
import { b as resolveRules, r as runCompare } from './chunk-compare.js';
import { w as writeResultFile } from './chunk-result.js';
import { optionsFromEntry } from './chunk-entry.js';
import { r as runValidate } from './chunk-run.js';
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
  const { onEvent, threads, context, provider } = options;
  const result = await runValidate(
    {
      ...engine,
      ...provider ? { provider } : {},
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

export { DEFAULT_RESULTS_DIR as D, resultFileName as a, runChecks as r };
