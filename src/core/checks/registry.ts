// The check kinds, one line each. Everything that runs, reports or judges checks iterates this
// list or looks a kind up here: the pipeline plans every registered kind's config entries in this
// order, the report renders each result through its kind, the evidence check derives its status.
import type { CheckKind } from './kind.js';
import { acceptResultKind } from '../result.js';
import { validateKind } from './validate.js';
import { compareKind } from './compare.js';

const kinds: CheckKind[] = [];

/**
 * Adds a kind after the built-in ones. A kind whose result schema is not precompiled must say how
 * its details are checked (`checkDetails`): no result is written or read unchecked.
 */
export function registerCheckKind(kind: CheckKind): void {
  if (kinds.some((k) => k.name === kind.name))
    throw new Error(`check kind '${kind.name}' is registered twice`);
  acceptResultKind(kind.name, kind.checkDetails);
  kinds.push(kind);
}

registerCheckKind(validateKind);
registerCheckKind(compareKind);

/** Every registered kind, in the order their config entries run. */
export function checkKinds(): readonly CheckKind[] {
  return kinds;
}

/** The kind of a result or config key; undefined for a name no definition claims. */
export function findCheckKind(name: string): CheckKind | undefined {
  return kinds.find((k) => k.name === name);
}
