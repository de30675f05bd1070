// The zip reader lives with the other hostile-input readers in src/core/files; artifacts use it from here.
export { extractZipFile, normalizeEntryName, UnsafeZipError } from '../core/files/zip.js';
export type { ExtractZipOptions } from '../core/files/zip.js';
