import { describe, expect, it } from 'vitest';
import { HashTable, hash64, hashLo, hashRecord, hashValues } from '../../src/core/dataset/hash.js';

describe('HashTable', () => {
  it('keeps values up to 2^52 (file index × 2^32 + line) across growth and reserve', () => {
    const t = new HashTable(16);
    const code = (i: number) => (i % 7) * 2 ** 32 + (0xffffffff - i);
    for (let i = 0; i < 5000; i++) expect(t.setIfAbsent(i, i * 3, code(i))).toBe(-1);
    t.reserve(100_000);
    for (let i = 0; i < 5000; i++) expect(t.setIfAbsent(i, i * 3, 0)).toBe(code(i));
    expect(t.size).toBe(5000);
    expect(t.setIfAbsent(0, 1, 0)).toBe(-1);
  });

  it('stores each key once through many growths and returns the first value', () => {
    const t = new HashTable(16);
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const hi = hash64(`row ${i}`);
      expect(t.setIfAbsent(hi, hashLo, i)).toBe(-1);
    }
    expect(t.size).toBe(n);
    for (const i of [0, 1, 4096, 99_999]) {
      const hi = hash64(`row ${i}`);
      expect(t.setIfAbsent(hi, hashLo, -5)).toBe(i);
    }
    expect(t.size).toBe(n);
  });

  it('keys differing in either half are different', () => {
    const t = new HashTable();
    expect(t.setIfAbsent(1, 2, 10)).toBe(-1);
    expect(t.setIfAbsent(1, 3, 11)).toBe(-1);
    expect(t.setIfAbsent(2, 2, 12)).toBe(-1);
    expect(t.setIfAbsent(1, 2, 13)).toBe(10);
  });

  it('hash64: no collision among a million distinct short strings', () => {
    const t = new HashTable(1 << 21);
    for (let i = 0; i < 1_000_000; i++) {
      const hi = hash64(`{"id":${i}}`);
      t.setIfAbsent(hi, hashLo, i);
    }
    expect(t.size).toBe(1_000_000);
  });
});

describe('hashRecord / hashValues', () => {
  const key = (f: () => number) => {
    const hi = f();
    return `${hi}:${hashLo}`;
  };
  it('equal records hash equal; type, key, order and value changes do not', () => {
    const base = key(() => hashRecord({ id: 1, label: 'a', nested: { x: [1, 2] } }));
    expect(key(() => hashRecord({ id: 1, label: 'a', nested: { x: [1, 2] } }))).toBe(base);
    expect(key(() => hashRecord({ id: -0, label: 'a', nested: { x: [1, 2] } }))).not.toBe(base);
    expect(key(() => hashRecord({ id: 0 }))).toBe(key(() => hashRecord({ id: -0 })));
    for (const other of [
      { id: '1', label: 'a', nested: { x: [1, 2] } },
      { id: 1, label: 'b', nested: { x: [1, 2] } },
      { id: 1, labe: 'a', nested: { x: [1, 2] } },
      { label: 'a', id: 1, nested: { x: [1, 2] } },
      { id: 1, label: 'a', nested: { x: [2, 1] } },
      { id: 1, label: 'a' },
      { id: 1, label: null, nested: { x: [1, 2] } },
    ])
      expect(key(() => hashRecord(other as Record<string, unknown>))).not.toBe(base);
    // Values are delimited: ["ab", "c"] is not ["a", "bc"].
    expect(key(() => hashValues(['ab', 'c']))).not.toBe(key(() => hashValues(['a', 'bc'])));
    expect(key(() => hashValues([true]))).not.toBe(key(() => hashValues(['true'])));
  });
});
