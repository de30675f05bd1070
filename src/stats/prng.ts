// Seeded pseudo-random numbers for the bootstrap.
//
// Generator: xoshiro128** 1.1 (Blackman & Vigna 2018, https://prng.di.unimi.it/), 128 bits
// of state in four int32 words, period 2^128 − 1, passes BigCrush. Every step is an int32
// shift, xor or Math.imul, which V8 keeps in registers: about a nanosecond per draw. We
// measured sfc32 too; its longer dependency chain made it ~1.5× slower here. Not
// cryptographic, and it does not need to be.
//
// Seeding: the user's integer seed and a label (metric name, slice) are hashed into the four
// state words with a murmur3-style finaliser (never all zero), then 16 outputs are
// discarded. Deriving each row's stream from its label means adding a metric to a config
// does not change the resamples, and hence the CIs, of the others.
//
// The hot loops in bootstrap.ts inline the same step on local variables; `Xoshiro128ss` is
// the readable reference, and the tests check that both produce the same numbers.

/** The four int32 state words of a xoshiro128** generator. */
export type RngState = Int32Array;

/** A state's four words, for a loop that runs the step on local variables. */
export function stateWords(state: RngState): [number, number, number, number] {
  return [state[0]!, state[1]!, state[2]!, state[3]!];
}

/** 2^-32: maps an unsigned 32-bit integer into [0, 1). */
export const TWO_POW_M32 = 2.3283064365386963e-10;

function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** FNV-1a over UTF-16 code units: stable and dependency-free; only used to split streams. */
function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** The initial state for `seed` (a finite number; its integer part counts) and an optional label. */
export function seedState(seed: number, label = ''): RngState {
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
  const lo = Math.trunc(seed) | 0;
  const hi = Math.trunc(seed / 4294967296) | 0;
  const l = hashString(label);
  const s = Int32Array.of(
    mix32(lo ^ 0x9e3779b9),
    mix32(hi ^ 0x243f6a88 ^ mix32(l)),
    mix32(l ^ 0xb7e15162 ^ mix32(lo + 1)),
    mix32(lo ^ hi ^ l ^ 0x7f4a7c15),
  );
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[3] = 1;
  const g = new Xoshiro128ss(s);
  for (let i = 0; i < 16; i++) g.nextUint32();
  return g.state();
}

export class Xoshiro128ss {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(state: RngState) {
    this.s0 = state[0] ?? 0;
    this.s1 = state[1] ?? 0;
    this.s2 = state[2] ?? 0;
    this.s3 = state[3] ?? 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
      throw new Error('xoshiro128** state must not be all zero');
  }

  static fromSeed(seed: number, label = ''): Xoshiro128ss {
    return new Xoshiro128ss(seedState(seed, label));
  }

  state(): RngState {
    return Int32Array.of(this.s0, this.s1, this.s2, this.s3);
  }

  /** Next output as an unsigned 32-bit integer. */
  nextUint32(): number {
    const m = Math.imul(this.s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.nextUint32() * TWO_POW_M32;
  }

  /**
   * Uniform integer in [0, n) by multiply-shift (Lemire 2019, without the rejection step):
   * the bias is below n / 2^32 (2.3e-5 relative at n = 100,000), far below the Monte-Carlo
   * error of any bootstrap we run. n must be below 2^31.
   */
  index(n: number): number {
    return (this.nextUint32() * (n * TWO_POW_M32)) | 0;
  }
}
