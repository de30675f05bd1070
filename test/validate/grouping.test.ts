import { describe, expect, it } from 'vitest';
import { Collector } from '../../src/core/validate/collect.js';
import { exceeds, parseThreshold, thresholdStatus } from '../../src/core/validate/threshold.js';
import { preview } from '../../src/core/validate/value.js';
import { splitGlobs } from '../../src/core/validate/globs.js';
import { FIXTURES, validate, workspace } from './helpers.js';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';

const v = (schemaPath: string, keyword: string, pointer = '/x', value: unknown = 1) => ({
  schemaPath,
  keyword,
  pointer,
  value,
  message: `bad ${keyword}`,
});

describe('grouping', () => {
  it('groups by (schema path, keyword), counts records once, keeps the first K samples', () => {
    const c = new Collector(2);
    c.addInvalid(1, 0, [v('#/a/type', 'type'), v('#/a/type', 'type', '/y')]);
    c.addInvalid(5, 1, [v('#/a/type', 'type'), v('#/b/min', 'minimum')]);
    c.addInvalid(9, 2, [v('#/a/type', 'type')]);
    c.rows = 10;
    const r = c.result(12);
    expect(r).toMatchObject({ lines: 12, rows: 10, invalidRows: 3 });
    const type = r.groups.find((g) => g.keyword === 'type');
    expect(type?.count).toBe(3);
    expect(type?.samples.map((s) => [s.line, s.pointer])).toEqual([
      [1, '/x'],
      [1, '/y'],
    ]);
    expect(r.groups.find((g) => g.keyword === 'minimum')?.count).toBe(1);
  });

  it('orders groups worst first per file, with shares of the file rows, and caps them', async () => {
    const rows = [
      '{"id":0,"label":"cat","score":0.5}',
      '{"id":0,"label":"cow","score":0.5}',
      '{"id":0,"label":"cat","score":2}',
      '{"id":1,"label":"cat","score":0.5}',
    ];
    const dir = workspace({ 'a.jsonl': rows.join('\n') + '\n', 'b.jsonl': rows[2] + '\n' });
    copyFileSync(join(FIXTURES, 'row.schema.json'), join(dir, 'row.schema.json'));
    const r = await validate({ cwd: dir, data: ['a.jsonl', 'b.jsonl'] });
    expect(r.details.groups.map((g) => [g.file, g.keyword, g.count, g.share])).toEqual([
      ['a.jsonl', 'minimum', 3, 0.75],
      ['a.jsonl', 'enum', 1, 0.25],
      ['a.jsonl', 'maximum', 1, 0.25],
      ['b.jsonl', 'minimum', 1, 1],
      ['b.jsonl', 'maximum', 1, 1],
    ]);
    expect(r.details).toMatchObject({ rows: 5, invalidRows: 4, invalidShare: 0.8 });
    const capped = await validate({ cwd: dir, data: ['a.jsonl', 'b.jsonl'], maxGroups: 2 });
    expect(capped.details.groups).toHaveLength(2);
    expect(capped.details.omittedGroups).toBe(3);
  });
});

describe('thresholds', () => {
  it('parses counts and percentages and refuses anything else', () => {
    expect(parseThreshold('10', 'm')).toEqual({ raw: '10', count: 10 });
    expect(parseThreshold(0, 'm')).toEqual({ raw: '0', count: 0 });
    expect(parseThreshold('0.5 %', 'm')).toEqual({ raw: '0.5%', percent: 0.5 });
    expect(() => parseThreshold('-1', 'max-invalid-rows')).toThrow(
      /max-invalid-rows must be a whole number of rows or a percentage/,
    );
    expect(() => parseThreshold('150%', 'm')).toThrow();
    expect(() => parseThreshold('ten', 'm')).toThrow();
  });

  it('fails above the maximum and warns inside the warn band', () => {
    const max = parseThreshold('1%', 'm');
    const warn = parseThreshold('2', 'w');
    expect(exceeds(max, 10, 1000)).toBe(false);
    expect(exceeds(max, 11, 1000)).toBe(true);
    expect(thresholdStatus(max, warn, 2, 1000)).toBe('pass');
    expect(thresholdStatus(max, warn, 3, 1000)).toBe('warn');
    expect(thresholdStatus(max, warn, 11, 1000)).toBe('fail');
  });

  it('applies the threshold to a run', async () => {
    const r = await validate({ data: ['bad.jsonl'], maxInvalidRows: '5', warnInvalidRows: '1' });
    expect(r.status).toBe('warn');
    expect(r.details.threshold).toEqual({ maxInvalidRows: '5', warnInvalidRows: '1' });
    expect((await validate({ data: ['bad.jsonl'], maxInvalidRows: '80%' })).status).toBe('fail');
  });
});

describe('data input', () => {
  it('splits lines and commas, keeping brace globs whole', () => {
    expect(splitGlobs('a/*.jsonl\n  b.csv, c.tsv\n\nd/*.{jsonl,csv}')).toEqual([
      'a/*.jsonl',
      'b.csv',
      'c.tsv',
      'd/*.{jsonl,csv}',
    ]);
  });
});

describe('result ids', () => {
  it('refuses an id that cannot name a result file', async () => {
    await expect(validate({ data: ['good.jsonl'] }, '../x')).rejects.toThrow(
      /id must be letters, digits/,
    );
  });
});

describe('value previews', () => {
  it('truncates and escapes', () => {
    expect(preview('a\u0000b\u202e')).toBe('"a\\u0000b\\u202e"');
    expect(preview('x'.repeat(500))).toHaveLength(120);
    expect(preview({ a: [1, 2, { b: 'c' }] })).toBe('{"a":[1,2,{"b":"c"}]}');
    expect(preview(Array.from({ length: 10_000 }, (_, i) => i)).length).toBeLessThanOrEqual(120);
    expect(preview(undefined)).toBe('(missing)');
    // Escapes widen the text: the cut comes after them, so the result schema's 200 holds.
    expect(preview('\u0085'.repeat(150))).toHaveLength(120);
  });
});
