// Worker thread entry (bundled as dist/validate-worker.js): compiles the schema bundle it is
// given, then validates the chunks the main thread sends, replying with each chunk's groups.
import { parentPort, workerData } from 'node:worker_threads';
import { ChunkValidator, type Job, type WorkerInit } from './executor.js';
import { digestBuffers } from '../dataset/digest.js';
import { releaseMemory } from './release-memory.js';

const port = parentPort;
if (!port) throw new Error('validate-worker.js runs as a worker thread');
const ready = ChunkValidator.create(workerData as WorkerInit);
let failed: string | undefined;
ready.catch((err: Error) => (failed = err.message));

// One job at a time: a Parquet job awaits its reads, and a second group decoded meanwhile would
// double the worker's memory for no gain (the main thread keeps every worker's queue non-empty).
let previous: Promise<void> = Promise.resolve();
const handle = async ({ seq, job }: { seq: number; job: Job }): Promise<void> => {
  try {
    const validator = await ready;
    const result = await validator.run(job);
    // The digest's typed arrays move to the main thread instead of being copied.
    port.postMessage({ seq, result }, result.digest ? digestBuffers(result.digest) : []);
    if (job.kind === 'parquet') releaseMemory();
  } catch (err) {
    port.postMessage({ seq, error: failed ?? (err as Error).message });
  }
};
port.on('message', (message: { seq: number; job: Job }) => {
  previous = previous.then(() => handle(message));
});
