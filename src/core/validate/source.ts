// The chunker: reads a text data file in blocks and cuts it into chunks that end on a record
// boundary, so each chunk can be validated on its own (in a worker thread or here). Where a
// boundary is, and what a record too large for the limit does, is the format's: its reader
// (src/core/data/readers/) passes a `Splitter`. Memory stays bounded: a few chunks in flight, and
// no record may exceed maxRecordBytes.
import { openBytes, type ByteReader } from './bytes.js';
import type { ByteJob, CsvContext, Executor } from './jobs.js';
import type { ChunkResult } from './chunk.js';
import type { DataFile } from './files.js';
import { limitReader } from './shard.js';

const LF = 10;

export interface SourceOptions {
  chunkBytes: number;
  maxRecordBytes: number;
  samples: number;
  /** Chunks in flight at once. */
  window: number;
}

/** How a format's text is cut into chunks. */
export interface Splitter {
  /** The job kind its chunks are. */
  kind: ByteJob['kind'];
  /** Position of the last record boundary's newline in `data`, or -1. */
  lastBoundary(data: Uint8Array): number;
  /** A byte order mark at the top of the file is skipped here (else the format's header did). */
  skipsBom: boolean;
  /**
   * A record over the limit: 'skip' drops it up to its newline and reads on; 'stop' ends the file
   * there (without a reliable boundary the rest cannot be split).
   */
  oversized: 'skip' | 'stop';
}

/** Where a stream starts and (exclusive, in the records' bytes) stops; both on record boundaries. */
export interface StreamStart {
  offset: number;
  end?: number;
  csv?: CsvContext;
}

function oversizedRecord(maxRecordBytes: number, lines: number): ChunkResult {
  const message = `record is larger than the ${maxRecordBytes}-byte limit`;
  return {
    lines,
    rows: 1,
    invalidRows: 1,
    groups: [
      {
        schemaPath: '',
        keyword: 'maxRecordSize',
        message,
        count: 1,
        samples: [{ line: 1, record: 0, pointer: '', value: '', message }],
      },
    ],
  };
}

function unsplittable(maxRecordBytes: number): ChunkResult {
  return {
    lines: 0,
    rows: 0,
    invalidRows: 0,
    groups: [],
    problems: [
      {
        message: `a record starting here is larger than the ${maxRecordBytes}-byte limit (an unclosed quote?); the rest of the file was not read`,
        line: 1,
      },
    ],
  };
}

/** A fresh, transferable copy of a range (never a view into Node's shared buffer pool). */
function own(src: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  out.set(src.subarray(from, to));
  return out;
}

const EMPTY = new Uint8Array(0);

/** Results of jobs in flight, handed on in submission order, at most `window` waiting. */
class InOrder {
  private readonly queue: Array<Promise<ChunkResult>> = [];
  constructor(
    private readonly window: number,
    private readonly onResult: (r: ChunkResult) => void,
  ) {}
  async push(r: Promise<ChunkResult>): Promise<void> {
    this.queue.push(r);
    await this.drain(this.window);
  }
  async drain(max = 0): Promise<void> {
    while (this.queue.length > max)
      this.onResult(await (this.queue.shift() as Promise<ChunkResult>));
  }
  /** Lets in-flight jobs settle (their results may be dropped on error). */
  settle(): Promise<unknown> {
    return Promise.allSettled(this.queue);
  }
}

/** One pass of the chunker over a file: the bytes carried to the next block, and its state. */
class Chunker {
  private position: number;
  private carry: Uint8Array = EMPTY;
  private bomChecked: boolean;
  /** Inside an oversized record: bytes are dropped up to its newline. */
  private skipping = false;

  constructor(
    private readonly split: Splitter,
    private readonly executor: Executor,
    private readonly opts: SourceOptions,
    private readonly start: StreamStart,
    private readonly out: InOrder,
  ) {
    this.position = start.offset;
    this.bomChecked = !(split.skipsBom && start.offset === 0);
  }

  /** Reads the whole stream; false from a step ends it. */
  async run(reader: ByteReader): Promise<void> {
    for (;;) {
      const block = Buffer.allocUnsafeSlow(this.carry.length + this.opts.chunkBytes);
      block.set(this.carry, 0);
      // A range's end is enforced by the limited reader.
      const bytesRead = await reader.read(block, this.carry.length, this.opts.chunkBytes);
      this.position += bytesRead;
      let data: Uint8Array = block.subarray(0, this.carry.length + bytesRead);
      if (!this.bomChecked) {
        this.bomChecked = true;
        if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
      }
      if (!(await this.step(data, bytesRead === 0))) break;
    }
    await this.out.drain();
  }

  /** One block (`data`: the file's bytes [position - data.length, position)); false at the end. */
  private async step(data: Uint8Array, eof: boolean): Promise<boolean> {
    if (this.skipping) {
      const rest = await this.skipOversized(data, eof);
      if (rest === undefined) return !eof;
      data = rest;
    }
    if (eof) {
      if (data.length > 0) await this.send(own(data, 0, data.length), true);
      return false;
    }
    const cut = this.split.lastBoundary(data);
    if (cut !== -1) {
      this.carry = own(data, cut + 1, data.length);
      // The chunk is a view on a buffer no one else holds (the block, or a fresh copy): the
      // executor transfers that buffer to the worker instead of copying it.
      await this.send(data.subarray(0, cut + 1), false, data.length);
      return true;
    }
    if (data.length <= this.opts.maxRecordBytes) {
      this.carry = data.byteOffset === 0 ? data : own(data, 0, data.length);
      return true;
    }
    if (this.split.oversized === 'stop') {
      await this.out.push(Promise.resolve(unsplittable(this.opts.maxRecordBytes)));
      return false;
    }
    this.skipping = true;
    this.carry = EMPTY;
    return true;
  }

  /** Drops an oversized record's bytes: what follows its newline, or undefined (none yet). */
  private async skipOversized(data: Uint8Array, eof: boolean): Promise<Uint8Array | undefined> {
    const nl = data.indexOf(LF);
    if (nl === -1) {
      this.carry = EMPTY;
      if (eof) await this.out.push(Promise.resolve(oversizedRecord(this.opts.maxRecordBytes, 0)));
      return undefined;
    }
    this.skipping = false;
    await this.out.push(Promise.resolve(oversizedRecord(this.opts.maxRecordBytes, 1)));
    return own(data, nl + 1, data.length);
  }

  /** A chunk to the executor; `span` is the bytes of the block it came from. */
  private async send(buf: Uint8Array, last: boolean, span = buf.length): Promise<void> {
    const job: ByteJob = { kind: this.split.kind, buf, last, csv: this.start.csv };
    const offset = this.position - span;
    // Measured before submit: the buffer is transferred to a worker thread.
    const bytes = buf.byteLength;
    await this.out.push(this.executor.submit(job).then((r) => ({ ...r, bytes, offset })));
  }
}

/**
 * Streams one text file (from `start.offset`, up to `start.end`) through the executor, cut as
 * `split` says. Results come back in file order through `onResult`.
 */
export async function streamFile(
  file: DataFile,
  split: Splitter,
  executor: Executor,
  opts: SourceOptions,
  start: StreamStart,
  onResult: (r: ChunkResult) => void,
): Promise<void> {
  const opened = await openBytes(file, start.offset);
  const reader = start.end === undefined ? opened : limitReader(opened, start.end);
  const out = new InOrder(opts.window, onResult);
  try {
    await new Chunker(split, executor, opts, start, out).run(reader);
  } finally {
    await out.settle();
    await reader.close();
  }
}
