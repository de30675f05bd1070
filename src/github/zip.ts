// Taking one file out of a zip archive in memory (fflate: pure JS, no native code, no install
// script, handles deflate and stored entries and zip64).
//
// Usage: const bytes = extractZipFile(zipBytes, 'metrics.json', { maxBytes: 50 << 20 });
//
// Nothing is written to disk, but an archive with an entry that would escape its folder when
// unpacked (absolute path, drive letter, "..", NUL: "zip slip") is refused as a whole, since
// actions/upload-artifact never produces one: such an archive was made to attack. An entry whose
// declared size exceeds maxBytes is refused before it is inflated (a lying header cannot grow
// the output past the declared size: fflate writes into a buffer of exactly that size, and the
// length is checked afterwards).
import { unzipSync } from 'fflate';

export interface ExtractZipOptions {
  /** Largest uncompressed size accepted for the file. Default 100 MB. */
  maxBytes?: number;
}

export class UnsafeZipError extends Error {
  override readonly name = 'UnsafeZipError';
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
  const unsafe: string[] = [];
  let match: { name: string; originalSize: number } | undefined;
  let duplicates = 0;
  let files;
  try {
    files = unzipSync(zip, {
      filter: (file) => {
        const name = normalizeEntryName(file.name);
        if (name === null) {
          unsafe.push(file.name);
          return false;
        }
        if (name !== wanted) return false;
        if (match) duplicates++;
        match = { name: file.name, originalSize: file.originalSize };
        return unsafe.length === 0 && duplicates === 0 && file.originalSize <= maxBytes;
      },
    });
  } catch (err) {
    throw new Error(
      `Cannot read the zip archive: ${err instanceof Error ? err.message : String(err)}`,
      {
        cause: err,
      },
    );
  }
  if (unsafe.length > 0) {
    const names = unsafe
      .slice(0, 3)
      .map((n) => JSON.stringify(n))
      .join(', ');
    throw new UnsafeZipError(`Refusing a zip archive with entries outside its folder: ${names}.`);
  }
  if (!match) return null;
  if (duplicates > 0) throw new UnsafeZipError(`The zip archive holds "${wanted}" more than once.`);
  if (match.originalSize > maxBytes) {
    throw new Error(
      `"${wanted}" in the zip archive is ${match.originalSize} bytes, over the limit of ${maxBytes}.`,
    );
  }
  const bytes = files[match.name];
  if (!bytes || bytes.length !== match.originalSize) {
    throw new Error(`"${wanted}" in the zip archive is corrupt (size does not match its header).`);
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
