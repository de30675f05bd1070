import { s as settingsFromConfig, p as planPublish, l as localSettings } from './chunk-plan.js';
import { resolve, relative, isAbsolute } from 'node:path';
import { o as outputDir } from './chunk-workspace.js';
import { C as ConfigError } from './chunk-schema.js';
import 'node:fs';
import './chunk-index.js';
import { b as resolveRules, r as runCompare } from './chunk-compare.js';
import { n as newResult, w as writeResultFile } from './chunk-result.js';
import { o as optionsFromEntry } from './chunk-entry.js';
import { r as runValidate } from './chunk-run.js';
import { p as parseThreshold } from './chunk-threshold.js';
import { a as RESULTS_DIR, r as resultFileName } from './chunk-paths.js';

function detailsOf(check, maxInvalidRows) {
  return check.kind === "validate" ? {
    schemaFile: check.file,
    rows: 0,
    invalidRows: 0,
    invalidShare: 0,
    threshold: { maxInvalidRows },
    files: [],
    groups: []
  } : { candidate: { path: check.file }, baseline: { source: "none" }, metrics: [] };
}
function failedResult(check, err, context, maxInvalidRows = "0") {
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 1e3);
  return newResult({
    kind: check.kind,
    id: check.id,
    title: (check.title ?? check.id).slice(0, 200),
    status: "error",
    summary: `the check could not run: ${message}`,
    context,
    errors: [{ message }],
    details: detailsOf(check, maxInvalidRows)
  });
}

function resultsDirOf(loaded, dir) {
  const abs = resolve(loaded.root, dir);
  const rel = relative(loaded.root, abs);
  if (rel.startsWith("..") || isAbsolute(rel)) {
    throw new Error(`results directory '${dir}' must be inside the workspace root ${loaded.root}`);
  }
  return outputDir(loaded.root, dir, "results directory", true);
}
function plan(loaded, options) {
  const { config, root } = loaded;
  const dir = resultsDirOf(loaded, options.resultsDir ?? RESULTS_DIR);
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
      run: () => runValidateEntry(entry, engine, options),
      failed: { kind: "validate", id: entry.id, title: entry.title, file: engine.schemaFile }
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
      }),
      failed: {
        kind: "compare",
        id: entry.id,
        title: entry.title,
        file: entry.candidate ?? entry.examples?.candidate ?? ""
      }
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
    let result;
    try {
      result = await p.run();
    } catch (err) {
      result = failedResult(p.failed, err, options.context ?? {});
    }
    writeResultFile(p.absPath, result, loaded.root);
    options.onEvent?.({ type: "result", kind: p.kind, id: p.id, path: p.path, result });
    out.push({ kind: p.kind, id: p.id, path: p.path, absPath: p.absPath, result });
  }
  return out;
}

function entriesOf(checks) {
  return checks.map((c) => ({ ok: true, path: c.path, result: c.result }));
}
async function runPipeline(loaded, options = {}) {
  const settings = settingsFromConfig(loaded.config, options.settings);
  const checks = await runChecks(loaded, options);
  const entries = entriesOf(checks);
  const footer = options.footer ?? {};
  const plan = planPublish({
    entries,
    settings: {
      ...localSettings("all", { failOn: settings.failOn, errorIs: settings.errorIs }),
      reportId: settings.reportId
    },
    target: { sha: footer.commit, notes: [] },
    runUrl: footer.runUrl,
    version: footer.version ?? "",
    ...options.rules ? { rules: options.rules } : {}
  });
  const markdown = plan.comment.action === "post" ? plan.comment.body : "";
  return { checks, entries, settings, decision: plan.decision, markdown };
}

export { runPipeline as a, entriesOf as e, runChecks as r };
