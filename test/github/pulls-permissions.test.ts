// Pull requests, workflow runs (the workflow_run pattern), label events and permissions.
import { describe, expect, test } from 'vitest';
import {
  getPullRequest,
  getRepository,
  getWorkflowRun,
  listPullRequestsForRun,
} from '../../src/github/pulls.js';
import { getLabelAppliedBy, getPermission } from '../../src/github/permissions.js';
import { useFakeGitHub } from './helpers.js';

const h = useFakeGitHub();
const REPO = 'octo/model';
const LABEL = 'modelgate: accept-regression';

describe('pull requests and runs', () => {
  test('getPullRequest: head/base and fork detection', async () => {
    const own = h.gh.addPullRequest(REPO, { headRef: 'feat', labels: ['x'] });
    const fork = h.gh.addPullRequest(REPO, { headRepo: 'mallory/model', headRef: 'main' });
    const gone = h.gh.addPullRequest(REPO, { headRepo: null });
    const client = h.client();
    expect(
      await getPullRequest(client, { owner: 'octo', repo: 'model', pullNumber: own.number }),
    ).toMatchObject({
      number: own.number,
      headSha: own.headSha,
      headRef: 'feat',
      headRepoFullName: 'octo/model',
      baseSha: own.baseSha,
      baseRef: 'main',
      isFork: false,
      labels: ['x'],
    });
    expect(
      await getPullRequest(client, { owner: 'octo', repo: 'model', pullNumber: fork.number }),
    ).toMatchObject({
      headRepoFullName: 'mallory/model',
      isFork: true,
    });
    expect(
      (await getPullRequest(client, { owner: 'octo', repo: 'model', pullNumber: gone.number }))
        .isFork,
    ).toBe(true);
    expect(await getRepository(client, { owner: 'octo', repo: 'model' })).toMatchObject({
      defaultBranch: 'main',
      fork: false,
    });
  });

  test('workflow_run from a same-repo PR: pull_requests as listed', async () => {
    const pr = h.gh.addPullRequest(REPO, { headRef: 'feat' });
    const run = h.gh.addWorkflowRun(REPO, {
      workflow: 'ci.yml',
      event: 'pull_request',
      branch: 'feat',
      headSha: pr.headSha,
      pullRequests: [{ number: pr.number, headSha: pr.headSha, headRef: 'feat', baseRef: 'main' }],
    });
    const info = await getWorkflowRun(h.client(), { owner: 'octo', repo: 'model', runId: run.id });
    expect(info).toMatchObject({
      id: run.id,
      event: 'pull_request',
      headSha: pr.headSha,
      headBranch: 'feat',
    });
    expect(
      await listPullRequestsForRun(h.client(), { owner: 'octo', repo: 'model', run: info }),
    ).toEqual([{ number: pr.number, headSha: pr.headSha, headRef: 'feat', baseRef: 'main' }]);
  });

  test('workflow_run from a fork PR: empty pull_requests, found by head owner:branch and SHA', async () => {
    const pr = h.gh.addPullRequest(REPO, { headRepo: 'mallory/model', headRef: 'patch-1' });
    h.gh.addPullRequest(REPO, { headRepo: 'mallory/model', headRef: 'patch-1', state: 'closed' });
    h.gh.addPullRequest(REPO, { headRepo: 'other/model', headRef: 'patch-1', headSha: pr.headSha });
    const run = h.gh.addWorkflowRun(REPO, {
      workflow: 'ci.yml',
      event: 'pull_request',
      branch: 'patch-1',
      headSha: pr.headSha,
      headRepo: 'mallory/model',
    });
    const prs = await listPullRequestsForRun(h.client(), {
      owner: 'octo',
      repo: 'model',
      run: run.id,
    });
    expect(prs.map((p) => p.number)).toEqual([pr.number]);
    const q = h.gh.requestsTo('GET /repos/{owner}/{repo}/pulls')[0]?.query;
    expect(q).toMatchObject({ head: 'mallory:patch-1', state: 'open' });
  });
});

describe('label applied by, and permission', () => {
  test('the most recent labeled event, found after paging past 100+ events', async () => {
    const pr = h.gh.addPullRequest(REPO);
    h.gh.addLabel(REPO, pr.number, LABEL, 'mallory');
    h.gh.removeLabel(REPO, pr.number, LABEL, 'mallory');
    for (let i = 0; i < 150; i++)
      h.gh.addEvent(REPO, pr.number, { event: 'subscribed', actor: `u${i}` });
    h.gh.addLabel(REPO, pr.number, 'other-label', 'eve');
    const ev = h.gh.addLabel(REPO, pr.number, LABEL, 'maintainer-mo');
    const got = await getLabelAppliedBy(h.client(), {
      owner: 'octo',
      repo: 'model',
      issueNumber: pr.number,
      label: LABEL,
    });
    expect(got).toEqual({
      label: LABEL,
      actor: 'maintainer-mo',
      actorType: 'User',
      createdAt: ev.createdAt,
      eventId: ev.id,
      stillApplied: true,
    });
    expect(h.gh.requestsTo('GET /repos/{owner}/{repo}/issues/{issue_number}/events')).toHaveLength(
      2,
    );
  });

  test('removed after being applied: stillApplied false; never applied: null', async () => {
    const pr = h.gh.addPullRequest(REPO);
    const client = h.client();
    expect(
      await getLabelAppliedBy(client, {
        owner: 'octo',
        repo: 'model',
        issueNumber: pr.number,
        label: LABEL,
      }),
    ).toBeNull();
    h.gh.addLabel(REPO, pr.number, LABEL, 'maintainer-mo');
    h.gh.removeLabel(REPO, pr.number, LABEL, 'someone');
    expect(
      await getLabelAppliedBy(client, {
        owner: 'octo',
        repo: 'model',
        issueNumber: pr.number,
        label: LABEL,
      }),
    ).toMatchObject({
      actor: 'maintainer-mo',
      stillApplied: false,
    });
  });

  test('write = admin, maintain or write; triage/read/none/unknown cannot', async () => {
    h.gh.addRepo(REPO);
    const roles = ['admin', 'maintain', 'write', 'triage', 'read'] as const;
    for (const r of roles) h.gh.setPermission(REPO, `u-${r}`, r);
    h.gh.addUser('outsider');
    const client = h.client();
    const ask = (username: string) =>
      getPermission(client, { owner: 'octo', repo: 'model', username });
    for (const r of roles) {
      expect(await ask(`u-${r}`)).toEqual({
        username: `u-${r}`,
        permission: r,
        roleName: r,
        canWrite: r === 'admin' || r === 'maintain' || r === 'write',
      });
    }
    expect(await ask('outsider')).toMatchObject({ permission: 'read', canWrite: false });
    expect(await ask('no-such-user')).toMatchObject({ permission: 'none', canWrite: false });
  });
});
