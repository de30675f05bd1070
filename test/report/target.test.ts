import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../src/core/report/load.js';
import {
  claimedByResults,
  claimedCommitMismatch,
  claimedPullRequestMismatch,
} from '../../src/core/report/target.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function entry(context: { pr?: number; sha?: string }): ReportEntry {
  return { ok: true, path: 'r.json', result: { context } } as unknown as ReportEntry;
}

describe('trusting the PR and commit named by result files', () => {
  it('takes the PR and commit when every readable file agrees', () => {
    expect(claimedByResults([entry({ pr: 7, sha: SHA_A }), entry({ pr: 7, sha: SHA_A })])).toEqual({
      pr: 7,
      sha: SHA_A,
    });
  });

  it('refuses files that disagree or do not say', () => {
    expect(
      claimedByResults([entry({ pr: 7, sha: SHA_A }), entry({ pr: 8, sha: SHA_A })]).problem,
    ).toMatch(/different pull requests or commits \(7, 8; aaaaaaa\)/);
    expect(claimedByResults([entry({ pr: 7 })]).problem).toMatch(/do not name/);
    expect(claimedByResults([]).problem).toMatch(/do not name/);
  });

  it('refuses a claim about another commit or another pull request than the triggering run', () => {
    const claim = { pr: 7, sha: SHA_A };
    expect(claimedCommitMismatch(claim, SHA_A)).toBeUndefined();
    expect(claimedCommitMismatch(claim, SHA_B)).toMatch(
      /about commit aaaaaaaaaaaa but the triggering run built bbbbbbbbbbbb/,
    );
    expect(claimedPullRequestMismatch(claim, [3, 7], SHA_A)).toBeUndefined();
    expect(claimedPullRequestMismatch(claim, [3], SHA_A)).toMatch(
      /pull request 7, which is not a pull request of the triggering run/,
    );
    expect(claimedPullRequestMismatch(claim, [], SHA_A)).toBeDefined();
  });
});
