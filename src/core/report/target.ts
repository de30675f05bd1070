// Which pull request and commit a set of result files claims to be about, and whether that claim
// may be trusted for the run that triggered us. In the fork-safe two-workflow pattern the result
// files come from an untrusted run: their PR and commit are only used when they match what GitHub
// itself says about the triggering run.
import type { ReportEntry } from './entry.js';

export interface Claim {
  pr?: number;
  sha?: string;
  /** Why the files cannot be trusted to name one PR and commit. */
  problem?: string;
}

/** The PR and commit named by the result files, when they all agree and all say. */
export function claimedByResults(entries: ReportEntry[]): Claim {
  const prs = new Set<number>();
  const shas = new Set<string>();
  let missing = 0;
  for (const e of entries) {
    // A refused result still names its PR and commit: its refusal is reported there.
    const context = e.ok ? e.result.context : e.context;
    if (!context) continue;
    if (context.pr === undefined || context.sha === undefined) missing++;
    if (context.pr !== undefined) prs.add(context.pr);
    if (context.sha !== undefined) shas.add(context.sha);
  }
  if (prs.size > 1 || shas.size > 1) {
    return {
      problem: `the result files name different pull requests or commits (${[...prs].join(', ')}; ${[...shas].map((s) => s.slice(0, 7)).join(', ')})`,
    };
  }
  if (missing > 0 || prs.size === 0 || shas.size === 0) {
    return {
      problem:
        'the result files do not name the pull request and head commit (context.pr, context.sha)',
    };
  }
  return { pr: [...prs][0], sha: [...shas][0] };
}

/** Refusal reason when the claim's commit is not the one the triggering run built, else undefined. */
export function claimedCommitMismatch(claim: Claim, runHeadSha: string): string | undefined {
  if (claim.sha === runHeadSha) return undefined;
  return `the result files are about commit ${String(claim.sha).slice(0, 12)} but the triggering run built ${runHeadSha.slice(0, 12)}`;
}

/** Refusal reason when the claimed PR is not one of the run's pull requests, else undefined. */
export function claimedPullRequestMismatch(
  claim: Claim,
  runPullRequests: number[],
  runHeadSha: string,
): string | undefined {
  if (claim.pr !== undefined && runPullRequests.includes(claim.pr)) return undefined;
  return `the result files name pull request ${claim.pr}, which is not a pull request of the triggering run (head ${runHeadSha.slice(0, 12)})`;
}
