import type { Command } from '../command.js';
import { compareCommand } from './compare.js';
import { gateCommand } from './gate.js';
import { initCommand } from './init.js';
import { mergeCommand } from './merge.js';
import { reportCommand } from './report.js';
import { runCommand } from './run.js';
import { validateCommand } from './validate.js';

// Ordered as `modelgate --help` lists them.
export const COMMANDS: Command[] = [
  runCommand,
  initCommand,
  validateCommand,
  mergeCommand,
  compareCommand,
  reportCommand,
  gateCommand,
];
