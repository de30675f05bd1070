// The bad-input corpus: each input gets a clear, located, asserted message, never a crash.
import { describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, groupOf, validate, workspace } from './helpers.js';

const ROW = '{"id":1,"label":"cat","score":0.5}';

function ws(files: Record<string, string | Uint8Array>): string {
  const dir = workspace(files);
  copyFileSync(join(FIXTURES, 'row.schema.json'), join(dir, 'row.schema.json'));
  return dir;
}

describe('bad-input corpus', () => {
  it('empty files are errors, not passes', async () => {
    const dir = ws({ 'e.jsonl': '', 'e.csv': '', 'e.json': '  \n', 'h.csv': 'id,label,score\n' });
    const jl = await validate({ cwd: dir, data: ['e.jsonl'] });
    expect(jl.status).toBe('error');
    expect(jl.errors).toEqual([{ file: 'e.jsonl', message: 'file has no records' }]);
    const csv = await validate({ cwd: dir, data: ['e.csv'] });
    expect(csv.errors?.[0]).toMatchObject({
      file: 'e.csv',
      line: 1,
      message: 'file is empty: a header row is required',
    });
    expect((await validate({ cwd: dir, data: ['e.json'] })).errors?.[0]?.message).toBe(
      'file is empty: no JSON value',
    );
    expect((await validate({ cwd: dir, data: ['h.csv'] })).errors?.[0]).toMatchObject({
      file: 'h.csv',
      message: 'file has no records',
    });
  });

  it('a BOM is skipped (JSON Lines, CSV, JSON) and does not pollute the first column name', async () => {
    const bom = '\uFEFF';
    const dir = ws({
      'b.jsonl': `${bom}${ROW}\n`,
      'b.csv': `${bom}id,label,score\n1,cat,0.5\n`,
      'b.json': `${bom}[${ROW}]`,
    });
    for (const f of ['b.jsonl', 'b.csv', 'b.json']) {
      const r = await validate({ cwd: dir, data: [f] });
      expect([f, r.status, r.details.rows]).toEqual([f, 'pass', 1]);
    }
  });

  it('CRLF line endings are read as line ends, with the right line numbers', async () => {
    const dir = ws({
      'c.jsonl': `${ROW}\r\n{"id":0,"label":"cat","score":0.5}\r\n`,
      'c.csv': 'id,label,score\r\n1,cat,0.5\r\n2,cat,5\r\n',
    });
    const jl = await validate({ cwd: dir, data: ['c.jsonl'] });
    expect(groupOf(jl, 'minimum')?.samples[0]?.line).toBe(2);
    const csv = await validate({ cwd: dir, data: ['c.csv'] });
    expect(groupOf(csv, 'maximum')?.samples[0]).toMatchObject({ line: 3, value: '5' });
  });

  it('a truncated last line is a located parse violation that says so', async () => {
    const dir = ws({ 't.jsonl': `${ROW}\n{"id":2,"label":"ca` });
    const r = await validate({ cwd: dir, data: ['t.jsonl'] });
    expect(r.details.rows).toBe(2);
    const s = groupOf(r, 'parse')?.samples[0];
    expect(s?.line).toBe(2);
    expect(s?.message).toMatch(
      /invalid JSON: .*the last line has no newline: is the file truncated\?/,
    );
  });

  it('invalid UTF-8 is a located encoding violation (JSON Lines and CSV)', async () => {
    const bad = Buffer.concat([
      Buffer.from(`${ROW}\n{"id":2,"label":"c`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`at","score":0.5}\n${ROW}\n`),
    ]);
    const badCsv = Buffer.concat([
      Buffer.from('id,label,score\n1,cat,0.5\n2,c'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('t,0.5\n'),
    ]);
    const dir = ws({ 'u.jsonl': bad, 'u.csv': badCsv });
    const r = await validate({ cwd: dir, data: ['u.jsonl', 'u.csv'] });
    expect(groupOf(r, 'encoding', 'u.jsonl')?.samples[0]).toMatchObject({
      line: 2,
      message: 'not valid UTF-8',
    });
    expect(groupOf(r, 'encoding', 'u.csv')?.samples[0]).toMatchObject({
      line: 3,
      message: 'not valid UTF-8',
    });
    expect(r.details.invalidRows).toBe(2);
  });

  it('a 10 MB single line validates (the limit is 16 MiB), with a truncated value preview', async () => {
    const long = 'x'.repeat(10 * 1024 * 1024);
    const dir = ws({
      'l.jsonl': `${ROW}\n{"id":2,"label":"cat","score":0.5,"country":"${long}"}\n${ROW}\n`,
    });
    const r = await validate({ cwd: dir, data: ['l.jsonl'] });
    expect(r.details.rows).toBe(3);
    const s = groupOf(r, 'pattern')?.samples[0];
    expect(s?.line).toBe(2);
    expect(s?.value.length).toBeLessThanOrEqual(120);
    expect(s?.value).toMatch(/^"x+…$/);
  });

  it('a record over the size limit is a located violation and reading goes on', async () => {
    const dir = ws({
      'o.jsonl': `${ROW}\n{"note":"${'y'.repeat(5000)}"}\n{"id":0,"label":"cat","score":0.5}\n`,
    });
    const r = await validate({
      cwd: dir,
      data: ['o.jsonl'],
      maxRecordBytes: 1000,
      chunkBytes: 256,
    });
    expect(r.details.rows).toBe(3);
    expect(groupOf(r, 'maxRecordSize')?.samples[0]).toMatchObject({
      line: 2,
      message: 'record is larger than the 1000-byte limit',
    });
    expect(groupOf(r, 'minimum')?.samples[0]?.line).toBe(3);
  });

  it('ragged CSV rows are located violations', async () => {
    const dir = ws({ 'r.csv': 'id,label,score\n1,cat,0.5\n2,cat\n3,cat,0.5,extra\n4,dog,0.1\n' });
    const r = await validate({ cwd: dir, data: ['r.csv'] });
    const g = groupOf(r, 'csv');
    expect(g?.count).toBe(2);
    expect(g?.samples.map((s) => [s.line, s.message])).toEqual([
      [3, 'record has 2 fields, the header has 3'],
      [4, 'record has 4 fields, the header has 3'],
    ]);
  });

  it('an unclosed quote is located at the record it starts', async () => {
    const dir = ws({
      'q.csv': 'id,label,score,note\n1,cat,0.5,ok\n2,cat,0.5,"never closed\n3,cat,0.5,x\n',
    });
    const r = await validate({ cwd: dir, data: ['q.csv'] });
    expect(groupOf(r, 'csv')?.samples[0]).toMatchObject({
      line: 3,
      message: 'unclosed quote: the quoted field never ends',
    });
  });

  it('duplicate and empty CSV headers are errors naming the columns', async () => {
    const dir = ws({ 'd.csv': 'id,label,id\n1,cat,2\n', 'n.csv': 'id,,score\n1,cat,2\n' });
    const d = await validate({ cwd: dir, data: ['d.csv'] });
    expect(d.status).toBe('error');
    expect(d.errors?.[0]).toEqual({
      file: 'd.csv',
      line: 1,
      message: 'header row: duplicate column "id" (columns 1 and 3)',
    });
    expect((await validate({ cwd: dir, data: ['n.csv'] })).errors?.[0]?.message).toBe(
      'header row: column 2 has no name',
    );
  });

  it('a schema with a remote $ref is an error result, never a fetch', async () => {
    const r = await validate({ schemaFile: 'remote-ref.schema.json', data: ['good.jsonl'] });
    expect(r.status).toBe('error');
    expect(r.summary).toMatch(
      /remote \$ref "https:\/\/example\.com\/schemas\/address\.json" at \/properties\/address\/\$ref refused/,
    );
    expect(r.errors?.[0]).toMatchObject({
      file: 'remote-ref.schema.json',
      key: '/properties/address/$ref',
    });
  });

  it('a schema that is not valid JSON Schema is an error result with the keyword path', async () => {
    const r = await validate({ schemaFile: 'invalid.schema.json', data: ['good.jsonl'] });
    expect(r.status).toBe('error');
    expect(r.errors?.[0]).toMatchObject({
      file: 'invalid.schema.json',
      key: '/properties/age/type',
    });
    expect(r.errors?.[0]?.message).toMatch(/invalid JSON Schema at \/properties\/age\/type/);
  });

  it('a pathological pattern runs in linear time on hostile data', async () => {
    const evil = `{"name":"${'a'.repeat(100_000)}!"}`;
    const dir = workspace({ 'e.jsonl': `${evil}\n${evil}\n{"name":"aaa"}\n` });
    copyFileSync(join(FIXTURES, 'pathological.schema.json'), join(dir, 's.json'));
    const t = performance.now();
    const r = await validate({ cwd: dir, schemaFile: 's.json', data: ['e.jsonl'] });
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(groupOf(r, 'pattern')).toMatchObject({
      count: 2,
      message: 'must match pattern "^(a+)+$"',
    });
  });

  it('a glob matching nothing and a missing file are errors with clear messages', async () => {
    const r = await validate({ data: ['nothing/*.jsonl', 'missing.csv', 'good.jsonl'] });
    expect(r.status).toBe('error');
    expect(r.errors).toEqual([
      { message: 'data glob "nothing/*.jsonl" matched no files' },
      { message: 'data file not found', file: 'missing.csv' },
    ]);
    expect(r.summary).toMatch(/^cannot validate: /);
  });
});
