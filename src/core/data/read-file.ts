// Reading one data file whatever its format: its layout's reader (readers.ts) cuts it into jobs
// for the executor, and results come back in file order. Validation, the dataset checks and the
// record source all read files here.
import { DataReadError } from '../validate/bytes.js';
import type { DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import type { ReadOptions, ReadStart } from './reader.js';
import { readerOf } from './readers.js';

/** Reads `file` (or `o.range` of it) through `o.executor`. */
export async function readDataFile(
  file: DataFile,
  bundle: SchemaBundle,
  o: ReadOptions,
): Promise<void> {
  let started = false;
  const onStart = (s: ReadStart) => {
    started = true;
    o.onStart(s);
  };
  try {
    await readerOf(file.format).read({ ...o, file, bundle, onStart });
  } catch (err) {
    // Bytes that cannot be read as the file's name says (bad gzip, gzip not named so): the
    // file cannot be evaluated, which is a problem of this file, not a crash of the run.
    if (!(err instanceof DataReadError)) throw err;
    if (!started) onStart({ lines: 0, offset: 0, problems: [] });
    o.onResult({
      lines: 0,
      rows: 0,
      invalidRows: 0,
      groups: [],
      problems: [{ message: err.message }],
    });
  }
}
