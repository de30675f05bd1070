import { a as RESULTS_DIR } from './chunk-paths.js';
import { r as resultPathInside } from './chunk-select.js';
import { resolve } from 'node:path';
import { w as wholeNumber, p as parseCliArgs } from './chunk-args.js';
import { r as runPool, e as extensionsOf, f as formatsWith, o as orList, F as FORMAT_NAMES } from './chunk-worker-pool.js';
import 'node:util';
import './chunk-suggest.js';
import 'node:fs';
import 'node:os';
import 'node:url';
import 'node:worker_threads';

const FORMATS = ["auto", ...FORMAT_NAMES];
const usage = `Usage: modelgate validate --schema FILE [options] DATA...
       modelgate validate --config FILE [--id ID] [options]

Validates data files (JSON Lines, JSON, CSV, TSV, Parquet, Arrow IPC) against a JSON Schema (2020-12 or draft-07),
streaming, and writes a result file (kind validate) for \`modelgate report\` and \`modelgate gate\`.
DATA are files or globs; the format comes from the extension (${extensionsOf(formatsWith("text"))}),
each optionally compressed (.jsonl.gz, .csv.zst, ...: decompressed while streaming), or
Parquet (.parquet: read row group by row group) or Arrow IPC (.arrow, .feather: read whole into
memory, then batch by batch); Parquet and Arrow samples are located by row, not line.

Options:
  --schema FILE              the JSON Schema every record must satisfy
  --format F                 ${orList(FORMATS).replace("auto", "auto (default)")} for every file
  --delimiter C              CSV/TSV field delimiter, one character (e.g. ';', '|', tab as '\\t')
  --decimal M                decimal mark of CSV/TSV numbers: '.' (default) or ','
  --null-values LIST         comma-separated cells read as null where the schema allows null
                             (default: only the empty cell; e.g. ',NA,N/A')
  --max-invalid-rows N       fail above N invalid rows, or above a share like 0.5% (default 0)
  --warn-invalid-rows N      warn above N invalid rows (or a share)
  --id ID                    result id (default data); with --config: which validate entry
  --title TEXT               heading in reports (default the id)
  --config FILE              take the check from a config file's validate: list
  --baseline-ref REF         commit or branch a base_branch drift reference or ratchet base is
                             read at with git (default origin/HEAD); an artifact needs the action
  --result-path PATH         where to write the result (default ${RESULTS_DIR}/<id>.json)
  --no-result                do not write a result file
  --dir DIR                  workspace root; paths are relative to it (default .)
  --samples K                example records kept per group of violations (default 5)
  --threads N                worker threads (default: the cores, for inputs over 8 MB; 0: none)
  --shard I/N                read only shard I of N of the input and write a partial result
                             (default modelgate-partials/<id>.<I>-of-<N>.json); merge all N
                             with \`modelgate merge\` (or give them to report/gate)
  --json                     print the result JSON instead of the report

Exit codes: 0 pass or warn, 1 too many invalid rows, 2 bad usage or input (status error).

Examples:
  modelgate validate --schema schemas/row.json data/train/*.jsonl
  modelgate validate --schema row.schema.json --max-invalid-rows 0.1% data.csv
  modelgate validate --config .github/modelgate.yml --id training-data
  modelgate validate --config .github/modelgate.yml --id training-data --shard 3/8
`;
const HINTS = {
  "--data": "data files are positional: modelgate validate --schema S FILE\u2026",
  "--results-dir": "the result file goes to --result-path FILE",
  "--root": "the workspace root is --dir DIR"
};
function dialectFromFlags(values) {
  const { delimiter, decimal } = values;
  const nulls = values["null-values"];
  if (delimiter === void 0 && decimal === void 0 && nulls === void 0) return void 0;
  const d = delimiter === "\\t" ? "	" : delimiter;
  if (d !== void 0 && (d.length !== 1 || d === '"' || d === "\n" || d === "\r"))
    throw new Error(
      `--delimiter must be one character other than a quote or newline, got '${delimiter}'`
    );
  if (decimal !== void 0 && decimal !== "." && decimal !== ",")
    throw new Error(`--decimal must be '.' or ',', got '${decimal}'`);
  return {
    ...d !== void 0 ? { delimiter: d } : {},
    ...decimal !== void 0 ? { decimal } : {},
    ...nulls !== void 0 ? { nullValues: nulls.split(",") } : {}
  };
}
const VALIDATE_OPTIONS = {
  schema: { type: "string" },
  format: { type: "string" },
  delimiter: { type: "string" },
  decimal: { type: "string" },
  "null-values": { type: "string" },
  "max-invalid-rows": { type: "string" },
  "warn-invalid-rows": { type: "string" },
  id: { type: "string" },
  title: { type: "string" },
  config: { type: "string" },
  "baseline-ref": { type: "string" },
  "result-path": { type: "string" },
  "no-result": { type: "boolean" },
  dir: { type: "string" },
  samples: { type: "string" },
  threads: { type: "string" },
  shard: { type: "string" },
  json: { type: "boolean" }
};
async function entryOptions(values, positionals, cwd) {
  if (values.config) {
    const { fromConfig } = await import('./chunk-validate2.js');
    const picked = fromConfig(values.config, values.id, cwd, {
      configName: values.config,
      idName: "--id"
    });
    const options2 = picked.options;
    if (picked.readsBase) {
      const { gitProvider } = await import('./chunk-git.js');
      options2.provider = gitProvider(cwd, values["baseline-ref"] ?? "origin/HEAD");
    }
    return { id: picked.id, title: values.title ?? picked.title, options: options2 };
  }
  if (!values.schema) throw new Error("--schema is required (or --config)");
  if (positionals.length === 0) throw new Error("give at least one data file or glob");
  const options = {
    schemaFile: values.schema,
    data: positionals,
    cwd,
    root: cwd,
    format: values.format ?? "auto"
  };
  return { id: values.id ?? "data", title: values.title, options };
}
function parseValidateArgs(argv) {
  return parseCliArgs({ args: argv, allowPositionals: true, options: VALIDATE_OPTIONS }, HINTS);
}
const validateCommand = {
  name: "validate",
  summary: "Validate datasets against a JSON Schema",
  usage,
  async run(argv) {
    const { values, positionals } = parseValidateArgs(argv);
    const threads = wholeNumber("threads", values.threads);
    const workers = runPool(values.shard !== void 0, threads);
    try {
      return await validateWith(values, positionals, { workers, threads });
    } finally {
      await workers.close();
    }
  }
};
async function validateWith(values, positionals, run) {
  const cwd = resolve(values.dir ?? ".");
  const { runValidate, textReport } = await import('./chunk-validate.js');
  const { writeResultFile } = await import('./chunk-result.js').then(n => n.e);
  const formats = FORMATS;
  if (values.format && !formats.includes(values.format)) {
    throw new Error(`--format must be one of ${formats.join(", ")}, got '${values.format}'`);
  }
  const { id, title, options } = await entryOptions(values, positionals, cwd);
  options.workers = run.workers;
  if (values["max-invalid-rows"] !== void 0) options.maxInvalidRows = values["max-invalid-rows"];
  if (values["warn-invalid-rows"] !== void 0)
    options.warnInvalidRows = values["warn-invalid-rows"];
  if (values.format) options.format = values.format;
  const dialect = dialectFromFlags(values);
  if (dialect) options.csv = { ...options.csv, ...dialect };
  const samples = wholeNumber("samples", values.samples);
  if (samples !== void 0) options.samples = Math.max(1, samples);
  if (run.threads !== void 0) options.threads = run.threads;
  if (!values.json) {
    options.onStart = ({ files, bytes, threads: t }) => process.stderr.write(
      `validating ${files} file${files === 1 ? "" : "s"} (${(bytes / 1e6).toFixed(1)} MB) against ${options.schemaFile}${t ? ` on ${t} threads` : ""}
`
    );
  }
  if (values.shard !== void 0) {
    const { runShardCli } = await import('./chunk-shard-run.js');
    const shardMeta = { id, ...title ? { title } : {} };
    const out = await runShardCli(options, values.shard, shardMeta, {
      cwd,
      ...values["result-path"] ? { resultPath: values["result-path"] } : {},
      write: !values["no-result"]
    });
    process.stdout.write(values.json ? JSON.stringify(out.result, null, 2) + "\n" : out.text);
    return out.code;
  }
  const path = values["no-result"] ? void 0 : resultPathInside(cwd, values["result-path"], "validate", id, "--result-path");
  const result = await runValidate(options, {}, { id, ...title ? { title } : {} });
  if (path) writeResultFile(path, result, cwd);
  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  else process.stdout.write(textReport(result, process.stdout.isTTY === true).join("\n") + "\n");
  return result.status === "error" ? 2 : result.status === "fail" ? 1 : 0;
}

export { validateCommand };
