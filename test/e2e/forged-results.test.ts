// End to end: hand-forged result files whose status says pass while their own details say fail
// (a failing gated metric; 199 of 200 invalid rows). In the workflow_run pattern they come from
// the pull request's own run: `gate` refuses them and `report` posts no `success` status.
// Run `npm run package` first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { NODE, REPO_ROOT, requireBuilt, runAction } from '../helpers/runner.js';
import { FIXTURES } from '../report/helpers.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
  name: string;
  examples: Array<Record<string, unknown>>;
}>;

const REPO = 'octo/models';
const PR = 12;
const HEAD = 'd'.repeat(40);

/** The classifier's result with its status edited to pass: two gated rows still fail. */
function forgedCompare(): unknown {
  const r = JSON.parse(readFileSync(join(FIXTURES, 'classifier-fail.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...r, status: 'pass', context: { repo: REPO, pr: PR, sha: HEAD } };
}

/** 199 of 200 rows invalid against max-invalid-rows 0, status pass. */
function forgedValidate(): unknown {
  const r = JSON.parse(readFileSync(join(FIXTURES, 'training-data-warn.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const details = r.details as Record<string, unknown>;
  return {
    ...r,
    status: 'pass',
    context: { repo: REPO, pr: PR, sha: HEAD },
    details: {
      ...details,
      rows: 200,
      invalidRows: 199,
      invalidShare: 199 / 200,
      threshold: { maxInvalidRows: '0' },
      files: [{ path: 'data/train.jsonl', format: 'jsonl', rows: 200, invalidRows: 199, bytes: 9 }],
    },
  };
}

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mg-forged-'));
  mkdirSync(join(ws, 'modelgate-results'));
  writeFileSync(join(ws, 'modelgate-results', 'classifier.json'), JSON.stringify(forgedCompare()));
  writeFileSync(join(ws, 'modelgate-results', 'data.json'), JSON.stringify(forgedValidate()));
  return ws;
}

function workflowRunEvent() {
  const e = structuredClone(
    examples
      .find((x) => x.name === 'workflow_run')!
      .examples.find(
        (x) => (x.workflow_run as { pull_requests: unknown[] }).pull_requests.length > 0,
      )!,
  ) as {
    workflow_run: {
      head_sha: string;
      head_repository: { full_name: string };
      pull_requests: Array<{ number: number; head: { sha: string } }>;
    };
    repository: { full_name: string };
  };
  e.repository.full_name = REPO;
  e.workflow_run.head_sha = HEAD;
  e.workflow_run.head_repository.full_name = REPO;
  e.workflow_run.pull_requests[0]!.number = PR;
  e.workflow_run.pull_requests[0]!.head.sha = HEAD;
  return { name: 'workflow_run', payload: e };
}

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO);
  gh.addPullRequest(REPO, { number: PR, headSha: HEAD });
});
afterEach(async () => {
  gh.expectNoViolations();
  await gh.close();
});

const REFUSED = {
  compare:
    "modelgate-results/classifier.json: result file refused: states status 'pass' but its details give 'fail'",
  validate:
    "modelgate-results/data.json: result file refused: states status 'pass' but its details give 'fail'",
};

describe('forged pass results', () => {
  beforeAll(() => requireBuilt('report', 'gate', 'cli'));

  it('workflow_run: report posts an error status, never success, and the comment says why', async () => {
    const r = await runAction('report', {
      workspace: workspace(),
      event: workflowRunEvent(),
      inputs: { 'github-token': gh.token },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '77' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('error');
    const states = gh.statuses(REPO, HEAD).map((s) => s.state);
    expect(states).toEqual(['error']);
    const [comment] = gh.comments(REPO, PR);
    expect(comment!.body).toContain(REFUSED.compare);
    expect(comment!.body).toContain(REFUSED.validate);
  });

  it('the gate action fails and names both files', async () => {
    const r = await runAction('gate', {
      workspace: workspace(),
      event: workflowRunEvent(),
      inputs: {},
    });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    const errors = r.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors).toContain(REFUSED.compare);
    expect(errors).toContain(REFUSED.validate);
  });

  it('modelgate gate exits non-zero and says why', () => {
    const ws = workspace();
    const r = spawnSync(NODE, [join(REPO_ROOT, 'dist', 'cli.js'), 'gate'], {
      cwd: ws,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`modelgate gate: ${REFUSED.compare}`);
    expect(r.stderr).toContain(`modelgate gate: ${REFUSED.validate}`);
    expect(r.stdout).toMatch(/^FAILED \(error\): 2 of 2 checks failed/);
  });
});
