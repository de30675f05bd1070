// Comparing a stated status with what the numbers allow, and numbers with each other.
import { STATUS_RANK, type Status } from '../result.js';

/** Whether `stated` is at least as bad as `floor` (skip counts as pass). */
export function atLeast(stated: Status | 'skip', floor: Status): boolean {
  return STATUS_RANK[stated === 'skip' ? 'pass' : stated] >= STATUS_RANK[floor];
}

/** Two numbers equal up to rounding (shares are written as float divisions). */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
