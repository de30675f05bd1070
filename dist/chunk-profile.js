import { X as Xoshiro128ss } from './chunk-prng.js';
import { g as gammaln } from './chunk-simple-statistics.js';
import { M as MAX_CATEGORIES, r as readerOf, a as planShard, b as parquetRowGroups, c as lineStartAfter, e as readCsvHeader, f as recordStarts, g as MAX_AUTO_COLUMNS, h as ChunkDigester, i as countLines } from './chunk-executor.js';
import { t as tapReader, r as readWith } from './chunk-records.js';
import { W as WORKER_MIN_BYTES, s as startWorker } from './chunk-worker-pool.js';

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

async function readRows(file, bundle, tap, opts) {
  return readWith(file, bundle, await tapReader(file, tap, opts.samples), opts);
}
async function readBack(file, bundle, wanted, maxRecordBytes, by = "record") {
  const chunks = /* @__PURE__ */ new Map();
  for (const w of wanted) {
    const at = w.origin.offset ?? -1;
    if (!chunks.has(at)) chunks.set(at, { origin: w.origin, found: /* @__PURE__ */ new Map() });
    chunks.get(at)?.found.set(w.record, void 0);
  }
  let current = /* @__PURE__ */ new Map();
  const cv = await tapReader(file, (line, record, value) => {
    const k = by === "line" ? line : record;
    if (current.has(k) && current.get(k) === void 0) current.set(k, value);
  });
  const order = [...chunks.values()].sort(
    (a, b) => (a.origin.offset ?? -1) - (b.origin.offset ?? -1)
  );
  await readerOf(file.format).reread(
    file,
    bundle,
    order.map((c) => c.origin),
    maxRecordBytes,
    async (job, i) => {
      current = order[i]?.found ?? /* @__PURE__ */ new Map();
      await cv.run(job);
    }
  );
  return wanted.map((w) => chunks.get(w.origin.offset ?? -1)?.found.get(w.record));
}

async function jsonlPart(f, file, from, to) {
  const start = await lineStartAfter(f, from);
  const end = to >= f.bytes ? f.bytes : await lineStartAfter(f, to);
  return {
    file,
    range: { start: { offset: start, lines: 0 }, end },
    lines: { relative: start > 0 }
  };
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
    } else if (f.format === "jsonl") out.push(await jsonlPart(f, p.file, p.from, p.to));
    else
      out.push({ file: p.file, range: await textRange(f, p.from, p.to, bundle, maxRecordBytes) });
  }
  return out;
}

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
async function fileLines(f, part, problems) {
  if (!part.lines?.relative || !part.range || !problems.some((p) => p.line !== void 0))
    return problems;
  const before = await countLines(f, 0, part.range.start.offset);
  return problems.map((p) => p.line !== void 0 ? { ...p, line: p.line + before } : p);
}
async function profileReference(job) {
  const side = new DriftSide(job.sampleSize, job.seed, job.columns);
  const digester = new ChunkDigester(
    { tests: [], keys: [], rowHash: false, drift: job.columns ? { columns: job.columns } : {} },
    0
  );
  const fold = () => side.merge(digester.take().columns ?? []);
  const out = { rows: 0, problems: [], states: [] };
  const parts = job.shard ? await shardParts(job.files, job.shard, job.bundle, job.maxRecordBytes) : job.files.map((_, file) => ({ file }));
  for (const part of parts) {
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
    out.problems.push(...await fileLines(f, part, r.problems));
    if (r.rows === 0 && r.problems.length === 0 && !job.shard)
      out.problems.push({ message: "reference file has no records", file: f.path });
    out.rows += r.rows;
  }
  out.states = side.states();
  return out;
}
function startReference(job, url, pool) {
  const bytes = job.files.reduce((n, f) => n + f.bytes, 0);
  if (!url || bytes < WORKER_MIN_BYTES)
    return { done: profileReference(job), stop: async () => {
    } };
  const worker = startWorker(url, pool);
  worker.postMessage({ job });
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

export { DEFAULT_SAMPLE_SIZE as D, DriftSide as a, shardParts as b, categoricalDrift as c, numericDrift as n, profileReference as p, readBack as r, startReference as s };
