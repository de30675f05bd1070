// Worker thread entry (bundled as dist/bootstrap-worker.js): claims bootstrap blocks from the
// shared counter until none is left, then ends (block-bootstrap.ts).
import { workerData } from 'node:worker_threads';
import { claimBlocks, type BlockJob } from './block-bootstrap.js';

if (!workerData) throw new Error('bootstrap-worker.js runs as a worker thread');
claimBlocks(workerData as BlockJob);
