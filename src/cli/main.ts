// The `modelgate` command: the same engine as the actions, with terminal output.
// Each subcommand lives in src/cli/commands/ and registers itself in COMMANDS below.
import { neutraliseStream } from '../core/workflow-commands.js';
import { VERSION } from '../version.js';
import { UsageError } from './args.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { limitsFromEnv, setReadLimits } from '../core/files/limits.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `modelgate ${VERSION}: ML quality gates for pull requests`,
    '',
    'Usage: modelgate <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `modelgate <command> --help` for a command's options and examples.",
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`modelgate: unknown command '${name}'\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage.trimEnd() + '\n');
    return 0;
  }
  try {
    // The caps on files read whole (MODELGATE_MAX_*_BYTES); a malformed value is bad usage.
    setReadLimits(limitsFromEnv(process.env));
    return await command.run(rest);
  } catch (err) {
    process.stderr.write(`modelgate ${name}: ${(err as Error).message}\n`);
    if (err instanceof UsageError) {
      process.stderr.write(`Run \`modelgate ${name} --help\` for its options and examples.\n`);
    }
    return 2;
  }
}

// Run in a workflow step, whatever the command prints is read by the runner: text from the pull
// request (file and metric names, values) must not start a workflow command there.
neutraliseStream(process.stdout);
neutraliseStream(process.stderr);
process.exitCode = await main(process.argv.slice(2));
