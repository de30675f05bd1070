import { resolve, relative, isAbsolute } from 'node:path';
import { d as defaultResultPath } from './chunk-paths.js';

function selectEntry(entries, id, pick) {
  const ids = entries.map((e) => e.id);
  const { kind, configName } = pick;
  if (id) {
    const entry = entries.find((e) => e.id === id);
    if (entry) return entry;
    throw new Error(
      `${configName}: no ${kind} entry with id '${id}'` + (ids.length ? ` (${kind} ids: ${ids.join(", ")})` : ` (the config has no ${kind} entries)`)
    );
  }
  if (entries.length === 1) return entries[0];
  throw new Error(
    `${configName}: ` + (ids.length ? `several ${kind} entries; pick one with ${pick.idName} (${ids.join(", ")})` : `the config has no ${kind} entries`)
  );
}
function resultPathInside(workspace, given, kind, id, inputName) {
  const path = resolve(workspace, given || defaultResultPath(kind, id));
  const rel = relative(workspace, path);
  if (rel.startsWith("..") || isAbsolute(rel))
    throw new Error(`${inputName} must stay inside the workspace, got '${rel}'`);
  return path;
}

export { resultPathInside as r, selectEntry as s };
