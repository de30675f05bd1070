// The exact state of a uniqueness, duplicates or leakage check of one shard: every key that went
// into its hash table, as (64-bit hash, where it was seen), sorted by hash then by position (a
// "sorted run"). Runs of all shards merge in one k-way pass: the first of equal hashes is where
// the key was first seen in the whole input, every other one is a repeat, exactly as one run over
// the whole input finds them. Stored in the partial's binary side file (state-file.ts), a key at
// a time: the hash's high half as a varint delta from the previous key's, the low half as 4 bytes,
// the position as a varint above the run's smallest: about 9 bytes a key, with no compression
// pass to pay for on either side.
import type { Section } from './state-file.js';

/** Where a row was first seen: file index and line in one safe integer (as expect.ts codes it). */
export const LINE_BITS = 2 ** 32;

export class KeyRun {
  n = 0;
  hi = new Uint32Array(1024);
  lo = new Uint32Array(1024);
  code = new Float64Array(1024);

  /** Room for `n` keys in all, so a shard's run does not grow (and copy) as it fills. */
  reserve(n: number): void {
    if (n <= this.hi.length) return;
    const grow = <T extends Uint32Array | Float64Array>(a: T): T => {
      const next = new (a.constructor as new (n: number) => T)(n);
      next.set(a.subarray(0, this.n));
      return next;
    };
    this.hi = grow(this.hi);
    this.lo = grow(this.lo);
    this.code = grow(this.code);
  }

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

/** A run in the side file: its section, its key count and the smallest position in it. */
export interface RunRef extends Section {
  keys: number;
  base: number;
}

function putVarint(out: Uint8Array, at: number, v: number): number {
  while (v >= 128) {
    out[at++] = (v % 128) | 128;
    v = Math.floor(v / 128);
  }
  out[at++] = v;
  return at;
}

/** The run sorted and packed; `add` stores the bytes (the side file's writer). */
export function encodeRun(run: KeyRun, add: (bytes: Uint8Array) => Section): RunRef {
  const order = sortedOrder(run);
  const n = run.n;
  let base = 0;
  if (n) {
    base = Infinity;
    for (let i = 0; i < n; i++) if (run.code[i]! < base) base = run.code[i]!;
  }
  // At most 5 + 4 + 8 bytes a key.
  const out = new Uint8Array(n * 17);
  let at = 0;
  let prev = 0;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const hi = run.hi[i]!;
    at = putVarint(out, at, hi - prev);
    prev = hi;
    const lo = run.lo[i]!;
    out[at] = lo & 255;
    out[at + 1] = (lo >>> 8) & 255;
    out[at + 2] = (lo >>> 16) & 255;
    out[at + 3] = lo >>> 24;
    at = putVarint(out, at + 4, run.code[i]! - base);
  }
  return { ...add(out.subarray(0, at)), keys: n, base };
}

/** A position code (file, line) moved by a shard's shifts per file; refused past 2^32 lines. */
export function shiftCode(code: number, shifts: Float64Array, source: string): number {
  const file = Math.floor(code / LINE_BITS);
  const line = (code % LINE_BITS) + (shifts[file] ?? 0);
  if (line >= LINE_BITS) throw new Error(`${source}: a line number is out of range`);
  return file * LINE_BITS + line;
}

export interface DecodedRun {
  n: number;
  hi: Uint32Array;
  lo: Uint32Array;
  code: Float64Array;
}

/**
 * The inverse of encodeRun over the run's bytes; `source` names the partial in the error. The run
 * comes from another job: its key count is bounded by the shard's rows (`maxKeys`), its bytes
 * must hold exactly that many keys, and the keys must be in (hash, position) order.
 */
export function decodeRun(
  bytes: Uint8Array,
  ref: RunRef,
  source: string,
  maxKeys: number,
  /** Lines to add per file index (a shard's JSON Lines pieces counted from their start). */
  shifts?: Float64Array,
): DecodedRun {
  const n = ref.keys;
  if (!Number.isSafeInteger(n) || n < 0 || n > maxKeys)
    throw new Error(`${source}: a key run holds more keys than its shard has rows`);
  if (!Number.isSafeInteger(ref.base) || ref.base < 0)
    throw new Error(`${source}: a key run is damaged (its base)`);
  const out: DecodedRun = {
    n,
    hi: new Uint32Array(n),
    lo: new Uint32Array(n),
    code: new Float64Array(n),
  };
  const end = bytes.length;
  let at = 0;
  let hi = 0;
  for (let j = 0; j < n; j++) {
    let v = 0;
    let scale = 1;
    let b: number;
    do {
      if (at >= end || scale > 2 ** 35) throw new Error(`${source}: a key run is damaged`);
      b = bytes[at++]!;
      v += (b & 127) * scale;
      scale *= 128;
    } while (b & 128);
    hi += v;
    if (at + 4 > end || hi > 0xffffffff) throw new Error(`${source}: a key run is damaged`);
    out.hi[j] = hi;
    out.lo[j] =
      (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)) + bytes[at + 3]! * 2 ** 24;
    at += 4;
    v = 0;
    scale = 1;
    do {
      if (at >= end || scale > 2 ** 49) throw new Error(`${source}: a key run is damaged`);
      b = bytes[at++]!;
      v += (b & 127) * scale;
      scale *= 128;
    } while (b & 128);
    out.code[j] = shifts ? shiftCode(ref.base + v, shifts, source) : ref.base + v;
  }
  if (at !== end) throw new Error(`${source}: a key run is damaged (bytes past its keys)`);
  checkOrder(out, source);
  return out;
}

/** The merge relies on (hash, position) order: a run out of it is refused. */
function checkOrder(run: DecodedRun, source: string): void {
  for (let j = 1; j < run.n; j++) {
    if (run.hi[j - 1]! !== run.hi[j]!) continue;
    const a = run.lo[j - 1]!;
    const b = run.lo[j]!;
    if (a > b || (a === b && run.code[j - 1]! >= run.code[j]!))
      throw new Error(`${source}: a key run is not sorted`);
  }
}

/**
 * Every repeated key of all runs, in (hash, position) order: `visit(code, first)` for each key
 * after the first of its hash, `first` being where that key was first seen in the whole input.
 * The runs' heads sit in typed arrays, so the pass allocates nothing per key.
 */
export function mergeRuns(runs: DecodedRun[], visit: (code: number, first: number) => void): void {
  const k = runs.length;
  const at = new Uint32Array(k);
  const headHi = new Float64Array(k);
  const headLo = new Float64Array(k);
  const load = (r: number) => {
    const run = runs[r]!;
    const i = at[r]!;
    headHi[r] = i < run.n ? run.hi[i]! : Infinity;
    headLo[r] = i < run.n ? run.lo[i]! : 0;
  };
  for (let r = 0; r < k; r++) load(r);
  let lastHi = -1;
  let lastLo = -1;
  let first = 0;
  for (;;) {
    let best = -1;
    let bh = Infinity;
    let bl = 0;
    for (let r = 0; r < k; r++) {
      const h = headHi[r]!;
      if (h > bh || h === Infinity) continue;
      const l = headLo[r]!;
      if (
        h === bh &&
        (l > bl || (l === bl && runs[r]!.code[at[r]!]! > runs[best]!.code[at[best]!]!))
      )
        continue;
      best = r;
      bh = h;
      bl = l;
    }
    if (best === -1) return;
    const code = runs[best]!.code[at[best]!++]!;
    load(best);
    if (bh !== lastHi || bl !== lastLo) {
      lastHi = bh;
      lastLo = bl;
      first = code;
    } else visit(code, first);
  }
}
