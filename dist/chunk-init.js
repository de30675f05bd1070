import { p as parseCliArgs, U as UsageError, P as POSITIONAL } from './chunk-args.js';
import { a as formatsExports } from './chunk-formats.js';
import { resolve, dirname, basename, extname, relative, sep } from 'node:path';
import { p as parseBooleanCell, f as parseNumberCell } from './chunk-cells.js';
import { g as gateFile, f as assertUtf8Head, h as readHead, a as writeWorkspaceFile, i as isInside, w as workspacePath$1 } from './chunk-workspace.js';
import { f as formatsWith, b as formatOf, c as compressionOf, e as extensionsOf, a as formatSpec, o as orList } from './chunk-worker-pool.js';
import { a as readRecords, N as NO_SCHEMA } from './chunk-records.js';
import { D as DEFAULT_MAX_RECORD_BYTES } from './chunk-types.js';
import { D as DEFAULT_CONFIG_PATH } from './chunk-paths.js';
import { existsSync } from 'node:fs';
import { loadConfigText } from './chunk-load.js';
import { d as distExports } from './chunk-nesting.js';
import 'node:util';
import './chunk-suggest.js';
import './chunk-_commonjsHelpers.js';
import './chunk-formats2.js';
import 'node:buffer';
import './chunk-format.js';
import 'node:crypto';
import 'node:fs/promises';
import './chunk-limits.js';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import './chunk-executor.js';
import 'node:v8';
import 'node:stream';
import 'node:zlib';
import './chunk-column.js';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-ucs2length2.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-ucs2length.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'process';
import 'buffer';

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
const SAMPLE_CHUNK_BYTES = 64 * 1024;
function isRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function cellsOf(row) {
  const cells = /* @__PURE__ */ new Map();
  for (const [name, text] of Object.entries(row)) cells.set(name, parseCell(text));
  return cells;
}
function located(p, path) {
  return `${path}${p.line !== void 0 ? `:${p.line}` : ""}: ${p.message}`;
}
async function readSample(path, format, maxRows, onRecord, root = dirname(resolve(path))) {
  const gate = gateFile(root, resolve(path), "sample file");
  assertUtf8Head(readHead(gate), path);
  const file = { path, abs: gate.abs, format, bytes: gate.size, gate };
  const cells = formatSpec(format).layout === "delimited";
  let rows = 0;
  let truncated = false;
  let bad;
  const out = await readRecords(
    file,
    NO_SCHEMA,
    ({ value, line }) => {
      if (bad !== void 0 || truncated) return;
      if (rows >= maxRows) truncated = true;
      else if (!isRecord(value)) bad = `${path}:${line}: expected a JSON object per record`;
      else {
        onRecord(cells ? { kind: "cells", value: cellsOf(value) } : { kind: "json", value });
        rows++;
      }
    },
    {
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      chunkBytes: SAMPLE_CHUNK_BYTES,
      stop: () => truncated || bad !== void 0
    }
  );
  const first = [...out.problems, ...out.unreadable].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0)
  )[0];
  if (first && !truncated) throw new Error(located(first, path));
  if (bad !== void 0) throw new Error(bad);
  return { format, rows, truncated };
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
  if (rel === "" || !isInside(root, resolve(root, path))) {
    throw new Error(`${option} '${path}' must name a file inside ${root}`);
  }
  workspacePath$1(root, path, option);
  return rel.split(sep).join("/");
}
function toId(stem) {
  const id = stem.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").replace(/[._-]+$/, "");
  return (id || "data").slice(0, 100);
}

const FORMATS = ["auto", ...SAMPLE_FORMATS];
const usage = `Usage: modelgate init --data FILE [options]

Infers a JSON Schema for one record of a sample data file (JSON Lines, CSV, TSV or a JSON array),
then writes it, a config (${DEFAULT_CONFIG_PATH}) whose validate entry checks the sample against
it, and a pull-request workflow (${DEFAULT_WORKFLOW_PATH}). The schema covers types, required
keys, enums for low-cardinality string columns, nullable columns, date and date-time formats.
Review it before relying on it. Nothing is written unless every file can be.

Options:
  --data FILE            sample data file to infer the schema from (required)
  --format FORMAT        ${orList(FORMATS).replace("auto", "auto (by extension, default)")}
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
const HINTS = {
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
    HINTS
  );
  if (values.data === void 0) {
    throw new UsageError(
      "init needs a sample of the data to gate: modelgate init --data FILE (JSON Lines, CSV, TSV or a JSON array); the schema is inferred from it"
    );
  }
  const format = values.format ?? "auto";
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got '${format}'`);
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
  usage,
  async run(argv) {
    const { options, force } = parse(argv);
    const plan = await planInit(options);
    writeInit(options.dir, plan, force);
    process.stdout.write(summary(plan, options).join("\n") + "\n");
    return 0;
  }
};

export { initCommand };
