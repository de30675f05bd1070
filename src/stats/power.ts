// Minimum detectable effect (MDE) at a given power: the smallest true difference that a
// two-sided test at level alpha would detect with probability `power` on n paired examples.
import { normalQuantile } from './normal.js';

export interface PowerOptions {
  /** Two-sided significance level (default 0.05). */
  alpha?: number;
  /** Default 0.8. */
  power?: number;
}

function quantiles(options: PowerOptions): { za: number; zb: number } {
  const alpha = options.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`);
  return { za: normalQuantile(1 - alpha / 2), zb: normalQuantile(power) };
}

/**
 * Paired mean difference: (z₁₋α/₂ + z_power) · sd / √n, where sd is the standard deviation
 * of the per-example differences. NaN when n < 2 or sd is not finite.
 */
export function mdePairedMean(sd: number, n: number, options: PowerOptions = {}): number {
  const { za, zb } = quantiles(options);
  if (!(n >= 2) || !Number.isFinite(sd) || sd < 0) return NaN;
  return ((za + zb) * sd) / Math.sqrt(n);
}

/**
 * Paired proportions (McNemar): Connor's (1987) sample-size formula
 *   n = (z₁₋α/₂ √ψ + z_power √(ψ − δ²))² / δ²,
 * with ψ the discordant share (b + c) / n, solved for δ by bisection. NaN when ψ = 0
 * (nothing to base it on) or when even δ = ψ (every discordant pair one way) is not detectable.
 */
export function mdePairedProportions(
  discordance: number,
  n: number,
  options: PowerOptions = {},
): number {
  const { za, zb } = quantiles(options);
  if (!(n >= 1) || !(discordance > 0 && discordance <= 1)) return NaN;
  const root = Math.sqrt(n);
  const f = (d: number): number =>
    za * Math.sqrt(discordance) + zb * Math.sqrt(Math.max(0, discordance - d * d)) - d * root;
  if (f(discordance) > 0) return NaN;
  let lo = 0;
  let hi = discordance;
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi;
}
