// Worker thread entry (bundled as dist/validate-worker.js): loads its modules, then waits for its
// first message, `{ init }` (it may be started before the run knows its schema, see
// worker-pool.ts); compiles the schema bundle it is given, then validates the chunks the main
// thread sends, replying with each chunk's groups.
import { parentPort } from 'node:worker_threads';
import { ChunkValidator, type Job, type WorkerInit } from './executor.js';
import { digestBuffers } from '../dataset/digest.js';
import { releaseMemory } from './release-memory.js';
import { preloadCompiler } from './schema.js';

const port = parentPort;
if (!port) throw new Error('validate-worker.js runs as a worker thread');
let ready: Promise<ChunkValidator> | undefined;
let failed: string | undefined;
// While it waits for its init: a failure here is the compile's to report, when it comes.
preloadCompiler().catch(() => undefined);

// One job at a time: a Parquet job awaits its reads, and a second group decoded meanwhile would
// double the worker's memory for no gain (the main thread keeps every worker's queue non-empty).
let previous: Promise<void> = Promise.resolve();
const handle = async ({ seq, job }: { seq: number; job: Job }): Promise<void> => {
  try {
    if (!ready) throw new Error('internal: a job sent to a validate worker before its init');
    const validator = await ready;
    const result = await validator.run(job);
    // The digest's typed arrays move to the main thread instead of being copied.
    port.postMessage({ seq, result }, result.digest ? digestBuffers(result.digest) : []);
    if (job.kind === 'parquet') releaseMemory();
  } catch (err) {
    port.postMessage({ seq, error: failed ?? (err as Error).message });
  }
};
port.on('message', (message: { init: WorkerInit } | { seq: number; job: Job }) => {
  if ('init' in message) {
    ready = ChunkValidator.create(message.init);
    ready.catch((err: Error) => (failed = err.message));
    return;
  }
  previous = previous.then(() => handle(message));
});
