import { describe, expect, it } from 'vitest';
import { FIXTURES, groupOf, validate, workspace } from './helpers.js';
import { lastCsvBoundary } from '../../src/core/data/readers/delimited.js';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';

function withSchema(files: Record<string, string | Uint8Array>): string {
  const dir = workspace(files);
  copyFileSync(join(FIXTURES, 'row.schema.json'), join(dir, 'row.schema.json'));
  return dir;
}

describe('JSON Lines reader', () => {
  it('passes a valid file', async () => {
    const r = await validate({ data: ['good.jsonl'] });
    expect(r.status).toBe('pass');
    expect(r.details.files).toEqual([
      { path: 'good.jsonl', format: 'jsonl', rows: 2, invalidRows: 0, bytes: expect.any(Number) },
    ]);
  });

  it('locates every violation by line, skipping blank lines, with pointer, keyword and value', async () => {
    const r = await validate({ data: ['bad.jsonl'] });
    expect(r.status).toBe('fail');
    expect(r.details.rows).toBe(6);
    expect(r.details.invalidRows).toBe(5);
    const min = groupOf(r, 'minimum');
    expect(min?.samples).toEqual([
      { line: 2, record: 1, pointer: '/id', value: '0', message: '/id: must be >= 1' },
    ]);
    expect(groupOf(r, 'enum')?.samples[0]).toMatchObject({
      line: 2,
      pointer: '/label',
      value: '"cow"',
    });
    expect(groupOf(r, 'format')?.samples[0]).toMatchObject({
      line: 4,
      record: 2,
      pointer: '/created_at',
    });
    expect(groupOf(r, 'parse')?.samples[0]).toMatchObject({
      line: 5,
      record: 3,
      pointer: '',
      value: '"not json"',
    });
    expect(groupOf(r, 'parse')?.samples[0]?.message).toMatch(/^invalid JSON: /);
    expect(groupOf(r, 'pattern')?.samples[0]).toMatchObject({
      line: 6,
      pointer: '/country',
      value: '"usa"',
    });
    expect(groupOf(r, 'additionalProperties')?.samples[0]).toMatchObject({
      line: 6,
      pointer: '/extra',
      message: '/extra: property "extra" is not allowed',
    });
    expect(groupOf(r, 'required')?.samples[0]).toMatchObject({
      line: 7,
      pointer: '/score',
      value: '(missing)',
    });
  });

  it('keeps line numbers right across chunk boundaries', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: i + 1, label: i % 997 === 5 ? 'cow' : 'cat', score: 0.5 }),
    );
    const dir = withSchema({ 'many.jsonl': lines.join('\n') + '\n' });
    const r = await validate({ cwd: dir, data: ['many.jsonl'], chunkBytes: 4096, samples: 10 });
    expect(r.details.rows).toBe(3000);
    expect(groupOf(r, 'enum')?.samples.map((s) => s.line)).toEqual([6, 1003, 2000, 2997]);
    expect(groupOf(r, 'enum')?.samples.map((s) => s.record)).toEqual([5, 1002, 1999, 2996]);
  });
});

describe('CSV and TSV reader', () => {
  it('types cells from the schema and passes a valid file', async () => {
    const r = await validate({ data: ['good.csv'] });
    expect(r.summary).toMatch(/all 2 rows/);
    expect(r.status).toBe('pass');
  });

  it('reports a non-number in a number column as a type error at its line', async () => {
    const r = await validate({ data: ['tabs.tsv'] });
    expect(r.details.files[0]?.format).toBe('tsv');
    expect(groupOf(r, 'type')?.samples[0]).toMatchObject({
      line: 3,
      record: 1,
      pointer: '/score',
      value: '"0x10"',
      message: '/score: must be number',
    });
  });

  it('reports the start line of records with quoted multi-line cells, across chunks', async () => {
    const rows = ['id,label,score,note'];
    for (let i = 1; i <= 400; i++)
      rows.push(i % 50 === 0 ? `${i},cow,0.5,"two\nlines, ""quoted"""` : `${i},cat,0.5,plain`);
    const dir = withSchema({ 'm.csv': rows.join('\r\n') + '\r\n' });
    const r = await validate({ cwd: dir, data: ['m.csv'], chunkBytes: 1024, samples: 10 });
    expect(r.details.rows).toBe(400);
    // Record i starts on line i + 1 + (multi-line records before it).
    expect(groupOf(r, 'enum')?.samples.map((s) => s.line)).toEqual([
      51, 102, 153, 204, 255, 306, 357, 408,
    ]);
  });

  it('reads a header longer than the first block', async () => {
    const long = 'n'.repeat(70_000);
    const dir = withSchema({ 'h.csv': `id,label,score,${long}\n1,cat,0.5,x\n` });
    const r = await validate({ cwd: dir, data: ['h.csv'] });
    expect(r.details.rows).toBe(1);
    expect(groupOf(r, 'additionalProperties')?.samples[0]?.line).toBe(2);
  });

  it('splits chunks only outside quotes', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(lastCsvBoundary(enc('a,b\n1,"x\ny"\n2,'))).toBe(11);
    expect(lastCsvBoundary(enc('a,b\n1,"x\ny'))).toBe(3);
    expect(lastCsvBoundary(enc('1,"x""\n'))).toBe(-1);
    expect(lastCsvBoundary(enc('no newline'))).toBe(-1);
  });
});

describe('JSON reader', () => {
  it('validates an array element by element, locating each by index and line', async () => {
    const r = await validate({ data: ['array.json'] });
    expect(r.details.rows).toBe(3);
    expect(groupOf(r, 'maximum')?.samples[0]).toMatchObject({
      line: 3,
      record: 1,
      pointer: '/score',
      value: '7',
    });
  });

  it('validates a single document as one record', async () => {
    const r = await validate({ data: ['doc.json'] });
    expect(r.details.rows).toBe(1);
    expect(r.status).toBe('pass');
  });

  it('reports a bad element and carries on, and a truncated array', async () => {
    const dir = withSchema({
      'a.json':
        '[{"id":1,"label":"cat","score":0.5},\n {"id":2, oops},\n {"id":3,"label":"dog","score":0.5}]',
      't.json': '[{"id":1,"label":"cat","score":0.5},\n {"id":2,"label":"cat"',
    });
    const a = await validate({ cwd: dir, data: ['a.json'] });
    expect(a.details.rows).toBe(3);
    expect(groupOf(a, 'parse')?.samples[0]).toMatchObject({ line: 2, record: 1 });
    const t = await validate({ cwd: dir, data: ['t.json'] });
    expect(groupOf(t, 'parse')?.samples[0]?.message).toMatch(
      /the file ends inside the array: is it truncated\?/,
    );
  });
});
