import { parentPort } from 'node:worker_threads';
import { p as profileReference } from './chunk-profile.js';
import './chunk-prng.js';
import './chunk-simple-statistics.js';
import './chunk-executor.js';
import 'node:path';
import 'node:url';
import 'node:v8';
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
import './chunk-records.js';

const port = parentPort;
if (!port) throw new Error("dataset-worker.js runs as a worker thread");
port.once("message", async ({ job }) => {
  try {
    const result = await profileReference(job);
    port.postMessage(
      { result },
      result.states.map(([, s]) => s.reservoir.buffer)
    );
  } catch (err) {
    port.postMessage({ error: err.message });
  }
});
