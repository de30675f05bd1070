// Text files must be UTF-8. A UTF-16 or UTF-32 file (Excel and PowerShell write them) would
// otherwise fail with a parse error about its first character, which tells the user nothing.
import { isUtf8 } from 'node:buffer';

/** Bytes looked at to recognise UTF-16/32 without a byte order mark. */
const SNIFF_BYTES = 64;

/** The encoding a file's first bytes show when it is not UTF-8 text, e.g. "UTF-16 LE". */
export function foreignEncoding(head: Uint8Array): string | undefined {
  const b = head;
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 BE';
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return 'UTF-32 LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 BE';
  if (b[0] === 0xff && b[1] === 0xfe) return 'UTF-16 LE';
  // No BOM: text in the ASCII range leaves NUL bytes at fixed positions of each code unit.
  const n = Math.min(b.length, SNIFF_BYTES);
  const zeroAt = (width: number, lane: number, want: boolean): boolean => {
    let units = 0;
    for (let i = lane; i < n - (n % width); i += width) {
      if ((b[i] === 0) !== want) return false;
      units++;
    }
    return units >= 2;
  };
  const only = (width: number, nonZeroLane: number): boolean => {
    for (let lane = 0; lane < width; lane++)
      if (!zeroAt(width, lane, lane !== nonZeroLane)) return false;
    return true;
  };
  if (n >= 8 && only(4, 0)) return 'UTF-32 LE';
  if (n >= 8 && only(4, 3)) return 'UTF-32 BE';
  if (n >= 4 && only(2, 0)) return 'UTF-16 LE';
  if (n >= 4 && only(2, 1)) return 'UTF-16 BE';
  return undefined;
}

export class EncodingError extends Error {
  /** Without the file's name: "encoded as UTF-16 LE; save it as UTF-8". */
  readonly reason: string;
  constructor(
    readonly file: string,
    readonly encoding: string,
    reason = `encoded as ${encoding}; save it as UTF-8`,
  ) {
    super(`${file} ${reason.replace(/^encoded as/, 'is')}`);
    this.reason = reason;
    this.name = 'EncodingError';
  }
}

/** Throws an EncodingError when `head` (a file's first bytes) is UTF-16 or UTF-32. */
export function assertUtf8Head(head: Uint8Array, shown: string): void {
  const foreign = foreignEncoding(head);
  if (foreign) throw new EncodingError(shown, foreign);
}

/** A whole file's bytes as text: UTF-8 only (a UTF-8 byte order mark is dropped). */
export function decodeUtf8(bytes: Uint8Array, shown: string): string {
  assertUtf8Head(bytes.subarray(0, SNIFF_BYTES), shown);
  if (!isUtf8(bytes))
    throw new EncodingError(shown, 'not valid UTF-8', 'is not valid UTF-8 text; save it as UTF-8');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
