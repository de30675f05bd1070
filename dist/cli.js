#!/usr/bin/env node
import { n as neutraliseStream } from './chunk-workflow-commands.js';
import { V as VERSION } from './chunk-version.js';
import { U as UsageError } from './chunk-args.js';
import { s as setReadLimits, l as limitsFromEnv } from './chunk-limits.js';
import 'node:util';
import './chunk-suggest.js';

const COMMANDS = [
  { name: "run", load: async () => (await import('./chunk-run3.js')).runCommand },
  { name: "init", load: async () => (await import('./chunk-init.js')).initCommand },
  { name: "validate", load: async () => (await import('./chunk-validate3.js')).validateCommand },
  { name: "merge", load: async () => (await import('./chunk-merge.js')).mergeCommand },
  { name: "compare", load: async () => (await import('./chunk-compare2.js')).compareCommand },
  { name: "report", load: async () => (await import('./chunk-report.js')).reportCommand },
  { name: "gate", load: async () => (await import('./chunk-gate.js')).gateCommand }
];

async function help() {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `modelgate ${VERSION}: ML quality gates for pull requests`,
    "",
    "Usage: modelgate <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `modelgate <command> --help` for a command's options and examples."
  ].join("\n");
}
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(await help() + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`modelgate: unknown command '${name}'

${await help()}
`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.usage.trimEnd() + "\n");
    return 0;
  }
  try {
    setReadLimits(limitsFromEnv(process.env));
    return await command.run(rest);
  } catch (err) {
    process.stderr.write(`modelgate ${name}: ${err.message}
`);
    if (err instanceof UsageError) {
      process.stderr.write(`Run \`modelgate ${name} --help\` for its options and examples.
`);
    }
    return 2;
  }
}
neutraliseStream(process.stdout);
neutraliseStream(process.stderr);
process.exitCode = await main(process.argv.slice(2));

export { main };
