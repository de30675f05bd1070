// Statuses: their order, how a step's `fail-on` input reads them, and how a terminal shows them.
// The icons of the Markdown renderers are in ./format.ts beside the number formats they share.
/** A check's outcome, worst last. */
export type Status = 'pass' | 'warn' | 'fail' | 'error';

/** A result's status, or a metric row's `skip` (measured but not gated). */
export type AnyStatus = Status | 'skip';

/** Worse is higher: the order in which statuses combine and in which rows are listed. */
export const STATUS_RANK: Record<AnyStatus, number> = {
  skip: -1,
  pass: 0,
  warn: 1,
  fail: 2,
  error: 3,
};

/** A status name from a file: one of the five, or not. */
export function isAnyStatus(s: string): s is AnyStatus {
  return Object.hasOwn(STATUS_RANK, s);
}

export function worstStatus(statuses: Iterable<Status>): Status {
  let worst: Status = 'pass';
  for (const s of statuses) if (STATUS_RANK[s] > STATUS_RANK[worst]) worst = s;
  return worst;
}

/** A sort comparator: the worse status first. */
export function worseFirst(a: AnyStatus, b: AnyStatus): number {
  return STATUS_RANK[b] - STATUS_RANK[a];
}

/** The values of a step's `fail-on` input, and the least status each one fails the step on. */
export const STEP_FAIL_ON = ['never', 'error', 'fail', 'warn'] as const;
export type StepFailOn = (typeof STEP_FAIL_ON)[number];

export function failsStep(status: Status, failOn: StepFailOn): boolean {
  return failOn !== 'never' && STATUS_RANK[status] >= STATUS_RANK[failOn];
}

/** Plain-text marks for terminals, where an emoji may not render. */
export const TERMINAL_MARK: Record<AnyStatus, string> = {
  pass: 'ok',
  warn: 'WARN',
  fail: 'FAIL',
  error: 'ERROR',
  skip: '-',
};
