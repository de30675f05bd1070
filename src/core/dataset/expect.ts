// Row-level expectations, counted exactly: null share, allowed categories, value ranges,
// uniqueness of a column or a composite key, duplicated rows and leakage across splits. The
// per-record work happens where records are parsed (digest.ts); this side folds the chunk
// digests in file order. Uniqueness and duplicates remember a 64-bit hash per distinct value
// (see hash.ts), not the value; the few repeats shown as samples are read back from their chunk
// once the pass is over (a `Pending`), so no row is kept in memory just in case.
import { field } from './field.js';
import { HashTable } from './hash.js';
import {
  pointer,
  sampleOf,
  show,
  type ChunkDigest,
  type DigestPlan,
  type HashDigest,
} from './digest.js';
import type { Sample } from '../validate/types.js';
import { KeyRun, LINE_BITS, encodeRun, mergeRuns, type RunView, type RunRef } from './key-runs.js';
import type { Section } from './state-file.js';
import type { DatasetConfig, DatasetSample, ExpectationResult, Severity } from './types.js';

export const MAX_NEW_VALUES = 20;
/** Disallowed values counted per categories check (the report shows the top MAX_NEW_VALUES). */
const MAX_TRACKED_VALUES = 1000;

export interface Check {
  key: string;
  kind: ExpectationResult['kind'];
  column?: string;
  rule: string;
  severity: Severity;
  mostly: number;
  checked: number;
  unexpected: number;
  /** max_null_share: the largest allowed share of nulls. */
  maxShare?: number;
  values?: Map<string, number>;
}

/** Where a chunk came from, so a record in it can be read again. */
export interface ChunkOrigin {
  /** Index of the file among the entry's data files. */
  file: number;
  /** Byte range of the file the chunk covered (undefined: the whole file, a `.json` array). */
  offset?: number;
  bytes?: number;
}

/** A repeat to show as a sample: its record is read back after the pass to fill the value in. */
export interface Pending {
  check: string;
  origin: ChunkOrigin;
  /** Chunk-relative record index. */
  record: number;
  /** The file's line. */
  line: number;
  describe: (row: unknown) => { ptr: string; value: unknown; message: string };
}

/** A shard's counts, samples and key runs (key-runs.ts): what the merge folds. */
export interface ExpectationsState {
  /** Per check, in config order. */
  checks: Array<{
    key: string;
    checked: number;
    unexpected: number;
    values?: Array<[string, number]>;
  }>;
  samples: Record<string, DatasetSample[]>;
  /** One run per hash table (in the side file): unique keys in order, then rows, then the leakage key. */
  runs: RunRef[];
}

/** A repeat found by the merge, to show as a sample once its record is read back. */
export type Locate = (code: number) => Pick<Pending, 'origin' | 'record'> | undefined;

function valueOf(row: unknown, column: string): unknown {
  return row !== null && typeof row === 'object'
    ? field(row as Record<string, unknown>, column)
    : undefined;
}

/** A repeated key: the key's value (the row for a composite key) and the message. */
function keySample(columns: string[], tail: string): Pending['describe'] {
  const one = columns.length === 1;
  return (row) => {
    const value = one ? valueOf(row, columns[0] as string) : columns.map((c) => valueOf(row, c));
    return {
      ptr: one ? pointer(columns[0] as string) : '',
      value: one ? value : row,
      message: `${columns.join(' + ')} ${show(value)} ${tail}`,
    };
  };
}

/** A repeated row: the row itself. */
function rowSample(message: string): Pending['describe'] {
  return (row) => ({ ptr: '', value: row, message });
}

export class Expectations {
  readonly checks: Check[] = [];
  readonly plan: DigestPlan = { tests: [], keys: [], rowHash: false };
  /** Samples per check key, file order. */
  readonly samples = new Map<string, DatasetSample[]>();
  readonly pending: Pending[] = [];
  private readonly queued = new Map<string, number>();
  private readonly testChecks: Check[] = [];
  private readonly keyChecks: Array<{ check: Check; columns: string[]; seen: HashTable }> = [];
  private rowHashes?: HashTable;
  private dupCheck?: Check;
  private leakCheck?: Check;
  private leakKey?: { columns: string[]; seen: HashTable; index: number };
  private fileIndex = 0;
  private split = -1;
  private lineBase = 0;

  constructor(
    config: NonNullable<DatasetConfig['expectations']>,
    private readonly files: string[],
    private readonly splitOf: number[],
    private readonly splitNames: string[],
    private readonly maxSamples: number,
    /** Shard mode: record every key (key-runs.ts) instead of finding repeats here. */
    record = false,
  ) {
    for (const [column, e] of Object.entries(config.columns ?? {})) this.column(column, e);
    for (const k of config.unique_keys ?? []) this.uniqueKey(k.columns, k.mostly, k.severity);
    const dup = config.duplicates;
    if (dup) {
      const o = dup === true ? {} : dup;
      this.dupCheck = this.add({
        key: 'duplicates',
        kind: 'duplicates',
        rule: 'no duplicated rows',
        severity: o.severity ?? 'fail',
        mostly: o.mostly ?? 1,
      });
      this.rowHashes = new HashTable();
    }
    const leak = config.leakage;
    if (leak) {
      const o = leak === true ? {} : leak;
      this.leakCheck = this.add({
        key: 'leakage',
        kind: 'leakage',
        rule: o.key?.length ? `no ${o.key.join(' + ')} in two splits` : 'no row in two splits',
        severity: o.severity ?? 'fail',
        mostly: 1,
      });
      if (o.key?.length) {
        this.leakKey = { columns: o.key, seen: new HashTable(), index: this.plan.keys.length };
        this.plan.keys.push(o.key);
      } else this.rowHashes ??= new HashTable();
    }
    this.plan.rowHash = this.rowHashes !== undefined;
    if (record) this.runs = this.tables().map(() => new KeyRun());
  }

  private runs?: KeyRun[];

  /** The hash tables in state order: unique keys, rows, the leakage key. */
  private tables(): HashTable[] {
    return [
      ...this.keyChecks.map((k) => k.seen),
      ...(this.rowHashes ? [this.rowHashes] : []),
      ...(this.leakKey ? [this.leakKey.seen] : []),
    ];
  }

  /** A table's setIfAbsent; in shard mode the key is recorded and nothing is a repeat yet. */
  private see(table: number, seen: HashTable, hi: number, lo: number, code: number): number {
    if (!this.runs) return seen.setIfAbsent(hi, lo, code);
    (this.runs[table] as KeyRun).push(hi, lo, code);
    return -1;
  }

  private add(c: Omit<Check, 'checked' | 'unexpected'>): Check {
    const check: Check = { ...c, checked: 0, unexpected: 0 };
    this.checks.push(check);
    return check;
  }

  private column(
    column: string,
    e: NonNullable<NonNullable<DatasetConfig['expectations']>['columns']>[string],
  ): void {
    const severity = e.severity ?? 'fail';
    const mostly = e.mostly ?? 1;
    if (e.max_null_share !== undefined) {
      this.testChecks.push(
        this.add({
          key: `column:${column}:max_null_share`,
          kind: 'null_share',
          column,
          rule: `null share ≤ ${e.max_null_share}`,
          severity,
          mostly: 1,
          maxShare: e.max_null_share,
        }),
      );
      this.plan.tests.push({ kind: 'null_share', column });
    }
    if (e.categories) {
      this.testChecks.push(
        this.add({
          key: `column:${column}:categories`,
          kind: 'categories',
          column,
          rule: `one of ${e.categories.length} allowed values`,
          severity,
          mostly,
          values: new Map(),
        }),
      );
      this.plan.tests.push({
        kind: 'categories',
        column,
        allowed: e.categories.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      });
    }
    if (e.min !== undefined || e.max !== undefined) {
      this.testChecks.push(
        this.add({
          key: `column:${column}:range`,
          kind: 'range',
          column,
          rule:
            e.min !== undefined && e.max !== undefined
              ? `${e.min} ≤ value ≤ ${e.max}`
              : e.min !== undefined
                ? `value ≥ ${e.min}`
                : `value ≤ ${e.max}`,
          severity,
          mostly,
        }),
      );
      this.plan.tests.push({
        kind: 'range',
        column,
        ...(e.min !== undefined ? { lo: e.min } : {}),
        ...(e.max !== undefined ? { hi: e.max } : {}),
      });
    }
    if (e.unique) this.uniqueKey([column], mostly, severity);
  }

  private uniqueKey(columns: string[], mostly = 1, severity: Severity = 'fail'): void {
    const check = this.add({
      key: `unique:${columns.join(',')}`,
      kind: 'unique',
      ...(columns.length === 1 ? { column: columns[0] } : {}),
      rule: `${columns.join(' + ')} unique`,
      severity,
      mostly,
    });
    this.keyChecks.push({ check, columns, seen: new HashTable() });
    this.plan.keys.push(columns);
  }

  /** Sizes the hash tables for about `rows` rows up front (growing them costs a rehash each time). */
  reserve(rows: number): void {
    if (this.runs) return;
    for (const k of this.keyChecks) k.seen.reserve(rows);
    this.rowHashes?.reserve(rows);
    this.leakKey?.seen.reserve(rows);
  }

  /** Before the first chunk of a file: `lineBase` is the lines before its records (a CSV header). */
  startFile(fileIndex: number, lineBase = 0): void {
    this.fileIndex = fileIndex;
    this.split = this.splitOf[fileIndex] ?? -1;
    this.lineBase = lineBase;
  }

  private where(code: number): string {
    const file = Math.floor(code / LINE_BITS);
    return `${this.files[file]} line ${code % LINE_BITS}`;
  }

  private splitName(code: number): string {
    return this.splitNames[this.splitOf[Math.floor(code / LINE_BITS)] ?? -1] ?? '?';
  }

  private sample(key: string, s: Sample): void {
    let list = this.samples.get(key);
    if (!list) this.samples.set(key, (list = []));
    if (list.length < this.maxSamples)
      list.push({
        file: this.files[this.fileIndex] as string,
        line: s.line,
        value: s.value,
        message: s.message,
      });
  }

  private repeat(
    check: Check,
    origin: ChunkOrigin,
    d: ChunkDigest,
    i: number,
    /** Called only for the repeats kept as samples: the message costs a string. */
    describe: () => Pending['describe'],
  ): void {
    check.unexpected++;
    const queued = this.queued.get(check.key) ?? 0;
    if (queued >= this.maxSamples) return;
    this.queued.set(check.key, queued + 1);
    this.pending.push({
      check: check.key,
      origin,
      record: d.records[i] as number,
      line: this.lineBase + (d.lines[i] as number),
      describe: describe(),
    });
  }

  /** A chunk without parsed records (an oversized one): only its lines count. */
  skipLines(lines: number): void {
    this.lineBase += lines;
  }

  /** One chunk's digest, chunks in file order; `chunkLines` (the lines it spans) advances the file's line base. */
  fold(d: ChunkDigest, origin: ChunkOrigin, chunkLines: number): void {
    this.testChecks.forEach((c, t) => {
      const td = d.tests[t];
      if (!td) return;
      c.checked += td.checked;
      c.unexpected += td.unexpected;
      for (const s of td.samples) this.sample(c.key, { ...s, line: s.line + this.lineBase });
      if (c.values && td.values)
        for (const [k, n] of td.values) {
          const prev = c.values.get(k);
          if (prev !== undefined) c.values.set(k, prev + n);
          else if (c.values.size < MAX_TRACKED_VALUES) c.values.set(k, n);
        }
    });
    const keyHashes = this.keyChecks.map((_, k) => d.keys[k] as HashDigest);
    const leakHashes = this.leakKey ? d.keys[this.leakKey.index] : undefined;
    for (let i = 0; i < d.n; i++) {
      if (!d.objects[i]) continue;
      const code = this.fileIndex * LINE_BITS + this.lineBase + (d.lines[i] as number);
      for (let k = 0; k < this.keyChecks.length; k++) {
        const h = keyHashes[k] as HashDigest;
        if (!h.present[i]) continue;
        const kc = this.keyChecks[k] as (typeof this.keyChecks)[number];
        kc.check.checked++;
        if (this.see(k, kc.seen, h.hi[i] as number, h.lo[i] as number, code) === -1) continue;
        this.repeat(kc.check, origin, d, i, () => keySample(kc.columns, 'is repeated'));
      }
      if (this.rowHashes && d.rows) {
        const prev = this.see(
          this.keyChecks.length,
          this.rowHashes,
          d.rows.hi[i] as number,
          d.rows.lo[i] as number,
          code,
        );
        if (this.dupCheck) this.dupCheck.checked++;
        if (prev !== -1) {
          const other = this.splitOf[Math.floor(prev / LINE_BITS)] ?? -1;
          if (other === this.split || this.split === -1 || other === -1) {
            if (this.dupCheck)
              this.repeat(this.dupCheck, origin, d, i, () =>
                rowSample(`same row as ${this.where(prev)}`),
              );
          } else if (this.leakCheck && !this.leakKey) {
            this.repeat(this.leakCheck, origin, d, i, () =>
              rowSample(`same row in split ${this.splitName(prev)} (${this.where(prev)})`),
            );
          }
        }
      }
      if (this.leakCheck && this.split !== -1) {
        this.leakCheck.checked++;
        if (this.leakKey && leakHashes?.present[i]) {
          const prev = this.see(
            this.keyChecks.length + (this.rowHashes ? 1 : 0),
            this.leakKey.seen,
            leakHashes.hi[i] as number,
            leakHashes.lo[i] as number,
            code,
          );
          if (prev !== -1 && (this.splitOf[Math.floor(prev / LINE_BITS)] ?? -1) !== this.split) {
            const columns = this.leakKey.columns;
            this.repeat(this.leakCheck, origin, d, i, () =>
              keySample(columns, `also in split ${this.splitName(prev)} (${this.where(prev)})`),
            );
          }
        }
      }
    }
    this.lineBase += chunkLines;
  }

  /** The line base of the file being folded: where the next chunk's lines start. */
  get lines(): number {
    return this.lineBase;
  }

  /** Shard mode: the counts, first samples and the key runs (their bytes go to `add`). */
  state(add: (bytes: Uint8Array) => Section): ExpectationsState {
    return {
      checks: this.checks.map((c) => ({
        key: c.key,
        checked: c.checked,
        unexpected: c.unexpected,
        ...(c.values ? { values: [...c.values] } : {}),
      })),
      samples: Object.fromEntries(this.samples),
      runs: (this.runs ?? []).map((r) => encodeRun(r, add)),
    };
  }

  /** Merge: one shard's state (shards in input order); checks must be the same list. */
  absorb(st: ExpectationsState): void {
    this.checks.forEach((c, i) => {
      const sc = st.checks[i];
      if (!sc || sc.key !== c.key) throw new Error(`the shards' checks differ at ${c.key}`);
      c.checked += sc.checked;
      c.unexpected += sc.unexpected;
      if (c.values)
        for (const [k, n] of sc.values ?? []) {
          const prev = c.values.get(k);
          if (prev !== undefined) c.values.set(k, prev + n);
          else if (c.values.size < MAX_TRACKED_VALUES) c.values.set(k, n);
        }
    });
    for (const [key, list] of Object.entries(st.samples)) {
      let all = this.samples.get(key);
      if (!all) this.samples.set(key, (all = []));
      all.push(...list);
    }
  }

  /**
   * Merge: the repeats over all shards' key runs (`runs[table]`: that table's run of each
   * shard), counted and sampled as one pass over the whole input would; samples (the first ones
   * by position) are located by `locate` and read back by the caller (settle).
   */
  replay(runs: RunView[][], locate: Locate): void {
    const order = new Map(this.files.map((f, i) => [f, i]));
    for (const list of this.samples.values()) {
      list.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line);
      list.length = Math.min(list.length, this.maxSamples);
    }
    const found = new Map<Check, Array<{ code: number; describe: () => Pending['describe'] }>>();
    const hit = (check: Check, code: number, describe: () => Pending['describe']) => {
      check.unexpected++;
      let list = found.get(check);
      if (!list) found.set(check, (list = []));
      if (list.length < this.maxSamples) list.push({ code, describe });
      else if (code < list[list.length - 1]!.code) list[list.length - 1] = { code, describe };
      else return;
      list.sort((a, b) => a.code - b.code);
    };
    const split = (code: number) => this.splitOf[Math.floor(code / LINE_BITS)] ?? -1;
    let t = 0;
    for (const kc of this.keyChecks)
      mergeRuns(runs[t++] ?? [], (code, first) => {
        if (code !== first) hit(kc.check, code, () => keySample(kc.columns, 'is repeated'));
      });
    if (this.rowHashes)
      mergeRuns(runs[t++] ?? [], (code, prev) => {
        if (code === prev) return;
        const here = split(code);
        const other = split(prev);
        if (other === here || here === -1 || other === -1) {
          if (this.dupCheck)
            hit(this.dupCheck, code, () => rowSample(`same row as ${this.where(prev)}`));
        } else if (this.leakCheck && !this.leakKey)
          hit(this.leakCheck, code, () =>
            rowSample(`same row in split ${this.splitName(prev)} (${this.where(prev)})`),
          );
      });
    const leak = this.leakKey;
    if (leak && this.leakCheck)
      mergeRuns(runs[t++] ?? [], (code, prev) => {
        if (code === prev || split(prev) === split(code)) return;
        hit(this.leakCheck as Check, code, () =>
          keySample(leak.columns, `also in split ${this.splitName(prev)} (${this.where(prev)})`),
        );
      });
    for (const [check, list] of found)
      for (const { code, describe } of list) {
        const at = locate(code);
        this.pending.push({
          check: check.key,
          origin: at?.origin ?? { file: Math.floor(code / LINE_BITS) },
          record: at?.record ?? -1,
          line: code % LINE_BITS,
          describe: describe(),
        });
      }
  }

  /** Fills in the samples of repeats once their records were read back. */
  settle(rows: Map<Pending, unknown>): void {
    for (const p of this.pending) {
      const row = rows.get(p);
      const { ptr, value, message } = p.describe(row);
      const s = sampleOf(p.line, p.record, ptr, row === undefined ? undefined : value, message);
      let list = this.samples.get(p.check);
      if (!list) this.samples.set(p.check, (list = []));
      list.push({
        file: this.files[p.origin.file] as string,
        line: p.line,
        value: s.value,
        message: s.message,
      });
    }
    this.pending.length = 0;
  }
}
