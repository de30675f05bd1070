// `modelgate gate`: the merge decision for a terminal or a CI system other than GitHub Actions.
import { RESULTS_GLOB } from '../../core/conventions/paths.js';
import { localSettings, planPublish } from '../../core/publish/plan.js';
import { loadResults } from '../../core/report/load.js';
import { plain } from '../../core/report/escape.js';
import { VERSION } from '../../version.js';
import { parseCliArgs, parseFailOn } from '../args.js';
import type { Command } from '../command.js';

export const gateCommand: Command = {
  name: 'gate',
  summary: 'Exit 1 when result files fail (or warn, with --fail-on warn)',
  usage: `Usage: modelgate gate [RESULT_FILES_OR_GLOBS...] [--fail-on fail|warn] [--config FILE]

Reads modelgate result files (default: ${RESULTS_GLOB}) and decides: a result that is
fail or error blocks; with --fail-on warn, warnings block too. An unreadable file or no file at
all counts as error. (The override label exists only in the GitHub action.) With --config, each
result must be a check of that config (one the pull request cannot edit) and is held to the
stricter of its recorded rules and the config's.

Exit codes: 0 pass, 1 the gate failed, 2 bad usage.

Examples:
  modelgate gate
  modelgate gate 'out/*.json' --fail-on warn`,
  async run(argv) {
    const { values, positionals } = parseCliArgs(
      {
        args: argv,
        allowPositionals: true,
        options: { 'fail-on': { type: 'string' }, config: { type: 'string' } },
      },
      {
        '--results-dir': "result files are positional: modelgate gate 'DIR/*.json'",
      },
    );
    const failOn = parseFailOn(values['fail-on']);
    const entries = await loadResults(positionals.length ? positionals : [RESULTS_GLOB], {
      trustedConfig: values.config,
    });
    for (const e of entries) if (!e.ok) process.stderr.write(`modelgate gate: ${plain(e.error)}\n`);
    const { decision: d } = planPublish({
      entries,
      settings: localSettings('gate', { failOn }),
      target: { notes: [] },
      version: VERSION,
    });
    process.stdout.write(`${d.failed ? 'FAILED' : 'PASSED'} (${d.verdict}): ${d.reason}\n`);
    return d.failed ? 1 : 0;
  },
};
