#!/usr/bin/env node
// Writes the bench rows (bench/.data/rows.jsonl, from gen-data.js) to a ZSTD Parquet file,
// bench/.data/rows.parquet, with the types a data engineer would pick: id INT64, created_at
// TIMESTAMP (milliseconds, UTC), score a nullable DOUBLE, verified BOOLEAN, the rest strings.
// Row groups of 100,000 rows. hyparquet-writer writes the file; ZSTD comes from
// @bokuweb/zstd-wasm (both dev dependencies: modelgate itself only reads Parquet).
//
// gen-data.js makes one row in 2,000 invalid on purpose, among them created_at values that are
// no timestamp at all ("2025-13-01 10:00"). A TIMESTAMP column cannot hold such text, so those
// cells are written as null: the row stays invalid for the bench schema (created_at is a
// required string with format date-time; null now fails `type` instead of `format`), so the
// Parquet file keeps the same invalid rows as the JSON Lines file. Only the strict UTC form
// gen-data.js writes ("YYYY-MM-DDTHH:MM:SS[.fff]Z") that names a real instant is kept; anything
// else (which Date would guess at, e.g. as local time, or roll over, e.g. February 30) is null.
// The file is written beside its name and renamed at the end, so a crash leaves no empty or
// partial rows.parquet that bench/validate.js would take for a finished one.
// Usage: node bench/write-parquet.js [in.jsonl] [out.parquet]
import { createReadStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteFile } from 'hyparquet-writer';
import { init, compress } from '@bokuweb/zstd-wasm';

const here = dirname(fileURLToPath(import.meta.url));
const input = process.argv[2] ?? join(here, '.data', 'rows.jsonl');
const output = process.argv[3] ?? join(here, '.data', 'rows.parquet');

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** The instant a strict UTC ISO string names, or null when it names none (see above). */
function timestamp(text) {
  if (typeof text !== 'string' || !ISO_UTC.test(text)) return null;
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) return null;
  // Date rolls impossible days over (2025-02-30 → March 2): the text must come back unchanged.
  return d.toISOString().slice(0, 19) === text.slice(0, 19) ? d : null;
}

const COLUMNS = [
  ['id', 'INT64', (v) => BigInt(v)],
  ['user', 'STRING'],
  ['created_at', 'TIMESTAMP', timestamp],
  ['label', 'STRING'],
  ['split', 'STRING'],
  ['score', 'DOUBLE'],
  ['weight', 'DOUBLE'],
  ['age', 'INT32'],
  ['country', 'STRING'],
  ['verified', 'BOOLEAN'],
  ['text', 'STRING'],
  ['source', 'STRING'],
];

await init();
const data = COLUMNS.map(() => []);
const lines = createInterface({ input: createReadStream(input), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const row = JSON.parse(line);
  COLUMNS.forEach(([name, , convert], i) => {
    const v = row[name];
    data[i].push(v === null || v === undefined ? null : convert ? convert(v) : v);
  });
}
const partial = `${output}.partial`;
rmSync(partial, { force: true });
await parquetWriteFile({
  filename: partial,
  columnData: COLUMNS.map(([name, type], i) => ({ name, type, data: data[i], nullable: true })),
  codec: 'ZSTD',
  compressors: { ZSTD: (buf) => compress(buf, 3) },
  rowGroupSize: 100_000,
});
renameSync(partial, output);
const nulledTimestamps = data[COLUMNS.findIndex(([name]) => name === 'created_at')].filter(
  (v) => v === null,
).length;
console.log(JSON.stringify({ output, rows: data[0].length, nulledTimestamps }));
