// The ratchet: the base branch's checkout (fixtures/dataset/ratchet/base) against the change.
// base/data.jsonl: 2 rows with age "x" (schema), labels null in 2 of 10, one country XX, one age
// over 50. data.jsonl: the same rows, plus id 4 again with age 60, plus a row with age "y".
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/core/validate/run.js';
import { assertResult } from '../../src/core/result.js';
import type { DatasetConfig } from '../../src/core/dataset/types.js';
import type { BaselineProvider } from '../../src/core/providers/provider.js';
import type { BaselineConfig } from '../../src/core/compare/types.js';
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
      schemaFile: join(DIR, 'schema.json'),
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
      source: 'file',
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
        schemaFile: join(DIR, 'schema.json'),
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

describe('ratchet: base data from the base commit or an artifact', () => {
  const SHA = 'd'.repeat(40);
  /** Serves the fixture checkout (ratchet/base) as the base source would, recording the paths. */
  function provider(asked: string[], have = ['data.jsonl', 'same.jsonl']): BaselineProvider {
    return {
      fetchFile(spec, to) {
        asked.push(`${spec.source}:${spec.path}`);
        const name = spec.path.split('/').pop()!;
        if (!have.includes(name))
          return Promise.resolve({ missing: true, note: `${spec.path} is not on the base` });
        copyFileSync(join(DIR, 'base', name), to.file);
        return Promise.resolve({
          file: to.file,
          bytes: 1,
          info: { sha: SHA, ref: 'main', ...(spec.source === 'artifact' ? { runId: 9 } : {}) },
        });
      },
    };
  }
  async function remote(base: BaselineConfig, p: BaselineProvider) {
    const result = await runValidate(
      {
        schemaFile: join(DIR, 'schema.json'),
        data: ['data.jsonl'],
        cwd: DIR,
        threads: 0,
        dataset: { expectations, ratchet: { base } },
        provider: p,
      },
      {},
      { id: 'data' },
    );
    assertResult(JSON.parse(JSON.stringify(result)));
    return result;
  }

  it('gives the same verdicts as the checkout, from the base commit', async () => {
    const asked: string[] = [];
    const got = await remote({ base_branch: true, path: '.' }, provider(asked));
    const local = await run('data.jsonl', 'new-only');
    expect(asked).toEqual(['base-branch:data.jsonl']);
    expect(got.details.ratchet).toEqual({
      ...local.result.details.ratchet,
      baseDir: '.',
      source: 'base-branch',
      sha: SHA,
      ref: 'main',
    });
    expect(got.status).toBe(local.result.status);
    expect(got.details.dataset!.expectations).toEqual(local.d.expectations);
  });

  it('reads the files under the artifact folder, and a file the base lacks is all new', async () => {
    const asked: string[] = [];
    const got = await remote(
      { artifact: { workflow: 'data.yml', name: 'snapshot', path: 'snap' } },
      provider(asked, []),
    );
    expect(asked).toEqual(['artifact:snap/data.jsonl']);
    expect(got.details.ratchet).toMatchObject({
      source: 'artifact',
      workflow: 'data.yml',
      artifact: 'snapshot',
      baseRows: 0,
      baseInvalidRows: 0,
      introducedInvalidRows: got.details.invalidRows,
      missingFiles: ['data.jsonl'],
    });
    expect(got.details.ratchet!.note).toContain('snap/data.jsonl is not on the base');
    expect(got.status).toBe('fail'); // no debt to forgive: everything gates
  });

  it('without a provider the ratchet is an error, never a silent pass', async () => {
    const result = await runValidate(
      {
        schemaFile: join(DIR, 'schema.json'),
        data: ['data.jsonl'],
        cwd: DIR,
        threads: 0,
        dataset: { expectations, ratchet: { base: { base_branch: true, path: '.' } } },
      },
      {},
      { id: 'data' },
    );
    expect(result.status).toBe('error');
    expect(result.errors?.[0]).toMatchObject({ key: 'ratchet.base' });
  });
});
