// The npm package is what `npm install -g modelgate` / `npx modelgate` users get: pack it as the
// registry would, install the tarball into a scratch prefix with the network off, and run the CLI
// from there on a copy of the example project, away from this repository's node_modules.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/runner.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const scratch = mkdtempSync(join(tmpdir(), 'modelgate-pack-'));
const prefix = join(scratch, 'prefix');
const project = join(scratch, 'project');
const bin = join(prefix, 'bin', 'modelgate');
let packed: string[] = [];

function npm(args: string[], cwd: string): string {
  // A private, empty cache: an install that needed the registry would fail, not quietly download.
  return execFileSync(
    NPM,
    [...args, '--cache', join(scratch, 'cache'), '--no-audit', '--no-fund'],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    },
  );
}

function modelgate(...args: string[]) {
  return spawnSync(bin, args, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
}

beforeAll(() => {
  const [info] = JSON.parse(
    npm(['pack', '--json', '--pack-destination', scratch], REPO_ROOT),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info!.files.map((f) => f.path);
  npm(
    ['install', '--global', '--offline', '--prefix', prefix, join(scratch, info!.filename)],
    scratch,
  );
  cpSync(join(REPO_ROOT, 'examples'), join(project, 'examples'), { recursive: true });
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the npm package', () => {
  it('ships the CLI, schemas, licence and notices, and no sources or tests', () => {
    for (const f of ['dist/cli.js', 'dist/licenses.txt', 'LICENSE', 'README.md', 'package.json'])
      expect(packed).toContain(f);
    expect(packed).toContain('schemas/config.schema.json');
    expect(packed.filter((f) => /^(src|test|scripts|bench|examples)\//.test(f))).toEqual([]);
  });

  it('installs offline with no dependencies to fetch', () => {
    expect(existsSync(bin)).toBe(true);
    const installed = join(prefix, 'lib', 'node_modules', 'modelgate');
    expect(readdirSync(installed)).not.toContain('node_modules');
  });

  it('runs --help, validate and run from the installed bin', () => {
    const help = modelgate('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: modelgate <command>/);

    const schema = 'examples/schemas/customer.schema.json';
    const clean = modelgate('validate', '--schema', schema, 'examples/data/train.jsonl');
    expect(clean.stderr).toBe(
      `validating 1 file (${clean.stderr.match(/\(([\d.]+ MB)\)/)?.[1]}) against ${schema}\n`,
    );
    expect(clean.status).toBe(0);
    // The holdout file has two invalid rows and validate's default allows none.
    const dirty = modelgate('validate', '--schema', schema, 'examples/data/holdout.csv');
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toMatch(/2 invalid/);

    // The example regresses on one slice: the gate fails (1), with a report, not a crash (2).
    const run = modelgate('run', '--config', 'examples/modelgate.yml');
    expect(run.stderr).not.toMatch(/Error:|Cannot find/);
    expect(run.stdout).toMatch(/churn-model/);
    expect(run.status).toBe(1);
    expect(existsSync(join(project, 'modelgate-results', 'compare-churn-model.json'))).toBe(true);
  });
});
