// Results held against rules the pull request cannot edit. In the two-workflow pattern a result
// file records the rules it was judged by (invalid-row thresholds, each gated row's bounds), and
// the pull request wrote both the rules and the file. Given the trusted config (the default
// branch's checkout), every recorded rule is replaced by the stricter of it and the trusted one,
// the status is derived again, and a result whose stated status is better than that is refused,
// naming the rules it loosened. Rows decided by per-example statistics keep their recorded
// decision: their numbers cannot be re-run without the scores (docs/security.md says so).
import { STATUS_RANK, type Result, type Status } from '../result.js';
import type { Config } from '../config/types.js';
import { findCheckKind } from '../checks/registry.js';
import type { Loosening } from './strict.js';

/** Every recorded rule that is looser than the trusted one, in words. */
class Loosened implements Loosening {
  readonly changes: string[] = [];
  /** Rules of the trusted config the result has no row for: nothing to hold them to. */
  readonly absent: string[] = [];
  pick<T>(key: string, trusted: T, recorded: T, applied: 'base' | 'head'): T {
    if (applied === 'head' || JSON.stringify(trusted) === JSON.stringify(recorded)) return recorded;
    this.changes.push(
      `${key} ${JSON.stringify(recorded) ?? '(unset)'} where the trusted config has ${JSON.stringify(trusted) ?? '(unset)'}`,
    );
    return trusted;
  }
}

/**
 * The status the result's details give under the stricter rules; undefined: no such check, or a
 * kind whose rules are not known here (nothing to hold it to).
 */
function strictStatus(result: Result, config: Config, why: Loosened): Status | undefined {
  return findCheckKind(result.kind)?.strictStatus?.(result.details, config, result.id, why);
}

/**
 * Why the result must be refused under the trusted config, or undefined when its stated status
 * holds under the stricter of its recorded rules and the config's. A result whose check the
 * trusted config does not have is refused: its rules would be the pull request's alone.
 */
export function trustedProblem(result: Result, config: Config, file: string): string | undefined {
  const why = new Loosened();
  const status = strictStatus(result, config, why);
  if (status === undefined)
    return `result file refused: ${file} has no ${result.kind} check '${result.id}'`;
  if (why.absent.length)
    return `result file refused: it has no row for ${why.absent.join(', ')}, which ${file} gates`;
  if (STATUS_RANK[status] <= STATUS_RANK[result.status]) return undefined;
  const rules = why.changes.length
    ? `its rules are looser than ${file}'s (${why.changes.slice(0, 5).join('; ')}), `
    : '';
  return `result file refused: ${rules}under which its details give '${status}', not '${result.status}'`;
}
