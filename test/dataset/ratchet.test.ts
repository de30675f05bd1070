// The ratchet: the base branch's checkout (fixtures/dataset/ratchet/base) against the change.
// base/data.jsonl: 2 rows with age "x" (schema), labels null in 2 of 10, one country XX, one age
// over 50. data.jsonl: the same rows, plus id 4 again with age 60, plus a row with age "y".
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/core/validate/run.js';
import { assertResult } from '../../src/core/result.js';
import type { DatasetConfig } from '../../src/core/dataset/types.js';
import { FIXTURES, exp } from './helpers.js';

const DIR = join(FIXTURES, 'ratchet');
const expectations: DatasetConfig['expectations'] = {
  columns: {
    label: { max_null_share: 0 },
    country: { categories: ['US', 'DE', 'FR'] },
    age: { max: 50 },
    id: { unique: true },
  },
};

async function run(file: string, policy: 'new-only' | 'all', maxInvalidRows = '0') {
  const result = await runValidate(
    {
      schemaFile: join(FIXTURES, 'schema.json'),
      data: [file],
      cwd: DIR,
      threads: 0,
      maxInvalidRows,
      dataset: { expectations, ratchet: { base_dir: 'base', policy } },
    },
    {},
    { id: 'data' },
  );
  assertResult(JSON.parse(JSON.stringify(result)));
  return { result, d: result.details.dataset! };
}

describe('ratchet', () => {
  it('new-only: passes debt already on the base, fails what the change adds', async () => {
    const { result, d } = await run('data.jsonl', 'new-only');
    expect(result.details.ratchet).toEqual({
      baseDir: 'base',
      policy: 'new-only',
      baseRows: 10,
      baseInvalidRows: 2,
      introducedInvalidRows: 1,
      baseStatus: 'fail',
    });
    expect(result.details.groups[0]).toMatchObject({ count: 3, baseCount: 2 });
    expect(exp(d, 'column:label:max_null_share')).toMatchObject({
      status: 'pass',
      origin: 'existing',
      unexpected: 2,
      base: { unexpected: 2, checked: 10, status: 'fail' },
    });
    expect(exp(d, 'column:country:categories')).toMatchObject({
      status: 'pass',
      origin: 'existing',
    });
    expect(exp(d, 'unique:id')).toMatchObject({ status: 'fail', origin: 'new', unexpected: 1 });
    // Ages over 50 or not numbers: 3 on the base (x, x, 55), 5 here (x, x, 57, 60, y).
    expect(exp(d, 'column:age:range')).toMatchObject({
      status: 'fail',
      origin: 'worse',
      unexpected: 5,
      base: { unexpected: 3 },
    });
    expect(exp(d, 'column:age:range').reason).toMatch(/^worse than the base branch \(3 there\)/);
    expect(result.status).toBe('fail');
  });

  it('new-only gates the schema on the rows beyond the base: 1 new invalid row within 1', async () => {
    const { result } = await run('data.jsonl', 'new-only', '1');
    expect(result.details.ratchet?.introducedInvalidRows).toBe(1);
    // The dataset expectations still fail (new and worse), so only the schema part passes.
    expect(result.summary).toContain(
      "3 of 12 rows (25.0%) violate the schema (1 more than the base branch's 2; new-only gates on those), within max-invalid-rows 1",
    );
    const all = await run('data.jsonl', 'all', '1');
    expect(all.result.summary).toContain('more than max-invalid-rows 1');
  });

  it('unchanged debt: new-only passes, all still fails and says the failures are old', async () => {
    const same = await run('same.jsonl', 'new-only');
    expect(same.result.status).toBe('pass');
    expect(same.d.expectations.filter((e) => e.origin === 'existing').map((e) => e.key)).toEqual([
      'column:label:max_null_share',
      'column:country:categories',
      'column:age:range',
    ]);
    const all = await run('same.jsonl', 'all');
    expect(all.result.status).toBe('fail');
    expect(exp(all.d, 'column:label:max_null_share')).toMatchObject({
      status: 'fail',
      origin: 'existing',
    });
  });

  it('a base checkout outside the workspace is refused: status error', async () => {
    const result = await runValidate(
      {
        schemaFile: join(FIXTURES, 'schema.json'),
        data: ['data.jsonl'],
        cwd: DIR,
        threads: 0,
        dataset: { expectations, ratchet: { base_dir: '../clean' } },
      },
      {},
      { id: 'data' },
    );
    expect(result.status).toBe('error');
    expect(result.summary).toContain(
      "ratchet.base_dir: ratchet.base_dir '../clean' is outside the workspace",
    );
  });
});
