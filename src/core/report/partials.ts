// What report and gate do with a set of result files beyond reading each: partial results (one
// shard of a validate entry each) are merged per entry into the result one job would have written,
// and two final results with the same id in different files are an error naming both files, so a
// matrix can never hide one result behind another.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { evidenceProblem } from '../evidence/index.js';
import type { Result } from '../result.js';
import type { PartialFile } from '../validate/merge.js';
import type { ReportEntry } from './entry.js';

export type Loaded = ReportEntry | { partial: PartialFile };

/** Each entry's partials replaced by their merge, where the first of them stood. */
export async function foldPartials(
  loaded: Loaded[],
  cwd: string,
  /** A further check of the merged result (the trusted config's rules). */
  check?: (r: Result) => string | undefined,
): Promise<ReportEntry[]> {
  const byId = new Map<string, PartialFile[]>();
  for (const l of loaded)
    if ('partial' in l) {
      const id = l.partial.result.id;
      let list = byId.get(id);
      if (!list) byId.set(id, (list = []));
      list.push(l.partial);
    }
  // The merge (the validate engine) is loaded only when there is something to merge.
  const { mergePartials } = byId.size
    ? await import('../validate/merge.js')
    : { mergePartials: undefined };
  const out: ReportEntry[] = [];
  for (const l of loaded) {
    if (!('partial' in l)) {
      out.push(l);
      continue;
    }
    const list = byId.get(l.partial.result.id);
    if (!list || list[0] !== l.partial || !mergePartials) continue;
    const path = list.map((p) => p.path).join(' + ');
    try {
      const result: Result = await mergePartials(list, { cwd });
      const refused = evidenceProblem(result) ?? check?.(result);
      out.push(
        refused
          ? { ok: false, path, error: `${path}: ${refused}`, context: result.context }
          : { ok: true, path, result },
      );
    } catch (err) {
      out.push({
        ok: false,
        path,
        error: `${path}: cannot merge the shards: ${(err as Error).message}`,
      });
    }
  }
  return out;
}

function realPath(cwd: string, path: string): string {
  try {
    return realpathSync(resolve(cwd, path));
  } catch {
    return resolve(cwd, path);
  }
}

/**
 * Final results sharing an id across files become one error entry naming every file (names of
 * one and the same file, through a link, are one file).
 */
export function sameIds(entries: ReportEntry[], cwd: string): ReportEntry[] {
  const byId = new Map<string, string[]>();
  const real = new Map<string, string>();
  for (const e of entries)
    if (e.ok) {
      const list = byId.get(e.result.id) ?? [];
      const r = e.path.includes(' + ') ? e.path : realPath(cwd, e.path);
      if (list.some((p) => real.get(p) === r)) continue;
      real.set(e.path, r);
      byId.set(e.result.id, [...list, e.path]);
    }
  const out: ReportEntry[] = [];
  for (const e of entries) {
    const paths = e.ok ? (byId.get(e.result.id) ?? []) : [];
    if (!e.ok || paths.length < 2 || !real.has(e.path)) {
      out.push(e);
      continue;
    }
    if (paths[0] !== e.path) continue;
    out.push({
      ok: false,
      path: paths.join(', '),
      error: `result id ${JSON.stringify(e.result.id)} is in ${paths.length} files: ${paths.join(' and ')}; each job of a matrix needs its own id (or run the entry with --shard and let the shards merge)`,
      context: e.result.context,
    });
  }
  return out;
}
