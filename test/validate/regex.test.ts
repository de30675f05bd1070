import { describe, expect, it } from 'vitest';
import {
  safeRegExp,
  UnsafePatternError,
  enableLinearFallback,
} from '../../src/core/validate/regex.js';
import { isDateTime } from '../../src/core/validate/formats.js';

describe('bounded-cost patterns', () => {
  it('has the linear-time engine on this Node', () => {
    expect(enableLinearFallback()).toBe(true);
  });

  it('matches like ECMA-262 with the u flag', () => {
    const re = safeRegExp('^[A-Z]{2}$', 'u');
    expect(re.test('DE')).toBe(true);
    expect(re.test('usa')).toBe(false);
    expect(safeRegExp('^\\p{Lu}+$', 'u').test('ÄB')).toBe(true);
    expect(safeRegExp('^.{2}$', 'u').test('😀x')).toBe(true); // one code point, not two units
    expect(safeRegExp('^.$', 'u').test('😀')).toBe(true);
  });

  it('gives distinct patterns distinct keys (ajv caches compiled patterns by toString)', () => {
    expect(String(safeRegExp('a', 'u'))).not.toBe(String(safeRegExp('b', 'u')));
  });

  it('runs a catastrophic pattern in linear time', () => {
    const re = safeRegExp('^(a+)+$', 'u');
    const t = performance.now();
    expect(re.test('a'.repeat(50_000) + '!')).toBe(false);
    expect(re.test('a'.repeat(30) + '😀')).toBe(false); // the astral path (RE2) is linear too
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('refuses backreferences and lookaround, and invalid patterns', () => {
    expect(() => safeRegExp('^(a)\\1$', 'u')).toThrow(UnsafePatternError);
    expect(() => safeRegExp('(?=a)b', 'u')).toThrow(/linear time/);
    expect(() => safeRegExp('[', 'u')).toThrow(/invalid pattern/);
  });
});

describe('strict date-time', () => {
  it('accepts RFC 3339 date-times', () => {
    for (const s of [
      '2025-01-02T03:04:05Z',
      '2025-01-02t03:04:05z',
      '2024-02-29T23:59:59.123+05:30',
      '2016-12-31T23:59:60Z',
      '2017-01-01T00:59:60+01:00',
    ]) {
      expect(isDateTime(s), s).toBe(true);
    }
  });
  it('rejects what is not strict RFC 3339', () => {
    for (const s of [
      '2025-01-02 03:04:05Z',
      '2025-01-02T03:04:05',
      '2025-01-02T03:04Z',
      '2025-13-01T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2025-01-02T24:00:00Z',
      '2025-01-02T03:04:05.Z',
      '2025-01-02T12:00:60Z',
      '2025-1-02T03:04:05Z',
      '2025-01-02T03:04:05+0100',
    ]) {
      expect(isDateTime(s), s).toBe(false);
    }
  });
});
