// Typing of CSV/TSV cells for schema inference, by the validate engine's strict rules
// (src/core/validate/cells.ts), so that an inferred type is one the engine will produce:
//   ''                          → null
//   true | false (lower case)   → boolean
//   JSON number grammar         → number; integer when written without . or e
//                                 (007, +1, 1_000, ' 1', .5, 0x1F, Infinity stay strings)
//   anything else               → string (a cell holding JSON text is inferred as a string:
//                                 the engine parses it only for object/array columns)
// Integer vs number follows how the cell is written, so a column of 1.0, 2.0 is a number column.
import { parseNumberCell } from '../validate/cells.js';

export type CellType = 'null' | 'boolean' | 'integer' | 'number' | 'string';

export interface Cell {
  type: CellType;
  value: null | boolean | number | string;
}

const INTEGER_TEXT = /^-?(0|[1-9][0-9]*)$/;

export function parseCell(text: string): Cell {
  if (text === '') return { type: 'null', value: null };
  if (text === 'true') return { type: 'boolean', value: true };
  if (text === 'false') return { type: 'boolean', value: false };
  const n = parseNumberCell(text);
  if (n !== undefined) return { type: INTEGER_TEXT.test(text) ? 'integer' : 'number', value: n };
  return { type: 'string', value: text };
}
