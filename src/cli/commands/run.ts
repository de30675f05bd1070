// `modelgate run`: the whole config on a laptop, as the all-in-one action runs it in CI: every
// check, the result files, the report (terminal text; Markdown on request) and the gate's exit code.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VERSION } from '../../version.js';
import { parseCliArgs } from '../args.js';
import type { Command } from '../command.js';
import { parseFailOn } from './gate.js';
import { colourReport, progressReporter, useColour } from './run-terminal.js';

// The engine is imported when the command runs: `modelgate --help` and the other commands
// should not pay for loading the config schema, the statistics and the renderer.
async function engine() {
  const [config, run, text, compare] = await Promise.all([
    import('../../core/config/load.js'),
    import('../../core/run/index.js'),
    import('../../core/report/text.js'),
    import('./compare.js'),
  ]);
  return {
    ConfigError: config.ConfigError,
    loadConfig: config.loadConfig,
    runPipeline: run.runPipeline,
    DEFAULT_RESULTS_DIR: run.DEFAULT_RESULTS_DIR,
    renderText: text.renderText,
    gitProvider: compare.gitProvider,
  };
}

const usage = `Usage: modelgate run [--config FILE] [options]

Runs everything a modelgate config names, as the all-in-one GitHub Action does: each validate
and compare check (writing its result file), then the report and the gate. The config is checked
first; a mistake is reported with its file, line and key and nothing runs.

Options:
  --config FILE        the config (YAML or JSON; default .github/modelgate.yml under --root)
  --root DIR           workspace root the config's paths are relative to (default .)
  --results-dir DIR    where result files go, under the root (default modelgate-results)
  --markdown FILE      also write the Markdown report (as the PR comment shows it) to FILE
  --fail-on LEVEL      fail or warn: overrides the config's gate.fail_on
  --threads N          worker threads for large data files (default: chosen from the data size)
  --baseline-ref REF   commit or branch that base_branch baselines are read at with git
                       (default origin/HEAD; artifact baselines need the GitHub action)

Colours are used when stdout is a terminal and NO_COLOR is unset. Progress (rows, MB/s, ETA)
goes to stderr: a live line on a terminal, a line every few seconds otherwise.

Exit codes: 0 the gate passes, 1 the gate fails, 2 bad config or usage.

Examples:
  modelgate run
  modelgate run --config examples/modelgate.yml --markdown report.md
  modelgate run --root services/churn --results-dir out/results --fail-on warn
`;

const HINTS = {
  '--data':
    "run checks the data its config's validate: entries name; for files of your choice: modelgate validate --schema S FILE…",
  '--schema':
    'run reads schemas from its config; for one schema: modelgate validate --schema S FILE…',
  '--dir': 'the workspace root is --root DIR',
  '--id': 'run runs every check in the config; for one: modelgate validate --config F --id ID',
};

export const runCommand: Command = {
  name: 'run',
  summary: 'Run every check in the config, report and gate (as the all-in-one action)',
  usage,
  async run(argv) {
    const { values, positionals } = parseCliArgs(
      {
        args: argv,
        allowPositionals: true,
        options: {
          config: { type: 'string' },
          root: { type: 'string' },
          'results-dir': { type: 'string' },
          markdown: { type: 'string' },
          'fail-on': { type: 'string' },
          threads: { type: 'string' },
          'baseline-ref': { type: 'string' },
        },
      },
      HINTS,
    );
    if (positionals.length > 0) {
      throw new Error(`unexpected argument '${positionals[0]}' (the config goes after --config)`);
    }
    const failOn = values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on']);
    let threads: number | undefined;
    if (values.threads !== undefined) {
      if (!/^\d+$/.test(values.threads)) {
        throw new Error(`--threads must be a whole number, got '${values.threads}'`);
      }
      threads = Number(values.threads);
    }
    const { ConfigError, loadConfig, runPipeline, DEFAULT_RESULTS_DIR, renderText, gitProvider } =
      await engine();
    const root = resolve(values.root ?? '.');
    const configPath = values.config ?? join(values.root ?? '.', '.github', 'modelgate.yml');

    let loaded;
    try {
      loaded = loadConfig(configPath, { root, checkFiles: true, requireChecks: true });
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      process.stderr.write(`${err.message}\n`);
      const n = err.problems.length;
      process.stderr.write(
        `modelgate run: ${n} problem${n === 1 ? '' : 's'} in ${configPath}; nothing was run\n`,
      );
      return 2;
    }

    const stderr = process.stderr;
    let outcome;
    try {
      outcome = await runPipeline(loaded, {
        resultsDir: values['results-dir'] ?? DEFAULT_RESULTS_DIR,
        provider: gitProvider(root, values['baseline-ref'] ?? 'origin/HEAD'),
        ...(threads !== undefined ? { threads } : {}),
        ...(failOn ? { settings: { failOn } } : {}),
        footer: { version: VERSION },
        onEvent: progressReporter({
          write: (text) => stderr.write(text),
          tty: stderr.isTTY === true,
          columns: stderr.columns,
        }),
      });
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      process.stderr.write(`${err.message}\n`);
      return 2;
    }

    const text = renderText(outcome.entries, outcome.decision);
    process.stdout.write(useColour(process.stdout, process.env) ? colourReport(text) : text);
    if (values.markdown) {
      writeFileSync(values.markdown, outcome.markdown);
      process.stderr.write(`Wrote ${values.markdown} (${outcome.markdown.length} characters).\n`);
    }
    return outcome.decision.failed ? 1 : 0;
  },
};
