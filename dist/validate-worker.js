import { parentPort } from 'node:worker_threads';
import { p as preloadCompiler, C as ChunkValidator, d as digestBuffers } from './chunk-executor.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import 'node:path';
import 'node:url';
import './chunk-cells.js';
import 'node:buffer';
import './chunk-format.js';
import 'node:crypto';
import './chunk-workspace.js';
import 'node:fs';
import 'node:fs/promises';
import './chunk-limits.js';
import './chunk-worker-pool.js';
import 'node:os';
import 'node:stream';
import 'node:zlib';
import './chunk-column.js';

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
let ready;
let failed;
preloadCompiler().catch(() => void 0);
let previous = Promise.resolve();
const handle = async ({ seq, job }) => {
  try {
    if (!ready) throw new Error("internal: a job sent to a validate worker before its init");
    const validator = await ready;
    const result = await validator.run(job);
    port.postMessage({ seq, result }, result.digest ? digestBuffers(result.digest) : []);
    if (job.kind === "parquet") releaseMemory();
  } catch (err) {
    port.postMessage({ seq, error: failed ?? err.message });
  }
};
port.on("message", (message) => {
  if ("init" in message) {
    ready = ChunkValidator.create(message.init);
    ready.catch((err) => failed = err.message);
    return;
  }
  previous = previous.then(() => handle(message));
});
