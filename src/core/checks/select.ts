// Picking one entry of a config's `validate:` or `compare:` list, the same way for every front end:
// by id, or the only one when there is one. The message names the ids there are and how the caller
// picks one (an action input, a CLI flag).
import { isAbsolute, relative, resolve } from 'node:path';
import { defaultResultPath } from '../conventions/paths.js';

export interface EntryPick {
  /** The kind's name (its config key). */
  kind: string;
  /** The config as the user named it, for the message. */
  configName: string;
  /** How the caller chooses an entry: `id` (an action input), `--id` (a flag). */
  idName: string;
}

export function selectEntry<E extends { id: string }>(
  entries: readonly E[],
  id: string | undefined,
  pick: EntryPick,
): E {
  const ids = entries.map((e) => e.id);
  const { kind, configName } = pick;
  if (id) {
    const entry = entries.find((e) => e.id === id);
    if (entry) return entry;
    throw new Error(
      `${configName}: no ${kind} entry with id '${id}'` +
        (ids.length ? ` (${kind} ids: ${ids.join(', ')})` : ` (the config has no ${kind} entries)`),
    );
  }
  if (entries.length === 1) return entries[0]!;
  throw new Error(
    `${configName}: ` +
      (ids.length
        ? `several ${kind} entries; pick one with ${pick.idName} (${ids.join(', ')})`
        : `the config has no ${kind} entries`),
  );
}

/**
 * Where a check's result file goes: the caller's path or the default under modelgate-results/,
 * refused before the check runs when it leaves the workspace (the write would refuse it anyway,
 * after the work). `inputName` names the input or flag in the message.
 */
export function resultPathInside(
  workspace: string,
  given: string | undefined,
  kind: string,
  id: string,
  inputName: string,
): string {
  const path = resolve(workspace, given || defaultResultPath(kind, id));
  const rel = relative(workspace, path);
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new Error(`${inputName} must stay inside the workspace, got '${rel}'`);
  return path;
}
