function stateWords(state) {
  return [state[0], state[1], state[2], state[3]];
}
const TWO_POW_M32 = 23283064365386963e-26;
function mix32(h) {
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return h ^ h >>> 16 | 0;
}
function hashString(s) {
  let h = 2166136261 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
function seedState(seed, label = "") {
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, got ${seed}`);
  const lo = Math.trunc(seed) | 0;
  const hi = Math.trunc(seed / 4294967296) | 0;
  const l = hashString(label);
  const s = Int32Array.of(
    mix32(lo ^ 2654435769),
    mix32(hi ^ 608135816 ^ mix32(l)),
    mix32(l ^ 3084996962 ^ mix32(lo + 1)),
    mix32(lo ^ hi ^ l ^ 2135587861)
  );
  if ((s[0] | s[1] | s[2] | s[3]) === 0) s[3] = 1;
  const g = new Xoshiro128ss(s);
  for (let i = 0; i < 16; i++) g.nextUint32();
  return g.state();
}
class Xoshiro128ss {
  s0;
  s1;
  s2;
  s3;
  constructor(state) {
    this.s0 = state[0] ?? 0;
    this.s1 = state[1] ?? 0;
    this.s2 = state[2] ?? 0;
    this.s3 = state[3] ?? 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
      throw new Error("xoshiro128** state must not be all zero");
  }
  static fromSeed(seed, label = "") {
    return new Xoshiro128ss(seedState(seed, label));
  }
  state() {
    return Int32Array.of(this.s0, this.s1, this.s2, this.s3);
  }
  /** Next output as an unsigned 32-bit integer. */
  nextUint32() {
    const m = Math.imul(this.s1, 5);
    const result = Math.imul(m << 7 | m >>> 25, 9);
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = this.s3 << 11 | this.s3 >>> 21;
    return result >>> 0;
  }
  /** Uniform in [0, 1) with 32 bits of resolution. */
  next() {
    return this.nextUint32() * TWO_POW_M32;
  }
  /**
   * Uniform integer in [0, n) by multiply-shift (Lemire 2019, without the rejection step):
   * the bias is below n / 2^32 (2.3e-5 relative at n = 100,000), far below the Monte-Carlo
   * error of any bootstrap we run. n must be below 2^31.
   */
  index(n) {
    return this.nextUint32() * (n * TWO_POW_M32) | 0;
  }
}

export { TWO_POW_M32 as T, Xoshiro128ss as X, seedState as a, stateWords as s };
