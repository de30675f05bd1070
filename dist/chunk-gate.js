import { R as RESULTS_GLOB } from './chunk-paths.js';
import { p as planPublish, l as localSettings } from './chunk-plan.js';
import { l as loadResults } from './chunk-load2.js';
import { p as plain } from './chunk-escape.js';
import { V as VERSION } from './chunk-version.js';
import { p as parseCliArgs, a as parseFailOn } from './chunk-args.js';
import './chunk-result.js';
import 'node:fs';
import 'node:path';
import './chunk-workspace.js';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-limits.js';
import './chunk-ucs2length.js';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length2.js';
import './chunk-formats.js';
import './chunk-formats2.js';
import './chunk-text-rows.js';
import './chunk-rules-from.js';
import './chunk-threshold.js';
import './chunk-format.js';
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
import './chunk-select.js';
import './chunk-compare.js';
import './chunk-annotations.js';
import 'node:util';

const gateCommand = {
  name: "gate",
  summary: "Exit 1 when result files fail (or warn, with --fail-on warn)",
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
        options: { "fail-on": { type: "string" }, config: { type: "string" } }
      },
      {
        "--results-dir": "result files are positional: modelgate gate 'DIR/*.json'"
      }
    );
    const failOn = parseFailOn(values["fail-on"]);
    const entries = await loadResults(positionals.length ? positionals : [RESULTS_GLOB], {
      trustedConfig: values.config
    });
    for (const e of entries) if (!e.ok) process.stderr.write(`modelgate gate: ${plain(e.error)}
`);
    const { decision: d } = planPublish({
      entries,
      settings: localSettings("gate", { failOn }),
      target: { notes: [] },
      version: VERSION
    });
    process.stdout.write(`${d.failed ? "FAILED" : "PASSED"} (${d.verdict}): ${d.reason}
`);
    return d.failed ? 1 : 0;
  }
};

export { gateCommand };
