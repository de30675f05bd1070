// Expectations, duplicates and leakage on fixtures whose answers are known by construction
// (test/fixtures/dataset: each scenario's file says where the problems are).
import { describe, expect, it } from 'vitest';
import { check, exp } from './helpers.js';

describe('a clean dataset', () => {
  it('passes every expectation, with exact counts', async () => {
    const { result, d } = await check(['clean/train.jsonl', 'clean/test.jsonl'], {
      splits: { train: 'clean/train.jsonl', test: 'clean/test.jsonl' },
      expectations: {
        row_count: { min: 18, max: 18 },
        columns: {
          label: { max_null_share: 0, categories: ['cat', 'dog', 'bird'] },
          country: { categories: ['US', 'DE', 'FR'] },
          age: { min: 20, max: 59 },
          id: { unique: true },
        },
        unique_keys: [{ columns: ['id', 'label'] }],
        duplicates: true,
        leakage: { key: ['id'] },
      },
    });
    expect(result.status).toBe('pass');
    expect(d.status).toBe('pass');
    expect(d.expectations.map((e) => [e.key, e.status, e.checked, e.unexpected])).toEqual([
      ['row_count', 'pass', 18, 0],
      ['column:label:max_null_share', 'pass', 18, 0],
      ['column:label:categories', 'pass', 18, 0],
      ['column:country:categories', 'pass', 18, 0],
      ['column:age:range', 'pass', 18, 0],
      ['unique:id', 'pass', 18, 0],
      ['unique:id,label', 'pass', 18, 0],
      ['duplicates', 'pass', 18, 0],
      ['leakage', 'pass', 18, 0],
    ]);
    expect(d.splits).toEqual([
      { name: 'train', files: ['clean/train.jsonl'], rows: 12 },
      { name: 'test', files: ['clean/test.jsonl'], rows: 6 },
    ]);
    expect(result.summary).toContain('all 9 expectations met');
  });

  it('fails a row count outside its bounds', async () => {
    const { d } = await check(['clean/train.jsonl'], {
      expectations: { row_count: { min: 13 } },
    });
    expect(exp(d, 'row_count')).toMatchObject({ status: 'fail', observed: 12 });
  });
});

describe('a null-share jump (CSV)', () => {
  it('counts the nulls and locates them on their lines (header is line 1)', async () => {
    const { result, d } = await check(['nulls/current.csv'], {
      expectations: { columns: { label: { max_null_share: 0.1 } } },
    });
    const e = exp(d, 'column:label:max_null_share');
    expect(e).toMatchObject({ status: 'fail', checked: 10, unexpected: 4, share: 0.4 });
    expect(e.samples.map((s) => [s.file, s.line])).toEqual([
      ['nulls/current.csv', 4],
      ['nulls/current.csv', 7],
      ['nulls/current.csv', 9],
      ['nulls/current.csv', 11],
    ]);
    expect(result.status).toBe('fail');
    // The schema allows null labels: the rows themselves are valid.
    expect(result.details.invalidRows).toBe(0);
  });

  it('passes when the allowed share covers it, warns with severity warn', async () => {
    const ok = await check(['nulls/current.csv'], {
      expectations: { columns: { label: { max_null_share: 0.4 } } },
    });
    expect(ok.d.status).toBe('pass');
    const warn = await check(['nulls/current.csv'], {
      expectations: { columns: { label: { max_null_share: 0.3, severity: 'warn' } } },
    });
    expect(warn.result.status).toBe('warn');
  });
});

describe('a duplicated join', () => {
  it('finds the repeated rows with the line of each copy and the row it repeats', async () => {
    const { d } = await check(['join/train.jsonl'], {
      expectations: { duplicates: true, columns: { id: { unique: true } } },
    });
    const dup = exp(d, 'duplicates');
    expect(dup).toMatchObject({ status: 'fail', checked: 9, unexpected: 3 });
    expect(dup.samples.map((s) => [s.line, s.message])).toEqual([
      [7, 'same row as join/train.jsonl line 2'],
      [8, 'same row as join/train.jsonl line 4'],
      [9, 'same row as join/train.jsonl line 6'],
    ]);
    const unique = exp(d, 'unique:id');
    expect(unique).toMatchObject({ status: 'fail', checked: 9, unexpected: 3 });
    expect(unique.samples.map((s) => [s.line, s.value])).toEqual([
      [7, '2'],
      [8, '4'],
      [9, '6'],
    ]);
  });

  it('mostly lets a share of duplicates through', async () => {
    // 3 of 9 duplicated: 2/3 of the rows are fine.
    const pass = await check(['join/train.jsonl'], {
      expectations: { duplicates: { mostly: 0.6 } },
    });
    expect(exp(pass.d, 'duplicates').status).toBe('pass');
    const fail = await check(['join/train.jsonl'], {
      expectations: { duplicates: { mostly: 0.7 } },
    });
    expect(exp(fail.d, 'duplicates').status).toBe('fail');
  });
});

describe('leakage across splits', () => {
  const splits = { train: 'splits/train.jsonl', test: 'splits/test.jsonl' };

  it('by id: both test rows whose id is in train, on their test lines', async () => {
    const { d } = await check(['splits/train.jsonl', 'splits/test.jsonl'], {
      splits,
      expectations: { leakage: { key: ['id'] } },
    });
    const e = exp(d, 'leakage');
    expect(e).toMatchObject({ status: 'fail', checked: 13, unexpected: 2 });
    expect(e.samples.map((s) => [s.file, s.line, s.value, s.message])).toEqual([
      ['splits/test.jsonl', 3, '5', '/id: id 5 also in split train (splits/train.jsonl line 5)'],
      ['splits/test.jsonl', 5, '2', '/id: id 2 also in split train (splits/train.jsonl line 2)'],
    ]);
  });

  it('by row content: only the exact copy', async () => {
    const { d } = await check(['splits/train.jsonl', 'splits/test.jsonl'], {
      splits,
      expectations: { leakage: true, duplicates: true },
    });
    const e = exp(d, 'leakage');
    expect(e).toMatchObject({ status: 'fail', unexpected: 1 });
    expect(e.samples.map((s) => [s.file, s.line])).toEqual([['splits/test.jsonl', 5]]);
    // A row in two splits is leakage, not a duplicate within a split.
    expect(exp(d, 'duplicates')).toMatchObject({ status: 'pass', unexpected: 0 });
  });

  it('needs two splits, and every split file among the data', async () => {
    const one = await check(['splits/train.jsonl'], { expectations: { leakage: true } });
    expect(one.result.status).toBe('error');
    expect(one.result.summary).toContain('leakage needs at least two splits');
    const stray = await check(['splits/train.jsonl'], {
      splits: { train: 'splits/train.jsonl', test: 'splits/test.jsonl' },
      expectations: { leakage: true },
    });
    expect(stray.result.status).toBe('error');
    expect(stray.result.summary).toContain(
      'splits/test.jsonl: splits.test: split "test": not one of the data files',
    );
  });
});

describe('a new category', () => {
  it('counts values outside the allowed set, lists them by frequency, locates them', async () => {
    const { d } = await check(['categories/current.jsonl'], {
      expectations: { columns: { country: { categories: ['US', 'DE', 'FR'] } } },
    });
    const e = exp(d, 'column:country:categories');
    expect(e).toMatchObject({ status: 'fail', checked: 10, unexpected: 3 });
    expect(e.values).toEqual([
      { value: 'XX', count: 2 },
      { value: 'ZZ', count: 1 },
    ]);
    expect(e.samples.map((s) => [s.line, s.value])).toEqual([
      [4, '"XX"'],
      [6, '"ZZ"'],
      [9, '"XX"'],
    ]);
  });

  it('mostly: 3 of 10 unexpected pass at 0.7 and fail at 0.71', async () => {
    const cfg = (mostly: number) => ({
      expectations: { columns: { country: { categories: ['US', 'DE', 'FR'], mostly } } },
    });
    expect((await check(['categories/current.jsonl'], cfg(0.7))).d.status).toBe('pass');
    expect((await check(['categories/current.jsonl'], cfg(0.71))).d.status).toBe('fail');
  });
});

describe('ranges and composite keys', () => {
  it('counts out-of-range values and non-numbers', async () => {
    // clean/train.jsonl ages: 21..32; allow up to 30 → 31 and 32 (rows 11, 12) are out.
    const { d } = await check(['clean/train.jsonl'], {
      expectations: { columns: { age: { max: 30 }, label: { min: 0 } } },
    });
    const age = exp(d, 'column:age:range');
    expect(age).toMatchObject({ status: 'fail', checked: 12, unexpected: 2 });
    expect(age.samples.map((s) => [s.line, s.value])).toEqual([
      [11, '31'],
      [12, '32'],
    ]);
    expect(exp(d, 'column:label:range')).toMatchObject({ unexpected: 12 });
  });

  it('a column that never has a value cannot be checked: error', async () => {
    const { result } = await check(['clean/train.jsonl'], {
      expectations: { columns: { nothere: { categories: ['a'] } } },
    });
    expect(result.status).toBe('error');
  });

  it('a composite key repeats only when every part repeats', async () => {
    // join/train.jsonl: rows 7..9 copy rows 2, 4, 6.
    const { d } = await check(['join/train.jsonl'], {
      expectations: { unique_keys: [{ columns: ['label', 'country'] }] },
    });
    // (label, country) for ids 1..6: (dog,US) (bird,DE) (cat,DE) (dog,FR) (bird,FR) (cat,US): all
    // distinct, so only the three copies repeat.
    expect(exp(d, 'unique:label,country')).toMatchObject({ unexpected: 3, checked: 9 });
  });
});

describe('every reader validate has', () => {
  const cfg = {
    expectations: {
      columns: { country: { categories: ['US', 'DE', 'FR'] }, id: { unique: true } },
    },
  };
  it('a JSON array: lines where each element starts', async () => {
    const { d } = await check(['formats/rows.json'], cfg);
    expect(exp(d, 'column:country:categories').samples.map((s) => s.line)).toEqual([3]);
    expect(exp(d, 'unique:id').samples.map((s) => s.line)).toEqual([4]);
  });
  it('TSV with a quoted cell spanning two lines', async () => {
    const { d } = await check(['formats/rows.tsv'], cfg);
    expect(exp(d, 'column:country:categories').samples.map((s) => [s.line, s.value])).toEqual([
      [3, '"X\\nX"'],
    ]);
    expect(exp(d, 'unique:id').samples.map((s) => s.line)).toEqual([6]);
  });
});
