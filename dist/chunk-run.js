import { availableParallelism } from 'node:os';
import { a as worstStatus, n as newResult } from './chunk-result.js';
import { statSync } from 'node:fs';
import { resolve, relative, isAbsolute, extname } from 'node:path';
import { i as isDynamicPattern, g as glob } from './chunk-index.js';
import { C as ChunkValidator, l as loadSchemaBundle, S as SchemaError, W as WorkerExecutor, d as defaultWorkerUrl, I as InlineExecutor } from './chunk-executor.js';
import { p as parseThreshold, t as thresholdStatus, f as formatShare } from './chunk-threshold.js';
import { g as gammaln, X as Xoshiro128ss, h as holm } from './chunk-adjust.js';
import { open } from 'node:fs/promises';
import { a as columnTypes } from './chunk-cells.js';
import { isUtf8 } from 'node:buffer';
import { C as Collector, b as validateOne } from './chunk-records.js';

function optionsFromEntry(entry, cwd) {
  return {
    schemaFile: entry.schema,
    data: Array.isArray(entry.data) ? entry.data : [entry.data],
    format: entry.format ?? "auto",
    maxInvalidRows: entry.max_invalid_rows === void 0 ? "0" : String(entry.max_invalid_rows),
    ...entry.warn_invalid_rows !== void 0 ? { warnInvalidRows: String(entry.warn_invalid_rows) } : {},
    ...entry.samples !== void 0 ? { samples: entry.samples } : {},
    ...entry.expectations || entry.splits || entry.drift ? {
      dataset: {
        ...entry.expectations ? { expectations: entry.expectations } : {},
        ...entry.splits ? { splits: entry.splits } : {},
        ...entry.drift ? { drift: entry.drift } : {}
      }
    } : {},
    cwd,
    root: cwd
  };
}

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

function ksPValue(d, n, m) {
  if (!(n > 0 && m > 0)) return 1;
  const en = Math.sqrt(n * m / (n + m));
  const lambda = (en + 0.12 + 0.11 / en) * d;
  if (lambda < 1e-3) return 1;
  let sum = 0;
  let sign = 1;
  for (let j = 1; j <= 100; j++) {
    const term = sign * Math.exp(-2 * j * j * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12 * Math.abs(sum)) break;
    sign = -sign;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}
function gammaQ(a, x) {
  if (x <= 0) return 1;
  const lnPre = -x + a * Math.log(x) - gammaln(a);
  if (x < a + 1) {
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let i = 0; i < 1e3; i++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(lnPre));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e3; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(lnPre) * h);
}
function chiSquareSf(x, df) {
  if (df <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}

const MAX_CATEGORIES = 200;
const DEFAULT_SAMPLE_SIZE = 2e4;
const PSI_EPSILON = 1e-4;
class ColumnProfile {
  constructor(size, seed) {
    this.size = size;
    this.reservoir = new Float64Array(size);
    this.rng = Xoshiro128ss.fromSeed(seed);
  }
  size;
  nulls = 0;
  numbers = 0;
  others = 0;
  reservoir;
  cats = /* @__PURE__ */ new Map();
  rng;
  add(v) {
    if (v === null || v === void 0 || v === "") {
      this.nulls++;
      return;
    }
    if (typeof v === "number") {
      const i = this.numbers++;
      if (i < this.size) this.reservoir[i] = v;
      else {
        const j = this.rng.index(i + 1);
        if (j < this.size) this.reservoir[j] = v;
      }
    } else this.others++;
    if (this.cats) {
      const k = typeof v === "string" ? v : JSON.stringify(v);
      const c = this.cats.get(k);
      if (c !== void 0) this.cats.set(k, c + 1);
      else if (this.cats.size >= MAX_CATEGORIES) this.cats = null;
      else this.cats.set(k, 1);
    }
  }
  get count() {
    return this.numbers + this.others;
  }
  /** The numbers kept, sorted ascending. */
  sample() {
    return this.reservoir.slice(0, Math.min(this.numbers, this.size)).sort();
  }
  get sampled() {
    return this.numbers > this.size;
  }
}
function psi(ref, cur) {
  let s = 0;
  for (let i = 0; i < ref.length; i++) {
    const r = Math.max(ref[i], PSI_EPSILON);
    const c = Math.max(cur[i], PSI_EPSILON);
    s += (c - r) * Math.log(c / r);
  }
  return s;
}
function upperBound(a, x) {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function quantileEdges(sortedRef, bins) {
  const n = sortedRef.length;
  const edges = [];
  for (let i = 1; i < bins; i++) {
    const e = sortedRef[Math.ceil(i * n / bins) - 1];
    if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
  }
  while (edges.length && edges[edges.length - 1] === sortedRef[n - 1]) edges.pop();
  return edges;
}
function binShares(sorted, edges) {
  const out = [];
  let below = 0;
  for (const e of edges) {
    const k = upperBound(sorted, e);
    out.push((k - below) / sorted.length);
    below = k;
  }
  out.push((sorted.length - below) / sorted.length);
  return out;
}
function ksStatistic(a, b) {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i], b[j]);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return d;
}
function fmtEdge(x) {
  return Number.isInteger(x) ? String(x) : x.toPrecision(4).replace(/\.?0+$/, "");
}
function numericDrift(ref, cur, bins) {
  const edges = quantileEdges(ref, bins);
  const r = binShares(ref, edges);
  const c = binShares(cur, edges);
  const d = ksStatistic(ref, cur);
  const labels = r.map(
    (_, i) => i === 0 ? `\u2264 ${fmtEdge(edges[0] ?? Infinity)}` : i === edges.length ? `> ${fmtEdge(edges[i - 1])}` : `${fmtEdge(edges[i - 1])}\u2013${fmtEdge(edges[i])}`
  );
  return {
    type: "numeric",
    psi: psi(r, c),
    test: "ks",
    statistic: d,
    pValue: ksPValue(d, ref.length, cur.length),
    bins: labels.map((label, i) => ({ label, ref: r[i], cur: c[i] }))
  };
}
function categoricalDrift(ref, cur) {
  const keys = [.../* @__PURE__ */ new Set([...ref.keys(), ...cur.keys()])];
  const nr = [...ref.values()].reduce((a, b) => a + b, 0);
  const nc = [...cur.values()].reduce((a, b) => a + b, 0);
  const r = keys.map((k) => (ref.get(k) ?? 0) / nr);
  const c = keys.map((k) => (cur.get(k) ?? 0) / nc);
  const n = nr + nc;
  let stat = 0;
  for (const k of keys) {
    const or = ref.get(k) ?? 0;
    const oc = cur.get(k) ?? 0;
    const col = or + oc;
    const er = col * nr / n;
    const ec = col * nc / n;
    stat += (or - er) ** 2 / er + (oc - ec) ** 2 / ec;
  }
  const df = keys.length - 1;
  const bins = keys.map((k, i) => ({ label: k, ref: r[i], cur: c[i] })).sort((a, b) => b.ref + b.cur - (a.ref + a.cur) || (a.label < b.label ? -1 : 1));
  return {
    type: "categorical",
    psi: psi(r, c),
    test: "chi2",
    statistic: stat,
    df,
    pValue: df > 0 ? chiSquareSf(stat, df) : 1,
    bins
  };
}

function hash53(s) {
  let h1 = 2166136261;
  let h2 = 16777619 ^ 1540483477;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 2097152 + (h2 >>> 0 & 2097151);
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
      this.rowHashes = /* @__PURE__ */ new Map();
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
      if (o.key?.length) this.keyHashes = /* @__PURE__ */ new Map();
      else this.rowHashes ??= /* @__PURE__ */ new Map();
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
    const seen = /* @__PURE__ */ new Set();
    const name = columns.join(" + ");
    const c = this.add({
      key: `unique:${columns.join(",")}`,
      kind: "unique",
      ...columns.length === 1 ? { column: columns[0] } : {},
      rule: `${name} unique`,
      severity,
      mostly
    });
    const single = columns.length === 1 ? columns[0] : void 0;
    const ptr = pointer(columns[0]);
    this.tests.push((row, flags) => {
      let text;
      if (single !== void 0) {
        const v = row[single];
        if (isNull(v)) return;
        text = typeof v === "string" ? `s${v}` : JSON.stringify(v);
      } else {
        const vs = columns.map((k) => row[k]);
        if (vs.some(isNull)) return;
        text = JSON.stringify(vs);
      }
      c.checked++;
      const h = hash53(text);
      if (!seen.has(h)) {
        seen.add(h);
        return;
      }
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
      const h = hash53(JSON.stringify(row));
      const prev = this.rowHashes.get(h);
      if (this.dupCheck) this.dupCheck.checked++;
      if (prev === void 0) this.rowHashes.set(h, code);
      else {
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
          const h = hash53(JSON.stringify(vs));
          const prev = this.keyHashes.get(h);
          if (prev === void 0) this.keyHashes.set(h, code);
          else if ((this.splitOf[Math.floor(prev / ROW_BITS)] ?? -1) !== this.split) {
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

const LF = 10;
const QUOTE = 34;
function lastCsvBoundary(data) {
  let pos = 0;
  let inQuotes = false;
  let last = -1;
  for (; ; ) {
    const q = data.indexOf(QUOTE, pos);
    const end = q === -1 ? data.length : q;
    if (!inQuotes && end > pos) {
      const nl = data.lastIndexOf(LF, end - 1);
      if (nl >= pos) last = nl;
    }
    if (q === -1) return last;
    inQuotes = !inQuotes;
    pos = q + 1;
  }
}
function oversized(maxRecordBytes, lines) {
  return {
    lines,
    rows: 1,
    invalidRows: 1,
    groups: [
      {
        schemaPath: "",
        keyword: "maxRecordSize",
        message: `record is larger than the ${maxRecordBytes}-byte limit`,
        count: 1,
        samples: [
          {
            line: 1,
            record: 0,
            pointer: "",
            value: "",
            message: `record is larger than the ${maxRecordBytes}-byte limit`
          }
        ]
      }
    ]
  };
}
function own(src, from, to) {
  const out = new Uint8Array(to - from);
  out.set(src.subarray(from, to));
  return out;
}
function headerEnds(buf) {
  let inQ = false;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === QUOTE) inQ = !inQ;
    else if (buf[i] === LF && !inQ) return true;
  }
  return false;
}
async function readCsvHeader(file, bundle, maxRecordBytes) {
  const fh = await open(file.abs, "r");
  try {
    let size = Math.min(file.bytes, 64 * 1024);
    let buf = Buffer.allocUnsafe(size);
    let { bytesRead } = await fh.read(buf, 0, size, 0);
    if (bytesRead === size && file.bytes > size && !headerEnds(buf)) {
      size = Math.min(file.bytes, maxRecordBytes);
      buf = Buffer.allocUnsafe(size);
      ({ bytesRead } = await fh.read(buf, 0, size, 0));
    }
    let data = buf.subarray(0, bytesRead);
    let offset = 0;
    if (data[0] === 239 && data[1] === 187 && data[2] === 191) {
      offset = 3;
      data = data.subarray(3);
    }
    const problem = (message) => ({
      offset,
      lines: 0,
      problems: [{ message, file: file.path, line: 1 }]
    });
    if (data.length === 0) return problem("file is empty: a header row is required");
    let end = data.indexOf(LF);
    if (end !== -1 && data.subarray(0, end).includes(QUOTE)) {
      let inQ = false;
      end = -1;
      for (let i = 0; i < data.length; i++) {
        if (data[i] === QUOTE) inQ = !inQ;
        else if (data[i] === LF && !inQ) {
          end = i;
          break;
        }
      }
    }
    if (end === -1 && bytesRead === size && file.bytes > size)
      return problem(`header row is longer than ${maxRecordBytes} bytes (an unclosed quote?)`);
    const lineEnd = end === -1 ? data.length : end;
    const newline = end > 0 && data[end - 1] === 13 ? "\r\n" : "\n";
    const text = Buffer.from(
      data.subarray(0, end > 0 && newline === "\r\n" ? end - 1 : lineEnd)
    ).toString("utf8");
    const delimiter = file.format === "tsv" ? "	" : ",";
    const { default: Papa } = await import('./chunk-papaparse.js').then(n => n.p);
    const parsed = Papa.parse(text, {
      delimiter,
      newline,
      quoteChar: '"',
      header: false
    });
    const header = parsed.data[0] ?? [];
    if (parsed.errors.length)
      return problem(
        `header row: ${parsed.errors[0]?.code === "MissingQuotes" ? "unclosed quote" : parsed.errors[0]?.message}`
      );
    if (header.length === 0 || header.length === 1 && header[0] === "")
      return problem("file is empty: a header row is required");
    const seen = /* @__PURE__ */ new Map();
    for (let i = 0; i < header.length; i++) {
      const name = header[i];
      if (name.trim() === "") return problem(`header row: column ${i + 1} has no name`);
      const prev = seen.get(name);
      if (prev !== void 0)
        return problem(
          `header row: duplicate column ${JSON.stringify(name)} (columns ${prev + 1} and ${i + 1})`
        );
      seen.set(name, i);
    }
    const types = columnTypes(bundle, header).map((t) => t ? [...t] : void 0);
    const lines = text.split("\n").length;
    return {
      csv: { delimiter, newline, header, types },
      offset: offset + (end === -1 ? data.length : end + 1),
      lines,
      problems: []
    };
  } finally {
    await fh.close();
  }
}
async function streamFile(file, kind, executor, opts, start, onResult) {
  const fh = await open(file.abs, "r");
  const queue = [];
  const drain = async (max) => {
    while (queue.length > max) onResult(await queue.shift());
  };
  const send = async (job) => {
    const bytes = job.buf.byteLength;
    queue.push(executor.submit(job).then((r) => ({ ...r, bytes })));
    await drain(opts.window);
  };
  const synthetic = async (r) => {
    queue.push(Promise.resolve(r));
    await drain(opts.window);
  };
  try {
    let position = start.offset;
    if (kind === "jsonl" && position === 0) {
      const bom = Buffer.alloc(3);
      const { bytesRead } = await fh.read(bom, 0, 3, 0);
      if (bytesRead === 3 && bom[0] === 239 && bom[1] === 187 && bom[2] === 191) position = 3;
    }
    let carry = new Uint8Array(0);
    let skipping = false;
    for (; ; ) {
      const block = Buffer.allocUnsafeSlow(carry.length + opts.chunkBytes);
      block.set(carry, 0);
      const { bytesRead } = await fh.read(block, carry.length, opts.chunkBytes, position);
      position += bytesRead;
      const eof = bytesRead === 0;
      let data = block.subarray(0, carry.length + bytesRead);
      if (skipping) {
        const nl = data.indexOf(LF);
        if (nl === -1) {
          carry = new Uint8Array(0);
          if (eof) {
            await synthetic(oversized(opts.maxRecordBytes, 0));
            break;
          }
          continue;
        }
        skipping = false;
        await synthetic(oversized(opts.maxRecordBytes, 1));
        data = own(data, nl + 1, data.length);
      }
      if (eof) {
        if (data.length > 0)
          await send({ kind, buf: own(data, 0, data.length), last: true, csv: start.csv });
        break;
      }
      const cut = kind === "csv" ? lastCsvBoundary(data) : data.lastIndexOf(LF);
      if (cut === -1) {
        if (data.length > opts.maxRecordBytes) {
          if (kind === "csv") {
            await synthetic({
              lines: 0,
              rows: 0,
              invalidRows: 0,
              groups: [],
              problems: [
                {
                  message: `a record starting here is larger than the ${opts.maxRecordBytes}-byte limit (an unclosed quote?); the rest of the file was not read`,
                  line: 1
                }
              ]
            });
            break;
          }
          skipping = true;
          carry = new Uint8Array(0);
          continue;
        }
        carry = data.byteOffset === 0 ? data : own(data, 0, data.length);
        continue;
      }
      carry = own(data, cut + 1, data.length);
      const job = { kind, buf: data.subarray(0, cut + 1), last: false, csv: start.csv };
      await send(job);
    }
    await drain(0);
  } finally {
    await Promise.allSettled(queue);
    await fh.close();
  }
}

const READ = 1 << 20;
async function validateJsonFile(path, v, opts) {
  const c = new Collector(opts.samples);
  const problems = [];
  const fh = await open(path, "r");
  let mode = "start";
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pieces = [];
  let size = 0;
  let oversize = false;
  let elemLine = 0;
  let first = true;
  let stop = false;
  const keep = (chunk, from, to) => {
    if (to <= from || oversize) return;
    size += to - from;
    if (size > opts.maxRecordBytes) {
      oversize = true;
      pieces = [];
      return;
    }
    pieces.push(chunk.slice(from, to));
  };
  const finish = (truncated) => {
    const record = c.rows++;
    const at = elemLine || line;
    if (oversize) {
      c.addInvalid(at, record, [
        {
          schemaPath: "",
          keyword: "maxRecordSize",
          pointer: "",
          value: void 0,
          text: "",
          message: `record is larger than the ${opts.maxRecordBytes}-byte limit`
        }
      ]);
    } else {
      const bytes = Buffer.concat(pieces);
      if (!isUtf8(bytes)) {
        c.addInvalid(at, record, [
          {
            schemaPath: "",
            keyword: "encoding",
            pointer: "",
            value: void 0,
            text: "",
            message: "not valid UTF-8"
          }
        ]);
      } else {
        validateOne(
          v,
          c,
          at,
          record,
          bytes.toString("utf8"),
          truncated ? " (the file ends inside the array: is it truncated?)" : ""
        );
      }
    }
    pieces = [];
    size = 0;
    oversize = false;
    elemLine = 0;
  };
  const fail = (message) => {
    problems.push({ message, line });
    stop = true;
  };
  try {
    const buf = Buffer.allocUnsafe(READ);
    for (; ; ) {
      const { bytesRead } = await fh.read(buf, 0, READ, null);
      if (bytesRead === 0 || stop) break;
      const chunk = buf.subarray(0, bytesRead);
      let i = 0;
      if (first && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) i = 3;
      first = false;
      let from = i;
      for (; i < bytesRead && !stop; i++) {
        const b = chunk[i];
        if (b === 10) line++;
        if (mode === "doc") continue;
        if (inString) {
          if (escaped) escaped = false;
          else if (b === 92) escaped = true;
          else if (b === 34) inString = false;
          continue;
        }
        if (mode === "start") {
          if (b === 32 || b === 9 || b === 10 || b === 13) continue;
          if (b === 91) {
            mode = "array";
            from = i + 1;
          } else {
            mode = "doc";
            elemLine = line;
            from = i;
          }
          continue;
        }
        if (mode === "after") {
          if (b !== 32 && b !== 9 && b !== 10 && b !== 13)
            fail("unexpected data after the closing ] of the array");
          continue;
        }
        if (depth === 0) {
          if (b === 44 || b === 93) {
            keep(chunk, from, i);
            if (elemLine) finish(false);
            else if (b === 44 || c.rows > 0)
              fail(`unexpected '${b === 44 ? "," : "]"}': an array element is missing`);
            if (b === 93) mode = "after";
            from = i + 1;
            continue;
          }
          if (b === 32 || b === 9 || b === 10 || b === 13) continue;
          if (!elemLine) {
            elemLine = line;
            from = i;
          }
        }
        if (b === 34) inString = true;
        else if (b === 123 || b === 91) depth++;
        else if (b === 125 || b === 93) {
          depth--;
          if (depth < 0) fail(`unexpected '${String.fromCharCode(b)}'`);
        }
      }
      if (mode === "array" && elemLine) keep(chunk, from, bytesRead);
      if (mode === "doc") keep(chunk, from, bytesRead);
    }
  } finally {
    await fh.close();
  }
  if (!stop) {
    if (mode === "start") problems.push({ message: "file is empty: no JSON value" });
    else if (mode === "doc") finish(false);
    else if (mode === "array") {
      if (elemLine) finish(true);
      else
        problems.push({
          message: "the file ends inside the array (no closing ']'): is it truncated?",
          line
        });
    }
  }
  const result = c.result(line - 1);
  if (problems.length) result.problems = problems;
  return result;
}

function sinkValidators(sink) {
  let pending = null;
  const fast = ((value) => {
    const flags = sink(value);
    if (!flags || flags.length === 0) return true;
    pending = flags.map((f) => ({
      keyword: "dataset",
      instancePath: f.pointer,
      schemaPath: f.check,
      params: {},
      message: f.message
    }));
    return false;
  });
  const full = (() => {
    full.errors = pending;
    pending = null;
    return false;
  });
  return { fast, full };
}
async function readRows(file, bundle, sink, opts) {
  const validators = sinkValidators(sink);
  const needsCsv = file.format === "csv" || file.format === "tsv";
  const cv = new ChunkValidator(
    validators,
    opts.samples,
    needsCsv ? await import('./chunk-csv.js') : void 0
  );
  const out = { rows: 0, samples: /* @__PURE__ */ new Map(), problems: [] };
  let lineBase = 0;
  let recordBase = 0;
  const add = (r) => {
    for (const g of r.groups) {
      if (g.keyword !== "dataset") continue;
      let list = out.samples.get(g.schemaPath);
      if (!list) out.samples.set(g.schemaPath, list = []);
      for (const s of g.samples) {
        if (list.length >= opts.samples) break;
        list.push({ ...s, line: s.line + lineBase, record: (s.record ?? 0) + recordBase });
      }
    }
    for (const p of r.problems ?? [])
      out.problems.push({
        ...p,
        file: file.path,
        ...p.line !== void 0 ? { line: p.line + lineBase } : {}
      });
    out.rows += r.rows;
    lineBase += r.lines;
    recordBase += r.rows;
  };
  const executor = {
    threads: 0,
    submit: (job) => {
      try {
        return Promise.resolve(cv.run(job));
      } catch (err) {
        return Promise.reject(err);
      }
    },
    close: async () => {
    }
  };
  const source = {
    chunkBytes: opts.chunkBytes ?? 1024 * 1024,
    maxRecordBytes: opts.maxRecordBytes,
    samples: opts.samples,
    window: 1
  };
  if (file.format === "json") {
    add(
      await validateJsonFile(file.abs, validators, {
        samples: opts.samples,
        maxRecordBytes: opts.maxRecordBytes
      })
    );
  } else if (file.format === "jsonl") {
    await streamFile(file, "jsonl", executor, source, { offset: 0 }, add);
  } else {
    const header = await readCsvHeader(file, bundle, opts.maxRecordBytes);
    lineBase = header.lines;
    out.problems.push(...header.problems);
    if (header.csv)
      await streamFile(
        file,
        "csv",
        executor,
        source,
        { offset: header.offset, csv: header.csv },
        add
      );
  }
  return out;
}

const DEFAULT_PSI_WARN = 0.1;
const DEFAULT_PSI_FAIL = 0.25;
const DEFAULT_BINS = 10;
const DEFAULT_ALPHA = 0.05;
const MAX_AUTO_COLUMNS = 100;
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
function rowCountChecks(config, rows, refRows, errors) {
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
class DriftSide {
  constructor(size, seed, fixed) {
    this.size = size;
    this.seed = seed;
    this.fixed = fixed;
    for (const c of fixed ?? []) this.profile(c);
  }
  size;
  seed;
  fixed;
  columns = /* @__PURE__ */ new Map();
  profile(name) {
    let p = this.columns.get(name);
    if (!p) {
      p = new ColumnProfile(this.size, this.seed + this.columns.size);
      this.columns.set(name, p);
    }
    return p;
  }
  add(value) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    const row = value;
    if (this.fixed) {
      for (const [name, p] of this.columns) p.add(row[name]);
      return;
    }
    for (const k in row) {
      let p = this.columns.get(k);
      if (!p) {
        if (this.columns.size >= MAX_AUTO_COLUMNS) continue;
        p = this.profile(k);
      }
      p.add(row[k]);
    }
  }
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
  const started = performance.now();
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
  let refRows;
  let ref;
  let cur;
  if (drift) {
    const r = await resolveData(list(drift.reference), o.cwd);
    for (const p of r.problems) errors.push({ ...p, key: "drift.reference" });
    refFiles = r.files;
    ref = new DriftSide(sampleSize, seed, drift.columns);
    cur = new DriftSide(sampleSize, seed + 7919, drift.columns);
  }
  if (errors.length) return { details: { status: "error", expectations: [] }, errors };
  const readOpts = { samples: o.samples, maxRecordBytes: o.maxRecordBytes };
  if (ref) {
    refRows = 0;
    const side = ref;
    for (const f of refFiles) {
      const r = await readRows(f, o.bundle, (v) => (side.add(v), void 0), readOpts);
      errors.push(...r.problems.map((p) => ({ ...p, key: "drift.reference" })));
      if (r.rows === 0 && r.problems.length === 0)
        errors.push({
          message: "reference file has no records",
          file: f.path,
          key: "drift.reference"
        });
      refRows += r.rows;
    }
  }
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
  const results = [];
  if (exp.row_count) results.push(...rowCountChecks(exp.row_count, rows, refRows, errors));
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
  if (drift && ref && cur) {
    details.drift = {
      reference: { paths: refFiles.map((f) => f.path), rows: refRows ?? 0 },
      alpha: drift.alpha ?? DEFAULT_ALPHA,
      correction: "holm",
      sampleSize,
      columns: driftColumns(drift, ref, cur, drift.columns !== void 0)
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
    ...details.drift?.columns.map((c) => c.status) ?? []
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
  const schemaStatus = thresholdStatus(max, warn, details.invalidRows, details.rows);
  const pct = details.rows ? ` (${formatShare(details.invalidShare)})` : "";
  const schemaSummary = details.invalidRows === 0 ? `all ${plural(details.rows, "row")} in ${plural(files.length, "file")} match the schema` : `${details.invalidRows.toLocaleString("en-US")} of ${plural(details.rows, "row")}${pct} violate the schema` + (schemaStatus === "fail" ? `: more than max-invalid-rows ${max.raw}` : schemaStatus === "warn" ? `: more than warn-invalid-rows ${warn?.raw}` : `, within max-invalid-rows ${max.raw}`);
  if (!options.dataset) return finish(schemaStatus, schemaSummary);
  const dataset = await runDatasetChecks({
    files,
    bundle,
    config: options.dataset,
    cwd: options.cwd,
    samples,
    maxRecordBytes
  });
  details.dataset = dataset.details;
  errors.push(...dataset.errors);
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

export { optionsFromEntry as o, runValidate as r };
