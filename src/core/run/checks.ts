// Runs every check a loaded config names, kind by kind in the registry's order (validate, then
// compare), entries in config order, and writes one result file per check where the composable
// actions would (the kind's resultFileName: <dir>/<id>.json for validate, <dir>/compare-<id>.json
// for compare). Everything that can be refused is refused before the first
// file is written, so a bad config never leaves half a results directory behind.
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigError, type ConfigProblem, type LoadedConfig } from '../config/load.js';
import type { BaselineProvider } from '../providers/provider.js';
import { outputDir } from '../files/workspace.js';
import { writeResultFile, type Result, type ResultContext } from '../result.js';
import type { CheckKind, CheckRunContext, PlannedEntry } from '../checks/kind.js';
import { checkKinds } from '../checks/registry.js';
import type { CheckOutcome, RunEvent } from './types.js';
import { failedResult } from './failed.js';
import { RESULTS_DIR } from '../conventions/paths.js';

export interface ChecksOptions {
  /** Where result files go, relative to the workspace root (or absolute inside it). */
  resultsDir?: string;
  /** Written into every result (repository, commit, PR, run). */
  context?: ResultContext;
  /**
   * Reads base-branch and artifact baselines (compare) and references (validate's drift); without
   * it those sources are an error result.
   */
  provider?: BaselineProvider;
  onEvent?: (event: RunEvent) => void;
  /** Validate worker threads (undefined: the engine decides from the data size). */
  threads?: number;
}

interface Planned {
  kind: CheckKind;
  entry: PlannedEntry;
  path: string;
  absPath: string;
}

/** Checked, not created: nothing is written before every check has been planned. */
function resultsDirOf(loaded: LoadedConfig, dir: string): string {
  const abs = resolve(loaded.root, dir);
  const rel = relative(loaded.root, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    throw new Error(`results directory '${dir}' must be inside the workspace root ${loaded.root}`);
  }
  return outputDir(loaded.root, dir, 'results directory', true);
}

/** The config's entries of one kind: its list under the kind's key (absent: none). */
function entriesOf(loaded: LoadedConfig, kind: CheckKind): unknown[] {
  const list: unknown = Reflect.get(loaded.config, kind.name);
  return Array.isArray(list) ? list : [];
}

function plan(loaded: LoadedConfig, options: ChecksOptions): Planned[] {
  const { root } = loaded;
  const dir = resultsDirOf(loaded, options.resultsDir ?? RESULTS_DIR);
  const problems: ConfigProblem[] = [];
  const planned: Planned[] = [];
  const owner = new Map<string, string>();
  const at = (kind: CheckKind, id: string, index: number) => {
    const absPath = resolve(dir, kind.resultFileName(id));
    const path = relative(root, absPath).split('\\').join('/');
    const earlier = owner.get(path);
    if (earlier) {
      problems.push(
        loaded.problemAt(
          [kind.name, index, 'id'],
          `id '${id}' writes ${path}, which ${earlier} writes too; rename one`,
        ),
      );
    }
    owner.set(path, `${kind.name}[${index}]`);
    return { path, absPath };
  };

  for (const kind of checkKinds()) {
    entriesOf(loaded, kind).forEach((raw, index) => {
      let entry: PlannedEntry;
      try {
        entry = kind.plan(raw, root);
      } catch (err) {
        const where = [kind.name, index, ...(kind.planErrorKey ?? [])];
        problems.push(loaded.problemAt(where, (err as Error).message));
        return;
      }
      planned.push({ kind, entry, ...at(kind, entry.id, index) });
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return planned;
}

/**
 * Runs the checks and writes their result files. A check that cannot evaluate its inputs gives a
 * result with status `error` (never a pass); only a bad config throws (ConfigError, located).
 */
export async function runChecks(
  loaded: LoadedConfig,
  options: ChecksOptions = {},
): Promise<CheckOutcome[]> {
  const planned = plan(loaded, options);
  const out: CheckOutcome[] = [];
  const { onEvent, threads, provider } = options;
  const ctx: CheckRunContext = {
    root: loaded.root,
    context: options.context ?? {},
    ...(provider ? { provider } : {}),
    ...(threads !== undefined ? { threads } : {}),
    ...(onEvent ? { onEvent } : {}),
  };
  for (const [index, { kind, entry, path, absPath }] of planned.entries()) {
    const { id } = entry;
    onEvent?.({ type: 'check', kind: kind.name, id, index, total: planned.length });
    let result: Result;
    try {
      result = await entry.run(ctx);
    } catch (err) {
      // A bad config was refused above; what throws here is one check's own trouble.
      result = failedResult(kind, entry, err, ctx.context);
    }
    writeResultFile(absPath, result, loaded.root);
    onEvent?.({ type: 'result', kind: kind.name, id, path, result });
    const max = entry.maxAnnotations;
    out.push({
      kind: kind.name,
      id,
      path,
      absPath,
      result,
      ...(max !== undefined ? { maxAnnotations: max } : {}),
    });
  }
  return out;
}
