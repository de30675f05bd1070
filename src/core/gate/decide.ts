// The merge decision, separate from how its inputs were fetched: statuses in, verdict out.
import { plain } from '../report/escape.js';
import type { ReportEntry } from '../report/entry.js';
import { worstStatus, type Status } from '../result.js';
import { worseFirst } from '../conventions/status.js';

export type FailOn = 'fail' | 'warn';
/** `commit`: an override covers the head commit it was applied on; `pr`: every later commit too. */
export type OverrideScope = 'commit' | 'pr';

/** One gated thing: a result file's id and status (an unreadable file counts as `error`). */
export interface GateItem {
  id: string;
  status: Status;
}

/** An unreadable result file is an `error`: it could not be evaluated, so it never passes. */
export function gateItems(entries: ReportEntry[]): GateItem[] {
  return entries.map((e) =>
    e.ok ? { id: e.result.id, status: e.result.status } : { id: e.path, status: 'error' },
  );
}

/** Permissions that may accept a regression: GitHub's `write` access and above. */
export const WRITE_PERMISSIONS = ['admin', 'maintain', 'write'] as const;

/** What the GitHub side found out about the override label, fetched only when the gate blocks. */
export interface OverrideEvidence {
  label: string;
  /** Whether the label is on the pull request now. */
  present: boolean;
  /** Login of whoever applied it last (latest `labeled` event), if known. */
  actor?: string;
  /** When it was applied (ISO 8601). */
  at?: string;
  /** The actor's permission on the repository: admin, maintain, write, triage, read, none. */
  permission?: string;
  /** Why the evidence could not be gathered (then the override is not honoured). */
  error?: string;
  /** Default `pr` (no tie to a commit). */
  scope?: OverrideScope;
  /** The head commit the gate decides for. */
  headSha?: string;
  /** GitHub says the label was applied while `headSha` was the head (its labeled event). */
  appliedOnHead?: boolean;
  /** When GitHub first saw `headSha` (its oldest commit status, server time), if known. */
  headSeenAt?: string;
}

export interface OverrideOutcome {
  label: string;
  accepted: boolean;
  actor?: string;
  at?: string;
  permission?: string;
  /** One line for logs, outputs and the report. */
  message: string;
}

export interface GateDecision {
  /** The effective verdict: an accepted override turns a blocking verdict into `warn`. */
  verdict: Status;
  /** The verdict before any override. */
  raw: Status;
  failed: boolean;
  warned: boolean;
  reason: string;
  counts: Record<Status, number>;
  /** Ids of the results that block (before any override). */
  blocking: string[];
  override?: OverrideOutcome;
}

export function isBlocking(status: Status, failOn: FailOn): boolean {
  return status === 'fail' || status === 'error' || (failOn === 'warn' && status === 'warn');
}

/** Whether it is worth asking GitHub about the override label at all. */
export function gateBlocks(items: GateItem[], failOn: FailOn): boolean {
  return items.length === 0 || items.some((i) => isBlocking(i.status, failOn));
}

function list(ids: string[], max = 5): string {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function evaluateOverride(evidence: OverrideEvidence): OverrideOutcome {
  const { label, actor, at, permission } = evidence;
  const base = { label, actor, at, permission };
  const who = actor ? plain(actor, { max: 60 }) : 'an unknown user';
  if (evidence.error) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' could not be checked (${plain(evidence.error, { max: 200 })}); ignored`,
    };
  }
  if (!evidence.present) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' is not on the pull request`,
    };
  }
  if (!actor) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' is present but no 'labeled' event says who applied it; ignored`,
    };
  }
  if (!permission || !(WRITE_PERMISSIONS as readonly string[]).includes(permission)) {
    return {
      ...base,
      accepted: false,
      message: `override label '${label}' applied by ${who} ignored: ${who} has ${permission ?? 'no'} access, an override needs write, maintain or admin`,
    };
  }
  const stale = staleForCommit(evidence, who);
  if (stale) return { ...base, accepted: false, message: stale };
  return {
    ...base,
    accepted: true,
    message: `accepted by override label '${label}', applied by ${who} (${permission})${at ? ` at ${at}` : ''}`,
  };
}

/**
 * With scope `commit`, why the label does not cover the head commit: it was applied before that
 * commit reached GitHub (a later push needs a new override), or nothing says when that was.
 */
function staleForCommit(evidence: OverrideEvidence, who: string): string | undefined {
  if (evidence.scope !== 'commit' || evidence.appliedOnHead) return undefined;
  const { label, at, headSeenAt } = evidence;
  const head = evidence.headSha ? `head commit ${evidence.headSha.slice(0, 7)}` : 'the head commit';
  const again = 'remove and apply the label again to accept this commit';
  if (!headSeenAt || !at) {
    return `override label '${label}' applied by ${who} cannot be tied to ${head} (no commit status says when it arrived); ${again}`;
  }
  if (Date.parse(at) > Date.parse(headSeenAt)) return undefined;
  return `override label '${label}' applied by ${who} at ${at} predates ${head} (first seen ${headSeenAt}); an override covers the commit it was applied on: ${again}`;
}

export interface GateInput {
  items: GateItem[];
  failOn: FailOn;
  /** Present when an override label is configured and the gate would block. */
  override?: OverrideEvidence;
}

export function decideGate(input: GateInput): GateDecision {
  const { items, failOn } = input;
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0, error: 0 };
  for (const i of items) counts[i.status]++;
  // Nothing to gate is not a pass: the checks did not run or their results were not found.
  const raw: Status = items.length === 0 ? 'error' : worstStatus(items.map((i) => i.status));
  const ordered = [...items].sort((a, b) => worseFirst(a.status, b.status));
  const blocking = ordered.filter((i) => isBlocking(i.status, failOn)).map((i) => i.id);
  const warnedIds = ordered.filter((i) => i.status === 'warn').map((i) => i.id);
  const total = plural(items.length, 'check');

  let reason: string;
  if (items.length === 0) reason = 'no results to gate';
  else if (counts.fail + counts.error > 0) {
    const bad = ordered.filter((i) => i.status === 'fail' || i.status === 'error');
    reason = `${bad.length} of ${total} failed: ${list(bad.map((i) => `${i.id} (${i.status})`))}`;
    if (failOn === 'warn' && warnedIds.length)
      reason += `; ${warnedIds.length} warned with fail-on warn`;
  } else if (counts.warn > 0) {
    reason =
      failOn === 'warn'
        ? `${warnedIds.length} of ${total} warned and fail-on is warn: ${list(warnedIds)}`
        : `${warnedIds.length} of ${total} warned: ${list(warnedIds)}`;
  } else reason = `all ${total} passed`;

  const blocks = items.length === 0 || blocking.length > 0;
  let verdict = raw;
  let failed = blocks;
  let override: OverrideOutcome | undefined;
  if (blocks && input.override) {
    override = evaluateOverride(input.override);
    if (override.accepted) {
      verdict = 'warn';
      failed = false;
    }
    // An absent label is the normal case and not worth a word in the reason.
    if (input.override.present || input.override.error) reason += `; ${override.message}`;
  }
  return {
    verdict,
    raw,
    failed,
    warned: counts.warn > 0 || override?.accepted === true,
    reason: plain(reason),
    counts,
    blocking,
    override,
  };
}
