import { workerData, parentPort } from 'node:worker_threads';
import { C as ChunkValidator, d as digestBuffers } from './chunk-executor.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import 'node:fs';
import 'node:url';
import 'node:path';
import './chunk-cells.js';
import 'node:buffer';
import 'node:crypto';
import './chunk-workspace.js';
import 'node:fs/promises';
import './chunk-limits.js';
import './chunk-registry.js';
import 'node:stream';
import 'node:zlib';
import './chunk-column.js';
import 'node:os';

let collect;
function releaseMemory() {
  if (collect === void 0) {
    try {
      setFlagsFromString("--expose-gc");
      const gc = runInNewContext("gc");
      collect = typeof gc === "function" ? gc : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

const port = parentPort;
if (!port) throw new Error("validate-worker.js runs as a worker thread");
const ready = ChunkValidator.create(workerData);
let failed;
ready.catch((err) => failed = err.message);
let previous = Promise.resolve();
const handle = async ({ seq, job }) => {
  try {
    const validator = await ready;
    const result = await validator.run(job);
    port.postMessage({ seq, result }, result.digest ? digestBuffers(result.digest) : []);
    if (job.kind === "parquet") releaseMemory();
  } catch (err) {
    port.postMessage({ seq, error: failed ?? err.message });
  }
};
port.on("message", (message) => {
  previous = previous.then(() => handle(message));
});
