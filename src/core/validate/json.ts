// A `.json` file: either an array of records (validated element by element, streaming, in
// constant memory) or a single document (one record, up to the record size limit). A small
// byte scanner finds where each top-level element starts and ends; JSON.parse does the rest.
import { openBytes, type ByteReader } from './bytes.js';
import type { DataFile } from './files.js';
import { isUtf8 } from 'node:buffer';
import { Collector } from './collect.js';
import type { ChunkResult } from './chunk.js';
import { encodingViolation, validateOne, type Validators } from './records.js';

const READ = 1 << 20;

const isSpace = (b: number) => b === 32 || b === 9 || b === 10 || b === 13;

/** The scan of one file: where it is in the document, and the element being collected. */
class JsonScanner {
  readonly c: Collector;
  readonly problems: NonNullable<ChunkResult['problems']> = [];
  private mode: 'start' | 'array' | 'doc' | 'after' = 'start';
  line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private pieces: Uint8Array[] = [];
  private size = 0;
  private oversize = false;
  /** The line the current element starts on; 0: no element started. */
  private elemLine = 0;
  /** Start of the element bytes not yet kept, in the current block. */
  private from = 0;
  stop = false;

  constructor(
    private readonly v: Validators,
    private readonly maxRecordBytes: number,
    samples: number,
  ) {
    this.c = new Collector(samples);
  }

  private keep(chunk: Uint8Array, from: number, to: number): void {
    if (to <= from || this.oversize) return;
    this.size += to - from;
    if (this.size > this.maxRecordBytes) {
      this.oversize = true;
      this.pieces = [];
      return;
    }
    // A copy: `chunk` is a view on the read buffer, which the next read overwrites.
    this.pieces.push(Buffer.from(chunk.subarray(from, to)));
  }

  /** The element collected so far is a record: validate it. */
  private finish(truncated: boolean): void {
    const { c } = this;
    const record = c.rows++;
    const at = this.elemLine || this.line;
    if (this.oversize) {
      const message = `record is larger than the ${this.maxRecordBytes}-byte limit`;
      c.addInvalid(at, record, [
        {
          schemaPath: '',
          keyword: 'maxRecordSize',
          pointer: '',
          value: undefined,
          text: '',
          message,
        },
      ]);
    } else {
      const bytes = Buffer.concat(this.pieces);
      if (!isUtf8(bytes)) c.addInvalid(at, record, [encodingViolation()]);
      else {
        const note = truncated ? ' (the file ends inside the array: is it truncated?)' : '';
        validateOne(this.v, c, at, record, bytes.toString('utf8'), note);
      }
    }
    this.pieces = [];
    this.size = 0;
    this.oversize = false;
    this.elemLine = 0;
  }

  private fail(message: string): void {
    this.problems.push({ message, line: this.line });
    this.stop = true;
  }

  /** Before the document: an array starts, or a single document does. */
  private begin(b: number, i: number): void {
    if (isSpace(b)) return;
    if (b === 91) {
      this.mode = 'array';
      this.from = i + 1;
    } else {
      this.mode = 'doc';
      this.elemLine = this.line;
      this.from = i;
    }
  }

  /**
   * A byte of the array outside any element's brackets: a comma or the closing bracket ends the
   * element; true when the byte is consumed here.
   */
  private arrayTop(chunk: Uint8Array, b: number, i: number): boolean {
    if (b === 44 || b === 93) {
      this.keep(chunk, this.from, i);
      if (this.elemLine) this.finish(false);
      else if (b === 44 || this.c.rows > 0)
        this.fail(`unexpected '${b === 44 ? ',' : ']'}': an array element is missing`);
      if (b === 93) this.mode = 'after';
      this.from = i + 1;
      return true;
    }
    if (isSpace(b)) return true;
    if (!this.elemLine) {
      this.elemLine = this.line;
      this.from = i;
    }
    return false;
  }

  /** One block of the file, from byte `i` (past a BOM). */
  scan(chunk: Uint8Array, i: number): void {
    this.from = i;
    for (; i < chunk.length && !this.stop; i++) {
      const b = chunk[i] as number;
      if (b === 10) this.line++;
      if (this.mode === 'doc') continue;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === 92) this.escaped = true;
        else if (b === 34) this.inString = false;
        continue;
      }
      if (this.mode === 'start') this.begin(b, i);
      else if (this.mode === 'after') {
        if (!isSpace(b)) this.fail('unexpected data after the closing ] of the array');
      } else if (this.depth > 0 || !this.arrayTop(chunk, b, i)) {
        if (b === 34) this.inString = true;
        else if (b === 123 || b === 91) this.depth++;
        else if (b === 125 || b === 93) {
          this.depth--;
          if (this.depth < 0) this.fail(`unexpected '${String.fromCharCode(b)}'`);
        }
      }
    }
    if ((this.mode === 'array' && this.elemLine) || this.mode === 'doc')
      this.keep(chunk, this.from, chunk.length);
  }

  /** The end of the file: the last record, and what an unfinished document means. */
  end(): ChunkResult {
    if (!this.stop) {
      if (this.mode === 'start') this.problems.push({ message: 'file is empty: no JSON value' });
      else if (this.mode === 'doc') this.finish(false);
      else if (this.mode === 'array') {
        // The last element may look complete and still be cut short: the file is never a pass.
        if (this.elemLine) this.finish(true);
        this.problems.push({
          message: "the file ends inside the array (no closing ']'): is it truncated?",
          line: this.line,
        });
      }
    }
    const result = this.c.result(this.line - 1);
    if (this.problems.length) result.problems = [...(result.problems ?? []), ...this.problems];
    return result;
  }
}

export async function validateJsonFile(
  file: Pick<DataFile, 'abs' | 'path' | 'gate' | 'compression'>,
  v: Validators,
  opts: { samples: number; maxRecordBytes: number },
): Promise<ChunkResult> {
  const scanner = new JsonScanner(v, opts.maxRecordBytes, opts.samples);
  const reader: ByteReader = await openBytes(file);
  try {
    const buf = Buffer.allocUnsafe(READ);
    for (let first = true; ; first = false) {
      const bytesRead = await reader.read(buf, 0, READ);
      if (bytesRead === 0 || scanner.stop) break;
      const chunk = buf.subarray(0, bytesRead);
      const bom = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      scanner.scan(chunk, bom ? 3 : 0);
    }
  } finally {
    await reader.close();
  }
  return scanner.end();
}
