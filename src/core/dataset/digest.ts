// What the dataset checks need from one chunk of records, computed where the chunk is parsed (a
// validate worker thread, or this thread for small inputs) so that every record is parsed once.
// Order-free work is finished here: column expectations are counted with their first samples,
// categories counted per column. Order-dependent work is left to the main thread (chunkFolder in
// check.ts): the 64-bit hashes for uniqueness, duplicates and leakage, and the numbers for the
// drift reservoirs travel per row in typed arrays, which cross the thread boundary without a
// copy. Folding the digests in file order gives the same answer whichever thread read which
// chunk.
import { field } from './field.js';
import { escape, preview } from '../validate/value.js';
import { jsonText } from '../validate/exact.js';
import type { Sample } from '../validate/sample.js';
import { hashKeys, hashLo, hashShaped, hashValues } from './hash.js';
import { MAX_CATEGORIES } from './categories.js';

/** Columns profiled for drift when the config does not list them. */
export const MAX_AUTO_COLUMNS = 100;

export interface ColumnTestPlan {
  kind: 'null_share' | 'categories' | 'range';
  column: string;
  /** categories: the allowed values, strings as they are, others as JSON. */
  allowed?: string[];
  lo?: number;
  hi?: number;
}

/** Plain data (it is sent to worker threads): what to compute per record. */
export interface DigestPlan {
  tests: ColumnTestPlan[];
  /** Column lists whose values are hashed per row (unique keys, the leakage key). */
  keys: string[][];
  /** Hash each whole row (duplicates, leakage by content). */
  rowHash: boolean;
  /** Profile columns for drift: the listed ones, or each one seen (up to MAX_AUTO_COLUMNS). */
  drift?: { columns?: string[] };
}

export interface TestDigest {
  checked: number;
  unexpected: number;
  /** The first few, lines and records chunk-relative. */
  samples: Sample[];
  /** categories: the values that are not allowed, with counts, in order of first appearance. */
  values?: Array<[string, number]>;
}

/** One 64-bit hash per row (`present` 0 where a key value is null: not checked). */
export interface HashDigest {
  hi: Uint32Array;
  lo: Uint32Array;
  present: Uint8Array;
}

export interface ColumnDigest {
  name: string;
  nulls: number;
  others: number;
  /** The column's numbers in row order (for the reservoir). */
  numbers: Float64Array;
  /** Distinct values (numbers as JSON) with counts, in order of first appearance; null past MAX_CATEGORIES. */
  cats: Array<[string, number]> | null;
}

export interface ChunkDigest {
  /** Records seen (parsed records, objects or not). */
  n: number;
  /** Chunk-relative line and record index of each. */
  lines: Uint32Array;
  records: Uint32Array;
  /** 1 where the record is an object (the only ones the row checks apply to). */
  objects: Uint8Array;
  tests: TestDigest[];
  keys: HashDigest[];
  rows?: HashDigest;
  columns?: ColumnDigest[];
}

export function isNull(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

export function pointer(column: string): string {
  return `/${column.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

export function show(v: unknown): string {
  const s = typeof v === 'string' ? v : jsonText(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

/** A located sample the way validate's collector words one (pointer first, escaped). */
export function sampleOf(
  line: number,
  record: number,
  ptr: string,
  value: unknown,
  message: string,
): Sample {
  return {
    line,
    record,
    pointer: ptr,
    value: preview(value),
    message: escape(ptr ? `${ptr}: ${message}` : message),
  };
}

/** A count kept in an object, so a seen value costs one map lookup, not a lookup and a set. */
interface Counter {
  n: number;
}

class Column {
  nulls = 0;
  others = 0;
  n = 0;
  numbers = new Float64Array(256);
  /** Distinct values: strings and other JSON in `cats`, numbers keyed as numbers (no string per row). */
  cats: Map<string, Counter> | null = new Map();
  numCats: Map<number, Counter> | null = new Map();
  constructor(readonly name: string) {}

  private overflow(): void {
    this.cats = null;
    this.numCats = null;
  }

  private pushNumber(v: number): void {
    if (this.n === this.numbers.length) {
      const next = new Float64Array(this.n * 2);
      next.set(this.numbers);
      this.numbers = next;
    }
    this.numbers[this.n++] = v;
  }

  add(v: unknown): void {
    if (v === null || v === undefined || v === '') {
      this.nulls++;
      return;
    }
    if (typeof v === 'number') {
      this.pushNumber(v);
      const m = this.numCats;
      if (!m) return;
      const c = m.get(v);
      if (c !== undefined) c.n++;
      else if (m.size + (this.cats as Map<string, Counter>).size >= MAX_CATEGORIES) this.overflow();
      else m.set(v, { n: 1 });
      return;
    }
    // An integer beyond 2^53: numeric for the distribution, a category by its exact digits.
    if (typeof v === 'bigint') this.pushNumber(Number(v));
    else this.others++;
    const m = this.cats;
    if (!m) return;
    const k =
      typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? 'true' : 'false') : jsonText(v);
    const c = m.get(k);
    if (c !== undefined) c.n++;
    else if (m.size + (this.numCats as Map<number, Counter>).size >= MAX_CATEGORIES)
      this.overflow();
    else m.set(k, { n: 1 });
  }

  take(): ColumnDigest {
    // Numbers key as JSON text (-0 and 0 are one key, as JSON.stringify has it). The order of
    // first appearance does not matter to the fold: past MAX_CATEGORIES distinct it drops them all.
    let cats: Array<[string, number]> | null = null;
    if (this.cats && this.numCats) {
      cats = [];
      for (const [k, c] of this.cats) cats.push([k, c.n]);
      for (const [x, c] of this.numCats) cats.push([JSON.stringify(x), c.n]);
    }
    return {
      name: this.name,
      nulls: this.nulls,
      others: this.others,
      numbers: this.numbers.slice(0, this.n),
      cats,
    };
  }
}

class Hashes {
  hi: Uint32Array;
  lo: Uint32Array;
  present: Uint8Array;
  constructor(cap: number) {
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.present = new Uint8Array(cap);
  }
  grow(cap: number): void {
    const { hi, lo, present } = this;
    this.hi = new Uint32Array(cap);
    this.hi.set(hi);
    this.lo = new Uint32Array(cap);
    this.lo.set(lo);
    this.present = new Uint8Array(cap);
    this.present.set(present);
  }
  take(n: number): HashDigest {
    return { hi: this.hi.slice(0, n), lo: this.lo.slice(0, n), present: this.present.slice(0, n) };
  }
}

type Test = (row: Record<string, unknown>, line: number, record: number) => void;

/** Fed every parsed record of a chunk (in order) through `tap`; `take` returns the digest and resets. */
export class ChunkDigester {
  private n = 0;
  private cap = 1024;
  private lines = new Uint32Array(this.cap);
  private records = new Uint32Array(this.cap);
  private objects = new Uint8Array(this.cap);
  private testState: TestDigest[] = [];
  private valueMaps: Array<Map<string, number> | undefined> = [];
  private readonly tests: Test[] = [];
  private keyHashes: Hashes[] = [];
  private rowHashes?: Hashes;
  private columns = new Map<string, Column>();
  private readonly one: unknown[] = [undefined];
  /** The last record shape seen (keys in order), its hash, and its drift columns (auto mode). */
  private shapeKeys: string[] = [];
  private shapeHi = 0;
  private shapeLo = 0;
  private shapeCols: Array<Column | undefined> = [];

  constructor(
    private readonly plan: DigestPlan,
    private readonly samples: number,
  ) {
    plan.tests.forEach((t, i) => this.tests.push(this.test(t, i)));
    this.reset();
  }

  private reset(): void {
    this.n = 0;
    this.testState = this.plan.tests.map(() => ({ checked: 0, unexpected: 0, samples: [] }));
    this.valueMaps = this.plan.tests.map((t) => (t.kind === 'categories' ? new Map() : undefined));
    this.keyHashes = this.plan.keys.map(() => new Hashes(this.cap));
    this.rowHashes = this.plan.rowHash ? new Hashes(this.cap) : undefined;
    this.columns = new Map();
    for (const c of this.plan.drift?.columns ?? []) this.columns.set(c, new Column(c));
    this.shapeKeys = [];
  }

  /** Records of one shape share the hash of their keys and their column lookups. */
  private shape(row: Record<string, unknown>): void {
    const keys = this.shapeKeys;
    let j = 0;
    let same = true;
    for (const k in row) {
      if (keys[j] !== k) {
        same = false;
        break;
      }
      j++;
    }
    if (same && j === keys.length) return;
    this.shapeKeys = Object.keys(row);
    this.shapeHi = hashKeys(this.shapeKeys);
    this.shapeLo = hashLo;
    if (this.plan.drift && !this.plan.drift.columns)
      this.shapeCols = this.shapeKeys.map((k) => {
        let c = this.columns.get(k);
        // Per chunk, the first MAX_AUTO_COLUMNS names seen; the fold keeps the first
        // MAX_AUTO_COLUMNS over the whole file (the same set unless rows vary their keys).
        if (!c && this.columns.size < MAX_AUTO_COLUMNS) this.columns.set(k, (c = new Column(k)));
        return c;
      });
  }

  private flag(i: number, line: number, record: number, col: string, v: unknown, msg: string) {
    const s = this.testState[i] as TestDigest;
    s.unexpected++;
    if (s.samples.length < this.samples)
      s.samples.push(sampleOf(line, record, pointer(col), v, msg));
  }

  private test(t: ColumnTestPlan, i: number): Test {
    const col = t.column;
    if (t.kind === 'null_share')
      return (row, line, record) => {
        (this.testState[i] as TestDigest).checked++;
        const v = field(row, col);
        if (isNull(v)) this.flag(i, line, record, col, v, 'null or missing');
      };
    if (t.kind === 'categories') {
      const allowed = new Set(t.allowed);
      return (row, line, record) => {
        const v = field(row, col);
        if (isNull(v)) return;
        (this.testState[i] as TestDigest).checked++;
        const k = typeof v === 'string' ? v : jsonText(v);
        if (allowed.has(k)) return;
        const values = this.valueMaps[i] as Map<string, number>;
        values.set(k, (values.get(k) ?? 0) + 1);
        this.flag(i, line, record, col, v, `${show(v)} is not an allowed value`);
      };
    }
    const lo = t.lo ?? -Infinity;
    const hi = t.hi ?? Infinity;
    return (row, line, record) => {
      const v = field(row, col);
      if (isNull(v)) return;
      (this.testState[i] as TestDigest).checked++;
      // A BigInt compares with the bounds exactly.
      const numeric = typeof v === 'number' || typeof v === 'bigint';
      if (numeric && v >= lo && v <= hi) return;
      this.flag(
        i,
        line,
        record,
        col,
        v,
        numeric ? `${v} is out of range` : `${show(v)} is not a number`,
      );
    };
  }

  private grow(): void {
    const cap = this.cap * 2;
    const { lines, records, objects } = this;
    this.lines = new Uint32Array(cap);
    this.lines.set(lines);
    this.records = new Uint32Array(cap);
    this.records.set(records);
    this.objects = new Uint8Array(cap);
    this.objects.set(objects);
    for (const h of this.keyHashes) h.grow(cap);
    this.rowHashes?.grow(cap);
    this.cap = cap;
  }

  tap(line: number, record: number, value: unknown): void {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.lines[i] = line;
    this.records[i] = record;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    this.objects[i] = 1;
    const row = value as Record<string, unknown>;
    for (const t of this.tests) t(row, line, record);
    const { keys } = this.plan;
    for (let k = 0; k < keys.length; k++) {
      const cols = keys[k] as string[];
      const h = this.keyHashes[k] as Hashes;
      let hi: number;
      if (cols.length === 1) {
        const v = field(row, cols[0] as string);
        if (isNull(v)) continue;
        this.one[0] = v;
        hi = hashValues(this.one);
      } else {
        const vs = cols.map((c) => field(row, c));
        if (vs.some(isNull)) continue;
        hi = hashValues(vs);
      }
      h.hi[i] = hi;
      h.lo[i] = hashLo;
      h.present[i] = 1;
    }
    const auto = this.plan.drift && !this.plan.drift.columns;
    if (this.rowHashes || auto) {
      this.shape(row);
      const values = Object.values(row);
      if (this.rowHashes) {
        this.rowHashes.hi[i] = hashShaped(this.shapeHi, this.shapeLo, values);
        this.rowHashes.lo[i] = hashLo;
        this.rowHashes.present[i] = 1;
      }
      if (auto) {
        const cols = this.shapeCols;
        for (let j = 0; j < values.length; j++) cols[j]?.add(values[j]);
      }
    }
    if (this.plan.drift?.columns) for (const c of this.columns.values()) c.add(field(row, c.name));
  }

  get size(): number {
    return this.n;
  }

  take(): ChunkDigest {
    const n = this.n;
    const d: ChunkDigest = {
      n,
      lines: this.lines.slice(0, n),
      records: this.records.slice(0, n),
      objects: this.objects.slice(0, n),
      tests: this.testState.map((s, i) => {
        const values = this.valueMaps[i];
        return values ? { ...s, values: [...values] } : s;
      }),
      keys: this.keyHashes.map((h) => h.take(n)),
      ...(this.rowHashes ? { rows: this.rowHashes.take(n) } : {}),
      ...(this.plan.drift ? { columns: [...this.columns.values()].map((c) => c.take()) } : {}),
    };
    this.objects.fill(0, 0, n);
    this.reset();
    return d;
  }
}

/** The buffers of a digest, to transfer instead of copy. */
export function digestBuffers(d: ChunkDigest): ArrayBuffer[] {
  const out: ArrayBuffer[] = [d.lines.buffer, d.records.buffer, d.objects.buffer] as ArrayBuffer[];
  for (const h of d.rows ? [...d.keys, d.rows] : d.keys)
    out.push(
      h.hi.buffer as ArrayBuffer,
      h.lo.buffer as ArrayBuffer,
      h.present.buffer as ArrayBuffer,
    );
  for (const c of d.columns ?? []) out.push(c.numbers.buffer as ArrayBuffer);
  return out;
}
