// Racing report runs on one pull request: two or three `node dist/report.js` started together
// against a fake GitHub whose listing and POST take as long as GitHub's, so each run lists the
// comments before the others' POSTs land and creates its own. No duplicate may outlive the runs.
import { describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../fake-github/server.js';
import { requireBuilt } from '../helpers/runner.js';
import { PR, REPO, HEAD, resultsWorkspace, runStep, stickyComments } from './helpers.js';

const TRIALS = 50;
/** Trials side by side, each against its own fake: a run mostly waits (GitHub-like latency, write spacing). */
const PARALLEL = 10;
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

const between = (lo: number, hi: number) => lo + Math.random() * (hi - lo);

/** One trial: `runs` report processes at once on a PR without a comment. */
async function trial(runs: number, ws: string) {
  const gh = await startFakeGitHub();
  try {
    gh.addRepo(REPO);
    gh.addPullRequest(REPO, { number: PR, headSha: HEAD });
    // GitHub answers a listing in ~100-200 ms and a comment POST in ~200-500 ms.
    gh.setLatency((req) =>
      req.operation === CREATE ? between(200, 500) : req.operation === LIST ? between(80, 200) : 30,
    );
    const results = await Promise.all(
      Array.from({ length: runs }, () => runStep(gh, 'report', ws)),
    );
    gh.expectNoViolations();
    return {
      codes: results.map((r) => r.code),
      output: results.map((r) => r.stdout + r.stderr).join('\n'),
      comments: stickyComments(gh).length,
      created: gh.requestsTo(CREATE).filter((r) => r.status === 201).length,
      statuses: gh.statuses(REPO, HEAD).length,
    };
  } finally {
    await gh.close();
  }
}

async function trials(runs: number) {
  const ws = resultsWorkspace();
  const out: Array<Awaited<ReturnType<typeof trial>>> = [];
  for (let i = 0; i < TRIALS; i += PARALLEL) {
    const batch = Array.from({ length: Math.min(PARALLEL, TRIALS - i) }, () => trial(runs, ws));
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

describe.each([2, 3])('%i report runs started together, 50 trials', (runs) => {
  it('leave exactly one sticky comment every time', { timeout: 600_000 }, async () => {
    requireBuilt('report');
    const all = await trials(runs);
    for (const t of all) expect(t.codes, t.output).toEqual(Array(runs).fill(0));
    const lasting = all.filter((t) => t.comments !== 1).length;
    const raced = all.filter((t) => t.created > 1).length;
    console.info(
      `${runs} runs × ${TRIALS} trials: ${raced} trials created duplicates, ${lasting} kept more than one`,
    );
    expect(lasting).toBe(0);
    // The race really happened: the test would catch duplicates left behind.
    expect(raced).toBeGreaterThanOrEqual(TRIALS / 5);
    for (const t of all) expect(t.statuses).toBe(runs);
  });
});
