import { s as settingsFromConfig, p as planPublish, l as localSettings } from './chunk-plan.js';
import { resolve, relative, isAbsolute } from 'node:path';
import { d as outputDir } from './chunk-workspace.js';
import { ConfigError } from './chunk-load.js';
import './chunk-nesting.js';
import { n as newResult, w as writeResultFile } from './chunk-result.js';
import { c as checkKinds } from './chunk-registry.js';
import { a as RESULTS_DIR } from './chunk-paths.js';

function failedResult(kind, entry, err, context) {
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 1e3);
  return newResult({
    kind: kind.name,
    id: entry.id,
    title: (entry.title ?? entry.id).slice(0, 200),
    status: "error",
    summary: `the check could not run: ${message}`,
    context,
    errors: [{ message }],
    details: kind.failedDetails(entry.file)
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
function entriesOf$1(loaded, kind) {
  const list = Reflect.get(loaded.config, kind.name);
  return Array.isArray(list) ? list : [];
}
function plan(loaded, options) {
  const { root } = loaded;
  const dir = resultsDirOf(loaded, options.resultsDir ?? RESULTS_DIR);
  const problems = [];
  const planned = [];
  const owner = /* @__PURE__ */ new Map();
  const at = (kind, id, index) => {
    const absPath = resolve(dir, kind.resultFileName(id));
    const path = relative(root, absPath).split("\\").join("/");
    const earlier = owner.get(path);
    if (earlier) {
      problems.push(
        loaded.problemAt(
          [kind.name, index, "id"],
          `id '${id}' writes ${path}, which ${earlier} writes too; rename one`
        )
      );
    }
    owner.set(path, `${kind.name}[${index}]`);
    return { path, absPath };
  };
  for (const kind of checkKinds()) {
    entriesOf$1(loaded, kind).forEach((raw, index) => {
      let entry;
      try {
        entry = kind.plan(raw, root);
      } catch (err) {
        const where = [kind.name, index, ...kind.planErrorKey ?? []];
        problems.push(loaded.problemAt(where, err.message));
        return;
      }
      planned.push({ kind, entry, ...at(kind, entry.id, index) });
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return planned;
}
async function runChecks(loaded, options = {}) {
  const planned = plan(loaded, options);
  const out = [];
  const { onEvent, threads, provider } = options;
  const ctx = {
    root: loaded.root,
    context: options.context ?? {},
    ...provider ? { provider } : {},
    ...threads !== void 0 ? { threads } : {},
    ...onEvent ? { onEvent } : {}
  };
  for (const [index, { kind, entry, path, absPath }] of planned.entries()) {
    const { id } = entry;
    onEvent?.({ type: "check", kind: kind.name, id, index, total: planned.length });
    let result;
    try {
      result = await entry.run(ctx);
    } catch (err) {
      result = failedResult(kind, entry, err, ctx.context);
    }
    writeResultFile(absPath, result, loaded.root);
    onEvent?.({ type: "result", kind: kind.name, id, path, result });
    const max = entry.maxAnnotations;
    out.push({
      kind: kind.name,
      id,
      path,
      absPath,
      result,
      ...max !== void 0 ? { maxAnnotations: max } : {}
    });
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
