import { extname } from 'node:path';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const COMPRESSION_EXTENSIONS = {
  ".gz": "gzip",
  ".zst": "zstd"
};
function compressionOf(path) {
  const lower = path.toLowerCase();
  for (const [ext, compression] of Object.entries(COMPRESSION_EXTENSIONS))
    if (lower.endsWith(ext)) return { compression, inner: path.slice(0, -ext.length) };
  return { inner: path };
}

function defineFormat(spec) {
  return spec;
}

const json = defineFormat({
  name: "json",
  extensions: [".json"],
  layout: "document",
  location: "line",
  text: true,
  sample: true,
  examples: true
});

const jsonl = defineFormat({
  name: "jsonl",
  extensions: [".jsonl", ".ndjson"],
  layout: "lines",
  location: "line",
  text: true,
  sample: true,
  examples: true
});

const csv = defineFormat({
  name: "csv",
  extensions: [".csv"],
  layout: "delimited",
  location: "line",
  text: true,
  delimiter: ",",
  sample: true,
  examples: true
});

const tsv = defineFormat({
  name: "tsv",
  extensions: [".tsv", ".tab"],
  layout: "delimited",
  location: "line",
  text: true,
  delimiter: "	",
  sample: true,
  examples: true
});

const parquet = defineFormat({
  name: "parquet",
  extensions: [".parquet"],
  layout: "row-groups",
  location: "row",
  text: false,
  sample: false,
  examples: true
});

const arrow = defineFormat({
  name: "arrow",
  extensions: [".arrow", ".feather"],
  layout: "record-batches",
  location: "row",
  text: false,
  sample: false,
  examples: false
});

const FORMATS = [json, jsonl, csv, tsv, parquet, arrow];
const FORMAT_NAMES = FORMATS.map((f) => f.name);
const byName = new Map(FORMATS.map((f) => [f.name, f]));
const byExtension = new Map(
  FORMATS.flatMap((f) => f.extensions.map((e) => [e, f.name]))
);
function formatSpec(name) {
  return byName.get(name);
}
function formatOf(path) {
  return byExtension.get(extname(compressionOf(path).inner).toLowerCase());
}
function formatsWith(capability) {
  return FORMATS.filter((f) => f[capability]).map((f) => f.name);
}
function orList(items) {
  return items.length < 2 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
function extensionsOf(names) {
  return orList(names.flatMap((n) => formatSpec(n).extensions));
}

const WORKER_YOUNG_MB = 8;
const WORKER_MIN_BYTES = 8 * 1024 * 1024;
function defaultThreads() {
  return Math.min(availableParallelism(), 4);
}
function bundled(name) {
  const url = new URL(`./${name}`, import.meta.url);
  try {
    return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : void 0;
  } catch {
    return void 0;
  }
}
const validateWorkerUrl = () => bundled("validate-worker.js");
const datasetWorkerUrl = () => bundled("dataset-worker.js");
function spawn(url) {
  return new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}
class WorkerPool {
  /** Started workers no one took yet, by script. */
  idle = /* @__PURE__ */ new Map();
  closed = false;
  /** Starts workers of `url` until `count` wait idle (none once the pool is closed). */
  warm(url, count) {
    if (!url || this.closed) return;
    const list = this.idle.get(url.href) ?? [];
    this.idle.set(url.href, list);
    while (list.length < count) {
      const w = spawn(url);
      w.unref();
      const drop = () => {
        const at = list.indexOf(w);
        if (at !== -1) list.splice(at, 1);
      };
      w.on("error", drop);
      w.once("exit", drop);
      list.push(w);
    }
  }
  /** Idle workers of `url`. */
  waiting(url) {
    return this.idle.get(url.href)?.length ?? 0;
  }
  /**
   * A worker of `url` for the caller to own (and terminate): a started one when there is one,
   * else a new one. Its first message must say what to do.
   */
  take(url) {
    const w = this.idle.get(url.href)?.shift();
    if (!w) return spawn(url);
    w.ref();
    return w;
  }
  /** Terminates the workers no one took; later `warm` calls start none. */
  async close() {
    this.closed = true;
    const left = [...this.idle.values()].flat();
    this.idle.clear();
    await Promise.all(left.map((w) => w.terminate()));
  }
}
function startWorker(url, pool) {
  return pool ? pool.take(url) : spawn(url);
}
function runPool(shard, threads = defaultThreads()) {
  const pool = new WorkerPool();
  if (shard) pool.warm(validateWorkerUrl(), threads);
  return pool;
}

export { COMPRESSION_EXTENSIONS as C, FORMAT_NAMES as F, WORKER_MIN_BYTES as W, formatSpec as a, formatOf as b, compressionOf as c, datasetWorkerUrl as d, extensionsOf as e, formatsWith as f, WorkerPool as g, defaultThreads as h, orList as o, runPool as r, startWorker as s, validateWorkerUrl as v };
