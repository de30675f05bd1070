// The token never reaches a log: report and gate mask it (so the runner hides it wherever it
// appears later) and print it nowhere, on success, on a 403, on a bad token and on an API error.
// Run `npm run package` first.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { requireBuilt, runAction } from '../helpers/runner.js';
import { FIXTURES } from '../report/helpers.js';

const REPO = 'octo/models';
const PR = 7;
const HEAD = 'c'.repeat(40);
const BAD_TOKEN = 'ghp_reviewUnknownToken0123456789abcdefABCD';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO);
  gh.addPullRequest(REPO, { number: PR, headSha: HEAD });
});
afterEach(async () => {
  await gh.close();
});

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mg-review-token-'));
  mkdirSync(join(ws, 'modelgate-results'));
  for (const f of ['classifier-fail.json', 'ranker-pass.json']) {
    cpSync(join(FIXTURES, f), join(ws, 'modelgate-results', f));
  }
  return ws;
}

const payload = {
  number: PR,
  pull_request: {
    number: PR,
    head: { sha: HEAD, repo: { full_name: REPO } },
    base: { repo: { full_name: REPO } },
  },
  repository: { full_name: REPO },
};

function run(action: 'report' | 'gate', token: string, inputs: Record<string, string> = {}) {
  return runAction(action, {
    workspace: workspace(),
    event: { name: 'pull_request', payload },
    inputs: { 'github-token': token, ...inputs },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '11' },
  });
}

/** The log without the mask commands themselves (which carry the value to hide). */
const logOf = (r: { stdout: string; stderr: string; summary: string }) =>
  (r.stdout + r.stderr + r.summary).replace(/^::add-mask::.*$/gm, '');

describe('the token never reaches a log', () => {
  beforeAll(() => requireBuilt('report', 'gate'));

  it('report: masked, and absent from the log on success, 403, 401 and a 422', async () => {
    gh.inject({ route: 'POST /repos/{owner}/{repo}/statuses/{sha}', status: 422, times: 1 });
    const cases = [
      [gh.token, await run('report', gh.token)],
      [gh.readOnlyToken, await run('report', gh.readOnlyToken)],
      [BAD_TOKEN, await run('report', BAD_TOKEN)],
    ] as const;
    for (const [token, r] of cases) {
      expect(r.stdout, 'the token is masked').toContain(`::add-mask::${token}`);
      expect(logOf(r)).not.toContain(token);
      expect(logOf(r)).not.toContain(token.slice(4, 24));
    }
    // The 401 is an error that names the request, not the credentials.
    expect(cases[2][1].code).toBe(1);
    expect(cases[2][1].commands.find((c) => c.command === 'error')?.message).toMatch(
      /GitHub API \w+ \/.* failed with 401/,
    );
  });

  it('gate: masked, and absent from the log while checking the override label', async () => {
    for (const token of [gh.token, BAD_TOKEN]) {
      const r = await run('gate', token, { 'override-label': 'accept' });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`::add-mask::${token}`);
      expect(logOf(r)).not.toContain(token);
    }
  });
});

describe('a malformed token is refused without being echoed', () => {
  beforeAll(() => requireBuilt('report', 'gate', 'run'));

  const forms = (token: string) => [
    token,
    ...token.split(/[\n ]/).filter((p) => p.length >= 4),
    `token ${token}`,
    `Bearer ${token}`,
  ];

  it.each([
    ['a line break', (t: string) => `${t}\nX-Evil: 1`],
    ['a space or tab', (t: string) => `${t} X-Evil: 1`],
  ])('%s: every action exits 1, says why, sends nothing', async (what, make) => {
    const token = make(gh.token);
    for (const action of ['report', 'gate'] as const) {
      const r = await run(action, token);
      expect(r.code, action).toBe(1);
      const error = r.commands.find((c) => c.command === 'error')?.message ?? '';
      expect(error).toContain(`input github-token: the GitHub token contains ${what}`);
      // Each form was masked before anything else was printed ...
      const masked = r.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
      for (const f of forms(token)) expect(masked, f).toContain(f);
      // ... and none appears anywhere else.
      for (const f of forms(token)) expect(logOf(r), f).not.toContain(f);
      expect(logOf(r)).not.toContain(gh.token);
    }
    expect(gh.requests.length).toBe(0);
  });
});
