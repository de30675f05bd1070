import { describe, expect, it } from 'vitest';
import { simulateCalibration } from '../../bench/stats-calibration.js';

// The fast version of bench/calibration.js: 500 simulated PRs of 5,000 examples each, decided
// with the analytic paired z interval (McNemar p-values) instead of 10,000 resamples.
describe('calibration of the statistical gate', () => {
  const options = { interval: 'paired-z' as const };

  it('equal true accuracy: at most 5% false fails, while a point max_drop 0 rule fails about half', () => {
    const r = simulateCalibration({ prs: 500, n: 5000, drop: 0, discordance: 0.1, options });
    expect(r.failRate).toBeLessThanOrEqual(0.05);
    expect(r.pointFailRate).toBeGreaterThan(0.4);
    expect(r.pointFailRate).toBeLessThan(0.6);
  });

  it('a true 2-point drop fails at least 80% of the time', () => {
    const r = simulateCalibration({ prs: 500, n: 5000, drop: 0.02, discordance: 0.1, options });
    expect(r.failRate).toBeGreaterThanOrEqual(0.8);
    expect(r.pointFailRate).toBeGreaterThan(r.failRate - 1e-9);
  });

  it('is a real test: the false-fail rate is near the nominal 2.5% one-sided, not 0', () => {
    const r = simulateCalibration({
      prs: 1000,
      n: 2000,
      drop: 0,
      discordance: 0.2,
      options,
      seed: 9,
    });
    expect(r.failRate).toBeGreaterThan(0.01);
    expect(r.failRate).toBeLessThan(0.045);
  });

  it('warnings mean something: equal models warn at most 10%; tolerance + MDE fails at least ~80%', () => {
    const boot = { resamples: 2000 };
    const equal = simulateCalibration({
      prs: 500,
      n: 5000,
      drop: 0,
      discordance: 0.1,
      options: boot,
    });
    expect(equal.failRate).toBeLessThanOrEqual(0.05);
    expect(equal.warnRate).toBeLessThanOrEqual(0.1);
    // A warning is still a signal: about 10% minus the fails, not 0.
    expect(equal.warnRate).toBeGreaterThan(0.03);
    const rule = { max_drop: 0.01 };
    const probe = simulateCalibration({
      prs: 50,
      n: 5000,
      drop: 0.01,
      discordance: 0.1,
      rule,
      options: boot,
    });
    const drop = 0.01 + probe.meanMde;
    const r = simulateCalibration({
      prs: 500,
      n: 5000,
      drop,
      discordance: 0.1,
      rule,
      options: boot,
      seed: 3,
    });
    // The MDE is defined at 80% power: 500 PRs measure that rate to ±1.8 points (one SE).
    expect(r.failRate).toBeGreaterThanOrEqual(0.76);
  });
});
