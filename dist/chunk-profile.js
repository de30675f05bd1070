import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { X as Xoshiro128ss } from './chunk-prng.js';
import { g as gammaln } from './chunk-simple-statistics.js';
import { M as MAX_CATEGORIES, o as openBytes, D as DataReadError, C as ChunkValidator, I as InlineExecutor, a as MAX_AUTO_COLUMNS, W as WORKER_YOUNG_MB, b as ChunkDigester } from './chunk-executor.js';
import { p as parquetRowGroups } from './chunk-parquet.js';
import { a as columnTypes } from './chunk-cells.js';
import './chunk-exact.js';
import 'node:path';
import './chunk-records.js';
import './chunk-workspace.js';
import 'node:buffer';
import 'node:stream';
import 'node:zlib';
import './chunk-registry.js';

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
  /** What crosses a thread boundary (the random state stays behind: the pass is over). */
  state() {
    const { size, nulls, numbers, others, cats } = this;
    return { size, nulls, numbers, others, cats, reservoir: this.reservoir };
  }
  static fromState(s) {
    const p = new ColumnProfile(0, 0);
    Object.assign(p, { size: s.size, nulls: s.nulls, numbers: s.numbers, others: s.others });
    p.reservoir = s.reservoir;
    p.cats = s.cats;
    return p;
  }
  /** One chunk's values of this column (digest.ts), chunks in file order. */
  merge(d) {
    this.nulls += d.nulls;
    this.others += d.others;
    const { size, reservoir, rng } = this;
    const values = d.numbers;
    let i = this.numbers;
    for (let k = 0; k < values.length; k++, i++) {
      if (i < size) reservoir[i] = values[k];
      else {
        const j = rng.index(i + 1);
        if (j < size) reservoir[j] = values[k];
      }
    }
    this.numbers = i;
    if (!this.cats) return;
    if (!d.cats) {
      this.cats = null;
      return;
    }
    for (const [k, n] of d.cats) {
      const c = this.cats.get(k);
      if (c !== void 0) this.cats.set(k, c + n);
      else if (this.cats.size >= MAX_CATEGORIES) {
        this.cats = null;
        return;
      } else this.cats.set(k, n);
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

function cuttable(f) {
  return f.format !== "json" && f.format !== "parquet" && !f.compression && f.bytes > 0;
}
function wholeFiles(files, spec) {
  const load = new Array(spec.count).fill(0);
  const owner = new Array(files.length);
  const order = files.map((_, i) => i).sort((a, b) => files[b].bytes - files[a].bytes || a - b);
  for (const i of order) {
    let best = 0;
    for (let s = 1; s < spec.count; s++) if (load[s] < load[best]) best = s;
    owner[i] = best;
    load[best] += Math.max(1, files[i].bytes);
  }
  return files.flatMap(
    (f, i) => owner[i] === spec.index - 1 ? [{ file: i, from: 0, to: f.bytes, whole: true }] : []
  );
}
async function planShard(files, spec) {
  if (files.length >= spec.count) return wholeFiles(files, spec);
  const units = [];
  for (const [i, f] of files.entries()) {
    if (f.format === "parquet") {
      const { groups } = await parquetRowGroups(f);
      if (groups.length > 1) {
        for (const g of groups)
          units.push({ file: i, weight: Math.max(1, g.bytes), group: g.index, text: false });
        continue;
      }
    }
    units.push({ file: i, weight: Math.max(1, f.bytes), text: cuttable(f) });
  }
  const total = units.reduce((n, u) => n + u.weight, 0);
  const lo = total * (spec.index - 1) / spec.count;
  const hi = total * spec.index / spec.count;
  const pieces = [];
  let at = 0;
  for (const u of units) {
    const start = at;
    at += u.weight;
    if (u.text) {
      const from = Math.max(start, lo);
      const to = Math.min(at, hi);
      if (to <= from) continue;
      const f = files[u.file];
      const a = Math.round(from - start);
      const b = to >= at ? f.bytes : Math.round(to - start);
      if (b > a) pieces.push({ file: u.file, from: a, to: b, whole: a === 0 && b === f.bytes });
      continue;
    }
    const middle = start + u.weight / 2;
    if (middle < lo || middle >= hi) continue;
    if (u.group === void 0) {
      pieces.push({ file: u.file, from: 0, to: files[u.file].bytes, whole: true });
      continue;
    }
    const last = pieces[pieces.length - 1];
    if (last && last.file === u.file && last.to === u.group) last.to = u.group + 1;
    else pieces.push({ file: u.file, from: u.group, to: u.group + 1, whole: false });
  }
  return pieces;
}
const LF$1 = 10;
const QUOTE$1 = 34;
const BLOCK = 1 << 20;
async function recordStarts(file, csv, first, targets) {
  const out = [];
  let t = 0;
  while (t < targets.length && targets[t] <= first.offset) {
    out.push(first);
    t++;
  }
  if (t === targets.length) return out;
  const reader = await openBytes(file);
  try {
    const buf = Buffer.allocUnsafe(BLOCK);
    let pos = 0;
    let lines = 0;
    let inQuotes = false;
    while (t < targets.length) {
      const got = await reader.read(buf, 0, BLOCK);
      if (got === 0) break;
      const block = buf.subarray(0, got);
      let i = Math.max(0, first.offset - pos);
      if (i > 0) lines += countLf(block.subarray(0, Math.min(i, got)));
      let q = csv ? block.indexOf(QUOTE$1, i) : -1;
      while (i < got && t < targets.length) {
        const nl = block.indexOf(LF$1, i);
        if (q !== -1 && q < i) q = block.indexOf(QUOTE$1, i);
        if (q !== -1 && (nl === -1 || q < nl)) {
          inQuotes = !inQuotes;
          i = q + 1;
          continue;
        }
        if (nl === -1) break;
        lines++;
        i = nl + 1;
        while (!inQuotes && t < targets.length && pos + i >= targets[t]) {
          out.push({ offset: pos + i, lines });
          t++;
        }
      }
      pos += got;
    }
    while (t++ < targets.length) out.push({ offset: pos, lines });
  } finally {
    await reader.close();
  }
  return out;
}
function countLf(b) {
  let n = 0;
  for (let i = b.indexOf(LF$1); i !== -1; i = b.indexOf(LF$1, i + 1)) n++;
  return n;
}
function limitReader(reader, end) {
  return {
    get position() {
      return reader.position;
    },
    async read(into, at, length) {
      const room = Math.max(0, end - reader.position);
      return room === 0 ? 0 : reader.read(into, at, Math.min(length, room));
    },
    async atEnd() {
      return reader.position >= end || await reader.atEnd();
    },
    skipTo: (p) => reader.skipTo(p),
    close: () => reader.close()
  };
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
  const dialect = file.csv ?? {};
  const reader = await openBytes(file);
  try {
    const first = 64 * 1024;
    let buf = Buffer.allocUnsafe(first);
    let bytesRead = await reader.read(buf, 0, first);
    let size = first;
    if (bytesRead === first && !headerEnds(buf)) {
      size = Math.max(first, maxRecordBytes);
      const more = Buffer.allocUnsafe(size);
      more.set(buf, 0);
      buf = more;
      bytesRead += await reader.read(buf, first, size - first);
    }
    const truncated = bytesRead === size;
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
    if (end === -1 && truncated)
      return problem(`header row is longer than ${maxRecordBytes} bytes (an unclosed quote?)`);
    const lineEnd = end === -1 ? data.length : end;
    const newline = end > 0 && data[end - 1] === 13 ? "\r\n" : "\n";
    const text = Buffer.from(
      data.subarray(0, end > 0 && newline === "\r\n" ? end - 1 : lineEnd)
    ).toString("utf8");
    const delimiter = dialect.delimiter ?? (file.format === "tsv" ? "	" : ",");
    if (dialect.decimal === "," && delimiter === ",")
      return problem('decimal "," needs another delimiter (set csv.delimiter, e.g. ";")');
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
      csv: {
        delimiter,
        header,
        types,
        dialect: {
          ...dialect.nullValues ? { nullValues: dialect.nullValues } : {},
          ...dialect.decimal ? { decimal: dialect.decimal } : {}
        }
      },
      offset: offset + (end === -1 ? data.length : end + 1),
      lines,
      problems: []
    };
  } finally {
    await reader.close();
  }
}
async function streamFile(file, kind, executor, opts, start, onResult) {
  const opened = await openBytes(file, start.offset);
  const reader = start.end === void 0 ? opened : limitReader(opened, start.end);
  const queue = [];
  const drain = async (max) => {
    while (queue.length > max) onResult(await queue.shift());
  };
  const send = async (job, offset) => {
    const bytes = job.buf.byteLength;
    queue.push(executor.submit(job).then((r) => ({ ...r, bytes, offset })));
    await drain(opts.window);
  };
  const synthetic = async (r) => {
    queue.push(Promise.resolve(r));
    await drain(opts.window);
  };
  try {
    let position = start.offset;
    let first = kind === "jsonl" && position === 0;
    let carry = new Uint8Array(0);
    let skipping = false;
    for (; ; ) {
      const block = Buffer.allocUnsafeSlow(carry.length + opts.chunkBytes);
      block.set(carry, 0);
      const bytesRead = await reader.read(block, carry.length, opts.chunkBytes);
      position += bytesRead;
      const eof = bytesRead === 0;
      let data = block.subarray(0, carry.length + bytesRead);
      if (first) {
        first = false;
        if (data[0] === 239 && data[1] === 187 && data[2] === 191) data = data.subarray(3);
      }
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
          await send(
            { kind, buf: own(data, 0, data.length), last: true, csv: start.csv },
            position - data.length
          );
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
      await send(job, position - data.length);
    }
    await drain(0);
  } finally {
    await Promise.allSettled(queue);
    await reader.close();
  }
}
async function streamParquet(file, executor, window, onResult, only) {
  const all = await parquetRowGroups(file);
  const { problem } = all;
  const groups = only ? all.groups.slice(only.from, only.to) : all.groups;
  if (problem) {
    onResult({ lines: 0, rows: 0, invalidRows: 0, groups: [], problems: [{ message: problem }] });
    return;
  }
  const queue = [];
  try {
    for (const group of groups) {
      const job = { kind: "parquet", file: { path: file.path, gate: file.gate }, group };
      queue.push(
        executor.submit(job).then((r) => ({ ...r, bytes: group.bytes, offset: group.rowStart }))
      );
      while (queue.length > window) onResult(await queue.shift());
    }
    while (queue.length) onResult(await queue.shift());
  } finally {
    await Promise.allSettled(queue);
  }
}
async function readDataFile(file, bundle, executor, opts, readJson, onStart, onResult, range) {
  let started = false;
  const start = (header) => {
    started = true;
    onStart(header);
  };
  try {
    if (file.format === "json") {
      start({ lines: 0, offset: 0, problems: [] });
      onResult(await readJson());
    } else if (file.format === "parquet") {
      start({ lines: range?.start.lines ?? 0, offset: 0, problems: [] });
      await streamParquet(
        file,
        executor,
        Math.max(1, executor.threads),
        onResult,
        range?.rowGroups
      );
    } else if (file.format === "jsonl") {
      start({ lines: range?.start.lines ?? 0, offset: range?.start.offset ?? 0, problems: [] });
      const offset = range?.start.offset ?? 0;
      await streamFile(file, "jsonl", executor, opts, { offset, end: range?.end }, onResult);
    } else {
      const header = await readCsvHeader(file, bundle, opts.maxRecordBytes);
      const later = range !== void 0 && range.start.offset > header.offset;
      start(later ? { ...header, ...range.start, problems: [] } : header);
      if (header.csv)
        await streamFile(
          file,
          "csv",
          executor,
          opts,
          { offset: later ? range.start.offset : header.offset, csv: header.csv, end: range?.end },
          onResult
        );
    }
  } catch (err) {
    if (!(err instanceof DataReadError)) throw err;
    if (!started) start({ lines: 0, offset: 0, problems: [] });
    onResult({
      lines: 0,
      rows: 0,
      invalidRows: 0,
      groups: [],
      problems: [{ message: err.message }]
    });
  }
}

function pushLocated(into, problems, path, lineBase) {
  for (const p of problems ?? [])
    into.push({ ...p, file: path, ...p.line !== void 0 ? { line: p.line + lineBase } : {} });
}

function tapOnly(tap) {
  const accept = (() => true);
  return { fast: accept, full: accept, tap };
}
async function chunkReader(file, tap, samples) {
  const needsCsv = file.format === "csv" || file.format === "tsv";
  return new ChunkValidator(
    tapOnly(tap),
    samples,
    needsCsv ? await import('./chunk-csv.js') : void 0
  );
}
async function readRows(file, bundle, tap, opts) {
  const cv = await chunkReader(file, tap, opts.samples);
  const out = { rows: 0, problems: [] };
  let lineBase = 0;
  const source = {
    chunkBytes: opts.chunkBytes ?? 1024 * 1024,
    maxRecordBytes: opts.maxRecordBytes,
    samples: opts.samples,
    window: 1
  };
  await readDataFile(
    file,
    bundle,
    new InlineExecutor(cv),
    source,
    () => cv.runJsonFile(file, { maxRecordBytes: opts.maxRecordBytes }),
    (header) => {
      lineBase = header.lines;
      out.problems.push(...header.problems);
    },
    (r) => {
      pushLocated(out.problems, r.problems, file.path, lineBase);
      out.rows += r.rows;
      lineBase += r.lines;
    },
    opts.range
  );
  return out;
}
async function readBack(file, bundle, wanted, maxRecordBytes, by = "record") {
  const chunks = /* @__PURE__ */ new Map();
  for (const w of wanted) {
    const at = file.format === "json" ? -1 : w.origin.offset ?? -1;
    if (!chunks.has(at)) chunks.set(at, { origin: w.origin, found: /* @__PURE__ */ new Map() });
    chunks.get(at)?.found.set(w.record, void 0);
  }
  let current = /* @__PURE__ */ new Map();
  const cv = await chunkReader(
    file,
    (line, record, value) => {
      const k = by === "line" ? line : record;
      if (current.has(k) && current.get(k) === void 0) current.set(k, value);
    },
    0
  );
  const csv = file.format === "csv" || file.format === "tsv" ? (await readCsvHeader(file, bundle, maxRecordBytes)).csv : void 0;
  if (file.format === "parquet") {
    const { groups } = await parquetRowGroups(file);
    for (const [at, { found }] of chunks) {
      current = found;
      const group = groups.find((g) => g.rowStart === at);
      if (group)
        await cv.run({ kind: "parquet", file: { path: file.path, gate: file.gate }, group });
    }
    return wanted.map((w) => chunks.get(w.origin.offset ?? -1)?.found.get(w.record));
  }
  const reader = await openBytes(file);
  try {
    for (const [at, { origin, found }] of [...chunks].sort((a, b) => a[0] - b[0])) {
      current = found;
      if (at === -1 || origin.bytes === void 0) {
        await cv.runJsonFile(file, { maxRecordBytes });
        continue;
      }
      const buf = new Uint8Array(origin.bytes);
      await reader.skipTo(at);
      const got = await reader.read(buf, 0, origin.bytes);
      const last = got < origin.bytes || await reader.atEnd();
      if (file.format === "jsonl") cv.run({ kind: "jsonl", buf, last });
      else if (csv) cv.run({ kind: "csv", buf, last, csv });
    }
  } finally {
    await reader.close();
  }
  return wanted.map((w) => {
    const at = file.format === "json" ? -1 : w.origin.offset ?? -1;
    return chunks.get(at)?.found.get(w.record);
  });
}

const WORKER_MIN_BYTES = 8 * 1024 * 1024;
const FOLD_ROWS = 4096;
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
  /** One chunk's column digests (digest.ts), chunks in file order. */
  merge(columns) {
    for (const c of columns) {
      let p = this.columns.get(c.name);
      if (!p) {
        if (this.fixed || this.columns.size >= MAX_AUTO_COLUMNS) continue;
        p = this.profile(c.name);
      }
      p.merge(c);
    }
  }
  states() {
    return [...this.columns].map(([name, p]) => [name, p.state()]);
  }
  static fromStates(size, seed, fixed, states) {
    const side = new DriftSide(size, seed, fixed);
    for (const [name, s] of states) side.columns.set(name, ColumnProfile.fromState(s));
    return side;
  }
}
async function profileReference(job) {
  const side = new DriftSide(job.sampleSize, job.seed, job.columns);
  const digester = new ChunkDigester(
    { tests: [], keys: [], rowHash: false, drift: job.columns ? { columns: job.columns } : {} },
    0
  );
  const fold = () => side.merge(digester.take().columns ?? []);
  const out = { rows: 0, problems: [], states: [] };
  for (const part of job.parts ?? job.files.map((_, file) => ({ file }))) {
    const f = job.files[part.file];
    const r = await readRows(
      f,
      job.bundle,
      (line, record, value) => {
        digester.tap(line, record, value);
        if (digester.size >= FOLD_ROWS) fold();
      },
      {
        samples: job.samples,
        maxRecordBytes: job.maxRecordBytes,
        ...part.range ? { range: part.range } : {}
      }
    );
    fold();
    out.problems.push(...r.problems);
    if (r.rows === 0 && r.problems.length === 0 && !part.range && !job.parts)
      out.problems.push({ message: "reference file has no records", file: f.path });
    out.rows += r.rows;
  }
  out.states = side.states();
  return out;
}
function referenceWorkerUrl() {
  const url = new URL("./dataset-worker.js", import.meta.url);
  try {
    return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : void 0;
  } catch {
    return void 0;
  }
}
function startReference(job, url = referenceWorkerUrl()) {
  const bytes = job.files.reduce((n, f) => n + f.bytes, 0);
  if (!url || bytes < WORKER_MIN_BYTES)
    return { done: profileReference(job), stop: async () => {
    } };
  const worker = new Worker(url, {
    workerData: job,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB }
  });
  const done = new Promise((resolve, reject) => {
    let settled = false;
    worker.once("message", (m) => {
      settled = true;
      if (m.error !== void 0) reject(new Error(m.error));
      else resolve(m.result);
      void worker.terminate();
    });
    worker.once("error", (err) => {
      settled = true;
      reject(err);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`dataset worker exited with code ${code}`));
    });
  });
  done.catch(() => void 0);
  return {
    done,
    stop: async () => {
      await worker.terminate();
    }
  };
}

export { DEFAULT_SAMPLE_SIZE as D, DriftSide as a, planShard as b, readCsvHeader as c, recordStarts as d, categoricalDrift as e, referenceWorkerUrl as f, readDataFile as g, numericDrift as n, profileReference as p, readBack as r, startReference as s };
