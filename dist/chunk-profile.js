import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { g as gammaln, X as Xoshiro128ss } from './chunk-simple-statistics.js';
import { C as ChunkValidator } from './chunk-executor.js';
import { open } from 'node:fs/promises';
import { a as columnTypes } from './chunk-cells.js';
import { isUtf8 } from 'node:buffer';
import { C as Collector, b as validateOne } from './chunk-records.js';

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

const MAX_AUTO_COLUMNS = 100;
const WORKER_MIN_BYTES = 8 * 1024 * 1024;
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
  const out = { rows: 0, problems: [], states: [] };
  for (const f of job.files) {
    const r = await readRows(f, job.bundle, (v) => (side.add(v), void 0), {
      samples: job.samples,
      maxRecordBytes: job.maxRecordBytes
    });
    out.problems.push(...r.problems);
    if (r.rows === 0 && r.problems.length === 0)
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
  if (!url || bytes < WORKER_MIN_BYTES) return profileReference(job);
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: job });
    let done = false;
    worker.once("message", (m) => {
      done = true;
      if (m.error !== void 0) reject(new Error(m.error));
      else resolve(m.result);
      void worker.terminate();
    });
    worker.once("error", (err) => {
      done = true;
      reject(err);
    });
    worker.once("exit", (code) => {
      if (!done) reject(new Error(`dataset worker exited with code ${code}`));
    });
  });
}

export { DriftSide as D, DEFAULT_SAMPLE_SIZE as a, readRows as b, categoricalDrift as c, streamFile as d, readCsvHeader as e, numericDrift as n, profileReference as p, referenceWorkerUrl as r, startReference as s, validateJsonFile as v };
