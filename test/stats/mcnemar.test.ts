import { describe, expect, it } from 'vitest';
import { binomialTwoSidedHalf, discordantCounts, mcnemar } from '../../src/stats/mcnemar.js';

describe('McNemar', () => {
  it("Agresti's presidential approval example (chi-square)", () => {
    // Agresti, An Introduction to Categorical Data Analysis (2nd ed., 2007), Table 8.1: 1600
    // people asked twice whether they approve of the Prime Minister: 794 approve/approve,
    // 150 approve/disapprove, 86 disapprove/approve, 570 disapprove/disapprove. Agresti
    // reports z = (86 − 150)/√(86 + 150) = −4.17, i.e. χ² = 17.36, P < 0.001.
    // Reference p-values: math.erfc(√(χ²/2)) in Python: 3.0993e-5 uncorrected, and with
    // the continuity correction χ² = 63²/236 = 16.818, p = 4.1146e-5 (R's mcnemar.test default).
    const plain = mcnemar(150, 86, { correct: false });
    expect(plain.method).toBe('chi2');
    expect(plain.statistic).toBeCloseTo(17.36, 2);
    expect(plain.pValue / 3.0992934410452196e-5).toBeCloseTo(1, 4);
    const corrected = mcnemar(150, 86);
    expect(corrected.method).toBe('chi2-cc');
    expect(corrected.statistic).toBeCloseTo(3969 / 236, 12);
    expect(corrected.pValue / 4.1145622813459415e-5).toBeCloseTo(1, 4);
    // symmetric in b and c
    expect(mcnemar(86, 150).pValue).toBe(corrected.pValue);
  });

  it('exact binomial test matches hand computation', () => {
    // b = 2, c = 10: P(X ≤ 2 | n = 12, ½) = (1 + 12 + 66)/4096, two-sided doubles it.
    expect(binomialTwoSidedHalf(2, 12)).toBeCloseTo(158 / 4096, 15);
    const r = mcnemar(2, 10);
    expect(r.method).toBe('exact');
    expect(r.pValue).toBeCloseTo(158 / 4096, 15);
    // b = 1, c = 9: 2·(1 + 10)/1024
    expect(mcnemar(9, 1).pValue).toBeCloseTo(22 / 1024, 15);
    // balanced counts and no discordant pairs: no evidence at all
    expect(mcnemar(5, 5).pValue).toBe(1);
    expect(mcnemar(0, 0).pValue).toBe(1);
  });

  it('switches from exact to chi-square at b + c = 25', () => {
    expect(mcnemar(12, 12).method).toBe('exact');
    expect(mcnemar(20, 4).method).toBe('exact');
    expect(mcnemar(20, 5).method).toBe('chi2-cc');
    // b = 30, c = 12: χ² = (18 − 1)²/42 = 6.881, p = 0.0087119 (math.erfc)
    expect(mcnemar(30, 12).pValue).toBeCloseTo(0.008711912962379598, 6);
    // With exactBelow raised, b = 20, c = 5 is exact: 2·Σ_{k≤5} C(25,k)/2^25
    const tail = [1, 25, 300, 2300, 12650, 53130].reduce((a, b) => a + b, 0);
    expect(mcnemar(20, 5, { exactBelow: 100 }).pValue).toBeCloseTo((2 * tail) / 2 ** 25, 14);
  });

  it('counts discordant pairs and rejects bad input', () => {
    expect(discordantCounts([1, 1, 0, 0, 1], [0, 1, 1, 0, 0])).toEqual({ b: 2, c: 1 });
    expect(() => mcnemar(-1, 2)).toThrow(RangeError);
    expect(() => mcnemar(1.5, 2)).toThrow(RangeError);
    expect(() => binomialTwoSidedHalf(3, 2)).toThrow(RangeError);
  });
});
