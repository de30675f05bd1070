import { tmpdir, availableParallelism } from 'node:os';
import { resolve, relative, isAbsolute, extname, join, basename, posix, dirname } from 'node:path';
import { a as worstStatus, n as newResult } from './chunk-result.js';
import { statSync } from 'node:fs';
import { i as isDynamicPattern, g as glob } from './chunk-index.js';
import { l as loadSchemaBundle, S as SchemaError, W as WorkerExecutor, d as defaultWorkerUrl, I as InlineExecutor } from './chunk-executor.js';
import { p as parseThreshold, t as thresholdStatus, f as formatShare } from './chunk-threshold.js';
import { h as holm } from './chunk-adjust.js';
import { D as DriftSide, a as DEFAULT_SAMPLE_SIZE, s as startReference, r as referenceWorkerUrl, b as readRows, n as numericDrift, c as categoricalDrift, v as validateJsonFile, d as streamFile, e as readCsvHeader } from './chunk-profile.js';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { baselineSpec, workspacePath, MAX_REMOTE_FILE_BYTES } from './chunk-baseline.js';

const EXTENSIONS = {
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
  ".tsv": "tsv",
  ".tab": "tsv"
};
function formatOf(path) {
  return EXTENSIONS[extname(path).toLowerCase()];
}
async function resolveData(patterns, cwd, forced) {
  const files = /* @__PURE__ */ new Map();
  const problems = [];
  if (patterns.length === 0) problems.push({ message: "no data files given" });
  for (const pattern of patterns) {
    let matches;
    if (isDynamicPattern(pattern)) {
      matches = (await glob(pattern, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        expandDirectories: false
      })).sort();
      if (matches.length === 0) {
        problems.push({ message: `data glob ${JSON.stringify(pattern)} matched no files` });
        continue;
      }
    } else {
      const abs = resolve(cwd, pattern);
      let isFile = false;
      try {
        isFile = statSync(abs).isFile();
      } catch {
        problems.push({ message: `data file not found`, file: pattern });
        continue;
      }
      if (!isFile) {
        problems.push({
          message: `not a file (use a glob like "${pattern.replace(/\/$/, "")}/*.jsonl")`,
          file: pattern
        });
        continue;
      }
      matches = [abs];
    }
    for (const abs of matches) {
      if (files.has(abs)) continue;
      const rel = relative(cwd, abs);
      const path = (rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : abs).split("\\").join("/");
      const format = forced ?? formatOf(abs);
      if (!format) {
        problems.push({
          message: `unknown data format: name it .json, .jsonl, .ndjson, .csv or .tsv, or set format`,
          file: path
        });
        continue;
      }
      files.set(abs, { path, abs, format, bytes: statSync(abs).size });
    }
  }
  return { files: [...files.values()], problems };
}

let hashLo = 0;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function mixText(h, tag, s) {
  let x = Math.imul(h[0] ^ tag, 16777619);
  let y = Math.imul(h[1] ^ tag + s.length, 1540483477);
  const n = s.length - 1;
  let i = 0;
  for (; i < n; i += 2) {
    const w = s.charCodeAt(i) | s.charCodeAt(i + 1) << 16;
    x = Math.imul(x ^ w, 16777619);
    y = Math.imul((y << 5 | y >>> 27) ^ w, 1540483477);
  }
  if (i === n) {
    const w = s.charCodeAt(i);
    x = Math.imul(x ^ w, 16777619);
    y = Math.imul((y << 5 | y >>> 27) ^ w, 1540483477);
  }
  h[0] = x;
  h[1] = y;
}
function mixWord(h, tag, w) {
  h[0] = Math.imul(Math.imul(h[0] ^ tag, 16777619) ^ w, 16777619);
  h[1] = Math.imul(Math.imul(h[1] ^ tag, 1540483477) ^ w, 1540483477);
}
const state = new Uint32Array(2);
function mixValue(v) {
  if (typeof v === "string") mixText(state, 1, v);
  else if (typeof v === "number") {
    f64[0] = v === 0 ? 0 : v;
    mixWord(state, 2, u32[0]);
    mixWord(state, 3, u32[1]);
  } else if (v === null || v === void 0) mixWord(state, 4, 0);
  else if (typeof v === "boolean") mixWord(state, 5, v ? 1 : 0);
  else mixText(state, 6, JSON.stringify(v));
}
function finish() {
  let y = state[1];
  y = Math.imul(y ^ y >>> 13, 2246822507);
  hashLo = (y ^ y >>> 16) >>> 0;
  return state[0] >>> 0;
}
function hashRecord(row) {
  state[0] = 2166136261;
  state[1] = 1540483477;
  for (const k in row) {
    mixText(state, 7, k);
    mixValue(row[k]);
  }
  return finish();
}
function hashValues(vs) {
  state[0] = 2166136261;
  state[1] = 1540483477;
  for (const v of vs) mixValue(v);
  return finish();
}
class HashTable {
  hi;
  lo;
  val;
  used;
  mask;
  size = 0;
  constructor(capacity = 1 << 12) {
    let cap = 16;
    while (cap < capacity) cap <<= 1;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.val = new Float64Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
  }
  setIfAbsent(hi, lo, value) {
    if (this.size * 2 >= this.mask) this.grow();
    let i = (hi ^ Math.imul(lo, 2654435761)) & this.mask;
    for (; ; ) {
      if (!this.used[i]) {
        this.used[i] = 1;
        this.hi[i] = hi;
        this.lo[i] = lo;
        this.val[i] = value;
        this.size++;
        return -1;
      }
      if (this.hi[i] === hi && this.lo[i] === lo) return this.val[i];
      i = i + 1 & this.mask;
    }
  }
  grow() {
    const { hi, lo, val, used } = this;
    const cap = (this.mask + 1) * 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.val = new Float64Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < used.length; i++)
      if (used[i]) this.setIfAbsent(hi[i], lo[i], val[i]);
  }
}

const MAX_NEW_VALUES = 20;
function isNull(v) {
  return v === null || v === void 0 || v === "";
}
function pointer(column) {
  return `/${column.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function show(v) {
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 59)}\u2026` : s;
}
const ROW_BITS = 2 ** 32;
class Expectations {
  constructor(config, files, splitOf, splitNames) {
    this.files = files;
    this.splitOf = splitOf;
    this.splitNames = splitNames;
    for (const [column, e] of Object.entries(config.columns ?? {})) this.column(column, e);
    for (const k of config.unique_keys ?? []) this.uniqueKey(k.columns, k.mostly, k.severity);
    const dup = config.duplicates;
    if (dup) {
      const o = dup === true ? {} : dup;
      this.dupCheck = this.add({
        key: "duplicates",
        kind: "duplicates",
        rule: "no duplicated rows",
        severity: o.severity ?? "fail",
        mostly: o.mostly ?? 1
      });
      this.rowHashes = new HashTable();
    }
    const leak = config.leakage;
    if (leak) {
      const o = leak === true ? {} : leak;
      this.leakKey = o.key;
      this.leakCheck = this.add({
        key: "leakage",
        kind: "leakage",
        rule: o.key?.length ? `no ${o.key.join(" + ")} in two splits` : "no row in two splits",
        severity: o.severity ?? "fail",
        mostly: 1
      });
      if (o.key?.length) this.keyHashes = new HashTable();
      else this.rowHashes ??= new HashTable();
    }
  }
  files;
  splitOf;
  splitNames;
  checks = [];
  tests = [];
  rowHashes;
  keyHashes;
  dupCheck;
  leakCheck;
  leakKey;
  rows = 0;
  nonObjects = 0;
  /** Set per file by the caller. */
  fileIndex = 0;
  split = 0;
  rowInFile = 0;
  add(c) {
    const check = { ...c, checked: 0, unexpected: 0 };
    this.checks.push(check);
    return check;
  }
  column(column, e) {
    const severity = e.severity ?? "fail";
    const mostly = e.mostly ?? 1;
    const ptr = pointer(column);
    if (e.max_null_share !== void 0) {
      const c = this.add({
        key: `column:${column}:max_null_share`,
        kind: "null_share",
        column,
        rule: `null share \u2264 ${e.max_null_share}`,
        severity,
        mostly: 1,
        maxShare: e.max_null_share
      });
      this.tests.push((row, flags) => {
        c.checked++;
        if (isNull(row[column])) {
          c.unexpected++;
          flags.push({ check: c.key, pointer: ptr, message: "null or missing" });
        }
      });
    }
    if (e.categories) {
      const allowed = new Set(
        e.categories.map((v) => typeof v === "string" ? v : JSON.stringify(v))
      );
      const c = this.add({
        key: `column:${column}:categories`,
        kind: "categories",
        column,
        rule: `one of ${e.categories.length} allowed values`,
        severity,
        mostly,
        values: /* @__PURE__ */ new Map()
      });
      const values = c.values;
      this.tests.push((row, flags) => {
        const v = row[column];
        if (isNull(v)) return;
        c.checked++;
        const k = typeof v === "string" ? v : JSON.stringify(v);
        if (allowed.has(k)) return;
        c.unexpected++;
        const n = values.get(k);
        if (n !== void 0) values.set(k, n + 1);
        else if (values.size < 1e3) values.set(k, 1);
        flags.push({ check: c.key, pointer: ptr, message: `${show(v)} is not an allowed value` });
      });
    }
    if (e.min !== void 0 || e.max !== void 0) {
      const lo = e.min ?? -Infinity;
      const hi = e.max ?? Infinity;
      const c = this.add({
        key: `column:${column}:range`,
        kind: "range",
        column,
        rule: e.min !== void 0 && e.max !== void 0 ? `${e.min} \u2264 value \u2264 ${e.max}` : e.min !== void 0 ? `value \u2265 ${e.min}` : `value \u2264 ${e.max}`,
        severity,
        mostly
      });
      this.tests.push((row, flags) => {
        const v = row[column];
        if (isNull(v)) return;
        c.checked++;
        if (typeof v === "number" && v >= lo && v <= hi) return;
        c.unexpected++;
        flags.push({
          check: c.key,
          pointer: ptr,
          message: typeof v === "number" ? `${v} is out of range` : `${show(v)} is not a number`
        });
      });
    }
    if (e.unique) this.uniqueKey([column], mostly, severity);
  }
  uniqueKey(columns, mostly = 1, severity = "fail") {
    const seen = new HashTable();
    const name = columns.join(" + ");
    const c = this.add({
      key: `unique:${columns.join(",")}`,
      kind: "unique",
      ...columns.length === 1 ? { column: columns[0] } : {},
      rule: `${name} unique`,
      severity,
      mostly
    });
    const one = [void 0];
    const single = columns.length === 1 ? columns[0] : void 0;
    const ptr = pointer(columns[0]);
    this.tests.push((row, flags) => {
      let hi;
      if (single !== void 0) {
        const v = row[single];
        if (isNull(v)) return;
        one[0] = v;
        hi = hashValues(one);
      } else {
        const vs = columns.map((k) => row[k]);
        if (vs.some(isNull)) return;
        hi = hashValues(vs);
      }
      c.checked++;
      if (seen.setIfAbsent(hi, hashLo, 0) === -1) return;
      c.unexpected++;
      flags.push({
        check: c.key,
        pointer: single !== void 0 ? ptr : "",
        message: `${name} ${show(single !== void 0 ? row[single] : columns.map((k) => row[k]))} is repeated`
      });
    });
  }
  startFile(fileIndex) {
    this.fileIndex = fileIndex;
    this.split = this.splitOf[fileIndex] ?? -1;
    this.rowInFile = 0;
  }
  where(code) {
    const file = Math.floor(code / ROW_BITS);
    return `${this.files[file]} row ${code % ROW_BITS}`;
  }
  splitName(code) {
    return this.splitNames[this.splitOf[Math.floor(code / ROW_BITS)] ?? -1] ?? "?";
  }
  /** The sink for one record of the current file. */
  row(value) {
    this.rows++;
    const code = this.fileIndex * ROW_BITS + ++this.rowInFile;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      this.nonObjects++;
      return void 0;
    }
    const row = value;
    const flags = [];
    for (const t of this.tests) t(row, flags);
    if (this.rowHashes) {
      const hi = hashRecord(row);
      const prev = this.rowHashes.setIfAbsent(hi, hashLo, code);
      if (this.dupCheck) this.dupCheck.checked++;
      if (prev !== -1) {
        const other = this.splitOf[Math.floor(prev / ROW_BITS)] ?? -1;
        if (other === this.split || this.split === -1 || other === -1) {
          if (this.dupCheck) {
            this.dupCheck.unexpected++;
            flags.push({
              check: "duplicates",
              pointer: "",
              message: `same row as ${this.where(prev)}`
            });
          }
        } else if (this.leakCheck && !this.keyHashes) {
          this.leakCheck.unexpected++;
          flags.push({
            check: "leakage",
            pointer: "",
            message: `same row in split ${this.splitName(prev)} (${this.where(prev)})`
          });
        }
      }
    }
    if (this.leakCheck && this.split !== -1) {
      this.leakCheck.checked++;
      if (this.keyHashes) {
        const key = this.leakKey;
        const vs = key.map((k) => row[k]);
        if (!vs.some(isNull)) {
          const hi = hashValues(vs);
          const prev = this.keyHashes.setIfAbsent(hi, hashLo, code);
          if (prev !== -1 && (this.splitOf[Math.floor(prev / ROW_BITS)] ?? -1) !== this.split) {
            this.leakCheck.unexpected++;
            flags.push({
              check: "leakage",
              pointer: key.length === 1 ? pointer(key[0]) : "",
              message: `${key.join(" + ")} ${show(key.length === 1 ? vs[0] : vs)} also in split ${this.splitName(prev)} (${this.where(prev)})`
            });
          }
        }
      }
    }
    return flags.length ? flags : void 0;
  }
}

const noop$1 = async () => {
};
async function resolveReference(reference, options) {
  const { cwd } = options;
  if (typeof reference === "string" || Array.isArray(reference)) {
    const r = await resolveData(Array.isArray(reference) ? reference : [reference], cwd);
    return {
      files: r.files,
      info: { source: "file", paths: r.files.map((f) => f.path) },
      problems: r.problems,
      cleanup: noop$1
    };
  }
  const spec = baselineSpec(reference);
  if (spec.source === "none") throw new Error("unreachable: a reference is always configured");
  if (formatOf(spec.path) === void 0)
    return {
      files: [],
      info: { source: spec.source, paths: [spec.path] },
      problems: [
        {
          message: `cannot tell the format of ${spec.path} from its extension (.jsonl, .json, .csv, .tsv)`
        }
      ],
      cleanup: noop$1
    };
  if (spec.source === "file") {
    const full = workspacePath(cwd, spec.path, "drift.reference");
    const r = await resolveData([full], cwd);
    const absent = r.problems.some((p) => p.message === "data file not found");
    return {
      files: r.files,
      info: { source: absent ? "none" : "file", paths: [spec.path] },
      problems: absent ? [] : r.problems,
      ...absent ? { missing: `reference file ${spec.path} not found in the workspace` } : {},
      cleanup: noop$1
    };
  }
  const fetchFile = options.provider?.fetchFile;
  if (!fetchFile)
    throw new Error(
      spec.source === "artifact" ? "an artifact reference needs access to the GitHub API (the action, with a token)" : "a base_branch reference needs a pull request (or a base ref) to read from"
    );
  const dir = await mkdtemp(join(tmpdir(), "modelgate-reference-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const file = join(dir, basename(spec.path));
    const remote = spec;
    const got = await fetchFile.call(options.provider, remote, {
      file,
      maxBytes: options.maxBytes ?? MAX_REMOTE_FILE_BYTES
    });
    const where = spec.source === "artifact" ? { workflow: spec.workflow, artifact: spec.name } : {};
    if ("missing" in got) {
      await cleanup();
      return {
        files: [],
        info: { source: "none", paths: [spec.path], ...where, ...got.info, note: got.note },
        problems: [],
        missing: got.note,
        cleanup: noop$1
      };
    }
    const r = await resolveData([file], dir);
    const files = r.files.map((f) => ({ ...f, path: spec.path }));
    return {
      files,
      info: {
        source: spec.source,
        paths: [spec.path],
        bytes: got.bytes,
        ...where,
        ...got.info
      },
      problems: r.problems.map((p) => ({ ...p, file: spec.path })),
      cleanup
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

const DEFAULT_PSI_WARN = 0.1;
const DEFAULT_PSI_FAIL = 0.25;
const DEFAULT_BINS = 10;
const DEFAULT_ALPHA = 0.05;
function fmt(x) {
  if (x === 0) return "0";
  if (Math.abs(x) >= 1e3 || Math.abs(x) < 1e-3) return x.toExponential(2);
  return String(Number(x.toPrecision(3)));
}
function pct(x) {
  return `${Number((x * 100).toPrecision(3))}%`;
}
function toSamples(file, list2, into, max) {
  for (const s of list2 ?? []) {
    if (into.length >= max) return;
    into.push({ file, line: s.line, value: s.value, message: s.message });
  }
}
function verdict(c, rows) {
  if (c.kind === "null_share") {
    const share2 = c.checked ? c.unexpected / c.checked : 0;
    const ok2 = share2 <= c.maxShare;
    return {
      share: share2,
      observed: share2,
      status: ok2 ? "pass" : c.severity,
      reason: `${c.unexpected.toLocaleString("en-US")} of ${c.checked.toLocaleString("en-US")} rows null (${pct(share2)}), allowed ${pct(c.maxShare)}`
    };
  }
  const share = c.checked ? c.unexpected / c.checked : 0;
  if (c.checked === 0) {
    return {
      share,
      status: rows > 0 && c.kind !== "leakage" ? "error" : "pass",
      reason: c.kind === "leakage" ? "no rows in the splits" : rows > 0 ? `no non-null values${c.column !== void 0 ? ` in column ${JSON.stringify(c.column)}` : ""}: nothing to check` : "no rows"
    };
  }
  const ok = 1 - share >= c.mostly;
  const noun = c.kind === "duplicates" ? "duplicated rows" : c.kind === "leakage" ? "rows leaked across splits" : c.kind === "unique" ? "repeated values" : "unexpected values";
  return {
    share,
    status: ok ? "pass" : c.severity,
    reason: `${c.unexpected.toLocaleString("en-US")} ${noun} of ${c.checked.toLocaleString("en-US")} (${pct(share)})${c.mostly < 1 ? `, mostly ${c.mostly} allows ${pct(1 - c.mostly)}` : ""}`
  };
}
function rowCountChecks(config, rows, refRows, errors, missing) {
  const severity = config.severity ?? "fail";
  const out = [];
  const base = {
    key: "row_count",
    kind: "row_count",
    severity,
    checked: rows,
    unexpected: 0,
    share: 0,
    observed: rows,
    samples: []
  };
  if (config.min !== void 0 || config.max !== void 0) {
    const bad = config.min !== void 0 && rows < config.min || config.max !== void 0 && rows > config.max;
    const rule = [
      config.min !== void 0 ? `\u2265 ${config.min}` : "",
      config.max !== void 0 ? `\u2264 ${config.max}` : ""
    ].filter(Boolean).join(" and ");
    out.push({
      ...base,
      rule: `row count ${rule}`,
      status: bad ? severity : "pass",
      reason: `${rows.toLocaleString("en-US")} rows`
    });
  }
  for (const which of ["max_drop", "max_increase"]) {
    const raw = config[which];
    if (raw === void 0) continue;
    const t = parseThreshold(raw, `expectations.row_count.${which}`);
    const rule = `row count ${which === "max_drop" ? "drops" : "grows"} at most ${t.raw} vs the reference`;
    if (refRows === void 0 && missing) {
      out.push({
        ...base,
        key: `row_count:${which}`,
        rule,
        status: missing.status,
        reason: `no reference dataset (missing_reference: ${missing.status}): ${missing.note}`
      });
      continue;
    }
    if (refRows === void 0) {
      errors.push({ message: `expectations.row_count.${which} needs drift.reference`, key: which });
      out.push({
        ...base,
        key: `row_count:${which}`,
        rule,
        status: "error",
        reason: "no reference dataset"
      });
      continue;
    }
    const change = which === "max_drop" ? refRows - rows : rows - refRows;
    const allowed = t.count !== void 0 ? t.count : t.percent / 100 * refRows;
    out.push({
      ...base,
      key: `row_count:${which}`,
      rule,
      unexpected: Math.max(0, change),
      observed: rows,
      status: change > allowed ? severity : "pass",
      reason: `${rows.toLocaleString("en-US")} rows vs ${refRows.toLocaleString("en-US")} in the reference (${refRows ? `${rows >= refRows ? "+" : ""}${pct((rows - refRows) / refRows)}` : "n/a"})`
    });
  }
  return out;
}
function driftColumns(config, ref, cur, explicit) {
  const bins = config.bins ?? DEFAULT_BINS;
  const out = [];
  for (const [name, r] of ref.columns) {
    const per = config.per_column?.[name];
    if (per?.skip) continue;
    const c = cur.profile(name);
    const psiWarn = per?.psi_warn ?? config.psi_warn ?? DEFAULT_PSI_WARN;
    const psiFail = per?.psi_fail ?? config.psi_fail ?? DEFAULT_PSI_FAIL;
    const base = { name, refN: r.count, curN: c.count, psiWarn, psiFail };
    const skip = (reason) => ({
      ...base,
      type: "skipped",
      status: explicit ? "error" : "pass",
      reason
    });
    if (r.count === 0 || c.count === 0) {
      out.push(skip(`no non-null values in the ${r.count === 0 ? "reference" : "current data"}`));
      continue;
    }
    let score;
    if (r.others === 0 && c.others === 0) {
      score = numericDrift(r.sample(), c.sample(), bins);
    } else if (r.cats && c.cats) {
      score = categoricalDrift(r.cats, c.cats);
    } else {
      out.push(
        skip(
          r.numbers > 0 && r.others > 0 ? "mixes numbers and other values" : `more than ${r.cats ? "" : "the reference has "}200 distinct values: not a category`
        )
      );
      continue;
    }
    const status = score.psi >= psiFail ? "fail" : score.psi >= psiWarn ? "warn" : "pass";
    out.push({
      ...base,
      type: score.type,
      psi: score.psi,
      test: score.test,
      statistic: score.statistic,
      ...score.df !== void 0 ? { df: score.df } : {},
      pValue: score.pValue,
      ...score.type === "numeric" && (r.sampled || c.sampled) ? { sampled: true } : {},
      status,
      reason: `PSI ${fmt(score.psi)} (warn \u2265 ${psiWarn}, fail \u2265 ${psiFail})`,
      bins: score.bins
    });
  }
  const tested = out.filter((c) => c.pValue !== void 0);
  const adj = holm(tested.map((c) => c.pValue));
  const alpha = config.alpha ?? DEFAULT_ALPHA;
  const testSeverity = config.test_severity ?? "none";
  tested.forEach((c, i) => {
    c.pAdjusted = adj[i];
    const sig = c.pAdjusted < alpha;
    c.reason += `; ${c.test === "ks" ? "KS D" : "\u03C7\xB2"} ${fmt(c.statistic)}, Holm p ${fmt(c.pAdjusted)}${sig ? " (significant)" : ""}`;
    if (sig && testSeverity !== "none") c.status = worstStatus([c.status, testSeverity]);
  });
  const rank = { error: 4, fail: 3, warn: 2, pass: 1 };
  out.sort(
    (a, b) => (rank[b.status] ?? 0) - (rank[a.status] ?? 0) || (b.psi ?? -1) - (a.psi ?? -1)
  );
  return out;
}
function list(x) {
  return Array.isArray(x) ? x : [x];
}
async function runDatasetChecks(o) {
  const errors = [];
  const { config, files } = o;
  const sampleSize = o.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const seed = o.seed ?? 1;
  const splitNames = Object.keys(config.splits ?? {});
  const splitOf = files.map(() => -1);
  const byAbs = new Map(files.map((f, i) => [f.abs, i]));
  for (const [si, name] of splitNames.entries()) {
    const r = await resolveData(
      list(config.splits[name]),
      o.cwd
    );
    for (const p of r.problems) errors.push({ ...p, key: `splits.${name}` });
    for (const f of r.files) {
      const i = byAbs.get(f.abs);
      if (i === void 0)
        errors.push({
          message: `split ${JSON.stringify(name)}: not one of the data files`,
          file: f.path,
          key: `splits.${name}`
        });
      else if (splitOf[i] !== -1 && splitOf[i] !== si)
        errors.push({
          message: `in two splits: ${splitNames[splitOf[i]]} and ${name}`,
          file: f.path,
          key: `splits.${name}`
        });
      else splitOf[i] = si;
    }
  }
  const exp = config.expectations ?? {};
  if (exp.leakage && splitNames.length < 2)
    errors.push({
      message: "leakage needs at least two splits (splits: {train: \u2026, test: \u2026})",
      key: "expectations.leakage"
    });
  const drift = config.drift;
  let refFiles = [];
  let ref;
  let cur;
  let reference;
  let missing;
  if (drift) {
    try {
      reference = await resolveReference(drift.reference, {
        cwd: o.cwd,
        ...o.provider ? { provider: o.provider } : {}
      });
    } catch (err) {
      errors.push({ message: err.message, key: "drift.reference" });
    }
    if (reference) {
      for (const p of reference.problems) errors.push({ ...p, key: "drift.reference" });
      refFiles = reference.files;
      if (reference.missing !== void 0)
        missing = { status: drift.missing_reference ?? "fail", note: reference.missing };
      else {
        ref = new DriftSide(sampleSize, seed, drift.columns);
        cur = new DriftSide(sampleSize, seed + 7919, drift.columns);
      }
    }
  }
  try {
    return await checkWith(o, errors, {
      splitOf,
      splitNames,
      refFiles,
      ref,
      cur,
      reference,
      missing
    });
  } finally {
    await reference?.cleanup();
  }
}
async function checkWith(o, errors, prepared) {
  const started = performance.now();
  const { config, files } = o;
  const sampleSize = o.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const seed = o.seed ?? 1;
  const exp = config.expectations ?? {};
  const drift = config.drift;
  const { splitOf, splitNames, refFiles, cur, reference, missing } = prepared;
  let { ref } = prepared;
  let refRows;
  if (errors.length) return { details: { status: "error", expectations: [] }, errors };
  const readOpts = { samples: o.samples, maxRecordBytes: o.maxRecordBytes };
  const refJob = drift && ref && !missing ? startReference(
    {
      files: refFiles,
      bundle: o.bundle,
      ...drift.columns ? { columns: drift.columns } : {},
      sampleSize,
      seed,
      samples: o.samples,
      maxRecordBytes: o.maxRecordBytes
    },
    o.workerUrl === null ? void 0 : o.workerUrl ?? referenceWorkerUrl()
  ) : void 0;
  refJob?.catch(() => void 0);
  const expectations = new Expectations(
    exp,
    files.map((f) => f.path),
    splitOf,
    splitNames
  );
  const samples = /* @__PURE__ */ new Map();
  const splitRows = splitNames.map(() => 0);
  let rows = 0;
  for (const [i, f] of files.entries()) {
    expectations.startFile(i);
    const side = cur;
    const r = await readRows(
      f,
      o.bundle,
      side ? (v) => {
        side.add(v);
        return expectations.row(v);
      } : (v) => expectations.row(v),
      readOpts
    );
    rows += r.rows;
    const si = splitOf[i] ?? -1;
    if (si !== -1) splitRows[si] = (splitRows[si] ?? 0) + r.rows;
    for (const [key, list2] of r.samples) {
      let into = samples.get(key);
      if (!into) samples.set(key, into = []);
      toSamples(f.path, list2, into, o.samples);
    }
  }
  if (refJob && drift) {
    const r = await refJob.catch((err) => ({
      rows: 0,
      problems: [{ message: `reading the reference failed: ${err.message}` }],
      states: []
    }));
    refRows = r.rows;
    errors.push(...r.problems.map((p) => ({ ...p, key: "drift.reference" })));
    ref = DriftSide.fromStates(sampleSize, seed, drift.columns, r.states);
  }
  const results = [];
  if (exp.row_count) results.push(...rowCountChecks(exp.row_count, rows, refRows, errors, missing));
  for (const c of expectations.checks) {
    const v = verdict(c, rows);
    const values = c.values ? [...c.values].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_NEW_VALUES).map(([value, count]) => ({ value, count })) : void 0;
    results.push({
      key: c.key,
      kind: c.kind,
      ...c.column !== void 0 ? { column: c.column } : {},
      rule: c.rule,
      severity: c.severity,
      ...c.mostly < 1 ? { mostly: c.mostly } : {},
      checked: c.checked,
      unexpected: c.unexpected,
      ...v,
      samples: samples.get(c.key) ?? [],
      ...values?.length ? { values } : {}
    });
  }
  const details = { status: "pass", expectations: results };
  if (drift && reference) {
    const info = { ...reference.info, rows: refRows ?? 0 };
    if (missing) {
      info.status = missing.status;
      info.note = `${missing.note} (missing_reference: ${missing.status})`;
    }
    details.drift = {
      reference: info,
      alpha: drift.alpha ?? DEFAULT_ALPHA,
      correction: "holm",
      sampleSize,
      columns: ref && cur ? driftColumns(drift, ref, cur, drift.columns !== void 0) : []
    };
  }
  if (splitNames.length)
    details.splits = splitNames.map((name, si) => ({
      name,
      files: files.filter((_, i) => splitOf[i] === si).map((f) => f.path),
      rows: splitRows[si]
    }));
  details.status = errors.length ? "error" : worstStatus([
    ...results.map((r) => r.status),
    ...details.drift?.columns.map((c) => c.status) ?? [],
    ...missing ? [missing.status] : []
  ]);
  details.durationMs = Math.round(performance.now() - started);
  return { details, errors };
}

function datasetSummary(d) {
  const bad = d.expectations.filter((e) => e.status !== "pass");
  const drifted = d.drift?.columns.filter((c) => c.status === "fail" || c.status === "warn") ?? [];
  const parts = [];
  const total = d.expectations.length;
  if (total)
    parts.push(
      bad.length ? `${bad.length} of ${total} expectation${total === 1 ? "" : "s"} not met (${bad.slice(0, 3).map((e) => e.column !== void 0 ? `${e.column}: ${e.kind}` : e.kind).join(", ")}${bad.length > 3 ? ", \u2026" : ""})` : `all ${total} expectation${total === 1 ? "" : "s"} met`
    );
  if (d.drift)
    parts.push(
      drifted.length ? `drift in ${drifted.length} of ${d.drift.columns.length} columns (${drifted.slice(0, 3).map((c) => `${c.name} PSI ${c.psi?.toFixed(2)}`).join(", ")}${drifted.length > 3 ? ", \u2026" : ""})` : `no drift in ${d.drift.columns.length} columns`
    );
  return parts.join("; ") || "no dataset checks configured";
}

function worse(cur, base) {
  if (cur.kind === "null_share") return cur.share > base.share;
  return cur.unexpected > base.unexpected;
}
function ratchetExpectations(cur, base, policy) {
  const byKey = new Map((base?.expectations ?? []).map((e) => [e.key, e]));
  for (const e of cur.expectations) {
    const b = byKey.get(e.key);
    if (!b) continue;
    e.base = { checked: b.checked, unexpected: b.unexpected, status: b.status };
    if (e.status === "pass" || e.status === "error") continue;
    if (b.status === "pass" || b.status === "error") {
      e.origin = "new";
      e.reason = `introduced by this change: ${e.reason}`;
    } else if (worse(e, b)) {
      e.origin = "worse";
      e.reason = `worse than the base branch (${b.unexpected.toLocaleString("en-US")} there): ${e.reason}`;
    } else {
      e.origin = "existing";
      e.reason = `already failing on the base branch (${b.unexpected.toLocaleString("en-US")} there), not worse: ${e.reason}`;
      if (policy === "new-only") e.status = "pass";
    }
  }
  cur.status = worstStatus([
    ...cur.expectations.map((e) => e.status),
    ...cur.drift?.columns.map((c) => c.status) ?? []
  ]);
}
function ratchetSchema(cur, base, opts, max, warn) {
  const introduced = Math.max(0, cur.invalidRows - base.invalidRows);
  const status = opts.policy === "new-only" ? thresholdStatus(max, warn, introduced, cur.rows) : thresholdStatus(max, warn, cur.invalidRows, cur.rows);
  const key = (g) => `${g.file}\0${g.schemaPath}\0${g.keyword}`;
  const baseGroups = new Map(base.groups.map((g) => [key(g), g.count]));
  for (const g of cur.groups) g.baseCount = baseGroups.get(key(g)) ?? 0;
  return {
    status,
    info: {
      baseDir: opts.baseDir,
      policy: opts.policy,
      baseRows: base.rows,
      baseInvalidRows: base.invalidRows,
      introducedInvalidRows: introduced,
      baseStatus: opts.baseStatus
    }
  };
}

const noop = async () => {
};
async function prepareBase(ratchet, files, o) {
  if (ratchet.base_dir !== void 0 || ratchet.base && "path" in ratchet.base && !("base_branch" in ratchet.base)) {
    const where = ratchet.base_dir ?? ratchet.base.path;
    const key = ratchet.base_dir !== void 0 ? "ratchet.base_dir" : "ratchet.base.path";
    return {
      dir: workspacePath(o.cwd, where, key),
      label: where,
      missingFiles: [],
      info: { source: "file" },
      cleanup: noop
    };
  }
  if (!ratchet.base) throw new Error("ratchet needs base_dir or base");
  const spec = baselineSpec(ratchet.base);
  if (spec.source !== "base-branch" && spec.source !== "artifact")
    throw new Error("unreachable: a remote ratchet base");
  const fetchFile = o.provider?.fetchFile;
  if (!fetchFile)
    throw new Error(
      spec.source === "artifact" ? "an artifact ratchet base needs access to the GitHub API (the action, with a token)" : "a base_branch ratchet base needs a pull request (or a base ref) to read from"
    );
  const dir = await mkdtemp(join(tmpdir(), "modelgate-base-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const present = [];
    const missingFiles = [];
    let info = {
      source: spec.source,
      ...spec.source === "artifact" ? { workflow: spec.workflow, artifact: spec.name } : {}
    };
    const notes = [];
    for (const f of files) {
      if (f.path.startsWith("../") || posix.isAbsolute(f.path))
        throw new Error(`${f.path}: a ratchet base can only hold data files inside the workspace`);
      const target = join(dir, f.path);
      await mkdir(dirname(target), { recursive: true });
      const got = await fetchFile.call(
        o.provider,
        { ...spec, path: posix.join(spec.path, f.path) },
        {
          file: target,
          maxBytes: MAX_REMOTE_FILE_BYTES
        }
      );
      if ("missing" in got) {
        missingFiles.push(f.path);
        notes.push(got.note);
        info = { ...info, ...got.info };
      } else {
        present.push(f.path);
        info = { ...info, ...got.info };
      }
    }
    let splits;
    if (o.splits) {
      splits = {};
      for (const [name, patterns] of Object.entries(o.splits)) {
        const r = await resolveData(Array.isArray(patterns) ? patterns : [patterns], o.cwd);
        const kept = r.files.map((x) => x.path).filter((p) => present.includes(p));
        if (kept.length) splits[name] = kept;
      }
    }
    if (missingFiles.length)
      info.note = `not on the base (all their rows count as new): ${missingFiles.join(", ")}${notes[0] ? ` (${notes[0]})` : ""}`;
    return {
      dir,
      label: spec.path,
      data: present,
      ...splits ? { splits } : {},
      missingFiles,
      info,
      cleanup
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;
const DEFAULT_SAMPLES = 5;
const DEFAULT_MAX_GROUPS = 50;

const WORKER_MIN_BYTES = 8 * 1024 * 1024;
const DEFAULT_CHUNK_BYTES = 1024 * 1024;
class FileMerger {
  constructor(file, samples, lineBase = 0) {
    this.file = file;
    this.samples = samples;
    this.lineBase = lineBase;
  }
  file;
  samples;
  rows = 0;
  invalidRows = 0;
  lineBase = 0;
  recordBase = 0;
  groups = /* @__PURE__ */ new Map();
  problems = [];
  add(r) {
    for (const g of r.groups) {
      const key = `${g.schemaPath}\0${g.keyword}`;
      let fg = this.groups.get(key);
      if (!fg) {
        fg = {
          file: this.file.path,
          schemaPath: g.schemaPath,
          keyword: g.keyword,
          message: g.message,
          count: 0,
          share: 0,
          samples: []
        };
        this.groups.set(key, fg);
      }
      fg.count += g.count;
      for (const s of g.samples) {
        if (fg.samples.length >= this.samples) break;
        fg.samples.push({
          ...s,
          line: s.line + this.lineBase,
          record: (s.record ?? 0) + this.recordBase
        });
      }
    }
    for (const p of r.problems ?? [])
      this.problems.push({
        ...p,
        file: this.file.path,
        line: p.line !== void 0 ? p.line + this.lineBase : void 0
      });
    this.rows += r.rows;
    this.invalidRows += r.invalidRows;
    this.lineBase += r.lines;
    this.recordBase += r.rows;
  }
}
function plural(n, word) {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}
function pickThreads(options, files) {
  const url = options.workerUrl ?? defaultWorkerUrl();
  if (!url) return { threads: 0 };
  const streamed = files.filter((f) => f.format !== "json").reduce((n, f) => n + f.bytes, 0);
  if (options.threads !== void 0)
    return { threads: Math.max(0, Math.floor(options.threads)), url };
  if (streamed < WORKER_MIN_BYTES) return { threads: 0 };
  return { threads: Math.min(availableParallelism(), 4), url };
}
async function runValidate(options, context = {}, meta) {
  const started = performance.now();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(meta.id)) {
    throw new Error(
      `id must be letters, digits, '.', '_' or '-' (starting with a letter or digit), got ${JSON.stringify(meta.id)}`
    );
  }
  const samples = options.samples ?? DEFAULT_SAMPLES;
  const maxGroups = options.maxGroups ?? DEFAULT_MAX_GROUPS;
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const maxRaw = options.maxInvalidRows ?? "0";
  const max = parseThreshold(maxRaw, "max-invalid-rows");
  const warn = options.warnInvalidRows ? parseThreshold(options.warnInvalidRows, "warn-invalid-rows") : void 0;
  const forced = options.format && options.format !== "auto" ? options.format : void 0;
  const details = {
    schemaFile: options.schemaFile,
    ...forced ? { format: forced } : {},
    rows: 0,
    invalidRows: 0,
    invalidShare: 0,
    threshold: { maxInvalidRows: max.raw, ...warn ? { warnInvalidRows: warn.raw } : {} },
    files: [],
    groups: [],
    maxRecordBytes
  };
  const errors = [];
  const finish = (status, summary) => {
    details.durationMs = Math.round(performance.now() - started);
    return newResult({
      kind: "validate",
      id: meta.id,
      title: (meta.title ?? meta.id).slice(0, 200),
      status,
      summary,
      context,
      ...errors.length ? { errors } : {},
      details
    });
  };
  const resolved = await resolveData(options.data, options.cwd, forced);
  errors.push(...resolved.problems);
  let bundle;
  try {
    bundle = await loadSchemaBundle(options.schemaFile, options.cwd, options.root ?? options.cwd);
  } catch (err) {
    if (!(err instanceof SchemaError)) throw err;
    errors.push({ message: err.message, file: err.file, ...err.key ? { key: err.key } : {} });
    return finish("error", `cannot validate: ${err.message}`);
  }
  if (errors.length) {
    return finish(
      "error",
      `cannot validate: ${errors.map((e) => e.file ? `${e.file}: ${e.message}` : e.message).join("; ")}`
    );
  }
  const files = resolved.files;
  const { threads, url } = pickThreads(options, files);
  options.onStart?.({
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    threads
  });
  const init = {
    bundle,
    samples,
    csv: files.some((f) => f.format === "csv" || f.format === "tsv")
  };
  let inline;
  const getInline = async () => inline ??= await InlineExecutor.create(init);
  const executor = threads > 0 && url ? WorkerExecutor.create(init, threads, url) : await getInline();
  const sourceOptions = {
    chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
    maxRecordBytes,
    samples,
    window: Math.max(2, executor.threads * 3)
  };
  const groups = [];
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  let bytesBefore = 0;
  try {
    for (const file of files) {
      const summary = {
        path: file.path,
        format: file.format,
        rows: 0,
        invalidRows: 0,
        bytes: file.bytes
      };
      details.files.push(summary);
      let merger;
      let fileBytes = 0;
      const report = () => options.onProgress?.({
        file: file.path,
        rows: details.rows + merger.rows,
        invalidRows: details.invalidRows + merger.invalidRows,
        bytes: bytesBefore + Math.min(fileBytes, file.bytes),
        totalBytes
      });
      const add = (r) => {
        merger.add(r);
        fileBytes += r.bytes ?? 0;
        report();
      };
      if (file.format === "json") {
        merger = new FileMerger(file, samples);
        merger.add(
          await validateJsonFile(file.abs, inlineValidators(await getInline()), {
            samples,
            maxRecordBytes
          })
        );
      } else if (file.format === "jsonl") {
        merger = new FileMerger(file, samples);
        await streamFile(file, "jsonl", executor, sourceOptions, { offset: 0 }, add);
      } else {
        const header = await readCsvHeader(file, bundle, maxRecordBytes);
        merger = new FileMerger(file, samples, header.lines);
        fileBytes = header.offset;
        if (header.csv)
          await streamFile(
            file,
            "csv",
            executor,
            sourceOptions,
            { offset: header.offset, csv: header.csv },
            add
          );
        errors.push(...header.problems);
      }
      fileBytes = file.bytes;
      report();
      bytesBefore += file.bytes;
      errors.push(...merger.problems);
      if (merger.rows === 0 && !errors.some((e) => e.file === file.path)) {
        errors.push({ message: "file has no records", file: file.path });
      }
      summary.rows = merger.rows;
      summary.invalidRows = merger.invalidRows;
      for (const g of merger.groups.values()) {
        g.share = merger.rows ? g.count / merger.rows : 0;
        groups.push(g);
      }
      details.rows += merger.rows;
      details.invalidRows += merger.invalidRows;
    }
  } finally {
    await executor.close();
  }
  groups.sort((a, b) => b.count - a.count);
  details.groups = groups.slice(0, maxGroups);
  if (groups.length > maxGroups) details.omittedGroups = groups.length - maxGroups;
  details.invalidShare = details.rows ? details.invalidRows / details.rows : 0;
  if (errors.length) {
    return finish(
      "error",
      `cannot validate: ${errors.map((e) => `${e.file ? `${e.file}${e.line ? `:${e.line}` : ""}: ` : ""}${e.message}`).join("; ")}`.slice(
        0,
        1e3
      )
    );
  }
  let schemaStatus = thresholdStatus(max, warn, details.invalidRows, details.rows);
  const pct = details.rows ? ` (${formatShare(details.invalidShare)})` : "";
  const describe = (status, beyond = "") => details.invalidRows === 0 ? `all ${plural(details.rows, "row")} in ${plural(files.length, "file")} match the schema` : `${details.invalidRows.toLocaleString("en-US")} of ${plural(details.rows, "row")}${pct} violate the schema${beyond}` + (status === "fail" ? `: more than max-invalid-rows ${max.raw}` : status === "warn" ? `: more than warn-invalid-rows ${warn?.raw}` : `, within max-invalid-rows ${max.raw}`);
  let schemaSummary = describe(schemaStatus);
  if (!options.dataset) return finish(schemaStatus, schemaSummary);
  const dataset = await runDatasetChecks({
    files,
    bundle,
    config: options.dataset,
    cwd: options.cwd,
    samples,
    maxRecordBytes,
    ...options.provider ? { provider: options.provider } : {}
  });
  details.dataset = dataset.details;
  errors.push(...dataset.errors);
  const ratchet = options.dataset.ratchet;
  let base;
  if (ratchet && !errors.length) {
    try {
      base = await prepareBase(ratchet, files, {
        cwd: options.cwd,
        ...options.dataset.splits ? { splits: options.dataset.splits } : {},
        ...options.provider ? { provider: options.provider } : {}
      });
    } catch (err) {
      errors.push({
        message: err.message,
        key: ratchet.base_dir !== void 0 ? "ratchet.base_dir" : "ratchet.base"
      });
    }
  }
  try {
    if (ratchet && base && !errors.length) {
      const policy = ratchet.policy ?? "new-only";
      const empty = base.data !== void 0 && base.data.length === 0;
      const baseRun = empty ? void 0 : await runValidate(
        {
          ...options,
          schemaFile: resolve(options.cwd, options.schemaFile),
          ...base.data ? { data: base.data } : {},
          cwd: base.dir,
          root: options.root ?? options.cwd,
          dataset: {
            ...options.dataset,
            ...base.splits ? { splits: base.splits } : {},
            // Leakage needs two splits; a base with fewer has none to report.
            ...base.splits && Object.keys(base.splits).length < 2 && options.dataset.expectations ? { expectations: { ...options.dataset.expectations, leakage: void 0 } } : {},
            drift: void 0,
            ratchet: void 0
          },
          onStart: void 0,
          onProgress: void 0
        },
        {},
        meta
      );
      if (baseRun?.status === "error") {
        errors.push({
          message: `ratchet: the base branch's data could not be checked: ${baseRun.summary}`,
          key: ratchet.base_dir !== void 0 ? "ratchet.base_dir" : "ratchet.base"
        });
      } else {
        const baseDetails = baseRun?.details ?? { rows: 0, invalidRows: 0, groups: [] };
        const r = ratchetSchema(
          details,
          baseDetails,
          { baseDir: base.label, policy, baseStatus: baseRun?.status ?? "pass" },
          max,
          warn
        );
        details.ratchet = {
          ...r.info,
          ...base.info,
          ...base.missingFiles.length ? { missingFiles: base.missingFiles } : {}
        };
        schemaStatus = r.status;
        schemaSummary = describe(
          schemaStatus,
          ` (${r.info.introducedInvalidRows.toLocaleString("en-US")} more than the base branch's ${r.info.baseInvalidRows.toLocaleString("en-US")}${policy === "new-only" ? "; new-only gates on those" : ""})`
        );
        ratchetExpectations(dataset.details, baseRun?.details.dataset, policy);
      }
    }
  } finally {
    await base?.cleanup();
  }
  if (errors.length)
    return finish(
      "error",
      `cannot run the dataset checks: ${errors.map((e) => `${e.file ? `${e.file}: ` : ""}${e.key ? `${e.key}: ` : ""}${e.message}`).join("; ")}`.slice(
        0,
        1e3
      )
    );
  return finish(
    worstStatus([schemaStatus, dataset.details.status]),
    `${schemaSummary}; ${datasetSummary(dataset.details)}`
  );
}
function inlineValidators(inline) {
  return inline.validators.validators;
}

export { runValidate as r };
