import type { Command } from '../command.js';

// Ordered as `modelgate --help` lists them.
export const COMMANDS: Command[] = [];
