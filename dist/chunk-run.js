import { availableParallelism } from 'node:os';
import { n as newResult } from './chunk-result.js';
import { statSync } from 'node:fs';
import { resolve, relative, isAbsolute, extname } from 'node:path';
import { i as isDynamicPattern, g as glob } from './chunk-index.js';
import { l as loadSchemaBundle, S as SchemaError, W as WorkerExecutor, d as defaultWorkerUrl, I as InlineExecutor } from './chunk-executor.js';
import { p as parseThreshold, t as thresholdStatus, f as formatShare } from './chunk-threshold.js';
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
  const finish = (status2, summary2) => {
    details.durationMs = Math.round(performance.now() - started);
    return newResult({
      kind: "validate",
      id: meta.id,
      title: (meta.title ?? meta.id).slice(0, 200),
      status: status2,
      summary: summary2,
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
      const summary2 = {
        path: file.path,
        format: file.format,
        rows: 0,
        invalidRows: 0,
        bytes: file.bytes
      };
      details.files.push(summary2);
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
      summary2.rows = merger.rows;
      summary2.invalidRows = merger.invalidRows;
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
  const status = thresholdStatus(max, warn, details.invalidRows, details.rows);
  const pct = details.rows ? ` (${formatShare(details.invalidShare)})` : "";
  const summary = details.invalidRows === 0 ? `all ${plural(details.rows, "row")} in ${plural(files.length, "file")} match the schema` : `${details.invalidRows.toLocaleString("en-US")} of ${plural(details.rows, "row")}${pct} violate the schema` + (status === "fail" ? `: more than max-invalid-rows ${max.raw}` : status === "warn" ? `: more than warn-invalid-rows ${warn?.raw}` : `, within max-invalid-rows ${max.raw}`);
  return finish(status, summary);
}
function inlineValidators(inline) {
  return inline.validators.validators;
}

export { optionsFromEntry as o, runValidate as r };
