// Commit statuses and files at a ref, against the fake.
import { describe, expect, test } from 'vitest';
import { setCommitStatus, truncateDescription } from '../../src/github/status.js';
import { blobSha, getFileAtRef } from '../../src/github/contents.js';
import { useFakeGitHub } from './helpers.js';

const h = useFakeGitHub();
const REPO = 'octo/model';
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';

describe('setCommitStatus', () => {
  test('posts on the head SHA with context, description and target URL', async () => {
    const pr = h.gh.addPullRequest(REPO);
    const res = await setCommitStatus(h.client(), {
      owner: 'octo',
      repo: 'model',
      sha: pr.headSha,
      state: 'failure',
      context: 'modelgate',
      description: '1 regression:\naccuracy −0.02',
      targetUrl: 'https://github.com/octo/model/actions/runs/1',
    });
    expect(res.description).toBe('1 regression: accuracy −0.02');
    expect(h.gh.statuses(REPO, pr.headSha)).toMatchObject([
      {
        state: 'failure',
        context: 'modelgate',
        description: '1 regression: accuracy −0.02',
        targetUrl: 'https://github.com/octo/model/actions/runs/1',
        creator: { login: 'github-actions[bot]' },
      },
    ]);
  });

  test('a long description is cut to 140 without splitting an emoji; GitHub accepts it', async () => {
    const pr = h.gh.addPullRequest(REPO);
    const long = `${'a'.repeat(138)}😀😀 tail`;
    const cut = truncateDescription(long);
    expect(cut.length).toBeLessThanOrEqual(140);
    expect(cut).toBe(`${'a'.repeat(138)}…`);
    expect(truncateDescription(`${'b'.repeat(137)}😀x`)).toBe(`${'b'.repeat(137)}😀x`);
    // A naive slice(0, 139) would end in a lone surrogate here.
    expect(truncateDescription(`${'b'.repeat(138)}😀x`)).toBe(`${'b'.repeat(138)}…`);
    expect(truncateDescription('short')).toBe('short');
    await setCommitStatus(h.client(), {
      owner: 'octo',
      repo: 'model',
      sha: pr.headSha,
      state: 'success',
      context: 'modelgate',
      description: 'x'.repeat(500),
    });
    expect(h.gh.statuses(REPO, pr.headSha)[0]?.description).toHaveLength(140);
  });

  test('a non-http target URL is dropped; a short SHA is refused before any request', async () => {
    const pr = h.gh.addPullRequest(REPO);
    await setCommitStatus(h.client(), {
      owner: 'octo',
      repo: 'model',
      sha: pr.headSha,
      state: 'pending',
      context: 'c',
      targetUrl: 'javascript:alert(1)',
    });
    expect(h.gh.statuses(REPO, pr.headSha)[0]?.targetUrl).toBeNull();
    await expect(
      setCommitStatus(h.client(), {
        owner: 'octo',
        repo: 'model',
        sha: 'abc',
        state: 'success',
        context: 'c',
      }),
    ).rejects.toThrow(/not a full commit SHA/);
  });
});

describe('getFileAtRef', () => {
  test('the file as it is at each ref, base64-decoded', async () => {
    const base = h.gh.addCommit(REPO, {
      branch: 'main',
      files: { 'metrics/baseline.json': '{"accuracy":0.9}' },
    });
    const next = h.gh.addCommit(REPO, {
      branch: 'main',
      files: { 'metrics/baseline.json': '{"accuracy":0.95}' },
    });
    const client = h.client();
    const atBase = await getFileAtRef(client, {
      owner: 'octo',
      repo: 'model',
      path: 'metrics/baseline.json',
      ref: base,
    });
    expect(atBase?.content.toString('utf8')).toBe('{"accuracy":0.9}');
    expect(atBase?.sha).toBe(blobSha(Buffer.from('{"accuracy":0.9}')));
    const atNext = await getFileAtRef(client, {
      owner: 'octo',
      repo: 'model',
      path: './metrics/baseline.json',
      ref: next,
    });
    expect(atNext?.content.toString('utf8')).toBe('{"accuracy":0.95}');
    const atBranch = await getFileAtRef(client, {
      owner: 'octo',
      repo: 'model',
      path: 'metrics/baseline.json',
      ref: 'main',
    });
    expect(atBranch?.content.toString('utf8')).toBe('{"accuracy":0.95}');
    const dflt = await getFileAtRef(client, {
      owner: 'octo',
      repo: 'model',
      path: 'metrics/baseline.json',
    });
    expect(dflt?.content.toString('utf8')).toBe('{"accuracy":0.95}');
    // The path's slash reached GitHub as a path, not as %2F.
    expect(h.gh.requestsTo(CONTENTS)[0]?.params.path).toBe('metrics/baseline.json');
    h.gh.addCommit(REPO, { branch: 'main', files: { 'data/my file #1?.json': '[1]' } });
    const odd = await getFileAtRef(client, {
      owner: 'octo',
      repo: 'model',
      path: 'data/my file #1?.json',
    });
    expect(odd?.content.toString('utf8')).toBe('[1]');
  });

  test('null for a missing file or ref', async () => {
    const sha = h.gh.addCommit(REPO, { branch: 'main', files: { 'a.json': '{}' } });
    const client = h.client();
    expect(
      await getFileAtRef(client, { owner: 'octo', repo: 'model', path: 'b.json', ref: sha }),
    ).toBeNull();
    expect(
      await getFileAtRef(client, { owner: 'octo', repo: 'model', path: 'a.json', ref: 'nope' }),
    ).toBeNull();
  });

  test('over 1 MB: falls back to the raw media type, bytes intact', async () => {
    const big = Buffer.alloc(1_500_000);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;
    const sha = h.gh.addCommit(REPO, { branch: 'main', files: { 'scores/baseline.bin': big } });
    const file = await getFileAtRef(h.client(), {
      owner: 'octo',
      repo: 'model',
      path: 'scores/baseline.bin',
      ref: sha,
    });
    expect(file?.size).toBe(big.length);
    expect(file?.content.equals(big)).toBe(true);
    const calls = h.gh.requestsTo(CONTENTS);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.headers.accept).toBe('application/vnd.github.raw+json');
    await expect(
      getFileAtRef(h.client(), {
        owner: 'octo',
        repo: 'model',
        path: 'scores/baseline.bin',
        ref: sha,
        maxBytes: 1000,
      }),
    ).rejects.toThrow(/over the limit of 1000/);
  });

  test('a directory or an escaping path is an error', async () => {
    const sha = h.gh.addCommit(REPO, { branch: 'main', files: { 'metrics/a.json': '{}' } });
    await expect(
      getFileAtRef(h.client(), { owner: 'octo', repo: 'model', path: 'metrics', ref: sha }),
    ).rejects.toThrow(/octo\/model:metrics@[0-9a-f]{40} is a directory/);
    await expect(
      getFileAtRef(h.client(), { owner: 'octo', repo: 'model', path: '../x.json', ref: sha }),
    ).rejects.toThrow(/not a repository-relative file path/);
  });
});
