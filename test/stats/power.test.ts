import { describe, expect, it } from 'vitest';
import { mdePairedMean, mdePairedProportions } from '../../src/stats/power.js';

describe('minimum detectable effect', () => {
  it('paired mean: (z_.975 + z_.8)·sd/√n', () => {
    // (1.959964 + 0.841621)/√100 = 0.2801585 (quantiles from Python's NormalDist)
    expect(mdePairedMean(1, 100)).toBeCloseTo(0.2801585218112968, 8);
    expect(mdePairedMean(2, 400, { alpha: 0.05, power: 0.8 })).toBeCloseTo(0.2801585218112968, 8);
    expect(mdePairedMean(1, 1)).toBeNaN();
  });

  it("paired proportions: inverts Connor's sample-size formula", () => {
    const za = 1.9599639845400536;
    const zb = 0.8416212335729144;
    const psi = 0.1;
    const n = 5000;
    const d = mdePairedProportions(psi, n);
    const nBack = (za * Math.sqrt(psi) + zb * Math.sqrt(psi - d * d)) ** 2 / (d * d);
    expect(nBack).toBeCloseTo(n, 3);
    // close to the normal approximation √ψ·(za + zb)/√n when δ² ≪ ψ
    expect(d).toBeCloseTo((Math.sqrt(psi) * (za + zb)) / Math.sqrt(n), 3);
    // more examples, smaller MDE; stricter alpha, larger MDE
    expect(mdePairedProportions(psi, 4 * n)).toBeLessThan(d);
    expect(mdePairedProportions(psi, n, { alpha: 0.005 })).toBeGreaterThan(d);
    expect(mdePairedProportions(0, n)).toBeNaN();
    expect(mdePairedProportions(0.01, 3)).toBeNaN(); // even every discordant pair one way is not detectable
  });
});
