// Worker threads started before their work is known. A worker spends 100–200 ms loading its
// modules before it can take a job; a run that starts its workers only once the schema is compiled
// and its input planned waits that long again. A pool starts them at once (a shard run, at the
// start of the command; any run, as soon as its files are resolved): each loads its modules, then
// waits for its first message, which tells it what to do (see the worker scripts). Workers no one
// takes are terminated; until taken they are unref'd, so a forgotten pool never keeps the process
// alive. This module imports nothing heavy: it must load before the engine does.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Young generation of a worker thread, in MB: chunks make only short-lived garbage, and
 * default-sized nurseries cost ~70 MB of RSS per worker (measured: peak RSS 278 MB → 218 MB on
 * the bench JSON Lines file, and slightly less CPU).
 */
export const WORKER_YOUNG_MB = 8;

/** Inputs (data, or a drift reference) big enough to be worth a worker thread's start-up. */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;

/** Validate worker threads when the input is big enough and no count is given. */
export function defaultThreads(): number {
  return Math.min(availableParallelism(), 4);
}

/** A bundled worker script beside this module, if there is one (not under vitest's sources). */
function bundled(name: string): URL | undefined {
  const url = new URL(`./${name}`, import.meta.url);
  try {
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** dist/validate-worker.js (executor.ts's WorkerExecutor). */
export const validateWorkerUrl = (): URL | undefined => bundled('validate-worker.js');
/** dist/dataset-worker.js (the drift reference's pass, dataset/profile.ts). */
export const datasetWorkerUrl = (): URL | undefined => bundled('dataset-worker.js');

function spawn(url: URL): Worker {
  return new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}

export class WorkerPool {
  /** Started workers no one took yet, by script. */
  private readonly idle = new Map<string, Worker[]>();
  private closed = false;

  /** Starts workers of `url` until `count` wait idle (none once the pool is closed). */
  warm(url: URL | undefined, count: number): void {
    if (!url || this.closed) return;
    const list = this.idle.get(url.href) ?? [];
    this.idle.set(url.href, list);
    while (list.length < count) {
      const w = spawn(url);
      w.unref();
      // A worker that fails or exits while idle leaves the pool; its error is not anyone's yet
      // (an unhandled 'error' event would crash the process).
      const drop = () => {
        const at = list.indexOf(w);
        if (at !== -1) list.splice(at, 1);
      };
      w.on('error', drop);
      w.once('exit', drop);
      list.push(w);
    }
  }

  /** Idle workers of `url`. */
  waiting(url: URL): number {
    return this.idle.get(url.href)?.length ?? 0;
  }

  /**
   * A worker of `url` for the caller to own (and terminate): a started one when there is one,
   * else a new one. Its first message must say what to do.
   */
  take(url: URL): Worker {
    const w = this.idle.get(url.href)?.shift();
    if (!w) return spawn(url);
    w.ref();
    return w;
  }

  /** Terminates the workers no one took; later `warm` calls start none. */
  async close(): Promise<void> {
    this.closed = true;
    const left = [...this.idle.values()].flat();
    this.idle.clear();
    await Promise.all(left.map((w) => w.terminate()));
  }
}

/** A worker of `url` from `pool` when given, else a new one. */
export function startWorker(url: URL, pool: WorkerPool | undefined): Worker {
  return pool ? pool.take(url) : spawn(url);
}

/**
 * A run's pool; a shard's (`shard`) starts its validate workers at once, before the engine's
 * modules load: a shard is a piece of an input big enough to be split, so it will use them.
 */
export function runPool(shard: boolean, threads = defaultThreads()): WorkerPool {
  const pool = new WorkerPool();
  if (shard) pool.warm(validateWorkerUrl(), threads);
  return pool;
}
