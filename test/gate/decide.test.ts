import { describe, expect, it } from 'vitest';
import {
  decideGate,
  evaluateOverride,
  gateBlocks,
  type GateItem,
  type OverrideEvidence,
} from '../../src/core/gate/decide.js';

const items = (...statuses: GateItem['status'][]): GateItem[] =>
  statuses.map((status, i) => ({ id: `r${i}`, status }));
const label = 'modelgate: accept-regression';
const applied = (permission: string, actor = 'maintainer'): OverrideEvidence => ({
  label,
  present: true,
  actor,
  at: '2026-11-23T10:00:00Z',
  permission,
});

describe('decideGate', () => {
  it('passes when everything passes and warns without blocking by default', () => {
    expect(decideGate({ items: items('pass', 'pass'), failOn: 'fail' })).toMatchObject({
      verdict: 'pass',
      failed: false,
      warned: false,
      reason: 'all 2 checks passed',
    });
    expect(decideGate({ items: items('pass', 'warn'), failOn: 'fail' })).toMatchObject({
      verdict: 'warn',
      failed: false,
      warned: true,
      reason: '1 of 2 checks warned: r1',
    });
  });

  it('fails on fail or error, naming the worst first', () => {
    const d = decideGate({ items: items('fail', 'pass', 'error'), failOn: 'fail' });
    expect(d).toMatchObject({ verdict: 'error', failed: true, blocking: ['r2', 'r0'] });
    expect(d.reason).toBe('2 of 3 checks failed: r2 (error), r0 (fail)');
  });

  it('makes warnings block with fail-on warn', () => {
    const d = decideGate({ items: items('pass', 'warn'), failOn: 'warn' });
    expect(d).toMatchObject({ verdict: 'warn', failed: true, blocking: ['r1'] });
    expect(d.reason).toBe('1 of 2 checks warned and fail-on is warn: r1');
    expect(gateBlocks(items('warn'), 'fail')).toBe(false);
    expect(gateBlocks(items('warn'), 'warn')).toBe(true);
  });

  it('treats no results at all as an error, never a pass', () => {
    expect(decideGate({ items: [], failOn: 'fail' })).toMatchObject({
      verdict: 'error',
      failed: true,
      reason: 'no results to gate',
    });
  });

  it('lists at most five blocking ids on its one line', () => {
    const d = decideGate({ items: items(...Array(8).fill('fail')), failOn: 'fail' });
    expect(d.reason).toBe(
      '8 of 8 checks failed: r0 (fail), r1 (fail), r2 (fail), r3 (fail), r4 (fail) and 3 more',
    );
    expect(d.reason).not.toContain('\n');
  });
});

describe('override', () => {
  it('turns a fail into a pass with a warning when a writer applied the label', () => {
    for (const permission of ['admin', 'maintain', 'write']) {
      const d = decideGate({
        items: items('fail', 'pass'),
        failOn: 'fail',
        override: applied(permission),
      });
      expect(d).toMatchObject({ verdict: 'warn', raw: 'fail', failed: false, warned: true });
      expect(d.override).toMatchObject({
        accepted: true,
        actor: 'maintainer',
        at: '2026-11-23T10:00:00Z',
        permission,
      });
      expect(d.reason).toBe(
        `1 of 2 checks failed: r0 (fail); accepted by override label '${label}', applied by maintainer (${permission}) at 2026-11-23T10:00:00Z`,
      );
    }
  });

  it('ignores the label, and says so, when anyone else applied it', () => {
    for (const permission of ['triage', 'read', 'none']) {
      const d = decideGate({
        items: items('fail'),
        failOn: 'fail',
        override: applied(permission, 'mallory'),
      });
      expect(d).toMatchObject({ verdict: 'fail', failed: true });
      expect(d.override?.accepted).toBe(false);
      expect(d.reason).toContain(
        `override label '${label}' applied by mallory ignored: mallory has ${permission} access`,
      );
    }
  });

  it('does nothing without the label, after it was removed, or when it could not be checked', () => {
    const absent = decideGate({
      items: items('fail'),
      failOn: 'fail',
      override: { label, present: false },
    });
    expect(absent).toMatchObject({ failed: true, reason: '1 of 1 check failed: r0 (fail)' });
    const removed = decideGate({
      items: items('fail'),
      failOn: 'fail',
      override: { ...applied('admin'), present: false },
    });
    expect(removed.failed).toBe(true);
    const broken = decideGate({
      items: items('fail'),
      failOn: 'fail',
      override: {
        label,
        present: false,
        error: 'GitHub API GET /repos/{owner}/{repo}/issues/{issue_number}/events failed with 500',
      },
    });
    expect(broken.failed).toBe(true);
    expect(broken.reason).toContain('could not be checked');
  });

  it('is not consulted when nothing blocks', () => {
    const d = decideGate({ items: items('pass'), failOn: 'fail', override: applied('admin') });
    expect(d).toMatchObject({ verdict: 'pass', failed: false, override: undefined });
  });

  it('keeps a hostile login on one line', () => {
    const o = evaluateOverride(applied('read', 'evil\nINJECTED=1'));
    expect(o.message).not.toContain('\n');
  });
});

describe('override scope', () => {
  const HEAD = 'b'.repeat(40);
  const commit = (extra: Partial<OverrideEvidence>): OverrideEvidence => ({
    ...applied('write'),
    scope: 'commit',
    headSha: HEAD,
    ...extra,
  });
  const decide = (evidence: OverrideEvidence) =>
    decideGate({ items: items('fail'), failOn: 'fail', override: evidence });

  it('commit: covers the head when the label came after the head first appeared', () => {
    expect(decide(commit({ headSeenAt: '2026-11-23T09:59:59Z' })).failed).toBe(false);
  });

  it('commit: a head pushed after the label needs the label again', () => {
    const d = decide(commit({ headSeenAt: '2026-11-23T10:05:00Z' }));
    expect(d.failed).toBe(true);
    expect(d.override?.message).toBe(
      `override label '${label}' applied by maintainer at 2026-11-23T10:00:00Z predates head commit bbbbbbb (first seen 2026-11-23T10:05:00Z); an override covers the commit it was applied on: remove and apply the label again to accept this commit`,
    );
    // The same instant is not "after": an override must postdate the commit it accepts.
    expect(decide(commit({ headSeenAt: '2026-11-23T10:00:00Z' })).failed).toBe(true);
  });

  it('commit: with nothing saying when the head arrived, the override is not honoured', () => {
    const d = decide(commit({}));
    expect(d.failed).toBe(true);
    expect(d.override?.message).toMatch(/cannot be tied to head commit bbbbbbb/);
  });

  it("commit: the label's own event on this head settles it without times", () => {
    expect(decide(commit({ appliedOnHead: true })).failed).toBe(false);
  });

  it('pr: any later commit is covered; a reader still cannot override', () => {
    expect(decide({ ...commit({ headSeenAt: '2026-11-24T00:00:00Z' }), scope: 'pr' }).failed).toBe(
      false,
    );
    expect(decide({ ...applied('read'), scope: 'pr' }).failed).toBe(true);
    expect(decide(commit({ appliedOnHead: true, permission: 'triage' })).failed).toBe(true);
  });
});
