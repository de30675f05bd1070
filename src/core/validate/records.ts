// Turning chunks of bytes into validated records: JSON Lines and CSV/TSV. These run in worker
// threads (or in the main thread for small inputs) on chunks that end on a record boundary.
import type { ValidateFunction } from 'ajv';
import { isUtf8 } from 'node:buffer';
import Papa from 'papaparse';
import { Collector, fromAjv, type Violation } from './collect.js';
import type { ChunkResult } from './types.js';
import type { Caster } from './cells.js';

export interface Validators {
  /** allErrors: false, stops at the first error: the per-row fast path. */
  fast: ValidateFunction;
  /** allErrors: true: run only on rows the fast one rejected, for the full report. */
  full: ValidateFunction;
}

export interface ChunkInfo {
  /** The chunk is the end of its file (its last line may lack a newline). */
  last: boolean;
  samples: number;
}

const LF = 10;

function validateRecord(
  v: Validators,
  c: Collector,
  line: number,
  record: number,
  value: unknown,
): void {
  if (v.fast(value)) return;
  v.full(value);
  const violations = fromAjv(v.full.errors, value);
  c.addInvalid(
    line,
    record,
    violations.length
      ? violations
      : [
          {
            schemaPath: '#',
            keyword: 'false',
            pointer: '',
            value,
            message: 'the schema rejects every value',
          },
        ],
  );
}

/** Parses and validates one record's text; a parse error is a located violation. */
export function validateOne(
  v: Validators,
  c: Collector,
  line: number,
  record: number,
  s: string,
  hint = '',
): void {
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch (err) {
    c.addInvalid(line, record, [
      {
        schemaPath: '',
        keyword: 'parse',
        pointer: '',
        value: undefined,
        text: s,
        message: `invalid JSON: ${(err as Error).message}${hint}`,
      },
    ]);
    return;
  }
  validateRecord(v, c, line, record, value);
}

function encodingViolation(): Violation {
  return {
    schemaPath: '',
    keyword: 'encoding',
    pointer: '',
    value: undefined,
    text: '',
    message: 'not valid UTF-8',
  };
}

function countLines(buf: Uint8Array): number {
  let n = 0;
  let i = buf.indexOf(LF);
  while (i !== -1) {
    n++;
    i = buf.indexOf(LF, i + 1);
  }
  return n;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Lines of a chunk that are not valid UTF-8 (1-based, chunk-relative). Only called on bad chunks. */
function badUtf8Lines(buf: Uint8Array): Set<number> {
  const bad = new Set<number>();
  let start = 0;
  let line = 1;
  while (start <= buf.length) {
    let end = buf.indexOf(LF, start);
    if (end === -1) end = buf.length;
    if (!isUtf8(buf.subarray(start, end))) bad.add(line);
    start = end + 1;
    line++;
  }
  return bad;
}

function decode(buf: Uint8Array): { text: string; bad?: Set<number> } {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (isUtf8(buf)) return { text: b.toString('utf8') };
  return { text: b.toString('utf8'), bad: badUtf8Lines(buf) };
}

export function validateJsonlChunk(buf: Uint8Array, info: ChunkInfo, v: Validators): ChunkResult {
  const c = new Collector(info.samples);
  const { text, bad } = decode(buf);
  const len = text.length;
  let pos = 0;
  let line = 0;
  let newlines = 0;
  while (pos < len) {
    let nl = text.indexOf('\n', pos);
    const hasNewline = nl !== -1;
    if (hasNewline) newlines++;
    else nl = len;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const s = text.slice(pos, end);
    pos = nl + 1;
    line++;
    if (s.length === 0 || (s.charCodeAt(0) <= 32 && isBlank(s))) continue;
    const record = c.rows++;
    if (bad?.has(line)) {
      c.addInvalid(line, record, [encodingViolation()]);
      continue;
    }
    validateOne(
      v,
      c,
      line,
      record,
      s,
      info.last && !hasNewline ? ' (the last line has no newline: is the file truncated?)' : '',
    );
  }
  return c.result(newlines);
}

export interface CsvInfo extends ChunkInfo {
  delimiter: ',' | '\t';
  newline: '\n' | '\r\n';
  header: string[];
  casters: Caster[];
}

function papaMessage(code: string, message: string): string {
  if (code === 'MissingQuotes') return 'unclosed quote: the quoted field never ends';
  if (code === 'InvalidQuotes')
    return 'malformed quotes: a quoted field must end with a quote followed by the delimiter or the end of the line';
  return message;
}

/**
 * A function building a row object from the cells with one fixed shape (an object literal), so
 * V8 keeps every row monomorphic for the compiled validator. Names are untrusted: each becomes
 * a JSON string literal, and __proto__ a computed key (a literal __proto__ would set the prototype).
 */
export function rowBuilder(
  header: string[],
): (cells: string[], casters: Caster[]) => Record<string, unknown> {
  const props = header.map(
    (name, i) =>
      `${name === '__proto__' ? `[${JSON.stringify(name)}]` : JSON.stringify(name)}: k[${i}](c[${i}])`,
  );
  return new Function('c', 'k', `return { ${props.join(', ')} };`) as (
    cells: string[],
    casters: Caster[],
  ) => Record<string, unknown>;
}

export function validateCsvChunk(
  buf: Uint8Array,
  info: CsvInfo,
  v: Validators,
  build = rowBuilder(info.header),
): ChunkResult {
  const c = new Collector(info.samples);
  const { text, bad } = decode(buf);
  const multiLine = text.indexOf('"') !== -1;
  const { casters } = info;
  const width = info.header.length;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: info.delimiter,
    newline: info.newline,
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
    step: (results) => {
      const fields = results.data;
      let span = 1;
      if (multiLine)
        for (const f of fields)
          for (let k = f.indexOf('\n'); k !== -1; k = f.indexOf('\n', k + 1)) span++;
      const start = line;
      line += span;
      if (fields.length === 1 && fields[0] === '' && (width !== 1 || results.errors.length === 0))
        return;
      const record = c.rows++;
      if (bad) {
        for (let l = start; l < start + span; l++) {
          if (bad.has(l)) {
            c.addInvalid(start, record, [encodingViolation()]);
            return;
          }
        }
      }
      const err = results.errors[0];
      if (err) {
        c.addInvalid(start, record, [
          {
            schemaPath: '',
            keyword: 'csv',
            pointer: '',
            value: undefined,
            text: fields.join(info.delimiter),
            message: papaMessage(err.code, err.message),
          },
        ]);
        return;
      }
      if (fields.length !== width) {
        c.addInvalid(start, record, [
          {
            schemaPath: '',
            keyword: 'csv',
            pointer: '',
            value: undefined,
            text: fields.join(info.delimiter),
            message: `record has ${fields.length} field${fields.length === 1 ? '' : 's'}, the header has ${width}`,
          },
        ]);
        return;
      }
      validateRecord(v, c, start, record, build(fields, casters));
    },
  });
  return c.result(countLines(buf));
}
