import { describe, expect, it } from 'vitest';
import {
  describeRule,
  evaluateRow,
  parseThreshold,
  resolveRule,
  type RowInput,
  type Side,
} from '../../src/core/compare/rules.js';
import type { MetricRuleConfig } from '../../src/core/compare/types.js';

const v = (value: number): Side => ({ state: 'value', value });
const missing: Side = { state: 'missing' };

function row(
  config: MetricRuleConfig | undefined,
  c: Side,
  b: Side,
  extra: Partial<RowInput> = {},
) {
  return evaluateRow({
    name: 'm',
    rule: config ? resolveRule(config.direction, config, 'metrics.m') : undefined,
    candidate: c,
    baseline: b,
    baselineAvailable: true,
    missingBaseline: 'fail',
    ...extra,
  });
}

describe('thresholds', () => {
  it('a number is absolute, "x%" relative', () => {
    expect(parseThreshold(0.01, 'k')).toEqual({ kind: 'absolute', value: 0.01, text: '0.01' });
    expect(parseThreshold('5%', 'k')).toEqual({ kind: 'relative', value: 0.05, text: '5%' });
    expect(parseThreshold('0.5%', 'k').value).toBeCloseTo(0.005, 12);
  });

  it('refuses negatives and text that is not a percentage, naming the key', () => {
    expect(() => parseThreshold(-1, 'metrics.acc.max_drop')).toThrow(/metrics\.acc\.max_drop/);
    expect(() => parseThreshold('5', 'metrics.acc.max_drop')).toThrow(/"x%"/);
    expect(() => resolveRule('higher', { min: 0.9, max: 0.5 }, 'metrics.acc')).toThrow(
      /min \(0\.9\) is above max/,
    );
  });
});

describe('orientation', () => {
  it('Δ is positive when better: higher-is-better and lower-is-better', () => {
    const up = row({ direction: 'higher' }, v(0.92), v(0.9));
    expect(up.delta).toBeCloseTo(0.02, 12);
    expect(up.relDelta).toBeCloseTo(0.02 / 0.9, 12);
    const lossDown = row({ direction: 'lower' }, v(0.3), v(0.4));
    expect(lossDown.delta).toBeCloseTo(0.1, 12);
    expect(lossDown.relDelta).toBeCloseTo(0.25, 12);
  });

  it('negative values: relative change divides by |b|, so the sign still means better/worse', () => {
    // log-likelihood, higher is better: −2.0 → −2.5 is worse by 25%.
    const r = row({ direction: 'higher', max_drop: '10%' }, v(-2.5), v(-2.0));
    expect(r.delta).toBeCloseTo(-0.5, 12);
    expect(r.relDelta).toBeCloseTo(-0.25, 12);
    expect(r.status).toBe('fail');
    // −2.5 → −2.0 is better.
    const better = row({ direction: 'higher', max_drop: '10%' }, v(-2.0), v(-2.5));
    expect(better.relDelta).toBeCloseTo(0.2, 12);
    expect(better.status).toBe('pass');
    // A lower-is-better metric crossing zero.
    const cross = row({ direction: 'lower', max_drop: 0.5 }, v(0.2), v(-0.1));
    expect(cross.delta).toBeCloseTo(-0.3, 12);
    expect(cross.status).toBe('pass');
  });
});

describe('rules', () => {
  it('max_drop absolute: a drop exactly at the tolerance passes despite float rounding; beyond fails', () => {
    expect(row({ direction: 'higher', max_drop: 0.01 }, v(0.9), v(0.91)).status).toBe('pass');
    const r = row({ direction: 'higher', max_drop: 0.01 }, v(0.899), v(0.91));
    expect(r.status).toBe('fail');
    expect(r.reason).toBe('worse by 0.011 (0.91 → 0.899), max_drop 0.01');
    expect(r.rule).toBe('higher is better; max_drop 0.01');
  });

  it('max_drop 0 allows no regression at all', () => {
    expect(row({ direction: 'lower', max_drop: 0 }, v(0.5), v(0.5)).status).toBe('pass');
    expect(row({ direction: 'lower', max_drop: 0 }, v(0.5001), v(0.5)).status).toBe('fail');
  });

  it('max_drop relative', () => {
    expect(row({ direction: 'lower', max_drop: '5%' }, v(1.05), v(1)).status).toBe('pass');
    const r = row({ direction: 'lower', max_drop: '5%' }, v(1.06), v(1));
    expect(r.status).toBe('fail');
    expect(r.reason).toMatch(/worse by 6%/);
  });

  it('min_gain absolute and relative', () => {
    expect(row({ direction: 'higher', min_gain: 0.01 }, v(0.91), v(0.9)).status).toBe('pass');
    expect(row({ direction: 'higher', min_gain: 0.01 }, v(0.905), v(0.9)).status).toBe('fail');
    expect(row({ direction: 'lower', min_gain: '10%' }, v(0.85), v(1)).status).toBe('pass');
    expect(row({ direction: 'lower', min_gain: '10%' }, v(0.95), v(1)).reason).toMatch(
      /below min_gain 10%/,
    );
  });

  it('min and max bound the candidate without a baseline', () => {
    expect(row({ direction: 'higher', min: 0.8 }, v(0.79), missing).status).toBe('fail');
    expect(row({ direction: 'higher', min: 0.8 }, v(0.8), missing).status).toBe('pass');
    expect(row({ direction: 'lower', max: 100 }, v(120), missing).reason).toBe(
      '120 is above max 100',
    );
    expect(
      row({ direction: 'higher', min: 0.8 }, v(0.9), missing, { baselineAvailable: false }).status,
    ).toBe('pass');
  });

  it('severity warn turns a broken rule into a warning', () => {
    const r = row({ direction: 'higher', max_drop: 0, severity: 'warn' }, v(0.8), v(0.9));
    expect(r.status).toBe('warn');
    expect(r.rule).toMatch(/warn only/);
  });

  it('several broken checks: the worst status, every reason', () => {
    const r = row({ direction: 'higher', min: 0.9, max_drop: 0.01 }, v(0.8), v(0.95));
    expect(r.status).toBe('fail');
    expect(r.reason).toBe('0.8 is below min 0.9; worse by 0.15 (0.95 → 0.8), max_drop 0.01');
  });

  it('baseline 0 with a relative rule is an error, not a pass; absolute rules still work', () => {
    const r = row({ direction: 'lower', max_drop: '5%' }, v(0.1), v(0));
    expect(r.status).toBe('error');
    expect(r.reason).toBe('relative rule unusable with a baseline of 0 (max_drop 5%)');
    expect(r.relDelta).toBeNull();
    expect(r.delta).toBeCloseTo(-0.1, 12);
    expect(row({ direction: 'lower', max_drop: 0.2 }, v(0.1), v(0)).status).toBe('pass');
  });
});

describe('missing and invalid values', () => {
  it('a metric missing from the candidate follows missing (default fail)', () => {
    const r = row({ direction: 'higher', max_drop: 0.01 }, missing, v(0.9));
    expect(r).toMatchObject({
      status: 'fail',
      presence: 'removed',
      candidate: null,
      baseline: 0.9,
      delta: null,
    });
    expect(r.reason).toBe('missing from the candidate (missing: fail)');
    expect(row({ direction: 'higher', missing: 'warn' }, missing, v(0.9)).status).toBe('warn');
    expect(row({ direction: 'higher', missing: 'pass' }, missing, v(0.9)).status).toBe('pass');
  });

  it('a metric missing from the baseline follows missing for the rules that need it', () => {
    const r = row({ direction: 'higher', max_drop: 0.01 }, v(0.9), missing);
    expect(r).toMatchObject({ status: 'fail', presence: 'added' });
    expect(r.reason).toMatch(/missing from the baseline: max_drop not checked/);
    expect(
      row({ direction: 'higher', max_drop: 0.01, missing: 'pass' }, v(0.9), missing).status,
    ).toBe('pass');
  });

  it('no baseline at all follows missing_baseline; bounds are still checked', () => {
    const none = { baselineAvailable: false };
    expect(row({ direction: 'higher', max_drop: 0.01 }, v(0.9), missing, none).status).toBe('fail');
    const warn = row({ direction: 'higher', max_drop: 0.01 }, v(0.9), missing, {
      ...none,
      missingBaseline: 'warn',
    });
    expect(warn).toMatchObject({
      status: 'warn',
      reason: 'no baseline: max_drop not checked (missing_baseline: warn)',
    });
    const pass = row({ direction: 'higher', max_drop: 0.01, min: 0.95 }, v(0.9), missing, {
      ...none,
      missingBaseline: 'pass',
    });
    expect(pass.status).toBe('fail');
    expect(pass.reason).toBe('0.9 is below min 0.95');
  });

  it('NaN or a non-number on either side of a gated metric is an error, never a pass', () => {
    const bad: Side = { state: 'invalid', problem: 'NaN, not a number (m.json:2)' };
    const gated = row({ direction: 'higher', missing: 'pass' }, bad, v(0.9));
    expect(gated).toMatchObject({ status: 'error', candidate: null, delta: null, gated: true });
    expect(gated.reason).toBe('candidate value is NaN, not a number (m.json:2)');
  });

  it('a value no rule names is shown as not gated whatever it is (metadata strings, null)', () => {
    const text: Side = {
      state: 'invalid',
      problem: 'a string ("abc123"), not a number (m.json:3)',
    };
    expect(row(undefined, v(1), text)).toMatchObject({
      status: 'skip',
      gated: false,
      reason: 'not gated: baseline value is a string ("abc123"), not a number (m.json:3)',
    });
    expect(row(undefined, text, text)).toMatchObject({ status: 'skip', gated: false });
  });
});

describe('metrics without a rule', () => {
  it('are shown, not gated, with the plain difference', () => {
    const r = row(undefined, v(12), v(10));
    expect(r).toMatchObject({
      gated: false,
      status: 'skip',
      delta: 2,
      presence: 'both',
      reason: 'no rule',
    });
    expect(r.direction).toBeUndefined();
  });

  it('appeared and disappeared are shown as such', () => {
    expect(row(undefined, v(1), missing)).toMatchObject({
      presence: 'added',
      reason: 'new: not in the baseline; no rule',
    });
    expect(row(undefined, missing, v(1))).toMatchObject({ presence: 'removed', status: 'skip' });
  });
});

describe('describeRule', () => {
  it('says the rule in the config words', () => {
    const rule = resolveRule(
      'lower',
      { min: 0, max: 2, max_drop: '5%', min_gain: 0.1, severity: 'warn' },
      'k',
    );
    expect(describeRule(rule)).toBe(
      'lower is better; min 0; max 2; max_drop 5%; min_gain 0.1; warn only',
    );
  });
});
