import { workerData, parentPort } from 'node:worker_threads';
import { C as ChunkValidator, d as digestBuffers } from './chunk-executor.js';
import 'node:fs';
import 'node:url';
import './chunk-cells.js';
import 'node:path';
import 'node:v8';
import './chunk-records.js';
import 'node:buffer';
import './chunk-value.js';
import 'node:crypto';
import './chunk-workspace.js';
import 'node:fs/promises';
import 'node:stream';
import 'node:zlib';
import './chunk-simple-statistics.js';

const port = parentPort;
if (!port) throw new Error("validate-worker.js runs as a worker thread");
const ready = ChunkValidator.create(workerData);
let failed;
ready.catch((err) => failed = err.message);
port.on("message", async ({ seq, job }) => {
  try {
    const validator = await ready;
    const result = await validator.run(job);
    port.postMessage({ seq, result }, result.digest ? digestBuffers(result.digest) : []);
  } catch (err) {
    port.postMessage({ seq, error: failed ?? err.message });
  }
});
