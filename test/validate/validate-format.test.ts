// The format comes from the extension (.json array of records or single document, .jsonl/.ndjson,
// .csv, .tsv) and can be overridden. The readers are tested one by one elsewhere; this
// checks the choice of reader: by extension, forced by `format`, and an unknown extension.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, validate, workspace } from '../validate/helpers.js';

const ROW = '{"id":1,"label":"cat","score":0.5}';
const BAD = '{"id":2,"label":"cow","score":0.5}';

function ws(files: Record<string, string>): string {
  const dir = workspace(files);
  copyFileSync(join(FIXTURES, 'row.schema.json'), join(dir, 'row.schema.json'));
  return dir;
}

describe('data format', () => {
  it('.ndjson is JSON Lines, located by line', async () => {
    const dir = ws({ 'a.ndjson': `${ROW}\n${BAD}\n` });
    const r = await validate({ cwd: dir, data: ['a.ndjson'] });
    expect(r.details.files).toMatchObject([{ path: 'a.ndjson', format: 'jsonl', rows: 2 }]);
    expect(r.details.groups[0]).toMatchObject({ keyword: 'enum', count: 1 });
    expect(r.details.groups[0]!.samples[0]).toMatchObject({ line: 2, pointer: '/label' });
  });

  it('an unknown extension is an error naming the file, not a pass', async () => {
    const dir = ws({ 'rows.txt': `${ROW}\n` });
    const r = await validate({ cwd: dir, data: ['rows.txt'] });
    expect(r.status).toBe('error');
    expect(r.errors?.[0]).toMatchObject({ file: 'rows.txt' });
    expect(r.errors?.[0]?.message).toMatch(/unknown data format.*set format/);
  });

  it('format overrides the extension for every file', async () => {
    const dir = ws({
      'rows.txt': `${ROW}\n${BAD}\n`,
      'tabs.csv': 'id\tlabel\tscore\n1\tcat\t0.5\n2\tcow\t0.5\n',
    });
    const jl = await validate({ cwd: dir, data: ['rows.txt'], format: 'jsonl' });
    expect(jl.details.format).toBe('jsonl');
    expect(jl.details.files).toMatchObject([{ path: 'rows.txt', format: 'jsonl', rows: 2 }]);
    expect(jl.details.invalidRows).toBe(1);

    // Read as CSV, the tab-separated header is one unknown column: every row is invalid.
    const asCsv = await validate({ cwd: dir, data: ['tabs.csv'] });
    expect(asCsv.details.invalidRows).toBe(2);
    // Forced to TSV, the same file has typed columns and one bad enum value on line 3.
    const asTsv = await validate({ cwd: dir, data: ['tabs.csv'], format: 'tsv' });
    expect(asTsv.details.files).toMatchObject([{ format: 'tsv', rows: 2, invalidRows: 1 }]);
    expect(asTsv.details.groups[0]!.samples[0]).toMatchObject({ line: 3, pointer: '/label' });
  });

  it('a .json file holds an array of records or one document', async () => {
    const dir = ws({ 'arr.json': `[\n${ROW},\n${BAD}\n]\n`, 'one.json': ROW });
    const arr = await validate({ cwd: dir, data: ['arr.json'] });
    expect(arr.details.files).toMatchObject([{ format: 'json', rows: 2, invalidRows: 1 }]);
    const one = await validate({ cwd: dir, data: ['one.json'] });
    expect(one.details.files).toMatchObject([{ format: 'json', rows: 1, invalidRows: 0 }]);
    expect(one.status).toBe('pass');
  });
});
