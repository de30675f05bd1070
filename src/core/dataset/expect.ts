// Row-level expectations, counted exactly in one pass: null share, allowed categories, value
// ranges, uniqueness of a column or a composite key, duplicated rows and leakage across splits.
// Uniqueness and duplicates remember a 64-bit hash per distinct value (see hash.ts), not the value.
import { HashTable, hashLo, hashRecord, hashValues } from './hash.js';
import type { Flag } from './read.js';
import type { DatasetConfig, ExpectationResult, Severity } from './types.js';

export const MAX_NEW_VALUES = 20;

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

function isNull(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

function pointer(column: string): string {
  return `/${column.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

type RowTest = (row: Record<string, unknown>, flags: Flag[]) => void;

/** Where a row was first seen: file index and 1-based row number in one safe integer. */
const ROW_BITS = 2 ** 32;

export class Expectations {
  readonly checks: Check[] = [];
  private tests: RowTest[] = [];
  private rowHashes?: HashTable;
  private keyHashes?: HashTable;
  private dupCheck?: Check;
  private leakCheck?: Check;
  private leakKey?: string[];
  rows = 0;
  nonObjects = 0;
  /** Set per file by the caller. */
  fileIndex = 0;
  split = 0;
  private rowInFile = 0;

  constructor(
    config: NonNullable<DatasetConfig['expectations']>,
    private readonly files: string[],
    private readonly splitOf: number[],
    private readonly splitNames: string[],
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
      this.leakKey = o.key;
      this.leakCheck = this.add({
        key: 'leakage',
        kind: 'leakage',
        rule: o.key?.length ? `no ${o.key.join(' + ')} in two splits` : 'no row in two splits',
        severity: o.severity ?? 'fail',
        mostly: 1,
      });
      if (o.key?.length) this.keyHashes = new HashTable();
      else this.rowHashes ??= new HashTable();
    }
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
    const ptr = pointer(column);
    if (e.max_null_share !== undefined) {
      const c = this.add({
        key: `column:${column}:max_null_share`,
        kind: 'null_share',
        column,
        rule: `null share ≤ ${e.max_null_share}`,
        severity,
        mostly: 1,
        maxShare: e.max_null_share,
      });
      this.tests.push((row, flags) => {
        c.checked++;
        if (isNull(row[column])) {
          c.unexpected++;
          flags.push({ check: c.key, pointer: ptr, message: 'null or missing' });
        }
      });
    }
    if (e.categories) {
      const allowed = new Set(
        e.categories.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      );
      const c = this.add({
        key: `column:${column}:categories`,
        kind: 'categories',
        column,
        rule: `one of ${e.categories.length} allowed values`,
        severity,
        mostly,
        values: new Map(),
      });
      const values = c.values as Map<string, number>;
      this.tests.push((row, flags) => {
        const v = row[column];
        if (isNull(v)) return;
        c.checked++;
        const k = typeof v === 'string' ? v : JSON.stringify(v);
        if (allowed.has(k)) return;
        c.unexpected++;
        const n = values.get(k);
        if (n !== undefined) values.set(k, n + 1);
        else if (values.size < 1000) values.set(k, 1);
        flags.push({ check: c.key, pointer: ptr, message: `${show(v)} is not an allowed value` });
      });
    }
    if (e.min !== undefined || e.max !== undefined) {
      const lo = e.min ?? -Infinity;
      const hi = e.max ?? Infinity;
      const c = this.add({
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
      });
      this.tests.push((row, flags) => {
        const v = row[column];
        if (isNull(v)) return;
        c.checked++;
        if (typeof v === 'number' && v >= lo && v <= hi) return;
        c.unexpected++;
        flags.push({
          check: c.key,
          pointer: ptr,
          message: typeof v === 'number' ? `${v} is out of range` : `${show(v)} is not a number`,
        });
      });
    }
    if (e.unique) this.uniqueKey([column], mostly, severity);
  }

  private uniqueKey(columns: string[], mostly = 1, severity: Severity = 'fail'): void {
    const seen = new HashTable();
    const name = columns.join(' + ');
    const c = this.add({
      key: `unique:${columns.join(',')}`,
      kind: 'unique',
      ...(columns.length === 1 ? { column: columns[0] } : {}),
      rule: `${name} unique`,
      severity,
      mostly,
    });
    const one: unknown[] = [undefined];
    const single = columns.length === 1 ? (columns[0] as string) : undefined;
    const ptr = pointer(columns[0] as string);
    this.tests.push((row, flags) => {
      let hi: number;
      if (single !== undefined) {
        const v = row[single];
        if (isNull(v)) return;
        one[0] = v;
        hi = hashValues(one);
      } else {
        const vs = columns.map((k) => row[k]);
        if (vs.some(isNull)) return;
        hi = hashValues(vs);
      }
      c.checked++;
      if (seen.setIfAbsent(hi, hashLo, 0) === -1) return;
      c.unexpected++;
      flags.push({
        check: c.key,
        pointer: single !== undefined ? ptr : '',
        message: `${name} ${show(single !== undefined ? row[single] : columns.map((k) => row[k]))} is repeated`,
      });
    });
  }

  startFile(fileIndex: number): void {
    this.fileIndex = fileIndex;
    this.split = this.splitOf[fileIndex] ?? -1;
    this.rowInFile = 0;
  }

  private where(code: number): string {
    const file = Math.floor(code / ROW_BITS);
    return `${this.files[file]} row ${code % ROW_BITS}`;
  }

  private splitName(code: number): string {
    return this.splitNames[this.splitOf[Math.floor(code / ROW_BITS)] ?? -1] ?? '?';
  }

  /** The sink for one record of the current file. */
  row(value: unknown): Flag[] | undefined {
    this.rows++;
    const code = this.fileIndex * ROW_BITS + ++this.rowInFile;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.nonObjects++;
      return undefined;
    }
    const row = value as Record<string, unknown>;
    const flags: Flag[] = [];
    for (const t of this.tests) t(row, flags);
    if (this.rowHashes) {
      const hi = hashRecord(row);
      const prev = this.rowHashes.setIfAbsent(hi, hashLo, code);
      if (this.dupCheck) this.dupCheck.checked++;
      if (prev !== -1) {
        const other = this.splitOf[Math.floor(prev / ROW_BITS)] ?? -1;
        if (other === this.split || this.split === -1 || other === -1) {
          if (this.dupCheck) {
            this.dupCheck.unexpected++;
            flags.push({
              check: 'duplicates',
              pointer: '',
              message: `same row as ${this.where(prev)}`,
            });
          }
        } else if (this.leakCheck && !this.keyHashes) {
          this.leakCheck.unexpected++;
          flags.push({
            check: 'leakage',
            pointer: '',
            message: `same row in split ${this.splitName(prev)} (${this.where(prev)})`,
          });
        }
      }
    }
    if (this.leakCheck && this.split !== -1) {
      this.leakCheck.checked++;
      if (this.keyHashes) {
        const key = this.leakKey as string[];
        const vs = key.map((k) => row[k]);
        if (!vs.some(isNull)) {
          const hi = hashValues(vs);
          const prev = this.keyHashes.setIfAbsent(hi, hashLo, code);
          if (prev !== -1 && (this.splitOf[Math.floor(prev / ROW_BITS)] ?? -1) !== this.split) {
            this.leakCheck.unexpected++;
            flags.push({
              check: 'leakage',
              pointer: key.length === 1 ? pointer(key[0] as string) : '',
              message: `${key.join(' + ')} ${show(key.length === 1 ? vs[0] : vs)} also in split ${this.splitName(prev)} (${this.where(prev)})`,
            });
          }
        }
      }
    }
    return flags.length ? flags : undefined;
  }
}
