// Taking files out of a zip archive in memory (workflow artifacts, inspect_ai's .eval logs). The central directory is read here (zip64
// included) and only the one entry is inflated, with fflate's streaming inflater (pure JS, no
// native code, no install script).
//
// Usage: const bytes = extractZipFile(zipBytes, 'metrics.json', { maxBytes: 50 << 20 });
//
// The archive comes from a workflow run, so it is read as hostile:
// - an entry that would escape its folder when unpacked (absolute path, drive letter, "..", NUL:
//   "zip slip") makes the whole archive refused, since actions/upload-artifact never writes one;
// - the wanted file is refused when it is there twice, encrypted, or compressed with a method
//   other than stored or deflate (nothing produces those for an artifact);
// - its declared size is checked against maxBytes before anything is inflated, and inflating
//   stops as soon as the output passes the declared size: a bomb whose header lies about its
//   size costs at most one chunk of output beyond it, never the whole expansion.
import { Inflate } from 'fflate';

export interface ExtractZipOptions {
  /** Largest uncompressed size accepted for the file. Default 100 MB. */
  maxBytes?: number;
}

export class UnsafeZipError extends Error {
  override readonly name = 'UnsafeZipError';
}

class CorruptZipError extends Error {}

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Compressed input per inflate step: deflate expands at most ~1032:1, so about 1 MiB out per step. */
const INFLATE_STEP = 1024;

/** The names of the archive's entries (normalised); an archive with an unsafe name is refused. */
export function listZipFiles(zip: Uint8Array): string[] {
  let entries: Entry[];
  try {
    entries = readCentralDirectory(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
  } catch (err) {
    throw new Error(`Cannot read the zip archive: ${(err as Error).message}`, { cause: err });
  }
  return entries.map((e) => {
    const name = normalizeEntryName(e.name);
    if (name === null)
      throw new UnsafeZipError(
        `Refusing a zip archive with an entry outside its folder: ${JSON.stringify(e.name)}.`,
      );
    return name;
  });
}

/** The file's bytes, or null when the archive has no such file. */
export function extractZipFile(
  zip: Uint8Array,
  path: string,
  options: ExtractZipOptions = {},
): Buffer | null {
  const maxBytes = options.maxBytes ?? 100 * 1024 * 1024;
  const wanted = normalizeEntryName(path);
  if (wanted === null || wanted === '')
    throw new UnsafeZipError(`"${path}" is not a safe relative path.`);
  let entries: Entry[];
  try {
    entries = readCentralDirectory(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
  } catch (err) {
    throw new Error(`Cannot read the zip archive: ${(err as Error).message}`, { cause: err });
  }
  const unsafe = entries.filter((e) => normalizeEntryName(e.name) === null).map((e) => e.name);
  if (unsafe.length > 0) {
    const names = unsafe
      .slice(0, 3)
      .map((n) => JSON.stringify(n))
      .join(', ');
    throw new UnsafeZipError(`Refusing a zip archive with entries outside its folder: ${names}.`);
  }
  const matches = entries.filter((e) => normalizeEntryName(e.name) === wanted);
  if (matches.length === 0) return null;
  if (matches.length > 1)
    throw new UnsafeZipError(`The zip archive holds "${wanted}" more than once.`);
  const entry = matches[0]!;
  if (entry.flags & 1) throw new UnsafeZipError(`"${wanted}" in the zip archive is encrypted.`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new UnsafeZipError(
      `"${wanted}" in the zip archive uses compression method ${entry.method}; only stored (0) and deflate (8) are read.`,
    );
  }
  if (entry.size > maxBytes) {
    throw new Error(
      `"${wanted}" in the zip archive is ${entry.size} bytes, over the limit of ${maxBytes}.`,
    );
  }
  const corrupt = (why: string) => new Error(`"${wanted}" in the zip archive is corrupt (${why}).`);
  let bytes: Uint8Array;
  try {
    bytes = entryData(zip, entry);
  } catch (err) {
    throw corrupt((err as Error).message);
  }
  const out = entry.method === 0 ? bytes : inflateAtMost(bytes, entry.size);
  if (out === null || out.length !== entry.size) {
    throw corrupt('size does not match its header');
  }
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

/** Inflates, giving up (null) as soon as the output passes `limit` bytes or the data is bad. */
function inflateAtMost(data: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && !over; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    return null;
  }
  if (over) return null;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** The entry's compressed bytes, located through its local header. */
function entryData(zip: Uint8Array, e: Entry): Uint8Array {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = e.localOffset;
  if (at + 30 > b.length || b.readUInt32LE(at) !== 0x04034b50)
    throw new CorruptZipError('no local header');
  const start = at + 30 + b.readUInt16LE(at + 26) + b.readUInt16LE(at + 28);
  if (start + e.compressedSize > b.length) throw new CorruptZipError('truncated data');
  return zip.subarray(start, start + e.compressedSize);
}

const MAX32 = 0xffffffff;

/** Where the central directory is and how many entries it has (zip64 when the fields overflow). */
function findDirectory(b: Buffer): { offset: number; count: number } {
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= lowest; i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new CorruptZipError('no end of central directory record');
  let count = b.readUInt16LE(eocd + 10);
  let offset = b.readUInt32LE(eocd + 16);
  if (
    (offset === MAX32 || count === 0xffff) &&
    eocd >= 20 &&
    b.readUInt32LE(eocd - 20) === 0x07064b50
  ) {
    const at = Number(b.readBigUInt64LE(eocd - 12));
    if (at + 56 > b.length || b.readUInt32LE(at) !== 0x06064b50)
      throw new CorruptZipError('bad zip64 end of central directory');
    count = Number(b.readBigUInt64LE(at + 32));
    offset = Number(b.readBigUInt64LE(at + 48));
  }
  return { offset, count };
}

function readCentralDirectory(b: Buffer): Entry[] {
  const { offset, count } = findDirectory(b);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50)
      throw new CorruptZipError('truncated central directory');
    const nameLength = b.readUInt16LE(at + 28);
    const extraLength = b.readUInt16LE(at + 30);
    const commentLength = b.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > b.length) throw new CorruptZipError('truncated central directory');
    const entry: Entry = {
      name: b.toString('utf8', at + 46, at + 46 + nameLength),
      flags: b.readUInt16LE(at + 8),
      method: b.readUInt16LE(at + 10),
      compressedSize: b.readUInt32LE(at + 20),
      size: b.readUInt32LE(at + 24),
      localOffset: b.readUInt32LE(at + 42),
    };
    applyZip64(entry, b.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at = end;
  }
  return entries;
}

/** Sizes and offset that overflowed 32 bits, from the zip64 extra field (id 1), in its order. */
function applyZip64(e: Entry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let p = at + 4;
      const next = () => {
        if (p + 8 > at + 4 + length) throw new CorruptZipError('short zip64 field');
        const v = Number(extra.readBigUInt64LE(p));
        p += 8;
        return v;
      };
      if (e.size === MAX32) e.size = next();
      if (e.compressedSize === MAX32) e.compressedSize = next();
      if (e.localOffset === MAX32) e.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/** "./a\\b" → "a/b"; null for a name that would leave the extraction folder. */
export function normalizeEntryName(name: string): string | null {
  if (name.includes('\0')) return null;
  const slashed = name.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) return null;
  const parts = slashed.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return null;
  return parts.join('/');
}
