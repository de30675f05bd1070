// Reads every result file the patterns match. A file that cannot be read or breaks the contract
// becomes an `error` entry, so one bad file shows up in the report instead of stopping it.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { evidenceProblem } from '../evidence/index.js';
import { trustedProblem } from '../evidence/trusted.js';
import { loadConfig, type Config } from '../config/load.js';
import { workspaceGlob } from '../files/glob.js';
import { isInside } from '../files/workspace.js';
import type { Result } from '../result.js';
import { isPartialResult, readAnyResultFile } from '../validate/partial.js';
import { foldPartials, sameIds, type Loaded } from './partials.js';
import type { ReportEntry } from './entry.js';

export type { ReportEntry } from './entry.js';

export interface LoadOptions {
  cwd?: string;
  /**
   * A config the pull request cannot edit (the default branch's checkout in the two-workflow
   * pattern): every result is held to the stricter of its recorded rules and this config's.
   */
  trustedConfig?: string;
}

interface Trusted {
  config: Config;
  file: string;
}

/** Patterns whose literal path (`..` resolved) leaves `cwd`: refused before anything is listed. */
function outsidePatterns(patterns: string[], cwd: string): string[] {
  return patterns.filter((p) => !isInside(resolve(cwd), resolve(cwd, p)));
}

/**
 * Expands globs (or plain paths) relative to `cwd`, sorted, without duplicates. The working
 * directory is the workspace: a link is matched like a file (the gate then reads it only if its
 * real path stays inside), and a linked folder that leaves it is never descended into.
 */
export async function findResultFiles(
  patterns: string[],
  options: LoadOptions = {},
): Promise<string[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const found = new Set<string>();
  for (const pattern of patterns) {
    // tinyglobby escapes nothing for us: a plain path with glob characters still works because a
    // literal match is tried first.
    const rel = isAbsolute(pattern) ? relative(cwd, pattern) || '.' : pattern;
    const { matches } = await workspaceGlob(rel.replace(/\\/g, '/'), cwd, cwd, {
      onlyFiles: true,
      dot: true,
      expandDirectories: false,
    });
    for (const m of matches) found.add(relative(cwd, m).split(sep).join('/'));
  }
  return [...found].sort();
}

/**
 * One entry per file; a pattern that matches nothing at all is itself an error entry. The
 * partial results of a sharded entry become one entry (their merge); two final results with
 * the same id in different files become one error entry naming them.
 */
export async function loadResults(
  patterns: string[],
  options: LoadOptions = {},
): Promise<ReportEntry[]> {
  const cwd = options.cwd ?? process.cwd();
  // Result files come from the workspace (or an artifact downloaded into it), never beside it.
  const outside = outsidePatterns(patterns, cwd);
  if (outside.length > 0) {
    return outside.map((path) => ({
      ok: false as const,
      path,
      error: `${path}: is outside the workspace; result files there are not read`,
    }));
  }
  const files = await findResultFiles(patterns, options);
  if (files.length === 0) {
    const path = patterns.join(', ') || '(no pattern)';
    return [
      {
        ok: false,
        path,
        // The patterns are in the message too: an annotation or a log line shows only this.
        error: `no result files match ${path}; did the checks run and were their results downloaded here?`,
      },
    ];
  }
  let trusted: Trusted | undefined;
  if (options.trustedConfig) {
    const file = options.trustedConfig;
    const full = resolve(cwd, file);
    try {
      trusted = { config: loadConfig(full, { root: cwd }).config, file };
    } catch (err) {
      // Without the rules to hold them to, no result can be judged.
      return [{ ok: false, path: file, error: (err as Error).message.replaceAll(full, file) }];
    }
  }
  const loaded = files.map((path) => loadAny(path, cwd, trusted));
  // A merged result is held to the trusted config like any other.
  const check = trusted
    ? (r: Result) => trustedProblem(r, trusted.config, trusted.file)
    : undefined;
  return sameIds(await foldPartials(loaded, cwd, check), cwd);
}

export function loadOne(path: string, cwd: string, trusted?: Trusted): ReportEntry {
  const l = loadAny(path, cwd, trusted);
  // Where only final results are expected (the all-in-one run), a partial has no verdict.
  return 'partial' in l
    ? {
        ok: false,
        path,
        error: `${path}: a partial result (one shard) has no verdict of its own: merge all shards of ${l.partial.result.id} first`,
      }
    : l;
}

function loadAny(path: string, cwd: string, trusted?: Trusted): Loaded {
  const full = resolve(cwd, path);
  try {
    // The working directory is the workspace gate's root: a file named outside it, or a link
    // whose real path leaves it (an artifact's link to a runner file), is refused, never read.
    const result = readAnyResultFile(full, cwd);
    if (isPartialResult(result)) return { partial: { path, result } };
    // Its status is a claim: refused when its own details do not support it.
    const refused =
      evidenceProblem(result) ?? (trusted && trustedProblem(result, trusted.config, trusted.file));
    if (refused) return { ok: false, path, error: `${path}: ${refused}`, context: result.context };
    return { ok: true, path, result };
  } catch (err) {
    const message = (err as Error).message.replace(full, path);
    return { ok: false, path, error: message };
  }
}
