// Analytic interval for a paired mean difference: mean(d) ± z · sd(d)/√n (sd with n − 1).
// By the central limit theorem this is what the bootstrap converges to for a mean; it is
// exact enough at large n and costs one pass.
import { normalQuantile, twoSidedP } from './normal.js';

export interface PairedZResult {
  n: number;
  mean: number;
  sd: number;
  se: number;
  ci: [number, number];
  z: number;
  pValue: number;
}

/** Mean and sample standard deviation in one pass (Welford). */
export function meanAndSd(values: ArrayLike<number>): { n: number; mean: number; sd: number } {
  let mean = 0;
  let m2 = 0;
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  return { n, mean: n ? mean : NaN, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : NaN };
}

export function pairedZ(diff: ArrayLike<number>, level = 0.95): PairedZResult {
  if (!(level > 0 && level < 1))
    throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  const { n, mean, sd } = meanAndSd(diff);
  if (n < 2) throw new RangeError('pairedZ: need at least 2 examples');
  const se = sd / Math.sqrt(n);
  const zc = normalQuantile(1 - (1 - level) / 2);
  if (se === 0)
    return {
      n,
      mean,
      sd,
      se,
      ci: [mean, mean],
      z: mean === 0 ? 0 : Math.sign(mean) * Infinity,
      pValue: mean === 0 ? 1 : 0,
    };
  const z = mean / se;
  return { n, mean, sd, se, ci: [mean - zc * se, mean + zc * se], z, pValue: twoSidedP(z) };
}
