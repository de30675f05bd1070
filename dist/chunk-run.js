import { tmpdir, availableParallelism } from 'node:os';
import { join, basename, posix, dirname, resolve } from 'node:path';
import { n as newResult } from './chunk-result.js';
import { r as resolveData } from './chunk-files.js';
import { s as sampleOf, c as show, p as pointer, f as field, M as MAX_CATEGORIES, l as loadSchemaBundle, S as SchemaError, e as WorkerExecutor, g as defaultWorkerUrl, I as InlineExecutor } from './chunk-executor.js';
import { p as parseThreshold, t as thresholdStatus, f as formatShare } from './chunk-threshold.js';
import { d as compactNumber } from './chunk-format.js';
import { w as worstStatus, b as worseFirst } from './chunk-status.js';
import { b as baselineSpec, h as holm } from './chunk-adjust.js';
import { b as planShard, c as readCsvHeader, d as recordStarts, n as numericDrift, e as categoricalDrift, a as DriftSide, D as DEFAULT_SAMPLE_SIZE, s as startReference, f as referenceWorkerUrl, r as readBack, g as readDataFile } from './chunk-profile.js';
import { H as HashTable, p as parquetRowGroups } from './chunk-parquet.js';
import { inflateSync, deflateSync, constants } from 'node:zlib';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { w as workspacePath } from './chunk-workspace.js';
import { f as formatOf } from './chunk-registry.js';
import { X as Xoshiro128ss } from './chunk-prng.js';
import { p as partialResult } from './chunk-partial.js';

const LINE_BITS = 2 ** 32;
class KeyRun {
  n = 0;
  hi = new Uint32Array(1024);
  lo = new Uint32Array(1024);
  code = new Float64Array(1024);
  push(hi, lo, code) {
    if (this.n === this.hi.length) {
      const grow = (a) => {
        const next = new a.constructor(a.length * 2);
        next.set(a);
        return next;
      };
      this.hi = grow(this.hi);
      this.lo = grow(this.lo);
      this.code = grow(this.code);
    }
    this.hi[this.n] = hi;
    this.lo[this.n] = lo;
    this.code[this.n++] = code;
  }
}
function sortedOrder(run) {
  let idx = new Uint32Array(run.n);
  for (let i = 0; i < run.n; i++) idx[i] = i;
  let tmp = new Uint32Array(run.n);
  const counts = new Uint32Array(65537);
  const words = run.hi;
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < run.n; i++) counts[(words[idx[i]] >>> shift & 65535) + 1]++;
    for (let d = 1; d <= 65536; d++) counts[d] += counts[d - 1];
    for (let i = 0; i < run.n; i++) {
      const k = idx[i];
      tmp[counts[words[k] >>> shift & 65535]++] = k;
    }
    [idx, tmp] = [tmp, idx];
  }
  for (let a = 0; a < run.n; ) {
    let b = a + 1;
    while (b < run.n && words[idx[b]] === words[idx[a]]) b++;
    if (b - a > 1) {
      const same = Array.from(idx.subarray(a, b)).sort((x, y) => run.lo[x] - run.lo[y] || x - y);
      idx.set(same, a);
    }
    a = b;
  }
  return idx;
}
function encodeRun(run) {
  const order = sortedOrder(run);
  const n = run.n;
  const cols = new Uint32Array(n * 4);
  let prev = 0;
  for (let j = 0; j < n; j++) {
    const i = order[j];
    const hi = run.hi[i];
    cols[j] = hi - prev;
    prev = hi;
    cols[n + j] = run.lo[i];
    const code = run.code[i];
    cols[2 * n + j] = Math.floor(code / LINE_BITS);
    cols[3 * n + j] = code % LINE_BITS;
  }
  return deflateSync(new Uint8Array(cols.buffer), {
    level: 1,
    strategy: constants.Z_RLE
  }).toString("base64");
}
function decodeRun(text, source, maxKeys) {
  let bytes;
  try {
    bytes = inflateSync(Buffer.from(text, "base64"), { maxOutputLength: 16 * maxKeys + 16 });
  } catch (err) {
    throw new Error(
      `${source}: a key run is damaged or holds more keys than rows (${err.message})`
    );
  }
  if (bytes.length % 16 !== 0) throw new Error(`${source}: a key run is damaged`);
  const n = bytes.length / 16;
  const cols = new Uint32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)
  );
  const out = {
    n,
    hi: new Uint32Array(n),
    lo: cols.slice(n, 2 * n),
    code: new Float64Array(n)
  };
  let hi = 0;
  for (let j = 0; j < n; j++) {
    hi = hi + cols[j] >>> 0;
    out.hi[j] = hi;
    out.code[j] = cols[2 * n + j] * LINE_BITS + cols[3 * n + j];
  }
  for (let j = 1; j < n; j++) {
    const a = out.hi[j - 1];
    const b = out.hi[j];
    if (a > b || a === b && out.lo[j - 1] > out.lo[j])
      throw new Error(`${source}: a key run is not sorted`);
  }
  return out;
}
function mergeRuns(runs, visit) {
  const at = runs.map(() => 0);
  let lastHi = -1;
  let lastLo = -1;
  let first = 0;
  for (; ; ) {
    let best = -1;
    for (let r = 0; r < runs.length; r++) {
      const run2 = runs[r];
      const i2 = at[r];
      if (i2 >= run2.n) continue;
      if (best === -1) {
        best = r;
        continue;
      }
      const b = runs[best];
      const j = at[best];
      const d = run2.hi[i2] - b.hi[j] || run2.lo[i2] - b.lo[j] || run2.code[i2] - b.code[j];
      if (d < 0) best = r;
    }
    if (best === -1) return;
    const run = runs[best];
    const i = at[best]++;
    const hi = run.hi[i];
    const lo = run.lo[i];
    const code = run.code[i];
    if (hi !== lastHi || lo !== lastLo) {
      lastHi = hi;
      lastLo = lo;
      first = code;
    }
    visit(code, first);
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
  /** Shard mode: the counts, first samples and encoded key runs. */
  state() {
    return {
      checks: this.checks.map((c) => ({
        key: c.key,
        checked: c.checked,
        unexpected: c.unexpected,
        ...c.values ? { values: [...c.values] } : {}
      })),
      samples: Object.fromEntries(this.samples),
      runs: (this.runs ?? []).map(encodeRun)
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
async function resolveReference(reference, options) {
  const { cwd } = options;
  const root = options.root ?? cwd;
  if (typeof reference === "string" || Array.isArray(reference)) {
    const r = await resolveData(
      Array.isArray(reference) ? reference : [reference],
      cwd,
      void 0,
      root
    );
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
    const r = await resolveData([full], cwd, void 0, root);
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

async function textRange(f, from, to, bundle, maxRecordBytes) {
  const csv = f.format === "csv" || f.format === "tsv";
  const header = csv ? await readCsvHeader(f, bundle, maxRecordBytes) : void 0;
  const first = { offset: header?.offset ?? 0, lines: header?.lines ?? 0 };
  const targets = to >= f.bytes ? [from] : [from, to];
  const [start, end] = await recordStarts(f, csv, first, targets);
  return { start, end: end ? end.offset : f.bytes };
}
async function shardParts(files, spec, bundle, maxRecordBytes) {
  const out = [];
  for (const p of await planShard(files, spec)) {
    const f = files[p.file];
    if (p.whole) out.push({ file: p.file });
    else if (f.format === "parquet") {
      const { groups } = await parquetRowGroups(f);
      const rows = groups[p.from]?.rowStart ?? 0;
      out.push({
        file: p.file,
        range: {
          start: { offset: 0, lines: rows },
          end: f.bytes,
          rowGroups: { from: p.from, to: p.to }
        }
      });
    } else
      out.push({ file: p.file, range: await textRange(f, p.from, p.to, bundle, maxRecordBytes) });
  }
  return out;
}

function encodeProfiles(states) {
  return states.map(([name, s]) => {
    const kept = s.reservoir.slice(0, Math.min(s.numbers, s.size));
    return {
      name,
      size: s.size,
      nulls: s.nulls,
      numbers: s.numbers,
      others: s.others,
      sample: Buffer.from(kept.buffer).toString("base64"),
      cats: s.cats ? [...s.cats] : null
    };
  });
}
function decodeSample(p) {
  const b = Buffer.from(p.sample, "base64");
  const n = Math.floor(b.length / 8);
  const out = new Float64Array(n);
  new Uint8Array(out.buffer).set(b.subarray(0, n * 8));
  return out;
}
function mergeProfiles(parts, size, seed) {
  const samples = parts.map(decodeSample);
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
    const pools = samples.map((s) => Array.from(s));
    let total = numbers;
    for (let k = 0; k < size; k++) {
      let r = rng.index(total);
      let j = 0;
      while (r >= left[j]) r -= left[j++];
      const pool = pools[j];
      const pick = rng.index(pool.length);
      reservoir[k] = pool[pick];
      pool[pick] = pool[pool.length - 1];
      pool.pop();
      left[j] = left[j] - 1;
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
  for (const list of shards)
    for (const p of list) {
      let l = byName.get(p.name);
      if (!l) byName.set(p.name, l = []);
      l.push(p);
    }
  return [...byName].map(([name, parts], i) => [name, mergeProfiles(parts, size, seed + i)]);
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
async function startDatasetChecks(o) {
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
  const exp = config.expectations ?? {};
  if (exp.leakage && splitNames.length < 2)
    errors.push({
      message: "leakage needs at least two splits (splits: {train: \u2026, test: \u2026})",
      key: "expectations.leakage"
    });
  const drift = config.drift;
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
  const refParts = profiled && o.shard ? await shardParts(profiled.reference.files, o.shard, o.bundle, o.maxRecordBytes) : void 0;
  const refJob = profiled ? startReference(
    {
      files: profiled.reference.files,
      ...refParts ? { parts: refParts } : {},
      bundle: o.bundle,
      ...profiled.drift.columns ? { columns: profiled.drift.columns } : {},
      sampleSize,
      seed,
      samples: o.samples,
      maxRecordBytes: o.maxRecordBytes
    },
    o.workerUrl === null ? void 0 : o.workerUrl ?? referenceWorkerUrl()
  ) : void 0;
  if (refJob) running.reference = refJob;
  const plan = {
    ...expectations.plan,
    ...cur ? { drift: drift?.columns ? { columns: drift.columns } : {} } : {}
  };
  let fileIndex = 0;
  const chunks = [];
  let offsetMissing = false;
  let reserved = false;
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  return {
    plan,
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
      } else if (files[fileIndex]?.format !== "json") offsetMissing = true;
      if (o.shard) chunks.push([fileIndex, r.offset ?? -1, r.bytes ?? -1, expectations.lines]);
      expectations.fold(d, origin, r.lines);
      if (cur && d.columns) cur.merge(d.columns);
    },
    async finish(fileRows) {
      if (offsetMissing) throw new Error("internal: a chunk came back without its file offset");
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
      const out = {
        splitOf,
        splitNames,
        errors,
        chunks,
        expectations: expectations.state()
      };
      if (reference) out.reference = { info: reference.info, ...missing ? { missing } : {} };
      if (refJob && cur) {
        const r = await refJob.done.catch((err) => ({
          rows: 0,
          problems: [{ message: `reading the reference failed: ${err.message}` }],
          states: []
        }));
        out.drift = {
          sampleSize,
          cur: encodeProfiles(cur.states()),
          ref: { rows: r.rows, problems: r.problems, profiles: encodeProfiles(r.states) }
        };
      }
      return out;
    },
    close
  };
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
async function prepareBase(ratchet, files, o) {
  if (ratchet.base_dir !== void 0 || ratchet.base && "path" in ratchet.base && !("base_branch" in ratchet.base)) {
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
        const r = await resolveData(
          Array.isArray(patterns) ? patterns : [patterns],
          o.cwd,
          void 0,
          o.root ?? o.cwd
        );
        const kept = r.files.map((x) => x.path).filter((p) => present.includes(p));
        if (kept.length) splits[name] = kept;
      }
    }
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
  const streamed = files.filter((f) => f.format !== "json").reduce((n, f) => n + f.bytes * (f.compression ? 4 : 1), 0);
  if (options.threads !== void 0)
    return { threads: Math.max(0, Math.floor(options.threads)), url };
  if (streamed < WORKER_MIN_BYTES) return { threads: 0 };
  return { threads: Math.min(availableParallelism(), 4), url };
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
    ...options.shard ? { shard: options.shard } : {}
  });
}
async function runEntry(options, context, meta) {
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
  const resolved = await resolveData(
    options.data,
    options.cwd,
    settings.forced,
    dataRoot,
    options.csv
  );
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
async function validateFiles(options, dataset, st) {
  const { files, bundle, details, errors, samples, maxRecordBytes } = st;
  const { threads, url } = pickThreads(options, files);
  options.onStart?.({
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    threads
  });
  const init = {
    bundle,
    samples,
    csv: files.some((f) => f.format === "csv" || f.format === "tsv"),
    ...dataset?.plan ? { plan: dataset.plan } : {}
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
  const parts = options.shard ? await shardParts(files, options.shard, bundle, maxRecordBytes) : files.map((_, file) => ({ file }));
  const partGroups = [];
  try {
    for (const part of parts) {
      const fileIndex = part.file;
      const file = files[fileIndex];
      const summary = {
        path: file.path,
        format: file.format,
        rows: 0,
        invalidRows: 0,
        bytes: file.bytes
      };
      details.files.push(summary);
      let merger = new FileMerger(file, samples);
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
        dataset?.add(r);
        fileBytes += r.bytes ?? 0;
        report();
      };
      await readDataFile(
        file,
        bundle,
        executor,
        sourceOptions,
        async () => (await getInline()).validators.runJsonFile(file, { maxRecordBytes }),
        (header) => {
          merger = new FileMerger(file, samples, header.lines);
          dataset?.startFile(fileIndex, header.lines);
          fileBytes = header.offset;
          errors.push(...header.problems);
        },
        add,
        part.range
      );
      fileBytes = file.bytes;
      report();
      bytesBefore += file.bytes;
      errors.push(...merger.problems);
      if (merger.rows === 0 && !options.shard && !errors.some((e) => e.file === file.path)) {
        errors.push({ message: "file has no records", file: file.path });
      }
      summary.rows = merger.rows;
      summary.invalidRows = merger.invalidRows;
      partGroups.push([...merger.groups.values()]);
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
  if (options.shard)
    return partialResult(options, st, {
      parts: parts.map((p, i) => ({ part: p, groups: partGroups[i] ?? [] })),
      dataset: await dataset?.partial()
    });
  return concludeValidate(options, dataset, st, groups);
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
  const { files, details, errors, finish, maxGroups, max, warn } = st;
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
  const describe = schemaDescriber(details, files.length, max, warn);
  let schemaSummary = describe(schemaStatus);
  if (!options.dataset || !dataset) return finish(schemaStatus, schemaSummary);
  const outcome = await dataset.finish(details.files.map((f) => f.rows));
  details.dataset = outcome.details;
  errors.push(...outcome.errors);
  const ratchet = options.dataset.ratchet;
  const base = ratchet && !errors.length ? await ratchetBase(options, options.dataset, ratchet, files, errors) : void 0;
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

export { Expectations as E, LINE_BITS as L, datasetDetails as a, runValidateShard as b, concludeValidate as c, decodeRun as d, mergeSide as m, runValidate as r };
