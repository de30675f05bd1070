#!/usr/bin/env node
import { n as neutraliseStream } from './chunk-workflow-commands.js';
import { w as writeResultFile, V as VERSION, f as formatsExports } from './chunk-result.js';
import { parseArgs } from 'node:util';
import { d as didYouMean } from './chunk-schema.js';
import { existsSync } from 'node:fs';
import { w as workspacePath$1, g as gateFile, a as assertUtf8Head, r as readHead, e as openGated, c as readWorkspaceText, h as writeWorkspaceFile, s as setReadLimits, l as limitsFromEnv } from './chunk-workspace.js';
import { resolve, dirname, basename, extname, relative, sep, isAbsolute, join } from 'node:path';
import { d as distExports } from './chunk-index.js';
import './chunk-index2.js';
import './chunk-rules.js';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import { r as runCompare, a as regressions } from './chunk-compare.js';
import { T as TERMINAL_MARK } from './chunk-status.js';
import { f as formatNumber, c as compareEntryFrom } from './chunk-markdown.js';
import { p as plain } from './chunk-escape.js';
import { a as RESULTS_DIR, R as RESULTS_GLOB, D as DEFAULT_CONFIG_PATH } from './chunk-paths.js';
import { r as resultPathInside } from './chunk-select.js';
import { gitProvider } from './chunk-git.js';
import { f as formatProblem } from './chunk-metric-file-error.js';
import { p as planPublish, l as localSettings } from './chunk-plan.js';
import { l as loadResults } from './chunk-load2.js';
import { createInterface } from 'node:readline';
import { P as Papa } from './chunk-papaparse.js';
import { p as parseBooleanCell, d as parseNumberCell } from './chunk-cells.js';
import { b as formatsWith, f as formatOf, c as compressionOf, e as extensionsOf, o as orList, F as FORMAT_NAMES } from './chunk-registry.js';
import { loadConfigText } from './chunk-load.js';
import { renderText } from './chunk-text.js';
import { R as RateMeter, a as formatRate } from './chunk-progress.js';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length.js';
import './chunk-formats.js';
import './chunk-2020.js';
import './chunk-index3.js';
import './chunk-index4.js';
import './chunk-index5.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import 'node:fs/promises';
import 'node:buffer';
import 'process';
import 'buffer';
import './chunk-format.js';
import './chunk-simple-statistics.js';
import './chunk-adjust.js';
import './chunk-glob.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import './chunk-zip.js';
import 'node:child_process';
import 'node:stream/promises';
import './chunk-render.js';
import './chunk-annotations.js';
import './chunk-present.js';
import './chunk-threshold.js';
import './chunk-value.js';
import './chunk-rules-from.js';
import './chunk-partial.js';
import 'node:crypto';
import 'stream';
import './chunk-exact.js';

class UsageError extends Error {
}
const POSITIONAL = "<positional>";
function optionName(message) {
  return /'(-{1,2}[^' <=]+)/.exec(message)?.[1];
}
function unknownOption(option, config, hints) {
  const hint = hints[option];
  if (hint) return `unknown option ${option}: ${hint}`;
  const known = Object.keys(config.options ?? {}).map((o) => `--${o}`);
  const close = didYouMean(option, known);
  return close ? `unknown option ${option}: did you mean ${close}?` : `unknown option ${option}`;
}
function translate(err, config, hints) {
  const e = err;
  const option = optionName(e.message) ?? "";
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(unknownOption(option, config, hints));
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(
        /argument missing/.test(e.message) ? `${option} needs a value` : `${option} takes no value (it is a switch)`
      );
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(
        `unexpected argument '${/'([^']*)'/.exec(e.message)?.[1] ?? ""}': ${hints[POSITIONAL] ?? "this command takes options only"}`
      );
    default:
      return err;
  }
}
function parseCliArgs(config, hints = {}) {
  try {
    return parseArgs(config);
  } catch (err) {
    throw translate(err, config, hints);
  }
}

function compareText(result) {
  const lines = [`${result.status.toUpperCase()} ${plain(result.id)}: ${plain(result.summary)}`];
  if (result.details.metrics.length > 0) lines.push("", table(result));
  return lines;
}
function table(result) {
  const rows = result.details.metrics.map((r) => [
    plain(r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name, { max: 60 }),
    formatNumber(r.baseline),
    formatNumber(r.candidate),
    r.delta === null ? "-" : `${r.delta > 0 ? "+" : ""}${formatNumber(r.delta)}`,
    TERMINAL_MARK[r.status],
    plain(r.reason ?? "", { max: 100 })
  ]);
  const head = ["metric", "baseline", "candidate", "delta", "status", "why"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ");
  return [line(head), ...rows.map(line)].join("\n");
}

const usage$4 = `Usage: modelgate compare --config FILE [--id ID] [options]
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
const POLICIES = ["fail", "warn", "pass"];
const compareCommand = {
  name: "compare",
  summary: "Compare candidate metrics with a baseline under per-metric rules",
  usage: usage$4,
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
    if (missing !== void 0 && !POLICIES.includes(missing)) {
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
        ...values.config ? { config: workspacePath$1(workspace, values.config, "config") } : {},
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

function parseFailOn(value) {
  if (value === void 0 || value === "fail" || value === "warn") return value ?? "fail";
  throw new Error(`--fail-on must be fail or warn, got '${value}'`);
}
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

const INTEGER_TEXT = /^[+-]?\d+$/;
function parseCell(text) {
  if (text === "") return { type: "null", value: null };
  const b = parseBooleanCell(text);
  if (b !== void 0) return { type: "boolean", value: b };
  const n = parseNumberCell(text, ".", true);
  if (n !== void 0)
    return { type: INTEGER_TEXT.test(text) ? "integer" : "number", value: Number(n), text };
  return { type: "string", value: text };
}

const SAMPLE_FORMATS = formatsWith("sample");
function detectFormat(path) {
  const format = formatOf(path);
  if (format && SAMPLE_FORMATS.includes(format) && !compressionOf(path).compression)
    return format;
  throw new Error(
    `${path}: cannot tell the format from the extension; expected ${extensionsOf(SAMPLE_FORMATS)}`
  );
}
async function readSample(path, format, maxRows, onRecord, root = dirname(resolve(path))) {
  const file = gateFile(root, resolve(path), "sample file");
  assertUtf8Head(readHead(file), path);
  const open = async () => (await openGated(file, "sample file", path)).createReadStream({ encoding: "utf8" });
  switch (format) {
    case "jsonl":
      return readJsonLines(path, await open(), maxRows, onRecord);
    case "json":
      return readJsonArray(root, path, maxRows, onRecord);
    case "csv":
    case "tsv":
      return readDelimited(path, await open(), format, maxRows, onRecord);
  }
}
function isRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
async function readJsonLines(path, stream, maxRows, onRecord) {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let rows = 0;
  let lineNo = 0;
  let truncated = false;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      if (line.trim() === "") continue;
      if (rows >= maxRows) {
        truncated = true;
        break;
      }
      let value;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new Error(`${path}:${lineNo}: not valid JSON: ${err.message}`);
      }
      if (!isRecord(value)) throw new Error(`${path}:${lineNo}: expected a JSON object per line`);
      onRecord({ kind: "json", value });
      rows++;
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  return { format: "jsonl", rows, truncated };
}
async function readJsonArray(root, path, maxRows, onRecord) {
  const text = readWorkspaceText(root, resolve(path), "sample file", "sample", path);
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: not valid JSON: ${err.message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${path}: expected a JSON array of records`);
  const rows = Math.min(data.length, maxRows);
  for (let i = 0; i < rows; i++) {
    const value = data[i];
    if (!isRecord(value))
      throw new Error(`${path}: record ${i + 1} of the array is not a JSON object`);
    onRecord({ kind: "json", value });
  }
  return { format: "json", rows, truncated: data.length > rows };
}
function readDelimited(path, stream, format, maxRows, onRecord) {
  return new Promise((resolvePromise, reject) => {
    let header;
    let rows = 0;
    let truncated = false;
    let failed = false;
    const fail = (parser, message) => {
      failed = true;
      parser?.abort();
      stream.destroy();
      reject(new Error(message));
    };
    Papa.parse(stream, {
      delimiter: format === "tsv" ? "	" : ",",
      header: false,
      dynamicTyping: false,
      skipEmptyLines: true,
      step(result, parser) {
        if (failed) return;
        const recordNo = rows + 2;
        const error = result.errors[0];
        if (error)
          return fail(parser, `${path}: record ${header ? recordNo : 1}: ${error.message}`);
        const fields = result.data;
        if (!header) {
          header = fields.map((f, i) => i === 0 ? f.replace(/^\uFEFF/, "") : f);
          const seen = /* @__PURE__ */ new Set();
          for (const name of header) {
            if (name.trim() === "")
              return fail(parser, `${path}: the header has an empty column name`);
            if (seen.has(name))
              return fail(parser, `${path}: the header names column '${name}' twice`);
            seen.add(name);
          }
          return;
        }
        if (rows >= maxRows) {
          truncated = true;
          parser.abort();
          return;
        }
        if (fields.length !== header.length) {
          return fail(
            parser,
            `${path}: record ${recordNo} has ${fields.length} fields, the header ${header.length}`
          );
        }
        const record = /* @__PURE__ */ new Map();
        header.forEach((name, i) => record.set(name, parseCell(fields[i])));
        onRecord({ kind: "cells", value: record });
        rows++;
      },
      complete() {
        stream.destroy();
        if (failed) return;
        if (!header) return reject(new Error(`${path}: the file is empty; expected a header row`));
        resolvePromise({ format, rows, truncated });
      },
      error(err) {
        if (!failed) fail(void 0, `${path}: ${err.message}`);
      }
    });
  });
}

const MAX_ROWS = 1e4;
const ENUM_MAX_DISTINCT = 20;
const ENUM_MIN_VALUES = 20;
const ENUM_MIN_REPEAT = 2;
const TYPE_ORDER = [
  "object",
  "array",
  "string",
  "integer",
  "number",
  "boolean",
  "null"
];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const check = (f) => (s) => {
  const c = f;
  return typeof c === "function" ? c(s) : c.validate(s);
};
const isDateTime = (s) => DATE_TIME.test(s) && check(formatsExports.fullFormats["date-time"])(s);
const isDate = (s) => DATE.test(s) && check(formatsExports.fullFormats.date)(s);
class Field {
  /** Values seen here; for a key of an object, the number of objects that had the key. */
  seen = 0;
  types = /* @__PURE__ */ new Set();
  strings = 0;
  /** Distinct strings with their counts; undefined once there are too many for an enum. */
  distinct = /* @__PURE__ */ new Map();
  allDateTime = true;
  allDate = true;
  objects = 0;
  /** CSV number cells as written, with counts (for a column that turns out to hold codes). */
  numberTexts = /* @__PURE__ */ new Map();
  textNumbers = 0;
  properties;
  items;
  addJson(value) {
    if (value === null) return this.addTyped("null", null);
    if (Array.isArray(value)) {
      this.seen++;
      this.types.add("array");
      this.items ??= new Field();
      for (const item of value) this.items.addJson(item);
      return;
    }
    if (typeof value === "object") {
      this.seen++;
      this.types.add("object");
      this.objects++;
      this.properties ??= /* @__PURE__ */ new Map();
      for (const [k, v] of Object.entries(value))
        this.property(k).addJson(v);
      return;
    }
    if (typeof value === "number")
      return this.addTyped(Number.isInteger(value) ? "integer" : "number", value);
    if (typeof value === "boolean") return this.addTyped("boolean", value);
    return this.addTyped("string", String(value));
  }
  addTyped(type, value) {
    this.seen++;
    this.types.add(type);
    if (type !== "string" || typeof value !== "string") return;
    this.strings++;
    if (this.allDateTime && !isDateTime(value)) this.allDateTime = false;
    if (this.allDate && !isDate(value)) this.allDate = false;
    if (this.distinct) {
      this.distinct.set(value, (this.distinct.get(value) ?? 0) + 1);
      if (this.distinct.size > ENUM_MAX_DISTINCT) this.distinct = void 0;
    }
  }
  addCell(cell) {
    if (cell.text !== void 0) {
      this.textNumbers++;
      if (this.numberTexts) {
        this.numberTexts.set(cell.text, (this.numberTexts.get(cell.text) ?? 0) + 1);
        if (this.numberTexts.size > ENUM_MAX_DISTINCT) this.numberTexts = void 0;
      }
    }
    this.addTyped(cell.type, cell.value);
  }
  /**
   * A CSV column of numbers and other text holds codes (0E0, 1E5, A12): a string column, its
   * number cells counted as the strings they are written as.
   */
  demoteCodes(types) {
    if (this.textNumbers === 0 || !types.has("string")) return;
    if (!types.delete("integer") && !types.delete("number")) return;
    types.delete("number");
    this.strings += this.textNumbers;
    this.allDate = this.allDateTime = false;
    if (this.distinct && this.numberTexts)
      for (const [text, n] of this.numberTexts)
        this.distinct.set(text, (this.distinct.get(text) ?? 0) + n);
    else this.distinct = void 0;
    if (this.distinct && this.distinct.size > ENUM_MAX_DISTINCT) this.distinct = void 0;
  }
  property(name) {
    this.properties ??= /* @__PURE__ */ new Map();
    let f = this.properties.get(name);
    if (!f) {
      f = new Field();
      this.properties.set(name, f);
    }
    return f;
  }
}
function toSchema(field) {
  const types = new Set(field.types);
  field.demoteCodes(types);
  if (types.has("number")) types.delete("integer");
  const nullable = types.delete("null");
  if (types.size === 0) {
    return field.seen > 0 ? { description: "Only null in the sample: any value is allowed; tighten by hand." } : {};
  }
  const ordered = TYPE_ORDER.filter((t) => types.has(t));
  if (nullable) ordered.push("null");
  const schema = { type: ordered.length === 1 ? ordered[0] : ordered };
  if (types.size === 1 && types.has("string")) {
    if (field.allDateTime) schema.format = "date-time";
    else if (field.allDate) schema.format = "date";
    else {
      const values = enumValues(field);
      if (values) schema.enum = nullable ? [...values, null] : values;
    }
  }
  if (types.has("object") && field.properties) {
    const properties = {};
    const required = [];
    for (const [name, sub] of field.properties) {
      properties[name] = toSchema(sub);
      if (sub.seen === field.objects) required.push(name);
    }
    schema.properties = properties;
    if (required.length > 0) schema.required = required;
    schema.additionalProperties = false;
  }
  if (types.has("array"))
    schema.items = field.items && field.items.seen > 0 ? toSchema(field.items) : {};
  return schema;
}
function enumValues(field) {
  const distinct = field.distinct;
  if (!distinct || distinct.size === 0 || field.strings < ENUM_MIN_VALUES) return void 0;
  for (const count of distinct.values()) if (count < ENUM_MIN_REPEAT) return void 0;
  return [...distinct.keys()].sort();
}
async function inferSchemaFromFile(path, options = {}) {
  const format = !options.format || options.format === "auto" ? detectFormat(path) : options.format;
  const root = new Field();
  const info = await readSample(
    path,
    format,
    options.maxRows ?? MAX_ROWS,
    (record) => addRecord(root, record),
    options.root
  );
  if (info.rows === 0) throw new Error(`${path}: no records to infer a schema from`);
  return { ...info, ...describe(root, options.displayPath ?? basename(path), info) };
}
function addRecord(root, record) {
  if (record.kind === "json") return root.addJson(record.value);
  root.seen++;
  root.types.add("object");
  root.objects++;
  for (const [name, cell] of record.value) root.property(name).addCell(cell);
}
function describe(root, name, info) {
  const body = toSchema(root);
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `A record of ${name}`,
    description: `Inferred by modelgate init from ${info.truncated ? "the first " : ""}${info.rows} record${info.rows === 1 ? "" : "s"} of ${name}. Review it: types, required keys, enums and formats reflect only that sample.`,
    ...body
  };
  const properties = body.properties ?? {};
  const required = new Set(body.required ?? []);
  const fields = Object.entries(properties).map(([key, s]) => ({
    name: key,
    type: Array.isArray(s.type) ? s.type.join("|") : String(s.type ?? "any"),
    required: required.has(key),
    ...Array.isArray(s.enum) ? { enum: s.enum.length } : {},
    ...typeof s.format === "string" ? { format: s.format } : {}
  }));
  return { schema, fields };
}

const ACTION_REPOSITORY = "modelgate/modelgate";
const ACTION_REF = `${ACTION_REPOSITORY}@v1`;
const CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/v1/schemas/config.schema.json`;
const q = (s) => {
  const out = distExports.stringify(s).trimEnd();
  return out.includes("\n") ? JSON.stringify(s) : out;
};
function runCommandFor(configPath) {
  return configPath === DEFAULT_CONFIG_PATH ? "npx modelgate run" : `npx modelgate run --config ${/^[\w./-]+$/.test(configPath) ? configPath : JSON.stringify(configPath)}`;
}
function configTemplate(validate, report, configPath) {
  const validateSection = [
    "validate:",
    `  - id: ${q(validate.id)}`,
    `    title: ${q(validate.title)}`,
    `    schema: ${q(validate.schema)}`,
    `    data: [${q(validate.data)}]`,
    '    max_invalid_rows: 0          # a count, or a share such as "0.5%"',
    '    # warn_invalid_rows: "0.1%"  # optional warning band below the limit'
  ];
  return [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    "# modelgate: ML quality gates for pull requests. Written by `modelgate init`.",
    "# Paths are relative to the repository root, not to this file.",
    `# Try it locally before pushing: ${runCommandFor(configPath)}`,
    "version: 1",
    "",
    "# Datasets checked against a JSON Schema, row by row.",
    ...validateSection,
    "",
    "# Candidate model metrics compared with a baseline under per-metric rules. With per-example",
    "# scores for both models, a regression fails only when it is statistically significant.",
    "# compare:",
    "#   - id: classifier",
    "#     title: Classifier",
    "#     candidate: metrics/candidate.json",
    "#     baseline: { base_branch: true, path: metrics/candidate.json }   # the same file on the base branch",
    "#     missing_baseline: warn     # the first run has no baseline yet",
    "#     metrics:",
    "#       accuracy: { direction: higher, max_drop: 0.01, min: 0.8 }",
    '#       loss: { direction: lower, max_drop: "5%" }',
    "",
    "# The sticky pull-request comment, the commit status and the job summary.",
    "report:",
    `  id: ${q(report.id)}   # names the sticky comment; one per config`,
    `  status_context: ${q(report.statusContext)}   # require this check in branch protection`,
    "  comment: always             # or on-failure (only while the gate fails), never",
    "  summary: true",
    "",
    "# When the job fails.",
    "gate:",
    "  fail_on: fail               # or warn, to block on warnings too",
    '  override_label: "modelgate: accept-regression"',
    "  override_scope: commit      # a later push that fails needs the label again; or pr",
    ""
  ].join("\n");
}
function workflowTemplate(configPath, name) {
  return [
    "# Written by `modelgate init`: runs the checks in the config on every pull request.",
    `name: ${q(name)}`,
    "",
    "on:",
    "  # Deliberately no `paths:` filter: when modelgate is a required status check, a workflow",
    "  # skipped by a paths filter never reports, and the pull request waits for it forever.",
    "  pull_request:",
    "    # labeled/unlabeled: the override label decides at once, without re-running the job.",
    "    types: [opened, synchronize, reopened, labeled, unlabeled]",
    "",
    "permissions:",
    "  contents: read",
    "  pull-requests: write # the sticky report comment",
    "  statuses: write # the commit status branch protection can require",
    "  issues: read # the override label's events: who added it, and when",
    "",
    "# One run per pull request and workflow: racing runs would race on the sticky comment and the",
    "# status, and two modelgate workflows on one pull request must not cancel each other.",
    "concurrency:",
    "  group: ${{ github.workflow }}-${{ github.event.pull_request.number }}",
    "  cancel-in-progress: true",
    "",
    "jobs:",
    "  modelgate:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    "      - uses: actions/checkout@v4",
    "      # Produce what the config reads here (for example: evaluate the model into metrics/).",
    `      - uses: ${ACTION_REF}`,
    "        with:",
    `          config: ${q(configPath)}`,
    ""
  ].join("\n");
}

const DEFAULT_WORKFLOW_PATH = ".github/workflows/modelgate.yml";
const DEFAULT_REPORT_ID = "modelgate";
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
async function planInit(options) {
  const root = resolve(options.dir);
  const configPath = workspacePath(root, options.configOut ?? DEFAULT_CONFIG_PATH, "--config-out");
  const report = reportNames(configPath, options);
  const workflowPath = workspacePath(
    root,
    options.workflowOut ?? `.github/workflows/${report.id}.yml`,
    "--workflow-out"
  );
  const dataPath = workspacePath(root, options.data, "--data");
  const stem = basename(dataPath, extname(dataPath)) || "data";
  const schemaPath = workspacePath(
    root,
    options.schemaOut ?? `schemas/${stem}.schema.json`,
    "--schema-out"
  );
  const result = await inferSchemaFromFile(resolve(root, dataPath), {
    format: options.format ?? "auto",
    ...options.maxRows !== void 0 ? { maxRows: options.maxRows } : {},
    displayPath: dataPath,
    root
  });
  const id = options.id ?? toId(stem);
  if (!ID_PATTERN.test(id)) throw new Error(`--id '${id}' must match ${ID_PATTERN.source}`);
  const entry = {
    id,
    title: basename(dataPath),
    schema: schemaPath,
    data: dataPath
  };
  const config = configTemplate(entry, report, configPath);
  loadConfigText(config, configPath, { root });
  const files = [
    { path: schemaPath, content: JSON.stringify(result.schema, null, 2) + "\n" },
    { path: configPath, content: config },
    { path: workflowPath, content: workflowTemplate(configPath, report.id) }
  ];
  const paths = files.map((f) => f.path);
  const clash = paths.find((p, i) => paths.indexOf(p) !== i);
  if (clash) throw new Error(`two outputs would both be written to ${clash}`);
  return { files, inferred: { ...result, dataPath, schemaPath }, report, configPath };
}
function reportNames(configPath, options) {
  const stem = toId(basename(configPath, extname(configPath)));
  const derived = configPath === DEFAULT_CONFIG_PATH ? DEFAULT_REPORT_ID : stem.startsWith(DEFAULT_REPORT_ID) ? stem : `${DEFAULT_REPORT_ID}-${stem}`;
  const id = options.reportId ?? derived;
  if (!ID_PATTERN.test(id)) throw new Error(`--report-id '${id}' must match ${ID_PATTERN.source}`);
  const statusContext = options.statusContext ?? id;
  if (statusContext.trim() === "" || statusContext.length > 255) {
    throw new Error("--status-context must be 1 to 255 characters");
  }
  return { id, statusContext };
}
function writeInit(dir, plan, force = false) {
  const root = resolve(dir);
  if (!force) {
    const existing = plan.files.filter((f) => existsSync(resolve(root, f.path))).map((f) => f.path);
    if (existing.length > 0) {
      throw new Error(`refusing to overwrite ${existing.join(", ")} (use --force to replace)`);
    }
  }
  for (const file of plan.files) writeWorkspaceFile(root, file.path, file.content, file.path);
}
function workspacePath(root, path, option) {
  if (path.trim() === "") throw new Error(`${option} must not be empty`);
  const rel = relative(root, resolve(root, path));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new Error(`${option} '${path}' must name a file inside ${root}`);
  }
  workspacePath$1(root, path, option);
  return rel.split(sep).join("/");
}
function toId(stem) {
  const id = stem.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").replace(/[._-]+$/, "");
  return (id || "data").slice(0, 100);
}

const FORMATS$1 = ["auto", ...SAMPLE_FORMATS];
const usage$3 = `Usage: modelgate init --data FILE [options]

Infers a JSON Schema for one record of a sample data file (JSON Lines, CSV, TSV or a JSON array),
then writes it, a config (${DEFAULT_CONFIG_PATH}) whose validate entry checks the sample against
it, and a pull-request workflow (${DEFAULT_WORKFLOW_PATH}). The schema covers types, required
keys, enums for low-cardinality string columns, nullable columns, date and date-time formats.
Review it before relying on it. Nothing is written unless every file can be.

Options:
  --data FILE            sample data file to infer the schema from (required)
  --format FORMAT        ${orList(FORMATS$1).replace("auto", "auto (by extension, default)")}
  --max-rows N           records to read from the sample (default ${MAX_ROWS})
  --id ID                the validate entry's id (default: from the data file's name)
  --report-id ID         the sticky comment's id (default modelgate; for another --config-out,
                         modelgate-<its name>, so two configs keep two comments)
  --status-context NAME  the commit status to require in branch protection (default: the report id)
  --schema-out PATH      where to write the schema (default schemas/<data name>.schema.json)
  --config-out PATH      where to write the config (default ${DEFAULT_CONFIG_PATH})
  --workflow-out PATH    where to write the workflow (default .github/workflows/<report id>.yml)
  --dir DIR              repository root; every path above is relative to it (default .)
  --force                overwrite files that already exist

Exit codes: 0 files written, 2 bad usage or input (nothing written).

Examples:
  modelgate init --data data/train.csv
  modelgate init --data data/rows.jsonl --schema-out data/row.schema.json
  modelgate init --data eval/holdout.csv --config-out .github/modelgate-holdout.yml
`;
const HINTS$2 = {
  [POSITIONAL]: "the sample data file goes after --data: modelgate init --data FILE",
  "--schema": "the schema is inferred from --data; --schema-out PATH says where it is written",
  "--config": "--config-out PATH says where the config is written",
  "--workflow": "--workflow-out PATH says where the workflow is written"
};
function parse(argv) {
  const { values } = parseCliArgs(
    {
      args: argv,
      allowPositionals: false,
      options: {
        data: { type: "string" },
        format: { type: "string" },
        "max-rows": { type: "string" },
        id: { type: "string" },
        "report-id": { type: "string" },
        "status-context": { type: "string" },
        "schema-out": { type: "string" },
        "config-out": { type: "string" },
        "workflow-out": { type: "string" },
        dir: { type: "string" },
        force: { type: "boolean" }
      }
    },
    HINTS$2
  );
  if (values.data === void 0) {
    throw new UsageError(
      "init needs a sample of the data to gate: modelgate init --data FILE (JSON Lines, CSV, TSV or a JSON array); the schema is inferred from it"
    );
  }
  const format = values.format ?? "auto";
  if (!FORMATS$1.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS$1.join(", ")}, got '${format}'`);
  }
  const maxRows = values["max-rows"];
  if (maxRows !== void 0 && !/^[1-9][0-9]*$/.test(maxRows)) {
    throw new UsageError(`--max-rows must be a whole number \u2265 1, got '${maxRows}'`);
  }
  const optional = {
    maxRows: maxRows === void 0 ? void 0 : Number(maxRows),
    id: values.id,
    reportId: values["report-id"],
    statusContext: values["status-context"],
    schemaOut: values["schema-out"],
    configOut: values["config-out"],
    workflowOut: values["workflow-out"]
  };
  const options = {
    dir: values.dir ?? ".",
    data: values.data,
    format
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== void 0) Object.assign(options, { [key]: value });
  }
  return { options, force: values.force === true };
}
function summary(plan, options) {
  const out = [];
  const inferred = plan.inferred;
  const rows = inferred.rows.toLocaleString("en-US");
  out.push(
    `Inferred a schema from ${inferred.truncated ? "the first " : ""}${rows} record${inferred.rows === 1 ? "" : "s"} of ${inferred.dataPath} (${inferred.format}):`
  );
  const width = Math.max(...inferred.fields.map((f) => f.name.length), 4);
  for (const f of inferred.fields) {
    const notes = [
      f.required ? "required" : "optional",
      ...f.enum !== void 0 ? [`enum of ${f.enum}`] : [],
      ...f.format ? [f.format] : []
    ];
    out.push(`  ${f.name.padEnd(width)}  ${f.type.padEnd(14)}  ${notes.join(", ")}`);
  }
  out.push("");
  for (const f of plan.files) out.push(`wrote ${f.path}`);
  const run = runCommandFor(plan.configPath) + (options.dir === "." ? "" : ` --root ${options.dir}`);
  out.push(
    "",
    "Next:",
    "  1. review the files (the schema is a guess from the sample);",
    `  2. try it: ${run}`,
    "  3. commit them, and in the branch protection of your default branch require the",
    `     '${plan.report.statusContext}' status check.`
  );
  return out;
}
const initCommand = {
  name: "init",
  summary: "Infer a schema from sample data; write a starter config and workflow",
  usage: usage$3,
  async run(argv) {
    const { options, force } = parse(argv);
    const plan = await planInit(options);
    writeInit(options.dir, plan, force);
    process.stdout.write(summary(plan, options).join("\n") + "\n");
    return 0;
  }
};

const usage$2 = `Usage: modelgate merge [options] [PARTIAL...]

Merges the partial results of \`modelgate validate --shard I/N\` (one per shard, e.g. downloaded
artifacts) into one result per entry: counts, violation groups and every dataset check evaluated
on the totals, the same as one run over the whole input. A missing shard, a shard given twice, or
shards run with a different config, schema, reference or input list make the result an error.
PARTIAL are files or globs (default modelgate-partials/*.json). Data files present in the
workspace are read to show the records of duplicates found across shards.

Options:
  --out DIR        where the merged results go, one <id>.json per entry (default modelgate-results)
  --dir DIR        workspace root; paths are relative to it (default .)
  --json           print the merged results as JSON

Exit codes: 0 pass or warn, 1 an entry fails, 2 bad usage, input or shards (status error).

Examples:
  modelgate merge
  modelgate merge --out merged 'shards/**/*.json'
`;
const mergeCommand = {
  name: "merge",
  summary: "Merge the partial results of a sharded validate",
  usage: usage$2,
  async run(argv) {
    const { values, positionals } = parseCliArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        dir: { type: "string" },
        json: { type: "boolean" }
      }
    });
    const cwd = resolve(values.dir ?? ".");
    const { mergeFiles } = await import('./chunk-merge-files.js');
    const merged = await mergeFiles(
      positionals.length ? positionals : ["modelgate-partials/*.json"],
      {
        cwd,
        out: values.out ?? "modelgate-results"
      }
    );
    if (values.json)
      process.stdout.write(
        JSON.stringify(
          merged.map((m) => m.result),
          null,
          2
        ) + "\n"
      );
    else
      for (const m of merged)
        process.stdout.write(
          `${m.result.id}: ${m.result.status}: ${m.result.summary}${m.path ? ` (${m.path})` : ""}
`
        );
    const statuses = merged.map((m) => m.result.status);
    return statuses.includes("error") ? 2 : statuses.includes("fail") ? 1 : 0;
  }
};

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
const usage$1 = `Usage: modelgate run [--config FILE] [options]

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
function parseThreads(value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value)) throw new Error(`--threads must be a whole number, got '${value}'`);
  return Number(value);
}
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
const HINTS$1 = {
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
  usage: usage$1,
  async run(argv) {
    const { values, positionals } = parseCliArgs(
      {
        args: argv,
        allowPositionals: true,
        options: RUN_OPTIONS
      },
      HINTS$1
    );
    if (positionals.length > 0) {
      throw new Error(`unexpected argument '${positionals[0]}' (the config goes after --config)`);
    }
    const failOn = values["fail-on"] === void 0 ? void 0 : parseFailOn(values["fail-on"]);
    const threads = parseThreads(values.threads);
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

const FORMATS = ["auto", ...FORMAT_NAMES];
const usage = `Usage: modelgate validate --schema FILE [options] DATA...
       modelgate validate --config FILE [--id ID] [options]

Validates data files (JSON Lines, JSON, CSV, TSV, Parquet) against a JSON Schema (2020-12 or draft-07),
streaming, and writes a result file (kind validate) for \`modelgate report\` and \`modelgate gate\`.
DATA are files or globs; the format comes from the extension (${extensionsOf(formatsWith("text"))}),
each optionally compressed (.jsonl.gz, .csv.zst, ...: decompressed while streaming), or
Parquet (.parquet: read row group by row group; samples are located by row, not line).

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
function wholeNumber(name, raw) {
  if (raw === void 0) return void 0;
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number, got '${raw}'`);
  return Number(raw);
}
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
const validateCommand = {
  name: "validate",
  summary: "Validate datasets against a JSON Schema",
  usage,
  async run(argv) {
    const { values, positionals } = parseCliArgs(
      {
        args: argv,
        allowPositionals: true,
        options: VALIDATE_OPTIONS
      },
      HINTS
    );
    const cwd = resolve(values.dir ?? ".");
    const { runValidate, textReport } = await import('./chunk-validate.js');
    const { writeResultFile } = await import('./chunk-result.js').then(n => n.a);
    const formats = FORMATS;
    if (values.format && !formats.includes(values.format)) {
      throw new Error(`--format must be one of ${formats.join(", ")}, got '${values.format}'`);
    }
    const { id, title, options } = await entryOptions(values, positionals, cwd);
    if (values["max-invalid-rows"] !== void 0)
      options.maxInvalidRows = values["max-invalid-rows"];
    if (values["warn-invalid-rows"] !== void 0)
      options.warnInvalidRows = values["warn-invalid-rows"];
    if (values.format) options.format = values.format;
    const dialect = dialectFromFlags(values);
    if (dialect) options.csv = { ...options.csv, ...dialect };
    const samples = wholeNumber("samples", values.samples);
    if (samples !== void 0) options.samples = Math.max(1, samples);
    const threads = wholeNumber("threads", values.threads);
    if (threads !== void 0) options.threads = threads;
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
};

const COMMANDS = [
  runCommand,
  initCommand,
  validateCommand,
  mergeCommand,
  compareCommand,
  reportCommand,
  gateCommand
];

function help() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `modelgate ${VERSION}: ML quality gates for pull requests`,
    "",
    "Usage: modelgate <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `modelgate <command> --help` for a command's options and examples."
  ].join("\n");
}
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help() + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`modelgate: unknown command '${name}'

${help()}
`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.usage.trimEnd() + "\n");
    return 0;
  }
  try {
    setReadLimits(limitsFromEnv(process.env));
    return await command.run(rest);
  } catch (err) {
    process.stderr.write(`modelgate ${name}: ${err.message}
`);
    if (err instanceof UsageError) {
      process.stderr.write(`Run \`modelgate ${name} --help\` for its options and examples.
`);
    }
    return 2;
  }
}
neutraliseStream(process.stdout);
neutraliseStream(process.stderr);
process.exitCode = await main(process.argv.slice(2));

export { main };
