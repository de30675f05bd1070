// The exact state of a uniqueness, duplicates or leakage check of one shard: every key that went
// into its hash table, as (64-bit hash, where it was seen), sorted by hash then by position (a
// "sorted run"). The merge finds, among the keys of all shards' runs, every group of equal hashes:
// the smallest position of a group is where the key was first seen in the whole input, every
// other one is a repeat, exactly as one run over the whole input finds them. Stored in the
// partial's binary side file (state-file.ts) as three columns: the hash's high and low halves
// (4 bytes each) and the position above the run's smallest (the fewest bytes that hold it: 3 for
// a shard of up to 16M lines), 11 bytes a key with no compression pass on either side. The merge
// reads the hash columns where they lie and decodes a position only for a repeat.
import type { Section } from './state-file.js';

/** Where a row was first seen: file index and line in one safe integer (as expect.ts codes it). */
export const LINE_BITS = 2 ** 32;

type Column = Uint32Array | Float64Array;

function resized<T extends Column>(a: T, n: number, keep: number): T {
  const next = new (a.constructor as new (n: number) => T)(n);
  next.set(a.subarray(0, keep));
  return next;
}

export class KeyRun {
  n = 0;
  hi = new Uint32Array(1024);
  lo = new Uint32Array(1024);
  code = new Float64Array(1024);

  /** Room for `n` keys in all, so a shard's run does not grow (and copy) as it fills. */
  reserve(n: number): void {
    if (n > this.hi.length) this.grow(n);
  }

  push(hi: number, lo: number, code: number): void {
    if (this.n === this.hi.length) this.grow(this.hi.length * 2);
    this.hi[this.n] = hi;
    this.lo[this.n] = lo;
    this.code[this.n++] = code;
  }

  private grow(n: number): void {
    this.hi = resized(this.hi, n, this.n);
    this.lo = resized(this.lo, n, this.n);
    this.code = resized(this.code, n, this.n);
  }
}

/** A run in the side file: its section, key count, smallest position and position width. */
export interface RunRef extends Section {
  keys: number;
  base: number;
  /** Bytes a position takes (above `base`, little-endian). */
  width: number;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * A column of n 32-bit little-endian words: a view of the bytes where they lie aligned on a
 * little-endian machine (the side file aligns its sections), else a copy.
 */
function words(bytes: Uint8Array, at: number, n: number): Uint32Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 4 === 0)
    return new Uint32Array(bytes.buffer, bytes.byteOffset + at, n);
  const out = new Uint32Array(n);
  for (let j = 0, p = at; j < n; j++, p += 4)
    out[j] = (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16)) + bytes[p + 3]! * 2 ** 24;
  return out;
}

/** Keys a bucket of the sort's counting pass holds on average. */
const KEYS_PER_SORT_BUCKET = 8;

/** A run's keys in hash order (hi, then lo), equal hashes in push order (file order). */
interface SortedKeys {
  hi: Uint32Array;
  lo: Uint32Array;
  code: Float64Array;
}

/**
 * The run's keys sorted: one counting pass on the high bits of hi puts each key into its bucket
 * (hashes spread evenly, so a bucket holds a handful), then each bucket is put in order by
 * insertion (a crowded one, which only equal hashes make, by a comparison sort). The keys
 * themselves move, not indices to them, so every later pass reads memory in order.
 */
function sortKeys(run: KeyRun, hi: Uint32Array, lo: Uint32Array): SortedKeys {
  const n = run.n;
  const bits = Math.min(20, Math.max(1, Math.ceil(Math.log2(n / KEYS_PER_SORT_BUCKET + 1))));
  const shift = 32 - bits;
  const ends = new Uint32Array((1 << bits) + 1);
  for (let i = 0; i < n; i++) ends[(run.hi[i]! >>> shift) + 1]!++;
  for (let b = 1; b < ends.length; b++) ends[b]! += ends[b - 1]!;
  const code = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const to = ends[run.hi[i]! >>> shift]!++;
    hi[to] = run.hi[i]!;
    lo[to] = run.lo[i]!;
    code[to] = run.code[i]!;
  }
  const keys = { hi, lo, code };
  for (let b = 0, start = 0; b < 1 << bits; start = ends[b++]!)
    if (ends[b]! - start > 32) sortBucket(keys, start, ends[b]!);
    else insertionSort(keys, start, ends[b]!);
  return keys;
}

function insertionSort({ hi, lo, code }: SortedKeys, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const h = hi[i]!;
    const l = lo[i]!;
    const c = code[i]!;
    let j = i - 1;
    // Strictly after: equal hashes keep their push order.
    for (; j >= start && (hi[j]! > h || (hi[j]! === h && lo[j]! > l)); j--) {
      hi[j + 1] = hi[j]!;
      lo[j + 1] = lo[j]!;
      code[j + 1] = code[j]!;
    }
    hi[j + 1] = h;
    lo[j + 1] = l;
    code[j + 1] = c;
  }
}

function sortBucket({ hi, lo, code }: SortedKeys, start: number, end: number): void {
  const order = Array.from({ length: end - start }, (_, i) => start + i);
  order.sort((x, y) => hi[x]! - hi[y]! || lo[x]! - lo[y]! || x - y);
  const moved = order.map((i) => [hi[i]!, lo[i]!, code[i]!] as const);
  moved.forEach(([h, l, c], i) => {
    hi[start + i] = h;
    lo[start + i] = l;
    code[start + i] = c;
  });
}

/** Little-endian words of a column, in place (a big-endian machine's typed arrays are not). */
function toLittleEndian(out: Uint8Array, at: number, column: Uint32Array): void {
  for (let j = 0, p = at; j < column.length; j++, p += 4) {
    const v = column[j]!;
    out[p] = v & 255;
    out[p + 1] = (v >>> 8) & 255;
    out[p + 2] = (v >>> 16) & 255;
    out[p + 3] = v >>> 24;
  }
}

/** The positions above `base`, `width` bytes each, little-endian, from `at`. */
function putPositions(
  out: Uint8Array,
  at: number,
  code: Float64Array,
  base: number,
  width: number,
) {
  let p = at;
  if (width <= 4)
    // Within 32 bits: integer shifts (the common case: a shard of fewer than 2^32 lines).
    for (let j = 0; j < code.length; j++)
      for (let v = (code[j]! - base) >>> 0, b = 0; b < width; b++, v >>>= 8) out[p++] = v & 255;
  else
    for (let j = 0; j < code.length; j++)
      for (let v = code[j]! - base, b = 0; b < width; b++, v = Math.floor(v / 256))
        out[p++] = v % 256;
}

/**
 * The run sorted and packed as three columns: the hashes' high halves, their low halves (4 bytes
 * each), the positions above the run's smallest (`width` bytes each, the fewest that hold them).
 * `add` stores the bytes (the side file's writer).
 */
export function encodeRun(run: KeyRun, add: (bytes: Uint8Array) => Section): RunRef {
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
  const out = new Uint8Array(n * (8 + width));
  const hi = LITTLE_ENDIAN ? new Uint32Array(out.buffer, 0, n) : new Uint32Array(n);
  const lo = LITTLE_ENDIAN ? new Uint32Array(out.buffer, 4 * n, n) : new Uint32Array(n);
  const keys = sortKeys(run, hi, lo);
  if (!LITTLE_ENDIAN) {
    toLittleEndian(out, 0, hi);
    toLittleEndian(out, 4 * n, lo);
  }
  putPositions(out, 8 * n, keys.code, base, width);
  return { ...add(out), keys: n, base, width };
}

/** A position code (file, line) moved by a shard's shifts per file; refused past 2^32 lines. */
export function shiftCode(code: number, shifts: Float64Array, source: string): number {
  const file = Math.floor(code / LINE_BITS);
  const line = (code % LINE_BITS) + (shifts[file] ?? 0);
  if (line >= LINE_BITS) throw new Error(`${source}: a line number is out of range`);
  return file * LINE_BITS + line;
}

/** A run as the merge reads it: the hash columns, and the positions left packed. */
export interface RunView {
  n: number;
  hi: Uint32Array;
  lo: Uint32Array;
  /** The positions column: `width` bytes a key, little-endian, above `base`. */
  positions: Uint8Array;
  base: number;
  width: number;
  /** Lines to add per file index (a shard's JSON Lines pieces counted from their start). */
  shifts?: Float64Array;
  /** The partial the run came from, for errors. */
  source: string;
}

/**
 * The run over its bytes; `source` names the partial in the error. The run comes from another
 * job: its key count is bounded by the shard's rows (`maxKeys`) and its bytes must hold exactly
 * that many keys; the merge refuses it if its hashes are out of order.
 */
export function decodeRun(
  bytes: Uint8Array,
  ref: RunRef,
  source: string,
  maxKeys: number,
  shifts?: Float64Array,
): RunView {
  const n = ref.keys;
  if (!Number.isSafeInteger(n) || n < 0 || n > maxKeys)
    throw new Error(`${source}: a key run holds more keys than its shard has rows`);
  const { base, width } = ref;
  if (!Number.isSafeInteger(base) || base < 0 || !Number.isInteger(width) || width < 0 || width > 7)
    throw new Error(`${source}: a key run is damaged (its base or width)`);
  if (bytes.length !== n * (8 + width))
    throw new Error(`${source}: a key run is damaged (${bytes.length} bytes for ${n} keys)`);
  return {
    n,
    hi: words(bytes, 0, n),
    lo: words(bytes, 4 * n, n),
    positions: bytes.subarray(8 * n),
    base,
    width,
    ...(shifts ? { shifts } : {}),
    source,
  };
}

/** The position code of key `j` of a run (file and line, shifted to the whole file's count). */
export function positionOf(run: RunView, j: number): number {
  let v = 0;
  for (let b = 0, p = j * run.width, scale = 1; b < run.width; b++, scale *= 256)
    v += run.positions[p + b]! * scale;
  const c = run.base + v;
  if (c > Number.MAX_SAFE_INTEGER) throw new Error(`${run.source}: a key run is damaged`);
  return run.shifts ? shiftCode(c, run.shifts, run.source) : c;
}

/** Keys a slice of the merge holds on average: its table (5 words a slot) stays in cache. */
const KEYS_PER_SLICE = 1024;

/**
 * Every repeated key of all runs: `visit(code, first)` for each key of a group of equal hashes
 * but one, `first` being the group's smallest position (where the key was first seen in the whole
 * input). The runs are sorted by hash, so the keys whose hashes share their high bits lie in one
 * slice of every run: slice by slice, a small open-addressing table (reused, so it stays in
 * cache; a slot is taken when its mark is the slice's) finds the equal hashes, and positions are
 * decoded only for those. One loop nest, so that it is optimized while it runs.
 */
export function mergeRuns(runs: RunView[], visit: (code: number, first: number) => void): void {
  const total = runs.reduce((n, r) => n + r.n, 0);
  // A slot holds a key's number among all keys.
  if (total > 0xffffffff) throw new Error('more keys than one merge can number');
  const bits = Math.min(16, Math.max(0, Math.ceil(Math.log2(total / KEYS_PER_SLICE))));
  // Runs come from other jobs: a slot is drawn from both hash halves through multipliers no side
  // file can know in advance, so crafted keys cannot all crowd one slot's probe sequence.
  const [mixHi, mixLo] = crypto.getRandomValues(new Uint32Array(2)).map((m) => m | 1);
  const at = new Float64Array(runs.length);
  const to = new Float64Array(runs.length);
  const repeats = new Repeats(runs);
  let size = 0;
  let mask = 0;
  let shift = 0;
  const column = () => new Uint32Array(size);
  let [hi, lo, key, mark] = [column(), column(), column(), column()];
  for (let slice = 0; slice < 2 ** bits; slice++) {
    let keys = 0;
    for (let k = 0; k < runs.length; k++) {
      to[k] = sliceEnd(runs[k]!, at[k]!, slice, bits);
      keys += to[k]! - at[k]!;
    }
    if (2 * keys > size) {
      size = 2 ** Math.max(4, Math.ceil(Math.log2(2 * keys)));
      [hi, lo, key, mark] = [column(), column(), column(), column()];
      mask = size - 1;
      shift = 32 - Math.log2(size);
    }
    const current = slice + 1;
    for (let k = 0; k < runs.length; k++) {
      const { hi: runHi, lo: runLo } = runs[k]!;
      const offset = repeats.offsets[k]!;
      for (let j = at[k]!, end = to[k]!; j < end; j++) {
        const h = runHi[j]!;
        const l = runLo[j]!;
        let s = Math.imul(l ^ Math.imul(h, mixHi!), mixLo!) >>> shift;
        while (mark[s] === current && (lo[s] !== l || hi[s] !== h)) s = (s + 1) & mask;
        if (mark[s] === current) repeats.add(key[s]!, offset + j);
        else {
          mark[s] = current;
          hi[s] = h;
          lo[s] = l;
          key[s] = offset + j;
        }
      }
    }
    at.set(to);
    repeats.visit(visit);
  }
  // A run whose hashes are out of order stops short of its end: its keys were never all seen.
  runs.forEach((r, k) => {
    if (at[k] !== r.n) throw new Error(`${r.source}: a key run is not sorted`);
  });
}

/** Where the keys of `slice` (a hash's top `bits` bits; all keys when bits is 0) end in a run. */
function sliceEnd(r: RunView, from: number, slice: number, bits: number): number {
  let j = from;
  while (j < r.n && (r.hi[j]! >>> 1) >>> (31 - bits) === slice) j++;
  return j;
}

/** The repeats found in a slice, grouped by the key already in the table, then visited. */
class Repeats {
  /** Where each run's keys start in one numbering of all keys (a table slot holds that number). */
  readonly offsets: number[];
  private groups = new Map<number, number[]>();

  constructor(private readonly runs: RunView[]) {
    let n = 0;
    this.offsets = runs.map((r) => ((n += r.n), n - r.n));
  }

  add(first: number, key: number): void {
    let list = this.groups.get(first);
    if (!list) this.groups.set(first, (list = [first]));
    list.push(key);
  }

  /** Each group: its smallest position is the first, the others are repeats. */
  visit(visit: (code: number, first: number) => void): void {
    if (!this.groups.size) return;
    for (const keys of this.groups.values()) {
      const codes = keys.map((key) => this.position(key));
      let first = 0;
      for (let i = 1; i < codes.length; i++) if (codes[i]! < codes[first]!) first = i;
      codes.forEach((code, i) => {
        if (i !== first) visit(code, codes[first]!);
      });
    }
    this.groups = new Map();
  }

  /** The position of key number `key`: its run is the last whose first number is at most it. */
  private position(key: number): number {
    let [low, high] = [0, this.offsets.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.offsets[mid]! <= key) low = mid;
      else high = mid - 1;
    }
    return positionOf(this.runs[low]!, key - this.offsets[low]!);
  }
}
