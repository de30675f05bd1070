// The schemas of schema-written.test.ts through the bundled CLI and actions (npm run build first):
// exit 2 with the file (and line) for what cannot be evaluated, never a crash with exit 1.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt, runAction } from '../helpers/runner.js';
import { readResultFile } from '../../src/core/result.js';
import { EXAMPLE_CONFIG, exampleWorkspace } from '../run/helpers.js';
import { workspace } from './helpers.js';

function cli(args: string[], cwd: string) {
  return spawnSync(NODE, [join(REPO_ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

const URN_SCHEMA = JSON.stringify({
  $id: 'urn:uuid:deadbeef-1234-0000-0000-4321fedcba98',
  type: 'object',
  properties: { id: { type: 'string', pattern: '^[0-9a-f]{24}$' } },
});

describe('modelgate validate', () => {
  beforeAll(() => requireBuilt('cli'));

  it('refuses {"$ref": "#"} with exit 2 and the reason', () => {
    const dir = workspace({ 's.json': '{"$ref":"#"}', 'd.jsonl': '{}\n' });
    const res = cli(['validate', '--no-result', '--schema', 's.json', 'd.jsonl'], dir);
    expect(res.status, res.stderr).toBe(2);
    expect(res.stdout).toMatch(/s\.json: the schema refers to itself/);
    expect(res.stderr).not.toMatch(/RangeError|Maximum call stack/);
  });

  it('evaluates a URN $id and a {24} pattern', () => {
    const dir = workspace({
      's.json': URN_SCHEMA,
      'd.jsonl': '{"id":"0123456789abcdef01234567"}\n{"id":"xyz"}\n',
    });
    const res = cli(['validate', '--no-result', '--schema', 's.json', 'd.jsonl'], dir);
    expect(res.status, res.stderr).toBe(1);
    expect(res.stdout).toMatch(/1 of 2 rows .* violate the schema/);
    expect(res.stdout).toMatch(/d\.jsonl:2 {2}\/id: must match pattern/);
  });

  it('gives a deep record exit 2 with file and line, with and without workers', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const dir = workspace({ 's.json': '{}', 'd.jsonl': `{"a":1}\n${deep}\n` });
    for (const threads of ['0', '2']) {
      const res = cli(
        ['validate', '--no-result', '--threads', threads, '--schema', 's.json', 'd.jsonl'],
        dir,
      );
      expect(res.status, res.stderr).toBe(2);
      expect(res.stdout).toMatch(/d\.jsonl:2: record nests objects or arrays more than 512 levels/);
    }
  });
});

describe('validate action', () => {
  beforeAll(() => requireBuilt('validate'));

  it('evaluates a URN $id (once a bare "Invalid URL")', async () => {
    const dir = workspace({
      's.json': URN_SCHEMA,
      'd.jsonl': '{"id":"0123456789abcdef01234567"}\n',
    });
    const run = await runAction('validate', {
      workspace: dir,
      inputs: { schema: 's.json', data: 'd.jsonl', id: 'urn' },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'pass', rows: '1' });
  });
});

describe('modelgate run with one check that throws', () => {
  beforeAll(() => requireBuilt('cli'));

  it('reports it as an error and still runs and reports the others', () => {
    const config = EXAMPLE_CONFIG.replace(
      'schema: examples/schemas/customer.schema.json',
      'schema: examples/schemas/broken.schema.json',
    );
    const ws = exampleWorkspace(config, 'examples/modelgate.yml');
    // A directory where the schema file should be: reading it throws (EISDIR) inside the check.
    rmSync(join(ws, 'examples/schemas/broken.schema.json'), { force: true });
    mkdirSync(join(ws, 'examples/schemas/broken.schema.json'));
    writeFileSync(join(ws, 'examples/schemas/broken.schema.json', 'x'), '');
    const res = cli(['run', '--config', 'examples/modelgate.yml'], ws);
    // run's exit code is the gate's (docs/run.md): a check in error fails the gate.
    expect(res.status, res.stderr).toBe(1);
    expect(res.stdout.split('\n')[0]).toMatch(/^modelgate: ERROR - .*training-data \(error\)/);
    expect(res.stdout).toMatch(/\[ERROR\] Training data \(validate training-data\)/);
    expect(res.stdout).toMatch(/\[WARN\] Holdout data/);
    expect(res.stdout).toMatch(/\[FAIL\] Churn model/);
    const result = readResultFile(join(ws, 'modelgate-results', 'training-data.json'));
    expect(result.status).toBe('error');
  });
});
