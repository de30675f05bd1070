// End to end: the safe pattern. The required check runs from the default branch's workflow
// (pull_request_target, or workflow_run on the PR run's artifact), reads the pull request's files
// as data from a folder of its own, and the pull request's edit of the config that loosens a rule
// does not loosen the gate: it fails on the base's rule and the comment shows the attempted change.
// Run `npm run package` first.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { requireBuilt, runAction } from '../helpers/runner.js';

const REPO = 'octo/models';
const PR = 21;
const HEAD = 'e'.repeat(40);
const CONFIG = '.github/modelgate.yml';

const BASE_CONFIG = `version: 1
compare:
  - id: clf
    candidate: metrics/eval.json
    metrics:
      accuracy: { direction: higher, min: 0.85 }
`;
// The pull request lowers the bar and asks for its own rules; accuracy 0.8 would pass them.
const PR_CONFIG = `version: 1
compare:
  - id: clf
    candidate: metrics/eval.json
    metrics:
      accuracy: { direction: higher, min: 0.5 }
gate: { rules_from: head }
`;

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** The default branch's checkout, with the pull request's files in pr/ (data only). */
function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mg-rules-'));
  write(ws, { [CONFIG]: BASE_CONFIG });
  write(join(ws, 'pr'), { [CONFIG]: PR_CONFIG, 'metrics/eval.json': '{"accuracy": 0.8}' });
  return ws;
}

let gh: FakeGitHub;
let baseSha: string;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO);
  baseSha = gh.addCommit(REPO, { branch: 'main', files: { [CONFIG]: BASE_CONFIG } });
  gh.addPullRequest(REPO, { number: PR, headSha: HEAD, baseSha });
});
afterEach(async () => {
  gh.expectNoViolations();
  await gh.close();
});

function run(event: { name: string; payload: unknown }, inputs: Record<string, string>) {
  return runAction('run', {
    workspace: workspace(),
    event,
    inputs: { 'github-token': gh.token, 'working-directory': 'pr', ...inputs },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '91' },
    timeoutMs: 60_000,
  });
}

function expectBaseRulesHeld(r: Awaited<ReturnType<typeof run>>, baseLabel: string) {
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(r.outputs.verdict).toBe('fail');
  const [comment] = gh.comments(REPO, PR);
  const body = comment!.body;
  expect(body).toContain('**This pull request changes the gate’s rules** (rules_from: stricter)');
  expect(body).toContain(`| check | rule | ${baseLabel} | this pull request | applies |`);
  expect(body).toContain('| compare clf | metrics.accuracy.min | 0\\.85 | 0\\.5 | **base** |');
  expect(body).toContain('| gate | rules\\_from | (not set) | "head" | **base** |');
  // The verdict is the base rule's: 0.8 is below min 0.85.
  expect(body).toContain('- ❌ **accuracy (new)**: new: 0.8000, Δ – — 0\\.8 is below min 0.85');
  expect(gh.statuses(REPO, HEAD).map((s) => s.state)).toEqual(['failure']);
}

describe('a pull request cannot loosen the gate', () => {
  beforeAll(() => requireBuilt('run'));

  it('pull_request_target: the base commit’s config (contents API) keeps the rule', async () => {
    const payload = {
      number: PR,
      pull_request: {
        number: PR,
        head: { sha: HEAD, ref: 'loosen', repo: { full_name: REPO } },
        base: { sha: baseSha, ref: 'main', repo: { full_name: REPO } },
      },
      repository: { full_name: REPO, default_branch: 'main' },
    };
    const r = await run({ name: 'pull_request_target', payload }, {});
    expectBaseRulesHeld(r, `base ${baseSha.slice(0, 7)}`);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/contents/{path}')).toHaveLength(1);
  });

  it('workflow_run: the default branch’s own config (base-config) keeps the rule', async () => {
    const payload = {
      action: 'completed',
      workflow_run: {
        id: 5150,
        name: 'checks',
        event: 'pull_request',
        status: 'completed',
        conclusion: 'success',
        head_sha: HEAD,
        head_branch: 'loosen',
        head_repository: { full_name: REPO },
        workflow_id: 1,
        path: '.github/workflows/checks.yml',
        html_url: `https://github.com/${REPO}/actions/runs/5150`,
        pull_requests: [{ number: PR, head: { sha: HEAD, ref: 'loosen' }, base: { ref: 'main' } }],
      },
      repository: { full_name: REPO, default_branch: 'main' },
    };
    const r = await run({ name: 'workflow_run', payload }, { 'base-config': CONFIG });
    expectBaseRulesHeld(r, 'base');
  });

  it('workflow_run for a fork (the event lists no pull request): GitHub says which, same verdict', async () => {
    const FORK_HEAD = 'f'.repeat(40);
    gh.addPullRequest(REPO, {
      number: PR + 1,
      headSha: FORK_HEAD,
      baseSha,
      headRef: 'loosen',
      headRepo: 'forker/models',
    });
    const payload = {
      action: 'completed',
      workflow_run: {
        id: 5151,
        name: 'checks',
        event: 'pull_request',
        status: 'completed',
        conclusion: 'success',
        head_sha: FORK_HEAD,
        head_branch: 'loosen',
        head_repository: { full_name: 'forker/models' },
        workflow_id: 1,
        path: '.github/workflows/checks.yml',
        html_url: `https://github.com/${REPO}/actions/runs/5151`,
        pull_requests: [],
      },
      repository: { full_name: REPO, default_branch: 'main' },
    };
    const r = await run({ name: 'workflow_run', payload }, { 'base-config': CONFIG });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const [comment] = gh.comments(REPO, PR + 1);
    expect(comment!.body).toContain(
      '| compare clf | metrics.accuracy.min | 0\\.85 | 0\\.5 | **base** |',
    );
    expect(gh.statuses(REPO, FORK_HEAD).map((s) => s.state)).toEqual(['failure']);
  });

  it('without a trusted copy to compare with, the PR’s rules apply and the log says why', async () => {
    const payload = { repository: { full_name: REPO, default_branch: 'main' } };
    const r = await run({ name: 'push', payload }, {});
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/rules: no base config to compare with \(not a pull request/);
  });
});
