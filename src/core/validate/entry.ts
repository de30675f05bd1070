// A config `validate:` entry (snake_case, schemas/config-validate.schema.json) → engine options.
import type { CsvDialect, DataFormat, ValidateOptions } from './types.js';
import type { DatasetConfig } from '../dataset/types.js';

export interface ValidateEntry {
  id: string;
  title?: string;
  schema: string;
  data: string | string[];
  format?: DataFormat | 'auto';
  csv?: { delimiter?: string; decimal?: '.' | ','; null_values?: string[] };
  max_invalid_rows?: number | string;
  warn_invalid_rows?: number | string;
  max_annotations?: number;
  samples?: number;
  expectations?: DatasetConfig['expectations'];
  splits?: DatasetConfig['splits'];
  drift?: DatasetConfig['drift'];
  ratchet?: DatasetConfig['ratchet'];
}

function dialectFromEntry(csv: NonNullable<ValidateEntry['csv']>): CsvDialect {
  return {
    ...(csv.delimiter !== undefined ? { delimiter: csv.delimiter } : {}),
    ...(csv.decimal !== undefined ? { decimal: csv.decimal } : {}),
    ...(csv.null_values !== undefined ? { nullValues: csv.null_values } : {}),
  };
}

export function optionsFromEntry(entry: ValidateEntry, cwd: string): ValidateOptions {
  return {
    schemaFile: entry.schema,
    data: Array.isArray(entry.data) ? entry.data : [entry.data],
    format: entry.format ?? 'auto',
    ...(entry.csv ? { csv: dialectFromEntry(entry.csv) } : {}),
    maxInvalidRows: entry.max_invalid_rows === undefined ? '0' : String(entry.max_invalid_rows),
    ...(entry.warn_invalid_rows !== undefined
      ? { warnInvalidRows: String(entry.warn_invalid_rows) }
      : {}),
    ...(entry.samples !== undefined ? { samples: entry.samples } : {}),
    ...(entry.expectations || entry.splits || entry.drift || entry.ratchet
      ? {
          dataset: {
            ...(entry.expectations ? { expectations: entry.expectations } : {}),
            ...(entry.splits ? { splits: entry.splits } : {}),
            ...(entry.drift ? { drift: entry.drift } : {}),
            ...(entry.ratchet ? { ratchet: entry.ratchet } : {}),
          },
        }
      : {}),
    cwd,
    root: cwd,
  };
}
