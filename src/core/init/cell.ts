// Typing of CSV/TSV cells for schema inference, by the validate engine's rules
// (src/core/validate/cells.ts), so that an inferred type is one the engine will produce:
//   ''                                    → null
//   true false True False TRUE FALSE      → boolean
//   a number as writers write it          → number; integer when written without . or e
//   (.5, 5., +3, 1e3, -0.25)
//   anything else                         → string: 007 (a code: leading zeros), 0x1F, 1_000,
//                                           1,000, NaN, inf, ' 1'; a cell holding JSON text
//                                           (the engine parses it only for object/array columns)
// Integer vs number follows how the cell is written, so a column of 1.0, 2.0 is a number column.
// A column mixing numbers with other text is a column of codes (see infer.ts).
import { parseBooleanCell, parseNumberCell } from '../validate/cells.js';

export type CellType = 'null' | 'boolean' | 'integer' | 'number' | 'string';

export interface Cell {
  type: CellType;
  value: null | boolean | number | string;
  /** The cell as written (numbers only): what a code column keeps. */
  text?: string;
}

const INTEGER_TEXT = /^[+-]?\d+$/;

export function parseCell(text: string): Cell {
  if (text === '') return { type: 'null', value: null };
  const b = parseBooleanCell(text);
  if (b !== undefined) return { type: 'boolean', value: b };
  const n = parseNumberCell(text, '.', true);
  if (n !== undefined)
    return { type: INTEGER_TEXT.test(text) ? 'integer' : 'number', value: Number(n), text };
  return { type: 'string', value: text };
}
