import { resolve, isAbsolute, relative, sep } from 'node:path';
import { r as readResultFile } from './chunk-result.js';
import { c as countRows } from './chunk-compare.js';
import { r as resolveRule, e as evaluateRow } from './chunk-rules.js';
import { w as worstStatus, a as STATUS_RANK } from './chunk-status.js';
import { t as thresholdStatus, p as parseThreshold } from './chunk-threshold.js';
import { s as stricterRows, b as stricterLevel, m as mergeBounds } from './chunk-rules-from.js';
import { loadConfig } from './chunk-load.js';
import { w as workspaceGlob } from './chunk-glob.js';
import { k as isInside } from './chunk-workspace.js';
import { P as PARTIAL_KIND } from './chunk-partial.js';
import { realpathSync } from 'node:fs';

function label(r) {
  return r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
}
function checkRows(d, problems) {
  for (const r of d.metrics) {
    if (!r.gated && r.status !== "skip" && r.status !== "error")
      problems.push(`metric ${label(r)} is not gated but says '${r.status}'`);
    if (r.gated && r.status === "skip") problems.push(`metric ${label(r)} is gated but skipped`);
  }
  if (d.counts) {
    const counted = countRows(d.metrics);
    const keys = Object.keys(counted);
    const off = keys.filter((k) => counted[k] !== d.counts?.[k]);
    if (off.length)
      problems.push(
        `counts disagree with the rows (${off.map((k) => `${k} ${d.counts?.[k]} vs ${counted[k]}`).join(", ")})`
      );
  }
}
function side(value, absent, stderr) {
  if (absent || value === null) return { state: "missing" };
  return stderr === void 0 ? { state: "value", value } : { state: "value", value, stderr };
}
function rowStatus(r, d) {
  if (!r.gated || !r.bounds || r.status === "error" || r.source === "examples") return r.status;
  try {
    const rule = resolveRule(
      r.direction ?? "higher",
      { ...r.bounds, severity: r.severity ?? "fail" },
      `metric ${label(r)}`
    );
    return evaluateRow({
      name: r.name,
      ...r.slice ? { slice: r.slice } : {},
      rule,
      candidate: side(r.candidate, r.presence === "removed", r.standardErrors?.candidate),
      baseline: side(r.baseline, r.presence === "added", r.standardErrors?.baseline),
      baselineAvailable: d.baseline.source !== "none",
      missingBaseline: d.missingBaseline ?? "fail",
      ...r.standardErrors ? { confidence: r.standardErrors.confidence } : {}
    }).status;
  } catch (err) {
    return { problem: err.message };
  }
}
function missingIdsStatus(d) {
  const e = d.examples;
  if (!e || e.candidateOnly + e.baselineOnly === 0) return "pass";
  return e.missingIds ?? "fail";
}
function deriveCompare(d, problems) {
  checkRows(d, problems);
  const statuses = [];
  for (const r of d.metrics) {
    const derived = rowStatus(r, d);
    if (typeof derived !== "string") {
      problems.push(derived.problem);
      statuses.push("error");
      continue;
    }
    if (derived !== r.status)
      problems.push(
        `metric ${label(r)} says '${r.status}' but its values and rule give '${derived}'`
      );
    for (const s of [r.status, derived]) if (s !== "skip") statuses.push(s);
  }
  statuses.push(missingIdsStatus(d));
  return worstStatus(statuses);
}

function atLeast(stated, floor) {
  return STATUS_RANK[stated === "skip" ? "pass" : stated] >= STATUS_RANK[floor];
}
function same(a, b) {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function thresholds(d, problems) {
  try {
    const max = parseThreshold(d.threshold.maxInvalidRows, "threshold.maxInvalidRows");
    const warnRaw = d.threshold.warnInvalidRows;
    return [max, warnRaw ? parseThreshold(warnRaw, "threshold.warnInvalidRows") : void 0];
  } catch (err) {
    problems.push(err.message);
    return [{ raw: "0", count: 0 }, void 0];
  }
}
function checkTotals(d, problems) {
  const rows = d.files.reduce((n, f) => n + f.rows, 0);
  const invalid = d.files.reduce((n, f) => n + f.invalidRows, 0);
  const before = problems.length;
  if (rows !== d.rows) problems.push(`rows is ${d.rows} but its files hold ${rows}`);
  if (invalid !== d.invalidRows)
    problems.push(`invalidRows is ${d.invalidRows} but its files hold ${invalid}`);
  if (d.invalidRows > d.rows) problems.push(`invalidRows ${d.invalidRows} exceeds rows ${d.rows}`);
  for (const f of d.files) {
    if (f.invalidRows > f.rows) problems.push(`${f.path}: more invalid rows than rows`);
  }
  const share = d.rows ? d.invalidRows / d.rows : 0;
  if (!same(share, d.invalidShare))
    problems.push(
      `invalidShare is ${d.invalidShare} but ${d.invalidRows} of ${d.rows} is ${share}`
    );
  return problems.length === before;
}
function schemaStatus(d, problems) {
  const [max, warn] = thresholds(d, problems);
  if (d.files.length === 0 || d.files.some((f) => f.rows === 0)) {
    problems.push("a data file with no records cannot pass");
    return "error";
  }
  const r = d.ratchet;
  if (!r) return thresholdStatus(max, warn, d.invalidRows, d.rows);
  const introduced = Math.max(0, d.invalidRows - r.baseInvalidRows);
  if (r.introducedInvalidRows !== introduced) {
    problems.push(
      `ratchet.introducedInvalidRows is ${r.introducedInvalidRows} but ${d.invalidRows} against the base's ${r.baseInvalidRows} is ${introduced}`
    );
  }
  return r.policy === "new-only" ? thresholdStatus(max, warn, introduced, d.rows) : thresholdStatus(max, warn, d.invalidRows, d.rows);
}
function expectationFloor(e, policy) {
  if (e.unexpected > e.checked && e.kind !== "row_count") return "error";
  if (e.kind === "row_count" || e.kind === "null_share" || e.checked === 0) {
    return "pass";
  }
  const share = e.unexpected / e.checked;
  const broken = 1 - share < (e.mostly ?? 1) - 1e-12;
  if (!broken) return "pass";
  const existing = policy === "new-only" && e.origin === "existing" && e.base !== void 0 && e.base.status !== "pass" && e.base.status !== "error" && e.unexpected <= e.base.unexpected;
  return existing ? "pass" : e.severity;
}
function driftFloor(psi, warn, fail) {
  if (psi === void 0) return "pass";
  return psi >= fail ? "fail" : psi >= warn ? "warn" : "pass";
}
function datasetStatus(ds, policy, problems) {
  const stated = [];
  const floored = [];
  const part = (status, floor, what) => {
    if (!atLeast(status, floor))
      problems.push(`${what} says '${status}' but its numbers give '${floor}'`);
    stated.push(status);
    floored.push(worstStatus([status, floor]));
  };
  for (const e of ds.expectations) {
    part(e.status, expectationFloor(e, policy), `expectation ${e.key}`);
    if (e.checked > 0 && e.kind !== "row_count" && !same(e.share, e.unexpected / e.checked))
      problems.push(`expectation ${e.key}: share ${e.share} is not ${e.unexpected}/${e.checked}`);
  }
  for (const c of ds.drift?.columns ?? [])
    part(c.status, driftFloor(c.psi, c.psiWarn, c.psiFail), `drift column ${c.name}`);
  const ref = ds.drift?.reference.status;
  if (ref) part(ref, "pass", "drift reference");
  const parts = worstStatus(stated);
  if (ds.status !== parts && ds.status !== "error")
    problems.push(`dataset.status is '${ds.status}' but its checks give '${parts}'`);
  return worstStatus([ds.status, ...floored]);
}
function deriveValidate(d, problems) {
  if (!checkTotals(d, problems)) return "error";
  const schema = schemaStatus(d, problems);
  if (!d.dataset) return schema;
  return worstStatus([schema, datasetStatus(d.dataset, d.ratchet?.policy, problems)]);
}

function deriveStatus(result) {
  const problems = [];
  const errored = (result.errors?.length ?? 0) > 0;
  const status = result.kind === "validate" ? deriveValidate(result.details, problems) : deriveCompare(result.details, problems);
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
function strictValidate(d, cfg, id, why) {
  const entry = cfg.validate.find((e) => e.id === id);
  if (!entry) return void 0;
  const max = stricterRows(entry.max_invalid_rows ?? "0", d.threshold.maxInvalidRows, "strictest");
  const warn = stricterRows(entry.warn_invalid_rows, d.threshold.warnInvalidRows, "loosest");
  const threshold = {
    maxInvalidRows: String(
      why.pick(
        "max_invalid_rows",
        entry.max_invalid_rows ?? "0",
        d.threshold.maxInvalidRows,
        max.from
      )
    )
  };
  const w = why.pick(
    "warn_invalid_rows",
    entry.warn_invalid_rows,
    d.threshold.warnInvalidRows,
    warn.from
  );
  if (w !== void 0) threshold.warnInvalidRows = String(w);
  return { ...d, threshold };
}
function trustedBounds(entry, r) {
  const whole = entry.metrics[r.name];
  if (!whole || !r.slice) return whole;
  return whole.slices?.[`${r.slice.key}=${r.slice.value}`] ?? whole.slices?.[r.slice.key];
}
function strictRow(entry, r, why) {
  const trusted = trustedBounds(entry, r);
  if (!trusted || r.source === "examples" || r.status === "error") return r;
  const label = r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
  const at = `metrics.${label}.`;
  const direction = why.pick(
    `${at}direction`,
    entry.metrics[r.name].direction,
    r.direction,
    "base"
  );
  const gated = why.pick(`${at}gated`, true, r.gated, r.gated ? "head" : "base");
  const recorded = {
    ...r.bounds ?? {},
    ...r.severity ? { severity: r.severity } : {}
  };
  const { non_inferiority: _, ...numbers } = trusted;
  const merged = mergeBounds(numbers, recorded, at.slice(0, -1), why);
  const { severity = "fail", non_inferiority: __, ...bounds } = merged;
  return { ...r, direction, gated, severity, bounds };
}
function strictCompare(d, cfg, id, why) {
  const entry = cfg.compare.find((e) => e.id === id);
  if (!entry) return void 0;
  for (const name of Object.keys(entry.metrics)) {
    if (!d.metrics.some((r) => r.name === name && !r.slice)) why.absent.push(name);
  }
  const missing = why.pick(
    "missing_baseline",
    entry.missing_baseline,
    d.missingBaseline,
    stricterLevel(entry.missing_baseline, d.missingBaseline, "fail")
  );
  return {
    ...d,
    ...missing ? { missingBaseline: missing } : {},
    metrics: d.metrics.map((r) => strictRow(entry, r, why))
  };
}
function strictStatus(result, config, why) {
  const problems = [];
  if (result.kind === "validate") {
    const d2 = strictValidate(result.details, config, result.id, why);
    return d2 && deriveValidate(d2, problems);
  }
  const d = strictCompare(result.details, config, result.id, why);
  return d && deriveCompare(d, problems);
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
  const { mergePartials } = byId.size ? await import('./chunk-merge.js') : { mergePartials: void 0 };
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
    const result = readResultFile(full, void 0, cwd);
    if (result.kind === PARTIAL_KIND)
      return { partial: { path, result } };
    const refused = evidenceProblem(result) ?? (trusted && trustedProblem(result, trusted.config, trusted.file));
    if (refused) return { ok: false, path, error: `${path}: ${refused}`, context: result.context };
    return { ok: true, path, result };
  } catch (err) {
    const message = err.message.replace(full, path);
    return { ok: false, path, error: message };
  }
}

export { findResultFiles as f, loadResults as l };
