import { resolve, relative, isAbsolute, join, basename, dirname, posix } from 'node:path';
import { d as worstStatus, b as worseFirst, r as readResultFile, R as RESULT_SCHEMA_ID, n as newResult } from './chunk-result.js';
import { statSync } from 'node:fs';
import { i as isDynamicPattern, w as workspaceGlob } from './chunk-nesting.js';
import { w as workspacePath, g as gateFile, f as assertUtf8Head, h as readHead, c as refusalReason, j as openGated } from './chunk-workspace.js';
import { e as extensionsOf, f as formatsWith, C as COMPRESSION_EXTENSIONS, F as FORMAT_NAMES, a as formatSpec, b as formatOf, c as compressionOf, d as datasetWorkerUrl, g as WorkerPool, v as validateWorkerUrl, W as WORKER_MIN_BYTES, h as defaultThreads } from './chunk-worker-pool.js';
import { H as HashTable, s as sampleOf, j as show, k as pointer, m as field, M as MAX_CATEGORIES, a as planShard, l as loadSchemaBundle, S as SchemaError, r as readerOf, W as WorkerExecutor, I as InlineExecutor } from './chunk-executor.js';
import { p as parseThreshold, t as thresholdStatus, f as formatShare } from './chunk-threshold.js';
import { c as compactNumber } from './chunk-format.js';
import { b as baselineSpec, h as holm } from './chunk-adjust.js';
import { n as numericDrift, c as categoricalDrift, a as DriftSide, D as DEFAULT_SAMPLE_SIZE, s as startReference, r as readBack, b as shardParts } from './chunk-profile.js';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { X as Xoshiro128ss } from './chunk-prng.js';
import { createHash } from 'node:crypto';
import { b as readDataFile } from './chunk-records.js';
import { V as VERSION } from './chunk-version.js';
import { D as DEFAULT_MAX_RECORD_BYTES, a as DEFAULT_MAX_GROUPS, b as DEFAULT_SAMPLES } from './chunk-types.js';

const UNKNOWN_HINT = `${extensionsOf(formatsWith("text"))} (optionally + ${Object.keys(COMPRESSION_EXTENSIONS).join(" or ")}) or ${extensionsOf(FORMAT_NAMES.filter((f) => !formatSpec(f).text))}`;
function refusal(err, shown) {
  if (err.code === "ENOENT")
    return { message: "data file not found", file: shown };
  return { message: refusalReason(err), file: shown };
}
async function resolveData(patterns, cwd, forced, root = cwd, csv) {
  const files = /* @__PURE__ */ new Map();
  const problems = [];
  if (patterns.length === 0) problems.push({ message: "no data files given" });
  for (const pattern of patterns) {
    let matches;
    if (isDynamicPattern(pattern)) {
      matches = (await workspaceGlob(pattern, cwd, root, {
        onlyFiles: true,
        dot: false,
        expandDirectories: false
      })).matches;
      if (matches.length === 0) {
        problems.push({ message: `data glob ${JSON.stringify(pattern)} matched no files` });
        continue;
      }
    } else {
      const abs = resolve(cwd, pattern);
      let isDir = false;
      try {
        isDir = statSync(workspacePath(root, abs, "data file")).isDirectory();
      } catch {
      }
      if (isDir) {
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
      const shown = isDynamicPattern(pattern) ? path : pattern;
      const format = forced ?? formatOf(abs);
      const text = format === void 0 || formatSpec(format).text;
      const compression = text ? compressionOf(abs).compression : void 0;
      let gated;
      try {
        gated = gateFile(root, abs, "data file");
        if (text && compression === void 0) assertUtf8Head(readHead(gated), shown);
      } catch (err) {
        problems.push(refusal(err, shown));
        continue;
      }
      if (!format) {
        problems.push({
          message: `unknown data format: name it ${UNKNOWN_HINT}, or set format (${FORMAT_NAMES.join(", ")})`,
          file: path
        });
        continue;
      }
      const tabular = formatSpec(format).layout === "delimited";
      files.set(abs, {
        path,
        abs,
        format,
        bytes: gated.size,
        gate: gated,
        ...compression ? { compression } : {},
        ...tabular && csv ? { csv } : {}
      });
    }
  }
  return { files: [...files.values()], problems };
}

const LINE_BITS = 2 ** 32;
function resized(a, n, keep) {
  const next = new a.constructor(n);
  next.set(a.subarray(0, keep));
  return next;
}
class KeyRun {
  n = 0;
  hi = new Uint32Array(1024);
  lo = new Uint32Array(1024);
  code = new Float64Array(1024);
  /** Room for `n` keys in all, so a shard's run does not grow (and copy) as it fills. */
  reserve(n) {
    if (n > this.hi.length) this.grow(n);
  }
  push(hi, lo, code) {
    if (this.n === this.hi.length) this.grow(this.hi.length * 2);
    this.hi[this.n] = hi;
    this.lo[this.n] = lo;
    this.code[this.n++] = code;
  }
  grow(n) {
    this.hi = resized(this.hi, n, this.n);
    this.lo = resized(this.lo, n, this.n);
    this.code = resized(this.code, n, this.n);
  }
}
const LITTLE_ENDIAN$1 = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
function words(bytes, at, n) {
  if (LITTLE_ENDIAN$1 && (bytes.byteOffset + at) % 4 === 0)
    return new Uint32Array(bytes.buffer, bytes.byteOffset + at, n);
  const out = new Uint32Array(n);
  for (let j = 0, p = at; j < n; j++, p += 4)
    out[j] = (bytes[p] | bytes[p + 1] << 8 | bytes[p + 2] << 16) + bytes[p + 3] * 2 ** 24;
  return out;
}
const KEYS_PER_SORT_BUCKET = 8;
function sortKeys(run, hi, lo) {
  const n = run.n;
  const bits = Math.min(20, Math.max(1, Math.ceil(Math.log2(n / KEYS_PER_SORT_BUCKET + 1))));
  const shift = 32 - bits;
  const ends = new Uint32Array((1 << bits) + 1);
  for (let i = 0; i < n; i++) ends[(run.hi[i] >>> shift) + 1]++;
  for (let b = 1; b < ends.length; b++) ends[b] += ends[b - 1];
  const code = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const to = ends[run.hi[i] >>> shift]++;
    hi[to] = run.hi[i];
    lo[to] = run.lo[i];
    code[to] = run.code[i];
  }
  const keys = { hi, lo, code };
  for (let b = 0, start = 0; b < 1 << bits; start = ends[b++])
    if (ends[b] - start > 32) sortBucket(keys, start, ends[b]);
    else insertionSort(keys, start, ends[b]);
  return keys;
}
function insertionSort({ hi, lo, code }, start, end) {
  for (let i = start + 1; i < end; i++) {
    const h = hi[i];
    const l = lo[i];
    const c = code[i];
    let j = i - 1;
    for (; j >= start && (hi[j] > h || hi[j] === h && lo[j] > l); j--) {
      hi[j + 1] = hi[j];
      lo[j + 1] = lo[j];
      code[j + 1] = code[j];
    }
    hi[j + 1] = h;
    lo[j + 1] = l;
    code[j + 1] = c;
  }
}
function sortBucket({ hi, lo, code }, start, end) {
  const order = Array.from({ length: end - start }, (_, i) => start + i);
  order.sort((x, y) => hi[x] - hi[y] || lo[x] - lo[y] || x - y);
  const moved = order.map((i) => [hi[i], lo[i], code[i]]);
  moved.forEach(([h, l, c], i) => {
    hi[start + i] = h;
    lo[start + i] = l;
    code[start + i] = c;
  });
}
function toLittleEndian(out, at, column) {
  for (let j = 0, p = at; j < column.length; j++, p += 4) {
    const v = column[j];
    out[p] = v & 255;
    out[p + 1] = v >>> 8 & 255;
    out[p + 2] = v >>> 16 & 255;
    out[p + 3] = v >>> 24;
  }
}
function putPositions(out, at, code, base, width) {
  let p = at;
  if (width <= 4)
    for (let j = 0; j < code.length; j++)
      for (let v = code[j] - base >>> 0, b = 0; b < width; b++, v >>>= 8) out[p++] = v & 255;
  else
    for (let j = 0; j < code.length; j++)
      for (let v = code[j] - base, b = 0; b < width; b++, v = Math.floor(v / 256))
        out[p++] = v % 256;
}
function encodeRun(run, add) {
  const n = run.n;
  let base = Infinity;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const c = run.code[i];
    if (c < base) base = c;
    if (c > top) top = c;
  }
  if (!n) base = 0;
  let width = 0;
  for (let span = top - base; span >= 1; span = Math.floor(span / 256)) width++;
  const out = new Uint8Array(n * (8 + width));
  const hi = LITTLE_ENDIAN$1 ? new Uint32Array(out.buffer, 0, n) : new Uint32Array(n);
  const lo = LITTLE_ENDIAN$1 ? new Uint32Array(out.buffer, 4 * n, n) : new Uint32Array(n);
  const keys = sortKeys(run, hi, lo);
  if (!LITTLE_ENDIAN$1) {
    toLittleEndian(out, 0, hi);
    toLittleEndian(out, 4 * n, lo);
  }
  putPositions(out, 8 * n, keys.code, base, width);
  return { ...add(out), keys: n, base, width };
}
function shiftCode(code, shifts, source) {
  const file = Math.floor(code / LINE_BITS);
  const line = code % LINE_BITS + (shifts[file] ?? 0);
  if (line >= LINE_BITS) throw new Error(`${source}: a line number is out of range`);
  return file * LINE_BITS + line;
}
function decodeRun(bytes, ref, source, maxKeys, shifts) {
  const n = ref.keys;
  if (!Number.isSafeInteger(n) || n < 0 || n > maxKeys)
    throw new Error(`${source}: a key run holds more keys than its shard has rows`);
  const { base, width } = ref;
  if (!Number.isSafeInteger(base) || base < 0 || !Number.isInteger(width) || width < 0 || width > 7)
    throw new Error(`${source}: a key run is damaged (its base or width)`);
  if (bytes.length !== n * (8 + width))
    throw new Error(`${source}: a key run is damaged (${bytes.length} bytes for ${n} keys)`);
  return {
    n,
    hi: words(bytes, 0, n),
    lo: words(bytes, 4 * n, n),
    positions: bytes.subarray(8 * n),
    base,
    width,
    ...shifts ? { shifts } : {},
    source
  };
}
function positionOf(run, j) {
  let v = 0;
  for (let b = 0, p = j * run.width, scale = 1; b < run.width; b++, scale *= 256)
    v += run.positions[p + b] * scale;
  const c = run.base + v;
  if (c > Number.MAX_SAFE_INTEGER) throw new Error(`${run.source}: a key run is damaged`);
  return run.shifts ? shiftCode(c, run.shifts, run.source) : c;
}
const KEYS_PER_SLICE = 1024;
function mergeRuns(runs, visit) {
  const total = runs.reduce((n, r) => n + r.n, 0);
  if (total > 4294967295) throw new Error("more keys than one merge can number");
  const bits = Math.min(16, Math.max(0, Math.ceil(Math.log2(total / KEYS_PER_SLICE))));
  const [mixHi, mixLo] = crypto.getRandomValues(new Uint32Array(2)).map((m) => m | 1);
  const at = new Float64Array(runs.length);
  const to = new Float64Array(runs.length);
  const repeats = new Repeats(runs);
  let size = 0;
  let mask = 0;
  let shift = 0;
  const column = () => new Uint32Array(size);
  let [hi, lo, key, mark] = [column(), column(), column(), column()];
  for (let slice = 0; slice < 2 ** bits; slice++) {
    let keys = 0;
    for (let k = 0; k < runs.length; k++) {
      to[k] = sliceEnd(runs[k], at[k], slice, bits);
      keys += to[k] - at[k];
    }
    if (2 * keys > size) {
      size = 2 ** Math.max(4, Math.ceil(Math.log2(2 * keys)));
      [hi, lo, key, mark] = [column(), column(), column(), column()];
      mask = size - 1;
      shift = 32 - Math.log2(size);
    }
    const current = slice + 1;
    for (let k = 0; k < runs.length; k++) {
      const { hi: runHi, lo: runLo } = runs[k];
      const offset = repeats.offsets[k];
      for (let j = at[k], end = to[k]; j < end; j++) {
        const h = runHi[j];
        const l = runLo[j];
        let s = Math.imul(l ^ Math.imul(h, mixHi), mixLo) >>> shift;
        while (mark[s] === current && (lo[s] !== l || hi[s] !== h)) s = s + 1 & mask;
        if (mark[s] === current) repeats.add(key[s], offset + j);
        else {
          mark[s] = current;
          hi[s] = h;
          lo[s] = l;
          key[s] = offset + j;
        }
      }
    }
    at.set(to);
    repeats.visit(visit);
  }
  runs.forEach((r, k) => {
    if (at[k] !== r.n) throw new Error(`${r.source}: a key run is not sorted`);
  });
}
function sliceEnd(r, from, slice, bits) {
  let j = from;
  while (j < r.n && r.hi[j] >>> 1 >>> 31 - bits === slice) j++;
  return j;
}
class Repeats {
  constructor(runs) {
    this.runs = runs;
    let n = 0;
    this.offsets = runs.map((r) => (n += r.n, n - r.n));
  }
  runs;
  /** Where each run's keys start in one numbering of all keys (a table slot holds that number). */
  offsets;
  groups = /* @__PURE__ */ new Map();
  add(first, key) {
    let list = this.groups.get(first);
    if (!list) this.groups.set(first, list = [first]);
    list.push(key);
  }
  /** Each group: its smallest position is the first, the others are repeats. */
  visit(visit) {
    if (!this.groups.size) return;
    for (const keys of this.groups.values()) {
      const codes = keys.map((key) => this.position(key));
      let first = 0;
      for (let i = 1; i < codes.length; i++) if (codes[i] < codes[first]) first = i;
      codes.forEach((code, i) => {
        if (i !== first) visit(code, codes[first]);
      });
    }
    this.groups = /* @__PURE__ */ new Map();
  }
  /** The position of key number `key`: its run is the last whose first number is at most it. */
  position(key) {
    let [low, high] = [0, this.offsets.length - 1];
    while (low < high) {
      const mid = low + high + 1 >>> 1;
      if (this.offsets[mid] <= key) low = mid;
      else high = mid - 1;
    }
    return positionOf(this.runs[low], key - this.offsets[low]);
  }
}

const MAX_NEW_VALUES = 20;
const MAX_TRACKED_VALUES = 1e3;
function valueOf(row, column) {
  return row !== null && typeof row === "object" ? field(row, column) : void 0;
}
function keySample(columns, tail) {
  const one = columns.length === 1;
  return (row) => {
    const value = one ? valueOf(row, columns[0]) : columns.map((c) => valueOf(row, c));
    return {
      ptr: one ? pointer(columns[0]) : "",
      value: one ? value : row,
      message: `${columns.join(" + ")} ${show(value)} ${tail}`
    };
  };
}
function rowSample(message) {
  return (row) => ({ ptr: "", value: row, message });
}
class Expectations {
  constructor(config, files, splitOf, splitNames, maxSamples, record = false) {
    this.files = files;
    this.splitOf = splitOf;
    this.splitNames = splitNames;
    this.maxSamples = maxSamples;
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
      this.leakCheck = this.add({
        key: "leakage",
        kind: "leakage",
        rule: o.key?.length ? `no ${o.key.join(" + ")} in two splits` : "no row in two splits",
        severity: o.severity ?? "fail",
        mostly: 1
      });
      if (o.key?.length) {
        this.leakKey = { columns: o.key, seen: new HashTable(), index: this.plan.keys.length };
        this.plan.keys.push(o.key);
      } else this.rowHashes ??= new HashTable();
    }
    this.plan.rowHash = this.rowHashes !== void 0;
    if (record) this.runs = this.tables().map(() => new KeyRun());
  }
  files;
  splitOf;
  splitNames;
  maxSamples;
  checks = [];
  plan = { tests: [], keys: [], rowHash: false };
  /** Samples per check key, file order. */
  samples = /* @__PURE__ */ new Map();
  pending = [];
  queued = /* @__PURE__ */ new Map();
  testChecks = [];
  keyChecks = [];
  rowHashes;
  dupCheck;
  leakCheck;
  leakKey;
  fileIndex = 0;
  split = -1;
  lineBase = 0;
  runs;
  /** The hash tables in state order: unique keys, rows, the leakage key. */
  tables() {
    return [
      ...this.keyChecks.map((k) => k.seen),
      ...this.rowHashes ? [this.rowHashes] : [],
      ...this.leakKey ? [this.leakKey.seen] : []
    ];
  }
  /** A table's setIfAbsent; in shard mode the key is recorded and nothing is a repeat yet. */
  see(table, seen, hi, lo, code) {
    if (!this.runs) return seen.setIfAbsent(hi, lo, code);
    this.runs[table].push(hi, lo, code);
    return -1;
  }
  add(c) {
    const check = { ...c, checked: 0, unexpected: 0 };
    this.checks.push(check);
    return check;
  }
  column(column, e) {
    const severity = e.severity ?? "fail";
    const mostly = e.mostly ?? 1;
    if (e.max_null_share !== void 0) {
      this.testChecks.push(
        this.add({
          key: `column:${column}:max_null_share`,
          kind: "null_share",
          column,
          rule: `null share \u2264 ${e.max_null_share}`,
          severity,
          mostly: 1,
          maxShare: e.max_null_share
        })
      );
      this.plan.tests.push({ kind: "null_share", column });
    }
    if (e.categories) {
      this.testChecks.push(
        this.add({
          key: `column:${column}:categories`,
          kind: "categories",
          column,
          rule: `one of ${e.categories.length} allowed values`,
          severity,
          mostly,
          values: /* @__PURE__ */ new Map()
        })
      );
      this.plan.tests.push({
        kind: "categories",
        column,
        allowed: e.categories.map((v) => typeof v === "string" ? v : JSON.stringify(v))
      });
    }
    if (e.min !== void 0 || e.max !== void 0) {
      this.testChecks.push(
        this.add({
          key: `column:${column}:range`,
          kind: "range",
          column,
          rule: e.min !== void 0 && e.max !== void 0 ? `${e.min} \u2264 value \u2264 ${e.max}` : e.min !== void 0 ? `value \u2265 ${e.min}` : `value \u2264 ${e.max}`,
          severity,
          mostly
        })
      );
      this.plan.tests.push({
        kind: "range",
        column,
        ...e.min !== void 0 ? { lo: e.min } : {},
        ...e.max !== void 0 ? { hi: e.max } : {}
      });
    }
    if (e.unique) this.uniqueKey([column], mostly, severity);
  }
  uniqueKey(columns, mostly = 1, severity = "fail") {
    const check = this.add({
      key: `unique:${columns.join(",")}`,
      kind: "unique",
      ...columns.length === 1 ? { column: columns[0] } : {},
      rule: `${columns.join(" + ")} unique`,
      severity,
      mostly
    });
    this.keyChecks.push({ check, columns, seen: new HashTable() });
    this.plan.keys.push(columns);
  }
  /** Sizes the hash tables for about `rows` rows up front (growing them costs a rehash each time). */
  reserve(rows) {
    if (this.runs) return;
    for (const k of this.keyChecks) k.seen.reserve(rows);
    this.rowHashes?.reserve(rows);
    this.leakKey?.seen.reserve(rows);
  }
  /** Before the first chunk of a file: `lineBase` is the lines before its records (a CSV header). */
  startFile(fileIndex, lineBase = 0) {
    this.fileIndex = fileIndex;
    this.split = this.splitOf[fileIndex] ?? -1;
    this.lineBase = lineBase;
  }
  where(code) {
    const file = Math.floor(code / LINE_BITS);
    return `${this.files[file]} line ${code % LINE_BITS}`;
  }
  splitName(code) {
    return this.splitNames[this.splitOf[Math.floor(code / LINE_BITS)] ?? -1] ?? "?";
  }
  sample(key, s) {
    let list = this.samples.get(key);
    if (!list) this.samples.set(key, list = []);
    if (list.length < this.maxSamples)
      list.push({
        file: this.files[this.fileIndex],
        line: s.line,
        value: s.value,
        message: s.message
      });
  }
  repeat(check, origin, d, i, describe) {
    check.unexpected++;
    const queued = this.queued.get(check.key) ?? 0;
    if (queued >= this.maxSamples) return;
    this.queued.set(check.key, queued + 1);
    this.pending.push({
      check: check.key,
      origin,
      record: d.records[i],
      line: this.lineBase + d.lines[i],
      describe: describe()
    });
  }
  /** A chunk without parsed records (an oversized one): only its lines count. */
  skipLines(lines) {
    this.lineBase += lines;
  }
  /** One chunk's digest, chunks in file order; `chunkLines` (the lines it spans) advances the file's line base. */
  fold(d, origin, chunkLines) {
    this.testChecks.forEach((c, t) => {
      const td = d.tests[t];
      if (!td) return;
      c.checked += td.checked;
      c.unexpected += td.unexpected;
      for (const s of td.samples) this.sample(c.key, { ...s, line: s.line + this.lineBase });
      if (c.values && td.values)
        for (const [k, n] of td.values) {
          const prev = c.values.get(k);
          if (prev !== void 0) c.values.set(k, prev + n);
          else if (c.values.size < MAX_TRACKED_VALUES) c.values.set(k, n);
        }
    });
    const keyHashes = this.keyChecks.map((_, k) => d.keys[k]);
    const leakHashes = this.leakKey ? d.keys[this.leakKey.index] : void 0;
    for (let i = 0; i < d.n; i++) {
      if (!d.objects[i]) continue;
      const code = this.fileIndex * LINE_BITS + this.lineBase + d.lines[i];
      for (let k = 0; k < this.keyChecks.length; k++) {
        const h = keyHashes[k];
        if (!h.present[i]) continue;
        const kc = this.keyChecks[k];
        kc.check.checked++;
        if (this.see(k, kc.seen, h.hi[i], h.lo[i], code) === -1) continue;
        this.repeat(kc.check, origin, d, i, () => keySample(kc.columns, "is repeated"));
      }
      if (this.rowHashes && d.rows) {
        const prev = this.see(
          this.keyChecks.length,
          this.rowHashes,
          d.rows.hi[i],
          d.rows.lo[i],
          code
        );
        if (this.dupCheck) this.dupCheck.checked++;
        if (prev !== -1) {
          const other = this.splitOf[Math.floor(prev / LINE_BITS)] ?? -1;
          if (other === this.split || this.split === -1 || other === -1) {
            if (this.dupCheck)
              this.repeat(
                this.dupCheck,
                origin,
                d,
                i,
                () => rowSample(`same row as ${this.where(prev)}`)
              );
          } else if (this.leakCheck && !this.leakKey) {
            this.repeat(
              this.leakCheck,
              origin,
              d,
              i,
              () => rowSample(`same row in split ${this.splitName(prev)} (${this.where(prev)})`)
            );
          }
        }
      }
      if (this.leakCheck && this.split !== -1) {
        this.leakCheck.checked++;
        if (this.leakKey && leakHashes?.present[i]) {
          const prev = this.see(
            this.keyChecks.length + (this.rowHashes ? 1 : 0),
            this.leakKey.seen,
            leakHashes.hi[i],
            leakHashes.lo[i],
            code
          );
          if (prev !== -1 && (this.splitOf[Math.floor(prev / LINE_BITS)] ?? -1) !== this.split) {
            const columns = this.leakKey.columns;
            this.repeat(
              this.leakCheck,
              origin,
              d,
              i,
              () => keySample(columns, `also in split ${this.splitName(prev)} (${this.where(prev)})`)
            );
          }
        }
      }
    }
    this.lineBase += chunkLines;
  }
  /** The line base of the file being folded: where the next chunk's lines start. */
  get lines() {
    return this.lineBase;
  }
  /** Shard mode: the counts, first samples and the key runs (their bytes go to `add`). */
  state(add) {
    return {
      checks: this.checks.map((c) => ({
        key: c.key,
        checked: c.checked,
        unexpected: c.unexpected,
        ...c.values ? { values: [...c.values] } : {}
      })),
      samples: Object.fromEntries(this.samples),
      runs: (this.runs ?? []).map((r) => encodeRun(r, add))
    };
  }
  /** Merge: one shard's state (shards in input order); checks must be the same list. */
  absorb(st) {
    this.checks.forEach((c, i) => {
      const sc = st.checks[i];
      if (!sc || sc.key !== c.key) throw new Error(`the shards' checks differ at ${c.key}`);
      c.checked += sc.checked;
      c.unexpected += sc.unexpected;
      if (c.values)
        for (const [k, n] of sc.values ?? []) {
          const prev = c.values.get(k);
          if (prev !== void 0) c.values.set(k, prev + n);
          else if (c.values.size < MAX_TRACKED_VALUES) c.values.set(k, n);
        }
    });
    for (const [key, list] of Object.entries(st.samples)) {
      let all = this.samples.get(key);
      if (!all) this.samples.set(key, all = []);
      all.push(...list);
    }
  }
  /**
   * Merge: the repeats over all shards' key runs (`runs[table]`: that table's run of each
   * shard), counted and sampled as one pass over the whole input would; samples (the first ones
   * by position) are located by `locate` and read back by the caller (settle).
   */
  replay(runs, locate) {
    const order = new Map(this.files.map((f, i) => [f, i]));
    for (const list of this.samples.values()) {
      list.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line);
      list.length = Math.min(list.length, this.maxSamples);
    }
    const found = /* @__PURE__ */ new Map();
    const hit = (check, code, describe) => {
      check.unexpected++;
      let list = found.get(check);
      if (!list) found.set(check, list = []);
      if (list.length < this.maxSamples) list.push({ code, describe });
      else if (code < list[list.length - 1].code) list[list.length - 1] = { code, describe };
      else return;
      list.sort((a, b) => a.code - b.code);
    };
    const split = (code) => this.splitOf[Math.floor(code / LINE_BITS)] ?? -1;
    let t = 0;
    for (const kc of this.keyChecks)
      mergeRuns(runs[t++] ?? [], (code, first) => {
        if (code !== first) hit(kc.check, code, () => keySample(kc.columns, "is repeated"));
      });
    if (this.rowHashes)
      mergeRuns(runs[t++] ?? [], (code, prev) => {
        if (code === prev) return;
        const here = split(code);
        const other = split(prev);
        if (other === here || here === -1 || other === -1) {
          if (this.dupCheck)
            hit(this.dupCheck, code, () => rowSample(`same row as ${this.where(prev)}`));
        } else if (this.leakCheck && !this.leakKey)
          hit(
            this.leakCheck,
            code,
            () => rowSample(`same row in split ${this.splitName(prev)} (${this.where(prev)})`)
          );
      });
    const leak = this.leakKey;
    if (leak && this.leakCheck)
      mergeRuns(runs[t++] ?? [], (code, prev) => {
        if (code === prev || split(prev) === split(code)) return;
        hit(
          this.leakCheck,
          code,
          () => keySample(leak.columns, `also in split ${this.splitName(prev)} (${this.where(prev)})`)
        );
      });
    for (const [check, list] of found)
      for (const { code, describe } of list) {
        const at = locate(code);
        this.pending.push({
          check: check.key,
          origin: at?.origin ?? { file: Math.floor(code / LINE_BITS) },
          record: at?.record ?? -1,
          line: code % LINE_BITS,
          describe: describe()
        });
      }
  }
  /** Fills in the samples of repeats once their records were read back. */
  settle(rows) {
    for (const p of this.pending) {
      const row = rows.get(p);
      const { ptr, value, message } = p.describe(row);
      const s = sampleOf(p.line, p.record, ptr, row === void 0 ? void 0 : value, message);
      let list = this.samples.get(p.check);
      if (!list) this.samples.set(p.check, list = []);
      list.push({
        file: this.files[p.origin.file],
        line: p.line,
        value: s.value,
        message: s.message
      });
    }
    this.pending.length = 0;
  }
}

const MAX_REMOTE_FILE_BYTES = 100 * 1024 * 1024;

const noop$1 = async () => {
};
async function workspaceFiles(patterns, cwd, root) {
  const r = await resolveData(patterns, cwd, void 0, root);
  return {
    files: r.files,
    info: { source: "file", paths: r.files.map((f) => f.path) },
    problems: r.problems,
    cleanup: noop$1
  };
}
async function workspaceFile(path, cwd, root) {
  const full = workspacePath(cwd, path, "drift.reference");
  const r = await resolveData([full], cwd, void 0, root);
  const absent = r.problems.some((p) => p.message === "data file not found");
  return {
    files: r.files,
    info: { source: absent ? "none" : "file", paths: [path] },
    problems: absent ? [] : r.problems,
    ...absent ? { missing: `reference file ${path} not found in the workspace` } : {},
    cleanup: noop$1
  };
}
async function remoteFile(spec, options) {
  const fetchFile = options.provider?.fetchFile;
  if (!fetchFile)
    throw new Error(
      spec.source === "artifact" ? "an artifact reference needs access to the GitHub API (the action, with a token)" : "a base_branch reference needs a pull request (or a base ref) to read from"
    );
  const dir = await mkdtemp(join(tmpdir(), "modelgate-reference-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const file = join(dir, basename(spec.path));
    const got = await fetchFile.call(options.provider, spec, {
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
      info: { source: spec.source, paths: [spec.path], bytes: got.bytes, ...where, ...got.info },
      problems: r.problems.map((p) => ({ ...p, file: spec.path })),
      cleanup
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
async function resolveReference(reference, options) {
  const { cwd } = options;
  const root = options.root ?? cwd;
  if (typeof reference === "string" || Array.isArray(reference))
    return workspaceFiles(Array.isArray(reference) ? reference : [reference], cwd, root);
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
  if (spec.source === "file") return workspaceFile(spec.path, cwd, root);
  return remoteFile(spec, options);
}

const ALIGN = 8;
class StateWriter {
  parts = [];
  size = 0;
  add(bytes) {
    const pad = (ALIGN - this.size % ALIGN) % ALIGN;
    if (pad) {
      this.parts.push(new Uint8Array(pad));
      this.size += pad;
    }
    const at = this.size;
    this.parts.push(bytes);
    this.size += bytes.length;
    return { at, bytes: bytes.length };
  }
  finish() {
    const bytes = Buffer.concat(this.parts, this.size);
    return {
      bytes,
      ref: { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") }
    };
  }
}
function stateFileName(jsonPath) {
  return `${basename(jsonPath).replace(/\.json$/i, "")}.state.bin`;
}
const NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,200}\.state\.bin$/;
async function checkState(bytes, ref, source) {
  if (bytes.length !== ref.bytes)
    throw new Error(
      `${source}: the partial state file holds ${bytes.length} bytes, the result says ${ref.bytes}`
    );
  if (createHash("sha256").update(bytes).digest("hex") !== ref.sha256)
    throw new Error(`${source}: the partial state file's SHA-256 differs from the result's`);
  return bytes;
}
async function readStateFile(jsonPath, ref, maxBytes) {
  const name = ref.file ?? "";
  if (!NAME.test(name))
    throw new Error(`${jsonPath}: names no valid partial state file (${JSON.stringify(name)})`);
  const dir = dirname(jsonPath);
  const shown = resolve(dir, name);
  if (ref.bytes > maxBytes)
    throw new Error(
      `${shown}: the partial state file is said to hold ${ref.bytes} bytes, more than its rows allow (${maxBytes})`
    );
  let bytes;
  try {
    bytes = await readExactly(gateFile(dir, shown, "partial state file"), shown, ref.bytes);
  } catch (err) {
    const message = err.message;
    throw new Error(
      message.startsWith(`${shown}: `) ? message : `${shown}: cannot read the partial state file: ${refusalReason(err)}`
    );
  }
  return checkState(bytes, ref, shown);
}
async function readExactly(file, shown, size) {
  const fh = await openGated(file, "partial state file", shown);
  try {
    const actual = (await fh.stat()).size;
    if (actual !== size)
      throw new Error(`${shown}: holds ${actual} bytes, the result says ${size}`);
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const { bytesRead } = await fh.read(buf, got, size - got, null);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  } finally {
    await fh.close();
  }
}
function sectionOf(file, s, source) {
  if (!Number.isSafeInteger(s.at) || !Number.isSafeInteger(s.bytes) || s.at < 0 || s.bytes < 0 || s.at + s.bytes > file.length)
    throw new Error(`${source}: a section lies outside the partial state file`);
  return file.subarray(s.at, s.at + s.bytes);
}
const STATE_BYTES = /* @__PURE__ */ Symbol("partial state bytes");
function withStateBytes(o, bytes) {
  Object.defineProperty(o, STATE_BYTES, { value: bytes, enumerable: false });
  return o;
}
function stateBytesOf(o) {
  return o ? o[STATE_BYTES] : void 0;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function littleEndian(values) {
  if (LITTLE_ENDIAN) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const out = new Uint8Array(values.byteLength);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setFloat64(8 * i, v, true));
  return out;
}
function encodeProfiles(states, add) {
  return states.map(([name, s]) => {
    const kept = s.reservoir.slice(0, Math.min(s.numbers, s.size));
    return {
      name,
      size: s.size,
      nulls: s.nulls,
      numbers: s.numbers,
      others: s.others,
      sample: add(littleEndian(kept)),
      cats: s.cats ? [...s.cats] : null
    };
  });
}
function decodeSample(p, file, source, size) {
  const b = sectionOf(file, p.sample, source);
  const n = b.length / 8;
  const counts = [p.nulls, p.numbers, p.others];
  if (p.size !== size || !counts.every((c) => Number.isSafeInteger(c) && c >= 0) || n !== Math.min(p.size, p.numbers))
    throw new Error(`${source}: the drift sample of ${p.name} is damaged`);
  if (LITTLE_ENDIAN && b.byteOffset % 8 === 0) return new Float64Array(b.buffer, b.byteOffset, n);
  const out = new Float64Array(n);
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < n; i++) out[i] = view.getFloat64(8 * i, true);
  return out;
}
function mergeProfiles(parts, samples, size, seed) {
  const numbers = parts.reduce((n, p) => n + p.numbers, 0);
  let cats = /* @__PURE__ */ new Map();
  for (const p of parts) {
    if (!p.cats || !cats) {
      cats = null;
      break;
    }
    for (const [k, n] of p.cats) cats.set(k, (cats.get(k) ?? 0) + n);
    if (cats.size > MAX_CATEGORIES) cats = null;
  }
  const reservoir = new Float64Array(size);
  if (numbers <= size) {
    let at = 0;
    for (const s of samples) {
      reservoir.set(s, at);
      at += s.length;
    }
  } else {
    const rng = Xoshiro128ss.fromSeed(seed);
    const left = parts.map((p) => p.numbers);
    const pools = samples.map((s) => s.slice());
    const sizes = samples.map((s) => s.length);
    let total = numbers;
    for (let k = 0; k < size; k++) {
      let r = rng.index(total);
      let j = 0;
      while (r >= left[j]) r -= left[j++];
      const pool = pools[j];
      const last = --sizes[j];
      const pick = rng.index(last + 1);
      reservoir[k] = pool[pick];
      pool[pick] = pool[last];
      left[j]--;
      total--;
    }
  }
  return {
    size,
    nulls: parts.reduce((n, p) => n + p.nulls, 0),
    numbers,
    others: parts.reduce((n, p) => n + p.others, 0),
    reservoir,
    cats
  };
}
function mergeSide(shards, size, seed) {
  const byName = /* @__PURE__ */ new Map();
  for (const { profiles, file, source } of shards)
    for (const p of profiles) {
      let l = byName.get(p.name);
      if (!l) byName.set(p.name, l = { parts: [], samples: [] });
      l.parts.push(p);
      l.samples.push(decodeSample(p, file, source, size));
    }
  return [...byName].map(([name, l], i) => [
    name,
    mergeProfiles(l.parts, l.samples, size, seed + i)
  ]);
}

const DEFAULT_PSI_WARN = 0.1;
const DEFAULT_PSI_FAIL = 0.25;
const DEFAULT_BINS = 10;
const DEFAULT_ALPHA = 0.05;
function fmt(x) {
  return compactNumber(x, { digits: 3, small: 1e-3, large: 1e3, expDigits: 2 });
}
function pct(x) {
  return `${Number((x * 100).toPrecision(3))}%`;
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
  out.sort((a, b) => worseFirst(a.status, b.status) || (b.psi ?? -1) - (a.psi ?? -1));
  return out;
}
function list(x) {
  return Array.isArray(x) ? x : [x];
}
const REFERENCE_IN_THREAD_BYTES = 64 * 1024 * 1024;
async function smallPiece(files, shard) {
  if (!shard) return false;
  let bytes = 0;
  for (const p of await planShard(files, shard))
    bytes += p.whole || files[p.file]?.format === "parquet" ? files[p.file]?.bytes ?? 0 : p.to - p.from;
  return bytes <= REFERENCE_IN_THREAD_BYTES;
}
async function resolveSplits(o, errors) {
  const { config, files } = o;
  const splitNames = Object.keys(config.splits ?? {});
  const splitOf = files.map(() => -1);
  const byAbs = new Map(files.map((f, i) => [f.abs, i]));
  for (const [si, name] of splitNames.entries()) {
    const r = await resolveData(
      list(config.splits[name]),
      o.cwd,
      void 0,
      o.root ?? o.cwd
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
  return { splitNames, splitOf };
}
async function resolveDriftReference(o, errors) {
  const drift = o.config.drift;
  let reference;
  let missing;
  if (drift) {
    try {
      reference = await resolveReference(drift.reference, {
        cwd: o.cwd,
        root: o.root ?? o.cwd,
        ...o.provider ? { provider: o.provider } : {}
      });
    } catch (err) {
      errors.push({ message: err.message, key: "drift.reference" });
    }
    if (reference) {
      for (const p of reference.problems) errors.push({ ...p, key: "drift.reference" });
      if (reference.missing !== void 0)
        missing = { status: drift.missing_reference ?? "fail", note: reference.missing };
    }
  }
  return { ...reference ? { reference } : {}, ...missing ? { missing } : {} };
}
async function readReference(o, profiled, sampleSize, seed) {
  const files = profiled.reference.files;
  const inThread = o.workerUrl === null || await smallPiece(files, o.shard);
  return startReference(
    {
      files,
      ...o.shard ? { shard: o.shard } : {},
      bundle: o.bundle,
      ...profiled.drift.columns ? { columns: profiled.drift.columns } : {},
      sampleSize,
      seed,
      samples: o.samples,
      maxRecordBytes: o.maxRecordBytes
    },
    inThread ? void 0 : o.workerUrl ?? datasetWorkerUrl(),
    o.workers
  );
}
function chunkFolder(o, expectations, cur) {
  const { files } = o;
  let fileIndex = 0;
  let reserved = false;
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  const out = {
    /** Shard mode: where each chunk was, so the merge can read a sample's record back. */
    list: [],
    offsetMissing: false,
    startFile(index, lineBase = 0) {
      fileIndex = index;
      expectations.startFile(index, lineBase);
    },
    add(r) {
      const d = r.digest;
      if (!d) {
        expectations.skipLines(r.lines);
        return;
      }
      if (!reserved && r.bytes && d.n > 0) {
        reserved = true;
        expectations.reserve(Math.min(d.n / r.bytes * totalBytes | 0, 1 << 24));
      }
      const origin = { file: fileIndex };
      if (r.offset !== void 0 && r.bytes !== void 0) {
        origin.offset = r.offset;
        origin.bytes = r.bytes;
      } else if (files[fileIndex]?.format !== "json") out.offsetMissing = true;
      if (o.shard) out.list.push([fileIndex, r.offset ?? -1, r.bytes ?? -1, expectations.lines]);
      expectations.fold(d, origin, r.lines);
      if (cur && d.columns) cur.merge(d.columns);
    }
  };
  return out;
}
async function startDatasetChecks(o) {
  const started = performance.now();
  const errors = [];
  const { config, files } = o;
  const sampleSize = o.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const seed = o.seed ?? 1;
  const { splitNames, splitOf } = await resolveSplits(o, errors);
  const exp = config.expectations ?? {};
  if (exp.leakage && splitNames.length < 2)
    errors.push({
      message: "leakage needs at least two splits (splits: {train: \u2026, test: \u2026})",
      key: "expectations.leakage"
    });
  const drift = config.drift;
  const { reference, missing } = await resolveDriftReference(o, errors);
  const running = {};
  const close = async () => {
    await running.reference?.stop();
    await reference?.cleanup();
  };
  if (errors.length) {
    return {
      startFile: () => {
      },
      add: () => {
      },
      finish: async () => ({ details: { status: "error", expectations: [] }, errors }),
      partial: async () => ({ splitOf, splitNames, errors, chunks: [] }),
      close
    };
  }
  const expectations = new Expectations(
    exp,
    files.map((f) => f.path),
    splitOf,
    splitNames,
    o.samples,
    o.shard !== void 0
  );
  const profiled = drift && reference && !missing ? { drift, reference } : void 0;
  const cur = profiled ? new DriftSide(sampleSize, seed + 7919, profiled.drift.columns) : void 0;
  const refJob = profiled ? await readReference(o, profiled, sampleSize, seed) : void 0;
  if (refJob) running.reference = refJob;
  const plan = {
    ...expectations.plan,
    ...cur ? { drift: drift?.columns ? { columns: drift.columns } : {} } : {}
  };
  const chunks = chunkFolder(o, expectations, cur);
  return {
    plan,
    startFile: chunks.startFile,
    add: chunks.add,
    async finish(fileRows) {
      if (chunks.offsetMissing)
        throw new Error("internal: a chunk came back without its file offset");
      return finishChecks(o, started, {
        errors,
        expectations,
        splitOf,
        splitNames,
        fileRows,
        cur,
        refJob,
        reference,
        missing
      });
    },
    async partial() {
      const state = { splitOf, splitNames, errors, chunks: chunks.list };
      return shardState(state, expectations, reference, missing, {
        refJob,
        cur,
        sampleSize
      });
    },
    close
  };
}
async function shardState(out, expectations, reference, missing, drift) {
  const writer = new StateWriter();
  const add = (bytes2) => writer.add(bytes2);
  out.expectations = expectations.state(add);
  if (reference) out.reference = { info: reference.info, ...missing ? { missing } : {} };
  const { refJob, cur } = drift;
  if (refJob && cur) {
    const r = await refJob.done.catch((err) => ({
      rows: 0,
      problems: [{ message: `reading the reference failed: ${err.message}` }],
      states: []
    }));
    out.drift = {
      sampleSize: drift.sampleSize,
      cur: encodeProfiles(cur.states(), add),
      ref: { rows: r.rows, problems: r.problems, profiles: encodeProfiles(r.states, add) }
    };
  }
  const { bytes, ref } = writer.finish();
  out.state = ref;
  return withStateBytes(out, bytes);
}
async function settleSamples(o, expectations) {
  const byFile = /* @__PURE__ */ new Map();
  for (const p of expectations.pending) {
    let list2 = byFile.get(p.origin.file);
    if (!list2) byFile.set(p.origin.file, list2 = []);
    list2.push(p);
  }
  const rows = /* @__PURE__ */ new Map();
  for (const [file, list2] of byFile) {
    const values = await readBack(o.files[file], o.bundle, list2, o.maxRecordBytes);
    list2.forEach((p, i) => rows.set(p, values[i]));
  }
  expectations.settle(rows);
}
async function finishChecks(o, started, c) {
  const { config } = o;
  const sampleSize = o.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const seed = o.seed ?? 1;
  const drift = config.drift;
  let ref;
  let refRows;
  await settleSamples(o, c.expectations);
  if (c.refJob && drift) {
    const r = await c.refJob.done.catch((err) => ({
      rows: 0,
      problems: [{ message: `reading the reference failed: ${err.message}` }],
      states: []
    }));
    refRows = r.rows;
    c.errors.push(...r.problems.map((p) => ({ ...p, key: "drift.reference" })));
    ref = DriftSide.fromStates(sampleSize, seed, drift.columns, r.states);
  }
  return datasetDetails(
    config,
    o.files.map((f) => f.path),
    sampleSize,
    started,
    {
      ...c,
      ref,
      refRows,
      referenceInfo: c.reference?.info
    }
  );
}
function datasetDetails(config, files, sampleSize, started, c) {
  const exp = config.expectations ?? {};
  const drift = config.drift;
  const { errors, expectations, splitOf, splitNames, cur, ref, refRows, missing } = c;
  const rows = c.fileRows.reduce((a, b) => a + b, 0);
  const splitRows = splitNames.map(() => 0);
  c.fileRows.forEach((n, i) => {
    const si = splitOf[i] ?? -1;
    if (si !== -1) splitRows[si] = (splitRows[si] ?? 0) + n;
  });
  const samples = expectations.samples;
  const results = [];
  if (exp.row_count) results.push(...rowCountChecks(exp.row_count, rows, refRows, errors, missing));
  for (const c2 of expectations.checks) {
    const v = verdict(c2, rows);
    const values = c2.values ? [...c2.values].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_NEW_VALUES).map(([value, count]) => ({ value, count })) : void 0;
    results.push({
      key: c2.key,
      kind: c2.kind,
      ...c2.column !== void 0 ? { column: c2.column } : {},
      rule: c2.rule,
      severity: c2.severity,
      ...c2.mostly < 1 ? { mostly: c2.mostly } : {},
      checked: c2.checked,
      unexpected: c2.unexpected,
      ...v,
      samples: samples.get(c2.key) ?? [],
      ...values?.length ? { values } : {}
    });
  }
  const details = { status: "pass", expectations: results };
  if (drift && c.referenceInfo) {
    const info = { ...c.referenceInfo, rows: refRows ?? 0 };
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
      files: files.filter((_, i) => splitOf[i] === si),
      rows: splitRows[si]
    }));
  details.status = errors.length ? "error" : worstStatus([
    ...results.map((r) => r.status),
    ...details.drift?.columns.map((c2) => c2.status) ?? [],
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
function workspaceBase(ratchet, o) {
  const inWorkspace = ratchet.base_dir !== void 0 || ratchet.base && "path" in ratchet.base && !("base_branch" in ratchet.base);
  if (!inWorkspace) return void 0;
  const where = ratchet.base_dir ?? ratchet.base.path;
  const key = ratchet.base_dir !== void 0 ? "ratchet.base_dir" : "ratchet.base.path";
  return {
    dir: workspacePath(o.cwd, where, key),
    root: o.root ?? o.cwd,
    label: where,
    missingFiles: [],
    info: { source: "file" },
    cleanup: noop
  };
}
async function fetchBaseFiles(files, spec, dir, provider, fetchFile) {
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
      provider,
      { ...spec, path: posix.join(spec.path, f.path) },
      { file: target, maxBytes: MAX_REMOTE_FILE_BYTES }
    );
    if ("missing" in got) {
      missingFiles.push(f.path);
      notes.push(got.note);
    } else present.push(f.path);
    info = { ...info, ...got.info };
  }
  return { present, missingFiles, info, notes };
}
async function splitsOnBase(splits, present, o) {
  const out = {};
  for (const [name, patterns] of Object.entries(splits)) {
    const r = await resolveData(
      Array.isArray(patterns) ? patterns : [patterns],
      o.cwd,
      void 0,
      o.root ?? o.cwd
    );
    const kept = r.files.map((x) => x.path).filter((p) => present.includes(p));
    if (kept.length) out[name] = kept;
  }
  return out;
}
async function remoteBase(spec, files, o) {
  const fetchFile = o.provider?.fetchFile;
  if (!o.provider || !fetchFile)
    throw new Error(
      spec.source === "artifact" ? "an artifact ratchet base needs access to the GitHub API (the action, with a token)" : "a base_branch ratchet base needs a pull request (or a base ref) to read from"
    );
  const dir = await mkdtemp(join(tmpdir(), "modelgate-base-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const got = await fetchBaseFiles(files, spec, dir, o.provider, fetchFile);
    const { present, missingFiles, info, notes } = got;
    const splits = o.splits ? await splitsOnBase(o.splits, present, o) : void 0;
    if (missingFiles.length)
      info.note = `not on the base (all their rows count as new): ${missingFiles.join(", ")}${notes[0] ? ` (${notes[0]})` : ""}`;
    return {
      dir,
      root: dir,
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
async function prepareBase(ratchet, files, o) {
  const local = workspaceBase(ratchet, o);
  if (local) return local;
  if (!ratchet.base) throw new Error("ratchet needs base_dir or base");
  const spec = baselineSpec(ratchet.base);
  if (spec.source !== "base-branch" && spec.source !== "artifact")
    throw new Error("unreachable: a remote ratchet base");
  return remoteBase(spec, files, o);
}

const PARTIAL_KIND = "validate-partial";
function readAnyResultFile(path, root) {
  return readResultFile(path, void 0, root);
}
function isPartialResult(r) {
  return r.kind === PARTIAL_KIND;
}
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v).sort().filter((k) => v[k] !== void 0).map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  return JSON.stringify(v) ?? "null";
}
function digest(v) {
  return createHash("sha256").update(canonical(v)).digest("hex");
}
function entrySettings$1(options, details) {
  return {
    schemaFile: options.schemaFile,
    ...details.format ? { format: details.format } : {},
    ...options.csv ? { csv: options.csv } : {},
    threshold: details.threshold,
    samples: options.samples ?? 5,
    maxGroups: options.maxGroups ?? 50,
    maxRecordBytes: details.maxRecordBytes ?? 16 * 1024 * 1024,
    ...options.dataset ? { dataset: options.dataset } : {},
    ...options.driftSampleSize ? { driftSampleSize: options.driftSampleSize } : {}
  };
}
function shardIdentity(options, details, files, bundle, dataset) {
  const list = files.map((f) => ({ path: f.path, format: f.format, bytes: f.bytes }));
  const shard = options.shard ?? { index: 1, count: 1 };
  return {
    index: shard.index,
    count: shard.count,
    config: digest({ data: options.data, ...entrySettings$1(options, details) }),
    schema: digest(
      bundle ? { root: bundle.root, refs: bundle.refs.map((r) => [r.uri, r.schema]) } : null
    ),
    ...dataset?.reference ? { reference: digest(dataset.reference) } : {},
    input: digest(list),
    files: list
  };
}
function partialResult(options, st, got) {
  const { details } = st;
  const errors = [...st.errors, ...got.dataset?.errors ?? []];
  const shard = options.shard ?? { index: 1, count: 1 };
  return {
    schema: RESULT_SCHEMA_ID,
    kind: PARTIAL_KIND,
    id: st.meta.id,
    title: (st.meta.title ?? st.meta.id).slice(0, 200),
    status: "partial",
    summary: `shard ${shard.index}/${shard.count}: ${details.rows.toLocaleString("en-US")} rows in ${got.parts.length} part${got.parts.length === 1 ? "" : "s"}, to be merged`,
    context: st.context,
    tool: { name: "modelgate", version: VERSION },
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...errors.length ? { errors } : {},
    details: {
      shard: shardIdentity(options, details, st.files, st.bundle, got.dataset),
      entry: entrySettings$1(options, details),
      rows: details.rows,
      invalidRows: details.invalidRows,
      parts: got.parts.map(({ part, groups, lines }, i) => ({
        file: part.file,
        ...part.range && !part.range.rowGroups ? { start: part.range.start, end: part.range.end } : {},
        ...part.range?.rowGroups ? { rowGroups: part.range.rowGroups } : {},
        rows: details.files[i]?.rows ?? 0,
        invalidRows: details.files[i]?.invalidRows ?? 0,
        ...part.lines ? { lines: { relative: part.lines.relative, spans: lines } } : {},
        groups
      })),
      ...details.schemaWarnings ? { schemaWarnings: details.schemaWarnings } : {},
      ...got.dataset ? { dataset: got.dataset } : {},
      durationMs: Math.round(performance.now() - st.started)
    }
  };
}

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
  /** Lines the chunks spanned (a JSON Lines piece's span, see shard-ranges.ts). */
  lines = 0;
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
    this.lines += r.lines;
    this.recordBase += r.rows;
  }
}
function plural(n, word) {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}
function pickThreads(options, files) {
  const url = options.workerUrl ?? validateWorkerUrl();
  if (!url) return { threads: 0 };
  const streamed = files.filter((f) => readerOf(f.format).threaded).reduce((n, f) => n + f.bytes * (f.compression ? 4 : 1), 0);
  if (options.threads !== void 0)
    return { threads: Math.max(0, Math.floor(options.threads)), url };
  if (streamed < WORKER_MIN_BYTES) return { threads: 0 };
  return { threads: defaultThreads(), url };
}
async function runValidate(options, context = {}, meta) {
  if (options.shard) throw new Error("internal: a shard runs through runValidateShard");
  return await runEntry(options, context, meta);
}
async function runValidateShard(options, context, meta) {
  if (!options.shard) throw new Error("internal: runValidateShard needs options.shard");
  return runEntry(options, context, meta);
}
const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function entrySettings(options) {
  const maxRaw = options.maxInvalidRows ?? "0";
  return {
    samples: options.samples ?? DEFAULT_SAMPLES,
    maxGroups: options.maxGroups ?? DEFAULT_MAX_GROUPS,
    maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES,
    max: parseThreshold(maxRaw, "max-invalid-rows"),
    warn: options.warnInvalidRows ? parseThreshold(options.warnInvalidRows, "warn-invalid-rows") : void 0,
    forced: options.format && options.format !== "auto" ? options.format : void 0
  };
}
function initialDetails(options, s) {
  return {
    schemaFile: options.schemaFile,
    ...s.forced ? { format: s.forced } : {},
    rows: 0,
    invalidRows: 0,
    invalidShare: 0,
    threshold: { maxInvalidRows: s.max.raw, ...s.warn ? { warnInvalidRows: s.warn.raw } : {} },
    files: [],
    groups: [],
    maxRecordBytes: s.maxRecordBytes
  };
}
async function startDataset(options, files, bundle, dataRoot, s) {
  if (!options.dataset) return void 0;
  return startDatasetChecks({
    files,
    bundle,
    config: options.dataset,
    cwd: options.cwd,
    root: dataRoot,
    samples: s.samples,
    maxRecordBytes: s.maxRecordBytes,
    ...options.driftSampleSize ? { sampleSize: options.driftSampleSize } : {},
    ...options.provider ? { provider: options.provider } : {},
    ...options.shard ? { shard: options.shard } : {},
    ...options.workers ? { workers: options.workers } : {}
  });
}
async function resolveInput(options, forced, dataRoot) {
  const resolved = await resolveData(options.data, options.cwd, forced, dataRoot, options.csv);
  if (!resolved.problems.length) {
    const { threads, url } = pickThreads(options, resolved.files);
    options.workers?.warm(url, threads);
  }
  return resolved;
}
async function runEntry(options, context, meta) {
  const workers = options.workers ?? new WorkerPool();
  try {
    return await runEntryWith({ ...options, workers }, context, meta);
  } finally {
    await workers.close();
  }
}
async function runEntryWith(options, context, meta) {
  const started = performance.now();
  if (!ENTRY_ID.test(meta.id)) {
    throw new Error(
      `id must be letters, digits, '.', '_' or '-' (starting with a letter or digit), got ${JSON.stringify(meta.id)}`
    );
  }
  const settings = entrySettings(options);
  const details = initialDetails(options, settings);
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
  const dataRoot = options.dataRoot ?? options.root ?? options.cwd;
  const resolved = await resolveInput(options, settings.forced, dataRoot);
  errors.push(...resolved.problems);
  let bundle;
  try {
    bundle = await loadSchemaBundle(options.schemaFile, options.cwd, options.root ?? options.cwd);
  } catch (err) {
    if (!(err instanceof SchemaError)) throw err;
    errors.push({ message: err.message, file: err.file, ...err.key ? { key: err.key } : {} });
    return finish("error", `cannot validate: ${err.message}`);
  }
  if (bundle.warnings.length) details.schemaWarnings = bundle.warnings;
  if (options.shard && options.dataset?.ratchet)
    errors.push({
      message: "the ratchet does not run in shards yet: run this entry in one job",
      key: "ratchet"
    });
  if (errors.length) {
    return finish(
      "error",
      `cannot validate: ${errors.map((e) => e.file ? `${e.file}: ${e.message}` : e.message).join("; ")}`
    );
  }
  const files = resolved.files;
  const dataset = await startDataset(options, files, bundle, dataRoot, settings);
  try {
    const { samples, maxGroups, maxRecordBytes, max, warn } = settings;
    return await validateFiles(options, dataset, {
      context,
      started,
      files,
      bundle,
      details,
      errors,
      finish,
      samples,
      maxGroups,
      maxRecordBytes,
      max,
      warn,
      meta
    });
  } finally {
    await dataset?.close();
  }
}
async function passExecutors(options, dataset, st) {
  const { files, bundle, samples, maxRecordBytes } = st;
  const { threads, url } = pickThreads(options, files);
  options.onStart?.({
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    threads
  });
  const init = {
    bundle,
    samples,
    layouts: files.map((f) => formatSpec(f.format).layout),
    ...dataset?.plan ? { plan: dataset.plan } : {}
  };
  let inline;
  const getInline = async () => inline ??= await InlineExecutor.create(init);
  const executor = threads > 0 && url ? WorkerExecutor.create(init, threads, url, options.workers) : await getInline();
  await options.workers?.close();
  const source = {
    chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
    maxRecordBytes,
    samples,
    window: Math.max(2, executor.threads * 3)
  };
  return { executor, inline: getInline, source };
}
async function readPart(options, dataset, st, x, part, progress) {
  const { details, samples } = st;
  const file = st.files[part.file];
  let merger = new FileMerger(file, samples);
  let fileBytes = 0;
  const report = () => options.onProgress?.({
    file: file.path,
    rows: details.rows + merger.rows,
    invalidRows: details.invalidRows + merger.invalidRows,
    bytes: progress.bytesBefore + Math.min(fileBytes, file.bytes),
    totalBytes: progress.totalBytes
  });
  await readDataFile(file, st.bundle, {
    executor: x.executor,
    inline: x.inline,
    opts: x.source,
    ...part.range ? { range: part.range } : {},
    onStart: (header) => {
      merger = new FileMerger(file, samples, header.lines);
      dataset?.startFile(part.file, header.lines);
      fileBytes = header.offset;
      st.errors.push(...header.problems);
    },
    onResult: (r) => {
      merger.add(r);
      dataset?.add(r);
      fileBytes += r.bytes ?? 0;
      report();
    }
  });
  fileBytes = file.bytes;
  report();
  progress.bytesBefore += file.bytes;
  return merger;
}
function addPart(options, st, file, merger, groups) {
  const { details, errors } = st;
  errors.push(...merger.problems);
  if (merger.rows === 0 && !options.shard && !errors.some((e) => e.file === file.path)) {
    errors.push({ message: "file has no records", file: file.path });
  }
  details.files.push({
    path: file.path,
    format: file.format,
    rows: merger.rows,
    invalidRows: merger.invalidRows,
    bytes: file.bytes
  });
  for (const g of merger.groups.values()) {
    g.share = merger.rows ? g.count / merger.rows : 0;
    groups.push(g);
  }
  details.rows += merger.rows;
  details.invalidRows += merger.invalidRows;
  return [...merger.groups.values()];
}
async function validateFiles(options, dataset, st) {
  const { files } = st;
  const x = await passExecutors(options, dataset, st);
  const groups = [];
  const progress = { bytesBefore: 0, totalBytes: files.reduce((n, f) => n + f.bytes, 0) };
  const read = [];
  try {
    const parts = options.shard ? await shardParts(files, options.shard, st.bundle, st.maxRecordBytes) : files.map((_, file) => ({ file }));
    for (const part of parts) {
      const merger = await readPart(options, dataset, st, x, part, progress);
      const partGroups = addPart(options, st, files[part.file], merger, groups);
      read.push({ part, groups: partGroups, lines: merger.lines });
    }
  } finally {
    await x.executor.close();
  }
  if (options.shard)
    return partialResult(options, st, { parts: read, dataset: await dataset?.partial() });
  return concludeValidate(
    options,
    dataset,
    { ...st, fileCount: files.length, dataFiles: files },
    groups
  );
}
function rankGroups(details, groups, maxGroups) {
  groups.sort((a, b) => b.count - a.count);
  details.groups = groups.slice(0, maxGroups);
  if (groups.length > maxGroups) details.omittedGroups = groups.length - maxGroups;
  details.invalidShare = details.rows ? details.invalidRows / details.rows : 0;
}
function schemaDescriber(details, fileCount, max, warn) {
  const pct = details.rows ? ` (${formatShare(details.invalidShare)})` : "";
  return (status, beyond = "") => details.invalidRows === 0 ? `all ${plural(details.rows, "row")} in ${plural(fileCount, "file")} match the schema` : `${details.invalidRows.toLocaleString("en-US")} of ${plural(details.rows, "row")}${pct} violate the schema${beyond}` + (status === "fail" ? `: more than max-invalid-rows ${max.raw}` : status === "warn" ? `: more than warn-invalid-rows ${warn?.raw}` : `, within max-invalid-rows ${max.raw}`);
}
function ratchetKey(ratchet) {
  return ratchet.base_dir !== void 0 ? "ratchet.base_dir" : "ratchet.base";
}
async function ratchetBase(options, config, ratchet, files, errors) {
  try {
    if (!files) throw new Error("the ratchet runs only in one pass over the data files");
    return await prepareBase(ratchet, files, {
      cwd: options.cwd,
      root: options.root ?? options.cwd,
      ...config.splits ? { splits: config.splits } : {},
      ...options.provider ? { provider: options.provider } : {}
    });
  } catch (err) {
    errors.push({ message: err.message, key: ratchetKey(ratchet) });
    return void 0;
  }
}
async function validateBase(options, config, base, meta) {
  if (base.data !== void 0 && base.data.length === 0) return void 0;
  return runValidate(
    {
      ...options,
      schemaFile: resolve(options.cwd, options.schemaFile),
      ...base.data ? { data: base.data } : {},
      cwd: base.dir,
      root: options.root ?? options.cwd,
      dataRoot: base.root,
      dataset: {
        ...config,
        ...base.splits ? { splits: base.splits } : {},
        // Leakage needs two splits; a base with fewer has none to report.
        ...base.splits && Object.keys(base.splits).length < 2 && config.expectations ? { expectations: { ...config.expectations, leakage: void 0 } } : {},
        drift: void 0,
        ratchet: void 0
      },
      onStart: void 0,
      onProgress: void 0
    },
    {},
    meta
  );
}
async function ratchetVerdict(options, config, ratchet, base, outcome, st, describe) {
  const policy = ratchet.policy ?? "new-only";
  const baseRun = await validateBase(options, config, base, st.meta);
  if (baseRun?.status === "error") {
    st.errors.push({
      message: `ratchet: the base branch's data could not be checked: ${baseRun.summary}`,
      key: ratchetKey(ratchet)
    });
    return void 0;
  }
  const baseDetails = baseRun?.details ?? { rows: 0, invalidRows: 0, groups: [] };
  const r = ratchetSchema(
    st.details,
    baseDetails,
    { baseDir: base.label, policy, baseStatus: baseRun?.status ?? "pass" },
    st.max,
    st.warn
  );
  st.details.ratchet = {
    ...r.info,
    ...base.info,
    ...base.missingFiles.length ? { missingFiles: base.missingFiles } : {}
  };
  const summary = describe(
    r.status,
    ` (${r.info.introducedInvalidRows.toLocaleString("en-US")} more than the base branch's ${r.info.baseInvalidRows.toLocaleString("en-US")}${policy === "new-only" ? "; new-only gates on those" : ""})`
  );
  ratchetExpectations(outcome.details, baseRun?.details.dataset, policy);
  return { status: r.status, summary };
}
async function concludeValidate(options, dataset, st, groups) {
  const { fileCount, details, errors, finish, maxGroups, max, warn } = st;
  rankGroups(details, groups, maxGroups);
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
  const describe = schemaDescriber(details, fileCount, max, warn);
  let schemaSummary = describe(schemaStatus);
  if (!options.dataset || !dataset) return finish(schemaStatus, schemaSummary);
  const outcome = await dataset.finish(details.files.map((f) => f.rows));
  details.dataset = outcome.details;
  errors.push(...outcome.errors);
  const ratchet = options.dataset.ratchet;
  const base = ratchet && !errors.length ? await ratchetBase(options, options.dataset, ratchet, st.dataFiles, errors) : void 0;
  try {
    if (ratchet && base && !errors.length) {
      const verdict = await ratchetVerdict(
        options,
        options.dataset,
        ratchet,
        base,
        outcome,
        st,
        describe
      );
      if (verdict) ({ status: schemaStatus, summary: schemaSummary } = verdict);
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
    worstStatus([schemaStatus, outcome.details.status]),
    `${schemaSummary}; ${datasetSummary(outcome.details)}`
  );
}

export { Expectations as E, LINE_BITS as L, readAnyResultFile as a, runValidateShard as b, stateFileName as c, concludeValidate as d, sectionOf as e, decodeRun as f, datasetDetails as g, checkState as h, isPartialResult as i, readStateFile as j, resolveData as k, mergeSide as m, runValidate as r, stateBytesOf as s };
