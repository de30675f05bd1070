import { loadConfig } from './chunk-load.js';
import { r as resultFileName } from './chunk-paths.js';
import { j as collapsed, t as table, v as validateView, N as NameNotes, k as validateTextRows, l as strictValidateStatus, m as deriveValidate } from './chunk-text-rows.js';
import { a as escHtml, e as esc, m as mermaidLabel } from './chunk-escape.js';
import { p as plural, s as statusLabel, f as fmtCount, b as fmtNum, d as fmtPct, e as fmtBytes } from './chunk-format.js';
import { b as worseFirst } from './chunk-result.js';
import { o as optionsFromEntry, p as pickAnnotations } from './chunk-present.js';
import { r as runValidate } from './chunk-run.js';
import { p as parseThreshold } from './chunk-threshold.js';
import { s as selectEntry } from './chunk-select.js';
import 'node:path';
import './chunk-workspace.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-limits.js';
import './chunk-nesting.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-_commonjsHelpers.js';
import 'process';
import 'buffer';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-ucs2length2.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-formats2.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-suggest.js';
import './chunk-ucs2length.js';
import './chunk-rules-from.js';
import './chunk-simple-statistics.js';
import './chunk-adjust.js';
import './chunk-worker-pool.js';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import './chunk-records.js';
import './chunk-executor.js';
import 'node:v8';
import './chunk-cells.js';
import 'node:crypto';
import 'node:stream';
import 'node:zlib';
import './chunk-column.js';
import './chunk-types.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-zip.js';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import './chunk-formats.js';
import './chunk-version.js';
import './chunk-profile.js';

const CHART_COLUMNS = 2;
const CHART_BINS = 12;
const TOP_DRIFT = 10;
const SAMPLES_SHOWN = 50;
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (v) => Array.isArray(v) ? v : [];
const num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
const STATUSES = /* @__PURE__ */ new Set(["pass", "warn", "fail", "error"]);
const status = (v) => STATUSES.has(v) ? v : "error";
function readColumn(raw) {
  const c = isObj(raw) ? raw : {};
  return {
    name: c.name,
    type: c.type,
    psi: num(c.psi),
    test: c.test,
    statistic: num(c.statistic),
    pAdjusted: num(c.pAdjusted),
    status: status(c.status),
    reason: c.reason,
    sampled: c.sampled === true,
    bins: arr(c.bins).filter(isObj).map((b) => ({ label: b.label, ref: num(b.ref) ?? 0, cur: num(b.cur) ?? 0 }))
  };
}
function chartNumber(x) {
  return String(Number(x.toFixed(4)));
}
function driftChart(c) {
  const bins = [...c.bins].sort((a, b) => c.type === "categorical" ? b.ref + b.cur - (a.ref + a.cur) : 0).slice(0, CHART_BINS);
  if (bins.length < 2) return void 0;
  const label = (l) => mermaidLabel(
    String(l ?? "").replace("\u2264", "up to ").replace(">", "over ").replace("\u2013", " to "),
    16
  );
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidLabel(c.name, 40)}: reference (bars) vs current (line), share of rows"`,
    `  x-axis [${bins.map((b) => `"${label(b.label)}"`).join(", ")}]`,
    `  bar [${bins.map((b) => chartNumber(b.ref)).join(", ")}]`,
    `  line [${bins.map((b) => chartNumber(b.cur)).join(", ")}]`,
    "```"
  ].join("\n");
}
function driftTable(cols) {
  return table(
    // Six columns at most, so the table fits a PR comment: the test and its statistic share one.
    ["Column", "Type", "PSI", "Test statistic", "p (Holm)", "Status"],
    cols.map((c) => [
      esc(c.name, { max: 40 }),
      esc(c.type, { max: 12 }) + (c.sampled ? " (sampled)" : ""),
      c.psi === void 0 ? "\u2013" : fmtNum(c.psi),
      `${c.test === "ks" ? "KS " : c.test === "chi2" ? "\u03C7\xB2 " : ""}${c.statistic === void 0 ? "\u2013" : fmtNum(c.statistic)}`,
      c.pAdjusted === void 0 ? "\u2013" : c.pAdjusted < 1e-4 ? "< 0.0001" : fmtNum(c.pAdjusted),
      statusLabel(c.status)
    ]),
    ["l", "l", "r", "r", "r", "l"]
  );
}
function referenceOrigin(ref) {
  const sha = typeof ref.sha === "string" ? ` ${esc(ref.sha.slice(0, 7))}` : "";
  if (ref.source === "base-branch") return ` at the base commit${sha}`;
  if (ref.source !== "artifact") return "";
  const run = num(ref.runId);
  return ` in artifact ${esc(ref.artifact, { max: 80 })} of ${esc(ref.workflow, { max: 80 })}${run !== void 0 ? ` run ${run}` : ""}${sha ? ` (commit${sha})` : ""}`;
}
function driftHeading(ref, cols, drifted) {
  if (ref.source === "none")
    return `**Drift**: no reference (${statusLabel(status(ref.status))}): ${esc(ref.note, { max: 300 })}`;
  const names = arr(ref.paths).slice(0, 3).map((p) => esc(p, { max: 80 })).join(", ");
  const verdict = drifted.length ? `${plural(drifted.length, "column")} drifted of ${cols.length}` : `no drift in ${plural(cols.length, "column")}`;
  return `**Drift** against ${names}${referenceOrigin(ref)} (${fmtCount(num(ref.rows))} rows): ${verdict}`;
}
function driftBlocks(drift, { level, cut }) {
  const cols = arr(drift.columns).map(readColumn).sort((a, b) => worseFirst(a.status, b.status) || (b.psi ?? -1) - (a.psi ?? -1));
  const drifted = cols.filter((c) => c.status !== "pass");
  const ref = isObj(drift.reference) ? drift.reference : {};
  const out = [driftHeading(ref, cols, drifted)];
  const shown = level >= 3 ? drifted.slice(0, 5) : [...drifted, ...cols.filter((c) => c.status === "pass")];
  cut.details += cols.length - shown.length;
  if (shown.length) {
    const head = shown.slice(0, TOP_DRIFT);
    out.push(driftTable(head));
    if (shown.length > head.length)
      out.push(
        collapsed(
          escHtml(plural(shown.length - head.length, "more column")),
          driftTable(shown.slice(head.length))
        )
      );
  }
  if (level < 2)
    for (const c of drifted.slice(0, CHART_COLUMNS)) {
      const chart = driftChart(c);
      if (chart) out.push(chart);
    }
  return out;
}
const ORIGIN = {
  new: "new in this change",
  worse: "worse than base",
  existing: "already on base"
};
function expectationTable(shown, ratchet) {
  const onBase = (e) => isObj(e.base) ? `${fmtCount(num(e.base.unexpected))}${typeof e.origin === "string" && ORIGIN[e.origin] ? ` (${ORIGIN[e.origin]})` : ""}` : "\u2013";
  return table(
    ["Check", "Rule", "Unexpected of checked", ...ratchet ? ["On base"] : [], "Status"],
    shown.map((e) => [
      esc(e.column !== void 0 ? `${String(e.column)}: ${String(e.kind)}` : e.kind, {
        max: 40
      }),
      esc(e.rule, { max: 60 }),
      `${fmtCount(num(e.unexpected))} of ${fmtCount(num(e.checked))} (${fmtPct(num(e.share))})`,
      ...ratchet ? [onBase(e)] : [],
      statusLabel(status(e.status))
    ]),
    ["l", "l", "r", "r", "r", ...ratchet ? ["r"] : [], "l"]
  );
}
function newValueLines(bad) {
  return bad.filter((e) => arr(e.values).length).slice(0, 3).map(
    (e) => `Values of ${esc(e.column, { max: 60 })} outside the allowed set: ${arr(e.values).filter(isObj).slice(0, 10).map((v) => `${esc(v.value, { max: 40 })} (${fmtCount(num(v.count))})`).join(", ")}`
  );
}
function sampleRowsBlock(bad, { level, cut }) {
  const rows = [];
  let all = 0;
  for (const e of bad)
    for (const s of arr(e.samples).filter(isObj)) {
      all++;
      if (rows.length < SAMPLES_SHOWN)
        rows.push([
          esc(e.column ?? e.kind, { max: 40 }),
          esc(s.file, { max: 80 }),
          String(num(s.line) ?? "\u2013"),
          esc(s.value, { max: 100 }),
          esc(s.message, { max: 160 })
        ]);
    }
  if (!all) return void 0;
  if (level >= 1) {
    cut.samples += all;
    return void 0;
  }
  cut.samples += all - rows.length;
  return collapsed(
    escHtml(
      `Rows to look at: ${plural(rows.length, "row")}${all > rows.length ? ` of ${fmtCount(all)}` : ""}`
    ),
    table(["Check", "File", "Line", "Value", "Message"], rows, ["l", "l", "r", "l", "l"])
  );
}
function expectationBlocks(exps, ctx) {
  const { level, cut } = ctx;
  const sorted = [...exps].sort((a, b) => worseFirst(status(a.status), status(b.status)));
  const bad = sorted.filter((e) => status(e.status) !== "pass");
  const shown = level >= 3 ? bad.slice(0, 5) : sorted;
  cut.details += sorted.length - shown.length;
  const out = [
    `**Expectations**: ${bad.length ? `${bad.length} of ${exps.length} not met` : `all ${exps.length} met`}`
  ];
  const ratchet = exps.some((e) => isObj(e.base));
  if (shown.length) out.push(expectationTable(shown, ratchet));
  if (level < 3) out.push(...newValueLines(bad));
  const samples = sampleRowsBlock(bad, ctx);
  if (samples) out.push(samples);
  return out;
}
function datasetBlocks(raw, ctx) {
  if (!isObj(raw)) return [];
  const out = [];
  if (isObj(raw.drift)) out.push(...driftBlocks(raw.drift, ctx));
  const exps = arr(raw.expectations).filter(isObj);
  if (exps.length) out.push(...expectationBlocks(exps, ctx));
  return out;
}

const TOP_FILES = 10;
const TOP_GROUPS = 20;
const KEPT_GROUPS = 5;
const SAMPLES_PER_GROUP = 5;
const SAMPLES_TOTAL = 100;
const FILE_WIDTH = 28;
const PATH_WIDTH = 40;
const MESSAGE_WIDTH = 60;
const VALUE_WIDTH = 32;
function groupCells(g, notes) {
  return [
    notes.name(g.file, FILE_WIDTH),
    notes.name(g.schemaPath, PATH_WIDTH),
    esc(g.message, { max: MESSAGE_WIDTH }),
    `${fmtCount(g.count)} (${fmtPct(g.share)})`
  ];
}
function groupTable(groups, notes) {
  return table(
    ["File", "Schema path", "Message", "Rows (share)"],
    groups.map((g) => groupCells(g, notes)),
    ["l", "l", "l", "r"]
  );
}
function schemaWarningLine(list) {
  if (list.length === 0) return void 0;
  const shown = list.slice(0, 3).map((w) => esc(w, { max: 200 }));
  const more = list.length > 3 ? ` and ${plural(list.length - 3, "more")}` : "";
  return `\u26A0\uFE0F ${plural(list.length, "schema warning")} (evaluated regardless): ${shown.join("; ")}${more}`;
}
function validateCut(result, cut) {
  const view = validateView(result.details);
  cut.samples += view.groups.reduce((n, g) => n + g.samples.length, 0);
  cut.details += view.groups.length + view.files.length;
}
function factsLine(view) {
  const facts = [];
  if (view.rows !== null) {
    facts.push(
      `${fmtCount(view.invalidRows ?? 0)} of ${plural(view.rows, "row")} invalid (${fmtPct(view.invalidShare)})`
    );
  }
  if (view.schemaFile) facts.push(`schema ${esc(view.schemaFile, { max: 120 })}`);
  const t = view.threshold;
  if (t?.maxInvalidRows !== void 0) {
    facts.push(
      `allowed: ${esc(t.maxInvalidRows, { max: 20 })} invalid` + (t.warnInvalidRows !== void 0 ? `, warn above ${esc(t.warnInvalidRows, { max: 20 })}` : "")
    );
  }
  return facts.length ? facts.join(" \xB7 ") : void 0;
}
function keptGroupBlocks(view, cut, notes) {
  const groups = view.groups;
  const kept = groups.slice(0, KEPT_GROUPS);
  cut.samples += groups.reduce((n, g) => n + g.samples.length, 0);
  cut.details += groups.length - kept.length + view.files.length;
  const out = [];
  if (kept.length) out.push(groupTable(kept, notes));
  const hidden = groups.length - kept.length + view.omittedGroups;
  if (hidden > 0) out.push(`${plural(hidden, "more violation group")} not shown.`);
  return out;
}
function fileBlock(files, notes) {
  const fileTable = table(
    ["File", "Format", "Rows", "Invalid (share)", "Size"],
    files.map((f) => [
      notes.name(f.path, FILE_WIDTH),
      esc(f.format ?? "\u2013", { max: 10 }),
      fmtCount(f.rows),
      `${fmtCount(f.invalidRows)}${f.rows ? ` (${fmtPct((f.invalidRows ?? 0) / f.rows)})` : ""}`,
      fmtBytes(f.bytes)
    ]),
    ["l", "l", "r", "r", "r"]
  );
  return files.length > TOP_FILES ? collapsed(escHtml(`Files: ${plural(files.length, "file")}`), fileTable) : fileTable;
}
function groupBlocks(view, notes) {
  const { groups } = view;
  const out = [];
  if (groups.length) {
    const first = groups.slice(0, TOP_GROUPS);
    out.push(groupTable(first, notes));
    if (groups.length > first.length) {
      out.push(
        collapsed(
          escHtml(plural(groups.length - first.length, "more group")),
          groupTable(groups.slice(first.length), notes)
        )
      );
    }
  }
  if (view.omittedGroups > 0) {
    out.push(
      `${plural(view.omittedGroups, "more violation group")} beyond the kept limit (see the result file).`
    );
  }
  return out;
}
function sampleLocation(s) {
  if (s.line === void 0) return "\u2013";
  const line = fmtCount(s.line).replace(/,/g, "");
  return s.rowGroup === void 0 ? line : `row ${line} (group ${s.rowGroup})`;
}
function sampleBlock(groups, all, cut, notes) {
  const rows = [];
  for (const g of groups) {
    for (const s of g.samples.slice(0, SAMPLES_PER_GROUP)) {
      if (rows.length >= SAMPLES_TOTAL) break;
      rows.push([
        notes.name(g.file, FILE_WIDTH),
        sampleLocation(s),
        notes.name(s.pointer || "/", PATH_WIDTH),
        esc(s.value, { max: VALUE_WIDTH }),
        esc(s.message || g.message, { max: MESSAGE_WIDTH })
      ]);
    }
  }
  cut.samples += all - rows.length;
  return collapsed(
    escHtml(
      `Sample violations: ${plural(rows.length, "row")}${all > rows.length ? ` of ${fmtCount(all)}` : ""}`
    ),
    table(["File", "Line", "Pointer", "Value", "Message"], rows, ["l", "r", "l", "l", "l"])
  );
}
function validateBody(result, ctx) {
  const view = validateView(result.details);
  const { level, cut } = ctx;
  const out = [];
  const notes = new NameNotes();
  const facts = factsLine(view);
  if (facts) out.push(facts);
  const warnings = schemaWarningLine(view.schemaWarnings);
  if (warnings) out.push(warnings);
  out.push(...datasetBlocks(result.details?.dataset, ctx));
  if (level >= 3) out.push(...keptGroupBlocks(view, cut, notes));
  else {
    if (view.files.length) out.push(fileBlock(view.files, notes));
    out.push(...groupBlocks(view, notes));
    const all = view.groups.reduce((n, g) => n + g.samples.length, 0);
    if (all > 0 && level >= 1) cut.samples += all;
    else if (all > 0) out.push(sampleBlock(view.groups, all, cut, notes));
  }
  const note = notes.note();
  if (note) out.push(note);
  return out;
}

const DEFAULT_MAX_ANNOTATIONS = 10;
function fromEntry(entry, workspace) {
  return {
    id: entry.id,
    ...entry.title ? { title: entry.title } : {},
    options: optionsFromEntry(entry, workspace),
    ...typeof entry.max_annotations === "number" ? { maxAnnotations: entry.max_annotations } : {},
    readsBase: Boolean(entry.drift || entry.ratchet)
  };
}
function fromConfig(configPath, id, workspace, pick) {
  const { config } = loadConfig(configPath, { root: workspace });
  return fromEntry(selectEntry(config.validate, id, { ...pick, kind: "validate" }), workspace);
}
function maxAnnotations(picked, input) {
  return input ?? picked?.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
}
function plan(raw, root) {
  const entry = raw;
  const picked = fromEntry(entry, root);
  const engine = picked.options;
  parseThreshold(engine.maxInvalidRows ?? "0", "max_invalid_rows");
  if (engine.warnInvalidRows !== void 0)
    parseThreshold(engine.warnInvalidRows, "warn_invalid_rows");
  return {
    id: entry.id,
    ...entry.title ? { title: entry.title } : {},
    file: engine.schemaFile,
    ...picked.maxAnnotations !== void 0 ? { maxAnnotations: picked.maxAnnotations } : {},
    run: (ctx) => runEntry(picked, ctx)
  };
}
async function runEntry(picked, ctx) {
  const { onEvent, threads, context, provider } = ctx;
  const { id } = picked;
  return runValidate(
    {
      ...picked.options,
      ...provider ? { provider } : {},
      ...threads !== void 0 ? { threads } : {},
      onStart: (info) => onEvent?.({ type: "validate-start", id, ...info }),
      onProgress: (progress) => onEvent?.({ type: "validate-progress", id, progress })
    },
    context,
    { id, ...picked.title ? { title: picked.title } : {} }
  );
}
const validateKind = {
  name: "validate",
  resultFileName: (id) => resultFileName("validate", id),
  plan,
  failedDetails: (schemaFile) => ({
    schemaFile,
    rows: 0,
    invalidRows: 0,
    invalidShare: 0,
    threshold: { maxInvalidRows: "0" },
    files: [],
    groups: []
  }),
  deriveStatus: (details, problems) => deriveValidate(details, problems),
  strictStatus: strictValidateStatus,
  report: {
    markdown: validateBody,
    cut: validateCut,
    text: validateTextRows,
    // Invalid records within the tolerated share are warnings: only a failing validation errs.
    annotations: (result, max) => {
      const level = result.status === "fail" || result.status === "error" ? "error" : "warning";
      const picked = pickAnnotations(result, max);
      return { annotations: picked.annotations.map((a) => ({ level, ...a })), more: picked.more };
    }
  }
};

export { DEFAULT_MAX_ANNOTATIONS, fromConfig, fromEntry, maxAnnotations, validateKind };
