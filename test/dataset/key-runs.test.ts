// Sorted key runs: encoded and decoded losslessly, and merged across shards so that the first of
// equal keys is the earliest position, as a hash table fed in file order finds it.
import { describe, expect, it } from 'vitest';
import {
  KeyRun,
  decodeRun,
  encodeRun,
  mergeRuns,
  positionOf,
  LINE_BITS,
  type RunRef,
} from '../../src/core/dataset/key-runs.js';
import { HashTable } from '../../src/core/dataset/hash.js';
import { StateWriter, sectionOf } from '../../src/core/dataset/state-file.js';
import { Xoshiro128ss } from '../../src/stats/prng.js';

/** A run through the side file's bytes and back. */
function roundTrip(run: KeyRun, source: string, maxKeys: number) {
  const w = new StateWriter();
  w.add(new Uint8Array(3)); // not at offset 0
  const ref = encodeRun(run, (b) => w.add(b));
  const { bytes } = w.finish();
  return decodeRun(sectionOf(bytes, ref, source), ref, source, maxKeys);
}

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
      return roundTrip(run, `shard ${s}`, 5000);
    });
    const got: Array<[number, number]> = [];
    mergeRuns(runs, (code, first) => {
      if (code !== first) got.push([code, first]);
    });
    expect(got.sort((a, b) => a[0] - b[0])).toEqual(expected);
    expect(got.length).toBe(20000 - 3000 + keys.length - new Set(rows).size);
  });

  it('keep positions across files and keys with equal high halves exactly', () => {
    const run = new KeyRun();
    const want: Array<[number, number, number]> = [];
    for (let i = 0; i < 300; i++) {
      const k: [number, number, number] = [
        i % 3 === 0 ? 0xffffffff : i * 7,
        (i * 2654435761) >>> 0,
        (i % 4) * LINE_BITS + 5 + i,
      ];
      run.push(...k);
      want.push(k);
    }
    const got = roundTrip(run, 'x.json', 300);
    const rows = Array.from({ length: got.n }, (_, j) => [
      got.hi[j],
      got.lo[j],
      positionOf(got, j),
    ]);
    want.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(rows).toEqual(want);
  });

  it('refuse a damaged run', () => {
    const run = new KeyRun();
    for (let i = 0; i < 100; i++) run.push(i, i, i + 1);
    const w = new StateWriter();
    const ref = encodeRun(run, (b) => w.add(b));
    const { bytes } = w.finish();
    // More keys than the shard has rows: refused before anything is decoded.
    expect(() => decodeRun(bytes, ref, 'y.json', 10)).toThrow('more keys than its shard has rows');
    // Bytes cut short, or left over.
    expect(() => decodeRun(bytes.subarray(0, bytes.length - 1), ref, 'x.json', 100)).toThrow(
      'x.json: a key run is damaged',
    );
    expect(() => decodeRun(bytes, { ...ref, keys: 99 }, 'x.json', 100)).toThrow(
      'x.json: a key run is damaged (900 bytes for 99 keys)',
    );
  });

  it('refuse a run whose hashes are out of order', () => {
    // Enough keys for the merge to slice runs by their hashes' high bits.
    const run = new KeyRun();
    for (let i = 0; i < 5000; i++) run.push(Math.floor((i / 5000) * 2 ** 32), i, i + 1);
    const w = new StateWriter();
    const ref = encodeRun(run, (b) => w.add(b));
    const bytes = new Uint8Array(w.finish().bytes);
    const ok = decodeRun(bytes, ref, 'z.json', 5000);
    expect(() => mergeRuns([ok], () => undefined)).not.toThrow();
    // The largest hash moved to the front.
    const last = bytes.slice(4 * 4999, 4 * 5000);
    bytes.copyWithin(4, 0, 4 * 4999);
    bytes.set(last, 0);
    const swapped = decodeRun(bytes, ref, 'z.json', 5000);
    expect(() => mergeRuns([ok, swapped], () => undefined)).toThrow(
      'z.json: a key run is not sorted',
    );
  });

  it('stay linear on crafted keys that share a slice and a low half', { timeout: 5000 }, () => {
    // 100,000 distinct keys: one slice (same top bits), one low half. Probing from a slot of the
    // low half alone made this quadratic (14 s here, against 0.15 s); the timeout catches that.
    const run = new KeyRun();
    for (let i = 0; i < 100_000; i++) run.push((0x80000000 | i) >>> 0, 7, i + 1);
    run.push(0x80000000 | 5, 7, 100_001);
    const w = new StateWriter();
    const ref = encodeRun(run, (b) => w.add(b));
    const got: Array<[number, number]> = [];
    mergeRuns([decodeRun(w.finish().bytes, ref, 'x.json', 100_001)], (code, first) =>
      got.push([code, first]),
    );
    expect(got).toEqual([[100_001, 6]]);
  });

  it('take the smallest position of equal keys as the first, in whatever order a run holds them', () => {
    // A run written by hand with its equal keys' positions descending (the writer never does).
    const raw = (codes: number[]): [Uint8Array, RunRef] => {
      const bytes = new Uint8Array(codes.length * 9);
      const view = new DataView(bytes.buffer);
      codes.forEach((c, j) => {
        view.setUint32(4 * j, 7, true);
        view.setUint32(4 * (codes.length + j), 8, true);
        bytes[8 * codes.length + j] = c;
      });
      return [bytes, { at: 0, bytes: bytes.length, keys: codes.length, base: 0, width: 1 }];
    };
    const [a, ra] = raw([9, 4]);
    const [b, rb] = raw([6, 2]);
    const got: Array<[number, number]> = [];
    mergeRuns([decodeRun(a, ra, 'a', 2), decodeRun(b, rb, 'b', 2)], (code, first) =>
      got.push([code, first]),
    );
    expect(got.sort((x, y) => x[0] - y[0])).toEqual([
      [4, 2],
      [6, 2],
      [9, 2],
    ]);
  });
});
