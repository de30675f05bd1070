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

// eslint-disable-next-line max-lines-per-function -- not split here: this module is being reworked on the record-source (readers) branch; split it there or after the merge
export async function validateJsonFile(
  file: Pick<DataFile, 'abs' | 'path' | 'gate' | 'compression'>,
  v: Validators,
  opts: { samples: number; maxRecordBytes: number },
): Promise<ChunkResult> {
  const c = new Collector(opts.samples);
  const problems: NonNullable<ChunkResult['problems']> = [];
  const reader: ByteReader = await openBytes(file);
  let mode: 'start' | 'array' | 'doc' | 'after' = 'start';
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pieces: Uint8Array[] = [];
  let size = 0;
  let oversize = false;
  let elemLine = 0; // 0: no element started
  let first = true;
  let stop = false;

  const keep = (chunk: Uint8Array, from: number, to: number) => {
    if (to <= from || oversize) return;
    size += to - from;
    if (size > opts.maxRecordBytes) {
      oversize = true;
      pieces = [];
      return;
    }
    // A copy: `chunk` is a view on the read buffer, which the next read overwrites.
    pieces.push(Buffer.from(chunk.subarray(from, to)));
  };
  const finish = (truncated: boolean) => {
    const record = c.rows++;
    const at = elemLine || line;
    if (oversize) {
      c.addInvalid(at, record, [
        {
          schemaPath: '',
          keyword: 'maxRecordSize',
          pointer: '',
          value: undefined,
          text: '',
          message: `record is larger than the ${opts.maxRecordBytes}-byte limit`,
        },
      ]);
    } else {
      const bytes = Buffer.concat(pieces);
      if (!isUtf8(bytes)) {
        c.addInvalid(at, record, [encodingViolation()]);
      } else {
        validateOne(
          v,
          c,
          at,
          record,
          bytes.toString('utf8'),
          truncated ? ' (the file ends inside the array: is it truncated?)' : '',
        );
      }
    }
    pieces = [];
    size = 0;
    oversize = false;
    elemLine = 0;
  };
  const fail = (message: string) => {
    problems.push({ message, line });
    stop = true;
  };

  try {
    const buf = Buffer.allocUnsafe(READ);
    for (;;) {
      const bytesRead = await reader.read(buf, 0, READ);
      if (bytesRead === 0 || stop) break;
      const chunk = buf.subarray(0, bytesRead);
      let i = 0;
      if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
      first = false;
      let from = i; // start of the element bytes not yet kept, in this chunk
      for (; i < bytesRead && !stop; i++) {
        const b = chunk[i] as number;
        if (b === 10) line++;
        if (mode === 'doc') continue;
        if (inString) {
          if (escaped) escaped = false;
          else if (b === 92) escaped = true;
          else if (b === 34) inString = false;
          continue;
        }
        if (mode === 'start') {
          if (b === 32 || b === 9 || b === 10 || b === 13) continue;
          if (b === 91) {
            mode = 'array';
            from = i + 1;
          } else {
            mode = 'doc';
            elemLine = line;
            from = i;
          }
          continue;
        }
        if (mode === 'after') {
          if (b !== 32 && b !== 9 && b !== 10 && b !== 13)
            fail('unexpected data after the closing ] of the array');
          continue;
        }
        // mode === 'array'
        if (depth === 0) {
          if (b === 44 || b === 93) {
            keep(chunk, from, i);
            if (elemLine) finish(false);
            else if (b === 44 || c.rows > 0)
              fail(`unexpected '${b === 44 ? ',' : ']'}': an array element is missing`);
            if (b === 93) mode = 'after';
            from = i + 1;
            continue;
          }
          if (b === 32 || b === 9 || b === 10 || b === 13) continue;
          if (!elemLine) {
            elemLine = line;
            from = i;
          }
        }
        if (b === 34) inString = true;
        else if (b === 123 || b === 91) depth++;
        else if (b === 125 || b === 93) {
          depth--;
          if (depth < 0) fail(`unexpected '${String.fromCharCode(b)}'`);
        }
      }
      if (mode === 'array' && elemLine) keep(chunk, from, bytesRead);
      if (mode === 'doc') keep(chunk, from, bytesRead);
    }
  } finally {
    await reader.close();
  }
  if (!stop) {
    if (mode === 'start') problems.push({ message: 'file is empty: no JSON value' });
    else if (mode === 'doc') finish(false);
    else if (mode === 'array') {
      // The last element may look complete and still be cut short: the file is never a pass.
      if (elemLine) finish(true);
      problems.push({
        message: "the file ends inside the array (no closing ']'): is it truncated?",
        line,
      });
    }
  }
  const result = c.result(line - 1);
  if (problems.length) result.problems = [...(result.problems ?? []), ...problems];
  return result;
}
