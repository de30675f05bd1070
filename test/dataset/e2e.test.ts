// End to end through the bundle (npm run build first): the CLI reads a config with dataset
// checks, and a reference over 8 MB is profiled in dist/dataset-worker.js. The worker's numbers
// must equal the in-thread computation (same seeds, same reservoirs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt } from '../helpers/runner.js';
import { runValidate } from '../../src/core/validate/run.js';
import type { DatasetConfig } from '../../src/core/dataset/types.js';
import type { ValidateDetails } from '../../src/core/validate/types.js';
import { FIXTURES } from './helpers.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function rows(n: number, shift: number): string {
  let seed = 7 + shift * 1000;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const out: string[] = [];
  const pad = 'x'.repeat(80);
  for (let i = 1; i <= n; i++)
    out.push(
      JSON.stringify({
        id: i,
        score: Math.round((rand() + shift) * 1e4) / 1e4,
        country: ['US', 'DE', 'FR'][Math.floor(rand() * 3)],
        note: pad,
      }),
    );
  return out.join('\n') + '\n';
}

describe('dataset checks in the bundle', () => {
  beforeAll(() => requireBuilt('cli', 'dataset-worker'));
  it('profiles a big reference in the worker, with the same numbers as in-thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-dataset-e2e-'));
    copyFileSync(join(FIXTURES, 'schema.json'), join(dir, 'schema.json'));
    writeFileSync(join(dir, 'ref.jsonl'), rows(70_000, 0)); // ≈ 9 MB: over the worker threshold
    writeFileSync(join(dir, 'cur.jsonl'), rows(20_000, 0.1));
    const dataset: DatasetConfig = {
      expectations: { columns: { id: { unique: true } }, row_count: { max_drop: '50%' } },
      drift: { reference: 'ref.jsonl', columns: ['score', 'country'] },
    };
    writeFileSync(
      join(dir, 'modelgate.yml'),
      `version: 1\nvalidate:\n  - id: big\n    schema: schema.json\n    data: cur.jsonl\n    expectations: ${JSON.stringify(dataset.expectations)}\n    drift: ${JSON.stringify(dataset.drift)}\n`,
    );
    const r = spawnSync(
      NODE,
      [CLI, 'validate', '--config', 'modelgate.yml', '--id', 'big', '--json', '--no-result'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(1);
    const details = (JSON.parse(r.stdout) as { details: ValidateDetails }).details;
    const d = details.dataset!;
    expect(d.drift!.reference.rows).toBe(70_000);
    expect(d.expectations.find((e) => e.key === 'row_count:max_drop')).toMatchObject({
      status: 'fail',
      unexpected: 50_000,
    });
    const score = d.drift!.columns.find((c) => c.name === 'score')!;
    expect(score).toMatchObject({ type: 'numeric', sampled: true, status: 'fail' });

    const inline = await runValidate(
      { schemaFile: 'schema.json', data: ['cur.jsonl'], cwd: dir, threads: 0, dataset },
      {},
      { id: 'big' },
    );
    expect(d.drift!.columns).toEqual(inline.details.dataset!.drift!.columns);
  });
});
