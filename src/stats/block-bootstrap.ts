// The real-valued paired bootstrap on every core. 0/1 scores resample counts (count-bootstrap.ts)
// and never come here; real-valued differences need the B·n draws, and those split cleanly.
//
// Blocks: the B replicates are cut into blocks of BLOCK, and block b draws from its own stream,
// seeded from (seed, label, b); block 0 continues the row's own stream (seed, label), so B ≤ BLOCK
// gives what the one-stream bootstrap gave. A block's replicates depend on nothing but its
// number, so the result is the same whichever thread computes it and however many there are.
//
// Threads: this thread and threads − 1 workers (bootstrap-worker.js, bundled beside this module)
// share the differences and the output through SharedArrayBuffers and claim blocks from an atomic
// counter. compare is synchronous, so this thread computes blocks too and then waits with
// Atomics.wait (allowed on Node's main thread) for the blocks the workers claimed. A worker that
// never starts only leaves more blocks here; a block claimed by a worker that stopped is
// recomputed here after STALL_MS without progress (the same numbers, so a late write is harmless).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { seedState, stateWords, TWO_POW_M32, type RngState } from './prng.js';

/** Replicates per block: small enough to balance two threads, large enough to amortise seeding. */
export const BLOCK = 256;
/** Below this many draws (B·n) one thread is faster than starting a worker (~30 ms). */
const MIN_PARALLEL_DRAWS = 20_000_000;
const STALL_MS = 10_000;

// Control words in the shared Int32Array.
const NEXT = 0;
const DONE = 1;

/** What a worker gets: shared arrays and the stream's identity. */
export interface BlockJob {
  diff: Float32Array;
  out: Float64Array;
  /** [next block to claim, blocks done, then one state per block: 0 free, 1 claimed, 2 done]. */
  control: Int32Array;
  resamples: number;
  seed: number;
  label: string;
}

export function blockState(seed: number, label: string, block: number): RngState {
  return seedState(seed, block === 0 ? label : `${label}\u0000block ${block}`);
}

function blockCount(resamples: number): number {
  return Math.ceil(resamples / BLOCK);
}

function runBlock(job: BlockJob, b: number): void {
  const from = b * BLOCK;
  const to = Math.min(job.resamples, from + BLOCK);
  meanReplicatesFloat(job.diff, job.out, from, to, blockState(job.seed, job.label, b));
}

/** Claims and computes blocks until none is left (the loop of every thread); how many it did. */
export function claimBlocks(job: BlockJob): number {
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

/** The bundled worker beside this module, if there is one (not under vitest's sources). */
function defaultWorkerUrl(): URL | undefined {
  const url = new URL('./bootstrap-worker.js', import.meta.url);
  try {
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Waits for the workers' blocks; recomputes here a block whose worker made no progress. */
function awaitBlocks(job: BlockJob, blocks: number): void {
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

/** B replicates of mean(diff) for real-valued differences, on `threads` threads (see above). */
export function floatReplicates(
  diff: Float32Array,
  resamples: number,
  seed: number,
  label: string,
  options: {
    threads?: number;
    workerUrl?: URL;
    /** Told how the work was shared (the bench prints it). */
    onShare?: (share: { threads: number; blocks: number; here: number }) => void;
  } = {},
): Float64Array {
  const blocks = blockCount(resamples);
  const url = options.workerUrl ?? defaultWorkerUrl();
  const wanted =
    options.threads ?? (resamples * diff.length >= MIN_PARALLEL_DRAWS ? availableParallelism() : 1);
  const threads = url ? Math.max(1, Math.min(wanted, blocks)) : 1;
  if (threads === 1) {
    const out = new Float64Array(resamples);
    const job = { diff, out, control: new Int32Array(0), resamples, seed, label };
    for (let b = 0; b < blocks; b++) runBlock(job, b);
    options.onShare?.({ threads: 1, blocks, here: blocks });
    return out;
  }
  const shared = new Float32Array(new SharedArrayBuffer(diff.byteLength));
  shared.set(diff);
  const job: BlockJob = {
    diff: shared,
    out: new Float64Array(new SharedArrayBuffer(resamples * 8)),
    control: new Int32Array(new SharedArrayBuffer((2 + blocks) * 4)),
    resamples,
    seed,
    label,
  };
  const workers = Array.from({ length: threads - 1 }, () => {
    const w = new Worker(url!, { workerData: job });
    w.on('error', () => {}); // a failed worker only leaves its blocks to this thread
    w.unref();
    return w;
  });
  const here = claimBlocks(job);
  awaitBlocks(job, blocks);
  options.onShare?.({ threads, blocks, here });
  for (const w of workers) void w.terminate();
  return Float64Array.from(job.out);
}

/**
 * Bootstrap replicates of mean(diff) for real-valued differences. The differences are read from
 * single-precision storage: at n = 100,000 a Float64Array (800 KB) spills out of a core's L2
 * cache and every random draw waits on L3, while a Float32Array (400 KB) stays in L2. Rounding
 * each difference to single precision moves it by at most 6e-8 of its size, orders of magnitude
 * below the sampling error the interval measures; the sums still accumulate in double precision.
 */
export function meanReplicatesFloat(
  diff: Float32Array,
  out: Float64Array,
  from: number,
  to: number,
  state: RngState,
): void {
  const n = diff.length;
  const half = n >> 1;
  let [s0, s1, s2, s3] = stateWords(state);
  const scale = n * TWO_POW_M32;
  for (let r = from; r < to; r++) {
    let sumA = 0;
    let sumB = 0;
    for (let i = 0; i < half; i++) {
      let m = Math.imul(s1, 5);
      let x = Math.imul((m << 7) | (m >>> 25), 9);
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      sumA += diff[((x >>> 0) * scale) | 0]!;
      m = Math.imul(s1, 5);
      x = Math.imul((m << 7) | (m >>> 25), 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      sumB += diff[((x >>> 0) * scale) | 0]!;
    }
    if (n & 1) {
      const m = Math.imul(s1, 5);
      const x = Math.imul((m << 7) | (m >>> 25), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      sumA += diff[((x >>> 0) * scale) | 0]!;
    }
    out[r] = (sumA + sumB) / n;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}
