// Racing report runs on one pull request: two or three `node dist/report.js` started together
// against a fake GitHub whose listing and POST take as long as GitHub's, so each run lists the
// comments before the others' POSTs land and creates its own. No duplicate may outlive the runs.
import { describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { requireBuilt } from '../helpers/runner.js';
import { REPO, prPayload, resultsWorkspace, runStep, stickyComments } from './helpers.js';

const TRIALS = 50;
/**
 * Trials side by side (a run mostly waits: GitHub-like latency, write spacing), each slot with
 * its own fake, reused trial after trial on a new pull request so its clock stays realistic.
 */
const PARALLEL = 5;
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

const between = (lo: number, hi: number) => lo + Math.random() * (hi - lo);

async function slowFake(): Promise<FakeGitHub> {
  const gh = await startFakeGitHub();
  gh.addRepo(REPO);
  // GitHub answers a listing in ~100-200 ms and a comment POST in ~200-500 ms.
  gh.setLatency((req) =>
    req.operation === CREATE ? between(200, 500) : req.operation === LIST ? between(80, 200) : 30,
  );
  return gh;
}

/** One trial: `runs` report processes at once on a new PR without a comment. */
async function trial(gh: FakeGitHub, n: number, runs: number, ws: string) {
  const sha = n.toString(16).padStart(40, '0');
  gh.addPullRequest(REPO, { number: n, headSha: sha });
  const payload = prPayload('synchronize', { number: n, sha });
  const creates = () =>
    gh.requestsTo(CREATE).filter((r) => r.path.endsWith(`/issues/${n}/comments`));
  const results = await Promise.all(
    Array.from({ length: runs }, () => runStep(gh, 'report', ws, {}, payload)),
  );
  return {
    codes: results.map((r) => r.code),
    output: results.map((r) => r.stdout + r.stderr).join('\n'),
    comments: stickyComments(gh, n).length,
    created: creates().filter((r) => r.status === 201).length,
    statuses: gh.statuses(REPO, sha).length,
  };
}

async function trials(runs: number) {
  const ws = resultsWorkspace();
  const slots = await Promise.all(Array.from({ length: PARALLEL }, slowFake));
  try {
    const perSlot = await Promise.all(
      slots.map(async (gh, slot) => {
        const out = [];
        for (let n = 100 + slot; n < 100 + TRIALS; n += PARALLEL)
          out.push(await trial(gh, n, runs, ws));
        return out;
      }),
    );
    for (const gh of slots) gh.expectNoViolations();
    return perSlot.flat();
  } finally {
    await Promise.all(slots.map((gh) => gh.close()));
  }
}

describe.each([2, 3])('%i report runs started together, 50 trials', (runs) => {
  it('leave exactly one sticky comment every time', { timeout: 900_000 }, async () => {
    requireBuilt('report');
    const all = await trials(runs);
    expect(all).toHaveLength(TRIALS);
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
