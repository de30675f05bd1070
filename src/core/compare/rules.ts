// Point-value rules: one metric (or one slice of it), its rule, the two sides → one result row.
// Semantics (docs/compare.md): Δ is oriented so positive = better; relative change is Δ/|b|;
// a relative rule on a baseline of 0 is an error; a missing value follows the `missing` policy;
// a value that is not a finite number is an error when a rule names it, else shown as not gated;
// values with standard errors on both sides decide max_drop with their interval
// (stderr-interval.ts).
import { compactNumber } from '../conventions/format.js';
import type {
  BoundsConfig,
  Direction,
  MetricRow,
  Policy,
  RowBounds,
  RowStatus,
  Severity,
  StandardErrors,
} from './types.js';
import type { SliceRef } from './metric-names.js';
import { STATUS_RANK } from '../result.js';
import { decideWithStderr } from './stderr-interval.js';

export interface Threshold {
  kind: 'absolute' | 'relative';
  /** Absolute units, or a fraction (5% → 0.05). */
  value: number;
  /** As written, for messages: 0.01 or "5%". */
  text: string;
}

/** A resolved rule for one row: a metric rule, or a slice rule with direction inherited. */
export interface Rule {
  direction: Direction;
  min?: number;
  max?: number;
  maxDrop?: Threshold;
  minGain?: Threshold;
  severity: Severity;
  missing: Policy;
  nonInferiority: boolean;
}

/** One side of a comparison. */
export type Side =
  | { state: 'value'; value: number; stderr?: number }
  | { state: 'missing' }
  | { state: 'invalid'; problem: string };

export interface RowInput {
  name: string;
  slice?: SliceRef;
  rule?: Rule;
  candidate: Side;
  baseline: Side;
  /** False when there is no baseline at all (source none): missingBaseline decides. */
  baselineAvailable: boolean;
  missingBaseline: Policy;
  /** Level of the interval built from the two sides' standard errors, when both give one. */
  confidence?: number;
}

export function parseThreshold(raw: number | string, key: string): Threshold {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0)
      throw new Error(`${key}: must be a number ≥ 0, got ${raw}`);
    return { kind: 'absolute', value: raw, text: String(raw) };
  }
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/.exec(raw);
  if (!m) throw new Error(`${key}: must be a number (absolute) or "x%" (relative), got '${raw}'`);
  return { kind: 'relative', value: Number(m[1]) / 100, text: `${m[1]}%` };
}

export function resolveRule(
  direction: Direction,
  bounds: BoundsConfig,
  key: string,
  inherited: Pick<Rule, 'severity' | 'missing'> = { severity: 'fail', missing: 'fail' },
): Rule {
  const num = (v: unknown, k: string) => {
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new Error(`${key}.${k}: must be a number`);
    return v;
  };
  const rule: Rule = {
    direction,
    severity: bounds.severity ?? inherited.severity,
    missing: bounds.missing ?? inherited.missing,
    nonInferiority: bounds.non_inferiority ?? false,
  };
  const min = num(bounds.min, 'min');
  const max = num(bounds.max, 'max');
  if (min !== undefined) rule.min = min;
  if (max !== undefined) rule.max = max;
  if (min !== undefined && max !== undefined && min > max) {
    throw new Error(`${key}: min (${min}) is above max (${max})`);
  }
  if (bounds.max_drop !== undefined)
    rule.maxDrop = parseThreshold(bounds.max_drop, `${key}.max_drop`);
  if (bounds.min_gain !== undefined)
    rule.minGain = parseThreshold(bounds.min_gain, `${key}.min_gain`);
  return rule;
}

/** "higher; min 0.8; max_drop 0.01": the rule in the words of the config. */
export function describeRule(rule: Rule): string {
  const parts: string[] = [`${rule.direction} is better`];
  if (rule.min !== undefined) parts.push(`min ${rule.min}`);
  if (rule.max !== undefined) parts.push(`max ${rule.max}`);
  if (rule.maxDrop)
    parts.push(`${rule.nonInferiority ? 'non-inferior within' : 'max_drop'} ${rule.maxDrop.text}`);
  if (rule.minGain) parts.push(`min_gain ${rule.minGain.text}`);
  if (rule.severity === 'warn') parts.push('warn only');
  return parts.join('; ');
}

/** The rule's numbers in the config's words, recorded so a reader can derive the status again. */
export function boundsOf(rule: Rule): RowBounds {
  const t = (x: Threshold) => (x.kind === 'absolute' ? x.value : x.text);
  return {
    ...(rule.min !== undefined ? { min: rule.min } : {}),
    ...(rule.max !== undefined ? { max: rule.max } : {}),
    ...(rule.maxDrop ? { max_drop: t(rule.maxDrop) } : {}),
    ...(rule.minGain ? { min_gain: t(rule.minGain) } : {}),
    missing: rule.missing,
    ...(rule.nonInferiority ? { non_inferiority: true } : {}),
  };
}

/** Whether a rule compares against the baseline (and so needs one). */
export function needsBaseline(rule: Rule): boolean {
  return rule.maxDrop !== undefined || rule.minGain !== undefined;
}

/** c − b, turned so that positive means better. */
export function orientedDelta(
  candidate: number,
  baseline: number,
  direction: Direction | undefined,
): number {
  return direction === 'lower' ? baseline - candidate : candidate - baseline;
}

// Metric values are usually decimals written by Python; 0.91 − 0.90 is 0.010000000000000009.
// A change exactly at a threshold passes, so compare with a rounding allowance.
function slack(...values: number[]): number {
  return 1e-9 * Math.max(1, ...values.map(Math.abs));
}

function fmt(x: number): string {
  return compactNumber(x, { digits: 6, small: 1e-4, large: 1e6, expDigits: 3 });
}

function pct(x: number): string {
  return `${fmt(x * 100)}%`;
}

interface Outcome {
  status: RowStatus;
  reason: string;
}

const policyStatus = (p: Policy): RowStatus => p;

export function evaluateRow(input: RowInput): MetricRow {
  const { name, slice, rule, candidate: c, baseline: b } = input;
  const cPresent = c.state !== 'missing';
  const bPresent = b.state !== 'missing';
  const cValue = c.state === 'value' ? c.value : null;
  const bValue = b.state === 'value' ? b.value : null;
  const delta =
    cValue !== null && bValue !== null ? orientedDelta(cValue, bValue, rule?.direction) : null;
  const relDelta =
    delta !== null && bValue !== null && bValue !== 0 ? delta / Math.abs(bValue) : null;

  const row: MetricRow = {
    name,
    ...(slice ? { slice } : {}),
    presence: !cPresent ? 'removed' : bPresent ? 'both' : 'added',
    baseline: bValue,
    candidate: cValue,
    delta,
    relDelta,
    gated: rule !== undefined,
    status: 'pass',
    source: 'metrics',
  };
  if (rule) {
    row.direction = rule.direction;
    row.rule = describeRule(rule);
    row.severity = rule.severity;
    row.bounds = boundsOf(rule);
  }

  const invalid: string[] = [];
  if (c.state === 'invalid') invalid.push(`candidate value is ${c.problem}`);
  if (b.state === 'invalid') invalid.push(`baseline value is ${b.problem}`);
  // A value no rule names is shown whatever it is (metadata, a run id): only a gated one must be
  // a number.
  if (invalid.length > 0 && !rule)
    return { ...row, status: 'skip', reason: `not gated: ${invalid.join('; ')}` };
  if (invalid.length > 0) {
    return { ...row, status: 'error', reason: invalid.join('; ') };
  }
  const se = standardErrors(input);
  if (se && rule?.maxDrop) row.standardErrors = se;

  if (!rule) {
    const reason =
      row.presence === 'added'
        ? input.baselineAvailable
          ? 'new: not in the baseline; no rule'
          : 'no rule'
        : row.presence === 'removed'
          ? 'gone: in the baseline only; no rule'
          : 'no rule';
    return { ...row, status: 'skip', reason };
  }

  const outcomes = checkRule(rule, cValue, bValue, input, row);
  const worst = outcomes.reduce<Outcome | undefined>(
    (acc, o) => (!acc || STATUS_RANK[o.status] > STATUS_RANK[acc.status] ? o : acc),
    undefined,
  );
  if (!worst || worst.status === 'pass') {
    const notes = outcomes.filter((o) => o.reason).map((o) => o.reason);
    return {
      ...row,
      status: 'pass',
      reason: notes.length > 0 ? notes.join('; ') : 'within the rule',
    };
  }
  const reasons = outcomes.filter((o) => o.status !== 'pass').map((o) => o.reason);
  return { ...row, status: worst.status, reason: reasons.join('; ') };
}

/** max_drop decided with the interval of both standard errors; sets the row's ci and test. */
function stderrOutcome(
  rule: Rule,
  t: Threshold,
  delta: number,
  b: number,
  row: MetricRow,
): Outcome {
  const tolerance = t.kind === 'relative' ? t.value * Math.abs(b) : t.value;
  const decided = decideWithStderr(delta, tolerance, row.standardErrors!, {
    severity: rule.severity,
    nonInferiority: rule.nonInferiority,
    text: t.text,
  });
  row.ci = decided.ci;
  row.test = 'unpaired-z';
  return { status: decided.status, reason: decided.reason };
}

/** Both sides' standard errors, when both values come with one. */
function standardErrors(input: RowInput): StandardErrors | undefined {
  const { candidate: c, baseline: b } = input;
  if (c.state !== 'value' || b.state !== 'value') return undefined;
  if (c.stderr === undefined || b.stderr === undefined) return undefined;
  return { candidate: c.stderr, baseline: b.stderr, confidence: input.confidence ?? 0.95 };
}

function checkRule(
  rule: Rule,
  c: number | null,
  b: number | null,
  input: RowInput,
  row: MetricRow,
): Outcome[] {
  if (c === null) {
    const where =
      b === null && input.baselineAvailable ? 'the candidate and the baseline' : 'the candidate';
    return [
      {
        status: policyStatus(rule.missing),
        reason: `missing from ${where} (missing: ${rule.missing})`,
      },
    ];
  }
  const out: Outcome[] = [];
  const violated = (reason: string) => out.push({ status: rule.severity, reason });

  if (rule.min !== undefined && c < rule.min - slack(c, rule.min))
    violated(`${fmt(c)} is below min ${rule.min}`);
  if (rule.max !== undefined && c > rule.max + slack(c, rule.max))
    violated(`${fmt(c)} is above max ${rule.max}`);
  if (!needsBaseline(rule)) return out;

  const baselineRules = [rule.maxDrop && 'max_drop', rule.minGain && 'min_gain']
    .filter(Boolean)
    .join(' and ');
  if (!input.baselineAvailable) {
    out.push({
      status: policyStatus(input.missingBaseline),
      reason: `no baseline: ${baselineRules} not checked (missing_baseline: ${input.missingBaseline})`,
    });
    return out;
  }
  if (b === null) {
    out.push({
      status: policyStatus(rule.missing),
      reason: `missing from the baseline: ${baselineRules} not checked (missing: ${rule.missing})`,
    });
    return out;
  }

  const delta = orientedDelta(c, b, rule.direction);
  const check = (t: Threshold, kind: 'max_drop' | 'min_gain') => {
    // max_drop t: Δ ≥ −t; min_gain t: Δ ≥ t.
    const bound = kind === 'max_drop' ? -t.value : t.value;
    if (t.kind === 'relative') {
      if (b === 0) {
        out.push({
          status: 'error',
          reason: `relative rule unusable with a baseline of 0 (${kind} ${t.text})`,
        });
        return;
      }
      const rel = delta / Math.abs(b);
      if (rel < bound - slack(rel, bound)) {
        violated(
          kind === 'max_drop'
            ? `worse by ${pct(-rel)} (${fmt(b)} → ${fmt(c)}), max_drop ${t.text}`
            : `gain ${pct(rel)} (${fmt(b)} → ${fmt(c)}) is below min_gain ${t.text}`,
        );
      }
      return;
    }
    if (delta < bound - slack(c, b, bound)) {
      violated(
        kind === 'max_drop'
          ? `worse by ${fmt(-delta)} (${fmt(b)} → ${fmt(c)}), max_drop ${t.text}`
          : `gain ${fmt(delta)} (${fmt(b)} → ${fmt(c)}) is below min_gain ${t.text}`,
      );
    }
  };
  const withStderr =
    rule.maxDrop && row.standardErrors && !(rule.maxDrop.kind === 'relative' && b === 0);
  if (withStderr) out.push(stderrOutcome(rule, rule.maxDrop!, delta, b, row));
  else if (rule.maxDrop) check(rule.maxDrop, 'max_drop');
  if (rule.minGain) check(rule.minGain, 'min_gain');
  return out;
}
