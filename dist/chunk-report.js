import { R as RESULTS_GLOB } from './chunk-paths.js';
import { resolve } from 'node:path';
import { p as planPublish, l as localSettings } from './chunk-plan.js';
import { l as loadResults } from './chunk-load2.js';
import { renderText } from './chunk-text.js';
import { V as VERSION } from './chunk-version.js';
import { p as parseCliArgs, a as parseFailOn } from './chunk-args.js';
import { a as writeWorkspaceFile } from './chunk-workspace.js';
import './chunk-escape.js';
import './chunk-format.js';
import './chunk-result.js';
import 'node:fs';
import './chunk-limits.js';
import './chunk-ucs2length.js';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length2.js';
import './chunk-formats.js';
import './chunk-formats2.js';
import './chunk-text-rows.js';
import './chunk-rules-from.js';
import './chunk-threshold.js';
import './chunk-simple-statistics.js';
import './chunk-adjust.js';
import './chunk-nesting.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'process';
import 'buffer';
import './chunk-worker-pool.js';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import './chunk-records.js';
import './chunk-executor.js';
import 'node:v8';
import './chunk-cells.js';
import 'node:buffer';
import 'node:crypto';
import 'node:stream';
import 'node:zlib';
import './chunk-column.js';
import './chunk-types.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-zip.js';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import './chunk-render.js';
import './chunk-registry.js';
import './chunk-validate2.js';
import './chunk-load.js';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-suggest.js';
import './chunk-present.js';
import './chunk-run.js';
import './chunk-profile.js';
import 'node:fs/promises';
import './chunk-select.js';
import './chunk-compare.js';
import './chunk-annotations.js';
import 'node:util';

const reportCommand = {
  name: "report",
  summary: "Summarise result files in the terminal or as Markdown",
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
          markdown: { type: "string" },
          limit: { type: "string" },
          "fail-on": { type: "string" },
          config: { type: "string" }
        }
      },
      {
        "--results-dir": "result files are positional: modelgate report 'DIR/*.json'"
      }
    );
    const failOn = parseFailOn(values["fail-on"]);
    let limit;
    if (values.limit !== void 0) {
      limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1e3)
        throw new Error(`--limit must be a whole number \u2265 1000, got '${values.limit}'`);
    }
    const entries = await loadResults(positionals.length ? positionals : [RESULTS_GLOB], {
      trustedConfig: values.config
    });
    const plan = planPublish({
      entries,
      settings: localSettings("report", { failOn, commentLimit: limit }),
      target: { notes: [] },
      version: VERSION,
      fullReportHint: "Run `modelgate report` without `--limit` for the full report."
    });
    process.stdout.write(renderText(entries, plan.decision));
    if (values.markdown && plan.comment.action === "post") {
      writeWorkspaceFile(process.cwd(), resolve(values.markdown), plan.comment.body, "--markdown");
      process.stderr.write(`Wrote ${values.markdown} (${plan.comment.body.length} characters).
`);
    }
    return entries.some((e) => !e.ok) ? 2 : 0;
  }
};

export { reportCommand };
