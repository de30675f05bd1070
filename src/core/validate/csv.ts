// CSV/TSV chunks → typed, validated records. A module of its own so that papaparse is loaded
// only when there are CSV files to read.
import Papa from 'papaparse';
import { Collector, recordViolation } from './collect.js';
import type { ChunkResult } from './chunk.js';
import { castState, type Caster } from './cells.js';
import {
  countLines,
  decode,
  encodingViolation,
  validateRecord,
  type ChunkInfo,
  type Validators,
} from './records.js';

export interface CsvInfo extends ChunkInfo {
  delimiter: string;
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
  // Records end at LF or CRLF, mixed in one file as some writers do: papaparse splits on LF
  // (keeping CRLF inside quoted cells) and a CR left at the end of a record is dropped below.
  Papa.parse<string[]>(text, {
    delimiter: info.delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
    step: (results) => {
      const fields = results.data;
      const lastField = fields[fields.length - 1] as string;
      if (lastField.charCodeAt(lastField.length - 1) === 13)
        fields[fields.length - 1] = lastField.slice(0, -1);
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
          recordViolation('csv', fields.join(info.delimiter), papaMessage(err.code, err.message)),
        ]);
        return;
      }
      if (fields.length !== width) {
        c.addInvalid(start, record, [
          recordViolation(
            'csv',
            fields.join(info.delimiter),
            `record has ${fields.length} field${fields.length === 1 ? '' : 's'}, the header has ${width}`,
          ),
        ]);
        return;
      }
      castState.big = false;
      const row = build(fields, casters);
      validateRecord(v, c, start, record, row, castState.big);
    },
  });
  return c.result(countLines(buf));
}
