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

port.on('message', async ({ seq, job }: { seq: number; job: Job }) => {
  try {
    const validator = await ready;
    const result = await validator.run(job);
    // The digest's typed arrays move to the main thread instead of being copied.
    port.postMessage({ seq, result }, result.digest ? digestBuffers(result.digest) : []);
    if (job.kind === 'parquet') releaseMemory();
  } catch (err) {
    port.postMessage({ seq, error: failed ?? (err as Error).message });
  }
});
