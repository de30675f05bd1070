import { resolve, join, relative } from 'node:path';
import { V as VERSION } from './chunk-version.js';
import { p as parseCliArgs, a as parseFailOn, w as wholeNumber } from './chunk-args.js';
import { p as plain } from './chunk-escape.js';
import { D as DEFAULT_CONFIG_PATH, a as RESULTS_DIR } from './chunk-paths.js';
import { a as writeWorkspaceFile } from './chunk-workspace.js';
import { R as RateMeter, a as formatRate } from './chunk-progress.js';
import 'node:util';
import './chunk-suggest.js';
import './chunk-format.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-limits.js';

const CODES = {
  PASS: "\x1B[32m",
  WARN: "\x1B[33m",
  FAIL: "\x1B[31m",
  ERROR: "\x1B[1;31m",
  SKIP: "\x1B[2m"
};
const RESET = "\x1B[0m";
function useColour(stream, env) {
  return stream.isTTY === true && !env.NO_COLOR;
}
function colourReport(text) {
  const paint = (tag) => `${CODES[tag]}${tag}${RESET}`;
  return text.split("\n").map(
    (line) => line.replace(
      /^(modelgate: )(PASS|WARN|FAIL|ERROR)\b/,
      (_, p, t) => p + paint(t)
    ).replace(/^\[(PASS|WARN|FAIL|ERROR)\]/, (_, t) => `[${paint(t)}]`).replace(
      /^ {2}(PASS|WARN|FAIL|ERROR|SKIP)(?= )/,
      (_, t) => `  ${paint(t)}`
    )
  ).join("\n");
}
function progressReporter(options) {
  const now = options.now ?? Date.now;
  const every = options.everyMs ?? (options.tty ? 100 : 5e3);
  let meter;
  let last = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) options.write("\r\x1B[2K");
    drawn = false;
  };
  return (event) => {
    switch (event.type) {
      case "check":
        clear();
        options.write(`[${event.index + 1}/${event.total}] ${event.kind} ${event.id}
`);
        break;
      case "validate-start":
        meter = new RateMeter(now());
        last = now();
        options.write(
          `  reading ${event.files} file${event.files === 1 ? "" : "s"} (${(event.bytes / 1e6).toFixed(1)} MB)${event.threads ? ` on ${event.threads} worker threads` : ""}
`
        );
        break;
      case "validate-progress": {
        const t = now();
        const p = event.progress;
        const rate = meter?.update(t, p.rows, p.bytes, p.totalBytes);
        if (!rate || t - last < every || p.bytes >= p.totalBytes) break;
        last = t;
        const line = `  ${formatRate(event.id, rate)}`;
        if (options.tty) {
          const width = Math.max(20, (options.columns || 80) - 1);
          options.write(`\r\x1B[2K${line.length > width ? line.slice(0, width) : line}`);
          drawn = true;
        } else {
          options.write(`${line}
`);
        }
        break;
      }
      case "result":
        clear();
        options.write(`  ${event.result.status}: ${event.path}
`);
        break;
    }
  };
}

async function engine() {
  const [config, run, text, git, base] = await Promise.all([
    import('./chunk-load.js'),
    import('./chunk-run2.js'),
    import('./chunk-text.js'),
    import('./chunk-git.js'),
    import('./chunk-base-config.js')
  ]);
  return {
    ConfigError: config.ConfigError,
    loadConfig: config.loadConfig,
    runPipeline: run.runPipeline,
    renderText: text.renderText,
    gitProvider: git.gitProvider,
    readBaseConfig: base.readBaseConfig,
    rulesFor: base.rulesFor
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
function parseRulesFrom(value) {
  if (value === void 0 || value === "stricter" || value === "base" || value === "head")
    return value;
  throw new Error(`--rules-from must be stricter, base or head, got '${value}'`);
}
async function baseText(read, provider, path) {
  try {
    return await read(provider, path);
  } catch (err) {
    return { missing: err.message };
  }
}
async function withBaseRules(e, loaded, provider, path, rulesFrom) {
  try {
    const ruled = e.rulesFor(loaded, await baseText(e.readBaseConfig, provider, path), rulesFrom);
    printRules(ruled.rules);
    return ruled;
  } catch (err) {
    if (!(err instanceof e.ConfigError)) throw err;
    process.stderr.write(
      `${err.message}
modelgate run: the base's copy of the config is not valid
`
    );
    return void 0;
  }
}
function printRules(rules) {
  if (rules.note) process.stderr.write(`rules: ${rules.note}
`);
  for (const c of rules.changes) {
    process.stderr.write(
      `rules: ${plain(`${c.check} ${c.key}: base ${c.base ?? "(not set)"}, working copy ${c.head ?? "(not set)"}; ${c.applied === "base" ? "the base" : "the working copy"} applies`)}
`
    );
  }
}
const HINTS = {
  "--data": "run checks the data its config's validate: entries name; for files of your choice: modelgate validate --schema S FILE\u2026",
  "--schema": "run reads schemas from its config; for one schema: modelgate validate --schema S FILE\u2026",
  "--dir": "the workspace root is --root DIR",
  "--id": "run runs every check in the config; for one: modelgate validate --config F --id ID"
};
const RUN_OPTIONS = {
  config: { type: "string" },
  root: { type: "string" },
  "results-dir": { type: "string" },
  markdown: { type: "string" },
  "fail-on": { type: "string" },
  threads: { type: "string" },
  "baseline-ref": { type: "string" },
  "rules-from": { type: "string" }
};
const runCommand = {
  name: "run",
  summary: "Run every check in the config, report and gate (as the all-in-one action)",
  usage,
  async run(argv) {
    const { values, positionals } = parseCliArgs(
      {
        args: argv,
        allowPositionals: true,
        options: RUN_OPTIONS
      },
      HINTS
    );
    if (positionals.length > 0) {
      throw new Error(`unexpected argument '${positionals[0]}' (the config goes after --config)`);
    }
    const failOn = values["fail-on"] === void 0 ? void 0 : parseFailOn(values["fail-on"]);
    const threads = wholeNumber("threads", values.threads);
    const rulesFrom = parseRulesFrom(values["rules-from"]);
    const e = await engine();
    const { ConfigError, loadConfig, runPipeline, renderText, gitProvider } = e;
    const root = resolve(values.root ?? ".");
    const configPath = values.config ?? join(values.root ?? ".", DEFAULT_CONFIG_PATH);
    let loaded;
    try {
      loaded = loadConfig(configPath, { root, checkFiles: true, requireChecks: true });
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      process.stderr.write(`${err.message}
`);
      const n = err.problems.length;
      process.stderr.write(
        `modelgate run: ${n} problem${n === 1 ? "" : "s"} in ${configPath}; nothing was run
`
      );
      return 2;
    }
    const provider = gitProvider(root, values["baseline-ref"] ?? "origin/HEAD");
    const ruled = await withBaseRules(
      e,
      loaded,
      provider,
      relative(root, resolve(configPath)),
      rulesFrom
    );
    if (ruled === void 0) return 2;
    ({ loaded } = ruled);
    const { rules } = ruled;
    const stderr = process.stderr;
    let outcome;
    try {
      outcome = await runPipeline(loaded, {
        resultsDir: values["results-dir"] ?? RESULTS_DIR,
        provider,
        rules,
        ...threads !== void 0 ? { threads } : {},
        ...failOn ? { settings: { failOn } } : {},
        footer: { version: VERSION },
        onEvent: progressReporter({
          write: (text2) => stderr.write(text2),
          tty: stderr.isTTY === true,
          columns: stderr.columns
        })
      });
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      process.stderr.write(`${err.message}
`);
      return 2;
    }
    const text = renderText(outcome.entries, outcome.decision);
    process.stdout.write(useColour(process.stdout, process.env) ? colourReport(text) : text);
    if (values.markdown) {
      writeWorkspaceFile(root, resolve(values.markdown), outcome.markdown, "--markdown");
      process.stderr.write(`Wrote ${values.markdown} (${outcome.markdown.length} characters).
`);
    }
    return outcome.decision.failed ? 1 : 0;
  }
};

export { runCommand };
