// Exact binomial and multinomial variates from the xoshiro128** stream. A bootstrap resample of
// n examples that fall into K categories is a multinomial(n, shares) draw of the category
// counts, so statistics that depend only on those counts can be resampled in O(K) per
// replicate instead of O(n).
//
// Binomial(n, p): sequential inversion while n·min(p, 1−p) < 10 (a handful of steps), else
// Hörmann's BTRD (transformed rejection with decomposition; W. Hörmann, "The generation of
// binomial random variates", J. Statist. Comput. Simul. 46, 1993), O(1) expected per draw.
// Both are exact: the test compares draws with the binomial pmf by a chi-square test.
import type { Xoshiro128ss } from './prng.js';

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** log(k!) − [(k + ½)·log(k + 1) − (k + 1) + ½·log(2π)]: Stirling's correction term. */
const FC_TABLE = Array.from({ length: 10 }, (_, k) => {
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  return logFactorial - ((k + 0.5) * Math.log(k + 1) - (k + 1) + LOG_SQRT_2PI);
});

function fc(k: number): number {
  if (k < 10) return FC_TABLE[k]!;
  const r = 1 / (k + 1);
  const r2 = r * r;
  return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
}

function inversion(n: number, p: number, rng: Xoshiro128ss): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  for (;;) {
    let r = Math.pow(q, n);
    let u = rng.next();
    let x = 0;
    while (u > r) {
      u -= r;
      x++;
      if (x > n) break;
      r *= a / x - s;
    }
    if (x <= n) return x;
  }
}

function btrd(n: number, p: number, rng: Xoshiro128ss): number {
  const m = Math.floor((n + 1) * p);
  const r = p / (1 - p);
  const nr = (n + 1) * r;
  const npq = n * p * (1 - p);
  const sq = Math.sqrt(npq);
  const b = 1.15 + 2.53 * sq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const alpha = (2.83 + 5.1 / b) * sq;
  const vr = 0.92 - 4.2 / b;
  const urvr = 0.86 * vr;
  for (;;) {
    let v = rng.next();
    let u: number;
    if (v <= urvr) {
      u = v / vr - 0.43;
      return Math.floor(((2 * a) / (0.5 - Math.abs(u)) + b) * u + c);
    }
    if (v >= vr) {
      u = rng.next() - 0.5;
    } else {
      u = v / vr - 0.93;
      u = Math.sign(u) * 0.5 - u;
      v = rng.next() * vr;
    }
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    v = (v * alpha) / (a / (us * us) + b);
    const km = Math.abs(k - m);
    if (km <= 15) {
      let f = 1;
      if (m < k) for (let i = m + 1; i <= k; i++) f *= nr / i - r;
      else if (m > k) for (let i = k + 1; i <= m; i++) v *= nr / i - r;
      if (v <= f) return k;
      continue;
    }
    const lv = Math.log(v);
    const rho = (km / npq) * (((km / 3 + 0.625) * km + 1 / 6) / npq + 0.5);
    const t = (-km * km) / (2 * npq);
    if (lv < t - rho) return k;
    if (lv > t + rho) continue;
    const nm = n - m + 1;
    const h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m);
    const nk = n - k + 1;
    const bound =
      h +
      (n + 1) * Math.log(nm / nk) +
      (k + 0.5) * Math.log((nk * r) / (k + 1)) -
      fc(k) -
      fc(n - k);
    if (lv <= bound) return k;
  }
}

/** One Binomial(n, p) variate. */
export function binomial(n: number, p: number, rng: Xoshiro128ss): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, rng);
  return n * p < 10 ? inversion(n, p, rng) : btrd(n, p, rng);
}

/**
 * Multinomial(n, probabilities) into `out` by conditional binomials: cell k gets
 * Binomial(n left, p_k / p left). `probabilities` must sum to 1 (within rounding).
 */
export function multinomial(
  n: number,
  probabilities: Float64Array,
  rng: Xoshiro128ss,
  out: Int32Array,
): void {
  let left = n;
  let mass = 1;
  const last = probabilities.length - 1;
  for (let k = 0; k < last; k++) {
    const pk = probabilities[k]!;
    const x = left > 0 && pk > 0 ? binomial(left, Math.min(1, pk / mass), rng) : 0;
    out[k] = x;
    left -= x;
    mass -= pk;
  }
  out[last] = left;
}
