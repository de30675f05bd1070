// The one gate every file the tool opens or writes goes through. Paths come from the pull request
// (config, schemas, symlinks committed beside the data), so before anything is read the real path
// (after every symlink) must lie inside the workspace, must not be VCS internals, and must be a
// regular file: a link to /proc/self/environ, /dev/zero, a FIFO or .git/config is refused with a
// message naming the input, never read, and never quoted. The opened descriptor is checked again
// (fstat: same file, still regular), so a swap between the check and the open is caught too.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { open as openAsync, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { decodeUtf8, EncodingError } from './encoding.js';
import { overCapMessage, readLimit, type LimitName, type ReadLimit } from './limits.js';

/** A path the gate refused; `input` names where it came from (config key, option, file). */
export class WorkspaceError extends Error {
  constructor(
    readonly input: string,
    readonly path: string,
    /** The refusal without the name: "links outside the workspace; not read". */
    readonly reason: string,
  ) {
    super(`${input} '${path}' ${reason}`);
    this.name = 'WorkspaceError';
  }
}

/** A file read whole that went past its cap. */
export class CapError extends Error {
  constructor(
    readonly file: string,
    readonly limit: ReadLimit,
  ) {
    super(`${file}: ${overCapMessage(limit)}`);
    this.name = 'CapError';
  }
}

/** Why a read was refused, without the file's name (callers put it in front). */
export function refusalReason(err: unknown): string {
  if (err instanceof WorkspaceError) return err.reason;
  if (err instanceof CapError) return overCapMessage(err.limit);
  if (err instanceof EncodingError) return err.reason;
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES') return 'permission denied';
  return e.message;
}

/** A file that passed the gate, identified by device and inode so a later open can be checked. */
export interface GatedFile {
  /** Absolute path as named (before symlinks). */
  abs: string;
  /** Real path (after symlinks), the one opened. */
  real: string;
  dev: number;
  ino: number;
  size: number;
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
// O_NOFOLLOW: the real path has no link left in it; one appearing there now is a swap.
const OPEN_READ = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Is `path` (absolute) `root` itself or under it, by name (no symlink resolved)? */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

function touchesVcs(root: string, path: string): boolean {
  return relative(root, path)
    .split(sep)
    .some((s) => /^\.(git|hg|svn)$/i.test(s));
}

function realRoot(root: string): string {
  try {
    return realpathSync(resolve(root));
  } catch {
    return resolve(root);
  }
}

const SYSTEM_TREES = ['/proc', '/sys', '/dev'];

/**
 * `path` (relative to `root`, or absolute) as an absolute path, after checking that neither the
 * name nor, when it exists, its real path leaves the workspace or enters `.git/`. A path that
 * does not exist yet passes (its reader reports it missing).
 */
export function workspacePath(root: string, path: string, input: string): string {
  const base = resolve(root);
  const full = resolve(base, path);
  if (!isInside(base, full)) throw new WorkspaceError(input, path, 'is outside the workspace');
  if (touchesVcs(base, full))
    throw new WorkspaceError(input, path, 'is inside version-control internals (.git); not read');
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return full;
  }
  const rootReal = realRoot(base);
  if (!isInside(rootReal, real))
    throw new WorkspaceError(input, path, 'links outside the workspace');
  if (touchesVcs(rootReal, real))
    throw new WorkspaceError(input, path, 'links into version-control internals (.git); not read');
  return full;
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Checks `path` and returns its identity; throws WorkspaceError (ENOENT-coded when missing). */
export function gateFile(root: string, path: string, input: string): GatedFile {
  const abs = workspacePath(root, path, input);
  let real: string;
  let st: Stats;
  try {
    real = realpathSync(abs);
    st = statSync(real);
  } catch (err) {
    const e = new WorkspaceError(input, path, 'not found (no such file)');
    (e as NodeJS.ErrnoException).code = (err as NodeJS.ErrnoException).code;
    throw e;
  }
  if (SYSTEM_TREES.some((t) => real === t || real.startsWith(`${t}/`)))
    throw new WorkspaceError(input, path, 'is a system file; not read');
  if (!st.isFile()) throw new WorkspaceError(input, path, `is ${kindOf(st)}; not read`);
  return { abs, real, dev: st.dev, ino: st.ino, size: st.size };
}

function checkOpened(file: GatedFile, st: Stats, input: string, shown: string): void {
  if (!st.isFile()) throw new WorkspaceError(input, shown, `is ${kindOf(st)}; not read`);
  if (st.dev !== file.dev || st.ino !== file.ino)
    throw new WorkspaceError(input, shown, 'was replaced while being opened; not read');
}

/** Opens a gated file for reading (sync): a descriptor the caller closes. */
export function openGatedSync(file: GatedFile, input: string, shown = file.abs): number {
  const fd = openSync(file.real, OPEN_READ);
  try {
    checkOpened(file, fstatSync(fd), input, shown);
    return fd;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** The nearest folder of `path` that exists (the root for a write that names no workspace). */
export function existingAncestor(path: string): string {
  let dir = dirname(resolve(path));
  for (;;) {
    try {
      if (statSync(dir).isDirectory()) return dir;
    } catch {
      // Not there yet: try its parent.
    }
    const up = dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
}

/** Opens a gated file for reading (async), checking the descriptor is still that file. */
export async function openGated(
  file: GatedFile,
  input: string,
  shown = file.abs,
): Promise<FileHandle> {
  const fh = await openAsync(file.real, OPEN_READ);
  try {
    checkOpened(file, await fh.stat(), input, shown);
    return fh;
  } catch (err) {
    await fh.close();
    throw err;
  }
}

/** A gated file open for reading: its head read, the rest read only when asked for. */
export interface OpenedHead {
  /** The first bytes asked for (fewer when the file is shorter). */
  head: Buffer;
  /** The whole file under the named cap, read on from the head, not again from the start. */
  whole(cap: LimitName, shown: string): Buffer;
  close(): void;
}

/** Opens a gated file and reads its first `bytes`; the caller closes it. */
export function openWithHead(file: GatedFile, bytes: number, input: string): OpenedHead {
  const fd = openGatedSync(file, input);
  const buf = Buffer.alloc(bytes);
  let got = 0;
  try {
    let n: number;
    do {
      n = readSync(fd, buf, got, bytes - got, got);
      got += n;
    } while (n > 0 && got < bytes);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  const head = buf.subarray(0, got);
  let whole: Buffer | undefined;
  return {
    head,
    whole: (cap, shown) => (whole ??= readCapped(fd, readLimit(cap), shown, head)),
    close: () => closeSync(fd),
  };
}

/** The first bytes of a gated file (to tell its encoding before it is streamed). */
export function readHead(file: GatedFile, bytes = 64): Uint8Array {
  const opened = openWithHead(file, bytes, 'file');
  opened.close();
  return opened.head;
}

/**
 * Reads a regular file's descriptor to its end, `start` being its first bytes, read already;
 * refuses at `limit` bytes in all (counted as read, not as stat says). Reads at explicit offsets,
 * so a second call after a refusal reads the same bytes again.
 */
function readCapped(fd: number, limit: ReadLimit, shown: string, start?: Buffer): Buffer {
  const chunks: Buffer[] = start ? [start] : [];
  let total = start?.length ?? 0;
  if (total > limit.bytes) throw new CapError(shown, limit);
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(1 << 20, limit.bytes + 1 - total));
    const n = readSync(fd, buf, 0, buf.length, total);
    if (n === 0) break;
    total += n;
    if (total > limit.bytes) throw new CapError(shown, limit);
    chunks.push(n === buf.length ? buf : buf.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/** A workspace file's bytes, through the gate and under the named cap. */
export function readWorkspaceBytes(
  root: string,
  path: string,
  input: string,
  cap: LimitName,
  shown = path,
): Buffer {
  const fd = openGatedSync(gateFile(root, path, input), input, path);
  try {
    return readCapped(fd, readLimit(cap), shown);
  } finally {
    closeSync(fd);
  }
}

/** A workspace text file: gated, capped, and UTF-8 (a UTF-16/32 file is named as such). */
export function readWorkspaceText(
  root: string,
  path: string,
  input: string,
  cap: LimitName,
  shown = path,
): string {
  return decodeUtf8(readWorkspaceBytes(root, path, input, cap, shown), shown);
}

/**
 * A file outside any workspace that the runner itself provides (the event payload): not gated by
 * place, but still a regular file and still capped.
 */
export function readRunnerFile(path: string, cap: LimitName): string {
  const fd = openSync(path, OPEN_READ);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error(`${path} is ${kindOf(st)}; not read`);
    return decodeUtf8(readCapped(fd, readLimit(cap), path), path);
  } finally {
    closeSync(fd);
  }
}

/**
 * A directory to write into, created unless `check` only: every existing component, after its
 * symlinks, must stay inside the workspace (a committed `modelgate-results` link to /tmp is
 * refused) and be a directory.
 */
export function outputDir(root: string, dir: string, input: string, check = false): string {
  const base = resolve(root);
  const full = workspacePath(base, dir, input);
  const rootReal = realRoot(base);
  const refuse = (reason: string) => new WorkspaceError(input, dir, `${reason}; nothing written`);
  let at = base;
  for (const part of relative(base, full).split(sep).filter(Boolean)) {
    at = join(at, part);
    let st: Stats | undefined;
    try {
      st = lstatSync(at);
    } catch {
      st = undefined;
    }
    if (!st) {
      if (check) return full;
      mkdirSync(at);
      continue;
    }
    if (st.isSymbolicLink()) {
      const real = realpathSync(at);
      if (!isInside(rootReal, real) || touchesVcs(rootReal, real))
        throw refuse('is (or is under) a link that leaves the workspace');
      if (!statSync(real).isDirectory()) throw refuse('is not a directory');
    } else if (!st.isDirectory()) {
      throw refuse(`has a path component that is ${kindOf(st)}`);
    }
  }
  if (!isInside(rootReal, realpathSync(full))) throw refuse('links outside the workspace');
  return full;
}

/**
 * Writes a file inside the workspace atomically (temp file + rename): its directory through
 * outputDir, the temp file created exclusively (a planted link in its place fails the create),
 * and the rename replaces a link at the target rather than writing through it.
 */
export function writeWorkspaceFile(
  root: string,
  path: string,
  content: string | Uint8Array,
  input: string,
): string {
  const full = workspacePath(root, path, input);
  outputDir(root, relative(resolve(root), dirname(full)) || '.', input);
  const tmp = `${full}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, full);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was created.
    }
    throw err;
  }
  return full;
}
