// Turning chunks of bytes into validated records: JSON Lines and CSV/TSV. These run in worker
// threads (or in the main thread for small inputs) on chunks that end on a record boundary.
import type { ErrorObject } from 'ajv';
import { isUtf8 } from 'node:buffer';
import { Collector, fromAjv, recordViolation, type Violation } from './collect.js';
import { MAX_VALUE_DEPTH, deeperThan } from './depth.js';
import type { ChunkResult } from './chunk.js';
import { forAjv, maybeBig as holdsDigitRun, parseExact } from './exact.js';

/** What a record is checked with: a compiled schema (ajv's ValidateFunction is one). */
export interface RecordCheck {
  (value: unknown): boolean;
  /** Why the last value was rejected. */
  errors?: ErrorObject[] | null;
}

export interface Validators {
  /** allErrors: false, stops at the first error: the per-row fast path. */
  fast: RecordCheck;
  /** allErrors: true: run only on rows the fast one rejected, for the full report. */
  full: RecordCheck;
  /** Sees every parsed record first, valid or not (the dataset checks' digest, read-backs). */
  tap?: (line: number, record: number, value: unknown) => void;
  /** The schema's numbers beyond 2^53 (see exact.ts); records with BigInts are checked against them. */
  bigConstants?: ReadonlySet<number>;
}

export interface ChunkInfo {
  /** The chunk is the end of its file (its last line may lack a newline). */
  last: boolean;
  samples: number;
}

const LF = 10;
const NO_CONSTANTS: ReadonlySet<number> = new Set();

export function validateRecord(
  v: Validators,
  c: Collector,
  line: number,
  record: number,
  value: unknown,
  big = false,
): void {
  if (deeperThan(value, MAX_VALUE_DEPTH)) {
    c.addProblem(
      line,
      `record nests objects or arrays more than ${MAX_VALUE_DEPTH} levels deep; modelgate does not evaluate values that deep`,
    );
    return;
  }
  try {
    v.tap?.(line, record, value);
    // `value` may hold BigInts (exact integers beyond 2^53): ajv sees numbers, messages the digits.
    const checked = big ? forAjv(value, v.bigConstants ?? NO_CONSTANTS) : value;
    if (v.fast(checked)) return;
    v.full(checked);
  } catch (err) {
    c.addProblem(line, cannotEvaluate(err));
    return;
  }
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

/** Why a record could not be evaluated: the input's fault, said so (never a gate failure). */
function cannotEvaluate(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof RangeError && /call stack/i.test(message)) {
    return 'cannot evaluate this record: the schema recurses without end on it (a $ref cycle that does not descend into the data)';
  }
  return `cannot evaluate this record: ${message}`;
}

/** Parses and validates one record's text; a parse error is a located violation. */
export function validateOne(
  v: Validators,
  c: Collector,
  line: number,
  record: number,
  s: string,
  hint = '',
  /** False when the caller knows `s` holds no run of 16 digits (see exact.ts). */
  maybeBig = true,
): void {
  let parsed: ReturnType<typeof parseExact>;
  try {
    parsed = parseExact(s, maybeBig);
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
  validateRecord(v, c, line, record, parsed.value, parsed.big);
}

export function encodingViolation(): Violation {
  return recordViolation('encoding', '', 'not valid UTF-8');
}

export function countLines(buf: Uint8Array): number {
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

export function decode(buf: Uint8Array): { text: string; bad?: Set<number> } {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (isUtf8(buf)) return { text: b.toString('utf8') };
  return { text: b.toString('utf8'), bad: badUtf8Lines(buf) };
}

export function validateJsonlChunk(buf: Uint8Array, info: ChunkInfo, v: Validators): ChunkResult {
  const c = new Collector(info.samples);
  const { text, bad } = decode(buf);
  const maybeBig = holdsDigitRun(text);
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
      maybeBig,
    );
  }
  return c.result(newlines);
}
