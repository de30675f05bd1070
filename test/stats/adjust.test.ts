import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, bonferroni, holm } from '../../src/stats/adjust.js';

describe('multiple-comparison adjustment', () => {
  it('Holm and BH on a small worked example (by hand, = R p.adjust)', () => {
    const p = [0.01, 0.04, 0.03, 0.005];
    // Holm: sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, max(0.04·1, 0.06) = 0.06
    const h = holm(p);
    [0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(h[i]).toBeCloseTo(v, 12));
    // BH: p(i)·4/i = 0.02, 0.02, 0.04, 0.04, then running minimum from the top
    const bh = benjaminiHochberg(p);
    [0.02, 0.04, 0.04, 0.02].forEach((v, i) => expect(bh[i]).toBeCloseTo(v, 12));
    expect(bonferroni(p)).toEqual([0.04, 0.16, 0.12, 0.02]);
  });

  it('Benjamini & Hochberg (1995) §3.2 example: BH rejects 4 of 15 at 0.05, Holm 3', () => {
    // The 15 p-values of the paper's myocardial-infarction example.
    const p = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719,
      0.6528, 0.759, 1.0,
    ];
    expect(benjaminiHochberg(p).filter((q) => q <= 0.05)).toHaveLength(4);
    expect(holm(p).filter((q) => q <= 0.05)).toHaveLength(3);
    expect(bonferroni(p).filter((q) => q <= 0.05)).toHaveLength(3);
  });

  it('keeps input order, caps at 1, handles ties and empty input', () => {
    expect(holm([0.5, 0.5])).toEqual([1, 1]);
    expect(holm([])).toEqual([]);
    expect(benjaminiHochberg([0.02, 0.02, 0.02])).toEqual([0.02, 0.02, 0.02]);
    expect(() => holm([NaN])).toThrow(RangeError);
    expect(() => benjaminiHochberg([1.2])).toThrow(RangeError);
  });
});
