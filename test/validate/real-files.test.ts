// Reader regressions on files shaped like real ones (mixed line endings, 19-digit ids, the
// number and boolean spellings of R/Excel/pandas). The expected answers in
// test/fixtures/readers/expected.json come from Python (csv, json, jsonschema): see make.py there.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runValidate, type ValidateResult } from '../../src/core/validate/run.js';
import { assertResult } from '../../src/core/result.js';
import type { CsvDialect } from '../../src/core/validate/types.js';
import type { DatasetConfig } from '../../src/core/dataset/types.js';

const DIR = fileURLToPath(new URL('../fixtures/readers/', import.meta.url));
interface Expected {
  rows: number;
  invalidRows: number;
  firstInvalidLine: number | null;
  keywords: string[];
  uniqueRepeats?: number;
  nullValues?: string[];
}
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  Expected
>;

async function run(
  file: string,
  schema: string,
  opts: { csv?: CsvDialect; dataset?: DatasetConfig } = {},
): Promise<ValidateResult> {
  const result = await runValidate(
    { schemaFile: schema, data: [file], cwd: DIR, threads: 0, chunkBytes: 256, ...opts },
    {},
    { id: 'data' },
  );
  assertResult(JSON.parse(JSON.stringify(result)));
  return result;
}

function agree(r: ValidateResult, e: Expected): void {
  expect(r.errors ?? []).toEqual([]);
  expect(r.details.rows).toBe(e.rows);
  expect(r.details.invalidRows).toBe(e.invalidRows);
  expect([...new Set(r.details.groups.map((g) => g.keyword))].sort()).toEqual(e.keywords);
  const first = Math.min(...r.details.groups.flatMap((g) => g.samples.map((s) => s.line)));
  expect(Number.isFinite(first) ? first : null).toBe(e.firstInvalidLine);
}

describe('mixed line endings in CSV', () => {
  for (const file of ['crlf-with-lf.csv', 'lf-with-crlf.csv'])
    it(`${file}: every record read as Python's csv reads it`, async () => {
      agree(await run(file, 'row.schema.json'), EXPECTED[file] as Expected);
    });
});

describe('integers beyond 2^53 keep their exact digits', () => {
  for (const file of ['ids.jsonl', 'ids.csv', 'ids.json'])
    it(`${file}: bounds, uniqueness and messages`, async () => {
      const e = EXPECTED[file] as Expected;
      const r = await run(file, 'ids.schema.json', {
        dataset: { expectations: { columns: { id: { unique: true } } } },
      });
      agree(r, e);
      const max = r.details.groups.find((g) => g.keyword === 'maximum');
      expect(max?.samples[0]?.value).toBe('9007199254740993');
      const unique = r.details.dataset?.expectations.find((x) => x.key === 'unique:id');
      expect(unique?.unexpected).toBe(e.uniqueRepeats);
      expect(unique?.samples.map((s) => s.value)).toEqual([
        '1234567890123456710',
        '1234567890123456710',
      ]);
    });
});

describe('CSV numbers, booleans and nulls as writers write them', () => {
  it('rates.tsv: .097, 5., +3, True, FALSE, NA read; 1,000, 0x1F, NaN, inf stay text', async () => {
    const e = EXPECTED['rates.tsv'] as Expected;
    const r = await run('rates.tsv', 'rates.schema.json', {
      csv: { nullValues: e.nullValues as string[] },
    });
    agree(r, e);
    const zip = r.details.groups.find((g) => g.keyword === 'pattern');
    expect(zip).toBeUndefined(); // 007 and 06101 stay strings in the string column
  });

  it('without null_values only the empty cell is null', async () => {
    const r = await run('rates.tsv', 'rates.schema.json');
    const type = r.details.groups.find(
      (g) => g.keyword === 'type' && g.schemaPath.includes('count'),
    );
    expect(type?.samples.map((s) => s.value)).toContain('"NA"');
  });
});

describe('JSON files over the 1 MiB read block', () => {
  const schema = {
    type: 'object',
    required: ['id', 'text'],
    properties: { id: { type: 'integer', minimum: 0 }, text: { type: 'string' } },
  };
  const dirWith = async (files: Record<string, string>) => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'mg-readers-'));
    writeFileSync(join(dir, 's.json'), JSON.stringify(schema));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it('reads a 3 MB array of records whose elements straddle the read blocks', async () => {
    // Known by construction: ids divisible by 997 are negative (minimum 0), nothing else fails.
    const records = Array.from({ length: 24_000 }, (_, i) => ({
      id: i % 997 === 0 ? -i - 1 : i,
      text: `row ${i} ${'é"x\\'.repeat(i % 37)}`,
    }));
    const text = `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 << 20);
    const dir = await dirWith({ 'big.json': text });
    const r = await runValidate(
      { schemaFile: 's.json', data: ['big.json'], cwd: dir, threads: 0 },
      {},
      { id: 'data' },
    );
    expect(r.errors ?? []).toEqual([]);
    expect(r.details.rows).toBe(24_000);
    expect(r.details.groups.map((g) => [g.keyword, g.count])).toEqual([
      ['minimum', Math.ceil(24_000 / 997)],
    ]);
    expect(r.details.groups[0]?.samples.map((s) => s.line)).toEqual([2, 999, 1996, 2993, 3990]);
  });

  it('reads a 1.2 MB single document and reports its real violation', async () => {
    const doc = JSON.stringify({ id: -5, text: 'y'.repeat(1_200_000) });
    const dir = await dirWith({ 'doc.json': doc });
    const r = await runValidate(
      { schemaFile: 's.json', data: ['doc.json'], cwd: dir, threads: 0 },
      {},
      { id: 'data' },
    );
    expect(r.details.groups.map((g) => g.keyword)).toEqual(['minimum']);
  });

  it('never passes a truncated array, even when its last element is complete', async () => {
    const dir = await dirWith({ 't.json': '[{"id":1,"text":"a"},{"id":2,"text":"b"}' });
    const r = await runValidate(
      { schemaFile: 's.json', data: ['t.json'], cwd: dir, threads: 0 },
      {},
      { id: 'data' },
    );
    expect(r.status).toBe('error');
    expect(r.summary).toMatch(/ends inside the array.*truncated/);
  });
});

describe('CSV dialects', () => {
  for (const file of ['eu.csv', 'pipe.csv'])
    it(`${file}: delimiter, decimal mark, BOM, CRLF and quoted multi-line cells`, async () => {
      const e = EXPECTED[file] as Expected & { dialect: CsvDialect };
      agree(await run(file, 'eu.schema.json', { csv: e.dialect }), e);
    });

  it('refuses a decimal comma with a comma delimiter, naming the file', async () => {
    const r = await run('ids.csv', 'ids.schema.json', { csv: { decimal: ',' } });
    expect(r.status).toBe('error');
    expect(r.errors?.[0]).toMatchObject({ file: 'ids.csv', line: 1 });
    expect(r.errors?.[0]?.message).toMatch(/decimal "," needs another delimiter/);
  });
});

describe('the csv block of a validate entry', () => {
  it('is checked by the config schema and reaches the engine', async () => {
    const { loadConfigText, ConfigError } = await import('../../src/core/config/load.js');
    const { optionsFromEntry } = await import('../../src/core/validate/entry.js');
    const yaml = (csv: string) =>
      `version: 1\nvalidate:\n  - id: eu\n    schema: eu.schema.json\n    data: eu.csv\n    csv: ${csv}\n`;
    const { config } = loadConfigText(
      yaml('{ delimiter: ";", decimal: ",", null_values: ["", "NA"] }'),
      'modelgate.yml',
      { root: DIR },
    );
    const entry = config.validate[0] as Parameters<typeof optionsFromEntry>[0];
    const options = optionsFromEntry(entry, DIR);
    expect(options.csv).toEqual({ delimiter: ';', decimal: ',', nullValues: ['', 'NA'] });
    const r = await runValidate({ ...options, threads: 0 }, {}, { id: 'eu' });
    expect(r.details.invalidRows).toBe((EXPECTED['eu.csv'] as Expected).invalidRows);
    expect(() =>
      loadConfigText(yaml('{ delimiter: ";;" }'), 'modelgate.yml', { root: DIR }),
    ).toThrow(ConfigError);
  });
});

describe('gzip-compressed files', () => {
  const gzDir = async () => {
    const { mkdtempSync, writeFileSync, copyFileSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { gzipSync } = await import('node:zlib');
    const dir = mkdtempSync(join(tmpdir(), 'mg-gz-'));
    for (const name of readdirSync(DIR)) {
      if (name.endsWith('.schema.json')) copyFileSync(join(DIR, name), join(dir, name));
      else if (name in EXPECTED)
        writeFileSync(join(dir, `${name}.gz`), gzipSync(readFileSync(join(DIR, name))));
    }
    return dir;
  };
  const runIn = async (dir: string, file: string, schema: string, opts = {}) => {
    const r = await runValidate(
      { schemaFile: schema, data: [file], cwd: dir, threads: 0, chunkBytes: 256, ...opts },
      {},
      { id: 'data' },
    );
    assertResult(JSON.parse(JSON.stringify(r)));
    return r;
  };

  it('reads every text format through gzip with the same answers', async () => {
    const dir = await gzDir();
    const cases: Array<[string, string, { csv?: CsvDialect }]> = [
      ['crlf-with-lf.csv', 'row.schema.json', {}],
      ['ids.jsonl', 'ids.schema.json', {}],
      ['ids.json', 'ids.schema.json', {}],
      ['rates.tsv', 'rates.schema.json', { csv: { nullValues: ['', 'NA'] } }],
      [
        'eu.csv',
        'eu.schema.json',
        { csv: { delimiter: ';', decimal: ',', nullValues: ['', 'NA'] } },
      ],
    ];
    for (const [name, schema, opts] of cases) {
      const r = await runIn(dir, `${name}.gz`, schema, opts);
      agree(r, EXPECTED[name] as Expected);
      expect(r.details.files[0]?.format).toBe(name.split('.').pop() as string);
    }
    // The dataset checks read back their samples from the decompressed chunks.
    const r = await runIn(dir, 'ids.jsonl.gz', 'ids.schema.json', {
      dataset: { expectations: { columns: { id: { unique: true } } } },
    });
    const unique = r.details.dataset?.expectations.find((x) => x.key === 'unique:id');
    expect(unique?.samples.map((s) => [s.line, s.value])).toEqual([
      [41, '1234567890123456710'],
      [78, '1234567890123456710'],
    ]);
  });

  it('says a gzip file named without .gz is compressed, instead of reading it as text', async () => {
    const dir = await gzDir();
    const { renameSync } = await import('node:fs');
    renameSync(join(dir, 'ids.jsonl.gz'), join(dir, 'ids.jsonl'));
    const r = await runIn(dir, 'ids.jsonl', 'ids.schema.json', { format: 'jsonl' });
    expect(r.status).toBe('error');
    expect(r.errors).toEqual([
      {
        file: 'ids.jsonl',
        message:
          'the file is gzip-compressed: name it with a .gz extension (e.g. data.jsonl.gz) to read it',
      },
    ]);
    expect(r.details.groups).toEqual([]);
  });

  it('refuses a truncated gzip file with an error naming it', async () => {
    const dir = await gzDir();
    const { writeFileSync } = await import('node:fs');
    const whole = readFileSync(join(dir, 'ids.jsonl.gz'));
    writeFileSync(join(dir, 'cut.jsonl.gz'), whole.subarray(0, whole.length >> 1));
    const r = await runIn(dir, 'cut.jsonl.gz', 'ids.schema.json');
    expect(r.status).toBe('error');
    expect(r.errors?.[0]).toMatchObject({ file: 'cut.jsonl.gz' });
    expect(r.errors?.[0]?.message).toMatch(/^not valid gzip data/);
  });
});

describe('with worker threads (the bundled worker: run `npm run package` first)', () => {
  const workerUrl = new URL('../../dist/validate-worker.js', import.meta.url);
  it('agrees with the in-thread answers on every fixture, plain and gzip', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { gzipSync } = await import('node:zlib');
    const dir = mkdtempSync(join(tmpdir(), 'mg-threads-'));
    for (const name of readdirSync(DIR)) {
      copyFileSync(join(DIR, name), join(dir, name));
      if (name in EXPECTED)
        writeFileSync(join(dir, `${name}.gz`), gzipSync(readFileSync(join(DIR, name))));
    }
    const schemaOf = (name: string) =>
      name.startsWith('ids')
        ? 'ids.schema.json'
        : name.startsWith('typed')
          ? 'typed.schema.json'
          : name.startsWith('rates')
            ? 'rates.schema.json'
            : name.startsWith('eu') || name.startsWith('pipe')
              ? 'eu.schema.json'
              : 'row.schema.json';
    for (const [name, e] of Object.entries(EXPECTED)) {
      const csv = (e as { dialect?: CsvDialect }).dialect ?? { nullValues: ['', 'NA'] };
      for (const file of [name, `${name}.gz`]) {
        const r = await runValidate(
          {
            schemaFile: schemaOf(name),
            data: [file],
            cwd: dir,
            threads: 2,
            chunkBytes: 256,
            workerUrl,
            csv,
          },
          {},
          { id: 'data' },
        );
        agree(r, e);
      }
    }
  }, 300_000); // 14 runs, each starting two worker threads
});

describe('Parquet', () => {
  // typed.jsonl's rows written to Parquet (hyparquet-writer): id INT64 (one beyond 2^53), ts a
  // millisecond TIMESTAMP, tags a LIST of strings, score a nullable DOUBLE; row groups of 100.
  const writeParquet = async (dir: string, codec: 'SNAPPY' | 'ZSTD') => {
    const { parquetWriteFile } = await import('hyparquet-writer');
    const zstd = await import('@bokuweb/zstd-wasm');
    await zstd.init();
    const rows = readFileSync(join(DIR, 'typed.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l, (k, v: unknown) => v) as Record<string, unknown>);
    // JSON.parse rounds the big id: take its digits from the text instead.
    const ids = [...readFileSync(join(DIR, 'typed.jsonl'), 'utf8').matchAll(/"id": (\d+)/g)].map(
      (m) => BigInt(m[1] as string),
    );
    const file = join(dir, `typed-${codec}.parquet`);
    await parquetWriteFile({
      filename: file,
      columnData: [
        { name: 'id', type: 'INT64', data: ids },
        { name: 'ts', type: 'TIMESTAMP', data: rows.map((r) => new Date(r.ts as string)) },
        { name: 'tags', data: rows.map((r) => r.tags) },
        { name: 'score', type: 'DOUBLE', data: rows.map((r) => r.score), nullable: true },
      ],
      codec,
      compressors: { ZSTD: (buf: Uint8Array) => zstd.compress(buf, 3) },
      rowGroupSize: 100,
    } as unknown as Parameters<typeof parquetWriteFile>[0]);
    return file;
  };

  it('reads INT64 exactly, timestamps as ISO strings, lists as arrays, rows located by row group', async () => {
    const { mkdtempSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'mg-parquet-'));
    copyFileSync(join(DIR, 'typed.schema.json'), join(dir, 'typed.schema.json'));
    const e = EXPECTED['typed.jsonl'] as Expected;
    for (const codec of ['SNAPPY', 'ZSTD'] as const) {
      const file = await writeParquet(dir, codec);
      for (const threads of [0, 2]) {
        const r = await runValidate(
          {
            schemaFile: 'typed.schema.json',
            data: [file],
            cwd: dir,
            threads,
            workerUrl: new URL('../../dist/validate-worker.js', import.meta.url),
            dataset: { expectations: { columns: { id: { unique: true } } } },
          },
          {},
          { id: 'data' },
        );
        assertResult(JSON.parse(JSON.stringify(r)));
        agree(r, e); // a Parquet sample's line is its row number
        expect(r.details.files[0]?.format).toBe('parquet');
        const max = r.details.groups.find((g) => g.keyword === 'maximum');
        expect(max?.samples[0]).toMatchObject({ line: 171, record: 170, rowGroup: 1 });
        expect(max?.samples[0]?.value).toBe('9007199254740993');
        const unique = r.details.dataset?.expectations.find((x) => x.key === 'unique:id');
        expect(unique?.unexpected).toBe(e.uniqueRepeats);
        expect(unique?.samples.map((s) => s.value)).toEqual(['9007199254740003']);
      }
    }
  });

  it('refuses a file that is not Parquet, naming it', async () => {
    const r = await run('ids.csv', 'ids.schema.json', { format: 'parquet' } as never);
    expect(r.status).toBe('error');
    expect(r.errors?.[0]?.file).toBe('ids.csv');
    expect(r.errors?.[0]?.message).toMatch(/^not a readable Parquet file/);
  });
});

describe('Zstandard-compressed files', () => {
  it('reads .jsonl.zst and .csv.zst with the same answers, and refuses a truncated one', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    // The .zst fixtures were made by the zstd tool (see make.py), not by the reader's library.
    const dir = mkdtempSync(join(tmpdir(), 'mg-zst-'));
    copyFileSync(join(DIR, 'ids.schema.json'), join(dir, 'ids.schema.json'));
    for (const name of ['ids.jsonl', 'ids.csv']) {
      copyFileSync(join(DIR, `${name}.zst`), join(dir, `${name}.zst`));
      const r = await runValidate(
        {
          schemaFile: 'ids.schema.json',
          data: [`${name}.zst`],
          cwd: dir,
          threads: 0,
          chunkBytes: 256,
        },
        {},
        { id: 'data' },
      );
      agree(r, EXPECTED[name] as Expected);
    }
    const whole = readFileSync(join(dir, 'ids.jsonl.zst'));
    writeFileSync(join(dir, 'cut.jsonl.zst'), whole.subarray(0, whole.length >> 1));
    const r = await runValidate(
      { schemaFile: 'ids.schema.json', data: ['cut.jsonl.zst'], cwd: dir, threads: 0 },
      {},
      { id: 'data' },
    );
    expect(r.status).toBe('error');
    expect(r.errors?.[0]?.file).toBe('cut.jsonl.zst');
  });
});

describe('the big-integer pre-check', () => {
  it('finds every run of 16 digits wherever it sits, and nothing shorter', async () => {
    const { maybeBig } = await import('../../src/core/validate/exact.js');
    for (let at = 0; at < 40; at++) {
      const pad = 'x'.repeat(at);
      expect(maybeBig(`${pad}1234567890123456y`), `at ${at}`).toBe(true);
      expect(maybeBig(`${pad}123456789012345y${'9'.repeat(15)}`), `at ${at}`).toBe(false);
    }
  });
});
