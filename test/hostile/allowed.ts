// Outcomes the suite accepts besides `ok`, each with the reason. Only `unclear` (an error a user
// cannot act on) and `wrong-fail` (a good input refused) may be listed; every other class is a
// bug. Keep this table short and honest: an entry hides a case from the suite's assertions.
import type { Outcome } from './types.js';

export const ALLOWED: Record<
  string,
  { outcome: Extract<Outcome, 'unclear' | 'wrong-fail'>; reason: string }
> = {};

/**
 * Known gaps, not accepted outcomes: each case must still end exactly in the class listed, so the
 * suite fails (and says to remove the entry) the day it is fixed, and no other class hides here.
 */
export const KNOWN_OPEN: Record<string, { outcome: Outcome; reason: string }> = {};
