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

describe('every pattern RE2 accepts', () => {
  it('runs repeat counts over 16 (beyond the linear engine) with ECMA-262 meaning', () => {
    const hexId = safeRegExp('^[0-9a-f]{24}$', 'u');
    expect(hexId.test('0123456789abcdef01234567')).toBe(true);
    expect(hexId.test('0123456789abcdef0123456')).toBe(false);
    const word = safeRegExp('^[a-z]{2,20}$', 'u');
    expect(word.test('ab')).toBe(true);
    expect(word.test('a')).toBe(false);
    expect(word.test('a'.repeat(21))).toBe(false);
    const upTo = safeRegExp('^.{1,255}$', 'u');
    expect(upTo.test('x'.repeat(255))).toBe(true);
    expect(upTo.test('x'.repeat(256))).toBe(false);
    expect(upTo.test('a\nb')).toBe(false); // `.` never matches a line terminator
    expect(upTo.test('a\u2028b')).toBe(false); // ... in ECMA's sense, not RE2's
    expect(upTo.test('😀'.repeat(255))).toBe(true); // code points, not UTF-16 units
  });

  it('runs Unicode property escapes by their ECMA-262 names', () => {
    const letters = safeRegExp('^\\p{Letter}+$', 'u');
    expect(letters.test('Ωmega')).toBe(true);
    expect(letters.test('a1')).toBe(false);
    const greek = safeRegExp('^\\p{Script=Greek}+$', 'u');
    expect(greek.test('αβγ')).toBe(true);
    expect(greek.test('abc')).toBe(false);
    const notAlpha = safeRegExp('^[\\P{Alphabetic}\\s]+$', 'u');
    expect(notAlpha.test('1 2\u00a03')).toBe(true); // ECMA's \s includes no-break space
    expect(notAlpha.test('1a')).toBe(false);
    expect(safeRegExp('^\\p{gc=Nd}{3}$', 'u').test('١٢٣')).toBe(true);
    // Whatever this V8 accepts it runs with the same meaning (V8 takes `digit` as Nd).
    const digit = safeRegExp('^\\p{digit}$', 'u');
    expect(['3', '٣', 'a'].map((s) => digit.test(s))).toEqual([true, true, false]);
  });

  it('agrees with the native engine on a sample of strings', () => {
    const patterns = [
      '^\\s{1,30}x$',
      '^[^\\S]{17}$',
      '^\\w{20,}\\b',
      '^(?<y>\\d{4})-\\d{2}$',
      '^[^]{0,20}$',
      '^\\u{1F600}{17}$',
    ];
    const inputs = [
      'x',
      ' '.repeat(17),
      '\u3000'.repeat(17),
      'a'.repeat(25),
      '2024-01',
      '😀'.repeat(17),
      'a\nb',
      '\ufeff'.repeat(17),
    ];
    for (const p of patterns) {
      const native = new RegExp(p, 'u');
      const ours = safeRegExp(p, 'u');
      for (const s of inputs)
        expect(ours.test(s), `${p} on ${JSON.stringify(s)}`).toBe(native.test(s));
    }
  });

  it('refuses only what RE2 refuses, with the real reason', () => {
    expect(() => safeRegExp('^(a)\\1$', 'u')).toThrow(
      /backreferences cannot be matched in linear time/,
    );
    expect(() => safeRegExp('(?<=a)b', 'u')).toThrow(/lookaround cannot be matched in linear time/);
    expect(() => safeRegExp('^a{1001}$', 'u')).toThrow(/invalid repeat count/);
    expect(() => safeRegExp('^\\p{Digitz}$', 'u')).toThrow(/invalid pattern/);
  });

  it('keeps the common patterns on the native fast path', () => {
    expect(safeRegExp('^[A-Z]{2}$', 'u')).toBeInstanceOf(RegExp);
    expect(safeRegExp('^[a-z0-9_-]{3,16}$', 'u')).toBeInstanceOf(RegExp);
  });
});
