import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { s as stateWords, a as seedState, T as TWO_POW_M32 } from './chunk-prng.js';

const BLOCK = 256;
const MIN_PARALLEL_DRAWS = 2e7;
const STALL_MS = 1e4;
const NEXT = 0;
const DONE = 1;
function blockState(seed, label, block) {
  return seedState(seed, block === 0 ? label : `${label}\0block ${block}`);
}
function blockCount(resamples) {
  return Math.ceil(resamples / BLOCK);
}
function runBlock(job, b) {
  const from = b * BLOCK;
  const to = Math.min(job.resamples, from + BLOCK);
  meanReplicatesFloat(job.diff, job.out, from, to, blockState(job.seed, job.label, b));
}
function claimBlocks(job) {
  const blocks = blockCount(job.resamples);
  for (let done = 0; ; done++) {
    const b = Atomics.add(job.control, NEXT, 1);
    if (b >= blocks) return done;
    Atomics.store(job.control, 2 + b, 1);
    runBlock(job, b);
    Atomics.store(job.control, 2 + b, 2);
    Atomics.add(job.control, DONE, 1);
    Atomics.notify(job.control, DONE);
  }
}
function defaultWorkerUrl() {
  const url = new URL("./bootstrap-worker.js", import.meta.url);
  try {
    return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : void 0;
  } catch {
    return void 0;
  }
}
function awaitBlocks(job, blocks) {
  let last = Atomics.load(job.control, DONE);
  let since = Date.now();
  while (last < blocks) {
    Atomics.wait(job.control, DONE, last, 50);
    const now = Atomics.load(job.control, DONE);
    if (now !== last) {
      last = now;
      since = Date.now();
      continue;
    }
    if (Date.now() - since < STALL_MS) continue;
    for (let b = 0; b < blocks; b++)
      if (Atomics.load(job.control, 2 + b) !== 2) {
        runBlock(job, b);
        if (Atomics.compareExchange(job.control, 2 + b, 1, 2) === 1)
          Atomics.add(job.control, DONE, 1);
      }
    last = Atomics.load(job.control, DONE);
  }
}
function floatReplicates(diff, resamples, seed, label, options = {}) {
  const blocks = blockCount(resamples);
  const url = options.workerUrl ?? defaultWorkerUrl();
  const wanted = options.threads ?? (resamples * diff.length >= MIN_PARALLEL_DRAWS ? availableParallelism() : 1);
  const threads = url ? Math.max(1, Math.min(wanted, blocks)) : 1;
  if (threads === 1) {
    const out = new Float64Array(resamples);
    const job2 = { diff, out, resamples, seed, label };
    for (let b = 0; b < blocks; b++) runBlock(job2, b);
    options.onShare?.({ threads: 1, blocks, here: blocks });
    return out;
  }
  const shared = new Float32Array(new SharedArrayBuffer(diff.byteLength));
  shared.set(diff);
  const job = {
    diff: shared,
    out: new Float64Array(new SharedArrayBuffer(resamples * 8)),
    control: new Int32Array(new SharedArrayBuffer((2 + blocks) * 4)),
    resamples,
    seed,
    label
  };
  const workers = Array.from({ length: threads - 1 }, () => {
    const w = new Worker(url, { workerData: job });
    w.on("error", () => {
    });
    w.unref();
    return w;
  });
  const here = claimBlocks(job);
  awaitBlocks(job, blocks);
  options.onShare?.({ threads, blocks, here });
  for (const w of workers) void w.terminate();
  return Float64Array.from(job.out);
}
function meanReplicatesFloat(diff, out, from, to, state) {
  const n = diff.length;
  const half = n >> 1;
  let [s0, s1, s2, s3] = stateWords(state);
  const scale = n * TWO_POW_M32;
  for (let r = from; r < to; r++) {
    let sumA = 0;
    let sumB = 0;
    for (let i = 0; i < half; i++) {
      let m = Math.imul(s1, 5);
      let x = Math.imul(m << 7 | m >>> 25, 9);
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      sumA += diff[(x >>> 0) * scale | 0];
      m = Math.imul(s1, 5);
      x = Math.imul(m << 7 | m >>> 25, 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      sumB += diff[(x >>> 0) * scale | 0];
    }
    if (n & 1) {
      const m = Math.imul(s1, 5);
      const x = Math.imul(m << 7 | m >>> 25, 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      sumA += diff[(x >>> 0) * scale | 0];
    }
    out[r] = (sumA + sumB) / n;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}

export { claimBlocks as c, floatReplicates as f };
