// Globs that stay in the workspace. tinyglobby follows symlinked directories by default, so a
// committed `data/all -> /` matched by `**` would walk the whole machine; here every link the
// crawler resolves is checked, and one whose real path leaves the root is neither descended
// into nor matched (it is reported instead). Matched files still go through the gate to be read.
import * as fs from 'node:fs';
import { resolve } from 'node:path';
import { glob, globSync, type FileSystemAdapter, type GlobOptions } from 'tinyglobby';
import { isInside } from './workspace.js';

export interface WorkspaceGlob {
  /** Absolute paths, sorted. */
  matches: string[];
  /** Links that lead outside the workspace, never descended into (absolute, as named). */
  escapes: string[];
}

/**
 * What the crawler (fdir, under tinyglobby) calls of the members we wrap: `stat(path, cb)`,
 * `statSync(path)`, `realpath(path, cb)`, `realpathSync(path)`.
 */
interface CrawlerStat {
  stat(path: string, cb: (err: NodeJS.ErrnoException | null, stats: fs.Stats) => void): void;
  statSync(path: string): fs.Stats;
  realpath(path: string, cb: (err: NodeJS.ErrnoException | null, real?: string) => void): void;
  realpathSync(path: string): string;
}

function guardedFs(root: string, escapes: Set<string>): FileSystemAdapter {
  let rootReal: string;
  try {
    rootReal = fs.realpathSync(root);
  } catch {
    rootReal = root;
  }
  // A link that leaves the root "resolves" to itself and stats as the link: the crawler then
  // treats it as a file, so it is never descended into, and it is matched only if the pattern
  // names it, in which case the gate refuses it by name when it is read.
  const escaped = (path: string, real: string): string => {
    if (isInside(rootReal, real)) return real;
    escapes.add(resolve(path));
    return path;
  };
  const isEscape = (path: string) => escapes.has(resolve(path));
  const wrapped: CrawlerStat = {
    stat: (path, cb) => (isEscape(path) ? fs.lstat : fs.stat)(path, cb),
    statSync: (path) => (isEscape(path) ? fs.lstatSync(path) : fs.statSync(path)),
    realpath: (path, cb) =>
      fs.realpath(path, (err, real) => (err ? cb(err) : cb(null, escaped(path, real)))),
    realpathSync: (path) => escaped(path, fs.realpathSync(path)),
  };
  // The adapter's type asks for node:fs's own functions, every overload and property
  // (`realpath.native`, `__promisify__`), which no wrapper has; the crawler calls only the forms
  // above.
  return {
    readdir: fs.readdir,
    readdirSync: fs.readdirSync,
    ...(wrapped as Pick<FileSystemAdapter, keyof CrawlerStat>),
  };
}

type Options = Omit<GlobOptions, 'fs' | 'absolute' | 'cwd' | 'followSymbolicLinks'>;

function globOptions(
  cwd: string,
  root: string,
  escapes: Set<string>,
  options: Options,
): GlobOptions {
  return {
    ...options,
    cwd,
    absolute: true,
    followSymbolicLinks: true,
    fs: guardedFs(resolve(root), escapes),
  };
}

/** Matches of one pattern under `cwd`, never through a link that leaves `root`. */
export async function workspaceGlob(
  pattern: string,
  cwd: string,
  root: string,
  extra: Options = {},
): Promise<WorkspaceGlob> {
  const escapes = new Set<string>();
  const matches = await glob(pattern, globOptions(cwd, root, escapes, extra));
  return { matches: matches.sort(), escapes: [...escapes].sort() };
}

/** As workspaceGlob, synchronously (the config's file check). */
export function workspaceGlobSync(
  pattern: string,
  cwd: string,
  root: string,
  extra: Options = {},
): WorkspaceGlob {
  const escapes = new Set<string>();
  const matches = globSync(pattern, globOptions(cwd, root, escapes, extra));
  return { matches: matches.sort(), escapes: [...escapes].sort() };
}
