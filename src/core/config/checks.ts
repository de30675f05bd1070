// Rules JSON Schema cannot state: ids unique across sections, paths inside the workspace,
// and (on request) that the files and globs the config names exist.
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { workspaceGlobSync } from '../files/glob.js';
import configSchema from '../../../schemas/config.schema.json' with { type: 'json' };
import type { DataPath } from './source.js';
import type { RawConfig } from './types.js';

/**
 * The config's check sections (validate, compare, …): the keys whose schema is a list of
 * `config-<kind>.schema.json` entries. Read from the schema, not the check-kind registry, whose
 * definitions load configs (an import cycle); test/checks/registry.test.ts holds the two equal.
 */
export const CHECK_SECTIONS: readonly string[] = Object.entries(
  configSchema.properties as Record<string, { items?: { $ref?: string } }>,
)
  .filter(([, v]) => /^config-[a-z-]+\.schema\.json$/.test(v.items?.$ref ?? ''))
  .map(([key]) => key);

export interface CheckProblem {
  path: DataPath;
  atKey?: boolean;
  message: string;
}

/**
 * The entries of a section that are mappings, with their indices. These checks also run on a
 * config the schema rejected (to report every problem in one go), so nothing here may assume
 * the schema's shape.
 */
function entries(config: RawConfig, section: string) {
  const list: unknown = Reflect.get(config, section);
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown, i) =>
    entry !== null && typeof entry === 'object' && !Array.isArray(entry)
      ? [{ entry: entry as Record<string, unknown>, i }]
      : [],
  );
}

/** True when the config names no check of any kind: a run would have nothing to gate. */
export function hasNoChecks(config: RawConfig): boolean {
  return CHECK_SECTIONS.every((section) => {
    const list: unknown = Reflect.get(config, section);
    return !Array.isArray(list) || list.length === 0;
  });
}

export function checkUniqueIds(config: RawConfig): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const first = new Map<string, DataPath>();
  for (const section of CHECK_SECTIONS) {
    entries(config, section).forEach(({ entry, i }) => {
      const id = entry.id;
      if (typeof id !== 'string') return;
      const path: DataPath = [section, i, 'id'];
      const earlier = first.get(id);
      if (earlier) {
        problems.push({
          path,
          message: `duplicate id '${id}' (already used by ${earlier[0]}[${earlier[1]}]); ids name result files and report sections, so they must be unique`,
        });
      } else {
        first.set(id, path);
      }
    });
  }
  return problems;
}

type PathKind = 'file' | 'glob' | 'file-or-dir';

/** The places in the shared config shape that hold workspace paths. */
export function pathFields(
  config: RawConfig,
): Array<{ path: DataPath; value: string; kind: PathKind }> {
  const out: Array<{ path: DataPath; value: string; kind: PathKind }> = [];
  const add = (path: DataPath, value: unknown, kind: PathKind) => {
    if (typeof value === 'string') out.push({ path, value, kind });
  };
  entries(config, 'validate').forEach(({ entry: v, i }) => {
    add(['validate', i, 'schema'], v.schema, 'file');
    if (Array.isArray(v.data)) v.data.forEach((g, j) => add(['validate', i, 'data', j], g, 'glob'));
    else add(['validate', i, 'data'], v.data, 'glob');
  });
  entries(config, 'compare').forEach(({ entry: c, i }) => {
    // An MLflow run folder is a directory.
    add(['compare', i, 'candidate'], c.candidate, 'file-or-dir');
    const b = c.baseline as Record<string, unknown> | undefined;
    // A base-branch path names a file at another commit, an artifact path a file inside a zip:
    // neither is in this workspace.
    if (b && typeof b === 'object' && !b.base_branch && !b.artifact)
      add(['compare', i, 'baseline', 'path'], b.path, 'file-or-dir');
    const examples = c.examples as Record<string, unknown> | undefined;
    if (examples && typeof examples === 'object') {
      add(['compare', i, 'examples', 'candidate'], examples.candidate, 'file');
      add(['compare', i, 'examples', 'baseline'], examples.baseline, 'file');
    }
  });
  return out;
}

/**
 * Paths are relative to the workspace root, never absolute and never above it: the config
 * comes from the pull request, and the root is what the report can show and link.
 */
export function checkPaths(config: RawConfig, root: string, checkFiles: boolean): CheckProblem[] {
  const problems: CheckProblem[] = [];
  for (const field of pathFields(config)) {
    const outside = workspaceEscape(root, field.value);
    if (outside) {
      problems.push({ path: field.path, message: outside });
      continue;
    }
    if (!checkFiles) continue;
    if (field.kind === 'glob') {
      let matches: string[];
      try {
        matches = workspaceGlobSync(field.value, root, root, {
          onlyFiles: true,
          dot: false,
          expandDirectories: false,
        }).matches;
      } catch (err) {
        problems.push({
          path: field.path,
          message: `bad glob '${field.value}': ${(err as Error).message}`,
        });
        continue;
      }
      if (matches.length === 0) {
        problems.push({
          path: field.path,
          message: `no file matches '${field.value}' (relative to ${root})`,
        });
      }
    } else if (!existsSync(resolve(root, field.value))) {
      problems.push({
        path: field.path,
        message: `file not found: '${field.value}' (relative to ${root})`,
      });
    }
  }
  return problems;
}

/** Why `path` is not a workspace-relative path, or undefined when it is one. */
export function workspaceEscape(root: string, path: string): string | undefined {
  if (path.trim() === '') return 'must not be empty';
  if (isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('~')) {
    return `'${path}' must be relative to the workspace root, not absolute`;
  }
  const rel = relative(resolve(root), resolve(root, path));
  if (rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute(rel)) {
    return `'${path}' points outside the workspace root`;
  }
  return undefined;
}

/** The absolute path of a workspace-relative config path. */
export function resolveConfigPath(root: string, path: string): string {
  const escape = workspaceEscape(root, path);
  if (escape) throw new Error(escape);
  return resolve(root, path);
}
