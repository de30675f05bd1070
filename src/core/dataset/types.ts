// Dataset checks beyond the row schema: the config block of a validate entry (already
// schema-checked, snake_case) and the `details.dataset` part of a validate result.
import type { BaselineConfig, BaselineInfo } from '../compare/types.js';
import type { Status } from '../result.js';

export type Severity = 'fail' | 'warn';

export interface ColumnExpectation {
  max_null_share?: number;
  categories?: Array<string | number | boolean>;
  min?: number;
  max?: number;
  unique?: boolean;
  mostly?: number;
  severity?: Severity;
}

export interface DatasetConfig {
  expectations?: {
    row_count?: {
      min?: number;
      max?: number;
      /** Against the reference dataset: a count of rows or a percentage ("5%"). */
      max_drop?: number | string;
      max_increase?: number | string;
      severity?: Severity;
    };
    columns?: Record<string, ColumnExpectation>;
    unique_keys?: Array<{ columns: string[]; mostly?: number; severity?: Severity }>;
    duplicates?: { mostly?: number; severity?: Severity } | boolean;
    leakage?: { key?: string[]; severity?: Severity } | boolean;
  };
  /** Split name → files or globs (each among the entry's data files). */
  splits?: Record<string, string | string[]>;
  drift?: {
    /**
     * The reference (production / training) data: workspace files or globs, or one file from the
     * same places as compare's baseline ({ path }, { base_branch, path }, { artifact }).
     */
    reference: string | string[] | BaselineConfig;
    /** A reference that does not exist (yet): fail (default), warn or pass, never silently. */
    missing_reference?: 'fail' | 'warn' | 'pass';
    columns?: string[];
    psi_warn?: number;
    psi_fail?: number;
    bins?: number;
    alpha?: number;
    /** What a significant KS / chi-square test (Holm-adjusted) does on its own. */
    test_severity?: 'none' | Severity;
    per_column?: Record<string, { psi_warn?: number; psi_fail?: number; skip?: boolean }>;
  };
  /** The same checks on the base branch's data (checked out in `base_dir`), to gate only on new debt. */
  ratchet?: {
    base_dir?: string;
    /**
     * Or where the base's data comes from, as compare's baseline: { path } (a checkout in the
     * workspace), { base_branch: true, path } or { artifact: { … path } }, path being the folder
     * the data files' paths start from ("." for the repository root).
     */
    base?: BaselineConfig;
    policy?: 'new-only' | 'all';
  };
}

/**
 * How the current data compares with the base branch's: details.ratchet. Where the base's data
 * came from (a remote base: commit, run) uses compare's baseline vocabulary.
 */
export interface RatchetDetails extends Partial<
  Omit<BaselineInfo, 'source' | 'path' | 'examples'>
> {
  baseDir: string;
  policy: 'new-only' | 'all';
  baseRows: number;
  baseInvalidRows: number;
  /** Invalid rows beyond the base's count: what new-only gates on. */
  introducedInvalidRows: number;
  baseStatus: Status;
  source?: BaselineInfo['source'];
  /** Data files the base did not have: all their rows count as new. */
  missingFiles?: string[];
}

export interface DatasetSample {
  file: string;
  line: number;
  value: string;
  message: string;
}

export interface ExpectationResult {
  /** Stable key, e.g. "column:label:max_null_share". */
  key: string;
  kind: 'row_count' | 'null_share' | 'categories' | 'range' | 'unique' | 'duplicates' | 'leakage';
  column?: string;
  rule: string;
  severity: Severity;
  mostly?: number;
  /** Rows the expectation looked at, and those that broke it. */
  checked: number;
  unexpected: number;
  share: number;
  observed?: number;
  status: Status;
  reason: string;
  samples: DatasetSample[];
  /** With a ratchet: the same expectation on the base branch's data. */
  base?: { checked: number; unexpected: number; status: Status };
  /** new: fails here, passed on the base; existing: failed on the base too, not worse; worse. */
  origin?: 'new' | 'existing' | 'worse';
  /** New values (allowed categories), most frequent first. */
  values?: Array<{ value: string; count: number }>;
}

export interface DriftBin {
  label: string;
  ref: number;
  cur: number;
}

export interface DriftColumn {
  name: string;
  type: 'numeric' | 'categorical' | 'skipped';
  psi?: number;
  test?: 'ks' | 'chi2';
  statistic?: number;
  df?: number;
  pValue?: number;
  pAdjusted?: number;
  refN: number;
  curN: number;
  /** The numbers came from uniform samples (reservoirs), not every value. */
  sampled?: boolean;
  psiWarn: number;
  psiFail: number;
  status: Status;
  reason: string;
  bins?: DriftBin[];
}

/** Which reference was used: the paths read, and where they came from (as compare's baseline). */
export interface ReferenceInfo extends Omit<BaselineInfo, 'path' | 'examples'> {
  paths: string[];
  rows: number;
  bytes?: number;
  /** Set when the reference is missing: what missing_reference made of it. */
  status?: Status;
}

export interface DatasetDetails {
  status: Status;
  expectations: ExpectationResult[];
  drift?: {
    reference: ReferenceInfo;
    alpha: number;
    correction: 'holm';
    sampleSize: number;
    columns: DriftColumn[];
  };
  splits?: Array<{ name: string; files: string[]; rows: number }>;
  durationMs?: number;
}
