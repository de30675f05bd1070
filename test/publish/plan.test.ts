// The publish plan: one pure function decides comment, status, summary, outputs and messages
// for every step, so the adapters only carry it out.
import { describe, expect, it } from 'vitest';
import {
  needsOverrideEvidence,
  planConfigError,
  planPublish,
  statusWithCommentFailure,
  type PublishInput,
  type PublishSettings,
} from '../../src/core/publish/plan.js';
import type { ReportEntry } from '../../src/core/report/load.js';
import { compareResult, toHtml } from '../report/helpers.js';

const SHA = 'c'.repeat(40);
const entry = (id: string, status: 'pass' | 'warn' | 'fail' | 'error'): ReportEntry => ({
  ok: true,
  path: `modelgate-results/${id}.json`,
  result: compareResult(id, status, [
    { name: 'accuracy', status: status === 'error' ? 'fail' : status },
  ]),
});
const failing = [entry('classifier', 'fail'), entry('ranker', 'pass')];
const passing = [entry('classifier', 'pass'), entry('ranker', 'pass')];
const warning = [entry('classifier', 'warn'), entry('ranker', 'pass')];

const settings = (extra: Partial<PublishSettings> = {}): PublishSettings => ({
  role: 'all',
  reportId: 'modelgate',
  comment: 'always',
  status: true,
  statusContext: 'modelgate',
  failOn: 'fail',
  errorIs: 'fail',
  overrideLabel: '',
  overrideScope: 'commit',
  summary: true,
  commentLimit: 60_000,
  ...extra,
});

const plan = (entries: ReportEntry[], extra: Partial<PublishInput> = {}, s = settings()) =>
  planPublish({
    entries,
    settings: s,
    target: { pr: 7, sha: SHA, notes: [] },
    runUrl: 'https://github.com/o/r/actions/runs/1',
    version: '0.1.0',
    ...extra,
  });

describe('planPublish', () => {
  it('all: one decision drives comment, status, outputs and the step outcome', () => {
    const p = plan(failing);
    expect(p.decision).toMatchObject({ verdict: 'fail', failed: true });
    expect(p.comment.action).toBe('post');
    if (p.comment.action !== 'none') {
      expect(p.comment.body).toMatch(/^### ❌ modelgate: fail · 1 of 2 checks failed/);
    }
    expect(p.status).toEqual({
      state: 'failure',
      description: 'fail: 1 of 2 checks failed: classifier (fail)',
    });
    expect(p.outputs).toEqual({
      verdict: 'fail',
      failed: 'true',
      warned: 'false',
      reason: '1 of 2 checks failed: classifier (fail)',
      passed: 'false',
    });
    expect(p.failure).toBe('modelgate gate: 1 of 2 checks failed: classifier (fail)');
    expect(p.summary).toContain('modelgate: fail');
  });

  it('report: publishes but does not fail the step; gate: fails it but publishes nothing', () => {
    const report = plan(failing, {}, settings({ role: 'report' }));
    expect(report.failure).toBeUndefined();
    expect(report.outputs).toEqual({ verdict: 'fail' });
    expect(report.status?.state).toBe('failure');
    const gate = plan(failing, {}, settings({ role: 'gate' }));
    expect(gate.comment).toEqual({ action: 'none' });
    expect(gate.status).toBeUndefined();
    expect(gate.failure).toMatch(/^modelgate gate: /);
    expect(gate.summary).toMatch(/^### ❌ modelgate gate: fail/);
    expect(toHtml(gate.summary!)).toContain('<table>');
  });

  it('warn results are warnings, never a failure', () => {
    const p = plan(warning);
    expect(p.decision).toMatchObject({ verdict: 'warn', failed: false });
    expect(p.failure).toBeUndefined();
    expect(p.status?.state).toBe('success');
  });

  it('comment on-failure: posts while failing, edits an earlier comment to one line once green', () => {
    const s = settings({ comment: 'on-failure' });
    expect(plan(failing, {}, s).comment.action).toBe('post');
    const green = plan(passing, {}, s).comment;
    expect(green.action).toBe('edit-existing');
    if (green.action === 'edit-existing') {
      expect(green.body).toBe(
        '### ✅ modelgate: pass · all 2 checks passed\n\nThe gate passes now at commit `ccccccc`; this comment is only kept up to date while it fails, and the [job summary](https://github.com/o/r/actions/runs/1) has the full report.\n',
      );
    }
    // A warning is not a failure: the comment says it passes.
    expect(plan(warning, {}, s).comment.action).toBe('edit-existing');
    expect(plan(failing, {}, settings({ comment: 'never' })).comment.action).toBe('none');
  });

  it('a refused target: nothing posted, the step fails, the summary says why', () => {
    const p = plan(failing, { target: { refused: 'forged PR number', notes: [] } });
    expect(p.comment).toEqual({ action: 'none' });
    expect(p.status).toBeUndefined();
    expect(p.failure).toBe('refusing to publish the report: forged PR number');
    expect(p.summary).toMatch(/^> ⛔ \*\*Not published:\*\* forged PR number/);
  });

  it('stale notes become warnings of the publishing step; unreadable files are errors, not warnings', () => {
    const broken: ReportEntry = { ok: false, path: 'x.json', error: 'x.json: not JSON' };
    const p = plan([broken, ...passing], {
      target: { pr: 7, sha: SHA, notes: ['1 result file(s) were computed for another commit'] },
    });
    // The adapter annotates unreadable and refused result files as errors in every role.
    expect(p.warnings).toEqual(['1 result file(s) were computed for another commit']);
    expect(p.decision.verdict).toBe('error');
    expect(plan([broken], {}, settings({ role: 'gate' })).warnings).toEqual([]);
  });

  it('an accepted override: green status, outputs name who, a warning says so', () => {
    const s = settings({ overrideLabel: 'ok', overrideScope: 'pr' });
    expect(needsOverrideEvidence(failing, s)).toBe(true);
    expect(needsOverrideEvidence(passing, s)).toBe(false);
    expect(needsOverrideEvidence(failing, settings())).toBe(false);
    const p = plan(
      failing,
      {
        override: {
          label: 'ok',
          present: true,
          actor: 'maintainer',
          at: '2026-11-23T10:00:00Z',
          permission: 'admin',
          scope: 'pr',
        },
      },
      s,
    );
    expect(p.status?.state).toBe('success');
    expect(p.outputs).toMatchObject({ 'override-by': 'maintainer', passed: 'true' });
    expect(p.warnings).toEqual([
      "modelgate: accepted by override label 'ok', applied by maintainer (admin) at 2026-11-23T10:00:00Z",
    ]);
  });

  it('the comment budget is the limit the renderer keeps to', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      name: `metric_${i}_${'x'.repeat(60)}`,
      status: 'fail' as const,
    }));
    const big: ReportEntry = {
      ok: true,
      path: 'big.json',
      result: compareResult('big', 'fail', many),
    };
    const p = plan([big], {}, settings({ commentLimit: 5_000 }));
    expect(p.comment.action).toBe('post');
    if (p.comment.action === 'post') {
      expect(p.comment.body.length).toBeLessThanOrEqual(5_000);
      expect(p.comment.shortened).toBeGreaterThan(0);
    }
  });
});

describe('status helpers', () => {
  it('a failed comment keeps the state and says where to look, within 140 characters', () => {
    const s = statusWithCommentFailure({ state: 'failure', description: 'f'.repeat(139) });
    expect(s.state).toBe('failure');
    expect(s.description.length).toBeLessThanOrEqual(139);
    expect(s.description.endsWith(' (PR comment failed: see the job log)')).toBe(true);
  });

  it('a config error: error status naming the log, outputs say error', () => {
    const p = planConfigError(
      '.github/modelgate.yml: 2 problems in the config; nothing was run',
      SHA,
    );
    expect(p.status).toEqual({
      state: 'error',
      description:
        'config error: .github/modelgate.yml: 2 problems in the config; nothing was run; see the job log annotations',
    });
    expect(p.outputs).toMatchObject({ verdict: 'error', passed: 'false', failed: 'true' });
    expect(planConfigError('bad', undefined).status).toBeUndefined();
  });
});
