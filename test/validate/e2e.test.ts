// End to end: the bundled action and CLI, as the runner and a terminal run them (npm run build first).
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt, runAction } from '../helpers/runner.js';
import { readResultFile } from '../../src/core/result.js';
import { FIXTURES, workspace } from './helpers.js';

function ws(files: Record<string, string> = {}): string {
  const dir = workspace(files);
  for (const f of [
    'row.schema.json',
    'good.jsonl',
    'bad.jsonl',
    'good.csv',
    'remote-ref.schema.json',
  ])
    copyFileSync(join(FIXTURES, f), join(dir, f));
  return dir;
}

function cli(args: string[], cwd: string) {
  return spawnSync(NODE, [join(REPO_ROOT, 'dist', 'cli.js'), 'validate', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

describe('validate action (dist/validate.js)', () => {
  beforeAll(() => requireBuilt('validate'));

  it('passes valid data: outputs, summary, result file', async () => {
    const dir = ws();
    const run = await runAction('validate', {
      workspace: dir,
      inputs: { schema: 'row.schema.json', data: 'good.jsonl\ngood.csv', id: 'train' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      passed: 'true',
      status: 'pass',
      'invalid-rows': '0',
      rows: '4',
      'result-path': join(dir, 'modelgate-results', 'train.json'),
    });
    expect(run.summary).toMatch(/### ✅ train: pass/);
    expect(run.summary).toMatch(/\| good\.csv \| csv \| 2 \| 0 \|/);
    const result = readResultFile(join(dir, 'modelgate-results', 'train.json'));
    expect(result).toMatchObject({ kind: 'validate', id: 'train', status: 'pass' });
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
  });

  it('fails on invalid rows with annotations on the lines, worst first, and a notice for the rest', async () => {
    const dir = ws();
    const run = await runAction('validate', {
      workspace: dir,
      inputs: {
        schema: 'row.schema.json',
        data: 'bad.jsonl',
        'max-annotations': '3',
        'result-path': 'out/r.json',
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', status: 'fail', 'invalid-rows': '5' });
    const errors = run.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(errors).toHaveLength(3);
    for (const e of errors) expect(e.properties.file).toBe('bad.jsonl');
    expect(errors.map((e) => Number(e.properties.line))).toEqual([2, 2, 2]);
    expect(errors[0]?.message).toMatch(/\/id: must be >= 1 \(value: 0\)/);
    expect(run.stdout).toMatch(
      /^::error title=minimum \(#\/properties\/id\/minimum\)%3A 1 record,file=bad\.jsonl,line=2::/m,
    );
    const notice = run.commands.find((c) => c.command === 'notice');
    expect(notice?.message).toMatch(
      /^5 more violations are not annotated: see the job summary and out\/r\.json/,
    );
    expect(run.summary).toMatch(/### ❌ data: fail/);
    expect(run.summary).toMatch(/\| 1 \| 16\.7% \| bad\.jsonl \| parse \| line 5 \|/);
    expect(readResultFile(join(dir, 'out', 'r.json')).status).toBe('fail');
    expect(run.stdout).toMatch(/::error::validate data: fail: 5 of 6 rows/);
  });

  it('within max-invalid-rows, passes; fail-on never keeps the step green', async () => {
    const dir = ws();
    const ok = await runAction('validate', {
      workspace: dir,
      inputs: {
        schema: 'row.schema.json',
        data: 'bad.jsonl',
        'max-invalid-rows': '90%',
        'warn-invalid-rows': '1',
      },
    });
    expect(ok.code).toBe(0);
    expect(ok.outputs).toMatchObject({ passed: 'true', status: 'warn' });
    const never = await runAction('validate', {
      workspace: dir,
      inputs: { schema: 'row.schema.json', data: 'bad.jsonl', 'fail-on': 'never' },
    });
    expect(never.code).toBe(0);
    expect(never.outputs.status).toBe('fail');
  });

  it('a glob matching nothing is an error result, not a pass', async () => {
    const dir = ws();
    const run = await runAction('validate', {
      workspace: dir,
      inputs: { schema: 'row.schema.json', data: 'data/*.jsonl' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', status: 'error' });
    expect(run.stdout).toMatch(
      /::error title=modelgate validate data::data glob "data\/\*\.jsonl" matched no files/,
    );
    expect(readResultFile(join(dir, 'modelgate-results', 'data.json')).status).toBe('error');
  });

  it('a remote $ref is an error annotated on the schema file', async () => {
    const dir = ws();
    const run = await runAction('validate', {
      workspace: dir,
      inputs: { schema: 'remote-ref.schema.json', data: 'good.jsonl' },
    });
    expect(run.code).toBe(1);
    const e = run.commands.find(
      (c) => c.command === 'error' && c.properties.file === 'remote-ref.schema.json',
    );
    expect(e?.message).toMatch(
      /remote \$ref "https:\/\/example\.com\/schemas\/address\.json" at \/properties\/address\/\$ref refused/,
    );
  });

  it('escapes untrusted values in the job summary', async () => {
    const dir = ws({
      'x.jsonl':
        '{"id":1,"label":"<img src=x onerror=alert(1)>|`@team #12 GH-3 $x$","score":0.5}\n',
    });
    const run = await runAction('validate', {
      workspace: dir,
      inputs: { schema: 'row.schema.json', data: 'x.jsonl' },
    });
    expect(run.summary).not.toMatch(/<img/);
    expect(run.summary).toMatch(
      /&lt;img src=x onerror=alert\(1\)&gt;\\\|\\`@\u200dteam #\u200d12 GH-\u200d3 \\\$x\\\$/,
    );
    expect(run.summary).not.toMatch(/#12|GH-3/);
  });

  it("takes a config entry's max_annotations unless the step sets max-annotations", async () => {
    const config =
      'version: 1\nvalidate:\n  - { id: rows, schema: row.schema.json, data: bad.jsonl, max_annotations: 2 }\n';
    const fileErrors = (run: Awaited<ReturnType<typeof runAction>>) =>
      run.commands.filter((c) => c.command === 'error' && c.properties.file);
    const dir = ws({ 'mg.yml': config });
    const fromEntry = await runAction('validate', { workspace: dir, inputs: { config: 'mg.yml' } });
    expect(fromEntry.outputs.status).toBe('fail');
    expect(fileErrors(fromEntry)).toHaveLength(2);
    const fromStep = await runAction('validate', {
      workspace: dir,
      inputs: { config: 'mg.yml', 'max-annotations': '3' },
    });
    expect(fileErrors(fromStep)).toHaveLength(3);
  });
});

describe('modelgate validate (dist/cli.js)', () => {
  beforeAll(() => requireBuilt('cli'));

  it('exit codes 0 / 1 / 2 and a schema-checked result file', () => {
    const dir = ws();
    expect(cli(['--schema', 'row.schema.json', 'good.jsonl'], dir).status).toBe(0);
    const bad = cli(['--schema', 'row.schema.json', 'bad.jsonl', '--result-path', 'r.json'], dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^FAIL data: 5 of 6 rows/);
    expect(bad.stdout).toMatch(/bad\.jsonl:2 {2}\/id: must be >= 1 {2}value: 0/);
    expect(readResultFile(join(dir, 'r.json')).status).toBe('fail');
    const missing = cli(['--schema', 'row.schema.json', 'nope.jsonl'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toMatch(/error: nope\.jsonl: data file not found/);
    expect(cli(['good.jsonl'], dir).stderr).toMatch(/--schema is required/);
  });

  it('worker threads keep file order across many chunks', () => {
    const lines: string[] = [];
    for (let i = 1; i <= 60_000; i++)
      lines.push(
        JSON.stringify({
          id: i % 7919 === 0 ? 0 : i,
          label: 'cat',
          score: 0.5,
          note: 'x'.repeat(40),
        }),
      );
    const dir = ws({ 'big.jsonl': lines.join('\n') + '\n' });
    const run = cli(
      [
        '--schema',
        'row.schema.json',
        'big.jsonl',
        '--threads',
        '2',
        '--samples',
        '10',
        '--json',
        '--no-result',
      ],
      dir,
    );
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.details.rows).toBe(60_000);
    expect(result.details.groups[0].samples.map((s: { line: number }) => s.line)).toEqual([
      7919, 15838, 23757, 31676, 39595, 47514, 55433,
    ]);
    expect(readdirSync(dir)).not.toContain('modelgate-results');
  });

  it('threads on CSV too, with the same answer as one thread', () => {
    const lines = ['id,label,score,note'];
    for (let i = 1; i <= 40_000; i++)
      lines.push(`${i},${i % 5003 === 0 ? 'cow' : 'cat'},0.5,"multi\nline ${i}"`);
    const dir = ws({ 'big.csv': lines.join('\n') + '\n' });
    const one = JSON.parse(
      cli(
        ['--schema', 'row.schema.json', 'big.csv', '--threads', '0', '--json', '--no-result'],
        dir,
      ).stdout,
    );
    const two = JSON.parse(
      cli(
        ['--schema', 'row.schema.json', 'big.csv', '--threads', '2', '--json', '--no-result'],
        dir,
      ).stdout,
    );
    expect(two.details.groups).toEqual(one.details.groups);
    expect(one.details.groups[0].samples[0].line).toBe(2 * 5003);
  });

  it('runs an entry of the config file, whose validate: part is schema-checked', () => {
    const dir = ws({
      'mg.yml':
        'version: 1\nvalidate:\n  - id: training-data\n    title: Training data\n    schema: row.schema.json\n    data: ["*.jsonl"]\n    max_invalid_rows: "90%"\n    warn_invalid_rows: 0\n',
      'typo.yml':
        'version: 1\nvalidate:\n  - id: x\n    schema: row.schema.json\n    data: a.jsonl\n    max_invalid: 3\n',
    });
    const r = cli(['--config', 'mg.yml'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^WARN Training data: 5 of 8 rows \(62\.5%\) violate the schema: more than warn-invalid-rows 0/,
    );
    expect(
      readResultFile(join(dir, 'modelgate-results', 'training-data.json')).details,
    ).toMatchObject({
      threshold: { maxInvalidRows: '90%', warnInvalidRows: '0' },
    });
    const typo = cli(['--config', 'typo.yml'], dir);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/typo\.yml:6:5: .*unknown key 'max_invalid'/);
  });

  it('bounds a pathological pattern inside worker threads too', () => {
    const evil = JSON.stringify({
      id: 1,
      label: 'cat',
      score: 0.5,
      country: 'A'.repeat(30_000) + '!',
    });
    const dir = ws({
      'p.jsonl': `${evil}\n`.repeat(20),
      's.json': JSON.stringify({
        type: 'object',
        properties: { country: { type: 'string', pattern: '^([A-Z]+)+$' } },
      }),
    });
    const t = performance.now();
    const r = cli(
      ['--schema', 's.json', 'p.jsonl', '--threads', '2', '--json', '--no-result'],
      dir,
    );
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(JSON.parse(r.stdout).details.groups[0]).toMatchObject({
      keyword: 'pattern',
      count: 20,
    });
  });

  it('prints help', () => {
    const r = spawnSync(NODE, [join(REPO_ROOT, 'dist', 'cli.js'), 'validate', '--help'], {
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/Usage: modelgate validate --schema FILE/);
    expect(readFileSync(join(REPO_ROOT, 'validate', 'action.yml'), 'utf8')).toMatch(
      /main: \.\.\/dist\/validate\.js/,
    );
  });
});
