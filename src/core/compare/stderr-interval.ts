// max_drop decided from aggregate values that come with standard errors (lm-eval's _stderr,
// inspect's stderr) when there are no per-example scores to pair: the unpaired interval
// Δ ± z·√(se_c² + se_b²). It treats the two runs as independent samples, which is conservative
// for two models scored on the same examples (pairing removes the shared variance), so the
// reason says per-example scores would make it tighter. The decision mirrors the per-example
// statistics: fail when the whole interval lies below −tolerance, warn when the 80% interval does
// (evidence at the one-sided 10% level), pass otherwise; non-inferiority needs the lower bound
// above −tolerance.
import { normalQuantile } from '../../stats/normal.js';
import type { Severity, StandardErrors } from './types.js';

export interface IntervalOutcome {
  status: 'pass' | 'warn' | 'fail';
  reason: string;
  ci: [number, number];
}

/** z of the two-sided interval at `confidence`. */
export function zFor(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** The interval of the oriented difference Δ (positive = better). */
export function unpairedInterval(delta: number, se: StandardErrors): [number, number] {
  const half = zFor(se.confidence) * Math.hypot(se.candidate, se.baseline);
  return [delta - half, delta + half];
}

const WARN_Z = zFor(0.8);

function fmt(x: number): string {
  return String(Number(x.toPrecision(4)));
}

export function decideWithStderr(
  delta: number,
  tolerance: number,
  se: StandardErrors,
  rule: { severity: Severity; nonInferiority: boolean; text: string },
): IntervalOutcome {
  const ci = unpairedInterval(delta, se);
  const level = `${fmt(se.confidence * 100)}%`;
  const where = `Δ ${fmt(delta)}, ${level} interval [${fmt(ci[0])}, ${fmt(ci[1])}] from the two standard errors (unpaired; per-example scores would make it tighter)`;
  const breach = (status: 'fail' | 'warn') =>
    status === 'fail' && rule.severity === 'warn' ? 'warn' : status;
  if (rule.nonInferiority) {
    return ci[0] >= -tolerance
      ? { status: 'pass', reason: `non-inferior within ${rule.text}: ${where}`, ci }
      : {
          status: breach('fail'),
          reason: `not shown non-inferior within ${rule.text}: ${where}`,
          ci,
        };
  }
  if (ci[1] < -tolerance)
    return { status: breach('fail'), reason: `worse beyond max_drop ${rule.text}: ${where}`, ci };
  const spread = Math.hypot(se.candidate, se.baseline);
  if (delta + WARN_Z * spread < -tolerance)
    return { status: 'warn', reason: `likely worse beyond max_drop ${rule.text}: ${where}`, ci };
  return { status: 'pass', reason: `within max_drop ${rule.text}: ${where}`, ci };
}
