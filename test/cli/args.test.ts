// Parse errors are modelgate's own: they say what to type instead, and exit 2.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';
import { gateCommand } from '../../src/cli/commands/gate.js';
import { runCommand } from '../../src/cli/commands/run.js';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { NODE, REPO_ROOT } from '../helpers/runner.js';

const options = {
  schema: { type: 'string' },
  'max-invalid-rows': { type: 'string' },
  json: { type: 'boolean' },
} as const;

function message(args: string[], hints = {}): string {
  try {
    parseCliArgs({ args, options, allowPositionals: true }, hints);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('parsed without an error');
}

describe('parseCliArgs', () => {
  it('parses what node parses', () => {
    const { values, positionals } = parseCliArgs({
      args: ['--schema', 's.json', 'a.csv', '--json', 'b.csv'],
      options,
      allowPositionals: true,
    });
    expect(values).toEqual({ schema: 's.json', json: true });
    expect(positionals).toEqual(['a.csv', 'b.csv']);
  });

  it("an unknown option gets the command's hint, else the closest option", () => {
    expect(message(['--data', 'x'], { '--data': 'data files are positional' })).toBe(
      'unknown option --data: data files are positional',
    );
    expect(message(['--max-invalid-row', '3'])).toBe(
      'unknown option --max-invalid-row: did you mean --max-invalid-rows?',
    );
    expect(message(['--frobnicate'])).toBe('unknown option --frobnicate');
    expect(message(['-x'])).toBe('unknown option -x');
  });

  it('a missing value and a value given to a switch', () => {
    expect(message(['--schema'])).toBe('--schema needs a value');
    expect(message(['--json=yes'])).toBe('--json takes no value (it is a switch)');
  });
});

describe('commands', () => {
  it('validate --data points at positional data files', async () => {
    await expect(
      validateCommand.run(['--schema', 's.json', '--data', 'examples/data/*']),
    ).rejects.toThrow(
      'unknown option --data: data files are positional: modelgate validate --schema S FILE…',
    );
  });

  it('run and gate say where their inputs go', async () => {
    await expect(runCommand.run(['--data', 'x'])).rejects.toThrow(/modelgate validate --schema S/);
    await expect(gateCommand.run(['--results-dir', 'x'])).rejects.toThrow(
      /result files are positional: modelgate gate 'DIR\/\*\.json'/,
    );
  });

  it('the built CLI prints the message and a pointer to --help, and exits 2', () => {
    const res = spawnSync(
      NODE,
      [join(REPO_ROOT, 'dist/cli.js'), 'validate', '--schema', 's.json', '--data', 'x'],
      { encoding: 'utf8' },
    );
    expect(res.stderr).toBe(
      'modelgate validate: unknown option --data: data files are positional: modelgate validate --schema S FILE…\n' +
        'Run `modelgate validate --help` for its options and examples.\n',
    );
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
  });
});
