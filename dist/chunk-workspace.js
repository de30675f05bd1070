import { constants, realpathSync, openSync, fstatSync, closeSync, writeFileSync, renameSync, unlinkSync, statSync, readSync, lstatSync, mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve, relative, sep, isAbsolute, dirname, join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { r as readLimit, o as overCapMessage } from './chunk-limits.js';

const SNIFF_BYTES = 64;
function foreignEncoding(head) {
  const b = head;
  if (b[0] === 0 && b[1] === 0 && b[2] === 254 && b[3] === 255) return "UTF-32 BE";
  if (b[0] === 255 && b[1] === 254 && b[2] === 0 && b[3] === 0) return "UTF-32 LE";
  if (b[0] === 254 && b[1] === 255) return "UTF-16 BE";
  if (b[0] === 255 && b[1] === 254) return "UTF-16 LE";
  const n = Math.min(b.length, SNIFF_BYTES);
  const zeroAt = (width, lane, want) => {
    let units = 0;
    for (let i = lane; i < n - n % width; i += width) {
      if (b[i] === 0 !== want) return false;
      units++;
    }
    return units >= 2;
  };
  const only = (width, nonZeroLane) => {
    for (let lane = 0; lane < width; lane++)
      if (!zeroAt(width, lane, lane !== nonZeroLane)) return false;
    return true;
  };
  if (n >= 8 && only(4, 0)) return "UTF-32 LE";
  if (n >= 8 && only(4, 3)) return "UTF-32 BE";
  if (n >= 4 && only(2, 0)) return "UTF-16 LE";
  if (n >= 4 && only(2, 1)) return "UTF-16 BE";
  return void 0;
}
class EncodingError extends Error {
  constructor(file, encoding, reason = `encoded as ${encoding}; save it as UTF-8`) {
    super(`${file} ${reason.replace(/^encoded as/, "is")}`);
    this.file = file;
    this.encoding = encoding;
    this.reason = reason;
    this.name = "EncodingError";
  }
  file;
  encoding;
  /** Without the file's name: "encoded as UTF-16 LE; save it as UTF-8". */
  reason;
}
function assertUtf8Head(head, shown) {
  const foreign = foreignEncoding(head);
  if (foreign) throw new EncodingError(shown, foreign);
}
function decodeUtf8(bytes, shown) {
  assertUtf8Head(bytes.subarray(0, SNIFF_BYTES), shown);
  if (!isUtf8(bytes))
    throw new EncodingError(shown, "not valid UTF-8", "is not valid UTF-8 text; save it as UTF-8");
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

class WorkspaceError extends Error {
  constructor(input, path, reason) {
    super(`${input} '${path}' ${reason}`);
    this.input = input;
    this.path = path;
    this.reason = reason;
    this.name = "WorkspaceError";
  }
  input;
  path;
  reason;
}
class CapError extends Error {
  constructor(file, limit) {
    super(`${file}: ${overCapMessage(limit)}`);
    this.file = file;
    this.limit = limit;
    this.name = "CapError";
  }
  file;
  limit;
}
function refusalReason(err) {
  if (err instanceof WorkspaceError) return err.reason;
  if (err instanceof CapError) return overCapMessage(err.limit);
  if (err instanceof EncodingError) return err.reason;
  const e = err;
  if (e.code === "ENOENT") return "no such file";
  if (e.code === "EACCES") return "permission denied";
  return e.message;
}
const OPEN_READ = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}
function touchesVcs(root, path) {
  return relative(root, path).split(sep).some((s) => /^\.(git|hg|svn)$/i.test(s));
}
function realRoot(root) {
  try {
    return realpathSync(resolve(root));
  } catch {
    return resolve(root);
  }
}
const SYSTEM_TREES = ["/proc", "/sys", "/dev"];
function workspacePath(root, path, input) {
  const base = resolve(root);
  const full = resolve(base, path);
  if (!isInside(base, full)) throw new WorkspaceError(input, path, "is outside the workspace");
  if (touchesVcs(base, full))
    throw new WorkspaceError(input, path, "is inside version-control internals (.git); not read");
  let real;
  try {
    real = realpathSync(full);
  } catch {
    return full;
  }
  const rootReal = realRoot(base);
  if (!isInside(rootReal, real))
    throw new WorkspaceError(input, path, "links outside the workspace");
  if (touchesVcs(rootReal, real))
    throw new WorkspaceError(input, path, "links into version-control internals (.git); not read");
  return full;
}
function kindOf(s) {
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a FIFO (named pipe)";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  return "not a regular file";
}
function gateFile(root, path, input) {
  const abs = workspacePath(root, path, input);
  let real;
  let st;
  try {
    real = realpathSync(abs);
    st = statSync(real);
  } catch (err) {
    const e = new WorkspaceError(input, path, "not found (no such file)");
    e.code = err.code;
    throw e;
  }
  if (SYSTEM_TREES.some((t) => real === t || real.startsWith(`${t}/`)))
    throw new WorkspaceError(input, path, "is a system file; not read");
  if (!st.isFile()) throw new WorkspaceError(input, path, `is ${kindOf(st)}; not read`);
  return { abs, real, dev: st.dev, ino: st.ino, size: st.size };
}
function checkOpened(file, st, input, shown) {
  if (!st.isFile()) throw new WorkspaceError(input, shown, `is ${kindOf(st)}; not read`);
  if (st.dev !== file.dev || st.ino !== file.ino)
    throw new WorkspaceError(input, shown, "was replaced while being opened; not read");
}
function openGatedSync(file, input, shown = file.abs) {
  const fd = openSync(file.real, OPEN_READ);
  try {
    checkOpened(file, fstatSync(fd), input, shown);
    return fd;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}
function existingAncestor(path) {
  let dir = dirname(resolve(path));
  for (; ; ) {
    try {
      if (statSync(dir).isDirectory()) return dir;
    } catch {
    }
    const up = dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
}
async function openGated(file, input, shown = file.abs) {
  const fh = await open(file.real, OPEN_READ);
  try {
    checkOpened(file, await fh.stat(), input, shown);
    return fh;
  } catch (err) {
    await fh.close();
    throw err;
  }
}
function openWithHead(file, bytes, input) {
  const fd = openGatedSync(file, input);
  const buf = Buffer.alloc(bytes);
  let got = 0;
  try {
    let n;
    do {
      n = readSync(fd, buf, got, bytes - got, got);
      got += n;
    } while (n > 0 && got < bytes);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  const head = buf.subarray(0, got);
  let whole;
  return {
    head,
    whole: (cap, shown) => whole ??= readCapped(fd, readLimit(cap), shown, head),
    close: () => closeSync(fd)
  };
}
function readHead(file, bytes = 64) {
  const opened = openWithHead(file, bytes, "file");
  opened.close();
  return opened.head;
}
function readCapped(fd, limit, shown, start) {
  const chunks = start ? [start] : [];
  let total = start?.length ?? 0;
  if (total > limit.bytes) throw new CapError(shown, limit);
  for (; ; ) {
    const buf = Buffer.allocUnsafe(Math.min(1 << 20, limit.bytes + 1 - total));
    const n = readSync(fd, buf, 0, buf.length, total);
    if (n === 0) break;
    total += n;
    if (total > limit.bytes) throw new CapError(shown, limit);
    chunks.push(n === buf.length ? buf : buf.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}
function readWorkspaceBytes(root, path, input, cap, shown = path) {
  const fd = openGatedSync(gateFile(root, path, input), input, path);
  try {
    return readCapped(fd, readLimit(cap), shown);
  } finally {
    closeSync(fd);
  }
}
function readWorkspaceText(root, path, input, cap, shown = path) {
  return decodeUtf8(readWorkspaceBytes(root, path, input, cap, shown), shown);
}
function readRunnerFile(path, cap) {
  const fd = openSync(path, OPEN_READ);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error(`${path} is ${kindOf(st)}; not read`);
    return decodeUtf8(readCapped(fd, readLimit(cap), path), path);
  } finally {
    closeSync(fd);
  }
}
function outputDir(root, dir, input, check = false) {
  const base = resolve(root);
  const full = workspacePath(base, dir, input);
  const rootReal = realRoot(base);
  const refuse = (reason) => new WorkspaceError(input, dir, `${reason}; nothing written`);
  let at = base;
  for (const part of relative(base, full).split(sep).filter(Boolean)) {
    at = join(at, part);
    let st;
    try {
      st = lstatSync(at);
    } catch {
      st = void 0;
    }
    if (!st) {
      if (check) return full;
      mkdirSync(at);
      continue;
    }
    if (st.isSymbolicLink()) {
      const real = realpathSync(at);
      if (!isInside(rootReal, real) || touchesVcs(rootReal, real))
        throw refuse("is (or is under) a link that leaves the workspace");
      if (!statSync(real).isDirectory()) throw refuse("is not a directory");
    } else if (!st.isDirectory()) {
      throw refuse(`has a path component that is ${kindOf(st)}`);
    }
  }
  if (!isInside(rootReal, realpathSync(full))) throw refuse("links outside the workspace");
  return full;
}
function writeWorkspaceFile(root, path, content, input) {
  const full = workspacePath(root, path, input);
  outputDir(root, relative(resolve(root), dirname(full)) || ".", input);
  const tmp = `${full}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content, { flag: "wx" });
    renameSync(tmp, full);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
    }
    throw err;
  }
  return full;
}

const workspace = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  CapError,
  WorkspaceError,
  existingAncestor,
  gateFile,
  isInside,
  openGated,
  openGatedSync,
  openWithHead,
  outputDir,
  readHead,
  readRunnerFile,
  readWorkspaceBytes,
  readWorkspaceText,
  refusalReason,
  workspacePath,
  writeWorkspaceFile
}, Symbol.toStringTag, { value: 'Module' }));

export { writeWorkspaceFile as a, readRunnerFile as b, refusalReason as c, outputDir as d, existingAncestor as e, assertUtf8Head as f, gateFile as g, readHead as h, isInside as i, openGated as j, decodeUtf8 as k, openWithHead as l, workspace as m, openGatedSync as o, readWorkspaceText as r, workspacePath as w };
