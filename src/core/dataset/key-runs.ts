// The exact state of a uniqueness, duplicates or leakage check of one shard: every key that went
// into its hash table, as (64-bit hash, where it was seen), sorted by hash then by position (a
// "sorted run"). Runs of all shards merge in one k-way pass: the first of equal hashes is where
// the key was first seen in the whole input, every other one is a repeat, exactly as one run over
// the whole input finds them. Stored in the partial's binary side file (state-file.ts) as three
// columns: the hash's high and low halves (4 bytes each) and the position above the run's
// smallest (the fewest bytes that hold it: 3 for a shard of up to 16M lines), 11 bytes a key with
// no compression pass on either side; the merge copies the hash columns as they are.
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

/** A run in the side file: its section, key count, smallest position and position width. */
export interface RunRef extends Section {
  keys: number;
  base: number;
  /** Bytes a position takes (above `base`, little-endian). */
  width: number;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A column of n 32-bit little-endian words as a Uint32Array (a copy). */
function words(bytes: Uint8Array, at: number, n: number): Uint32Array {
  const out = new Uint32Array(n);
  if (LITTLE_ENDIAN) new Uint8Array(out.buffer).set(bytes.subarray(at, at + 4 * n));
  else
    for (let j = 0, p = at; j < n; j++, p += 4)
      out[j] = (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16)) + bytes[p + 3]! * 2 ** 24;
  return out;
}

function putWords(out: Uint8Array, at: number, column: Uint32Array): void {
  if (LITTLE_ENDIAN)
    out.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), at);
  else
    for (let j = 0, p = at; j < column.length; j++, p += 4) {
      const v = column[j]!;
      out[p] = v & 255;
      out[p + 1] = (v >>> 8) & 255;
      out[p + 2] = (v >>> 16) & 255;
      out[p + 3] = v >>> 24;
    }
}

/**
 * The run sorted and packed as three columns: the hashes' high halves, their low halves (4 bytes
 * each), the positions above the run's smallest (`width` bytes each, the fewest that hold them).
 * `add` stores the bytes (the side file's writer).
 */
export function encodeRun(run: KeyRun, add: (bytes: Uint8Array) => Section): RunRef {
  const order = sortedOrder(run);
  const n = run.n;
  let base = Infinity;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const c = run.code[i]!;
    if (c < base) base = c;
    if (c > top) top = c;
  }
  if (!n) base = 0;
  let width = 0;
  for (let span = top - base; span >= 1; span = Math.floor(span / 256)) width++;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const out = new Uint8Array(n * (8 + width));
  let p = 8 * n;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    hi[j] = run.hi[i]!;
    lo[j] = run.lo[i]!;
    let v = run.code[i]! - base;
    for (let b = 0; b < width; b++, v = Math.floor(v / 256)) out[p++] = v % 256;
  }
  putWords(out, 0, hi);
  putWords(out, 4 * n, lo);
  return { ...add(out), keys: n, base, width };
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
  const { base, width } = ref;
  if (!Number.isSafeInteger(base) || base < 0 || !Number.isInteger(width) || width < 0 || width > 7)
    throw new Error(`${source}: a key run is damaged (its base or width)`);
  if (bytes.length !== n * (8 + width))
    throw new Error(`${source}: a key run is damaged (${bytes.length} bytes for ${n} keys)`);
  const code = new Float64Array(n);
  for (let j = 0, p = 8 * n; j < n; j++) {
    let v = 0;
    for (let b = 0, scale = 1; b < width; b++, scale *= 256) v += bytes[p++]! * scale;
    const c = base + v;
    if (c > Number.MAX_SAFE_INTEGER) throw new Error(`${source}: a key run is damaged`);
    code[j] = shifts ? shiftCode(c, shifts, source) : c;
  }
  const out: DecodedRun = { n, hi: words(bytes, 0, n), lo: words(bytes, 4 * n, n), code };
  checkOrder(out, source);
  return out;
}

/** The merge relies on (hash, position) order: a run out of it is refused. */
function checkOrder(run: DecodedRun, source: string): void {
  for (let j = 1; j < run.n; j++) {
    if (run.hi[j - 1]! < run.hi[j]!) continue;
    if (run.hi[j - 1]! > run.hi[j]!) throw new Error(`${source}: a key run is not sorted`);
    const a = run.lo[j - 1]!;
    const b = run.lo[j]!;
    if (a > b || (a === b && run.code[j - 1]! >= run.code[j]!))
      throw new Error(`${source}: a key run is not sorted`);
  }
}

/** Two runs as one, in (hash, position) order: a two-way merge over the typed columns. */
function mergeTwo(a: DecodedRun, b: DecodedRun): DecodedRun {
  const n = a.n + b.n;
  const out: DecodedRun = {
    n,
    hi: new Uint32Array(n),
    lo: new Uint32Array(n),
    code: new Float64Array(n),
  };
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.n && j < b.n) {
    const ah = a.hi[i]!;
    const bh = b.hi[j]!;
    const takeA =
      ah < bh ||
      (ah === bh && (a.lo[i]! < b.lo[j]! || (a.lo[i]! === b.lo[j]! && a.code[i]! < b.code[j]!)));
    if (takeA) {
      out.hi[o] = ah;
      out.lo[o] = a.lo[i]!;
      out.code[o++] = a.code[i++]!;
    } else {
      out.hi[o] = bh;
      out.lo[o] = b.lo[j]!;
      out.code[o++] = b.code[j++]!;
    }
  }
  out.hi.set(a.hi.subarray(i, a.n), o);
  out.lo.set(a.lo.subarray(i, a.n), o);
  out.code.set(a.code.subarray(i, a.n), o);
  o += a.n - i;
  out.hi.set(b.hi.subarray(j, b.n), o);
  out.lo.set(b.lo.subarray(j, b.n), o);
  out.code.set(b.code.subarray(j, b.n), o);
  return out;
}

/**
 * Every repeated key of all runs, in (hash, position) order: `visit(code, first)` for each key
 * after the first of its hash, `first` being where that key was first seen in the whole input.
 * The runs are merged two by two (tight loops over typed columns, nothing allocated per key),
 * then equal neighbours are the repeats.
 */
export function mergeRuns(runs: DecodedRun[], visit: (code: number, first: number) => void): void {
  let level = runs.filter((r) => r.n > 0);
  while (level.length > 1) {
    const next: DecodedRun[] = [];
    for (let r = 0; r < level.length; r += 2)
      next.push(r + 1 < level.length ? mergeTwo(level[r]!, level[r + 1]!) : level[r]!);
    level = next;
  }
  const all = level[0];
  if (!all) return;
  let first = all.code[0]!;
  for (let i = 1; i < all.n; i++) {
    if (all.hi[i] !== all.hi[i - 1] || all.lo[i] !== all.lo[i - 1]) first = all.code[i]!;
    else visit(all.code[i]!, first);
  }
}
