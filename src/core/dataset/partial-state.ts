// The mergeable state of a shard's dataset checks, as it travels in a partial result (plain
// JSON): counts and first samples per expectation, the key runs (key-runs.ts), the drift
// profiles of both sides (category counts, and a uniform sample of the numbers with its count),
// the splits and the reference the shard saw, and where its chunks were (to read a sample back).
import { Xoshiro128ss } from '../../stats/prng.js';
import type { Problem, Status } from '../result.js';
import { MAX_CATEGORIES, type ProfileState } from './drift.js';
import type { ExpectationsState } from './expect.js';
import type { ReferenceInfo } from './types.js';

export interface EncodedProfile {
  name: string;
  size: number;
  nulls: number;
  numbers: number;
  others: number;
  /** The reservoir's values (min(numbers, size) of them), Float64 little-endian, base64. */
  sample: string;
  cats: Array<[string, number]> | null;
}

export interface DatasetPartial {
  splitOf: number[];
  splitNames: string[];
  errors: Problem[];
  /** [file index, byte offset (row for Parquet, -1 for a whole `.json`), bytes, line base]. */
  chunks: Array<[number, number, number, number]>;
  expectations?: ExpectationsState;
  reference?: { info: Omit<ReferenceInfo, 'rows'>; missing?: { status: Status; note: string } };
  drift?: {
    sampleSize: number;
    cur: EncodedProfile[];
    ref: { rows: number; problems: Problem[]; profiles: EncodedProfile[] };
  };
}

export function encodeProfiles(states: Array<[string, ProfileState]>): EncodedProfile[] {
  return states.map(([name, s]) => {
    const kept = s.reservoir.slice(0, Math.min(s.numbers, s.size));
    return {
      name,
      size: s.size,
      nulls: s.nulls,
      numbers: s.numbers,
      others: s.others,
      sample: Buffer.from(kept.buffer).toString('base64'),
      cats: s.cats ? [...s.cats] : null,
    };
  });
}

function decodeSample(p: EncodedProfile): Float64Array {
  const b = Buffer.from(p.sample, 'base64');
  const n = Math.floor(b.length / 8);
  const out = new Float64Array(n);
  new Uint8Array(out.buffer).set(b.subarray(0, n * 8));
  return out;
}

/**
 * One column's profiles from several shards as one: counts add up, categories too (none past
 * MAX_CATEGORIES, as in one pass), and the numbers' samples merge into a uniform sample of the
 * union: all of them while they fit (then it holds every value, as one pass would), else drawn
 * shard by shard in proportion to the values each stands for (seeded, so a merge is repeatable).
 */
export function mergeProfiles(parts: EncodedProfile[], size: number, seed: number): ProfileState {
  const samples = parts.map(decodeSample);
  const numbers = parts.reduce((n, p) => n + p.numbers, 0);
  let cats: Map<string, number> | null = new Map();
  for (const p of parts) {
    if (!p.cats || !cats) {
      cats = null;
      break;
    }
    for (const [k, n] of p.cats) cats.set(k, (cats.get(k) ?? 0) + n);
    if (cats.size > MAX_CATEGORIES) cats = null;
  }
  const reservoir = new Float64Array(size);
  if (numbers <= size) {
    let at = 0;
    for (const s of samples) {
      reservoir.set(s, at);
      at += s.length;
    }
  } else {
    const rng = Xoshiro128ss.fromSeed(seed);
    const left = parts.map((p) => p.numbers);
    const pools = samples.map((s) => Array.from(s));
    let total = numbers;
    for (let k = 0; k < size; k++) {
      let r = rng.index(total);
      let j = 0;
      while (r >= (left[j] as number)) r -= left[j++] as number;
      const pool = pools[j] as number[];
      const pick = rng.index(pool.length);
      reservoir[k] = pool[pick] as number;
      pool[pick] = pool[pool.length - 1] as number;
      pool.pop();
      left[j] = (left[j] as number) - 1;
      total--;
    }
  }
  return {
    size,
    nulls: parts.reduce((n, p) => n + p.nulls, 0),
    numbers,
    others: parts.reduce((n, p) => n + p.others, 0),
    reservoir,
    cats,
  };
}

/** Every column of the shards' profiles of one side, merged, in order of first appearance. */
export function mergeSide(
  shards: EncodedProfile[][],
  size: number,
  seed: number,
): Array<[string, ProfileState]> {
  const byName = new Map<string, EncodedProfile[]>();
  for (const list of shards)
    for (const p of list) {
      let l = byName.get(p.name);
      if (!l) byName.set(p.name, (l = []));
      l.push(p);
    }
  return [...byName].map(([name, parts], i) => [name, mergeProfiles(parts, size, seed + i)]);
}
