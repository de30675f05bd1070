import { workerData, parentPort } from 'node:worker_threads';
import { p as profileReference } from './chunk-profile.js';
import 'node:fs';
import 'node:url';
import './chunk-prng.js';
import './chunk-simple-statistics.js';
import './chunk-executor.js';
import './chunk-cells.js';
import './chunk-exact.js';
import 'node:path';
import './chunk-parquet.js';
import 'node:v8';
import './chunk-column.js';
import 'node:os';
import './chunk-workspace.js';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-records.js';
import './chunk-value.js';
import 'node:crypto';
import 'node:stream';
import 'node:zlib';
import './chunk-registry.js';

const port = parentPort;
if (!port) throw new Error("dataset-worker.js runs as a worker thread");
try {
  const result = await profileReference(workerData);
  port.postMessage(
    { result },
    result.states.map(([, s]) => s.reservoir.buffer)
  );
} catch (err) {
  port.postMessage({ error: err.message });
}
