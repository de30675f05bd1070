// Runs every check a loaded config names, in config order (validate, then compare), and writes one
// result file per check where the composable actions would: <dir>/<id>.json for validate,
// <dir>/compare-<id>.json for compare. Everything that can be refused is refused before the first
// file is written, so a bad config never leaves half a results directory behind.
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigError, type ConfigProblem, type LoadedConfig } from '../config/load.js';
import type { BaselineProvider } from '../providers/provider.js';
import { resolveRules, runCompare } from '../compare/compare.js';
import type { CompareEntry } from '../compare/types.js';
import { outputDir } from '../files/workspace.js';
import { writeResultFile, type Kind, type Result, type ResultContext } from '../result.js';
import { optionsFromEntry, type ValidateEntry } from '../validate/entry.js';
import { runValidate } from '../validate/run.js';
import { parseThreshold } from '../validate/threshold.js';
import type { ValidateOptions } from '../validate/types.js';
import type { CheckOutcome, RunEvent } from './types.js';
import { failedResult, type FailedCheck } from './failed.js';
import { RESULTS_DIR, resultFileName } from '../conventions/paths.js';

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
  kind: Kind;
  id: string;
  path: string;
  absPath: string;
  run: () => Promise<Result>;
  /** What the check reads, for the error result should it throw. */
  failed: FailedCheck;
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

function plan(loaded: LoadedConfig, options: ChecksOptions): Planned[] {
  const { config, root } = loaded;
  const dir = resultsDirOf(loaded, options.resultsDir ?? RESULTS_DIR);
  const problems: ConfigProblem[] = [];
  const planned: Planned[] = [];
  const owner = new Map<string, string>();
  const at = (kind: Kind, id: string, index: number) => {
    const absPath = resolve(dir, resultFileName(kind, id));
    const path = relative(root, absPath).split('\\').join('/');
    const earlier = owner.get(path);
    if (earlier) {
      problems.push(
        loaded.problemAt(
          [kind, index, 'id'],
          `id '${id}' writes ${path}, which ${earlier} writes too; rename one`,
        ),
      );
    }
    owner.set(path, `${kind}[${index}]`);
    return { path, absPath };
  };

  config.validate.forEach((raw, index) => {
    const entry = raw as unknown as ValidateEntry;
    let engine: ValidateOptions;
    try {
      engine = optionsFromEntry(entry, root);
      parseThreshold(engine.maxInvalidRows ?? '0', 'max_invalid_rows');
      if (engine.warnInvalidRows !== undefined) {
        parseThreshold(engine.warnInvalidRows, 'warn_invalid_rows');
      }
    } catch (err) {
      problems.push(loaded.problemAt(['validate', index], (err as Error).message));
      return;
    }
    planned.push({
      kind: 'validate',
      id: entry.id,
      ...at('validate', entry.id, index),
      run: () => runValidateEntry(entry, engine, options),
      failed: { kind: 'validate', id: entry.id, title: entry.title, file: engine.schemaFile },
    });
  });

  config.compare.forEach((raw, index) => {
    const entry = raw as unknown as CompareEntry;
    try {
      resolveRules(entry);
    } catch (err) {
      problems.push(loaded.problemAt(['compare', index, 'metrics'], (err as Error).message));
      return;
    }
    planned.push({
      kind: 'compare',
      id: entry.id,
      ...at('compare', entry.id, index),
      run: async () =>
        (await runCompare(entry, {
          workspace: root,
          context: options.context ?? {},
          ...(options.provider ? { provider: options.provider } : {}),
        })) as unknown as Result,
      failed: {
        kind: 'compare',
        id: entry.id,
        title: entry.title,
        file: entry.candidate ?? entry.examples?.candidate ?? '',
      },
    });
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return planned;
}

async function runValidateEntry(
  entry: ValidateEntry,
  engine: ValidateOptions,
  options: ChecksOptions,
): Promise<Result> {
  const { onEvent, threads, context, provider } = options;
  const result = await runValidate(
    {
      ...engine,
      ...(provider ? { provider } : {}),
      ...(threads !== undefined ? { threads } : {}),
      onStart: (info) => onEvent?.({ type: 'validate-start', id: entry.id, ...info }),
      onProgress: (progress) => onEvent?.({ type: 'validate-progress', id: entry.id, progress }),
    },
    context ?? {},
    { id: entry.id, ...(entry.title ? { title: entry.title } : {}) },
  );
  return result as unknown as Result;
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
  for (const [index, p] of planned.entries()) {
    options.onEvent?.({ type: 'check', kind: p.kind, id: p.id, index, total: planned.length });
    let result: Result;
    try {
      result = await p.run();
    } catch (err) {
      // A bad config was refused above; what throws here is one check's own trouble.
      result = failedResult(p.failed, err, options.context ?? {});
    }
    writeResultFile(p.absPath, result, loaded.root);
    options.onEvent?.({ type: 'result', kind: p.kind, id: p.id, path: p.path, result });
    out.push({ kind: p.kind, id: p.id, path: p.path, absPath: p.absPath, result });
  }
  return out;
}
