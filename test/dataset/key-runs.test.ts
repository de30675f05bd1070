// Sorted key runs: encoded and decoded losslessly, and merged across shards so that the first of
// equal keys is the earliest position, as a hash table fed in file order finds it.
import { describe, expect, it } from 'vitest';
import {
  KeyRun,
  decodeRun,
  encodeRun,
  mergeRuns,
  LINE_BITS,
} from '../../src/core/dataset/key-runs.js';
import { HashTable } from '../../src/core/dataset/hash.js';
import { Xoshiro128ss } from '../../src/stats/prng.js';

describe('key runs', () => {
  it('find the same first occurrences and repeats as one hash table over the whole input', () => {
    const rng = Xoshiro128ss.fromSeed(7);
    // Keys with a shared high half but different low halves, and real repeats across shards.
    const keys: Array<[number, number]> = Array.from({ length: 3000 }, (_, i) => [
      i % 7 === 0 ? 12345 : rng.index(2 ** 32) >>> 0,
      rng.index(2 ** 32) >>> 0,
    ]);
    const rows = Array.from({ length: 20000 }, () => keys[rng.index(keys.length)]!);
    const table = new HashTable();
    const expected: Array<[number, number]> = [];
    rows.forEach(([hi, lo], i) => {
      const code = (i < 10000 ? 0 : 1) * LINE_BITS + i + 1;
      const prev = table.setIfAbsent(hi, lo, code);
      if (prev !== -1) expected.push([code, prev]);
    });
    // Four shards of consecutive rows, each its own run.
    const runs = [0, 1, 2, 3].map((s) => {
      const run = new KeyRun();
      for (let i = s * 5000; i < (s + 1) * 5000; i++) {
        const [hi, lo] = rows[i]!;
        run.push(hi, lo, (i < 10000 ? 0 : 1) * LINE_BITS + i + 1);
      }
      return decodeRun(encodeRun(run), `shard ${s}`, 5000);
    });
    const got: Array<[number, number]> = [];
    mergeRuns(runs, (code, first) => {
      if (code !== first) got.push([code, first]);
    });
    expect(got.sort((a, b) => a[0] - b[0])).toEqual(expected);
    expect(got.length).toBe(20000 - 3000 + keys.length - new Set(rows).size);
  });

  it('refuse a damaged run', () => {
    expect(() => decodeRun(Buffer.from('not deflate').toString('base64'), 'x.json', 10)).toThrow(
      'x.json: a key run is damaged',
    );
    // More keys than the shard has rows: refused before it is inflated whole.
    const run = new KeyRun();
    for (let i = 0; i < 100; i++) run.push(i, i, i + 1);
    expect(() => decodeRun(encodeRun(run), 'y.json', 10)).toThrow('more keys than rows');
  });
});
