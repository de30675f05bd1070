// Results are evidence, not verdicts. A result file may come from an untrusted run (the
// two-workflow pattern downloads it from the pull request's own workflow), so its `status` is a
// claim: the status is derived again from the result's own details (invalid rows against the
// thresholds recorded in it, the gated rows, the dataset checks' numbers, the errors), and a
// result whose stated status disagrees with what its details support is refused.
//
// What this cannot do: details are evidence only as far as the run that wrote them was honest.
// A forger who rewrites the numbers as well as the status is not caught here; that is why the
// rules themselves never come from the pull request (docs/security.md).
import type { Result, Status } from '../result.js';
import { findCheckKind } from '../checks/registry.js';

export interface Derivation {
  /** The status the details support. */
  status: Status;
  /** Details that contradict each other or the stated statuses inside them, in words. */
  problems: string[];
}

/** The status a result's own details support, and whatever in them does not add up. */
export function deriveStatus(result: Result): Derivation {
  const problems: string[] = [];
  // An evaluation that recorded errors could not evaluate, whatever else it says.
  const errored = (result.errors?.length ?? 0) > 0;
  const kind = findCheckKind(result.kind);
  // A kind no definition claims has nothing to derive its status from: it cannot evaluate.
  if (!kind) return { status: 'error', problems: [`no check kind '${result.kind}' is registered`] };
  const status = kind.deriveStatus(result.details, problems);
  return { status: errored ? 'error' : status, problems };
}

/**
 * Why the result must be refused, or undefined when its status is what its details support. A
 * stated `error` is always accepted: "could not evaluate" never lets anything through.
 */
export function evidenceProblem(result: Result): string | undefined {
  if ((result.kind as string) === 'validate-partial')
    return 'a partial result (one shard) has no verdict of its own: merge all shards of the entry';
  if (result.status === 'error') return undefined;
  const { status, problems } = deriveStatus(result);
  if (status === result.status && problems.length === 0) return undefined;
  const parts: string[] = [];
  if (status !== result.status) {
    parts.push(`states status '${result.status}' but its details give '${status}'`);
  }
  parts.push(...problems.slice(0, 5));
  if (problems.length > 5) parts.push(`and ${problems.length - 5} more`);
  return `result file refused: ${parts.join('; ')}`;
}
