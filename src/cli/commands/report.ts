// `modelgate report`: the same report the action posts, printed for a terminal or written as Markdown.
import { RESULTS_GLOB } from '../../core/conventions/paths.js';
import { resolve } from 'node:path';
import { localSettings, planPublish } from '../../core/publish/plan.js';
import { loadResults } from '../../core/report/load.js';
import { renderText } from '../../core/report/text.js';
import { VERSION } from '../../version.js';
import { parseCliArgs, parseFailOn } from '../args.js';
import type { Command } from '../command.js';
import { writeWorkspaceFile } from '../../core/files/workspace.js';

export const reportCommand: Command = {
  name: 'report',
  summary: 'Summarise result files in the terminal or as Markdown',
  usage: `Usage: modelgate report [RESULT_FILES_OR_GLOBS...] [options]

Reads modelgate result files (default: ${RESULTS_GLOB}) and prints the verdict and the
regressions. A file that cannot be read is shown as an error.

Options:
  --markdown FILE   also write the Markdown report (as the PR comment shows it) to FILE
  --limit N         shrink the Markdown to at most N characters (default: no limit)
  --fail-on LEVEL   fail (default) or warn: which statuses count as failing in the verdict
  --config FILE     a config the pull request cannot edit: each result must be one of its checks
                    and is held to the stricter of its recorded rules and the config's

Exit codes: 0 report printed, 2 bad usage or an unreadable result file.

Examples:
  modelgate report
  modelgate report 'out/*.json' --markdown report.md`,
  async run(argv) {
    const { values, positionals } = parseCliArgs(
      {
        args: argv,
        allowPositionals: true,
        options: {
          markdown: { type: 'string' },
          limit: { type: 'string' },
          'fail-on': { type: 'string' },
          config: { type: 'string' },
        },
      },
      {
        '--results-dir': "result files are positional: modelgate report 'DIR/*.json'",
      },
    );
    const failOn = parseFailOn(values['fail-on']);
    let limit: number | undefined;
    if (values.limit !== undefined) {
      limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1000)
        throw new Error(`--limit must be a whole number ≥ 1000, got '${values.limit}'`);
    }
    const entries = await loadResults(positionals.length ? positionals : [RESULTS_GLOB], {
      trustedConfig: values.config,
    });
    const plan = planPublish({
      entries,
      settings: localSettings('report', { failOn, commentLimit: limit }),
      target: { notes: [] },
      version: VERSION,
      fullReportHint: 'Run `modelgate report` without `--limit` for the full report.',
    });
    process.stdout.write(renderText(entries, plan.decision));
    if (values.markdown && plan.comment.action === 'post') {
      writeWorkspaceFile(process.cwd(), resolve(values.markdown), plan.comment.body, '--markdown');
      process.stderr.write(`Wrote ${values.markdown} (${plan.comment.body.length} characters).\n`);
    }
    return entries.some((e) => !e.ok) ? 2 : 0;
  },
};
