// The two-workflow pattern: in a `workflow_run` workflow, `report` "takes the PR number and
// head SHA from the result files, checks them against the triggering run, and treats everything in
// them as untrusted". The end-to-end tests cover a forged PR number and a replay on another head;
// these cover the other ways a result file can lie, without GitHub (no client: nothing is asked).
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/actions/report-gate.js';
import type { RunnerContext } from '../../src/actions/context.js';
import type { ReportEntry } from '../../src/core/report/load.js';
import { compareResult } from '../report/helpers.js';

const REPO = 'octo/models';
const HEAD = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);

function ctx(eventName: string, payload: Record<string, unknown>): RunnerContext {
  return {
    workspace: '/tmp',
    eventName,
    event: eventName,
    payload,
    apiUrl: 'http://127.0.0.1:9',
    serverUrl: 'https://github.com',
    repo: REPO,
    sha: 'f'.repeat(40),
  };
}

function entry(id: string, context: Record<string, unknown>): ReportEntry {
  return {
    ok: true,
    path: `modelgate-results/${id}.json`,
    result: compareResult(id, 'pass', [{ name: 'acc' }], { context }),
  };
}

const run = (prs: Array<{ number: number; sha: string }>, headSha = HEAD) => ({
  workflow_run: {
    id: 99,
    name: 'checks',
    event: 'pull_request',
    status: 'completed',
    conclusion: 'success',
    head_sha: headSha,
    head_branch: 'feature',
    head_repository: { full_name: REPO },
    workflow_id: 5,
    path: '.github/workflows/checks.yml',
    html_url: `https://github.com/${REPO}/actions/runs/99`,
    pull_requests: prs.map((p) => ({
      number: p.number,
      head: { sha: p.sha, ref: 'feature' },
      base: { ref: 'main' },
    })),
  },
});

describe('resolveTarget on workflow_run (untrusted result files)', () => {
  it('publishes on the PR and head the run and the results agree on', async () => {
    const t = await resolveTarget(
      ctx('workflow_run', run([{ number: 4, sha: HEAD }])),
      [entry('a', { pr: 4, sha: HEAD }), entry('b', { pr: 4, sha: HEAD })],
      undefined,
    );
    expect(t).toMatchObject({ owner: 'octo', repo: 'models', pr: 4, sha: HEAD, fork: false });
    expect(t.refused).toBeUndefined();
  });

  it('refuses results that name two different pull requests', async () => {
    const t = await resolveTarget(
      ctx('workflow_run', run([{ number: 4, sha: HEAD }])),
      [entry('a', { pr: 4, sha: HEAD }), entry('b', { pr: 5, sha: HEAD })],
      undefined,
    );
    expect(t.pr).toBeUndefined();
    expect(t.refused).toMatch(/name different pull requests or commits/);
  });

  it('refuses results that do not say which PR and commit they are about', async () => {
    const t = await resolveTarget(
      ctx('workflow_run', run([{ number: 4, sha: HEAD }])),
      [entry('a', { pr: 4 })],
      undefined,
    );
    expect(t.refused).toMatch(/do not name the pull request and head commit/);
  });

  it('refuses a PR listed by the run for another head commit', async () => {
    const t = await resolveTarget(
      ctx('workflow_run', run([{ number: 4, sha: OTHER }])),
      [entry('a', { pr: 4, sha: HEAD })],
      undefined,
    );
    expect(t.pr).toBeUndefined();
    expect(t.refused).toMatch(/pull request 4, which is not a pull request of the triggering run/);
  });

  it('refuses an event payload without a run', async () => {
    const t = await resolveTarget(
      ctx('workflow_run', {}),
      [entry('a', { pr: 4, sha: HEAD })],
      undefined,
    );
    expect(t.refused).toMatch(/no run id or head SHA/);
  });

  it('marks a run from a fork as such', async () => {
    const payload = run([{ number: 4, sha: HEAD }]);
    payload.workflow_run.head_repository.full_name = 'forker/models';
    const t = await resolveTarget(
      ctx('workflow_run', payload),
      [entry('a', { pr: 4, sha: HEAD })],
      undefined,
    );
    expect(t).toMatchObject({ pr: 4, sha: HEAD, fork: true });
  });
});

describe('resolveTarget on pull_request and push', () => {
  it('takes the PR and head from the event, not the results, and notes stale results', async () => {
    const t = await resolveTarget(
      ctx('pull_request', {
        pull_request: {
          number: 8,
          head: { sha: HEAD, repo: { full_name: REPO } },
          base: { repo: { full_name: REPO } },
        },
      }),
      [entry('a', { pr: 99, sha: OTHER })],
      undefined,
    );
    expect(t).toMatchObject({ pr: 8, sha: HEAD, fork: false });
    expect(t.notes.join(' ')).toMatch(/computed for another commit than the PR head aaaaaaa/);
  });

  it('on push: no PR, the status goes on the commit that ran', async () => {
    const t = await resolveTarget(ctx('push', {}), [entry('a', {})], undefined);
    expect(t.pr).toBeUndefined();
    expect(t.sha).toBe('f'.repeat(40));
  });
});
