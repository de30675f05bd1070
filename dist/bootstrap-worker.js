import { workerData } from 'node:worker_threads';
import { c as claimBlocks } from './chunk-block-bootstrap.js';
import 'node:fs';
import 'node:os';
import 'node:url';
import './chunk-prng.js';

if (!workerData) throw new Error("bootstrap-worker.js runs as a worker thread");
claimBlocks(workerData);
