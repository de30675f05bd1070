import { jsonText } from '../validate/exact.js';

// Hashes of rows and keys, and a table of them. A million rows cost two Uint32Arrays and a
// Float64Array (no Map of heap numbers, no garbage per row): the key is a 64-bit hash split in two
// 32-bit halves (FNV-1a and a murmur-style variant). Two different rows collide with probability
// about n² / 2^65 (≈ 3e-8 for a million rows); a collision can only add a false duplicate.

/** Low half of the last hash; read right after calling hash64. */
export let hashLo = 0;

/** The high 32 bits of a 64-bit hash of `s`; the low 32 bits are left in `hashLo`. */
export function hash64(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0x85ebca6b);
  hashLo = (h2 ^ (h2 >>> 16)) >>> 0;
  return h1 >>> 0;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * The hash state lives in locals (module-level variables are context slots, measurably slower in
 * this loop): `h` is [a, b] in and out.
 */
function mixText(h: Uint32Array, tag: number, s: string): void {
  let x = Math.imul(h[0]! ^ tag, 0x01000193);
  let y = Math.imul(h[1]! ^ (tag + s.length), 0x5bd1e995);
  const n = s.length - 1;
  let i = 0;
  // Two UTF-16 units per step (lossless in 32 bits): half the multiplications.
  for (; i < n; i += 2) {
    const w = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    x = Math.imul(x ^ w, 0x01000193);
    y = Math.imul(((y << 5) | (y >>> 27)) ^ w, 0x5bd1e995);
  }
  if (i === n) {
    const w = s.charCodeAt(i);
    x = Math.imul(x ^ w, 0x01000193);
    y = Math.imul(((y << 5) | (y >>> 27)) ^ w, 0x5bd1e995);
  }
  h[0] = x;
  h[1] = y;
}

function mixWord(h: Uint32Array, tag: number, w: number): void {
  h[0] = Math.imul(Math.imul(h[0]! ^ tag, 0x01000193) ^ w, 0x01000193);
  h[1] = Math.imul(Math.imul(h[1]! ^ tag, 0x5bd1e995) ^ w, 0x5bd1e995);
}

const state = new Uint32Array(2);

function mixValue(v: unknown): void {
  if (typeof v === 'string') mixText(state, 1, v);
  else if (typeof v === 'number') {
    f64[0] = v === 0 ? 0 : v; // -0 and 0 are the same JSON value
    mixWord(state, 2, u32[0]!);
    mixWord(state, 3, u32[1]!);
  } else if (v === null || v === undefined) mixWord(state, 4, 0);
  else if (typeof v === 'boolean') mixWord(state, 5, v ? 1 : 0);
  // An integer beyond 2^53 (never equal to any double: see validate/exact.ts), by its digits.
  else if (typeof v === 'bigint') mixText(state, 8, v.toString());
  else mixText(state, 6, jsonText(v));
}

function finish(): number {
  let y = state[1]!;
  y = Math.imul(y ^ (y >>> 13), 0x85ebca6b);
  hashLo = (y ^ (y >>> 16)) >>> 0;
  return state[0]! >>> 0;
}

/** The hash of a record shape (its keys in order), for hashShaped. */
export function hashKeys(keys: readonly string[]): number {
  state[0] = 0x811c9dc5;
  state[1] = 0x5bd1e995;
  for (const k of keys) mixText(state, 7, k);
  return finish();
}

/**
 * hash64 of a record's content without serializing it (JSON.stringify costs more than the parse
 * that made the record): its shape's hash (hashKeys of its keys, computed once per shape by the
 * caller), then its values in key order by type and content. Nested values are serialized. Two
 * records equal as JSON text hash equal.
 */
export function hashShaped(shapeHi: number, shapeLo: number, values: readonly unknown[]): number {
  state[0] = shapeHi;
  state[1] = shapeLo;
  for (let i = 0; i < values.length; i++) mixValue(values[i]);
  return finish();
}

/** hashShaped for one record, shape included (the slow path, for tests and one-offs). */
export function hashRecord(row: Record<string, unknown>): number {
  const keys = Object.keys(row);
  const hi = hashKeys(keys);
  return hashShaped(hi, hashLo, Object.values(row));
}

/** hashRecord for a list of key values (composite keys). */
export function hashValues(vs: readonly unknown[]): number {
  state[0] = 0x811c9dc5;
  state[1] = 0x5bd1e995;
  for (const v of vs) mixValue(v);
  return finish();
}

/**
 * Open addressing with linear probing over (hi, lo) keys, each with a value (a safe integer
 * ≥ 0 below 2^52). Grows at half full. One Uint32Array holds each slot's four words (hi, lo,
 * value low, value high + 1; 0 there marks a free slot), so a probe touches one cache line.
 * `setIfAbsent` returns the value already stored, or -1 after storing `value`.
 */
export class HashTable {
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 12) {
    let cap = 16;
    while (cap < capacity) cap <<= 1;
    this.slots = new Uint32Array(cap * 4);
    this.mask = cap - 1;
  }

  /** Makes room for `n` keys in all, so the table does not grow while they arrive. */
  reserve(n: number): void {
    let cap = this.mask + 1;
    while (cap <= n * 2) cap <<= 1;
    if (cap > this.mask + 1) this.rehash(cap);
  }

  setIfAbsent(hi: number, lo: number, value: number): number {
    if (this.size * 2 >= this.mask) this.rehash((this.mask + 1) * 2);
    const s = this.slots;
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & this.mask;
    for (;;) {
      const at = i << 2;
      const top = s[at + 3] as number;
      if (top === 0) {
        s[at] = hi;
        s[at + 1] = lo;
        s[at + 2] = value % 0x100000000;
        s[at + 3] = Math.floor(value / 0x100000000) + 1;
        this.size++;
        return -1;
      }
      if (s[at] === hi && s[at + 1] === lo) return (top - 1) * 0x100000000 + (s[at + 2] as number);
      i = (i + 1) & this.mask;
    }
  }

  private rehash(cap: number): void {
    const old = this.slots;
    this.slots = new Uint32Array(cap * 4);
    this.mask = cap - 1;
    const s = this.slots;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 3] === 0) continue;
      const hi = old[at] as number;
      let i = (hi ^ Math.imul(old[at + 1] as number, 0x9e3779b1)) & this.mask;
      while (s[(i << 2) + 3] !== 0) i = (i + 1) & this.mask;
      const to = i << 2;
      s[to] = hi;
      s[to + 1] = old[at + 1] as number;
      s[to + 2] = old[at + 2] as number;
      s[to + 3] = old[at + 3] as number;
    }
  }
}
