// Reads every result file the patterns match. A file that cannot be read or breaks the contract
// becomes an `error` entry, so one bad file shows up in the report instead of stopping it.
import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { evidenceProblem } from '../evidence/index.js';
import { readResultFile, type Result, type ResultContext } from '../result.js';

export type ReportEntry =
  | { ok: true; path: string; result: Result }
  | {
      ok: false;
      path: string;
      error: string;
      /** A refused result's own claim of PR and commit: where the refusal is reported. */
      context?: ResultContext;
    };

export interface LoadOptions {
  cwd?: string;
}

/** Expands globs (or plain paths) relative to `cwd`, sorted, without duplicates. */
export async function findResultFiles(
  patterns: string[],
  options: LoadOptions = {},
): Promise<string[]> {
  const cwd = options.cwd ?? process.cwd();
  const found = new Set<string>();
  for (const pattern of patterns) {
    const rel = isAbsolute(pattern) ? relative(cwd, pattern) || '.' : pattern;
    // tinyglobby escapes nothing for us: a plain path with glob characters still works because a
    // literal match is tried first.
    const matches = await glob(rel.replace(/\\/g, '/'), {
      cwd,
      onlyFiles: true,
      dot: true,
      expandDirectories: false,
      // Results from an untrusted artifact: a link to a runner file or directory is not followed.
      followSymbolicLinks: false,
    });
    for (const m of matches) found.add(m);
  }
  return [...found].sort();
}

/** One entry per file; a pattern that matches nothing at all is itself an error entry. */
export async function loadResults(
  patterns: string[],
  options: LoadOptions = {},
): Promise<ReportEntry[]> {
  const cwd = options.cwd ?? process.cwd();
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
  return files.map((path) => loadOne(path, cwd));
}

export function loadOne(path: string, cwd: string): ReportEntry {
  const full = resolve(cwd, path);
  try {
    // In the two-workflow pattern the files come from an untrusted artifact: a symbolic link
    // could point at a runner file whose text would end up in a public comment.
    if (lstatSync(full).isSymbolicLink()) {
      return { ok: false, path, error: `${path}: is a symbolic link; not read` };
    }
    // Inside the working directory the workspace gate's root is that directory; a file the
    // caller named by an absolute path elsewhere is bounded by its own folder.
    const rel = relative(cwd, full);
    const inside = !(rel.startsWith('..') || isAbsolute(rel));
    const result = readResultFile(full, undefined, inside ? cwd : dirname(full));
    // Its status is a claim: refused when its own details do not support it.
    const refused = evidenceProblem(result);
    if (refused) return { ok: false, path, error: `${path}: ${refused}`, context: result.context };
    return { ok: true, path, result };
  } catch (err) {
    const message = (err as Error).message.replace(full, path);
    return { ok: false, path, error: message };
  }
}
