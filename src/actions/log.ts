// The actions' plain log line. Everything logged as text may hold pull-request text (file names,
// metric names, summaries), so it is neutralised first: no line of it can start a workflow command.
// Annotations and warnings go through @actions/core's own commands, which escape their messages.
import * as core from '@actions/core';
import { neutraliseCommands } from '../core/workflow-commands.js';

export function info(text: string): void {
  core.info(neutraliseCommands(text));
}
