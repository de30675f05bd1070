// Whole-file compression, a wrapper around any text format: the extension says it (data.jsonl.gz),
// validate/bytes.ts decompresses while reading, so readers and positions see the records' bytes.

export type Compression = 'gzip' | 'zstd';

/** Compression extensions, lower-case. */
export const COMPRESSION_EXTENSIONS: Readonly<Record<string, Compression>> = {
  '.gz': 'gzip',
  '.zst': 'zstd',
};

/** What the extension says about compression, and the name without that extension. */
export function compressionOf(path: string): { compression?: Compression; inner: string } {
  const lower = path.toLowerCase();
  for (const [ext, compression] of Object.entries(COMPRESSION_EXTENSIONS))
    if (lower.endsWith(ext)) return { compression, inner: path.slice(0, -ext.length) };
  return { inner: path };
}
