// The details of a result are checked against a schema, but the report must never crash on a
// field it did not expect: these readers take `unknown` and return complete, typed views with
// neutral defaults, so a loose or hostile file renders as what it is instead of throwing.

import type { BaselineInfo, MetricRowBase } from '../compare/types.js';
import { isAnyStatus } from '../conventions/status.js';

/** A metric row as the report reads it: the shared fields, with the open-ended ones loosened. */
export interface MetricRow extends MetricRowBase {
  direction?: 'higher' | 'lower';
  test?: string;
}

/** Where the baseline came from, as the report reads it (any source name is shown as given). */
export type BaselineView = Omit<BaselineInfo, 'source' | 'examples'> & { source: string };

export interface CompareView {
  candidatePath?: string;
  baseline: BaselineView;
  metrics: MetricRow[];
  examples?: {
    n?: number;
    candidateOnly?: number;
    baselineOnly?: number;
    sampleMissingIds: string[];
    resamples?: number;
    confidence?: number;
    /** The Bonferroni-adjusted level of the gated rows' intervals. */
    ciConfidence?: number;
    family?: number;
    correction?: string;
    regressed: RegressedView[];
  };
}

export interface RegressedView {
  metric: string;
  count: number;
  improved: number;
  ids: string[];
  textColumn?: string;
  text: string[];
}

export interface SampleView {
  line?: number;
  record?: number;
  /** Parquet: `line` is then the row number. */
  rowGroup?: number;
  pointer: string;
  value: string;
  message: string;
}

export interface GroupView {
  file: string;
  schemaPath: string;
  keyword: string;
  message: string;
  count: number;
  share: number | null;
  samples: SampleView[];
}

export interface ValidateView {
  schemaFile?: string;
  format?: string;
  rows: number | null;
  invalidRows: number | null;
  invalidShare: number | null;
  threshold?: { maxInvalidRows?: string; warnInvalidRows?: string };
  files: Array<{
    path: string;
    format?: string;
    rows: number | null;
    invalidRows: number | null;
    bytes: number | null;
  }>;
  groups: GroupView[];
  omittedGroups: number;
  /** The schema's strict-mode warnings, one line each: file, path and message, those present. */
  schemaWarnings: string[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;
const optNum = (v: unknown): number | undefined => num(v) ?? undefined;
const str = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : undefined;

function metricRow(raw: unknown): MetricRow {
  const m = obj(raw);
  const slice = isObj(m.slice)
    ? { key: str(m.slice.key) ?? '', value: str(m.slice.value) ?? '' }
    : undefined;
  const ci = Array.isArray(m.ci) && m.ci.length === 2 ? [num(m.ci[0]), num(m.ci[1])] : [];
  const status = str(m.status);
  const presence = str(m.presence);
  const direction = str(m.direction);
  return {
    name: str(m.name) ?? '(unnamed)',
    slice,
    presence: presence === 'added' || presence === 'removed' ? presence : 'both',
    baseline: num(m.baseline),
    candidate: num(m.candidate),
    delta: num(m.delta),
    relDelta: num(m.relDelta),
    direction: direction === 'higher' || direction === 'lower' ? direction : undefined,
    rule: str(m.rule),
    gated: m.gated !== false,
    // An unknown status cannot be trusted to mean "fine".
    status: status && isAnyStatus(status) ? status : 'error',
    reason: str(m.reason),
    n: optNum(m.n),
    ci: ci[0] != null && ci[1] != null ? [ci[0], ci[1]] : undefined,
    pValue: optNum(m.pValue),
    pAdjusted: optNum(m.pAdjusted),
    test: str(m.test),
    mde: optNum(m.mde),
  };
}

// The report renders each result up to five times while it shrinks; read each one once.
const compareCache = new WeakMap<object, CompareView>();
const validateCache = new WeakMap<object, ValidateView>();

export function compareView(details: unknown): CompareView {
  if (!isObj(details)) return readCompare(details);
  let view = compareCache.get(details);
  if (!view) compareCache.set(details, (view = readCompare(details)));
  return view;
}

export function validateView(details: unknown): ValidateView {
  if (!isObj(details)) return readValidate(details);
  let view = validateCache.get(details);
  if (!view) validateCache.set(details, (view = readValidate(details)));
  return view;
}

function readCompare(details: unknown): CompareView {
  const d = obj(details);
  const b = obj(d.baseline);
  const ex = isObj(d.examples) ? d.examples : undefined;
  return {
    candidatePath: str(obj(d.candidate).path),
    baseline: {
      source: str(b.source) ?? 'none',
      path: str(b.path),
      ref: str(b.ref),
      sha: str(b.sha),
      workflow: str(b.workflow),
      runId: optNum(b.runId),
      runUrl: str(b.runUrl),
      artifact: str(b.artifact),
      note: str(b.note),
    },
    metrics: arr(d.metrics).map(metricRow),
    examples: ex && {
      n: optNum(ex.n),
      candidateOnly: optNum(ex.candidateOnly),
      baselineOnly: optNum(ex.baselineOnly),
      sampleMissingIds: arr(ex.sampleMissingIds).map((x) => str(x) ?? ''),
      resamples: optNum(ex.resamples),
      confidence: optNum(ex.confidence),
      ciConfidence: optNum(ex.ciConfidence),
      family: optNum(ex.family),
      correction: str(ex.correction),
      regressed: arr(ex.regressed).map(readRegressed),
    },
  };
}

function readRegressed(raw: unknown): RegressedView {
  const r = obj(raw);
  const ids = arr(r.ids).map((x) => str(x) ?? '');
  return {
    metric: str(r.metric) ?? '(unnamed)',
    count: num(r.count) ?? ids.length,
    improved: num(r.improved) ?? 0,
    ids,
    textColumn: str(r.textColumn),
    text: arr(r.text).map((x) => str(x) ?? ''),
  };
}

function readValidate(details: unknown): ValidateView {
  const d = obj(details);
  const t = isObj(d.threshold) ? d.threshold : undefined;
  return {
    schemaFile: str(d.schemaFile),
    format: str(d.format),
    rows: num(d.rows),
    invalidRows: num(d.invalidRows),
    invalidShare: num(d.invalidShare),
    threshold: t && {
      maxInvalidRows: str(t.maxInvalidRows),
      warnInvalidRows: str(t.warnInvalidRows),
    },
    files: arr(d.files).map((raw) => {
      const f = obj(raw);
      return {
        path: str(f.path) ?? '',
        format: str(f.format),
        rows: num(f.rows),
        invalidRows: num(f.invalidRows),
        bytes: num(f.bytes),
      };
    }),
    groups: arr(d.groups).map((raw) => {
      const g = obj(raw);
      return {
        file: str(g.file) ?? '',
        schemaPath: str(g.schemaPath) ?? '',
        keyword: str(g.keyword) ?? '',
        message: str(g.message) ?? '',
        count: num(g.count) ?? 0,
        share: num(g.share),
        samples: arr(g.samples).map((rawSample) => {
          const s = obj(rawSample);
          return {
            line: optNum(s.line),
            record: optNum(s.record),
            ...(optNum(s.rowGroup) !== undefined ? { rowGroup: optNum(s.rowGroup) } : {}),
            pointer: str(s.pointer) ?? '',
            value: str(s.value) ?? '',
            message: str(s.message) ?? '',
          };
        }),
      };
    }),
    omittedGroups: num(d.omittedGroups) ?? 0,
    schemaWarnings: arr(d.schemaWarnings).map((raw) => {
      const w = obj(raw);
      return [w.file, w.path || undefined, w.message]
        .filter((x) => typeof x === 'string')
        .join(': ');
    }),
  };
}
