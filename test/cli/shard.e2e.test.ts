// The CLI end to end (dist/cli.js): `validate --shard i/n` writes partial results, `merge` folds
// them into the result `validate` writes in one run, and a missing shard makes it an error.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt } from '../helpers/runner.js';
import { workspace } from '../validate/helpers.js';

const CONFIG = `version: 1
validate:
  - id: rows
    schema: row.schema.json
    data: data.jsonl
    expectations:
      columns: { id: { unique: true }, label: { categories: [a, b] } }
      duplicates: true
`;

function cli(dir: string, ...args: string[]) {
  return spawnSync(NODE, [join(REPO_ROOT, 'dist', 'cli.js'), ...args, '--dir', dir], {
    cwd: dir,
    encoding: 'utf8',
  });
}

function details(path: string): unknown {
  const r = JSON.parse(readFileSync(path, 'utf8')) as {
    status: string;
    summary: string;
    details: { durationMs?: number; dataset?: { durationMs?: number } };
  };
  delete r.details.durationMs;
  delete r.details.dataset?.durationMs;
  return { status: r.status, summary: r.summary, details: r.details };
}

describe('modelgate validate --shard and modelgate merge', () => {
  beforeAll(() => requireBuilt('cli'));
  const rows = Array.from({ length: 300 }, (_, i) =>
    JSON.stringify({ id: i % 280, label: i % 50 === 0 ? 'c' : 'a' }),
  );
  const dir = workspace({
    'row.schema.json': JSON.stringify({ type: 'object', required: ['id'] }),
    'data.jsonl': rows.join('\n') + '\n',
    'modelgate.yml': CONFIG,
  });

  it('merges 3 shards into the single run’s result', () => {
    const single = cli(dir, 'validate', '--config', 'modelgate.yml', '--result-path', 'one.json');
    expect(single.status).toBe(1);
    for (const i of [1, 2, 3]) {
      const r = cli(dir, 'validate', '--config', 'modelgate.yml', '--shard', `${i}/3`);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`rows shard ${i}/3:`);
    }
    const merged = cli(dir, 'merge');
    expect(merged.status).toBe(1);
    expect(merged.stdout).toContain('rows: fail:');
    expect(details(join(dir, 'modelgate-results', 'rows.json'))).toEqual(
      details(join(dir, 'one.json')),
    );
  });

  it('makes a missing shard an error (exit 2)', () => {
    rmSync(join(dir, 'modelgate-partials', 'rows.2-of-3.json'));
    const merged = cli(dir, 'merge');
    expect(merged.status).toBe(2);
    expect(merged.stdout).toContain('shard 2/3 missing');
  });

  it('ends at once, exit 2, when a shard cannot run (its workers started ahead are torn down)', () => {
    writeFileSync(
      join(dir, 'bad.schema.json'),
      JSON.stringify({ type: 'object', minProperties: -1 }),
    );
    const t = Date.now();
    const r = cli(dir, 'validate', '--schema', 'bad.schema.json', 'data.jsonl', '--shard', '1/2');
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toContain('bad.schema.json');
    expect(r.stderr).not.toContain('Unhandled');
    // Far below a hang, far above a start-up on a loaded machine.
    expect(Date.now() - t).toBeLessThan(15_000);
  });

  it('refuses a malformed --shard', () => {
    const r = cli(dir, 'validate', '--config', 'modelgate.yml', '--shard', '4/3');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('shard must be i/n');
  });
});
