// The fake itself: it must refuse what GitHub's OpenAPI description refuses, and paginate and
// authenticate the way GitHub does, or the other tests prove nothing.
import { describe, expect, test } from 'vitest';
import { useFakeGitHub } from './helpers.js';

const h = useFakeGitHub();

async function call(method: string, path: string, body?: unknown, token = h.gh.token) {
  const res = await fetch(`${h.gh.url}${path}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      'user-agent': 'test',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

describe('OpenAPI conformance checks', () => {
  test('a status with state "great" is answered 422 and recorded as a violation', async () => {
    const sha = h.gh.addCommit('octo/model', { branch: 'main' });
    const res = await call('POST', `/repos/octo/model/statuses/${sha}`, {
      state: 'great',
      context: 'x',
    });
    expect(res.status).toBe(422);
    expect(String(res.json?.message)).toMatch(/state/);
    const v = h.gh.takeViolations();
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(
      /POST \/repos\/octo\/model\/statuses\/.*request body: \/state must be equal to one of the allowed values/,
    );
    expect(h.gh.statuses('octo/model')).toHaveLength(0);
  });

  test('a conforming status is accepted without violations', async () => {
    const sha = h.gh.addCommit('octo/model', { branch: 'main' });
    const res = await call('POST', `/repos/octo/model/statuses/${sha}`, {
      state: 'success',
      context: 'x',
    });
    expect(res.status).toBe(201);
    expect(h.gh.statuses('octo/model', sha)).toMatchObject([{ state: 'success', context: 'x' }]);
  });

  test('an unknown endpoint is a 404 and a violation', async () => {
    h.gh.addRepo('octo/model');
    const res = await call('GET', '/repos/octo/model/issues/1/reactionz');
    expect(res.status).toBe(404);
    expect(h.gh.takeViolations()).toEqual([expect.stringMatching(/no such operation/)]);
  });

  test('a comment body missing its required property, and a wrongly typed path parameter', async () => {
    h.gh.addIssue('octo/model', { number: 1 });
    const missing = await call('POST', '/repos/octo/model/issues/1/comments', { text: 'hi' });
    expect(missing.status).toBe(422);
    const badPath = await call('GET', '/repos/octo/model/issues/abc/comments');
    expect(badPath.status).toBe(404);
    const v = h.gh.takeViolations();
    expect(v.some((x) => /must have required property 'body'/.test(x))).toBe(true);
    expect(v.some((x) => /unknown request body property "text"/.test(x))).toBe(true);
    expect(v.some((x) => /issues\/abc\/comments: path parameters/.test(x))).toBe(true);
  });

  test('unknown query parameters are violations (GitHub ignores them, so they hide bugs)', async () => {
    h.gh.addIssue('octo/model', { number: 1 });
    const res = await call('GET', '/repos/octo/model/issues/1/comments?perpage=100');
    expect(res.status).toBe(200);
    expect(h.gh.takeViolations()).toEqual([
      expect.stringMatching(/unknown query parameter "perpage"/),
    ]);
  });

  test('bad credentials answer 401; a read-only token answers 403 on writes', async () => {
    h.gh.addIssue('octo/model', { number: 1 });
    expect(
      (await call('GET', '/repos/octo/model/issues/1/comments', undefined, 'nope')).status,
    ).toBe(401);
    const w = await call(
      'POST',
      '/repos/octo/model/issues/1/comments',
      { body: 'x' },
      h.gh.readOnlyToken,
    );
    expect(w.status).toBe(403);
    expect(w.json?.message).toBe('Resource not accessible by integration');
    expect(
      (await call('GET', '/repos/octo/model/issues/1/comments', undefined, h.gh.readOnlyToken))
        .status,
    ).toBe(200);
  });
});

describe('pagination', () => {
  test('Link header with per_page and page, rel="next"/"last" then "prev"/"first"', async () => {
    for (let i = 0; i < 250; i++)
      h.gh.addComment('octo/model', 7, { body: `c${i}`, user: 'someone' });
    const first = await call('GET', '/repos/octo/model/issues/7/comments?per_page=100');
    expect((first.json as unknown as unknown[]).length).toBe(100);
    const base = `${h.gh.url}/repos/octo/model/issues/7/comments`;
    expect(first.headers.get('link')).toBe(
      `<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=3>; rel="last"`,
    );
    const last = await call('GET', '/repos/octo/model/issues/7/comments?per_page=100&page=3');
    expect((last.json as unknown as Array<{ body: string }>).map((c) => c.body)).toHaveLength(50);
    expect(last.headers.get('link')).toBe(
      `<${base}?per_page=100&page=2>; rel="prev", <${base}?per_page=100&page=1>; rel="first"`,
    );
    const dflt = await call('GET', '/repos/octo/model/issues/7/comments');
    expect((dflt.json as unknown as unknown[]).length).toBe(30);
  });
});
