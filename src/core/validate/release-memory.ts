// A full garbage collection on demand, for a worker thread between two Parquet row groups. A
// decoded group is tens of MB that all die at once when the group is validated; left to its
// heuristics V8 lets each worker's heap grow to ~250 MB of such garbage before it collects, which
// put two workers over the memory budget on the bench file (peak RSS 530–840 MB; 400–440 MB with
// a collection after each group). `gc` is exposed the way test runners' leak detectors do it:
// the flag set at run time, the function taken from a fresh context.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

export function releaseMemory(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
