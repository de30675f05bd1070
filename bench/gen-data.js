#!/usr/bin/env node
// Writes the validate benchmark's data into bench/.data/: N rows (default 1,000,000) of a
// ~12-column training table as JSON Lines and as CSV, the row schema, and a one-row file for
// the startup measurement. Deterministic: a seeded PRNG, so every run makes the same bytes.
// Usage: node bench/gen-data.js [rows] [--invalid-every N]
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '.data');
const args = process.argv.slice(2);
const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const invalidEvery = Number(args[args.indexOf('--invalid-every') + 1] ?? 0) || 2000;

// mulberry32: tiny, fast, and good enough for test data.
let seed = 0x5eed;
function rand() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const hex = (n) =>
  Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');

const WORDS = [
  'the',
  'model',
  'data',
  'label',
  'quality',
  'gate',
  'train',
  'fast',
  'slow',
  'image',
  'text',
  'audio',
  'review',
  'great',
  'bad',
  'ok',
  'missing',
  'value',
  'row',
  'noisy',
  'clean',
  'sample',
];
const LABELS = ['cat', 'dog', 'bird', 'fish', 'other'];
const SPLITS = ['train', 'val', 'test'];
const COUNTRIES = ['US', 'DE', 'FR', 'JP', 'BR', 'IN', 'GB', 'CA'];
const SOURCES = ['web', 'mobile', 'partner', 'synthetic'];

export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'training row',
  type: 'object',
  required: [
    'id',
    'user',
    'created_at',
    'label',
    'split',
    'score',
    'weight',
    'age',
    'country',
    'verified',
    'text',
    'source',
  ],
  additionalProperties: false,
  properties: {
    id: { type: 'integer', minimum: 1 },
    user: { type: 'string', pattern: '^u-[0-9a-f]{8}$' },
    created_at: { type: 'string', format: 'date-time' },
    label: { enum: LABELS },
    split: { type: 'string', enum: SPLITS },
    score: { type: 'number', minimum: 0, maximum: 1 },
    weight: { type: ['number', 'null'], minimum: 0 },
    age: { type: 'integer', minimum: 0, maximum: 130 },
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    verified: { type: 'boolean' },
    text: { type: 'string', minLength: 1, maxLength: 400 },
    source: { type: 'string', enum: SOURCES },
  },
};
const COLUMNS = Object.keys(schema.properties);

function row(i) {
  const day = 1 + Math.floor(rand() * 28);
  const r = {
    id: i + 1,
    user: `u-${hex(8)}`,
    created_at: `2025-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(Math.floor(rand() * 24)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}Z`,
    label: pick(LABELS),
    split: pick(SPLITS),
    score: Math.round(rand() * 1e6) / 1e6,
    weight: rand() < 0.1 ? null : Math.round(rand() * 1000) / 100,
    age: Math.floor(rand() * 90),
    country: pick(COUNTRIES),
    verified: rand() < 0.5,
    text:
      Array.from({ length: 6 + Math.floor(rand() * 14) }, () => pick(WORDS)).join(
        rand() < 0.1 ? ', ' : ' ',
      ) + (rand() < 0.05 ? ' "quoted"' : ''),
    source: pick(SOURCES),
  };
  // A few realistic faults so the report path is exercised, not just the happy path.
  if (invalidEvery && i % invalidEvery === invalidEvery - 1) {
    const k = Math.floor(i / invalidEvery) % 4;
    if (k === 0) r.score = 1.5;
    else if (k === 1) r.country = 'usa';
    else if (k === 2) r.created_at = '2025-13-01 10:00';
    else r.label = 'horse';
  }
  return r;
}

function csvCell(v) {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function write(path, lines) {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let buf = '';
  for (const line of lines) {
    buf += line;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
}

function* jsonl() {
  seed = 0x5eed;
  for (let i = 0; i < rows; i++) yield JSON.stringify(row(i)) + '\n';
}
function* csv() {
  seed = 0x5eed;
  yield COLUMNS.join(',') + '\n';
  for (let i = 0; i < rows; i++) {
    const r = row(i);
    yield COLUMNS.map((c) => csvCell(r[c])).join(',') + '\n';
  }
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'row.schema.json'), JSON.stringify(schema, null, 2) + '\n');
await write(join(outDir, 'rows.jsonl'), jsonl());
await write(join(outDir, 'rows.csv'), csv());
seed = 0x5eed;
writeFileSync(join(outDir, 'one.jsonl'), JSON.stringify(row(0)) + '\n');
console.log(
  JSON.stringify({
    dir: outDir,
    rows,
    files: ['row.schema.json', 'rows.jsonl', 'rows.csv', 'one.jsonl'],
  }),
);
