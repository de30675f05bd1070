import type { Command } from '../command.js';

/**
 * A command by name, its module imported only when it runs: `validate --shard` or `merge` does
 * not load the compare engine, the statistics or the GitHub code at every start.
 */
export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}

// Ordered as `modelgate --help` lists them.
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'run', load: async () => (await import('./run.js')).runCommand },
  { name: 'init', load: async () => (await import('./init.js')).initCommand },
  { name: 'validate', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'merge', load: async () => (await import('./merge.js')).mergeCommand },
  { name: 'compare', load: async () => (await import('./compare.js')).compareCommand },
  { name: 'report', load: async () => (await import('./report.js')).reportCommand },
  { name: 'gate', load: async () => (await import('./gate.js')).gateCommand },
];
