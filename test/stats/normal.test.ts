import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, twoSidedP } from '../../src/stats/normal.js';

// Reference values from Python's statistics.NormalDist (inv_cdf uses Wichura's AS241,
// accurate to ~1e-16) and math.erfc.
describe('normal distribution', () => {
  it('quantile matches AS241 to 1e-8', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599639845400536, 8);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489, 8);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536269514726, 8);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729144, 8);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 7);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });

  it('CDF and two-sided p are accurate to 2e-7 and do not saturate in the tails', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517796, 6);
    expect(Math.abs(normalCdf(-3.5) - 0.0002326290790355401)).toBeLessThan(2e-7);
    expect(twoSidedP(Math.sqrt(17.35593220338983)) / 3.0992934410452196e-5).toBeCloseTo(1, 3);
    expect(twoSidedP(6)).toBeGreaterThan(0);
    expect(twoSidedP(6)).toBeLessThan(1e-8);
    expect(twoSidedP(0)).toBe(1);
  });
});
