// `modelgate run`: the whole config on a laptop, as the all-in-one action runs it in CI: every
// check, the result files, the report (terminal text; Markdown on request) and the gate's exit code.
import { join, relative, resolve } from 'node:path';
import { VERSION } from '../../version.js';
import { parseCliArgs, parseFailOn, wholeNumber } from '../args.js';
import type { Command } from '../command.js';
import type { BaselineProvider } from '../../core/providers/provider.js';
import type { BaseConfigText } from '../../core/config/base-config.js';
import type { RulesOutcome } from '../../core/config/rules-from.js';
import type { LoadedConfig } from '../../core/config/load.js';
import type { RulesFrom } from '../../core/config/types.js';
import { plain } from '../../core/report/escape.js';
import { DEFAULT_CONFIG_PATH, RESULTS_DIR } from '../../core/conventions/paths.js';
import { writeWorkspaceFile } from '../../core/files/workspace.js';
import { colourReport, progressReporter, useColour } from './run-terminal.js';

// The engine is imported when the command runs: `modelgate --help` and the other commands
// should not pay for loading the config schema, the statistics and the renderer.
async function engine() {
  const [config, run, text, git, base] = await Promise.all([
    import('../../core/config/load.js'),
    import('../../core/run/index.js'),
    import('../../core/report/text.js'),
    import('../../core/providers/git.js'),
    import('../../core/config/base-config.js'),
  ]);
  return {
    ConfigError: config.ConfigError,
    loadConfig: config.loadConfig,
    runPipeline: run.runPipeline,
    renderText: text.renderText,
    gitProvider: git.gitProvider,
    readBaseConfig: base.readBaseConfig,
    rulesFor: base.rulesFor,
  };
}

const usage = `Usage: modelgate run [--config FILE] [options]

Runs everything a modelgate config names, as the all-in-one GitHub Action does: each validate
and compare check (writing its result file), then the report and the gate. The config is checked
first; a mistake is reported with its file, line and key and nothing runs.

Options:
  --config FILE        the config (YAML or JSON; default ${DEFAULT_CONFIG_PATH} under --root)
  --root DIR           workspace root the config's paths are relative to (default .)
  --results-dir DIR    where result files go, under the root (default ${RESULTS_DIR})
  --markdown FILE      also write the Markdown report (as the PR comment shows it) to FILE
  --fail-on LEVEL      fail or warn: overrides the config's gate.fail_on
  --threads N          worker threads for large data files (default: chosen from the data size)
  --baseline-ref REF   commit or branch that base_branch baselines (and the base's copy of the
                       config) are read at with git (default origin/HEAD; artifact baselines
                       need the GitHub action)
  --rules-from MODE    stricter, base or head: whose rules apply where the config differs from
                       its copy at --baseline-ref (default: that copy's gate.rules_from, else
                       stricter; never the working copy's)

Colours are used when stdout is a terminal and NO_COLOR is unset. Progress (rows, MB/s, ETA)
goes to stderr: a live line on a terminal, a line every few seconds otherwise.

Exit codes: 0 the gate passes, 1 the gate fails, 2 bad config or usage.

Examples:
  modelgate run
  modelgate run --config examples/modelgate.yml --markdown report.md
  modelgate run --root services/churn --results-dir out/results --fail-on warn
`;

function parseRulesFrom(value: string | undefined): RulesFrom | undefined {
  if (value === undefined || value === 'stricter' || value === 'base' || value === 'head')
    return value;
  throw new Error(`--rules-from must be stricter, base or head, got '${value}'`);
}

/** The config at the base commit; a clone without that commit compares with nothing (and says so). */
async function baseText(
  read: (p: BaselineProvider, path: string) => Promise<BaseConfigText>,
  provider: BaselineProvider,
  path: string,
): Promise<BaseConfigText> {
  try {
    return await read(provider, path);
  } catch (err) {
    return { missing: (err as Error).message };
  }
}

/**
 * The working copy's config merged with its copy at the base commit per rules_from; undefined
 * (after saying why) when the base's copy is not a valid config.
 */
async function withBaseRules(
  e: Awaited<ReturnType<typeof engine>>,
  loaded: LoadedConfig,
  provider: BaselineProvider,
  path: string,
  rulesFrom: RulesFrom | undefined,
): Promise<{ loaded: LoadedConfig; rules: RulesOutcome } | undefined> {
  try {
    const ruled = e.rulesFor(loaded, await baseText(e.readBaseConfig, provider, path), rulesFrom);
    printRules(ruled.rules);
    return ruled;
  } catch (err) {
    if (!(err instanceof e.ConfigError)) throw err;
    process.stderr.write(
      `${err.message}\nmodelgate run: the base's copy of the config is not valid\n`,
    );
    return undefined;
  }
}

function printRules(rules: RulesOutcome): void {
  if (rules.note) process.stderr.write(`rules: ${rules.note}\n`);
  for (const c of rules.changes) {
    process.stderr.write(
      `rules: ${plain(`${c.check} ${c.key}: base ${c.base ?? '(not set)'}, working copy ${c.head ?? '(not set)'}; ${c.applied === 'base' ? 'the base' : 'the working copy'} applies`)}\n`,
    );
  }
}

const HINTS = {
  '--data':
    "run checks the data its config's validate: entries name; for files of your choice: modelgate validate --schema S FILE…",
  '--schema':
    'run reads schemas from its config; for one schema: modelgate validate --schema S FILE…',
  '--dir': 'the workspace root is --root DIR',
  '--id': 'run runs every check in the config; for one: modelgate validate --config F --id ID',
};

const RUN_OPTIONS = {
  config: { type: 'string' },
  root: { type: 'string' },
  'results-dir': { type: 'string' },
  markdown: { type: 'string' },
  'fail-on': { type: 'string' },
  threads: { type: 'string' },
  'baseline-ref': { type: 'string' },
  'rules-from': { type: 'string' },
} as const;

export const runCommand: Command = {
  name: 'run',
  summary: 'Run every check in the config, report and gate (as the all-in-one action)',
  usage,
  async run(argv) {
    const { values, positionals } = parseCliArgs(
      {
        args: argv,
        allowPositionals: true,
        options: RUN_OPTIONS,
      },
      HINTS,
    );
    if (positionals.length > 0) {
      throw new Error(`unexpected argument '${positionals[0]}' (the config goes after --config)`);
    }
    const failOn = values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on']);
    const threads = wholeNumber('threads', values.threads);
    const rulesFrom = parseRulesFrom(values['rules-from']);
    const e = await engine();
    const { ConfigError, loadConfig, runPipeline, renderText, gitProvider } = e;
    const root = resolve(values.root ?? '.');
    const configPath = values.config ?? join(values.root ?? '.', DEFAULT_CONFIG_PATH);

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

    const provider = gitProvider(root, values['baseline-ref'] ?? 'origin/HEAD');
    const ruled = await withBaseRules(
      e,
      loaded,
      provider,
      relative(root, resolve(configPath)),
      rulesFrom,
    );
    if (ruled === undefined) return 2;
    ({ loaded } = ruled);
    const { rules } = ruled;

    const stderr = process.stderr;
    let outcome;
    try {
      outcome = await runPipeline(loaded, {
        resultsDir: values['results-dir'] ?? RESULTS_DIR,
        provider,
        rules,
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
      writeWorkspaceFile(root, resolve(values.markdown), outcome.markdown, '--markdown');
      process.stderr.write(`Wrote ${values.markdown} (${outcome.markdown.length} characters).\n`);
    }
    return outcome.decision.failed ? 1 : 0;
  },
};
