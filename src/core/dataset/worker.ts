// Worker thread entry (bundled as dist/dataset-worker.js): profiles the drift reference while
// the main thread reads the current data, and sends back the column profiles.
import { parentPort, workerData } from 'node:worker_threads';
import { profileReference, type ReferenceJob } from './profile.js';

const port = parentPort;
if (!port) throw new Error('dataset-worker.js runs as a worker thread');
try {
  const result = await profileReference(workerData as ReferenceJob);
  port.postMessage(
    { result },
    result.states.map(([, s]) => s.reservoir.buffer as ArrayBuffer),
  );
} catch (err) {
  port.postMessage({ error: (err as Error).message });
}
