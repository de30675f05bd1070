// End to end: `node dist/report.js` and `node dist/gate.js` as the runner starts them (INPUT_*,
// GITHUB_* and a real pull_request payload from @octokit/webhooks-examples), against the fake
// GitHub, which checks every request against GitHub's OpenAPI description.
// Run `npm run build` first.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { requireBuilt, runAction, type ActionOptions } from '../helpers/runner.js';
import { compareResult, FIXTURES } from '../report/helpers.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
  name: string;
  examples: Array<Record<string, unknown>>;
}>;
const prEvent = structuredClone(
  examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!,
) as {
  number: number;
  pull_request: {
    head: { sha: string; repo: { full_name: string } };
    base: { repo: { full_name: string } };
  };
  repository: { full_name: string };
};
const REPO = prEvent.repository.full_name;
const PR = prEvent.number;
const HEAD = prEvent.pull_request.head.sha;
const RUN_ID = '4242';
const RUN_URL = `https://github.com/${REPO}/actions/runs/${RUN_ID}`;
const MARKER = '<!-- modelgate:report id=modelgate -->';
const LABEL = 'modelgate: accept-regression';

let gh: FakeGitHub;

/** The payload of the run that applying LABEL starts, on the head `sha`. */
function labeledPayload(sha = HEAD) {
  const p = structuredClone(prEvent) as typeof prEvent & Record<string, unknown>;
  p.action = 'labeled';
  p.label = { name: LABEL };
  Object.assign(p.pull_request, { labels: [{ name: LABEL }] });
  p.pull_request.head.sha = sha;
  return p;
}

function unlabeledPayload(sha = HEAD) {
  const p = structuredClone(prEvent) as typeof prEvent & Record<string, unknown>;
  p.action = 'unlabeled';
  p.label = { name: LABEL };
  Object.assign(p.pull_request, { labels: [] });
  p.pull_request.head.sha = sha;
  return p;
}

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO);
  gh.addPullRequest(REPO, { number: PR, headSha: HEAD });
});

afterEach(async () => {
  gh.expectNoViolations();
  await gh.close();
});

function workspace(files: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-e2e-ws-'));
  mkdirSync(join(dir, 'modelgate-results'));
  for (const name of ['classifier-fail.json', 'training-data-warn.json', 'ranker-pass.json']) {
    cpSync(join(FIXTURES, name), join(dir, 'modelgate-results', name));
  }
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(
      join(dir, 'modelgate-results', name),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  }
  return dir;
}

function run(
  name: 'report' | 'gate',
  ws: string,
  inputs: Record<string, string> = {},
  extra: Partial<ActionOptions> = {},
) {
  return runAction(name, {
    workspace: ws,
    event: { name: 'pull_request', payload: prEvent },
    inputs: { 'github-token': gh.token, ...inputs },
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: REPO,
      GITHUB_RUN_ID: RUN_ID,
      GITHUB_SHA: 'f'.repeat(40),
    },
    ...extra,
  });
}

describe('report action', () => {
  beforeAll(() => requireBuilt('report'));

  it('creates one sticky comment, then updates it, and posts the status on the head SHA', async () => {
    const ws = workspace();
    const first = await run('report', ws);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const comments = gh.comments(REPO, PR);
    expect(comments).toHaveLength(1);
    expect(
      comments[0]!.body.startsWith(
        `${MARKER}\n### ❌ modelgate: fail · 1 of 3 checks failed: classifier (fail)`,
      ),
    ).toBe(true);
    expect(comments[0]!.user.login).toBe('github-actions[bot]');
    expect(first.outputs.verdict).toBe('fail');
    expect(first.outputs['comment-url']).toMatch(
      new RegExp(`/${REPO}/pull/${PR}#issuecomment-${comments[0]!.id}$`),
    );
    // The job summary has the full report too.
    expect(first.summary).toContain('#### ❌ Classifier · compare classifier');
    expect(first.summary).toContain(`[workflow run](${RUN_URL})`);

    const statuses = gh.statuses(REPO);
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({
      sha: HEAD,
      state: 'failure',
      context: 'modelgate',
      targetUrl: RUN_URL,
    });
    expect(statuses[0]!.description!.length).toBeLessThan(140);
    expect(statuses[0]!.description).toMatch(/^fail: 1 of 3 checks failed: classifier \(fail\)/);

    // Second run: a fix lands (every gated row passes, both models score the same examples), the same comment is updated. The
    // rows change with the status: a status alone is refused (test/core/evidence.test.ts).
    const fixed = JSON.parse(readFileSync(join(FIXTURES, 'classifier-fail.json'), 'utf8')) as {
      status: string;
      details: {
        metrics: Array<{ gated: boolean; status: string }>;
        examples: { candidateOnly: number; sampleMissingIds: string[] };
      };
    };
    fixed.status = 'pass';
    Object.assign(fixed.details.examples, { candidateOnly: 0, sampleMissingIds: [] });
    for (const m of fixed.details.metrics) if (m.gated) m.status = 'pass';
    writeFileSync(join(ws, 'modelgate-results', 'classifier-fail.json'), JSON.stringify(fixed));
    const second = await run('report', ws, { 'status-context': 'ml/quality' });
    expect(second.code).toBe(0);
    const after = gh.comments(REPO, PR);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(comments[0]!.id);
    expect(after[0]!.body).toContain('### ⚠️ modelgate: warn');
    expect(gh.requestsTo('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(
      1,
    );
    expect(gh.statuses(REPO, HEAD).map((s) => [s.context, s.state])).toEqual([
      ['modelgate', 'failure'],
      ['ml/quality', 'success'],
    ]);
  });

  it('finds its comment on page 3 among 250 others and ignores an impostor with the marker', async () => {
    gh.addComment(REPO, PR, { body: `${MARKER}\nfake report by a user`, user: 'mallory' });
    for (let i = 0; i < 230; i++)
      gh.addComment(REPO, PR, {
        body: `comment ${i}`,
        user: i % 2 ? 'alice' : 'github-actions[bot]',
      });
    const ours = gh.addComment(REPO, PR, { body: `${MARKER}\n### ✅ modelgate: pass · old` });
    for (let i = 0; i < 19; i++) gh.addComment(REPO, PR, { body: `later ${i}`, user: 'bob' });
    expect(gh.comments(REPO, PR)).toHaveLength(251);
    const res = await run('report', workspace(), { history: 'true' });
    expect(res.code).toBe(0);
    const all = gh.comments(REPO, PR);
    expect(all).toHaveLength(251);
    const updated = all.find((c) => c.id === ours.id)!;
    expect(updated.body).toContain('### ❌ modelgate: fail');
    // history: the previous verdict folded at the bottom.
    expect(updated.body).toMatch(
      /<details><summary>History \(1 earlier verdict\)<\/summary>\n\n- .*### ✅ modelgate: pass · old/,
    );
    expect(all[0]!.body).toBe(`${MARKER}\nfake report by a user`);
    const pages = gh
      .requestsTo('GET /repos/{owner}/{repo}/issues/{issue_number}/comments')
      .map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
  });

  it('with another GitHub App token, comment-author names its bot: one comment, updated', async () => {
    const APP_TOKEN = 'ghs_otherAppInstallationToken0123456789';
    gh.addToken(APP_TOKEN, { login: 'my-app[bot]', installation: true });
    // Someone else's comment with our marker is still not ours.
    gh.addComment(REPO, PR, { body: `${MARKER}\nforged`, user: 'mallory', userType: 'User' });
    const ws = workspace();
    const inputs = { 'github-token': APP_TOKEN, 'comment-author': 'my-app[bot]' };
    const first = await run('report', ws, inputs);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const second = await run('report', ws, inputs);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const comments = gh.comments(REPO, PR);
    expect(comments.map((c) => c.user.login)).toEqual(['mallory', 'my-app[bot]']);
    expect(comments[1]!.body.startsWith(`${MARKER}\n### ❌ modelgate`)).toBe(true);
    expect(gh.requestsTo('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(
      1,
    );
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    // Not a login: refused before anything is posted.
    const bad = await run('report', ws, { ...inputs, 'comment-author': 'my app; rm' });
    expect(bad.code).toBe(1);
    expect(bad.commands.find((c) => c.command === 'error')?.message).toBe(
      "comment-author must be a GitHub login such as my-app[bot], got 'my app; rm'",
    );
    expect(gh.comments(REPO, PR)).toHaveLength(2);
  });

  it('keeps one comment per report id', async () => {
    const ws = workspace();
    expect((await run('report', ws, { 'report-id': 'nightly' })).code).toBe(0);
    expect((await run('report', ws)).code).toBe(0);
    expect((await run('report', ws, { 'report-id': 'nightly' })).code).toBe(0);
    const bodies = gh.comments(REPO, PR).map((c) => c.body.split('\n')[0]);
    expect(bodies.sort()).toEqual([
      '<!-- modelgate:report id=modelgate -->',
      '<!-- modelgate:report id=nightly -->',
    ]);
    expect(gh.comments(REPO, PR).find((c) => c.body.includes('id=nightly'))!.body).toContain(
      'modelgate (nightly): fail',
    );
  });

  it('degrades on 403: full job summary, a warning naming the permission, exit 0', async () => {
    const res = await run('report', workspace(), { 'github-token': gh.readOnlyToken });
    expect(res.code).toBe(0);
    expect(gh.comments(REPO, PR)).toHaveLength(0);
    expect(gh.statuses(REPO)).toHaveLength(0);
    const warnings = res.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(
      warnings.some((w) => /could not write the PR comment.*403.*`pull-requests: write`/.test(w)),
    ).toBe(true);
    expect(
      warnings.some((w) => /could not set the commit status.*403.*`statuses: write`/.test(w)),
    ).toBe(true);
    expect(res.summary).toContain('#### ❌ Classifier · compare classifier');
    expect(res.summary).toContain('Sample violations');
  });

  it('explains the two-workflow pattern on a pull request from a fork', async () => {
    const fork = structuredClone(prEvent);
    fork.pull_request.head.repo.full_name = 'forker/Hello-World';
    const res = await run(
      'report',
      workspace(),
      { 'github-token': gh.readOnlyToken },
      { event: { name: 'pull_request', payload: fork } },
    );
    expect(res.code).toBe(0);
    const warnings = res.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(
      warnings.some((w) => /comes from a fork.*two-workflow pattern.*workflow_run/.test(w)),
    ).toBe(true);
  });

  it('retries a 5xx and fails clearly, naming the request, on a 422', async () => {
    gh.inject({
      route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 502,
      times: 1,
    });
    gh.inject({
      route: 'POST /repos/{owner}/{repo}/statuses/{sha}',
      status: 422,
      message: 'Validation Failed',
      times: 1,
    });
    const res = await run('report', workspace());
    expect(gh.comments(REPO, PR)).toHaveLength(1);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(
      2,
    );
    expect(res.code).toBe(1);
    expect(res.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^GitHub API POST \/repos\/\{owner\}\/\{repo\}\/statuses\/\{sha\}.*failed with 422: Validation Failed/,
    );
    expect(res.summary).toContain('#### ❌ Classifier');
  });

  it('shrinks a result of 5,000 slices under 65,536 characters and says what was cut', async () => {
    const big = compareResult(
      'slices',
      'fail',
      Array.from({ length: 5000 }, (_, i) => ({
        name: 'accuracy',
        slice: { key: 'customer', value: `customer-${i}` },
        status: (i % 1000 === 0 ? 'fail' : 'pass') as 'fail' | 'pass',
      })),
      { context: { repo: REPO, pr: PR, sha: HEAD } },
    );
    const res = await run('report', workspace({ 'slices.json': big }));
    expect(res.code).toBe(0);
    const [comment] = gh.comments(REPO, PR);
    expect(comment!.body.length).toBeLessThan(65_536);
    // The five failing slices first, then passing ones until the budget is used.
    expect(comment!.body.length).toBeGreaterThan(60_000);
    // Rows are cut from the passing end only: far fewer than the 4,996 of a fixed cap.
    const note =
      /Shortened to fit GitHub's 65,536-character comment limit: left out 5 sample violations, ([\d,]+) slice rows[,.]/.exec(
        comment!.body,
      );
    expect(note, comment!.body.slice(0, 600)).not.toBeNull();
    const cut = Number(note![1]!.replace(/,/g, ''));
    expect(cut).toBeGreaterThan(0);
    expect(cut).toBeLessThan(4_500);
    const firstFold = comment!.body.indexOf('<details>');
    for (const i of [0, 1000, 2000, 3000, 4000])
      expect(comment!.body.indexOf(`customer-${i} `)).toBeLessThan(firstFold);
    expect(comment!.body).toContain(`The full report is in the [job summary](${RUN_URL})`);
    // The job summary keeps every slice, within 1 MiB.
    expect(Buffer.byteLength(res.summary)).toBeLessThanOrEqual(1_048_576);
    expect(res.summary).toContain('customer-4999');
  });

  it('in a workflow_run workflow, posts only when the results match the triggering run', async () => {
    const runEvent = structuredClone(
      examples
        .find((e) => e.name === 'workflow_run')!
        .examples.find(
          (e) => (e.workflow_run as { pull_requests: unknown[] }).pull_requests.length > 0,
        )!,
    ) as {
      workflow_run: {
        head_sha: string;
        pull_requests: Array<{ number: number; head: { sha: string } }>;
      };
      repository: { full_name: string };
    };
    runEvent.repository.full_name = REPO;
    runEvent.workflow_run.head_sha = HEAD;
    runEvent.workflow_run.pull_requests[0]!.number = PR;
    runEvent.workflow_run.pull_requests[0]!.head.sha = HEAD;
    const event = { name: 'workflow_run', payload: runEvent };

    const ok = await run('report', workspace(), {}, { event });
    expect(ok.code).toBe(0);
    expect(gh.comments(REPO, PR)).toHaveLength(1);
    expect(gh.statuses(REPO, HEAD)).toHaveLength(1);

    // A result file claiming another PR (say, to deface it) is refused.
    const forged = compareResult('forged', 'pass', [{ name: 'acc' }], {
      context: { repo: REPO, pr: 99, sha: HEAD },
    });
    const dir = mkdtempSync(join(tmpdir(), 'mg-e2e-ws-'));
    mkdirSync(join(dir, 'modelgate-results'));
    writeFileSync(join(dir, 'modelgate-results', 'forged.json'), JSON.stringify(forged));
    gh.addPullRequest(REPO, { number: 99 });
    const refused = await run('report', dir, {}, { event });
    expect(refused.code).toBe(1);
    expect(refused.commands.find((c) => c.command === 'error')?.message).toMatch(
      /refusing to publish the report: the result files name pull request 99/,
    );
    expect(gh.comments(REPO, 99)).toHaveLength(0);
    expect(refused.summary).toContain('Not published');
  });
  it('in a workflow_run for a fork PR (no pull_requests listed), asks GitHub which PR has the run head', async () => {
    const forkSha = 'a'.repeat(40);
    gh.addPullRequest(REPO, {
      number: 3,
      headSha: forkSha,
      headRef: 'patch-1',
      headRepo: 'forker/Hello-World',
    });
    const runEvent = structuredClone(
      examples.find((e) => e.name === 'workflow_run')!.examples[0]!,
    ) as {
      workflow_run: Record<string, unknown> & { head_repository: { full_name: string } };
      repository: { full_name: string };
    };
    runEvent.repository.full_name = REPO;
    Object.assign(runEvent.workflow_run, {
      head_sha: forkSha,
      head_branch: 'patch-1',
      pull_requests: [],
    });
    runEvent.workflow_run.head_repository.full_name = 'forker/Hello-World';
    const result = compareResult('fork-model', 'fail', [{ name: 'acc', status: 'fail' }], {
      context: { repo: REPO, pr: 3, sha: forkSha },
    });
    const dir = mkdtempSync(join(tmpdir(), 'mg-e2e-ws-'));
    mkdirSync(join(dir, 'modelgate-results'));
    writeFileSync(join(dir, 'modelgate-results', 'r.json'), JSON.stringify(result));
    const res = await run(
      'report',
      dir,
      {},
      { event: { name: 'workflow_run', payload: runEvent } },
    );
    expect(res.code).toBe(0);
    expect(gh.comments(REPO, 3)).toHaveLength(1);
    expect(gh.statuses(REPO, forkSha)).toMatchObject([{ state: 'failure', context: 'modelgate' }]);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/pulls')[0]!.query.head).toBe('forker:patch-1');

    // The same results replayed against another run's head are refused.
    Object.assign(runEvent.workflow_run, { head_sha: 'b'.repeat(40) });
    const replay = await run(
      'report',
      dir,
      {},
      { event: { name: 'workflow_run', payload: runEvent } },
    );
    expect(replay.code).toBe(1);
    expect(replay.commands.find((c) => c.command === 'error')?.message).toContain(
      `the result files are about commit ${forkSha.slice(0, 12)} but the triggering run built ${'b'.repeat(12)}`,
    );
    expect(gh.comments(REPO, 3)).toHaveLength(1);
  });
});

describe('gate action', () => {
  beforeAll(() => requireBuilt('gate'));

  it('fails on a failing result and passes on warnings unless fail-on is warn', async () => {
    const failing = await run('gate', workspace());
    expect(failing.code).toBe(1);
    expect(failing.outputs).toMatchObject({
      verdict: 'fail',
      failed: 'true',
      warned: 'true',
      reason: '1 of 3 checks failed: classifier (fail)',
    });
    expect(failing.commands.find((c) => c.command === 'error')?.message).toBe(
      'modelgate gate: 1 of 3 checks failed: classifier (fail)',
    );

    const ws = workspace();
    writeFileSync(join(ws, 'modelgate-results', 'classifier-fail.json'), '{}');
    const broken = await run('gate', ws);
    expect(broken.code).toBe(1);
    expect(broken.outputs.verdict).toBe('error');

    const warnOnly = workspace();
    writeFileSync(
      join(warnOnly, 'modelgate-results', 'classifier-fail.json'),
      readFileSync(join(FIXTURES, 'ranker-pass.json'), 'utf8').replace('"ranker"', '"ranker2"'),
    );
    const passed = await run('gate', warnOnly);
    expect(passed.code).toBe(0);
    expect(passed.outputs).toMatchObject({ verdict: 'warn', failed: 'false', warned: 'true' });
    const strict = await run('gate', warnOnly, { 'fail-on': 'warn' });
    expect(strict.code).toBe(1);
    expect(strict.outputs.reason).toBe('1 of 3 checks warned and fail-on is warn: training-data');
  });

  it('keeps its job summary under 1 MiB with 1,000 results, worst kept, saying how many are cut', async () => {
    const ws = workspace();
    // Each row near its largest: a 100-character id and a summary that escapes to 4 bytes a character.
    for (let i = 0; i < 1000; i++) {
      const id = `r${String(i).padStart(4, '0')}-${'x'.repeat(94)}`;
      const status = i === 999 ? 'fail' : 'pass';
      writeFileSync(
        join(ws, 'modelgate-results', `${id}.json`),
        JSON.stringify(
          compareResult(id, status, status === 'fail' ? [{ name: 'acc', status: 'fail' }] : [], {
            summary: '#'.repeat(1000),
          }),
        ),
      );
    }
    const res = await run('gate', ws);
    expect(res.code).toBe(1);
    expect(res.outputs.failed).toBe('true');
    expect(Buffer.byteLength(res.summary)).toBeLessThanOrEqual(1_048_576);
    expect(Buffer.byteLength(res.summary)).toBeGreaterThan(900_000);
    // worst first: the failing results are in, passing ones were cut and counted
    expect(res.summary).toContain('| r0999-');
    expect(res.summary).toContain('| classifier |');
    const shown = res.summary.split('\n').filter((l) => /^\| (?!Result |-)/.test(l)).length;
    expect(shown).toBeGreaterThan(500);
    expect(res.summary).toContain(`… ${1003 - shown} more results not shown`);
  });

  it('accepts the override label only from a user with write access', async () => {
    gh.setPermission(REPO, 'reader', 'read');
    gh.setPermission(REPO, 'maintainer', 'maintain');
    const ws = workspace();
    // The runs the label starts (on: pull_request types labeled, unlabeled).
    const labeled = { event: { name: 'pull_request', payload: labeledPayload() } };
    const unlabeled = { event: { name: 'pull_request', payload: unlabeledPayload() } };

    gh.addLabel(REPO, PR, LABEL, 'reader');
    const ignored = await run('gate', ws, { 'override-label': LABEL }, labeled);
    expect(ignored.code).toBe(1);
    expect(ignored.outputs.failed).toBe('true');
    expect(ignored.outputs.reason).toContain(
      `override label '${LABEL}' applied by reader ignored: reader has read access`,
    );
    expect(ignored.summary).toContain('**Override ignored.**');

    gh.removeLabel(REPO, PR, LABEL, 'reader');
    const labelled = gh.addLabel(REPO, PR, LABEL, 'maintainer');
    const accepted = await run('gate', ws, { 'override-label': LABEL }, labeled);
    expect(accepted.code).toBe(0);
    expect(accepted.outputs).toMatchObject({
      verdict: 'warn',
      failed: 'false',
      warned: 'true',
      'override-by': 'maintainer',
      'override-at': labelled.createdAt,
    });
    expect(accepted.summary).toContain(`**Overridden** by maintainer at ${labelled.createdAt}`);
    // The report says so too, and the status turns green.
    const report = await run('report', ws, { 'override-label': LABEL }, labeled);
    expect(report.code).toBe(0);
    expect(gh.comments(REPO, PR)[0]!.body).toContain('**Overridden.** accepted by override label');
    expect(gh.statuses(REPO, HEAD).at(-1)).toMatchObject({ state: 'success' });

    // Removed again: the gate blocks again.
    gh.removeLabel(REPO, PR, LABEL, 'maintainer');
    expect((await run('gate', ws, { 'override-label': LABEL }, unlabeled)).code).toBe(1);
  });
});
