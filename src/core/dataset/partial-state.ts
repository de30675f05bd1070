// The mergeable state of a shard's dataset checks, as it travels in a partial result: in its JSON
// the counts and first samples per expectation, the drift profiles' counts (category counts, and
// how many numbers a uniform sample stands for), the splits and the reference the shard saw, and
// where its chunks were (to read a sample back); in its binary side file (state-file.ts) the key
// runs (key-runs.ts) and the numbers' samples.
import { Xoshiro128ss } from '../../stats/prng.js';
import type { Problem, Status } from '../result.js';
import { MAX_CATEGORIES, type ProfileState } from './drift.js';
import type { ExpectationsState } from './expect.js';
import type { ReferenceInfo } from './types.js';
import { sectionOf, type Section, type StateFileRef } from './state-file.js';

export interface EncodedProfile {
  name: string;
  size: number;
  nulls: number;
  numbers: number;
  others: number;
  /** The reservoir's values (min(numbers, size) of them), Float64 little-endian, in the side file. */
  sample: Section;
  cats: Array<[string, number]> | null;
}

export interface DatasetPartial {
  splitOf: number[];
  splitNames: string[];
  errors: Problem[];
  /** The binary side file with the key runs and the drift samples. */
  state?: StateFileRef;
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

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The numbers' bytes as the side file holds them: float64, little-endian. */
function littleEndian(values: Float64Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const out = new Uint8Array(values.byteLength);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setFloat64(8 * i, v, true));
  return out;
}

export function encodeProfiles(
  states: Array<[string, ProfileState]>,
  add: (bytes: Uint8Array) => Section,
): EncodedProfile[] {
  return states.map(([name, s]) => {
    const kept = s.reservoir.slice(0, Math.min(s.numbers, s.size));
    return {
      name,
      size: s.size,
      nulls: s.nulls,
      numbers: s.numbers,
      others: s.others,
      sample: add(littleEndian(kept)),
      cats: s.cats ? [...s.cats] : null,
    };
  });
}

/** A shard's profiles with the side file their samples are in. */
export interface ShardProfiles {
  profiles: EncodedProfile[];
  file: Uint8Array;
  source: string;
}

/**
 * A shard's sample of one column, refused unless it is what the merge draws from: taken with
 * the merge's sample size, counts that are whole numbers, as many values as it stands for.
 */
function decodeSample(
  p: EncodedProfile,
  file: Uint8Array,
  source: string,
  size: number,
): Float64Array {
  const b = sectionOf(file, p.sample, source);
  const n = b.length / 8;
  const counts = [p.nulls, p.numbers, p.others];
  if (
    p.size !== size ||
    !counts.every((c) => Number.isSafeInteger(c) && c >= 0) ||
    n !== Math.min(p.size, p.numbers)
  )
    throw new Error(`${source}: the drift sample of ${p.name} is damaged`);
  // The side file aligns its sections: viewed in place on a little-endian machine, else copied.
  if (LITTLE_ENDIAN && b.byteOffset % 8 === 0) return new Float64Array(b.buffer, b.byteOffset, n);
  const out = new Float64Array(n);
  const view = new DataView(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < n; i++) out[i] = view.getFloat64(8 * i, true);
  return out;
}

/**
 * One column's profiles from several shards as one: counts add up, categories too (none past
 * MAX_CATEGORIES, as in one pass), and the numbers' samples merge into a uniform sample of the
 * union: all of them while they fit (then it holds every value, as one pass would), else drawn
 * shard by shard in proportion to the values each stands for (seeded, so a merge is repeatable).
 */
export function mergeProfiles(
  parts: EncodedProfile[],
  samples: Float64Array[],
  size: number,
  seed: number,
): ProfileState {
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
    // Each shard's sample as a pool drawn without replacement: a pick is replaced by the pool's
    // last value and the pool shortened.
    const pools = samples.map((s) => s.slice());
    const sizes = samples.map((s) => s.length);
    let total = numbers;
    for (let k = 0; k < size; k++) {
      let r = rng.index(total);
      let j = 0;
      while (r >= left[j]!) r -= left[j++]!;
      const pool = pools[j]!;
      const last = --sizes[j]!;
      const pick = rng.index(last + 1);
      reservoir[k] = pool[pick]!;
      pool[pick] = pool[last]!;
      left[j]!--;
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
  shards: ShardProfiles[],
  size: number,
  seed: number,
): Array<[string, ProfileState]> {
  const byName = new Map<string, { parts: EncodedProfile[]; samples: Float64Array[] }>();
  for (const { profiles, file, source } of shards)
    for (const p of profiles) {
      let l = byName.get(p.name);
      if (!l) byName.set(p.name, (l = { parts: [], samples: [] }));
      l.parts.push(p);
      l.samples.push(decodeSample(p, file, source, size));
    }
  return [...byName].map(([name, l], i) => [
    name,
    mergeProfiles(l.parts, l.samples, size, seed + i),
  ]);
}
