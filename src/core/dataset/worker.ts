// Worker thread entry (bundled as dist/dataset-worker.js): loads its modules, then waits for its
// one message, `{ job }` (it may be started before the run knows its reference, see
// validate/worker-pool.ts); profiles the drift reference while the main thread reads the current
// data, and sends back the column profiles.
import { parentPort } from 'node:worker_threads';
import { profileReference, type ReferenceJob } from './profile.js';

const port = parentPort;
if (!port) throw new Error('dataset-worker.js runs as a worker thread');
port.once('message', async ({ job }: { job: ReferenceJob }) => {
  try {
    const result = await profileReference(job);
    port.postMessage(
      { result },
      result.states.map(([, s]) => s.reservoir.buffer as ArrayBuffer),
    );
  } catch (err) {
    port.postMessage({ error: (err as Error).message });
  }
});
