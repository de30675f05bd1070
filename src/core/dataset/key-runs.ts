// The exact state of a uniqueness, duplicates or leakage check of one shard: every key that went
// into its hash table, as (64-bit hash, where it was seen), sorted by hash then by position (a
// "sorted run"). Runs of all shards merge in one k-way pass: the first of equal hashes is where
// the key was first seen in the whole input, every other one is a repeat, exactly as one run over
// the whole input finds them. Stored as four columns (hash high half as deltas, low half, file
// index, line), 16 bytes a key before deflate (about 9 after), base64 in the partial result.
import { constants, deflateSync, inflateSync } from 'node:zlib';

/** Where a row was first seen: file index and line in one safe integer (as expect.ts codes it). */
export const LINE_BITS = 2 ** 32;

export class KeyRun {
  n = 0;
  hi = new Uint32Array(1024);
  lo = new Uint32Array(1024);
  code = new Float64Array(1024);

  push(hi: number, lo: number, code: number): void {
    if (this.n === this.hi.length) {
      const grow = <T extends Uint32Array | Float64Array>(a: T): T => {
        const next = new (a.constructor as new (n: number) => T)(a.length * 2);
        next.set(a);
        return next;
      };
      this.hi = grow(this.hi);
      this.lo = grow(this.lo);
      this.code = grow(this.code);
    }
    this.hi[this.n] = hi;
    this.lo[this.n] = lo;
    this.code[this.n++] = code;
  }
}

/**
 * The entries' order by (hi, lo): a stable LSD radix sort on hi, 16 bits a pass (pushed in file
 * order, so equal keys stay in it), then the rare runs of equal hi put in lo order.
 */
function sortedOrder(run: KeyRun): Uint32Array {
  let idx = new Uint32Array(run.n);
  for (let i = 0; i < run.n; i++) idx[i] = i;
  let tmp = new Uint32Array(run.n);
  const counts = new Uint32Array(65537);
  const words = run.hi;
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < run.n; i++) counts[((words[idx[i]!]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 1; d <= 65536; d++) counts[d]! += counts[d - 1]!;
    for (let i = 0; i < run.n; i++) {
      const k = idx[i]!;
      tmp[counts[(words[k]! >>> shift) & 0xffff]!++] = k;
    }
    [idx, tmp] = [tmp, idx];
  }
  for (let a = 0; a < run.n;) {
    let b = a + 1;
    while (b < run.n && words[idx[b]!] === words[idx[a]!]) b++;
    if (b - a > 1) {
      const same = Array.from(idx.subarray(a, b)).sort((x, y) => run.lo[x]! - run.lo[y]! || x - y);
      idx.set(same, a);
    }
    a = b;
  }
  return idx;
}

export function encodeRun(run: KeyRun): string {
  const order = sortedOrder(run);
  const n = run.n;
  const cols = new Uint32Array(n * 4);
  let prev = 0;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const hi = run.hi[i]!;
    cols[j] = hi - prev;
    prev = hi;
    cols[n + j] = run.lo[i]!;
    const code = run.code[i]!;
    cols[2 * n + j] = Math.floor(code / LINE_BITS);
    cols[3 * n + j] = code % LINE_BITS;
  }
  // Run-length strategy: as small as the default here (the low halves do not compress at all) in
  // a third of the time.
  return deflateSync(new Uint8Array(cols.buffer), {
    level: 1,
    strategy: constants.Z_RLE,
  }).toString('base64');
}

export interface DecodedRun {
  n: number;
  hi: Uint32Array;
  lo: Uint32Array;
  code: Float64Array;
}

/**
 * The inverse of encodeRun; `source` names the partial result in the error. A run holds at most
 * one key per row of its shard: `maxKeys` bounds what inflating may produce (a crafted file
 * must not inflate to gigabytes).
 */
export function decodeRun(text: string, source: string, maxKeys: number): DecodedRun {
  let bytes: Buffer;
  try {
    bytes = inflateSync(Buffer.from(text, 'base64'), { maxOutputLength: 16 * maxKeys + 16 });
  } catch (err) {
    throw new Error(
      `${source}: a key run is damaged or holds more keys than rows (${(err as Error).message})`,
    );
  }
  if (bytes.length % 16 !== 0) throw new Error(`${source}: a key run is damaged`);
  const n = bytes.length / 16;
  const cols = new Uint32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  );
  const out: DecodedRun = {
    n,
    hi: new Uint32Array(n),
    lo: cols.slice(n, 2 * n),
    code: new Float64Array(n),
  };
  let hi = 0;
  for (let j = 0; j < n; j++) {
    hi = (hi + cols[j]!) >>> 0;
    out.hi[j] = hi;
    out.code[j] = cols[2 * n + j]! * LINE_BITS + cols[3 * n + j]!;
  }
  for (let j = 1; j < n; j++) {
    const a = out.hi[j - 1]!;
    const b = out.hi[j]!;
    if (a > b || (a === b && out.lo[j - 1]! > out.lo[j]!))
      throw new Error(`${source}: a key run is not sorted`);
  }
  return out;
}

/**
 * Every key of all runs in (hash, position) order: `visit(code, firstCode)` for each, firstCode
 * being where the same key was first seen (equal to code for the first one).
 */
export function mergeRuns(runs: DecodedRun[], visit: (code: number, first: number) => void): void {
  const at = runs.map(() => 0);
  let lastHi = -1;
  let lastLo = -1;
  let first = 0;
  for (;;) {
    let best = -1;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const i = at[r]!;
      if (i >= run.n) continue;
      if (best === -1) {
        best = r;
        continue;
      }
      const b = runs[best]!;
      const j = at[best]!;
      const d = run.hi[i]! - b.hi[j]! || run.lo[i]! - b.lo[j]! || run.code[i]! - b.code[j]!;
      if (d < 0) best = r;
    }
    if (best === -1) return;
    const run = runs[best]!;
    const i = at[best]!++;
    const hi = run.hi[i]!;
    const lo = run.lo[i]!;
    const code = run.code[i]!;
    if (hi !== lastHi || lo !== lastLo) {
      lastHi = hi;
      lastLo = lo;
      first = code;
    }
    visit(code, first);
  }
}
