import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { D as DataReadError, p as parquetRowGroups, o as openBytes, I as InlineExecutor, C as ChunkValidator, a as ColumnProfile, M as MAX_AUTO_COLUMNS, W as WORKER_YOUNG_MB, b as ChunkDigester } from './chunk-executor.js';
import { a as columnTypes } from './chunk-cells.js';

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
  const reader = await openBytes(file, start.offset);
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
async function streamParquet(file, executor, window, onResult) {
  const { groups, problem } = await parquetRowGroups(file);
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
async function readDataFile(file, bundle, executor, opts, readJson, onStart, onResult) {
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
      start({ lines: 0, offset: 0, problems: [] });
      await streamParquet(file, executor, Math.max(1, executor.threads), onResult);
    } else if (file.format === "jsonl") {
      start({ lines: 0, offset: 0, problems: [] });
      await streamFile(file, "jsonl", executor, opts, { offset: 0 }, onResult);
    } else {
      const header = await readCsvHeader(file, bundle, opts.maxRecordBytes);
      start(header);
      if (header.csv)
        await streamFile(
          file,
          "csv",
          executor,
          opts,
          { offset: header.offset, csv: header.csv },
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
      for (const p of r.problems ?? [])
        out.problems.push({
          ...p,
          file: file.path,
          ...p.line !== void 0 ? { line: p.line + lineBase } : {}
        });
      out.rows += r.rows;
      lineBase += r.lines;
    }
  );
  return out;
}
async function readBack(file, bundle, wanted, maxRecordBytes) {
  const chunks = /* @__PURE__ */ new Map();
  for (const w of wanted) {
    const at = file.format === "json" ? -1 : w.origin.offset ?? -1;
    if (!chunks.has(at)) chunks.set(at, { origin: w.origin, found: /* @__PURE__ */ new Map() });
    chunks.get(at)?.found.set(w.record, void 0);
  }
  let current = /* @__PURE__ */ new Map();
  const cv = await chunkReader(
    file,
    (_line, record, value) => {
      if (current.has(record)) current.set(record, value);
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
  for (const f of job.files) {
    const r = await readRows(
      f,
      job.bundle,
      (line, record, value) => {
        digester.tap(line, record, value);
        if (digester.size >= FOLD_ROWS) fold();
      },
      { samples: job.samples, maxRecordBytes: job.maxRecordBytes }
    );
    fold();
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

export { DriftSide as D, readBack as a, readDataFile as b, profileReference as p, referenceWorkerUrl as r, startReference as s };
