// The `modelgate` command: the same engine as the actions, with terminal output.
// Each subcommand lives in src/cli/commands/ and registers itself in COMMANDS there.
import { neutraliseStream } from '../core/workflow-commands.js';
import { VERSION } from '../version.js';
import { UsageError } from './args.js';
import { COMMANDS } from './commands/index.js';
import { limitsFromEnv, setReadLimits } from '../core/files/limits.js';

async function help(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `modelgate ${VERSION}: ML quality gates for pull requests`,
    '',
    'Usage: modelgate <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `modelgate <command> --help` for a command's options and examples.",
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write((await help()) + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`modelgate: unknown command '${name}'\n\n${await help()}\n`);
    return 2;
  }
  const command = await entry.load();
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
