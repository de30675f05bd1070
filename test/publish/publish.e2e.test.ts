// End to end against the fake GitHub: the commit status whatever happens to the comment, the
// comment modes, the override's scope and triggers, and how few requests a run makes.
// Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { workflowTemplate } from '../../src/core/init/templates.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { REPO_ROOT, requireBuilt } from '../helpers/runner.js';
import {
  HEAD,
  LABEL,
  PR,
  REPO,
  prPayload,
  resultsWorkspace,
  runStep,
  stickyComments,
} from './helpers.js';

const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const EVENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/events';

let gh: FakeGitHub;

beforeAll(() => requireBuilt('report', 'gate', 'run'));
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO);
  gh.addPullRequest(REPO, { number: PR, headSha: HEAD });
});
afterEach(async () => {
  gh.expectNoViolations();
  await gh.close();
});

const errors = (r: Awaited<ReturnType<typeof runStep>>) =>
  r.commands.filter((c) => c.command === 'error').map((c) => c.message);

describe('the commit status is set whatever happens to the comment', () => {
  const cases: Array<[string, () => void, RegExp]> = [
    [
      '422 on the POST',
      () => gh.inject({ route: CREATE, status: 422, message: 'Validation Failed' }),
      /POST .*comments.* failed with 422/,
    ],
    [
      '404 on the listing',
      () => gh.inject({ route: LIST, status: 404 }),
      /GET .*comments.* failed with 404/,
    ],
    [
      '502 four times on the POST',
      () => gh.inject({ route: CREATE, status: 502, times: 4 }),
      /POST .*comments.* failed with 502/,
    ],
    [
      'a rate limit beyond the retry cap',
      () => gh.rateLimit(LIST, { kind: 'secondary', retryAfter: 600 }),
      /GET .*comments failed with 403.*rate limit/,
    ],
  ];
  it.each(cases)(
    '%s: status failure, the step fails naming the request',
    async (_, fault, why) => {
      fault();
      const res = await runStep(gh, 'report', resultsWorkspace());
      expect(res.code).toBe(1);
      expect(errors(res).join('\n')).toMatch(why);
      expect(stickyComments(gh)).toHaveLength(0);
      const [status, ...more] = gh.statuses(REPO, HEAD);
      expect(more).toEqual([]);
      expect(status).toMatchObject({ state: 'failure', context: 'modelgate' });
      expect(status!.description).toMatch(
        /^fail: 1 of 3 checks failed.*\(PR comment failed: see the job log\)$/,
      );
      expect(res.summary).toContain('#### ❌ Classifier');
    },
    60_000,
  );

  it('a 5xx whose POST did land: the retry finds the comment instead of posting again', async () => {
    // The first POST is served (the comment exists), then its answer is lost as a 502.
    gh.inject({ route: CREATE, status: 502, times: 1, afterServing: true });
    gh.addComment(REPO, PR, { body: 'unrelated', user: 'alice' });
    const res = await runStep(gh, 'report', resultsWorkspace());
    expect(res.code, res.stdout).toBe(0);
    expect(stickyComments(gh)).toHaveLength(1);
    expect(gh.requestsTo(CREATE)).toHaveLength(1);
    expect(gh.statuses(REPO, HEAD)).toHaveLength(1);
  }, 60_000);
});

describe('comment modes', () => {
  it('on-failure: comments while failing, edits that comment to one line once green, else silent', async () => {
    const mode = { comment: 'on-failure' };
    // Green from the start: no comment at all, one listing to find none.
    const quiet = await runStep(gh, 'report', resultsWorkspace(true), mode);
    expect(quiet.code).toBe(0);
    expect(gh.comments(REPO, PR)).toHaveLength(0);
    expect(gh.requestsTo(CREATE)).toHaveLength(0);

    expect((await runStep(gh, 'report', resultsWorkspace(), mode)).code).toBe(0);
    const [failing] = stickyComments(gh);
    expect(failing!.body).toContain('### ❌ modelgate: fail');

    const green = await runStep(gh, 'report', resultsWorkspace(true), { ...mode, history: 'true' });
    expect(green.code).toBe(0);
    const [now, ...others] = stickyComments(gh);
    expect(others).toEqual([]);
    expect(now!.id).toBe(failing!.id);
    expect(now!.body).toMatch(/^<!-- modelgate:report id=modelgate -->\n### ⚠️ modelgate: warn · /);
    expect(now!.body).toContain('The gate passes now at commit');
    // history kept: the failing verdict is folded below.
    expect(now!.body).toMatch(/History \(1 earlier verdict\)[\s\S]*❌ modelgate: fail/);
    expect(gh.statuses(REPO, HEAD).map((s) => s.state)).toEqual(['success', 'failure', 'success']);
  }, 60_000);

  it('never: no comment, the status all the same', async () => {
    const res = await runStep(gh, 'report', resultsWorkspace(), { comment: 'never' });
    expect(res.code).toBe(0);
    expect(gh.comments(REPO, PR)).toHaveLength(0);
    expect(gh.requestsTo(LIST)).toHaveLength(0);
    expect(gh.statuses(REPO, HEAD)).toHaveLength(1);
  }, 60_000);

  it('a value that is not a mode is refused, naming the input', async () => {
    const res = await runStep(gh, 'report', resultsWorkspace(), { comment: 'sometimes' });
    expect(res.code).toBe(1);
    expect(errors(res)).toEqual([
      "input 'comment' must be always, on-failure or never, got 'sometimes'",
    ]);
  });
});

describe('override scope', () => {
  const inputs = { 'override-label': LABEL };
  const B = 'b'.repeat(40);

  it('commit: covers the commit it was applied on; a later push needs it again; pr: does not', async () => {
    gh.setPermission(REPO, 'maintainer', 'maintain');
    const ws = resultsWorkspace();
    // Failing on A; the maintainer applies the label: that run accepts it.
    expect((await runStep(gh, 'report', ws, inputs)).code).toBe(0);
    gh.addLabel(REPO, PR, LABEL, 'maintainer');
    const labeled = prPayload('labeled', { labels: [LABEL], label: LABEL });
    const onA = await runStep(gh, 'gate', ws, inputs, labeled);
    expect(onA.code, onA.stdout).toBe(0);
    expect(onA.outputs['override-by']).toBe('maintainer');

    // A push of B, still failing: its report sets the first status on B, then the gate refuses.
    gh.addCommit(REPO, { sha: B });
    const pushed = prPayload('synchronize', { sha: B, labels: [LABEL] });
    const report = await runStep(gh, 'report', ws, inputs, pushed);
    expect(report.code).toBe(0);
    expect(gh.statuses(REPO, B).map((s) => s.state)).toEqual(['failure']);
    const onB = await runStep(gh, 'gate', ws, inputs, pushed);
    expect(onB.code).toBe(1);
    expect(onB.outputs.reason).toMatch(
      new RegExp(`predates head commit bbbbbbb .*apply the label again to accept this commit`),
    );
    // The whole PR: the same label covers B.
    const pr = await runStep(gh, 'gate', ws, { ...inputs, 'override-scope': 'pr' }, pushed);
    expect(pr.code).toBe(0);

    // Applied again after B arrived: accepted even by a run the label did not start.
    gh.removeLabel(REPO, PR, LABEL, 'maintainer');
    gh.addLabel(REPO, PR, LABEL, 'maintainer');
    const again = await runStep(gh, 'gate', ws, inputs, pushed);
    expect(again.code, again.stdout).toBe(0);
  }, 120_000);

  it('the events are read only when the label is on the PR', async () => {
    const ws = resultsWorkspace();
    const res = await runStep(gh, 'gate', ws, inputs, prPayload('synchronize'));
    expect(res.code).toBe(1);
    expect(gh.requestsTo(EVENTS)).toHaveLength(0);
    expect(gh.requests).toHaveLength(0);
  });
});

describe('workflows trigger on the label and run one at a time per PR', () => {
  const files = ['basic.yml', 'matrix.yml', 'monorepo.yml', 'fork-safe-checks.yml'].map((f) => [
    f,
    readFileSync(join(REPO_ROOT, 'examples', 'workflows', f), 'utf8'),
  ]);
  it.each([...files, ['modelgate init', workflowTemplate('.github/modelgate.yml', 'modelgate')]])(
    '%s',
    (_, text) => {
      const wf = parse(text!) as {
        on: Record<'pull_request' | 'pull_request_target', { types: string[] } | undefined>;
        concurrency: { group: string };
      };
      // The safe pattern runs on pull_request_target; either event must wake on the label.
      const event = wf.on.pull_request_target ?? wf.on.pull_request;
      expect(event?.types).toEqual(
        expect.arrayContaining(['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled']),
      );
      expect(wf.concurrency.group).toContain('github.event.pull_request.number');
    },
  );
});

describe('requests per run, label absent, the gate failing', () => {
  const inputs = { 'override-label': LABEL };
  const payload = prPayload('synchronize');

  function comments(n: number, ours: boolean): void {
    for (let i = 0; i < n; i++) gh.addComment(REPO, PR, { body: `comment ${i}`, user: 'alice' });
    if (ours) gh.addComment(REPO, PR, { body: '<!-- modelgate:report id=modelgate -->\nold' });
  }
  const count = () => gh.requests.map((r) => `${r.method} ${r.query.page ?? ''}`);

  it.each([
    [30, false],
    [29, true],
  ])(
    'report + gate, %i other comments (ours there: %s): at most 4',
    async (n, ours) => {
      comments(n, ours);
      const ws = resultsWorkspace();
      expect((await runStep(gh, 'report', ws, inputs, payload)).code).toBe(0);
      expect((await runStep(gh, 'gate', ws, inputs, payload)).code).toBe(1);
      expect(count().length, count().join(', ')).toBeLessThanOrEqual(4);
      expect(stickyComments(gh)).toHaveLength(1);
    },
    60_000,
  );

  it('report + gate, 250 comments and 250 events: at most 6, no event read', async () => {
    comments(250, false);
    for (let i = 0; i < 250; i++) gh.addEvent(REPO, PR, { event: 'subscribed', actor: 'bob' });
    const ws = resultsWorkspace();
    expect((await runStep(gh, 'report', ws, inputs, payload)).code).toBe(0);
    expect((await runStep(gh, 'gate', ws, inputs, payload)).code).toBe(1);
    expect(count().length, count().join(', ')).toBeLessThanOrEqual(6);
    expect(gh.requestsTo(EVENTS)).toHaveLength(0);
    expect(stickyComments(gh)).toHaveLength(1);
  }, 60_000);
});
