#!/usr/bin/env node
// Writes the bench rows (bench/.data/rows.jsonl, from gen-data.js) to a ZSTD Parquet file,
// bench/.data/rows.parquet, with the types a data engineer would pick: id INT64, created_at
// TIMESTAMP (milliseconds, UTC), score a nullable DOUBLE, verified BOOLEAN, the rest strings.
// Row groups of 100,000 rows. hyparquet-writer writes the file; ZSTD comes from
// @bokuweb/zstd-wasm (both dev dependencies: modelgate itself only reads Parquet).
// Usage: node bench/write-parquet.js [in.jsonl] [out.parquet]
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteFile } from 'hyparquet-writer';
import { init, compress } from '@bokuweb/zstd-wasm';

const here = dirname(fileURLToPath(import.meta.url));
const input = process.argv[2] ?? join(here, '.data', 'rows.jsonl');
const output = process.argv[3] ?? join(here, '.data', 'rows.parquet');

const COLUMNS = [
  ['id', 'INT64', (v) => BigInt(v)],
  ['user', 'STRING'],
  ['created_at', 'TIMESTAMP', (v) => new Date(v)],
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
await parquetWriteFile({
  filename: output,
  columnData: COLUMNS.map(([name, type], i) => ({ name, type, data: data[i], nullable: true })),
  codec: 'ZSTD',
  compressors: { ZSTD: (buf) => compress(buf, 3) },
  rowGroupSize: 100_000,
});
console.log(JSON.stringify({ output, rows: data[0].length }));
