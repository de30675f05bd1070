// The sticky comment against the fake: create, update, find among 250, ignore impostors.
import { describe, expect, test } from 'vitest';
import {
  MAX_COMMENT_BODY,
  reportMarker,
  stickyBodyBudget,
  upsertStickyComment,
} from '../../src/github/comments.js';
import { findSelf } from '../../src/github/identity.js';
import { isForbidden } from '../../src/github/client.js';
import { useFakeGitHub } from './helpers.js';

const h = useFakeGitHub();
const REPO = 'octo/model';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';

function upsert(
  issueNumber: number,
  body: string,
  extra: { reportId?: string; history?: boolean } = {},
) {
  return upsertStickyComment(h.client(), {
    owner: 'octo',
    repo: 'model',
    issueNumber,
    reportId: extra.reportId ?? 'modelgate',
    body,
    ...(extra.history ? { history: true } : {}),
  });
}

describe('identity', () => {
  test('an installation token (GET /user 403) is github-actions[bot]', async () => {
    expect(await findSelf(h.client())).toEqual({
      login: 'github-actions[bot]',
      type: 'Bot',
      source: 'installation',
    });
  });

  test('a personal access token is its own login', async () => {
    h.gh.addToken('ghp_alice', { login: 'alice' });
    expect(await findSelf(h.client({ token: 'ghp_alice' }))).toEqual({
      login: 'alice',
      type: 'User',
      source: 'user',
    });
  });

  test('another app can name its bot', async () => {
    expect((await findSelf(h.client(), { installationLogin: 'my-app[bot]' })).login).toBe(
      'my-app[bot]',
    );
  });
});

describe('upsertStickyComment', () => {
  test('first run creates, second run updates the same comment', async () => {
    const pr = h.gh.addPullRequest(REPO);
    const first = await upsert(pr.number, '✅ **pass**\n\nAll good.');
    expect(first.action).toBe('created');
    expect(first.url).toBe(
      `https://github.com/octo/model/pull/${pr.number}#issuecomment-${first.commentId}`,
    );
    const second = await upsert(pr.number, '❌ **fail**\n\nAccuracy dropped.');
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });
    const comments = h.gh.comments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(
      `${reportMarker('modelgate')}\n❌ **fail**\n\nAccuracy dropped.`,
    );
    expect(comments[0]?.user.login).toBe('github-actions[bot]');
    expect(h.gh.requestsTo(CREATE)).toHaveLength(1);
    expect(h.gh.requestsTo(UPDATE)).toHaveLength(1);
  });

  test('250 earlier comments, ours on page 3: found by paging, per_page=100', async () => {
    const pr = h.gh.addPullRequest(REPO);
    for (let i = 0; i < 230; i++)
      h.gh.addComment(REPO, pr.number, { body: `chatter ${i}`, user: `user${i % 7}` });
    const ours = h.gh.addComment(REPO, pr.number, {
      body: `${reportMarker('modelgate')}\nold report`,
    });
    for (let i = 0; i < 19; i++)
      h.gh.addComment(REPO, pr.number, { body: `more ${i}`, user: 'bob' });
    expect(h.gh.comments(REPO, pr.number)).toHaveLength(250);

    const res = await upsert(pr.number, 'new report');
    expect(res).toMatchObject({ action: 'updated', commentId: ours.id });
    const lists = h.gh.requestsTo(LIST);
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(lists.every((r) => r.query.per_page === '100')).toBe(true);
    expect(h.gh.comments(REPO, pr.number)).toHaveLength(250);
    expect(h.gh.requestsTo(CREATE)).toHaveLength(0);
  });

  test("another user's comment with our exact marker is ignored (and left untouched)", async () => {
    const pr = h.gh.addPullRequest(REPO);
    const impostor = h.gh.addComment(REPO, pr.number, {
      body: `${reportMarker('modelgate')}\nfake pass`,
      user: 'mallory',
    });
    const bot = h.gh.addComment(REPO, pr.number, {
      body: `${reportMarker('modelgate')}\nfrom another bot`,
      user: 'other-app[bot]',
      userType: 'Bot',
    });
    const res = await upsert(pr.number, 'real report');
    expect(res.action).toBe('created');
    const comments = h.gh.comments(REPO, pr.number);
    expect(comments).toHaveLength(3);
    expect(comments.find((c) => c.id === impostor.id)?.body).toContain('fake pass');
    expect(comments.find((c) => c.id === bot.id)?.body).toContain('from another bot');
  });

  test('a marker for another id, or quoted inside a line, does not match', async () => {
    const pr = h.gh.addPullRequest(REPO);
    h.gh.addComment(REPO, pr.number, { body: `${reportMarker('modelgate-2')}\nother` });
    h.gh.addComment(REPO, pr.number, { body: `see \`${reportMarker('modelgate')}\` in the docs` });
    expect((await upsert(pr.number, 'x')).action).toBe('created');
  });

  test('two report ids give two comments, each updated in place', async () => {
    const pr = h.gh.addPullRequest(REPO);
    const a = await upsert(pr.number, 'report A', { reportId: 'model-a' });
    const b = await upsert(pr.number, 'report B', { reportId: 'model-b' });
    expect(a.commentId).not.toBe(b.commentId);
    const a2 = await upsert(pr.number, 'report A v2', { reportId: 'model-a' });
    expect(a2).toMatchObject({ action: 'updated', commentId: a.commentId });
    const bodies = h.gh.comments(REPO, pr.number).map((c) => c.body);
    expect(bodies).toEqual([
      `${reportMarker('model-a')}\nreport A v2`,
      `${reportMarker('model-b')}\nreport B`,
    ]);
  });

  test('with a personal access token, its own comments are matched', async () => {
    h.gh.addToken('ghp_alice', { login: 'alice' });
    const pr = h.gh.addPullRequest(REPO);
    h.gh.addComment(REPO, pr.number, { body: `${reportMarker('modelgate')}\nbot wrote this` });
    const mine = h.gh.addComment(REPO, pr.number, {
      body: `${reportMarker('modelgate')}\nalice wrote this`,
      user: 'alice',
    });
    const res = await upsertStickyComment(h.client({ token: 'ghp_alice' }), {
      owner: 'octo',
      repo: 'model',
      issueNumber: pr.number,
      reportId: 'modelgate',
      body: 'update',
    });
    expect(res).toMatchObject({ action: 'updated', commentId: mine.id });
  });

  test('history folds previous verdicts, newest first, into <details>', async () => {
    const pr = h.gh.addPullRequest(REPO);
    await upsert(pr.number, '✅ **pass**: 3 checks\n\nbody 1', { history: true });
    await upsert(pr.number, '⚠️ **warn**: accuracy <inconclusive>\n\nbody 2', { history: true });
    await upsert(pr.number, '❌ **fail**: 1 regression\n\nbody 3', { history: true });
    const [c] = h.gh.comments(REPO, pr.number);
    const body = c?.body ?? '';
    expect(
      body.startsWith(`${reportMarker('modelgate')}\n❌ **fail**: 1 regression\n\nbody 3\n\n`),
    ).toBe(true);
    expect(body).toContain('<details><summary>History (2 earlier verdicts)</summary>');
    const entries = body.split('\n').filter((l) => l.startsWith('- '));
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatch(
      /^- \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ: ⚠️ \*\*warn\*\*: accuracy &lt;inconclusive&gt;$/,
    );
    expect(entries[1]).toMatch(/: ✅ \*\*pass\*\*: 3 checks$/);
    expect(body).not.toContain('body 1');
    expect(body.trimEnd().endsWith('<!-- /modelgate:history -->')).toBe(true);
  });

  test('history is bounded by count and by the 65,536-character limit', async () => {
    const pr = h.gh.addPullRequest(REPO);
    for (let i = 0; i < 14; i++) await upsert(pr.number, `verdict ${i}`, { history: true });
    let body = h.gh.comments(REPO, pr.number)[0]?.body ?? '';
    expect(body.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(10);
    expect(body).toContain('verdict 12');
    expect(body).not.toContain('verdict 2\n');

    const huge = `verdict big\n${'x'.repeat(stickyBodyBudget('modelgate') - 12 - 200)}`;
    await upsert(pr.number, huge, { history: true });
    body = h.gh.comments(REPO, pr.number)[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_BODY);
    const kept = body.split('\n').filter((l) => l.startsWith('- '));
    expect(kept.length).toBeLessThan(10);
    expect(kept[0]).toMatch(/verdict 13$/);

    const full = 'y'.repeat(stickyBodyBudget('modelgate'));
    await upsert(pr.number, full, { history: true });
    body = h.gh.comments(REPO, pr.number)[0]?.body ?? '';
    expect(body.length).toBe(MAX_COMMENT_BODY);
    expect(body).not.toContain('History');
  });

  test('a body over the budget throws before any request', async () => {
    const pr = h.gh.addPullRequest(REPO);
    const before = h.gh.requests.length;
    await expect(upsert(pr.number, 'z'.repeat(stickyBodyBudget('modelgate') + 1))).rejects.toThrow(
      /at most 65497\./,
    );
    expect(h.gh.requests.length).toBe(before);
    expect(stickyBodyBudget('modelgate')).toBe(
      MAX_COMMENT_BODY - reportMarker('modelgate').length - 1,
    );
  });

  test('an unsafe report id is refused', async () => {
    await expect(upsert(1, 'x', { reportId: 'a -->' })).rejects.toThrow(/Invalid report id/);
  });

  test('a read-only (fork) token: isForbidden on create', async () => {
    const pr = h.gh.addPullRequest(REPO);
    const err = await upsertStickyComment(h.client({ token: h.gh.readOnlyToken }), {
      owner: 'octo',
      repo: 'model',
      issueNumber: pr.number,
      reportId: 'modelgate',
      body: 'x',
    }).catch((e: unknown) => e);
    expect(isForbidden(err)).toBe(true);
    expect((err as Error).message).toContain(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    );
    expect(h.gh.comments(REPO, pr.number)).toHaveLength(0);
  });
});
