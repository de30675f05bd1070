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
let a = 0;
let b = 0;

function mix(c: number): void {
  a = Math.imul(a ^ c, 0x01000193);
  b = Math.imul(b ^ c, 0x5bd1e995);
  b ^= b >>> 15;
}

function mixString(s: string): void {
  for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
}

function mixValue(v: unknown): void {
  if (typeof v === 'string') {
    mix(1);
    mix(v.length);
    mixString(v);
  } else if (typeof v === 'number') {
    f64[0] = v === 0 ? 0 : v; // -0 and 0 are the same JSON value
    mix(2);
    mix(u32[0] as number);
    mix(u32[1] as number);
  } else if (v === null || v === undefined) mix(3);
  else if (v === true) mix(4);
  else if (v === false) mix(5);
  else {
    const s = JSON.stringify(v);
    mix(6);
    mix(s.length);
    mixString(s);
  }
}

/**
 * hash64 of a record's content without serializing it (JSON.stringify costs more than the parse
 * that made the record): keys in their order, values by type and content. Nested values are
 * serialized. Two records equal as JSON text hash equal.
 */
export function hashRecord(row: Record<string, unknown>): number {
  a = 0x811c9dc5;
  b = 0x5bd1e995;
  for (const k in row) {
    mix(k.length);
    mixString(k);
    mixValue(row[k]);
  }
  b = Math.imul(b ^ (b >>> 13), 0x85ebca6b);
  hashLo = (b ^ (b >>> 16)) >>> 0;
  return a >>> 0;
}

/** hashRecord for a list of key values (composite keys). */
export function hashValues(vs: readonly unknown[]): number {
  a = 0x811c9dc5;
  b = 0x5bd1e995;
  for (const v of vs) mixValue(v);
  b = Math.imul(b ^ (b >>> 13), 0x85ebca6b);
  hashLo = (b ^ (b >>> 16)) >>> 0;
  return a >>> 0;
}

/**
 * Open addressing with linear probing over (hi, lo) keys, each with a number value. Grows at
 * half full. `setIfAbsent` returns the value already stored, or -1 after storing `value`.
 */
export class HashTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private val: Float64Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 12) {
    let cap = 16;
    while (cap < capacity) cap <<= 1;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.val = new Float64Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
  }

  setIfAbsent(hi: number, lo: number, value: number): number {
    if (this.size * 2 >= this.mask) this.grow();
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & this.mask;
    for (;;) {
      if (!this.used[i]) {
        this.used[i] = 1;
        this.hi[i] = hi;
        this.lo[i] = lo;
        this.val[i] = value;
        this.size++;
        return -1;
      }
      if (this.hi[i] === hi && this.lo[i] === lo) return this.val[i] as number;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const { hi, lo, val, used } = this;
    const cap = (this.mask + 1) * 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.val = new Float64Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < used.length; i++)
      if (used[i]) this.setIfAbsent(hi[i] as number, lo[i] as number, val[i] as number);
  }
}
