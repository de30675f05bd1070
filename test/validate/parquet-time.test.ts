import { describe, expect, it } from 'vitest';
import { isoMilliseconds, isoTimestamp } from '../../src/core/validate/parquet.js';

// The fast millisecond path must print exactly what V8's own Date#toISOString prints (an
// independent implementation) and what the exact BigInt path prints, across the whole range
// of four-digit years, and step aside beyond it.
describe('isoMilliseconds', () => {
  const edges = [
    0, -1, 1, 999, 1000, 59_999, 3_599_999, 3_600_000, 86_399_999, -86_400_000, 1_700_000_000_123,
    -62_167_219_200_000, 253_402_300_799_999, 951_782_400_000 /* 2000-02-29 */,
  ];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const random = Array.from({ length: 20_000 }, () =>
    Math.floor(-62_167_219_200_000 + next() * (253_402_300_800_000 + 62_167_219_200_000)),
  );

  it('agrees with Date#toISOString and the BigInt path', () => {
    for (const ms of [...edges, ...random]) {
      const fast = isoMilliseconds(ms);
      expect(fast).toBe(new Date(ms).toISOString());
      expect(fast).toBe(isoTimestamp(BigInt(ms), 1000n, 3));
    }
  });

  it('leaves years outside 0000–9999 to the exact path', () => {
    expect(isoMilliseconds(-62_167_219_200_001)).toBeUndefined();
    expect(isoMilliseconds(253_402_300_800_000)).toBeUndefined();
  });
});

describe('rowBuilder', () => {
  it('makes every column name a key and nothing else, whatever the name', async () => {
    const { rowBuilder } = await import('../../src/core/validate/parquet.js');
    const names = [
      'plain',
      'a"b',
      "c'd",
      'e\\',
      '}); globalThis.pwned = 1; ({',
      'constructor',
      'toString',
      '\u2028line',
      '\ud800',
      '',
    ];
    for (const withProto of [false, true]) {
      const all = withProto ? [...names, '__proto__'] : names;
      const columns = all.map((_, k) => ({ next: () => k, skip: () => undefined }));
      const row = rowBuilder(all)(columns, (v) => v);
      expect(Object.keys(row)).toEqual(all);
      all.forEach((n, k) => expect(Object.getOwnPropertyDescriptor(row, n)?.value).toBe(k));
      expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
      expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    }
  });
});
