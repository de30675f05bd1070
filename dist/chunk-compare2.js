import { a as compareText } from './chunk-compare.js';
import { a as RESULTS_DIR } from './chunk-paths.js';
import { r as resultPathInside } from './chunk-select.js';
import { resolve } from 'node:path';
import { p as parseCliArgs } from './chunk-args.js';
import { w as writeResultFile } from './chunk-result.js';
import { r as runCompare, a as regressions } from './chunk-text-rows.js';
import { i as isPolicy, c as compareEntryFrom } from './chunk-types2.js';
import { w as workspacePath } from './chunk-workspace.js';
import { gitProvider } from './chunk-git.js';
import 'node:fs';
import './chunk-nesting.js';
import { f as formatProblem } from './chunk-adjust.js';
import { p as plain } from './chunk-escape.js';
import './chunk-format.js';
import 'node:util';
import './chunk-suggest.js';
import './chunk-limits.js';
import './chunk-ucs2length.js';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length2.js';
import './chunk-formats.js';
import './chunk-formats2.js';
import './chunk-version.js';
import './chunk-rules-from.js';
import './chunk-threshold.js';
import './chunk-simple-statistics.js';
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
import 'module';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import './chunk-load.js';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import 'node:fs/promises';
import 'node:child_process';
import 'node:stream/promises';
import 'fs';
import 'path';
import 'url';
import 'process';
import 'buffer';

const usage = `Usage: modelgate compare --config FILE [--id ID] [options]
       modelgate compare --candidate FILE --rules YAML [--baseline FILE] [options]

Compares candidate metrics with a baseline under per-metric rules (see docs/compare.md) and
writes a result file (kind compare) for \`modelgate report\` and \`modelgate gate\`.

Options:
  --config FILE            config file (YAML or JSON) with a compare: list
  --id ID                  which compare entry (optional when there is one); inline: the result id
  --candidate FILE         inline: candidate metric file or MLflow run folder
  --baseline FILE          inline: baseline metric file (with --baseline-source base-branch: the
                           path in the base commit, default the candidate's path)
  --baseline-source SRC    inline: file (default) or base-branch
  --rules YAML             inline: metric rules, e.g. 'accuracy: {direction: higher, max_drop: 0.01}'
  --baseline-ref REF       commit or branch a base-branch baseline is read at with git
                           (default origin/HEAD)
  --missing-baseline P     fail (default), warn or pass when there is no baseline
  --result-path PATH       where to write the result (default ${RESULTS_DIR}/compare-<id>.json)
  --dir DIR                workspace root; every path is relative to it (default .)
  --json                   print the result JSON instead of a table

Exit codes: 0 pass or warn, 1 a rule failed, 2 bad usage or input (status error).

Examples:
  modelgate compare --config .github/modelgate.yml --id classifier
  modelgate compare --candidate metrics.json --baseline-source base-branch --baseline-ref origin/main \\
    --rules 'accuracy: {direction: higher, max_drop: 0.01}'
`;
const compareCommand = {
  name: "compare",
  summary: "Compare candidate metrics with a baseline under per-metric rules",
  usage,
  async run(argv) {
    const { values } = parseCliArgs(
      {
        args: argv,
        options: {
          config: { type: "string" },
          id: { type: "string" },
          candidate: { type: "string" },
          baseline: { type: "string" },
          "baseline-source": { type: "string" },
          rules: { type: "string" },
          "baseline-ref": { type: "string" },
          "missing-baseline": { type: "string" },
          "result-path": { type: "string" },
          dir: { type: "string" },
          json: { type: "boolean" }
        }
      },
      { "--root": "the workspace root is --dir DIR" }
    );
    const missing = values["missing-baseline"];
    if (missing !== void 0 && !isPolicy(missing)) {
      throw new Error(`--missing-baseline must be fail, warn or pass, got '${missing}'`);
    }
    const source = values["baseline-source"];
    if (source !== void 0 && source !== "file" && source !== "base-branch") {
      throw new Error(
        `--baseline-source must be file or base-branch (artifact needs the GitHub action), got '${source}'`
      );
    }
    const workspace = resolve(values.dir ?? ".");
    const entry = compareEntryFrom(
      {
        ...values.config ? { config: workspacePath(workspace, values.config, "config") } : {},
        ...values.id ? { id: values.id } : {},
        ...values.candidate ? { candidate: values.candidate } : {},
        ...values.baseline ? { baseline: values.baseline } : {},
        ...source ? { baselineSource: source } : {},
        ...values.rules ? { rules: values.rules } : {},
        ...missing ? { missingBaseline: missing } : {}
      },
      workspace
    );
    const resultPath = resultPathInside(
      workspace,
      values["result-path"],
      "compare",
      entry.id,
      "--result-path"
    );
    const result = await runCompare(entry, {
      workspace,
      provider: gitProvider(workspace, values["baseline-ref"] ?? "origin/HEAD")
    });
    writeResultFile(resultPath, result, workspace);
    if (values.json) {
      process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    } else {
      process.stdout.write(compareText(result).join("\n") + `

result: ${resultPath}
`);
    }
    for (const p of result.errors ?? [])
      process.stderr.write(`modelgate compare: ${plain(formatProblem(p))}
`);
    if (result.status === "error") return 2;
    return regressions(result) > 0 || result.status === "fail" ? 1 : 0;
  }
};

export { compareCommand };
