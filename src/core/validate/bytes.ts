// The bytes of a data file, read front to back: as stored, or decompressed on the fly (gzip by
// node:zlib, Zstandard by fzstd; streaming: memory stays at a few blocks whatever the file's size). Every reader of
// data files opens them here, so positions are always in the records' own (uncompressed) bytes.
import type { FileHandle } from 'node:fs/promises';
import { openGated, type GatedFile } from '../files/workspace.js';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Compression } from '../data/compression.js';

export { compressionOf, type Compression } from '../data/compression.js';

/** A compressed file read as if it were not, or a file not named as compressed: a located problem. */
export class DataReadError extends Error {}

export interface ByteReader {
  /** Fills `into[at, at + length)` as far as the data goes; fewer bytes only at the end. */
  read(into: Uint8Array, at: number, length: number): Promise<number>;
  /** Bytes delivered (or skipped) so far. */
  readonly position: number;
  /** Whether no byte is left to read (reads ahead, without consuming). */
  atEnd(): Promise<boolean>;
  /** Moves forward to `position` (never back). */
  skipTo(position: number): Promise<void>;
  close(): Promise<void>;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

class PlainReader implements ByteReader {
  position = 0;
  constructor(private readonly fh: FileHandle) {}
  async read(into: Uint8Array, at: number, length: number): Promise<number> {
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.fh.read(into, at + done, length - done, this.position);
      if (bytesRead === 0) break;
      done += bytesRead;
      this.position += bytesRead;
    }
    return done;
  }
  async skipTo(position: number): Promise<void> {
    this.position = Math.max(this.position, position);
  }
  async atEnd(): Promise<boolean> {
    return this.position >= (await this.fh.stat()).size;
  }
  close(): Promise<void> {
    return this.fh.close();
  }
}

/** Decompressed blocks of a gzip file (node:zlib, in libuv's thread pool). */
function gunzipBlocks(fh: FileHandle): { blocks: AsyncIterator<Uint8Array>; close: () => void } {
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const stream = pipeline(fh.createReadStream({ highWaterMark: 1 << 20 }), gunzip, () => {});
  return {
    blocks: gunzip[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>,
    close: () => stream.destroy(),
  };
}

/** Decompressed blocks of a Zstandard file (fzstd, pure JS, in this thread). */
function unzstdBlocks(fh: FileHandle): { blocks: AsyncIterator<Uint8Array>; close: () => void } {
  const input = fh.createReadStream({ highWaterMark: 1 << 20 });
  async function* blocks(): AsyncGenerator<Uint8Array> {
    const { Decompress } = await import('fzstd');
    const out: Uint8Array[] = [];
    const d = new Decompress((chunk) => {
      out.push(chunk);
    });
    for await (const buf of input) {
      // A copy: fzstd may keep part of a pushed block for the next push.
      d.push(new Uint8Array(buf as Uint8Array));
      yield* out.splice(0);
    }
    d.push(new Uint8Array(0), true);
    yield* out.splice(0);
  }
  return { blocks: blocks(), close: () => input.destroy() };
}

/** A compressed file's bytes, from an iterator of decompressed blocks. */
class StreamReader implements ByteReader {
  position = 0;
  private pending: Uint8Array | undefined;
  private used = 0;
  private readonly chunks: AsyncIterator<Uint8Array>;

  constructor(source: { blocks: AsyncIterator<Uint8Array>; close: () => void }, what: string) {
    const iterator = source.blocks;
    this.close = async () => source.close();
    this.chunks = {
      next: () =>
        iterator.next().catch((err: Error) => {
          throw new DataReadError(`not valid ${what} data (${err.message})`);
        }),
    };
  }

  close: () => Promise<void>;

  async read(into: Uint8Array, at: number, length: number): Promise<number> {
    let done = 0;
    while (done < length) {
      if (!this.pending || this.used >= this.pending.byteLength) {
        const next = await this.chunks.next();
        if (next.done) break;
        this.pending = next.value;
        this.used = 0;
      }
      const n = Math.min(length - done, this.pending.byteLength - this.used);
      into.set(this.pending.subarray(this.used, this.used + n), at + done);
      this.used += n;
      done += n;
    }
    this.position += done;
    return done;
  }

  async atEnd(): Promise<boolean> {
    while (!this.pending || this.used >= this.pending.length) {
      const next = await this.chunks.next();
      if (next.done) return true;
      this.pending = next.value;
      this.used = 0;
    }
    return false;
  }

  async skipTo(position: number): Promise<void> {
    const scratch = new Uint8Array(1 << 16);
    while (this.position < position) {
      const n = await this.read(scratch, 0, Math.min(scratch.length, position - this.position));
      if (n === 0) break;
    }
  }
}

/**
 * Opens a data file's bytes from `from` on. A file whose name says gzip is decompressed; one whose
 * content is gzip but whose name does not say so is refused (it would read as invalid UTF-8).
 */
export async function openBytes(
  file: { path: string; gate: GatedFile; compression?: Compression },
  from = 0,
): Promise<ByteReader> {
  // Every open goes through the workspace gate: the file it checked, and no other.
  const fh = await openGated(file.gate, 'data file', file.path);
  let reader: ByteReader;
  if (file.compression === 'gzip') reader = new StreamReader(gunzipBlocks(fh), 'gzip');
  else if (file.compression === 'zstd') reader = new StreamReader(unzstdBlocks(fh), 'Zstandard');
  else {
    const head = new Uint8Array(4);
    const { bytesRead } = await fh.read(head, 0, 4, 0);
    const starts = (magic: number[]) =>
      bytesRead >= magic.length && magic.every((b, i) => head[i] === b);
    const compressed = starts(GZIP_MAGIC)
      ? 'gzip-compressed: name it with a .gz extension (e.g. data.jsonl.gz)'
      : starts(ZSTD_MAGIC)
        ? 'Zstandard-compressed: name it with a .zst extension (e.g. data.jsonl.zst)'
        : undefined;
    if (compressed) {
      await fh.close();
      throw new DataReadError(`the file is ${compressed} to read it`);
    }
    reader = new PlainReader(fh);
  }
  if (from > 0) await reader.skipTo(from);
  return reader;
}
