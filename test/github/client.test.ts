// Retries, rate limits and error messages of the client, against the fake.
import { describe, expect, test } from 'vitest';
import {
  GitHubRequestError,
  isForbidden,
  isNotFound,
  isResourceNotAccessible,
} from '../../src/github/client.js';
import { setCommitStatus } from '../../src/github/status.js';
import { getPullRequest } from '../../src/github/pulls.js';
import { useFakeGitHub } from './helpers.js';

const h = useFakeGitHub();
const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const STATUS = 'POST /repos/{owner}/{repo}/statuses/{sha}';

describe('retries', () => {
  test('a 502 then success: retried, one answer', async () => {
    const pr = h.gh.addPullRequest('octo/model');
    h.gh.inject({ route: PULL, status: 502, times: 1 });
    const got = await getPullRequest(h.client(), {
      owner: 'octo',
      repo: 'model',
      pullNumber: pr.number,
    });
    expect(got.number).toBe(pr.number);
    expect(h.gh.requestsTo(PULL).map((r) => r.status)).toEqual([502, 200]);
  });

  test('retries are bounded: 5xx forever fails after 1 + retries attempts, naming the request', async () => {
    const pr = h.gh.addPullRequest('octo/model');
    h.gh.inject({ route: PULL, status: 503, times: Infinity });
    const err = await getPullRequest(h.client({ retries: 2 }), {
      owner: 'octo',
      repo: 'model',
      pullNumber: pr.number,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubRequestError);
    expect((err as GitHubRequestError).status).toBe(503);
    expect((err as Error).message).toContain(
      `GET /repos/{owner}/{repo}/pulls/{pull_number} (/repos/octo/model/pulls/${pr.number}) failed with 503`,
    );
    expect(h.gh.requestsTo(PULL)).toHaveLength(3);
  });

  test('Retry-After on a 503 is honoured (in units of retryBaseMs)', async () => {
    const pr = h.gh.addPullRequest('octo/model');
    h.gh.inject({ route: PULL, status: 503, headers: { 'retry-after': '40' } });
    const t0 = Date.now();
    await getPullRequest(h.client({ retryBaseMs: 5 }), {
      owner: 'octo',
      repo: 'model',
      pullNumber: pr.number,
    });
    // 40 units of 5 ms: the default backoff would have waited 5 ms.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    expect(h.gh.requestsTo(PULL).map((r) => r.status)).toEqual([503, 200]);
  });

  test('a Retry-After beyond maxRetryAfterSeconds is not waited for', async () => {
    const pr = h.gh.addPullRequest('octo/model');
    h.gh.inject({ route: PULL, status: 503, headers: { 'retry-after': '3600' } });
    const err = await getPullRequest(h.client(), {
      owner: 'octo',
      repo: 'model',
      pullNumber: pr.number,
    }).catch((e: unknown) => e);
    expect((err as GitHubRequestError).status).toBe(503);
    expect(h.gh.requestsTo(PULL)).toHaveLength(1);
  });

  test('primary and secondary rate limits are retried after the reset, and are not "forbidden"', async () => {
    const pr = h.gh.addPullRequest('octo/model');
    h.gh.rateLimit(PULL, { kind: 'primary', retryAfter: 1 });
    h.gh.rateLimit(PULL, { kind: 'secondary', retryAfter: 2 });
    const got = await getPullRequest(h.client(), {
      owner: 'octo',
      repo: 'model',
      pullNumber: pr.number,
    });
    expect(got.number).toBe(pr.number);
    expect(h.gh.requestsTo(PULL).map((r) => r.status)).toEqual([403, 403, 200]);

    h.gh.rateLimit(PULL, { kind: 'secondary', retryAfter: 1, times: Infinity });
    const err = await getPullRequest(h.client({ retries: 1 }), {
      owner: 'octo',
      repo: 'model',
      pullNumber: pr.number,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubRequestError);
    expect((err as GitHubRequestError).rateLimited).toBe(true);
    expect(isForbidden(err)).toBe(false);
    expect((err as Error).message).toMatch(/rate limit/);
  });
});

describe('errors', () => {
  test('403 from a read-only token: isForbidden, message names the request, never the token', async () => {
    const pr = h.gh.addPullRequest('octo/model');
    const client = h.client({ token: h.gh.readOnlyToken });
    const err = await setCommitStatus(client, {
      owner: 'octo',
      repo: 'model',
      sha: pr.headSha,
      state: 'success',
      context: 'modelgate',
    }).catch((e: unknown) => e);
    expect(isForbidden(err)).toBe(true);
    expect(isResourceNotAccessible(err)).toBe(true);
    const msg = (err as Error).message;
    expect(msg).toContain('POST /repos/{owner}/{repo}/statuses/{sha}');
    expect(msg).toContain('403');
    expect(msg).toContain('Resource not accessible by integration');
    expect(msg).not.toContain(h.gh.readOnlyToken);
    expect(JSON.stringify(err)).not.toContain(h.gh.readOnlyToken);
    expect(h.gh.requestsTo(STATUS)).toHaveLength(1);
  });

  test('403 injected on one endpoint is not retried', async () => {
    const pr = h.gh.addPullRequest('octo/model');
    h.gh.forbid(STATUS);
    const err = await setCommitStatus(h.client(), {
      owner: 'octo',
      repo: 'model',
      sha: pr.headSha,
      state: 'failure',
      context: 'modelgate',
    }).catch((e: unknown) => e);
    expect(isForbidden(err)).toBe(true);
    expect(h.gh.requestsTo(STATUS)).toHaveLength(1);
  });

  test('404 names method, route and path', async () => {
    h.gh.addRepo('octo/model');
    const err = await getPullRequest(h.client(), {
      owner: 'octo',
      repo: 'model',
      pullNumber: 999,
    }).catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);
    expect((err as Error).message).toBe(
      'GitHub API GET /repos/{owner}/{repo}/pulls/{pull_number} (/repos/octo/model/pulls/999) failed with 404: Not Found ' +
        '(the repository, pull request, ref or file does not exist, or the token cannot see it)',
    );
  });

  test("422 carries GitHub's validation detail", async () => {
    h.gh.addRepo('octo/model');
    const err = await setCommitStatus(h.client(), {
      owner: 'octo',
      repo: 'model',
      sha: 'a'.repeat(40),
      state: 'success',
      context: 'modelgate',
    }).catch((e: unknown) => e);
    expect((err as GitHubRequestError).status).toBe(422);
    expect((err as Error).message).toMatch(
      /^GitHub API POST \/repos\/\{owner\}\/\{repo\}\/statuses\/\{sha\} \(\/repos\/octo\/model\/statuses\/a{40}\) failed with 422: Validation Failed \[No commit found for SHA: a{40}\]/,
    );
  });

  test('no server at all: a clear error without a status', async () => {
    const dead = h.client({ baseUrl: 'http://127.0.0.1:9', retries: 0 });
    const err = await getPullRequest(dead, { owner: 'o', repo: 'r', pullNumber: 1 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GitHubRequestError);
    expect((err as GitHubRequestError).status).toBe(0);
    expect((err as Error).message).toMatch(
      /^GitHub API GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\} .*failed without a response/,
    );
  });
});
