// Turning a metric rule and a confidence interval into a status, for rows computed from
// per-example scores. Everything here works on the oriented Δ (positive = better).
//
// The margin m is the lowest acceptable Δ: max_drop d gives m = −d, min_gain g gives m = g,
// both give the stricter max(−d, g); a relative value "x%" is x/100 · |baseline| (of the
// row: a slice uses its own baseline); non_inferiority alone means m = 0.
//   - plain rule:        fail when the corrected CI lies wholly below m (a significant
//                        regression), warn when the uncorrected 80% CI does (a likely
//                        regression; without that interval, when the point Δ does), else pass;
//   - non_inferiority:   pass only when the CI's lower bound is above m, else fail;
//   - min / max:         bounds on the candidate's value itself, judged on the point value
//                        (they are about the level, not about the comparison's noise);
//   - severity warn:     a fail becomes warn.
// A rule with neither max_drop, min_gain, non_inferiority, min nor max has nothing to test
// and passes.

import { compactNumber } from '../../conventions/format.js';
import { STATUS_RANK } from '../../conventions/status.js';
import type { Direction, RowStatus } from '../types.js';

export type { Direction, RowStatus };

export interface ExampleRule {
  /** Largest allowed drop: absolute (0.01) or relative to the baseline ("5%"). */
  max_drop?: number | string;
  /** Smallest required gain: absolute or relative. */
  min_gain?: number | string;
  /** Demand that the CI's lower bound be above the margin, instead of failing only on significant regressions. */
  non_inferiority?: boolean;
  /** Bounds on the candidate's value. */
  min?: number;
  max?: number;
  severity?: 'fail' | 'warn';
}

// Comparisons tolerate floating-point noise: "dropped exactly max_drop" must not warn.
const EPS = 1e-12;

export type Amount = { kind: 'absolute'; value: number } | { kind: 'relative'; percent: number };

/** Parses a max_drop / min_gain value: a non-negative number, a numeric string, or "x%". */
export function parseAmount(v: number | string, key: string): Amount {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0)
      throw new Error(`${key} must be a non-negative number or a percentage like "5%", got ${v}`);
    return { kind: 'absolute', value: v };
  }
  const s = v.trim();
  const m = /^([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\s*(%?)$/.exec(s);
  if (!m)
    throw new Error(`${key} must be a non-negative number or a percentage like "5%", got "${v}"`);
  const x = Number(m[1]);
  return m[2] ? { kind: 'relative', percent: x } : { kind: 'absolute', value: x };
}

function resolveAmount(a: Amount, baseline: number, key: string): number {
  if (a.kind === 'absolute') return a.value;
  if (baseline === 0)
    throw new Error(
      `${key} ${a.percent}% is relative, and the baseline is 0: a relative rule is unusable here; use an absolute ${key}`,
    );
  return (a.percent / 100) * Math.abs(baseline);
}

export interface Margin {
  /** Lowest acceptable oriented Δ, or null when the rule makes no comparison. */
  value: number | null;
  /** Human-readable rule, e.g. "max_drop 5% (0.0412), non_inferiority". */
  text: string;
}

export function ruleMargin(rule: ExampleRule, baseline: number): Margin {
  const parts: string[] = [];
  let margin: number | null = null;
  const show = (key: string, raw: number | string, a: Amount, abs: number): string =>
    a.kind === 'relative' ? `${key} ${String(raw).trim()} (${fmt(abs)})` : `${key} ${fmt(abs)}`;
  if (rule.max_drop !== undefined) {
    const a = parseAmount(rule.max_drop, 'max_drop');
    const d = resolveAmount(a, baseline, 'max_drop');
    margin = -d;
    parts.push(show('max_drop', rule.max_drop, a, d));
  }
  if (rule.min_gain !== undefined) {
    const a = parseAmount(rule.min_gain, 'min_gain');
    const g = resolveAmount(a, baseline, 'min_gain');
    margin = margin === null ? g : Math.max(margin, g);
    parts.push(show('min_gain', rule.min_gain, a, g));
  }
  if (rule.non_inferiority) {
    if (margin === null) margin = 0;
    parts.push('non_inferiority');
  }
  if (rule.min !== undefined) parts.push(`min ${fmt(rule.min)}`);
  if (rule.max !== undefined) parts.push(`max ${fmt(rule.max)}`);
  if (rule.severity === 'warn') parts.push('severity warn');
  return { value: margin, text: parts.join(', ') || 'no threshold' };
}

/** The rule as written, without resolving relative amounts (for rows with no baseline value). */
export function ruleText(rule: ExampleRule): string {
  const parts: string[] = [];
  if (rule.max_drop !== undefined) parts.push(`max_drop ${String(rule.max_drop).trim()}`);
  if (rule.min_gain !== undefined) parts.push(`min_gain ${String(rule.min_gain).trim()}`);
  if (rule.non_inferiority) parts.push('non_inferiority');
  if (rule.min !== undefined) parts.push(`min ${rule.min}`);
  if (rule.max !== undefined) parts.push(`max ${rule.max}`);
  if (rule.severity === 'warn') parts.push('severity warn');
  return parts.join(', ') || 'no threshold';
}

export interface Decision {
  status: RowStatus;
  reason: string;
}

export interface DecisionInput {
  rule: ExampleRule;
  margin: number | null;
  candidate: number;
  delta: number;
  /** Corrected CI of the oriented Δ. */
  ci: [number, number];
  /** Confidence of that CI, for the message (e.g. 0.9975). */
  level: number;
  /** The uncorrected CI at WARN_LEVEL: a warning needs at least this much evidence. */
  warnCi?: [number, number];
}

/**
 * Two-sided level of the interval that must lie below the margin for a warning: evidence at
 * the 10% one-sided level, weaker than the gate's. With equal models a point dip alone warned
 * about half of all PRs; this warns about 10% of them while a real regression still fails.
 */
export const WARN_LEVEL = 0.8;

export function decide(input: DecisionInput): Decision {
  const { rule, margin, candidate, delta, ci, level, warnCi } = input;
  const decisions: Decision[] = [];
  const ciText = `${pct(level)} CI [${fmt(ci[0])}, ${fmt(ci[1])}]`;
  if (margin !== null) {
    const what = margin < 0 ? `−${fmt(-margin)}` : fmt(margin);
    if (rule.non_inferiority) {
      decisions.push(
        ci[0] > margin + EPS
          ? { status: 'pass', reason: `non-inferior: ${ciText} lies above ${what}` }
          : { status: 'fail', reason: `non-inferiority not shown: ${ciText} reaches ${what}` },
      );
    } else if (ci[1] < margin - EPS) {
      decisions.push({
        status: 'fail',
        reason: `significant regression: Δ ${fmt(delta)}, ${ciText} lies wholly below ${what}`,
      });
    } else if ((warnCi ? warnCi[1] : delta) < margin - EPS) {
      const evidence = warnCi
        ? `its ${pct(WARN_LEVEL)} CI [${fmt(warnCi[0])}, ${fmt(warnCi[1])}] lies below ${what}`
        : `it is below ${what}`;
      decisions.push({
        status: 'warn',
        reason: `likely regression: Δ ${fmt(delta)}, ${evidence}, but the ${ciText} reaches it`,
      });
    } else {
      decisions.push({ status: 'pass', reason: `Δ ${fmt(delta)} within the rule, ${ciText}` });
    }
  }
  if (rule.min !== undefined && !(candidate >= rule.min - EPS)) {
    decisions.push({
      status: 'fail',
      reason: `candidate ${fmt(candidate)} is below min ${fmt(rule.min)}`,
    });
  }
  if (rule.max !== undefined && !(candidate <= rule.max + EPS)) {
    decisions.push({
      status: 'fail',
      reason: `candidate ${fmt(candidate)} is above max ${fmt(rule.max)}`,
    });
  }
  if (decisions.length === 0)
    return { status: 'pass', reason: `no threshold to test; Δ ${fmt(delta)}, ${ciText}` };
  let worst = decisions[0]!;
  for (const d of decisions) if (STATUS_RANK[d.status] > STATUS_RANK[worst.status]) worst = d;
  if (worst.status === 'fail' && rule.severity === 'warn')
    return { status: 'warn', reason: `${worst.reason} (severity warn)` };
  return worst;
}

/** Four significant digits, no exponent for ordinary metric magnitudes. */
export function fmt(x: number): string {
  return compactNumber(x, {
    digits: 4,
    small: 1e-4,
    large: 1e6,
    expDigits: 2,
    outside: 'precision',
  });
}

function pct(level: number): string {
  return `${Number((level * 100).toPrecision(4))}%`;
}
