import { resolve, isAbsolute, relative } from 'node:path';
import { r as readWorkspaceText, c as refusalReason } from './chunk-workspace.js';
import { existsSync } from 'node:fs';
import { a as workspaceGlobSync, t as tooDeep, d as distExports } from './chunk-nesting.js';
import { a as _2020Exports } from './chunk-2020.js';
import { a as addFormats } from './chunk-index3.js';
import { d as didYouMean } from './chunk-suggest.js';
import { u as ucs2length, _ as __ajv0ns } from './chunk-ucs2length.js';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-limits.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-_commonjsHelpers.js';
import 'process';
import 'buffer';
import './chunk-index.js';
import './chunk-ucs2length2.js';
import './chunk-index2.js';
import './chunk-formats2.js';
import './chunk-ajv.js';
import './chunk-draft7.js';

const MAX_LISTED = 50;
class ConfigError extends Error {
  problems;
  constructor(problems) {
    const lines = problems.slice(0, MAX_LISTED).map(formatProblem);
    if (problems.length > MAX_LISTED) lines.push(`\u2026 and ${problems.length - MAX_LISTED} more`);
    super(lines.join("\n"));
    this.name = "ConfigError";
    this.problems = problems;
  }
}
function formatProblem(p) {
  const where = p.line === void 0 ? p.source : `${p.source}:${p.line}:${p.column ?? 1}`;
  return p.key ? `${where}: ${p.key}: ${p.message}` : `${where}: ${p.message}`;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function showValue(value) {
  if (typeof value === "string") {
    const s = value.length > 40 ? `${value.slice(0, 40)}\u2026` : value;
    return `'${s.replace(/[\r\n]+/g, " ")}'`;
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "mapping";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "non-finite number";
    return Number.isInteger(value) ? "integer" : "number";
  }
  return typeof value;
}

const $schema$2 = "https://json-schema.org/draft/2020-12/schema";
const $id$2 = "https://modelgate.dev/schemas/config.schema.json";
const title$2 = "modelgate configuration (.github/modelgate.yml)";
const description$2 = "Data checks, model comparisons, report and gate settings for modelgate. Paths are relative to the repository (workspace) root, not to this file.";
const type$2 = "object";
const required$2 = [
	"version"
];
const additionalProperties$2 = false;
const properties$2 = {
	$schema: {
		description: "The JSON Schema of this file, for editors that read it from the document (JSON configs). Ignored by modelgate.",
		type: "string"
	},
	version: {
		description: "Version of the configuration format. Always 1.",
		"const": 1
	},
	validate: {
		description: "Dataset checks: each validates data files against a JSON Schema and writes one result.",
		type: "array",
		items: {
			$ref: "config-validate.schema.json"
		}
	},
	compare: {
		description: "Model comparisons: each compares candidate metrics with a baseline under per-metric rules and writes one result.",
		type: "array",
		items: {
			$ref: "config-compare.schema.json"
		}
	},
	report: {
		description: "How the results are reported: sticky pull-request comment, commit status, job summary.",
		type: "object",
		additionalProperties: false,
		properties: {
			id: {
				description: "Report id: names the hidden marker of the sticky comment, so several reports can share one pull request. Default: modelgate.",
				type: "string",
				pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
				"default": "modelgate"
			},
			status_context: {
				description: "Context (name) of the commit status the report sets; require this name in branch protection. Default: modelgate.",
				type: "string",
				minLength: 1,
				maxLength: 255,
				"default": "modelgate"
			},
			history: {
				description: "Keep a collapsed history of earlier runs' verdicts in the sticky comment. Default: false.",
				type: "boolean",
				"default": false
			},
			comment: {
				description: "The sticky pull-request comment: always (default; true means the same), on-failure (only while the gate fails; once it passes, a comment left from a failure is edited to a one-line 'passes now'), never (false means the same).",
				oneOf: [
					{
						type: "boolean"
					},
					{
						"enum": [
							"always",
							"on-failure",
							"never"
						]
					}
				],
				"default": "always"
			},
			summary: {
				description: "Write the report to the job summary of the workflow run. Default: true.",
				type: "boolean",
				"default": true
			},
			max_comment_chars: {
				description: "Upper bound on the comment's length in characters; details beyond it are cut and linked. GitHub's limit is 65,536.",
				type: "integer",
				minimum: 1000,
				maximum: 65536
			},
			comment_author: {
				description: "Login whose comments are this report's, for a token of another GitHub App (e.g. my-app[bot]), which cannot tell its own login. Unset: detected (the token's user, or github-actions[bot] for an installation token).",
				type: "string",
				pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"
			}
		}
	},
	gate: {
		description: "When the gate fails the job (and so blocks the merge through branch protection).",
		type: "object",
		additionalProperties: false,
		properties: {
			fail_on: {
				description: "The least severe status that fails the gate: fail (default) lets warnings pass, warn fails on warnings too.",
				"enum": [
					"fail",
					"warn"
				],
				"default": "fail"
			},
			override_label: {
				description: "A pull-request label that lets the gate pass despite failures (the report still shows them). Unset: no override.",
				type: "string",
				minLength: 1,
				maxLength: 50
			},
			override_scope: {
				description: "What the override label covers: commit (default) the head commit it was applied on, so a later push that fails the gate needs the label again; pr every later commit of the pull request too.",
				"enum": [
					"commit",
					"pr"
				],
				"default": "commit"
			},
			error_is: {
				description: "How a check that could not evaluate (status error) counts: fail (default) or warn.",
				"enum": [
					"fail",
					"warn"
				],
				"default": "fail"
			},
			rules_from: {
				description: "Whose rules apply when a pull request changes this config: stricter (default) keeps the base commit's value of every rule the pull request loosened, base uses the base commit's config, head the pull request's. Read from the base commit's config (or the action's rules-from input), never from the pull request's copy.",
				"enum": [
					"base",
					"head",
					"stricter"
				],
				"default": "stricter"
			}
		}
	}
};
const configSchema = {
	$schema: $schema$2,
	$id: $id$2,
	title: title$2,
	description: description$2,
	type: type$2,
	required: required$2,
	additionalProperties: additionalProperties$2,
	properties: properties$2
};

const CHECK_SECTIONS = Object.entries(
  configSchema.properties
).filter(([, v]) => /^config-[a-z-]+\.schema\.json$/.test(v.items?.$ref ?? "")).map(([key]) => key);
function entries(config, section) {
  const list = Reflect.get(config, section);
  if (!Array.isArray(list)) return [];
  return list.flatMap(
    (entry, i) => entry !== null && typeof entry === "object" && !Array.isArray(entry) ? [{ entry, i }] : []
  );
}
function hasNoChecks(config) {
  return CHECK_SECTIONS.every((section) => {
    const list = Reflect.get(config, section);
    return !Array.isArray(list) || list.length === 0;
  });
}
function checkUniqueIds(config) {
  const problems = [];
  const first = /* @__PURE__ */ new Map();
  for (const section of CHECK_SECTIONS) {
    entries(config, section).forEach(({ entry, i }) => {
      const id = entry.id;
      if (typeof id !== "string") return;
      const path = [section, i, "id"];
      const earlier = first.get(id);
      if (earlier) {
        problems.push({
          path,
          message: `duplicate id '${id}' (already used by ${earlier[0]}[${earlier[1]}]); ids name result files and report sections, so they must be unique`
        });
      } else {
        first.set(id, path);
      }
    });
  }
  return problems;
}
function pathFields(config) {
  const out = [];
  const add = (path, value, kind) => {
    if (typeof value === "string") out.push({ path, value, kind });
  };
  entries(config, "validate").forEach(({ entry: v, i }) => {
    add(["validate", i, "schema"], v.schema, "file");
    if (Array.isArray(v.data)) v.data.forEach((g, j) => add(["validate", i, "data", j], g, "glob"));
    else add(["validate", i, "data"], v.data, "glob");
  });
  entries(config, "compare").forEach(({ entry: c, i }) => {
    add(["compare", i, "candidate"], c.candidate, "file-or-dir");
    const b = c.baseline;
    if (b && typeof b === "object" && !b.base_branch && !b.artifact)
      add(["compare", i, "baseline", "path"], b.path, "file-or-dir");
    const examples = c.examples;
    if (examples && typeof examples === "object") {
      add(["compare", i, "examples", "candidate"], examples.candidate, "file");
      add(["compare", i, "examples", "baseline"], examples.baseline, "file");
    }
  });
  return out;
}
function checkPaths(config, root, checkFiles) {
  const problems = [];
  for (const field of pathFields(config)) {
    const outside = workspaceEscape(root, field.value);
    if (outside) {
      problems.push({ path: field.path, message: outside });
      continue;
    }
    if (!checkFiles) continue;
    if (field.kind === "glob") {
      let matches;
      try {
        matches = workspaceGlobSync(field.value, root, root, {
          onlyFiles: true,
          dot: false,
          expandDirectories: false
        }).matches;
      } catch (err) {
        problems.push({
          path: field.path,
          message: `bad glob '${field.value}': ${err.message}`
        });
        continue;
      }
      if (matches.length === 0) {
        problems.push({
          path: field.path,
          message: `no file matches '${field.value}' (relative to ${root})`
        });
      }
    } else if (!existsSync(resolve(root, field.value))) {
      problems.push({
        path: field.path,
        message: `file not found: '${field.value}' (relative to ${root})`
      });
    }
  }
  return problems;
}
function workspaceEscape(root, path) {
  if (path.trim() === "") return "must not be empty";
  if (isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("~")) {
    return `'${path}' must be relative to the workspace root, not absolute`;
  }
  const rel = relative(resolve(root), resolve(root, path));
  if (rel === ".." || rel.startsWith("../") || rel.startsWith("..\\") || isAbsolute(rel)) {
    return `'${path}' points outside the workspace root`;
  }
  return void 0;
}
function resolveConfigPath(root, path) {
  const escape = workspaceEscape(root, path);
  if (escape) throw new Error(escape);
  return resolve(root, path);
}

const $schema$1 = "https://json-schema.org/draft/2020-12/schema";
const $id$1 = "https://modelgate.dev/schemas/config-validate.schema.json";
const title$1 = "one dataset check of the config's validate list";
const description$1 = "Validate data files against a JSON Schema (2020-12 or draft-07) and fail when too many records violate it.";
const type$1 = "object";
const required$1 = [
	"id",
	"schema",
	"data"
];
const additionalProperties$1 = false;
const properties$1 = {
	id: {
		description: "Result id: one section of the report, one result file.",
		type: "string",
		pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
	},
	title: {
		description: "Heading of the report section; defaults to the id.",
		type: "string",
		maxLength: 200
	},
	schema: {
		description: "Path of the JSON Schema file, relative to the repository root. Local $refs resolve relative to it; remote $refs are refused.",
		type: "string",
		minLength: 1
	},
	data: {
		description: "Data files or globs, relative to the repository root. A glob matching nothing is an error. Text files may be compressed (name.jsonl.gz, name.csv.zst, ...); Parquet files end in .parquet.",
		oneOf: [
			{
				type: "string",
				minLength: 1
			},
			{
				type: "array",
				minItems: 1,
				items: {
					type: "string",
					minLength: 1
				}
			}
		]
	},
	format: {
		description: "Force one format for every file instead of taking it from the extension.",
		"enum": [
			"auto",
			"json",
			"jsonl",
			"csv",
			"tsv",
			"parquet",
			"arrow"
		],
		"default": "auto"
	},
	csv: {
		description: "How the entry's CSV/TSV files are written beyond RFC 4180 (docs/validate.md, \"CSV cells\").",
		type: "object",
		additionalProperties: false,
		properties: {
			delimiter: {
				description: "The field delimiter: one character, not a quote, CR or LF. Default: \",\" for .csv, tab for .tsv.",
				type: "string",
				minLength: 1,
				maxLength: 1,
				not: {
					"enum": [
						"\"",
						"\r",
						"\n"
					]
				}
			},
			decimal: {
				description: "The decimal mark of numbers: \".\" (default) or \",\" (European Excel; the delimiter must then not be \",\").",
				"enum": [
					".",
					","
				],
				"default": "."
			},
			null_values: {
				description: "Cells read as null where the column's schema allows null. Default: only the empty cell.",
				type: "array",
				items: {
					type: "string",
					maxLength: 100
				},
				maxItems: 100,
				uniqueItems: true,
				"default": [
					""
				]
			}
		}
	},
	max_invalid_rows: {
		description: "Fail when more records than this are invalid: a count or a percentage of the records (\"0.5%\").",
		oneOf: [
			{
				type: "integer",
				minimum: 0
			},
			{
				type: "string",
				pattern: "^(\\d+|\\d+(\\.\\d+)?%)$"
			}
		],
		"default": 0
	},
	warn_invalid_rows: {
		description: "Warn (without failing) when more records than this are invalid: a count or a percentage.",
		oneOf: [
			{
				type: "integer",
				minimum: 0
			},
			{
				type: "string",
				pattern: "^(\\d+|\\d+(\\.\\d+)?%)$"
			}
		]
	},
	max_annotations: {
		description: "Error annotations placed on the data files' lines (GitHub shows 10 per step).",
		type: "integer",
		minimum: 0,
		maximum: 50,
		"default": 10
	},
	samples: {
		description: "Example records kept for each group of violations.",
		type: "integer",
		minimum: 1,
		maximum: 100,
		"default": 5
	},
	expectations: {
		description: "Dataset expectations beyond the row schema (docs/dataset.md).",
		type: "object",
		additionalProperties: false,
		properties: {
			row_count: {
				description: "Bounds on the number of records, and its change against drift.reference.",
				type: "object",
				additionalProperties: false,
				properties: {
					min: {
						type: "integer",
						minimum: 0
					},
					max: {
						type: "integer",
						minimum: 0
					},
					max_drop: {
						oneOf: [
							{
								type: "integer",
								minimum: 0
							},
							{
								type: "string",
								pattern: "^(\\d+|\\d+(\\.\\d+)?%)$"
							}
						],
						description: "Rows fewer than the reference: a count or a percentage (\"5%\")."
					},
					max_increase: {
						oneOf: [
							{
								type: "integer",
								minimum: 0
							},
							{
								type: "string",
								pattern: "^(\\d+|\\d+(\\.\\d+)?%)$"
							}
						],
						description: "Rows more than the reference: a count or a percentage."
					},
					severity: {
						$ref: "#/$defs/severity"
					}
				}
			},
			columns: {
				description: "Per-column expectations, keyed by the column (top-level property) name.",
				type: "object",
				additionalProperties: {
					type: "object",
					additionalProperties: false,
					minProperties: 1,
					properties: {
						max_null_share: {
							description: "Largest allowed share of rows where the column is null, missing or empty.",
							type: "number",
							minimum: 0,
							maximum: 1
						},
						categories: {
							description: "The allowed values (nulls are not checked here: see max_null_share).",
							type: "array",
							minItems: 1,
							items: {
								type: [
									"string",
									"number",
									"boolean"
								]
							}
						},
						min: {
							description: "Smallest allowed value (numbers only).",
							type: "number"
						},
						max: {
							description: "Largest allowed value (numbers only).",
							type: "number"
						},
						unique: {
							description: "No value may repeat.",
							type: "boolean"
						},
						mostly: {
							$ref: "#/$defs/mostly"
						},
						severity: {
							$ref: "#/$defs/severity"
						}
					}
				}
			},
			unique_keys: {
				description: "Composite keys whose combination of values may not repeat.",
				type: "array",
				items: {
					type: "object",
					required: [
						"columns"
					],
					additionalProperties: false,
					properties: {
						columns: {
							type: "array",
							minItems: 1,
							items: {
								type: "string",
								minLength: 1
							}
						},
						mostly: {
							$ref: "#/$defs/mostly"
						},
						severity: {
							$ref: "#/$defs/severity"
						}
					}
				}
			},
			duplicates: {
				description: "Fail on fully duplicated records (true, or options).",
				oneOf: [
					{
						type: "boolean"
					},
					{
						type: "object",
						additionalProperties: false,
						properties: {
							mostly: {
								$ref: "#/$defs/mostly"
							},
							severity: {
								$ref: "#/$defs/severity"
							}
						}
					}
				]
			},
			leakage: {
				description: "Fail when the same record (or the same key) is in two splits. Needs `splits`.",
				oneOf: [
					{
						type: "boolean"
					},
					{
						type: "object",
						additionalProperties: false,
						properties: {
							key: {
								type: "array",
								minItems: 1,
								items: {
									type: "string",
									minLength: 1
								},
								description: "Columns identifying an example; the whole record when omitted."
							},
							severity: {
								$ref: "#/$defs/severity"
							}
						}
					}
				]
			}
		}
	},
	splits: {
		description: "Split name → data files or globs (each one of this entry's data files), for leakage checks.",
		type: "object",
		minProperties: 1,
		additionalProperties: {
			oneOf: [
				{
					type: "string",
					minLength: 1
				},
				{
					type: "array",
					minItems: 1,
					items: {
						type: "string",
						minLength: 1
					}
				}
			]
		}
	},
	drift: {
		description: "Distribution drift of each column against a reference dataset (docs/dataset.md).",
		type: "object",
		required: [
			"reference"
		],
		additionalProperties: false,
		properties: {
			reference: {
				oneOf: [
					{
						type: "string",
						minLength: 1
					},
					{
						type: "array",
						minItems: 1,
						items: {
							type: "string",
							minLength: 1
						}
					},
					{
						$ref: "config-compare.schema.json#/properties/baseline"
					}
				],
				description: "The reference data (e.g. what production was trained on): workspace files or globs, or one file from the same places as compare's baseline: { path }, { base_branch: true, path } (the pull request's base commit) or { artifact: { workflow, name, path } } (the latest successful run on the default branch). Remote files are capped at 100 MB."
			},
			missing_reference: {
				description: "What a reference that does not exist (yet) gives, e.g. the first run before any artifact: fail (default), warn or pass (recorded in the result, never silent). A glob matching nothing is an error regardless.",
				"enum": [
					"fail",
					"warn",
					"pass"
				],
				"default": "fail"
			},
			columns: {
				type: "array",
				minItems: 1,
				items: {
					type: "string",
					minLength: 1
				},
				description: "Columns to compare; every top-level column when omitted."
			},
			psi_warn: {
				type: "number",
				exclusiveMinimum: 0,
				"default": 0.1
			},
			psi_fail: {
				type: "number",
				exclusiveMinimum: 0,
				"default": 0.25
			},
			bins: {
				description: "Quantile bins of numeric columns.",
				type: "integer",
				minimum: 2,
				maximum: 100,
				"default": 10
			},
			alpha: {
				description: "Significance level of the Holm-corrected KS / chi-square tests.",
				type: "number",
				exclusiveMinimum: 0,
				maximum: 0.5,
				"default": 0.05
			},
			test_severity: {
				description: "What a significant test does on its own (at large n almost every difference is significant: PSI gates by default).",
				"enum": [
					"none",
					"warn",
					"fail"
				],
				"default": "none"
			},
			per_column: {
				type: "object",
				additionalProperties: {
					type: "object",
					additionalProperties: false,
					properties: {
						psi_warn: {
							type: "number",
							exclusiveMinimum: 0
						},
						psi_fail: {
							type: "number",
							exclusiveMinimum: 0
						},
						skip: {
							type: "boolean"
						}
					}
				}
			}
		}
	},
	ratchet: {
		description: "Run the same checks on the base branch's data, checked out in base_dir (e.g. actions/checkout with ref: the base sha, path: base), and separate what already failed there from what this change introduces.",
		type: "object",
		oneOf: [
			{
				required: [
					"base_dir"
				],
				properties: {
					base_dir: {
					}
				}
			},
			{
				required: [
					"base"
				],
				properties: {
					base: {
					}
				}
			}
		],
		additionalProperties: false,
		properties: {
			base: {
				description: "Instead of base_dir: where the base's data comes from, as compare's baseline. { path } is a checkout in the workspace; { base_branch: true, path } reads each data file at the pull request's base commit and { artifact: { workflow, name, path } } inside an artifact of the default branch's latest successful run, path being the folder the data paths start from (\".\" for the repository root). A file the base lacks counts as empty there (all its rows are new). 100 MB per file.",
				$ref: "config-compare.schema.json#/properties/baseline"
			},
			base_dir: {
				description: "Directory (inside the workspace) holding the base branch's checkout; the data globs and splits resolve inside it.",
				type: "string",
				minLength: 1
			},
			policy: {
				description: "new-only (default): gate only on violations beyond the base's; all: gate on everything, still showing which ones are old.",
				"enum": [
					"new-only",
					"all"
				],
				"default": "new-only"
			}
		}
	}
};
const $defs$1 = {
	severity: {
		description: "What breaking it does: fail (default) or warn.",
		"enum": [
			"fail",
			"warn"
		]
	},
	mostly: {
		description: "Share of the checked rows that must pass (as in Great Expectations); 1 by default.",
		type: "number",
		minimum: 0,
		maximum: 1
	}
};
const validatePartSchema = {
	$schema: $schema$1,
	$id: $id$1,
	title: title$1,
	description: description$1,
	type: type$1,
	required: required$1,
	additionalProperties: additionalProperties$1,
	properties: properties$1,
	$defs: $defs$1
};

const $schema = "https://json-schema.org/draft/2020-12/schema";
const $id = "https://modelgate.dev/schemas/config-compare.schema.json";
const title = "one model comparison (an entry of compare:)";
const description = "Compares the candidate's metrics with a baseline under per-metric rules and writes one result of kind compare. Paths are relative to the repository (workspace) root.";
const type = "object";
const required = [
	"id",
	"metrics"
];
const additionalProperties = false;
const properties = {
	id: {
		description: "Result id: one section of the report, one result file. Letters, digits, dot, underscore, hyphen.",
		type: "string",
		pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
	},
	title: {
		description: "Heading of this comparison in the report. Default: the id.",
		type: "string",
		minLength: 1,
		maxLength: 200
	},
	candidate: {
		description: "The candidate's metric file (JSON, YAML, TOML, a list of {name, value} records, a DVC metrics file) or MLflow run folder (mlruns/<experiment>/<run>). Optional only when examples are configured.",
		type: "string",
		minLength: 1
	},
	format: {
		description: "How the candidate and baseline metric files are read: auto (default: recognised by their content), metrics (an object of metrics or {name, value} records; DVC), lm-eval (lm-evaluation-harness results), hf-evaluate (evaluate.save output), hf-trainer (Trainer eval_results.json / all_results.json), sklearn-report (classification_report as a dict), inspect (inspect_ai JSON log), promptfoo (promptfoo eval output), mlflow (a run folder).",
		"enum": [
			"auto",
			"lm-eval",
			"inspect",
			"promptfoo",
			"hf-evaluate",
			"sklearn-report",
			"hf-trainer",
			"metrics",
			"mlflow"
		],
		"default": "auto"
	},
	root: {
		description: "The part of both metric files that holds the metrics, as a metric name (results, eval.test, \"a.b\".c): everything outside it is ignored.",
		type: "string",
		minLength: 1
	},
	confidence: {
		description: "Confidence level of the unpaired interval that decides max_drop when both metric files give standard errors (lm-eval's _stderr, inspect's stderr). Default: 0.95.",
		type: "number",
		exclusiveMinimum: 0.5,
		exclusiveMaximum: 1,
		"default": 0.95
	},
	baseline: {
		description: "Where the baseline's metrics come from: a workspace file ({ path }), the same path at the pull request's base commit ({ base_branch: true, path }), or a file inside an artifact of the latest successful run of a workflow on the default branch ({ artifact: { workflow, name, path } }). Absent: no baseline, and missing_baseline decides.",
		oneOf: [
			{
				type: "object",
				required: [
					"path"
				],
				additionalProperties: false,
				properties: {
					path: {
						description: "Metric file or MLflow run folder in the workspace.",
						type: "string",
						minLength: 1
					}
				}
			},
			{
				type: "object",
				required: [
					"base_branch",
					"path"
				],
				additionalProperties: false,
				properties: {
					base_branch: {
						description: "Read path at the pull request's base commit (git when the commit is local, else the REST contents API).",
						"const": true
					},
					path: {
						description: "Path of the metric file in the base commit (a single file, not a folder).",
						type: "string",
						minLength: 1
					}
				}
			},
			{
				type: "object",
				required: [
					"artifact"
				],
				additionalProperties: false,
				properties: {
					artifact: {
						description: "A file inside an artifact of the latest successful run of a workflow on the default branch.",
						type: "object",
						required: [
							"workflow",
							"name",
							"path"
						],
						additionalProperties: false,
						properties: {
							workflow: {
								description: "Workflow file name (eval.yml) or id whose runs upload the baseline.",
								type: "string",
								minLength: 1
							},
							name: {
								description: "Artifact name given to actions/upload-artifact.",
								type: "string",
								minLength: 1
							},
							path: {
								description: "Path of the metric file inside the artifact.",
								type: "string",
								minLength: 1
							},
							branch: {
								description: "Branch whose runs count. Default: the repository's default branch.",
								type: "string",
								minLength: 1
							}
						}
					}
				}
			}
		]
	},
	missing_baseline: {
		description: "What rules that need a baseline (max_drop, min_gain) give when there is none: fail (default), warn, or pass (to bootstrap the first run). Absolute bounds (min, max) are checked regardless.",
		"enum": [
			"fail",
			"warn",
			"pass"
		],
		"default": "fail"
	},
	examples: {
		description: "Per-example scores of both models (aligned by id): rules on metrics computed from them are decided by statistics (confidence intervals, corrected p-values) instead of the point estimate.",
		type: "object",
		required: [
			"candidate",
			"baseline"
		],
		additionalProperties: false,
		properties: {
			candidate: {
				description: "The candidate's per-example file (JSONL or CSV).",
				type: "string",
				minLength: 1
			},
			baseline: {
				description: "The baseline's per-example file (JSONL or CSV), in the workspace.",
				type: "string",
				minLength: 1
			},
			id: {
				description: "Column that identifies an example in both files. Default: id.",
				type: "string",
				minLength: 1,
				"default": "id"
			},
			slices: {
				description: "Columns whose values split the examples into slices; rules apply per slice through a metric rule's slices.",
				type: "array",
				items: {
					type: "string",
					minLength: 1
				},
				uniqueItems: true
			},
			missing_ids: {
				description: "What ids scored by one model only give: fail (default), warn or pass. They are always counted and sampled in the report.",
				"enum": [
					"fail",
					"warn",
					"pass"
				],
				"default": "fail"
			},
			resamples: {
				description: "Bootstrap resamples. Default: 10000.",
				type: "integer",
				minimum: 100,
				maximum: 1000000,
				"default": 10000
			},
			seed: {
				description: "Seed of the bootstrap's generator: the same seed gives the same intervals. Default: 1.",
				type: "integer",
				minimum: 0,
				"default": 1
			},
			confidence: {
				description: "Confidence level of the intervals. Default: 0.95.",
				type: "number",
				exclusiveMinimum: 0.5,
				exclusiveMaximum: 1,
				"default": 0.95
			},
			min_examples: {
				description: "A slice with fewer examples is shown as too small, not gated. Default: 30.",
				type: "integer",
				minimum: 1,
				"default": 30
			},
			correction: {
				description: "Multiple-comparison correction of p-values across every gated metric and slice: holm (default) or none.",
				"enum": [
					"holm",
					"none"
				],
				"default": "holm"
			},
			text: {
				description: "A column of the score files (e.g. the input text) shown beside the ids of examples that went from right to wrong on a 0/1 metric. Values are clipped to 200 characters.",
				type: "string",
				minLength: 1
			},
			format: {
				description: "Format of both score files. Default: a tool's format recognised by content (lm-eval-samples, promptfoo, inspect-json, inspect-eval, openai-evals), else from the extension (jsonl, csv, tsv, json, parquet; through .gz/.zst).",
				"enum": [
					"jsonl",
					"csv",
					"tsv",
					"json",
					"parquet",
					"lm-eval-samples",
					"promptfoo",
					"inspect-json",
					"inspect-eval",
					"openai-evals"
				]
			},
			repeats: {
				description: "Several records with one id are repeated samples of that example (epochs, generations), averaged per example (pass@k counts them) instead of refused as duplicates. The tools' formats always allow them. Default: false.",
				type: "boolean",
				"default": false
			}
		}
	},
	metrics: {
		description: "Rules by metric name: the keys that lead to the value, joined with dots (test.accuracy; pass@1, acc,none, macro avg.f1-score as they stand; a key holding a dot in double quotes: \"1.0\".recall; a list element by its index: scores.0.value). Metrics present in the files without a rule are shown, not gated.",
		type: "object",
		minProperties: 1,
		propertyNames: {
			description: "A metric name. Slices are ruled inside the metric (slices:), never in the name.",
			minLength: 1
		},
		additionalProperties: {
			$ref: "#/$defs/rule"
		}
	}
};
const $defs = {
	threshold: {
		description: "A number is absolute (0.01 = one point of accuracy); a string \"x%\" is relative to |baseline| (\"5%\").",
		oneOf: [
			{
				type: "number",
				minimum: 0
			},
			{
				type: "string",
				pattern: "^(\\d+(\\.\\d+)?|\\.\\d+)%$"
			}
		]
	},
	bounds: {
		type: "object",
		properties: {
			min: {
				description: "The candidate's value must be at least this (no baseline needed).",
				type: "number"
			},
			max: {
				description: "The candidate's value must be at most this (no baseline needed).",
				type: "number"
			},
			max_drop: {
				description: "Largest allowed regression against the baseline, measured in the direction that is better: a number (absolute) or \"x%\" (relative to |baseline|). 0 allows no regression at all.",
				$ref: "#/$defs/threshold"
			},
			min_gain: {
				description: "Improvement the candidate must show over the baseline: a number (absolute) or \"x%\" (relative to |baseline|).",
				$ref: "#/$defs/threshold"
			},
			severity: {
				description: "What a broken rule gives: fail (default) or warn.",
				"enum": [
					"fail",
					"warn"
				],
				"default": "fail"
			},
			missing: {
				description: "What a metric missing from the candidate or from the baseline gives: fail (default), warn or pass.",
				"enum": [
					"fail",
					"warn",
					"pass"
				],
				"default": "fail"
			},
			non_inferiority: {
				description: "With per-example scores: pass only when the confidence interval's lower bound of the change is above -max_drop (prove no regression), instead of failing only significant regressions. On point values it is the same as max_drop.",
				type: "boolean",
				"default": false
			}
		}
	},
	rule: {
		description: "How one metric is gated.",
		type: "object",
		required: [
			"direction"
		],
		additionalProperties: false,
		allOf: [
			{
				$ref: "#/$defs/bounds"
			}
		],
		properties: {
			direction: {
				description: "Which way is better: higher (accuracy) or lower (loss). Required: never guessed from the name.",
				"enum": [
					"higher",
					"lower"
				]
			},
			min: true,
			max: true,
			max_drop: true,
			min_gain: true,
			severity: true,
			missing: true,
			non_inferiority: true,
			from: {
				description: "How to compute the metric from the per-example files (needs examples): the mean of a score column; a statistic of label and prediction columns (precision, recall, f1, macro_f1, micro_f1, class_recall, rmse, mae); or a statistic of a label and a score column (roc_auc, pr_auc, brier, ece; ndcg and mrr per query). The statistic is stat:, or the metric's name when it names one; otherwise the rule is refused.",
				oneOf: [
					{
						type: "object",
						required: [
							"column"
						],
						additionalProperties: false,
						properties: {
							column: {
								description: "Score column whose mean is the metric (correct 0/1 → accuracy, loss → mean loss). Repeated samples of an example are averaged first.",
								type: "string",
								minLength: 1
							},
							pass_at: {
								description: "pass@k: k for the unbiased estimator 1 − C(n−c, k)/C(n, k) over each example's n samples (c correct, the column's 0/1 per sample), then the mean over examples. A metric named pass@<k> implies it.",
								type: "integer",
								minimum: 1
							}
						}
					},
					{
						type: "object",
						required: [
							"label",
							"prediction"
						],
						additionalProperties: false,
						properties: {
							label: {
								description: "Column of true labels.",
								type: "string",
								minLength: 1
							},
							prediction: {
								description: "Column of predicted labels (classification) or predicted values (rmse, mae).",
								type: "string",
								minLength: 1
							},
							positive: {
								description: "The positive class. Default: 1.",
								type: [
									"string",
									"number",
									"boolean"
								],
								"default": 1
							},
							stat: {
								description: "Which statistic: precision, recall, f1 (binary: positive class vs the rest), macro_f1, micro_f1, class_recall (multi-class), rmse, mae (regression: label is the target). Default: the metric's name when it is one of these (f1_macro, f1_micro also read).",
								"enum": [
									"precision",
									"recall",
									"f1",
									"macro_f1",
									"micro_f1",
									"class_recall",
									"rmse",
									"mae"
								]
							},
							"class": {
								description: "For class_recall: the class whose recall is the metric.",
								type: [
									"string",
									"number",
									"boolean"
								]
							}
						}
					},
					{
						type: "object",
						required: [
							"label",
							"score"
						],
						additionalProperties: false,
						properties: {
							label: {
								description: "Column of true labels (two classes), or of graded relevance (a number ≥ 0) for ndcg and mrr.",
								type: "string",
								minLength: 1
							},
							score: {
								description: "Column of the model's score for the positive class (a probability for brier and ece).",
								type: "string",
								minLength: 1
							},
							positive: {
								description: "The positive class. Default: 1.",
								type: [
									"string",
									"number",
									"boolean"
								],
								"default": 1
							},
							stat: {
								description: "Which statistic: roc_auc (DeLong's test), pr_auc (average precision), brier, ece (10 equal-width bins). Default: the metric's name when it is one of these (auc, auroc, average_precision, auprc, brier_score also read). ndcg (NDCG@k, scikit-learn's definition) and mrr (mean reciprocal rank, ties counted against the model) rank the documents of each query by score and are resampled by query.",
								"enum": [
									"roc_auc",
									"pr_auc",
									"brier",
									"ece",
									"ndcg",
									"mrr"
								]
							},
							query: {
								description: "For ndcg and mrr: the column that says which query a row (a document) belongs to.",
								type: "string",
								minLength: 1
							},
							k: {
								description: "For ndcg: the cut-off k of NDCG@k (default: every document).",
								type: "integer",
								minimum: 1
							}
						}
					}
				]
			},
			slices: {
				description: "Rules per slice, by slice key (every value of region: { region: { max_drop: 0.02 } }) or by one slice (\"region=eu\"). A slice rule inherits direction, severity and missing, not the thresholds.",
				type: "object",
				propertyNames: {
					pattern: "^[^@=]+(=.*)?$"
				},
				additionalProperties: {
					$ref: "#/$defs/sliceRule"
				}
			}
		}
	},
	sliceRule: {
		description: "How every slice of one key (or one slice) of the metric is gated.",
		type: "object",
		additionalProperties: false,
		allOf: [
			{
				$ref: "#/$defs/bounds"
			}
		],
		properties: {
			min: true,
			max: true,
			max_drop: true,
			min_gain: true,
			severity: true,
			missing: true,
			non_inferiority: true
		}
	}
};
const comparePartSchema = {
	$schema: $schema,
	$id: $id,
	title: title,
	description: description,
	type: type,
	required: required,
	additionalProperties: additionalProperties,
	properties: properties,
	$defs: $defs
};

const __ajv0 = ucs2length && typeof ucs2length === "object" ? ucs2length : __ajv0ns;
const validateConfig = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/config.schema.json", "title": "modelgate configuration (.github/modelgate.yml)", "description": "Data checks, model comparisons, report and gate settings for modelgate. Paths are relative to the repository (workspace) root, not to this file.", "type": "object", "required": ["version"], "additionalProperties": false, "properties": { "$schema": { "description": "The JSON Schema of this file, for editors that read it from the document (JSON configs). Ignored by modelgate.", "type": "string" }, "version": { "description": "Version of the configuration format. Always 1.", "const": 1 }, "validate": { "description": "Dataset checks: each validates data files against a JSON Schema and writes one result.", "type": "array", "items": { "$ref": "config-validate.schema.json" } }, "compare": { "description": "Model comparisons: each compares candidate metrics with a baseline under per-metric rules and writes one result.", "type": "array", "items": { "$ref": "config-compare.schema.json" } }, "report": { "description": "How the results are reported: sticky pull-request comment, commit status, job summary.", "type": "object", "additionalProperties": false, "properties": { "id": { "description": "Report id: names the hidden marker of the sticky comment, so several reports can share one pull request. Default: modelgate.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "default": "modelgate" }, "status_context": { "description": "Context (name) of the commit status the report sets; require this name in branch protection. Default: modelgate.", "type": "string", "minLength": 1, "maxLength": 255, "default": "modelgate" }, "history": { "description": "Keep a collapsed history of earlier runs' verdicts in the sticky comment. Default: false.", "type": "boolean", "default": false }, "comment": { "description": "The sticky pull-request comment: always (default; true means the same), on-failure (only while the gate fails; once it passes, a comment left from a failure is edited to a one-line 'passes now'), never (false means the same).", "oneOf": [{ "type": "boolean" }, { "enum": ["always", "on-failure", "never"] }], "default": "always" }, "summary": { "description": "Write the report to the job summary of the workflow run. Default: true.", "type": "boolean", "default": true }, "max_comment_chars": { "description": "Upper bound on the comment's length in characters; details beyond it are cut and linked. GitHub's limit is 65,536.", "type": "integer", "minimum": 1e3, "maximum": 65536 }, "comment_author": { "description": "Login whose comments are this report's, for a token of another GitHub App (e.g. my-app[bot]), which cannot tell its own login. Unset: detected (the token's user, or github-actions[bot] for an installation token).", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$" } } }, "gate": { "description": "When the gate fails the job (and so blocks the merge through branch protection).", "type": "object", "additionalProperties": false, "properties": { "fail_on": { "description": "The least severe status that fails the gate: fail (default) lets warnings pass, warn fails on warnings too.", "enum": ["fail", "warn"], "default": "fail" }, "override_label": { "description": "A pull-request label that lets the gate pass despite failures (the report still shows them). Unset: no override.", "type": "string", "minLength": 1, "maxLength": 50 }, "override_scope": { "description": "What the override label covers: commit (default) the head commit it was applied on, so a later push that fails the gate needs the label again; pr every later commit of the pull request too.", "enum": ["commit", "pr"], "default": "commit" }, "error_is": { "description": "How a check that could not evaluate (status error) counts: fail (default) or warn.", "enum": ["fail", "warn"], "default": "fail" }, "rules_from": { "description": "Whose rules apply when a pull request changes this config: stricter (default) keeps the base commit's value of every rule the pull request loosened, base uses the base commit's config, head the pull request's. Read from the base commit's config (or the action's rules-from input), never from the pull request's copy.", "enum": ["base", "head", "stricter"], "default": "stricter" } } } } };
const schema32 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/config-validate.schema.json", "title": "one dataset check of the config's validate list", "description": "Validate data files against a JSON Schema (2020-12 or draft-07) and fail when too many records violate it.", "type": "object", "required": ["id", "schema", "data"], "additionalProperties": false, "properties": { "id": { "description": "Result id: one section of the report, one result file.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, "title": { "description": "Heading of the report section; defaults to the id.", "type": "string", "maxLength": 200 }, "schema": { "description": "Path of the JSON Schema file, relative to the repository root. Local $refs resolve relative to it; remote $refs are refused.", "type": "string", "minLength": 1 }, "data": { "description": "Data files or globs, relative to the repository root. A glob matching nothing is an error. Text files may be compressed (name.jsonl.gz, name.csv.zst, ...); Parquet files end in .parquet.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "format": { "description": "Force one format for every file instead of taking it from the extension.", "enum": ["auto", "json", "jsonl", "csv", "tsv", "parquet", "arrow"], "default": "auto" }, "csv": { "description": `How the entry's CSV/TSV files are written beyond RFC 4180 (docs/validate.md, "CSV cells").`, "type": "object", "additionalProperties": false, "properties": { "delimiter": { "description": 'The field delimiter: one character, not a quote, CR or LF. Default: "," for .csv, tab for .tsv.', "type": "string", "minLength": 1, "maxLength": 1, "not": { "enum": ['"', "\r", "\n"] } }, "decimal": { "description": 'The decimal mark of numbers: "." (default) or "," (European Excel; the delimiter must then not be ",").', "enum": [".", ","], "default": "." }, "null_values": { "description": "Cells read as null where the column's schema allows null. Default: only the empty cell.", "type": "array", "items": { "type": "string", "maxLength": 100 }, "maxItems": 100, "uniqueItems": true, "default": [""] } } }, "max_invalid_rows": { "description": 'Fail when more records than this are invalid: a count or a percentage of the records ("0.5%").', "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^(\\d+|\\d+(\\.\\d+)?%)$" }], "default": 0 }, "warn_invalid_rows": { "description": "Warn (without failing) when more records than this are invalid: a count or a percentage.", "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^(\\d+|\\d+(\\.\\d+)?%)$" }] }, "max_annotations": { "description": "Error annotations placed on the data files' lines (GitHub shows 10 per step).", "type": "integer", "minimum": 0, "maximum": 50, "default": 10 }, "samples": { "description": "Example records kept for each group of violations.", "type": "integer", "minimum": 1, "maximum": 100, "default": 5 }, "expectations": { "description": "Dataset expectations beyond the row schema (docs/dataset.md).", "type": "object", "additionalProperties": false, "properties": { "row_count": { "description": "Bounds on the number of records, and its change against drift.reference.", "type": "object", "additionalProperties": false, "properties": { "min": { "type": "integer", "minimum": 0 }, "max": { "type": "integer", "minimum": 0 }, "max_drop": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^(\\d+|\\d+(\\.\\d+)?%)$" }], "description": 'Rows fewer than the reference: a count or a percentage ("5%").' }, "max_increase": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^(\\d+|\\d+(\\.\\d+)?%)$" }], "description": "Rows more than the reference: a count or a percentage." }, "severity": { "$ref": "#/$defs/severity" } } }, "columns": { "description": "Per-column expectations, keyed by the column (top-level property) name.", "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "max_null_share": { "description": "Largest allowed share of rows where the column is null, missing or empty.", "type": "number", "minimum": 0, "maximum": 1 }, "categories": { "description": "The allowed values (nulls are not checked here: see max_null_share).", "type": "array", "minItems": 1, "items": { "type": ["string", "number", "boolean"] } }, "min": { "description": "Smallest allowed value (numbers only).", "type": "number" }, "max": { "description": "Largest allowed value (numbers only).", "type": "number" }, "unique": { "description": "No value may repeat.", "type": "boolean" }, "mostly": { "$ref": "#/$defs/mostly" }, "severity": { "$ref": "#/$defs/severity" } } } }, "unique_keys": { "description": "Composite keys whose combination of values may not repeat.", "type": "array", "items": { "type": "object", "required": ["columns"], "additionalProperties": false, "properties": { "columns": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "mostly": { "$ref": "#/$defs/mostly" }, "severity": { "$ref": "#/$defs/severity" } } } }, "duplicates": { "description": "Fail on fully duplicated records (true, or options).", "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "mostly": { "$ref": "#/$defs/mostly" }, "severity": { "$ref": "#/$defs/severity" } } }] }, "leakage": { "description": "Fail when the same record (or the same key) is in two splits. Needs `splits`.", "oneOf": [{ "type": "boolean" }, { "type": "object", "additionalProperties": false, "properties": { "key": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "Columns identifying an example; the whole record when omitted." }, "severity": { "$ref": "#/$defs/severity" } } }] } } }, "splits": { "description": "Split name \u2192 data files or globs (each one of this entry's data files), for leakage checks.", "type": "object", "minProperties": 1, "additionalProperties": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] } }, "drift": { "description": "Distribution drift of each column against a reference dataset (docs/dataset.md).", "type": "object", "required": ["reference"], "additionalProperties": false, "properties": { "reference": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, { "$ref": "config-compare.schema.json#/properties/baseline" }], "description": "The reference data (e.g. what production was trained on): workspace files or globs, or one file from the same places as compare's baseline: { path }, { base_branch: true, path } (the pull request's base commit) or { artifact: { workflow, name, path } } (the latest successful run on the default branch). Remote files are capped at 100 MB." }, "missing_reference": { "description": "What a reference that does not exist (yet) gives, e.g. the first run before any artifact: fail (default), warn or pass (recorded in the result, never silent). A glob matching nothing is an error regardless.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "columns": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "Columns to compare; every top-level column when omitted." }, "psi_warn": { "type": "number", "exclusiveMinimum": 0, "default": 0.1 }, "psi_fail": { "type": "number", "exclusiveMinimum": 0, "default": 0.25 }, "bins": { "description": "Quantile bins of numeric columns.", "type": "integer", "minimum": 2, "maximum": 100, "default": 10 }, "alpha": { "description": "Significance level of the Holm-corrected KS / chi-square tests.", "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "test_severity": { "description": "What a significant test does on its own (at large n almost every difference is significant: PSI gates by default).", "enum": ["none", "warn", "fail"], "default": "none" }, "per_column": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "psi_warn": { "type": "number", "exclusiveMinimum": 0 }, "psi_fail": { "type": "number", "exclusiveMinimum": 0 }, "skip": { "type": "boolean" } } } } } }, "ratchet": { "description": "Run the same checks on the base branch's data, checked out in base_dir (e.g. actions/checkout with ref: the base sha, path: base), and separate what already failed there from what this change introduces.", "type": "object", "oneOf": [{ "required": ["base_dir"], "properties": { "base_dir": {} } }, { "required": ["base"], "properties": { "base": {} } }], "additionalProperties": false, "properties": { "base": { "description": `Instead of base_dir: where the base's data comes from, as compare's baseline. { path } is a checkout in the workspace; { base_branch: true, path } reads each data file at the pull request's base commit and { artifact: { workflow, name, path } } inside an artifact of the default branch's latest successful run, path being the folder the data paths start from ("." for the repository root). A file the base lacks counts as empty there (all its rows are new). 100 MB per file.`, "$ref": "config-compare.schema.json#/properties/baseline" }, "base_dir": { "description": "Directory (inside the workspace) holding the base branch's checkout; the data globs and splits resolve inside it.", "type": "string", "minLength": 1 }, "policy": { "description": "new-only (default): gate only on violations beyond the base's; all: gate on everything, still showing which ones are old.", "enum": ["new-only", "all"], "default": "new-only" } } } }, "$defs": { "severity": { "description": "What breaking it does: fail (default) or warn.", "enum": ["fail", "warn"] }, "mostly": { "description": "Share of the checked rows that must pass (as in Great Expectations); 1 by default.", "type": "number", "minimum": 0, "maximum": 1 } } };
const schema33 = { "description": "What breaking it does: fail (default) or warn.", "enum": ["fail", "warn"] };
const schema34 = { "description": "Share of the checked rows that must pass (as in Great Expectations); 1 by default.", "type": "number", "minimum": 0, "maximum": 1 };
const schema47 = { "description": "Where the baseline's metrics come from: a workspace file ({ path }), the same path at the pull request's base commit ({ base_branch: true, path }), or a file inside an artifact of the latest successful run of a workflow on the default branch ({ artifact: { workflow, name, path } }). Absent: no baseline, and missing_baseline decides.", "oneOf": [{ "type": "object", "required": ["path"], "additionalProperties": false, "properties": { "path": { "description": "Metric file or MLflow run folder in the workspace.", "type": "string", "minLength": 1 } } }, { "type": "object", "required": ["base_branch", "path"], "additionalProperties": false, "properties": { "base_branch": { "description": "Read path at the pull request's base commit (git when the commit is local, else the REST contents API).", "const": true }, "path": { "description": "Path of the metric file in the base commit (a single file, not a folder).", "type": "string", "minLength": 1 } } }, { "type": "object", "required": ["artifact"], "additionalProperties": false, "properties": { "artifact": { "description": "A file inside an artifact of the latest successful run of a workflow on the default branch.", "type": "object", "required": ["workflow", "name", "path"], "additionalProperties": false, "properties": { "workflow": { "description": "Workflow file name (eval.yml) or id whose runs upload the baseline.", "type": "string", "minLength": 1 }, "name": { "description": "Artifact name given to actions/upload-artifact.", "type": "string", "minLength": 1 }, "path": { "description": "Path of the metric file inside the artifact.", "type": "string", "minLength": 1 }, "branch": { "description": "Branch whose runs count. Default: the repository's default branch.", "type": "string", "minLength": 1 } } } } }] };
const func1 = Object.prototype.hasOwnProperty;
const func2 = __ajv0.default;
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
const pattern5 = new RegExp("^(\\d+|\\d+(\\.\\d+)?%)$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.schema === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema32.required, parentSchema: schema32, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", parentSchema: schema32.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.id.type, parentSchema: schema32.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) > 200) {
          const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema32.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.title.type, parentSchema: schema32.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      let data2 = data.schema;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.schema, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.schema.type, parentSchema: schema32.properties.schema, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data3 = data.data;
      const _errs9 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs10 = errors;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err10 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.data.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.data.oneOf[0].type, parentSchema: schema32.properties.data.oneOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs12 = errors;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err12 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.data.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err13 = { instancePath: instancePath + "/data/" + i0, schemaPath: "#/properties/data/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.data.oneOf[1].items, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/data/" + i0, schemaPath: "#/properties/data/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.data.oneOf[1].items.type, parentSchema: schema32.properties.data.oneOf[1].items, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.data.oneOf[1].type, parentSchema: schema32.properties.data.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err16 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.data.oneOf, parentSchema: schema32.properties.data, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.format !== void 0) {
      let data5 = data.format;
      if (!(data5 === "auto" || data5 === "json" || data5 === "jsonl" || data5 === "csv" || data5 === "tsv" || data5 === "parquet" || data5 === "arrow")) {
        const err17 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.format.enum, parentSchema: schema32.properties.format, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.csv !== void 0) {
      let data6 = data.csv;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "delimiter" || key1 === "decimal" || key1 === "null_values")) {
            const err18 = { instancePath: instancePath + "/csv", schemaPath: "#/properties/csv/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.csv, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.delimiter !== void 0) {
          let data7 = data6.delimiter;
          const _errs22 = errors;
          const _errs23 = errors;
          if (!(data7 === '"' || data7 === "\r" || data7 === "\n")) {
            const err19 = {};
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var valid5 = _errs23 === errors;
          if (valid5) {
            const err20 = { instancePath: instancePath + "/csv/delimiter", schemaPath: "#/properties/csv/properties/delimiter/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema32.properties.csv.properties.delimiter.not, parentSchema: schema32.properties.csv.properties.delimiter, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          } else {
            errors = _errs22;
            if (vErrors !== null) {
              if (_errs22) {
                vErrors.length = _errs22;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data7 === "string") {
            if (func2(data7) > 1) {
              const err21 = { instancePath: instancePath + "/csv/delimiter", schemaPath: "#/properties/csv/properties/delimiter/maxLength", keyword: "maxLength", params: { limit: 1 }, message: "must NOT have more than 1 characters", schema: 1, parentSchema: schema32.properties.csv.properties.delimiter, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (func2(data7) < 1) {
              const err22 = { instancePath: instancePath + "/csv/delimiter", schemaPath: "#/properties/csv/properties/delimiter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.csv.properties.delimiter, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/csv/delimiter", schemaPath: "#/properties/csv/properties/delimiter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.csv.properties.delimiter.type, parentSchema: schema32.properties.csv.properties.delimiter, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.decimal !== void 0) {
          let data8 = data6.decimal;
          if (!(data8 === "." || data8 === ",")) {
            const err24 = { instancePath: instancePath + "/csv/decimal", schemaPath: "#/properties/csv/properties/decimal/enum", keyword: "enum", params: { allowedValues: schema32.properties.csv.properties.decimal.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.csv.properties.decimal.enum, parentSchema: schema32.properties.csv.properties.decimal, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data6.null_values !== void 0) {
          let data9 = data6.null_values;
          if (Array.isArray(data9)) {
            if (data9.length > 100) {
              const err25 = { instancePath: instancePath + "/csv/null_values", schemaPath: "#/properties/csv/properties/null_values/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema32.properties.csv.properties.null_values, data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            const len1 = data9.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data10 = data9[i1];
              if (typeof data10 === "string") {
                if (func2(data10) > 100) {
                  const err26 = { instancePath: instancePath + "/csv/null_values/" + i1, schemaPath: "#/properties/csv/properties/null_values/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema32.properties.csv.properties.null_values.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/csv/null_values/" + i1, schemaPath: "#/properties/csv/properties/null_values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.csv.properties.null_values.items.type, parentSchema: schema32.properties.csv.properties.null_values.items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            let i2 = data9.length;
            let j0;
            if (i2 > 1) {
              const indices0 = {};
              for (; i2--; ) {
                let item0 = data9[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err28 = { instancePath: instancePath + "/csv/null_values", schemaPath: "#/properties/csv/properties/null_values/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema32.properties.csv.properties.null_values, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i2;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/csv/null_values", schemaPath: "#/properties/csv/properties/null_values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.csv.properties.null_values.type, parentSchema: schema32.properties.csv.properties.null_values, data: data9 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/csv", schemaPath: "#/properties/csv/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.csv.type, parentSchema: schema32.properties.csv, data: data6 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.max_invalid_rows !== void 0) {
      let data11 = data.max_invalid_rows;
      const _errs30 = errors;
      let valid9 = false;
      let passing1 = null;
      const _errs31 = errors;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err31 = { instancePath: instancePath + "/max_invalid_rows", schemaPath: "#/properties/max_invalid_rows/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.max_invalid_rows.oneOf[0].type, parentSchema: schema32.properties.max_invalid_rows.oneOf[0], data: data11 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 < 0 || isNaN(data11)) {
          const err32 = { instancePath: instancePath + "/max_invalid_rows", schemaPath: "#/properties/max_invalid_rows/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.max_invalid_rows.oneOf[0], data: data11 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
      var _valid1 = _errs31 === errors;
      if (_valid1) {
        valid9 = true;
        passing1 = 0;
      }
      const _errs33 = errors;
      if (typeof data11 === "string") {
        if (!pattern5.test(data11)) {
          const err33 = { instancePath: instancePath + "/max_invalid_rows", schemaPath: "#/properties/max_invalid_rows/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\d+|\\d+(\\.\\d+)?%)$" }, message: 'must match pattern "^(\\d+|\\d+(\\.\\d+)?%)$"', schema: "^(\\d+|\\d+(\\.\\d+)?%)$", parentSchema: schema32.properties.max_invalid_rows.oneOf[1], data: data11 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/max_invalid_rows", schemaPath: "#/properties/max_invalid_rows/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.max_invalid_rows.oneOf[1].type, parentSchema: schema32.properties.max_invalid_rows.oneOf[1], data: data11 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid1 = _errs33 === errors;
      if (_valid1 && valid9) {
        valid9 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid9 = true;
          passing1 = 1;
        }
      }
      if (!valid9) {
        const err35 = { instancePath: instancePath + "/max_invalid_rows", schemaPath: "#/properties/max_invalid_rows/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.max_invalid_rows.oneOf, parentSchema: schema32.properties.max_invalid_rows, data: data11 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      } else {
        errors = _errs30;
        if (vErrors !== null) {
          if (_errs30) {
            vErrors.length = _errs30;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.warn_invalid_rows !== void 0) {
      let data12 = data.warn_invalid_rows;
      const _errs36 = errors;
      let valid10 = false;
      let passing2 = null;
      const _errs37 = errors;
      if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
        const err36 = { instancePath: instancePath + "/warn_invalid_rows", schemaPath: "#/properties/warn_invalid_rows/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.warn_invalid_rows.oneOf[0].type, parentSchema: schema32.properties.warn_invalid_rows.oneOf[0], data: data12 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 < 0 || isNaN(data12)) {
          const err37 = { instancePath: instancePath + "/warn_invalid_rows", schemaPath: "#/properties/warn_invalid_rows/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.warn_invalid_rows.oneOf[0], data: data12 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      var _valid2 = _errs37 === errors;
      if (_valid2) {
        valid10 = true;
        passing2 = 0;
      }
      const _errs39 = errors;
      if (typeof data12 === "string") {
        if (!pattern5.test(data12)) {
          const err38 = { instancePath: instancePath + "/warn_invalid_rows", schemaPath: "#/properties/warn_invalid_rows/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\d+|\\d+(\\.\\d+)?%)$" }, message: 'must match pattern "^(\\d+|\\d+(\\.\\d+)?%)$"', schema: "^(\\d+|\\d+(\\.\\d+)?%)$", parentSchema: schema32.properties.warn_invalid_rows.oneOf[1], data: data12 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/warn_invalid_rows", schemaPath: "#/properties/warn_invalid_rows/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.warn_invalid_rows.oneOf[1].type, parentSchema: schema32.properties.warn_invalid_rows.oneOf[1], data: data12 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var _valid2 = _errs39 === errors;
      if (_valid2 && valid10) {
        valid10 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid10 = true;
          passing2 = 1;
        }
      }
      if (!valid10) {
        const err40 = { instancePath: instancePath + "/warn_invalid_rows", schemaPath: "#/properties/warn_invalid_rows/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.warn_invalid_rows.oneOf, parentSchema: schema32.properties.warn_invalid_rows, data: data12 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      } else {
        errors = _errs36;
        if (vErrors !== null) {
          if (_errs36) {
            vErrors.length = _errs36;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.max_annotations !== void 0) {
      let data13 = data.max_annotations;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
        const err41 = { instancePath: instancePath + "/max_annotations", schemaPath: "#/properties/max_annotations/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.max_annotations.type, parentSchema: schema32.properties.max_annotations, data: data13 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 > 50 || isNaN(data13)) {
          const err42 = { instancePath: instancePath + "/max_annotations", schemaPath: "#/properties/max_annotations/maximum", keyword: "maximum", params: { comparison: "<=", limit: 50 }, message: "must be <= 50", schema: 50, parentSchema: schema32.properties.max_annotations, data: data13 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data13 < 0 || isNaN(data13)) {
          const err43 = { instancePath: instancePath + "/max_annotations", schemaPath: "#/properties/max_annotations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.max_annotations, data: data13 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
    }
    if (data.samples !== void 0) {
      let data14 = data.samples;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
        const err44 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.samples.type, parentSchema: schema32.properties.samples, data: data14 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 > 100 || isNaN(data14)) {
          const err45 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema32.properties.samples, data: data14 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data14 < 1 || isNaN(data14)) {
          const err46 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.properties.samples, data: data14 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
    }
    if (data.expectations !== void 0) {
      let data15 = data.expectations;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          if (!(key2 === "row_count" || key2 === "columns" || key2 === "unique_keys" || key2 === "duplicates" || key2 === "leakage")) {
            const err47 = { instancePath: instancePath + "/expectations", schemaPath: "#/properties/expectations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.expectations, data: data15 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data15.row_count !== void 0) {
          let data16 = data15.row_count;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key3 in data16) {
              if (!(key3 === "min" || key3 === "max" || key3 === "max_drop" || key3 === "max_increase" || key3 === "severity")) {
                const err48 = { instancePath: instancePath + "/expectations/row_count", schemaPath: "#/properties/expectations/properties/row_count/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.expectations.properties.row_count, data: data16 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data16.min !== void 0) {
              let data17 = data16.min;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                const err49 = { instancePath: instancePath + "/expectations/row_count/min", schemaPath: "#/properties/expectations/properties/row_count/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.expectations.properties.row_count.properties.min.type, parentSchema: schema32.properties.expectations.properties.row_count.properties.min, data: data17 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 < 0 || isNaN(data17)) {
                  const err50 = { instancePath: instancePath + "/expectations/row_count/min", schemaPath: "#/properties/expectations/properties/row_count/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.expectations.properties.row_count.properties.min, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
            if (data16.max !== void 0) {
              let data18 = data16.max;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err51 = { instancePath: instancePath + "/expectations/row_count/max", schemaPath: "#/properties/expectations/properties/row_count/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.expectations.properties.row_count.properties.max.type, parentSchema: schema32.properties.expectations.properties.row_count.properties.max, data: data18 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 < 0 || isNaN(data18)) {
                  const err52 = { instancePath: instancePath + "/expectations/row_count/max", schemaPath: "#/properties/expectations/properties/row_count/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.expectations.properties.row_count.properties.max, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
            }
            if (data16.max_drop !== void 0) {
              let data19 = data16.max_drop;
              const _errs56 = errors;
              let valid13 = false;
              let passing3 = null;
              const _errs57 = errors;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err53 = { instancePath: instancePath + "/expectations/row_count/max_drop", schemaPath: "#/properties/expectations/properties/row_count/properties/max_drop/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.expectations.properties.row_count.properties.max_drop.oneOf[0].type, parentSchema: schema32.properties.expectations.properties.row_count.properties.max_drop.oneOf[0], data: data19 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 0 || isNaN(data19)) {
                  const err54 = { instancePath: instancePath + "/expectations/row_count/max_drop", schemaPath: "#/properties/expectations/properties/row_count/properties/max_drop/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.expectations.properties.row_count.properties.max_drop.oneOf[0], data: data19 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
              var _valid3 = _errs57 === errors;
              if (_valid3) {
                valid13 = true;
                passing3 = 0;
              }
              const _errs59 = errors;
              if (typeof data19 === "string") {
                if (!pattern5.test(data19)) {
                  const err55 = { instancePath: instancePath + "/expectations/row_count/max_drop", schemaPath: "#/properties/expectations/properties/row_count/properties/max_drop/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\d+|\\d+(\\.\\d+)?%)$" }, message: 'must match pattern "^(\\d+|\\d+(\\.\\d+)?%)$"', schema: "^(\\d+|\\d+(\\.\\d+)?%)$", parentSchema: schema32.properties.expectations.properties.row_count.properties.max_drop.oneOf[1], data: data19 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/expectations/row_count/max_drop", schemaPath: "#/properties/expectations/properties/row_count/properties/max_drop/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.expectations.properties.row_count.properties.max_drop.oneOf[1].type, parentSchema: schema32.properties.expectations.properties.row_count.properties.max_drop.oneOf[1], data: data19 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              var _valid3 = _errs59 === errors;
              if (_valid3 && valid13) {
                valid13 = false;
                passing3 = [passing3, 1];
              } else {
                if (_valid3) {
                  valid13 = true;
                  passing3 = 1;
                }
              }
              if (!valid13) {
                const err57 = { instancePath: instancePath + "/expectations/row_count/max_drop", schemaPath: "#/properties/expectations/properties/row_count/properties/max_drop/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.expectations.properties.row_count.properties.max_drop.oneOf, parentSchema: schema32.properties.expectations.properties.row_count.properties.max_drop, data: data19 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              } else {
                errors = _errs56;
                if (vErrors !== null) {
                  if (_errs56) {
                    vErrors.length = _errs56;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data16.max_increase !== void 0) {
              let data20 = data16.max_increase;
              const _errs62 = errors;
              let valid14 = false;
              let passing4 = null;
              const _errs63 = errors;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err58 = { instancePath: instancePath + "/expectations/row_count/max_increase", schemaPath: "#/properties/expectations/properties/row_count/properties/max_increase/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.expectations.properties.row_count.properties.max_increase.oneOf[0].type, parentSchema: schema32.properties.expectations.properties.row_count.properties.max_increase.oneOf[0], data: data20 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 0 || isNaN(data20)) {
                  const err59 = { instancePath: instancePath + "/expectations/row_count/max_increase", schemaPath: "#/properties/expectations/properties/row_count/properties/max_increase/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.expectations.properties.row_count.properties.max_increase.oneOf[0], data: data20 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
              var _valid4 = _errs63 === errors;
              if (_valid4) {
                valid14 = true;
                passing4 = 0;
              }
              const _errs65 = errors;
              if (typeof data20 === "string") {
                if (!pattern5.test(data20)) {
                  const err60 = { instancePath: instancePath + "/expectations/row_count/max_increase", schemaPath: "#/properties/expectations/properties/row_count/properties/max_increase/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\d+|\\d+(\\.\\d+)?%)$" }, message: 'must match pattern "^(\\d+|\\d+(\\.\\d+)?%)$"', schema: "^(\\d+|\\d+(\\.\\d+)?%)$", parentSchema: schema32.properties.expectations.properties.row_count.properties.max_increase.oneOf[1], data: data20 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/expectations/row_count/max_increase", schemaPath: "#/properties/expectations/properties/row_count/properties/max_increase/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.expectations.properties.row_count.properties.max_increase.oneOf[1].type, parentSchema: schema32.properties.expectations.properties.row_count.properties.max_increase.oneOf[1], data: data20 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              var _valid4 = _errs65 === errors;
              if (_valid4 && valid14) {
                valid14 = false;
                passing4 = [passing4, 1];
              } else {
                if (_valid4) {
                  valid14 = true;
                  passing4 = 1;
                }
              }
              if (!valid14) {
                const err62 = { instancePath: instancePath + "/expectations/row_count/max_increase", schemaPath: "#/properties/expectations/properties/row_count/properties/max_increase/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.expectations.properties.row_count.properties.max_increase.oneOf, parentSchema: schema32.properties.expectations.properties.row_count.properties.max_increase, data: data20 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              } else {
                errors = _errs62;
                if (vErrors !== null) {
                  if (_errs62) {
                    vErrors.length = _errs62;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data16.severity !== void 0) {
              let data21 = data16.severity;
              if (!(data21 === "fail" || data21 === "warn")) {
                const err63 = { instancePath: instancePath + "/expectations/row_count/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data21 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/expectations/row_count", schemaPath: "#/properties/expectations/properties/row_count/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.expectations.properties.row_count.type, parentSchema: schema32.properties.expectations.properties.row_count, data: data16 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data15.columns !== void 0) {
          let data22 = data15.columns;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key4 in data22) {
              let data23 = data22[key4];
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (Object.keys(data23).length < 1) {
                  const err65 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expectations/properties/columns/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                for (const key5 in data23) {
                  if (!(key5 === "max_null_share" || key5 === "categories" || key5 === "min" || key5 === "max" || key5 === "unique" || key5 === "mostly" || key5 === "severity")) {
                    const err66 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expectations/properties/columns/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data23.max_null_share !== void 0) {
                  let data24 = data23.max_null_share;
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 > 1 || isNaN(data24)) {
                      const err67 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_null_share", schemaPath: "#/properties/expectations/properties/columns/additionalProperties/properties/max_null_share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties.properties.max_null_share, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                    if (data24 < 0 || isNaN(data24)) {
                      const err68 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_null_share", schemaPath: "#/properties/expectations/properties/columns/additionalProperties/properties/max_null_share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties.properties.max_null_share, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_null_share", schemaPath: "#/properties/expectations/properties/columns/additionalProperties/properties/max_null_share/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.expectations.properties.columns.additionalProperties.properties.max_null_share.type, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties.properties.max_null_share, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data23.categories !== void 0) {
                  let data25 = data23.categories;
                  if (Array.isArray(data25)) {
                    if (data25.length < 1) {
                      const err70 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/categories", schemaPath: "#/properties/expectations/properties/columns/additionalProperties/properties/categories/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties.properties.categories, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    const len2 = data25.length;
                    for (let i3 = 0; i3 < len2; i3++) {
                      let data26 = data25[i3];
                      if (typeof data26 !== "string" && !(typeof data26 == "number" && isFinite(data26)) && typeof data26 !== "boolean") {
                        const err71 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/categories/" + i3, schemaPath: "#/properties/expectations/properties/columns/additionalProperties/properties/categories/items/type", keyword: "type", params: { type: schema32.properties.expectations.properties.columns.additionalProperties.properties.categories.items.type }, message: "must be string,number,boolean", schema: schema32.properties.expectations.properties.columns.additionalProperties.properties.categories.items.type, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties.properties.categories.items, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/categories", schemaPath: "#/properties/expectations/properties/columns/additionalProperties/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.expectations.properties.columns.additionalProperties.properties.categories.type, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties.properties.categories, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data23.min !== void 0) {
                  let data27 = data23.min;
                  if (!(typeof data27 == "number" && isFinite(data27))) {
                    const err73 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/expectations/properties/columns/additionalProperties/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.expectations.properties.columns.additionalProperties.properties.min.type, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties.properties.min, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data23.max !== void 0) {
                  let data28 = data23.max;
                  if (!(typeof data28 == "number" && isFinite(data28))) {
                    const err74 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/expectations/properties/columns/additionalProperties/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.expectations.properties.columns.additionalProperties.properties.max.type, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties.properties.max, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data23.unique !== void 0) {
                  let data29 = data23.unique;
                  if (typeof data29 !== "boolean") {
                    const err75 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/unique", schemaPath: "#/properties/expectations/properties/columns/additionalProperties/properties/unique/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.expectations.properties.columns.additionalProperties.properties.unique.type, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties.properties.unique, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data23.mostly !== void 0) {
                  let data30 = data23.mostly;
                  if (typeof data30 == "number" && isFinite(data30)) {
                    if (data30 > 1 || isNaN(data30)) {
                      const err76 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", schemaPath: "#/$defs/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema34, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                    if (data30 < 0 || isNaN(data30)) {
                      const err77 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", schemaPath: "#/$defs/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/mostly", schemaPath: "#/$defs/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.type, parentSchema: schema34, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data23.severity !== void 0) {
                  let data31 = data23.severity;
                  if (!(data31 === "fail" || data31 === "warn")) {
                    const err79 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
              } else {
                const err80 = { instancePath: instancePath + "/expectations/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expectations/properties/columns/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.expectations.properties.columns.additionalProperties.type, parentSchema: schema32.properties.expectations.properties.columns.additionalProperties, data: data23 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/expectations/columns", schemaPath: "#/properties/expectations/properties/columns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.expectations.properties.columns.type, parentSchema: schema32.properties.expectations.properties.columns, data: data22 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data15.unique_keys !== void 0) {
          let data32 = data15.unique_keys;
          if (Array.isArray(data32)) {
            const len3 = data32.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data33 = data32[i4];
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.columns === void 0) {
                  const err82 = { instancePath: instancePath + "/expectations/unique_keys/" + i4, schemaPath: "#/properties/expectations/properties/unique_keys/items/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'", schema: schema32.properties.expectations.properties.unique_keys.items.required, parentSchema: schema32.properties.expectations.properties.unique_keys.items, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                for (const key6 in data33) {
                  if (!(key6 === "columns" || key6 === "mostly" || key6 === "severity")) {
                    const err83 = { instancePath: instancePath + "/expectations/unique_keys/" + i4, schemaPath: "#/properties/expectations/properties/unique_keys/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.expectations.properties.unique_keys.items, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
                if (data33.columns !== void 0) {
                  let data34 = data33.columns;
                  if (Array.isArray(data34)) {
                    if (data34.length < 1) {
                      const err84 = { instancePath: instancePath + "/expectations/unique_keys/" + i4 + "/columns", schemaPath: "#/properties/expectations/properties/unique_keys/items/properties/columns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.expectations.properties.unique_keys.items.properties.columns, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                    const len4 = data34.length;
                    for (let i5 = 0; i5 < len4; i5++) {
                      let data35 = data34[i5];
                      if (typeof data35 === "string") {
                        if (func2(data35) < 1) {
                          const err85 = { instancePath: instancePath + "/expectations/unique_keys/" + i4 + "/columns/" + i5, schemaPath: "#/properties/expectations/properties/unique_keys/items/properties/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.expectations.properties.unique_keys.items.properties.columns.items, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                      } else {
                        const err86 = { instancePath: instancePath + "/expectations/unique_keys/" + i4 + "/columns/" + i5, schemaPath: "#/properties/expectations/properties/unique_keys/items/properties/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.expectations.properties.unique_keys.items.properties.columns.items.type, parentSchema: schema32.properties.expectations.properties.unique_keys.items.properties.columns.items, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err87 = { instancePath: instancePath + "/expectations/unique_keys/" + i4 + "/columns", schemaPath: "#/properties/expectations/properties/unique_keys/items/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.expectations.properties.unique_keys.items.properties.columns.type, parentSchema: schema32.properties.expectations.properties.unique_keys.items.properties.columns, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data33.mostly !== void 0) {
                  let data36 = data33.mostly;
                  if (typeof data36 == "number" && isFinite(data36)) {
                    if (data36 > 1 || isNaN(data36)) {
                      const err88 = { instancePath: instancePath + "/expectations/unique_keys/" + i4 + "/mostly", schemaPath: "#/$defs/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema34, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    if (data36 < 0 || isNaN(data36)) {
                      const err89 = { instancePath: instancePath + "/expectations/unique_keys/" + i4 + "/mostly", schemaPath: "#/$defs/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/expectations/unique_keys/" + i4 + "/mostly", schemaPath: "#/$defs/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.type, parentSchema: schema34, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data33.severity !== void 0) {
                  let data37 = data33.severity;
                  if (!(data37 === "fail" || data37 === "warn")) {
                    const err91 = { instancePath: instancePath + "/expectations/unique_keys/" + i4 + "/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/expectations/unique_keys/" + i4, schemaPath: "#/properties/expectations/properties/unique_keys/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.expectations.properties.unique_keys.items.type, parentSchema: schema32.properties.expectations.properties.unique_keys.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/expectations/unique_keys", schemaPath: "#/properties/expectations/properties/unique_keys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.expectations.properties.unique_keys.type, parentSchema: schema32.properties.expectations.properties.unique_keys, data: data32 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data15.duplicates !== void 0) {
          let data38 = data15.duplicates;
          const _errs107 = errors;
          let valid29 = false;
          let passing5 = null;
          const _errs108 = errors;
          if (typeof data38 !== "boolean") {
            const err94 = { instancePath: instancePath + "/expectations/duplicates", schemaPath: "#/properties/expectations/properties/duplicates/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.expectations.properties.duplicates.oneOf[0].type, parentSchema: schema32.properties.expectations.properties.duplicates.oneOf[0], data: data38 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
          var _valid5 = _errs108 === errors;
          if (_valid5) {
            valid29 = true;
            passing5 = 0;
          }
          const _errs110 = errors;
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            for (const key7 in data38) {
              if (!(key7 === "mostly" || key7 === "severity")) {
                const err95 = { instancePath: instancePath + "/expectations/duplicates", schemaPath: "#/properties/expectations/properties/duplicates/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.expectations.properties.duplicates.oneOf[1], data: data38 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data38.mostly !== void 0) {
              let data39 = data38.mostly;
              if (typeof data39 == "number" && isFinite(data39)) {
                if (data39 > 1 || isNaN(data39)) {
                  const err96 = { instancePath: instancePath + "/expectations/duplicates/mostly", schemaPath: "#/$defs/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema34, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                if (data39 < 0 || isNaN(data39)) {
                  const err97 = { instancePath: instancePath + "/expectations/duplicates/mostly", schemaPath: "#/$defs/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              } else {
                const err98 = { instancePath: instancePath + "/expectations/duplicates/mostly", schemaPath: "#/$defs/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.type, parentSchema: schema34, data: data39 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data38.severity !== void 0) {
              let data40 = data38.severity;
              if (!(data40 === "fail" || data40 === "warn")) {
                const err99 = { instancePath: instancePath + "/expectations/duplicates/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data40 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = { instancePath: instancePath + "/expectations/duplicates", schemaPath: "#/properties/expectations/properties/duplicates/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.expectations.properties.duplicates.oneOf[1].type, parentSchema: schema32.properties.expectations.properties.duplicates.oneOf[1], data: data38 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          var _valid5 = _errs110 === errors;
          if (_valid5 && valid29) {
            valid29 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid29 = true;
              passing5 = 1;
            }
          }
          if (!valid29) {
            const err101 = { instancePath: instancePath + "/expectations/duplicates", schemaPath: "#/properties/expectations/properties/duplicates/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.expectations.properties.duplicates.oneOf, parentSchema: schema32.properties.expectations.properties.duplicates, data: data38 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          } else {
            errors = _errs107;
            if (vErrors !== null) {
              if (_errs107) {
                vErrors.length = _errs107;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data15.leakage !== void 0) {
          let data41 = data15.leakage;
          const _errs119 = errors;
          let valid33 = false;
          let passing6 = null;
          const _errs120 = errors;
          if (typeof data41 !== "boolean") {
            const err102 = { instancePath: instancePath + "/expectations/leakage", schemaPath: "#/properties/expectations/properties/leakage/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.expectations.properties.leakage.oneOf[0].type, parentSchema: schema32.properties.expectations.properties.leakage.oneOf[0], data: data41 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          var _valid6 = _errs120 === errors;
          if (_valid6) {
            valid33 = true;
            passing6 = 0;
          }
          const _errs122 = errors;
          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
            for (const key8 in data41) {
              if (!(key8 === "key" || key8 === "severity")) {
                const err103 = { instancePath: instancePath + "/expectations/leakage", schemaPath: "#/properties/expectations/properties/leakage/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.expectations.properties.leakage.oneOf[1], data: data41 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data41.key !== void 0) {
              let data42 = data41.key;
              if (Array.isArray(data42)) {
                if (data42.length < 1) {
                  const err104 = { instancePath: instancePath + "/expectations/leakage/key", schemaPath: "#/properties/expectations/properties/leakage/oneOf/1/properties/key/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.expectations.properties.leakage.oneOf[1].properties.key, data: data42 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
                const len5 = data42.length;
                for (let i6 = 0; i6 < len5; i6++) {
                  let data43 = data42[i6];
                  if (typeof data43 === "string") {
                    if (func2(data43) < 1) {
                      const err105 = { instancePath: instancePath + "/expectations/leakage/key/" + i6, schemaPath: "#/properties/expectations/properties/leakage/oneOf/1/properties/key/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.expectations.properties.leakage.oneOf[1].properties.key.items, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                  } else {
                    const err106 = { instancePath: instancePath + "/expectations/leakage/key/" + i6, schemaPath: "#/properties/expectations/properties/leakage/oneOf/1/properties/key/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.expectations.properties.leakage.oneOf[1].properties.key.items.type, parentSchema: schema32.properties.expectations.properties.leakage.oneOf[1].properties.key.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
              } else {
                const err107 = { instancePath: instancePath + "/expectations/leakage/key", schemaPath: "#/properties/expectations/properties/leakage/oneOf/1/properties/key/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.expectations.properties.leakage.oneOf[1].properties.key.type, parentSchema: schema32.properties.expectations.properties.leakage.oneOf[1].properties.key, data: data42 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data41.severity !== void 0) {
              let data44 = data41.severity;
              if (!(data44 === "fail" || data44 === "warn")) {
                const err108 = { instancePath: instancePath + "/expectations/leakage/severity", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data44 };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
          } else {
            const err109 = { instancePath: instancePath + "/expectations/leakage", schemaPath: "#/properties/expectations/properties/leakage/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.expectations.properties.leakage.oneOf[1].type, parentSchema: schema32.properties.expectations.properties.leakage.oneOf[1], data: data41 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
          var _valid6 = _errs122 === errors;
          if (_valid6 && valid33) {
            valid33 = false;
            passing6 = [passing6, 1];
          } else {
            if (_valid6) {
              valid33 = true;
              passing6 = 1;
            }
          }
          if (!valid33) {
            const err110 = { instancePath: instancePath + "/expectations/leakage", schemaPath: "#/properties/expectations/properties/leakage/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.expectations.properties.leakage.oneOf, parentSchema: schema32.properties.expectations.properties.leakage, data: data41 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          } else {
            errors = _errs119;
            if (vErrors !== null) {
              if (_errs119) {
                vErrors.length = _errs119;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err111 = { instancePath: instancePath + "/expectations", schemaPath: "#/properties/expectations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.expectations.type, parentSchema: schema32.properties.expectations, data: data15 };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
    if (data.splits !== void 0) {
      let data45 = data.splits;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        if (Object.keys(data45).length < 1) {
          const err112 = { instancePath: instancePath + "/splits", schemaPath: "#/properties/splits/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema32.properties.splits, data: data45 };
          if (vErrors === null) {
            vErrors = [err112];
          } else {
            vErrors.push(err112);
          }
          errors++;
        }
        for (const key9 in data45) {
          let data46 = data45[key9];
          const _errs135 = errors;
          let valid39 = false;
          let passing7 = null;
          const _errs136 = errors;
          if (typeof data46 === "string") {
            if (func2(data46) < 1) {
              const err113 = { instancePath: instancePath + "/splits/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splits/additionalProperties/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.splits.additionalProperties.oneOf[0], data: data46 };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
          } else {
            const err114 = { instancePath: instancePath + "/splits/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splits/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.splits.additionalProperties.oneOf[0].type, parentSchema: schema32.properties.splits.additionalProperties.oneOf[0], data: data46 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
          var _valid7 = _errs136 === errors;
          if (_valid7) {
            valid39 = true;
            passing7 = 0;
          }
          const _errs138 = errors;
          if (Array.isArray(data46)) {
            if (data46.length < 1) {
              const err115 = { instancePath: instancePath + "/splits/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splits/additionalProperties/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.splits.additionalProperties.oneOf[1], data: data46 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            const len6 = data46.length;
            for (let i7 = 0; i7 < len6; i7++) {
              let data47 = data46[i7];
              if (typeof data47 === "string") {
                if (func2(data47) < 1) {
                  const err116 = { instancePath: instancePath + "/splits/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i7, schemaPath: "#/properties/splits/additionalProperties/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.splits.additionalProperties.oneOf[1].items, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              } else {
                const err117 = { instancePath: instancePath + "/splits/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i7, schemaPath: "#/properties/splits/additionalProperties/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.splits.additionalProperties.oneOf[1].items.type, parentSchema: schema32.properties.splits.additionalProperties.oneOf[1].items, data: data47 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
          } else {
            const err118 = { instancePath: instancePath + "/splits/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splits/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.splits.additionalProperties.oneOf[1].type, parentSchema: schema32.properties.splits.additionalProperties.oneOf[1], data: data46 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
          var _valid7 = _errs138 === errors;
          if (_valid7 && valid39) {
            valid39 = false;
            passing7 = [passing7, 1];
          } else {
            if (_valid7) {
              valid39 = true;
              passing7 = 1;
            }
          }
          if (!valid39) {
            const err119 = { instancePath: instancePath + "/splits/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/splits/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.splits.additionalProperties.oneOf, parentSchema: schema32.properties.splits.additionalProperties, data: data46 };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          } else {
            errors = _errs135;
            if (vErrors !== null) {
              if (_errs135) {
                vErrors.length = _errs135;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err120 = { instancePath: instancePath + "/splits", schemaPath: "#/properties/splits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.splits.type, parentSchema: schema32.properties.splits, data: data45 };
        if (vErrors === null) {
          vErrors = [err120];
        } else {
          vErrors.push(err120);
        }
        errors++;
      }
    }
    if (data.drift !== void 0) {
      let data48 = data.drift;
      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
        if (data48.reference === void 0) {
          const err121 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'", schema: schema32.properties.drift.required, parentSchema: schema32.properties.drift, data: data48 };
          if (vErrors === null) {
            vErrors = [err121];
          } else {
            vErrors.push(err121);
          }
          errors++;
        }
        for (const key10 in data48) {
          if (!func1.call(schema32.properties.drift.properties, key10)) {
            const err122 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.drift, data: data48 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data48.reference !== void 0) {
          let data49 = data48.reference;
          const _errs146 = errors;
          let valid43 = false;
          let passing8 = null;
          const _errs147 = errors;
          if (typeof data49 === "string") {
            if (func2(data49) < 1) {
              const err123 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/properties/drift/properties/reference/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.drift.properties.reference.oneOf[0], data: data49 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          } else {
            const err124 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/properties/drift/properties/reference/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.drift.properties.reference.oneOf[0].type, parentSchema: schema32.properties.drift.properties.reference.oneOf[0], data: data49 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
          var _valid8 = _errs147 === errors;
          if (_valid8) {
            valid43 = true;
            passing8 = 0;
          }
          const _errs149 = errors;
          if (Array.isArray(data49)) {
            if (data49.length < 1) {
              const err125 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/properties/drift/properties/reference/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.drift.properties.reference.oneOf[1], data: data49 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            const len7 = data49.length;
            for (let i8 = 0; i8 < len7; i8++) {
              let data50 = data49[i8];
              if (typeof data50 === "string") {
                if (func2(data50) < 1) {
                  const err126 = { instancePath: instancePath + "/drift/reference/" + i8, schemaPath: "#/properties/drift/properties/reference/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.drift.properties.reference.oneOf[1].items, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              } else {
                const err127 = { instancePath: instancePath + "/drift/reference/" + i8, schemaPath: "#/properties/drift/properties/reference/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.drift.properties.reference.oneOf[1].items.type, parentSchema: schema32.properties.drift.properties.reference.oneOf[1].items, data: data50 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
          } else {
            const err128 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/properties/drift/properties/reference/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.drift.properties.reference.oneOf[1].type, parentSchema: schema32.properties.drift.properties.reference.oneOf[1], data: data49 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
          var _valid8 = _errs149 === errors;
          if (_valid8 && valid43) {
            valid43 = false;
            passing8 = [passing8, 1];
          } else {
            if (_valid8) {
              valid43 = true;
              passing8 = 1;
            }
            const _errs153 = errors;
            const _errs155 = errors;
            let valid47 = false;
            let passing9 = null;
            const _errs156 = errors;
            if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
              if (data49.path === void 0) {
                const err129 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema47.oneOf[0].required, parentSchema: schema47.oneOf[0], data: data49 };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
              for (const key11 in data49) {
                if (!(key11 === "path")) {
                  const err130 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.oneOf[0], data: data49 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
              if (data49.path !== void 0) {
                let data51 = data49.path;
                if (typeof data51 === "string") {
                  if (func2(data51) < 1) {
                    const err131 = { instancePath: instancePath + "/drift/reference/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/0/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[0].properties.path, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                } else {
                  const err132 = { instancePath: instancePath + "/drift/reference/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/0/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[0].properties.path.type, parentSchema: schema47.oneOf[0].properties.path, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
              }
            } else {
              const err133 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.oneOf[0].type, parentSchema: schema47.oneOf[0], data: data49 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            var _valid9 = _errs156 === errors;
            if (_valid9) {
              valid47 = true;
              passing9 = 0;
            }
            const _errs161 = errors;
            if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
              if (data49.base_branch === void 0) {
                const err134 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/required", keyword: "required", params: { missingProperty: "base_branch" }, message: "must have required property 'base_branch'", schema: schema47.oneOf[1].required, parentSchema: schema47.oneOf[1], data: data49 };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
              if (data49.path === void 0) {
                const err135 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema47.oneOf[1].required, parentSchema: schema47.oneOf[1], data: data49 };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
              for (const key12 in data49) {
                if (!(key12 === "base_branch" || key12 === "path")) {
                  const err136 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.oneOf[1], data: data49 };
                  if (vErrors === null) {
                    vErrors = [err136];
                  } else {
                    vErrors.push(err136);
                  }
                  errors++;
                }
              }
              if (data49.base_branch !== void 0) {
                let data52 = data49.base_branch;
                if (true !== data52) {
                  const err137 = { instancePath: instancePath + "/drift/reference/base_branch", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/properties/base_branch/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema47.oneOf[1].properties.base_branch, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
              }
              if (data49.path !== void 0) {
                let data53 = data49.path;
                if (typeof data53 === "string") {
                  if (func2(data53) < 1) {
                    const err138 = { instancePath: instancePath + "/drift/reference/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[1].properties.path, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                } else {
                  const err139 = { instancePath: instancePath + "/drift/reference/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[1].properties.path.type, parentSchema: schema47.oneOf[1].properties.path, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              }
            } else {
              const err140 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.oneOf[1].type, parentSchema: schema47.oneOf[1], data: data49 };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
            var _valid9 = _errs161 === errors;
            if (_valid9 && valid47) {
              valid47 = false;
              passing9 = [passing9, 1];
            } else {
              if (_valid9) {
                valid47 = true;
                passing9 = 1;
              }
              const _errs167 = errors;
              if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                if (data49.artifact === void 0) {
                  const err141 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema47.oneOf[2].required, parentSchema: schema47.oneOf[2], data: data49 };
                  if (vErrors === null) {
                    vErrors = [err141];
                  } else {
                    vErrors.push(err141);
                  }
                  errors++;
                }
                for (const key13 in data49) {
                  if (!(key13 === "artifact")) {
                    const err142 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.oneOf[2], data: data49 };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data49.artifact !== void 0) {
                  let data54 = data49.artifact;
                  if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                    if (data54.workflow === void 0) {
                      const err143 = { instancePath: instancePath + "/drift/reference/artifact", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/required", keyword: "required", params: { missingProperty: "workflow" }, message: "must have required property 'workflow'", schema: schema47.oneOf[2].properties.artifact.required, parentSchema: schema47.oneOf[2].properties.artifact, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err143];
                      } else {
                        vErrors.push(err143);
                      }
                      errors++;
                    }
                    if (data54.name === void 0) {
                      const err144 = { instancePath: instancePath + "/drift/reference/artifact", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema47.oneOf[2].properties.artifact.required, parentSchema: schema47.oneOf[2].properties.artifact, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err144];
                      } else {
                        vErrors.push(err144);
                      }
                      errors++;
                    }
                    if (data54.path === void 0) {
                      const err145 = { instancePath: instancePath + "/drift/reference/artifact", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema47.oneOf[2].properties.artifact.required, parentSchema: schema47.oneOf[2].properties.artifact, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err145];
                      } else {
                        vErrors.push(err145);
                      }
                      errors++;
                    }
                    for (const key14 in data54) {
                      if (!(key14 === "workflow" || key14 === "name" || key14 === "path" || key14 === "branch")) {
                        const err146 = { instancePath: instancePath + "/drift/reference/artifact", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.oneOf[2].properties.artifact, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err146];
                        } else {
                          vErrors.push(err146);
                        }
                        errors++;
                      }
                    }
                    if (data54.workflow !== void 0) {
                      let data55 = data54.workflow;
                      if (typeof data55 === "string") {
                        if (func2(data55) < 1) {
                          const err147 = { instancePath: instancePath + "/drift/reference/artifact/workflow", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/workflow/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[2].properties.artifact.properties.workflow, data: data55 };
                          if (vErrors === null) {
                            vErrors = [err147];
                          } else {
                            vErrors.push(err147);
                          }
                          errors++;
                        }
                      } else {
                        const err148 = { instancePath: instancePath + "/drift/reference/artifact/workflow", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[2].properties.artifact.properties.workflow.type, parentSchema: schema47.oneOf[2].properties.artifact.properties.workflow, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err148];
                        } else {
                          vErrors.push(err148);
                        }
                        errors++;
                      }
                    }
                    if (data54.name !== void 0) {
                      let data56 = data54.name;
                      if (typeof data56 === "string") {
                        if (func2(data56) < 1) {
                          const err149 = { instancePath: instancePath + "/drift/reference/artifact/name", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[2].properties.artifact.properties.name, data: data56 };
                          if (vErrors === null) {
                            vErrors = [err149];
                          } else {
                            vErrors.push(err149);
                          }
                          errors++;
                        }
                      } else {
                        const err150 = { instancePath: instancePath + "/drift/reference/artifact/name", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[2].properties.artifact.properties.name.type, parentSchema: schema47.oneOf[2].properties.artifact.properties.name, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                    if (data54.path !== void 0) {
                      let data57 = data54.path;
                      if (typeof data57 === "string") {
                        if (func2(data57) < 1) {
                          const err151 = { instancePath: instancePath + "/drift/reference/artifact/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[2].properties.artifact.properties.path, data: data57 };
                          if (vErrors === null) {
                            vErrors = [err151];
                          } else {
                            vErrors.push(err151);
                          }
                          errors++;
                        }
                      } else {
                        const err152 = { instancePath: instancePath + "/drift/reference/artifact/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[2].properties.artifact.properties.path.type, parentSchema: schema47.oneOf[2].properties.artifact.properties.path, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err152];
                        } else {
                          vErrors.push(err152);
                        }
                        errors++;
                      }
                    }
                    if (data54.branch !== void 0) {
                      let data58 = data54.branch;
                      if (typeof data58 === "string") {
                        if (func2(data58) < 1) {
                          const err153 = { instancePath: instancePath + "/drift/reference/artifact/branch", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[2].properties.artifact.properties.branch, data: data58 };
                          if (vErrors === null) {
                            vErrors = [err153];
                          } else {
                            vErrors.push(err153);
                          }
                          errors++;
                        }
                      } else {
                        const err154 = { instancePath: instancePath + "/drift/reference/artifact/branch", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[2].properties.artifact.properties.branch.type, parentSchema: schema47.oneOf[2].properties.artifact.properties.branch, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err154];
                        } else {
                          vErrors.push(err154);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err155 = { instancePath: instancePath + "/drift/reference/artifact", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.oneOf[2].properties.artifact.type, parentSchema: schema47.oneOf[2].properties.artifact, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
              } else {
                const err156 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.oneOf[2].type, parentSchema: schema47.oneOf[2], data: data49 };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
              var _valid9 = _errs167 === errors;
              if (_valid9 && valid47) {
                valid47 = false;
                passing9 = [passing9, 2];
              } else {
                if (_valid9) {
                  valid47 = true;
                  passing9 = 2;
                }
              }
            }
            if (!valid47) {
              const err157 = { instancePath: instancePath + "/drift/reference", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf", schema: schema47.oneOf, parentSchema: schema47, data: data49 };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            } else {
              errors = _errs155;
              if (vErrors !== null) {
                if (_errs155) {
                  vErrors.length = _errs155;
                } else {
                  vErrors = null;
                }
              }
            }
            var _valid8 = _errs153 === errors;
            if (_valid8 && valid43) {
              valid43 = false;
              passing8 = [passing8, 2];
            } else {
              if (_valid8) {
                valid43 = true;
                passing8 = 2;
              }
            }
          }
          if (!valid43) {
            const err158 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/properties/drift/properties/reference/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.drift.properties.reference.oneOf, parentSchema: schema32.properties.drift.properties.reference, data: data49 };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          } else {
            errors = _errs146;
            if (vErrors !== null) {
              if (_errs146) {
                vErrors.length = _errs146;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data48.missing_reference !== void 0) {
          let data59 = data48.missing_reference;
          if (!(data59 === "fail" || data59 === "warn" || data59 === "pass")) {
            const err159 = { instancePath: instancePath + "/drift/missing_reference", schemaPath: "#/properties/drift/properties/missing_reference/enum", keyword: "enum", params: { allowedValues: schema32.properties.drift.properties.missing_reference.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.drift.properties.missing_reference.enum, parentSchema: schema32.properties.drift.properties.missing_reference, data: data59 };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
        if (data48.columns !== void 0) {
          let data60 = data48.columns;
          if (Array.isArray(data60)) {
            if (data60.length < 1) {
              const err160 = { instancePath: instancePath + "/drift/columns", schemaPath: "#/properties/drift/properties/columns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.drift.properties.columns, data: data60 };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            const len8 = data60.length;
            for (let i9 = 0; i9 < len8; i9++) {
              let data61 = data60[i9];
              if (typeof data61 === "string") {
                if (func2(data61) < 1) {
                  const err161 = { instancePath: instancePath + "/drift/columns/" + i9, schemaPath: "#/properties/drift/properties/columns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.drift.properties.columns.items, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
              } else {
                const err162 = { instancePath: instancePath + "/drift/columns/" + i9, schemaPath: "#/properties/drift/properties/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.drift.properties.columns.items.type, parentSchema: schema32.properties.drift.properties.columns.items, data: data61 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
          } else {
            const err163 = { instancePath: instancePath + "/drift/columns", schemaPath: "#/properties/drift/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.drift.properties.columns.type, parentSchema: schema32.properties.drift.properties.columns, data: data60 };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
        if (data48.psi_warn !== void 0) {
          let data62 = data48.psi_warn;
          if (typeof data62 == "number" && isFinite(data62)) {
            if (data62 <= 0 || isNaN(data62)) {
              const err164 = { instancePath: instancePath + "/drift/psi_warn", schemaPath: "#/properties/drift/properties/psi_warn/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema32.properties.drift.properties.psi_warn, data: data62 };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
          } else {
            const err165 = { instancePath: instancePath + "/drift/psi_warn", schemaPath: "#/properties/drift/properties/psi_warn/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.drift.properties.psi_warn.type, parentSchema: schema32.properties.drift.properties.psi_warn, data: data62 };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
        }
        if (data48.psi_fail !== void 0) {
          let data63 = data48.psi_fail;
          if (typeof data63 == "number" && isFinite(data63)) {
            if (data63 <= 0 || isNaN(data63)) {
              const err166 = { instancePath: instancePath + "/drift/psi_fail", schemaPath: "#/properties/drift/properties/psi_fail/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema32.properties.drift.properties.psi_fail, data: data63 };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
          } else {
            const err167 = { instancePath: instancePath + "/drift/psi_fail", schemaPath: "#/properties/drift/properties/psi_fail/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.drift.properties.psi_fail.type, parentSchema: schema32.properties.drift.properties.psi_fail, data: data63 };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        if (data48.bins !== void 0) {
          let data64 = data48.bins;
          if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)) && isFinite(data64))) {
            const err168 = { instancePath: instancePath + "/drift/bins", schemaPath: "#/properties/drift/properties/bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.properties.drift.properties.bins.type, parentSchema: schema32.properties.drift.properties.bins, data: data64 };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
          if (typeof data64 == "number" && isFinite(data64)) {
            if (data64 > 100 || isNaN(data64)) {
              const err169 = { instancePath: instancePath + "/drift/bins", schemaPath: "#/properties/drift/properties/bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema32.properties.drift.properties.bins, data: data64 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
            if (data64 < 2 || isNaN(data64)) {
              const err170 = { instancePath: instancePath + "/drift/bins", schemaPath: "#/properties/drift/properties/bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema32.properties.drift.properties.bins, data: data64 };
              if (vErrors === null) {
                vErrors = [err170];
              } else {
                vErrors.push(err170);
              }
              errors++;
            }
          }
        }
        if (data48.alpha !== void 0) {
          let data65 = data48.alpha;
          if (typeof data65 == "number" && isFinite(data65)) {
            if (data65 > 0.5 || isNaN(data65)) {
              const err171 = { instancePath: instancePath + "/drift/alpha", schemaPath: "#/properties/drift/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema32.properties.drift.properties.alpha, data: data65 };
              if (vErrors === null) {
                vErrors = [err171];
              } else {
                vErrors.push(err171);
              }
              errors++;
            }
            if (data65 <= 0 || isNaN(data65)) {
              const err172 = { instancePath: instancePath + "/drift/alpha", schemaPath: "#/properties/drift/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema32.properties.drift.properties.alpha, data: data65 };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
          } else {
            const err173 = { instancePath: instancePath + "/drift/alpha", schemaPath: "#/properties/drift/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.drift.properties.alpha.type, parentSchema: schema32.properties.drift.properties.alpha, data: data65 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
        if (data48.test_severity !== void 0) {
          let data66 = data48.test_severity;
          if (!(data66 === "none" || data66 === "warn" || data66 === "fail")) {
            const err174 = { instancePath: instancePath + "/drift/test_severity", schemaPath: "#/properties/drift/properties/test_severity/enum", keyword: "enum", params: { allowedValues: schema32.properties.drift.properties.test_severity.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.drift.properties.test_severity.enum, parentSchema: schema32.properties.drift.properties.test_severity, data: data66 };
            if (vErrors === null) {
              vErrors = [err174];
            } else {
              vErrors.push(err174);
            }
            errors++;
          }
        }
        if (data48.per_column !== void 0) {
          let data67 = data48.per_column;
          if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
            for (const key15 in data67) {
              let data68 = data67[key15];
              if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                for (const key16 in data68) {
                  if (!(key16 === "psi_warn" || key16 === "psi_fail" || key16 === "skip")) {
                    const err175 = { instancePath: instancePath + "/drift/per_column/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/per_column/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.drift.properties.per_column.additionalProperties, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                }
                if (data68.psi_warn !== void 0) {
                  let data69 = data68.psi_warn;
                  if (typeof data69 == "number" && isFinite(data69)) {
                    if (data69 <= 0 || isNaN(data69)) {
                      const err176 = { instancePath: instancePath + "/drift/per_column/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/psi_warn", schemaPath: "#/properties/drift/properties/per_column/additionalProperties/properties/psi_warn/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema32.properties.drift.properties.per_column.additionalProperties.properties.psi_warn, data: data69 };
                      if (vErrors === null) {
                        vErrors = [err176];
                      } else {
                        vErrors.push(err176);
                      }
                      errors++;
                    }
                  } else {
                    const err177 = { instancePath: instancePath + "/drift/per_column/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/psi_warn", schemaPath: "#/properties/drift/properties/per_column/additionalProperties/properties/psi_warn/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.drift.properties.per_column.additionalProperties.properties.psi_warn.type, parentSchema: schema32.properties.drift.properties.per_column.additionalProperties.properties.psi_warn, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err177];
                    } else {
                      vErrors.push(err177);
                    }
                    errors++;
                  }
                }
                if (data68.psi_fail !== void 0) {
                  let data70 = data68.psi_fail;
                  if (typeof data70 == "number" && isFinite(data70)) {
                    if (data70 <= 0 || isNaN(data70)) {
                      const err178 = { instancePath: instancePath + "/drift/per_column/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/psi_fail", schemaPath: "#/properties/drift/properties/per_column/additionalProperties/properties/psi_fail/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema32.properties.drift.properties.per_column.additionalProperties.properties.psi_fail, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err178];
                      } else {
                        vErrors.push(err178);
                      }
                      errors++;
                    }
                  } else {
                    const err179 = { instancePath: instancePath + "/drift/per_column/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/psi_fail", schemaPath: "#/properties/drift/properties/per_column/additionalProperties/properties/psi_fail/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema32.properties.drift.properties.per_column.additionalProperties.properties.psi_fail.type, parentSchema: schema32.properties.drift.properties.per_column.additionalProperties.properties.psi_fail, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err179];
                    } else {
                      vErrors.push(err179);
                    }
                    errors++;
                  }
                }
                if (data68.skip !== void 0) {
                  let data71 = data68.skip;
                  if (typeof data71 !== "boolean") {
                    const err180 = { instancePath: instancePath + "/drift/per_column/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/skip", schemaPath: "#/properties/drift/properties/per_column/additionalProperties/properties/skip/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.properties.drift.properties.per_column.additionalProperties.properties.skip.type, parentSchema: schema32.properties.drift.properties.per_column.additionalProperties.properties.skip, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
              } else {
                const err181 = { instancePath: instancePath + "/drift/per_column/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/per_column/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.drift.properties.per_column.additionalProperties.type, parentSchema: schema32.properties.drift.properties.per_column.additionalProperties, data: data68 };
                if (vErrors === null) {
                  vErrors = [err181];
                } else {
                  vErrors.push(err181);
                }
                errors++;
              }
            }
          } else {
            const err182 = { instancePath: instancePath + "/drift/per_column", schemaPath: "#/properties/drift/properties/per_column/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.drift.properties.per_column.type, parentSchema: schema32.properties.drift.properties.per_column, data: data67 };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
        }
      } else {
        const err183 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.drift.type, parentSchema: schema32.properties.drift, data: data48 };
        if (vErrors === null) {
          vErrors = [err183];
        } else {
          vErrors.push(err183);
        }
        errors++;
      }
    }
    if (data.ratchet !== void 0) {
      let data72 = data.ratchet;
      const _errs209 = errors;
      let valid56 = false;
      let passing10 = null;
      const _errs210 = errors;
      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
        if (data72.base_dir === void 0) {
          const err184 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/oneOf/0/required", keyword: "required", params: { missingProperty: "base_dir" }, message: "must have required property 'base_dir'", schema: schema32.properties.ratchet.oneOf[0].required, parentSchema: schema32.properties.ratchet.oneOf[0], data: data72 };
          if (vErrors === null) {
            vErrors = [err184];
          } else {
            vErrors.push(err184);
          }
          errors++;
        }
      }
      var _valid10 = _errs210 === errors;
      if (_valid10) {
        valid56 = true;
        passing10 = 0;
        var props3 = {};
        props3.base_dir = true;
      }
      const _errs211 = errors;
      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
        if (data72.base === void 0) {
          const err185 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/oneOf/1/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'", schema: schema32.properties.ratchet.oneOf[1].required, parentSchema: schema32.properties.ratchet.oneOf[1], data: data72 };
          if (vErrors === null) {
            vErrors = [err185];
          } else {
            vErrors.push(err185);
          }
          errors++;
        }
      }
      var _valid10 = _errs211 === errors;
      if (_valid10 && valid56) {
        valid56 = false;
        passing10 = [passing10, 1];
      } else {
        if (_valid10) {
          valid56 = true;
          passing10 = 1;
          if (props3 !== true) {
            props3 = props3 || {};
            props3.base = true;
          }
        }
      }
      if (!valid56) {
        const err186 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf", schema: schema32.properties.ratchet.oneOf, parentSchema: schema32.properties.ratchet, data: data72 };
        if (vErrors === null) {
          vErrors = [err186];
        } else {
          vErrors.push(err186);
        }
        errors++;
      } else {
        errors = _errs209;
        if (vErrors !== null) {
          if (_errs209) {
            vErrors.length = _errs209;
          } else {
            vErrors = null;
          }
        }
      }
      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
        for (const key17 in data72) {
          if (!(key17 === "base" || key17 === "base_dir" || key17 === "policy")) {
            const err187 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.ratchet, data: data72 };
            if (vErrors === null) {
              vErrors = [err187];
            } else {
              vErrors.push(err187);
            }
            errors++;
          }
        }
        if (data72.base !== void 0) {
          let data73 = data72.base;
          const _errs215 = errors;
          let valid59 = false;
          let passing11 = null;
          const _errs216 = errors;
          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            if (data73.path === void 0) {
              const err188 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema47.oneOf[0].required, parentSchema: schema47.oneOf[0], data: data73 };
              if (vErrors === null) {
                vErrors = [err188];
              } else {
                vErrors.push(err188);
              }
              errors++;
            }
            for (const key18 in data73) {
              if (!(key18 === "path")) {
                const err189 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.oneOf[0], data: data73 };
                if (vErrors === null) {
                  vErrors = [err189];
                } else {
                  vErrors.push(err189);
                }
                errors++;
              }
            }
            if (data73.path !== void 0) {
              let data74 = data73.path;
              if (typeof data74 === "string") {
                if (func2(data74) < 1) {
                  const err190 = { instancePath: instancePath + "/ratchet/base/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/0/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[0].properties.path, data: data74 };
                  if (vErrors === null) {
                    vErrors = [err190];
                  } else {
                    vErrors.push(err190);
                  }
                  errors++;
                }
              } else {
                const err191 = { instancePath: instancePath + "/ratchet/base/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/0/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[0].properties.path.type, parentSchema: schema47.oneOf[0].properties.path, data: data74 };
                if (vErrors === null) {
                  vErrors = [err191];
                } else {
                  vErrors.push(err191);
                }
                errors++;
              }
            }
          } else {
            const err192 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.oneOf[0].type, parentSchema: schema47.oneOf[0], data: data73 };
            if (vErrors === null) {
              vErrors = [err192];
            } else {
              vErrors.push(err192);
            }
            errors++;
          }
          var _valid11 = _errs216 === errors;
          if (_valid11) {
            valid59 = true;
            passing11 = 0;
          }
          const _errs221 = errors;
          if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
            if (data73.base_branch === void 0) {
              const err193 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/required", keyword: "required", params: { missingProperty: "base_branch" }, message: "must have required property 'base_branch'", schema: schema47.oneOf[1].required, parentSchema: schema47.oneOf[1], data: data73 };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors++;
            }
            if (data73.path === void 0) {
              const err194 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema47.oneOf[1].required, parentSchema: schema47.oneOf[1], data: data73 };
              if (vErrors === null) {
                vErrors = [err194];
              } else {
                vErrors.push(err194);
              }
              errors++;
            }
            for (const key19 in data73) {
              if (!(key19 === "base_branch" || key19 === "path")) {
                const err195 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.oneOf[1], data: data73 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data73.base_branch !== void 0) {
              let data75 = data73.base_branch;
              if (true !== data75) {
                const err196 = { instancePath: instancePath + "/ratchet/base/base_branch", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/properties/base_branch/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema47.oneOf[1].properties.base_branch, data: data75 };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
            }
            if (data73.path !== void 0) {
              let data76 = data73.path;
              if (typeof data76 === "string") {
                if (func2(data76) < 1) {
                  const err197 = { instancePath: instancePath + "/ratchet/base/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[1].properties.path, data: data76 };
                  if (vErrors === null) {
                    vErrors = [err197];
                  } else {
                    vErrors.push(err197);
                  }
                  errors++;
                }
              } else {
                const err198 = { instancePath: instancePath + "/ratchet/base/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[1].properties.path.type, parentSchema: schema47.oneOf[1].properties.path, data: data76 };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
            }
          } else {
            const err199 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.oneOf[1].type, parentSchema: schema47.oneOf[1], data: data73 };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
          var _valid11 = _errs221 === errors;
          if (_valid11 && valid59) {
            valid59 = false;
            passing11 = [passing11, 1];
          } else {
            if (_valid11) {
              valid59 = true;
              passing11 = 1;
            }
            const _errs227 = errors;
            if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
              if (data73.artifact === void 0) {
                const err200 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema47.oneOf[2].required, parentSchema: schema47.oneOf[2], data: data73 };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
              for (const key20 in data73) {
                if (!(key20 === "artifact")) {
                  const err201 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.oneOf[2], data: data73 };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                }
              }
              if (data73.artifact !== void 0) {
                let data77 = data73.artifact;
                if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                  if (data77.workflow === void 0) {
                    const err202 = { instancePath: instancePath + "/ratchet/base/artifact", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/required", keyword: "required", params: { missingProperty: "workflow" }, message: "must have required property 'workflow'", schema: schema47.oneOf[2].properties.artifact.required, parentSchema: schema47.oneOf[2].properties.artifact, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err202];
                    } else {
                      vErrors.push(err202);
                    }
                    errors++;
                  }
                  if (data77.name === void 0) {
                    const err203 = { instancePath: instancePath + "/ratchet/base/artifact", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema47.oneOf[2].properties.artifact.required, parentSchema: schema47.oneOf[2].properties.artifact, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                  if (data77.path === void 0) {
                    const err204 = { instancePath: instancePath + "/ratchet/base/artifact", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema47.oneOf[2].properties.artifact.required, parentSchema: schema47.oneOf[2].properties.artifact, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err204];
                    } else {
                      vErrors.push(err204);
                    }
                    errors++;
                  }
                  for (const key21 in data77) {
                    if (!(key21 === "workflow" || key21 === "name" || key21 === "path" || key21 === "branch")) {
                      const err205 = { instancePath: instancePath + "/ratchet/base/artifact", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47.oneOf[2].properties.artifact, data: data77 };
                      if (vErrors === null) {
                        vErrors = [err205];
                      } else {
                        vErrors.push(err205);
                      }
                      errors++;
                    }
                  }
                  if (data77.workflow !== void 0) {
                    let data78 = data77.workflow;
                    if (typeof data78 === "string") {
                      if (func2(data78) < 1) {
                        const err206 = { instancePath: instancePath + "/ratchet/base/artifact/workflow", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/workflow/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[2].properties.artifact.properties.workflow, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err206];
                        } else {
                          vErrors.push(err206);
                        }
                        errors++;
                      }
                    } else {
                      const err207 = { instancePath: instancePath + "/ratchet/base/artifact/workflow", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[2].properties.artifact.properties.workflow.type, parentSchema: schema47.oneOf[2].properties.artifact.properties.workflow, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err207];
                      } else {
                        vErrors.push(err207);
                      }
                      errors++;
                    }
                  }
                  if (data77.name !== void 0) {
                    let data79 = data77.name;
                    if (typeof data79 === "string") {
                      if (func2(data79) < 1) {
                        const err208 = { instancePath: instancePath + "/ratchet/base/artifact/name", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[2].properties.artifact.properties.name, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err208];
                        } else {
                          vErrors.push(err208);
                        }
                        errors++;
                      }
                    } else {
                      const err209 = { instancePath: instancePath + "/ratchet/base/artifact/name", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[2].properties.artifact.properties.name.type, parentSchema: schema47.oneOf[2].properties.artifact.properties.name, data: data79 };
                      if (vErrors === null) {
                        vErrors = [err209];
                      } else {
                        vErrors.push(err209);
                      }
                      errors++;
                    }
                  }
                  if (data77.path !== void 0) {
                    let data80 = data77.path;
                    if (typeof data80 === "string") {
                      if (func2(data80) < 1) {
                        const err210 = { instancePath: instancePath + "/ratchet/base/artifact/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[2].properties.artifact.properties.path, data: data80 };
                        if (vErrors === null) {
                          vErrors = [err210];
                        } else {
                          vErrors.push(err210);
                        }
                        errors++;
                      }
                    } else {
                      const err211 = { instancePath: instancePath + "/ratchet/base/artifact/path", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[2].properties.artifact.properties.path.type, parentSchema: schema47.oneOf[2].properties.artifact.properties.path, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err211];
                      } else {
                        vErrors.push(err211);
                      }
                      errors++;
                    }
                  }
                  if (data77.branch !== void 0) {
                    let data81 = data77.branch;
                    if (typeof data81 === "string") {
                      if (func2(data81) < 1) {
                        const err212 = { instancePath: instancePath + "/ratchet/base/artifact/branch", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.oneOf[2].properties.artifact.properties.branch, data: data81 };
                        if (vErrors === null) {
                          vErrors = [err212];
                        } else {
                          vErrors.push(err212);
                        }
                        errors++;
                      }
                    } else {
                      const err213 = { instancePath: instancePath + "/ratchet/base/artifact/branch", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.oneOf[2].properties.artifact.properties.branch.type, parentSchema: schema47.oneOf[2].properties.artifact.properties.branch, data: data81 };
                      if (vErrors === null) {
                        vErrors = [err213];
                      } else {
                        vErrors.push(err213);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err214 = { instancePath: instancePath + "/ratchet/base/artifact", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.oneOf[2].properties.artifact.type, parentSchema: schema47.oneOf[2].properties.artifact, data: data77 };
                  if (vErrors === null) {
                    vErrors = [err214];
                  } else {
                    vErrors.push(err214);
                  }
                  errors++;
                }
              }
            } else {
              const err215 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.oneOf[2].type, parentSchema: schema47.oneOf[2], data: data73 };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
            var _valid11 = _errs227 === errors;
            if (_valid11 && valid59) {
              valid59 = false;
              passing11 = [passing11, 2];
            } else {
              if (_valid11) {
                valid59 = true;
                passing11 = 2;
              }
            }
          }
          if (!valid59) {
            const err216 = { instancePath: instancePath + "/ratchet/base", schemaPath: "config-compare.schema.json#/properties/baseline/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf", schema: schema47.oneOf, parentSchema: schema47, data: data73 };
            if (vErrors === null) {
              vErrors = [err216];
            } else {
              vErrors.push(err216);
            }
            errors++;
          } else {
            errors = _errs215;
            if (vErrors !== null) {
              if (_errs215) {
                vErrors.length = _errs215;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data72.base_dir !== void 0) {
          let data82 = data72.base_dir;
          if (typeof data82 === "string") {
            if (func2(data82) < 1) {
              const err217 = { instancePath: instancePath + "/ratchet/base_dir", schemaPath: "#/properties/ratchet/properties/base_dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.ratchet.properties.base_dir, data: data82 };
              if (vErrors === null) {
                vErrors = [err217];
              } else {
                vErrors.push(err217);
              }
              errors++;
            }
          } else {
            const err218 = { instancePath: instancePath + "/ratchet/base_dir", schemaPath: "#/properties/ratchet/properties/base_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.ratchet.properties.base_dir.type, parentSchema: schema32.properties.ratchet.properties.base_dir, data: data82 };
            if (vErrors === null) {
              vErrors = [err218];
            } else {
              vErrors.push(err218);
            }
            errors++;
          }
        }
        if (data72.policy !== void 0) {
          let data83 = data72.policy;
          if (!(data83 === "new-only" || data83 === "all")) {
            const err219 = { instancePath: instancePath + "/ratchet/policy", schemaPath: "#/properties/ratchet/properties/policy/enum", keyword: "enum", params: { allowedValues: schema32.properties.ratchet.properties.policy.enum }, message: "must be equal to one of the allowed values", schema: schema32.properties.ratchet.properties.policy.enum, parentSchema: schema32.properties.ratchet.properties.policy, data: data83 };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
        }
      } else {
        const err220 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.ratchet.type, parentSchema: schema32.properties.ratchet, data: data72 };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      }
    }
  } else {
    const err221 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err221];
    } else {
      vErrors.push(err221);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema41 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/config-compare.schema.json", "title": "one model comparison (an entry of compare:)", "description": "Compares the candidate's metrics with a baseline under per-metric rules and writes one result of kind compare. Paths are relative to the repository (workspace) root.", "type": "object", "required": ["id", "metrics"], "additionalProperties": false, "properties": { "id": { "description": "Result id: one section of the report, one result file. Letters, digits, dot, underscore, hyphen.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, "title": { "description": "Heading of this comparison in the report. Default: the id.", "type": "string", "minLength": 1, "maxLength": 200 }, "candidate": { "description": "The candidate's metric file (JSON, YAML, TOML, a list of {name, value} records, a DVC metrics file) or MLflow run folder (mlruns/<experiment>/<run>). Optional only when examples are configured.", "type": "string", "minLength": 1 }, "format": { "description": "How the candidate and baseline metric files are read: auto (default: recognised by their content), metrics (an object of metrics or {name, value} records; DVC), lm-eval (lm-evaluation-harness results), hf-evaluate (evaluate.save output), hf-trainer (Trainer eval_results.json / all_results.json), sklearn-report (classification_report as a dict), inspect (inspect_ai JSON log), promptfoo (promptfoo eval output), mlflow (a run folder).", "enum": ["auto", "lm-eval", "inspect", "promptfoo", "hf-evaluate", "sklearn-report", "hf-trainer", "metrics", "mlflow"], "default": "auto" }, "root": { "description": 'The part of both metric files that holds the metrics, as a metric name (results, eval.test, "a.b".c): everything outside it is ignored.', "type": "string", "minLength": 1 }, "confidence": { "description": "Confidence level of the unpaired interval that decides max_drop when both metric files give standard errors (lm-eval's _stderr, inspect's stderr). Default: 0.95.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "baseline": { "description": "Where the baseline's metrics come from: a workspace file ({ path }), the same path at the pull request's base commit ({ base_branch: true, path }), or a file inside an artifact of the latest successful run of a workflow on the default branch ({ artifact: { workflow, name, path } }). Absent: no baseline, and missing_baseline decides.", "oneOf": [{ "type": "object", "required": ["path"], "additionalProperties": false, "properties": { "path": { "description": "Metric file or MLflow run folder in the workspace.", "type": "string", "minLength": 1 } } }, { "type": "object", "required": ["base_branch", "path"], "additionalProperties": false, "properties": { "base_branch": { "description": "Read path at the pull request's base commit (git when the commit is local, else the REST contents API).", "const": true }, "path": { "description": "Path of the metric file in the base commit (a single file, not a folder).", "type": "string", "minLength": 1 } } }, { "type": "object", "required": ["artifact"], "additionalProperties": false, "properties": { "artifact": { "description": "A file inside an artifact of the latest successful run of a workflow on the default branch.", "type": "object", "required": ["workflow", "name", "path"], "additionalProperties": false, "properties": { "workflow": { "description": "Workflow file name (eval.yml) or id whose runs upload the baseline.", "type": "string", "minLength": 1 }, "name": { "description": "Artifact name given to actions/upload-artifact.", "type": "string", "minLength": 1 }, "path": { "description": "Path of the metric file inside the artifact.", "type": "string", "minLength": 1 }, "branch": { "description": "Branch whose runs count. Default: the repository's default branch.", "type": "string", "minLength": 1 } } } } }] }, "missing_baseline": { "description": "What rules that need a baseline (max_drop, min_gain) give when there is none: fail (default), warn, or pass (to bootstrap the first run). Absolute bounds (min, max) are checked regardless.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "examples": { "description": "Per-example scores of both models (aligned by id): rules on metrics computed from them are decided by statistics (confidence intervals, corrected p-values) instead of the point estimate.", "type": "object", "required": ["candidate", "baseline"], "additionalProperties": false, "properties": { "candidate": { "description": "The candidate's per-example file (JSONL or CSV).", "type": "string", "minLength": 1 }, "baseline": { "description": "The baseline's per-example file (JSONL or CSV), in the workspace.", "type": "string", "minLength": 1 }, "id": { "description": "Column that identifies an example in both files. Default: id.", "type": "string", "minLength": 1, "default": "id" }, "slices": { "description": "Columns whose values split the examples into slices; rules apply per slice through a metric rule's slices.", "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "missing_ids": { "description": "What ids scored by one model only give: fail (default), warn or pass. They are always counted and sampled in the report.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "resamples": { "description": "Bootstrap resamples. Default: 10000.", "type": "integer", "minimum": 100, "maximum": 1e6, "default": 1e4 }, "seed": { "description": "Seed of the bootstrap's generator: the same seed gives the same intervals. Default: 1.", "type": "integer", "minimum": 0, "default": 1 }, "confidence": { "description": "Confidence level of the intervals. Default: 0.95.", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "min_examples": { "description": "A slice with fewer examples is shown as too small, not gated. Default: 30.", "type": "integer", "minimum": 1, "default": 30 }, "correction": { "description": "Multiple-comparison correction of p-values across every gated metric and slice: holm (default) or none.", "enum": ["holm", "none"], "default": "holm" }, "text": { "description": "A column of the score files (e.g. the input text) shown beside the ids of examples that went from right to wrong on a 0/1 metric. Values are clipped to 200 characters.", "type": "string", "minLength": 1 }, "format": { "description": "Format of both score files. Default: a tool's format recognised by content (lm-eval-samples, promptfoo, inspect-json, inspect-eval, openai-evals), else from the extension (jsonl, csv, tsv, json, parquet; through .gz/.zst).", "enum": ["jsonl", "csv", "tsv", "json", "parquet", "lm-eval-samples", "promptfoo", "inspect-json", "inspect-eval", "openai-evals"] }, "repeats": { "description": "Several records with one id are repeated samples of that example (epochs, generations), averaged per example (pass@k counts them) instead of refused as duplicates. The tools' formats always allow them. Default: false.", "type": "boolean", "default": false } } }, "metrics": { "description": 'Rules by metric name: the keys that lead to the value, joined with dots (test.accuracy; pass@1, acc,none, macro avg.f1-score as they stand; a key holding a dot in double quotes: "1.0".recall; a list element by its index: scores.0.value). Metrics present in the files without a rule are shown, not gated.', "type": "object", "minProperties": 1, "propertyNames": { "description": "A metric name. Slices are ruled inside the metric (slices:), never in the name.", "minLength": 1 }, "additionalProperties": { "$ref": "#/$defs/rule" } } }, "$defs": { "threshold": { "description": 'A number is absolute (0.01 = one point of accuracy); a string "x%" is relative to |baseline| ("5%").', "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^(\\d+(\\.\\d+)?|\\.\\d+)%$" }] }, "bounds": { "type": "object", "properties": { "min": { "description": "The candidate's value must be at least this (no baseline needed).", "type": "number" }, "max": { "description": "The candidate's value must be at most this (no baseline needed).", "type": "number" }, "max_drop": { "description": 'Largest allowed regression against the baseline, measured in the direction that is better: a number (absolute) or "x%" (relative to |baseline|). 0 allows no regression at all.', "$ref": "#/$defs/threshold" }, "min_gain": { "description": 'Improvement the candidate must show over the baseline: a number (absolute) or "x%" (relative to |baseline|).', "$ref": "#/$defs/threshold" }, "severity": { "description": "What a broken rule gives: fail (default) or warn.", "enum": ["fail", "warn"], "default": "fail" }, "missing": { "description": "What a metric missing from the candidate or from the baseline gives: fail (default), warn or pass.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "non_inferiority": { "description": "With per-example scores: pass only when the confidence interval's lower bound of the change is above -max_drop (prove no regression), instead of failing only significant regressions. On point values it is the same as max_drop.", "type": "boolean", "default": false } } }, "rule": { "description": "How one metric is gated.", "type": "object", "required": ["direction"], "additionalProperties": false, "allOf": [{ "$ref": "#/$defs/bounds" }], "properties": { "direction": { "description": "Which way is better: higher (accuracy) or lower (loss). Required: never guessed from the name.", "enum": ["higher", "lower"] }, "min": true, "max": true, "max_drop": true, "min_gain": true, "severity": true, "missing": true, "non_inferiority": true, "from": { "description": "How to compute the metric from the per-example files (needs examples): the mean of a score column; a statistic of label and prediction columns (precision, recall, f1, macro_f1, micro_f1, class_recall, rmse, mae); or a statistic of a label and a score column (roc_auc, pr_auc, brier, ece; ndcg and mrr per query). The statistic is stat:, or the metric's name when it names one; otherwise the rule is refused.", "oneOf": [{ "type": "object", "required": ["column"], "additionalProperties": false, "properties": { "column": { "description": "Score column whose mean is the metric (correct 0/1 \u2192 accuracy, loss \u2192 mean loss). Repeated samples of an example are averaged first.", "type": "string", "minLength": 1 }, "pass_at": { "description": "pass@k: k for the unbiased estimator 1 \u2212 C(n\u2212c, k)/C(n, k) over each example's n samples (c correct, the column's 0/1 per sample), then the mean over examples. A metric named pass@<k> implies it.", "type": "integer", "minimum": 1 } } }, { "type": "object", "required": ["label", "prediction"], "additionalProperties": false, "properties": { "label": { "description": "Column of true labels.", "type": "string", "minLength": 1 }, "prediction": { "description": "Column of predicted labels (classification) or predicted values (rmse, mae).", "type": "string", "minLength": 1 }, "positive": { "description": "The positive class. Default: 1.", "type": ["string", "number", "boolean"], "default": 1 }, "stat": { "description": "Which statistic: precision, recall, f1 (binary: positive class vs the rest), macro_f1, micro_f1, class_recall (multi-class), rmse, mae (regression: label is the target). Default: the metric's name when it is one of these (f1_macro, f1_micro also read).", "enum": ["precision", "recall", "f1", "macro_f1", "micro_f1", "class_recall", "rmse", "mae"] }, "class": { "description": "For class_recall: the class whose recall is the metric.", "type": ["string", "number", "boolean"] } } }, { "type": "object", "required": ["label", "score"], "additionalProperties": false, "properties": { "label": { "description": "Column of true labels (two classes), or of graded relevance (a number \u2265 0) for ndcg and mrr.", "type": "string", "minLength": 1 }, "score": { "description": "Column of the model's score for the positive class (a probability for brier and ece).", "type": "string", "minLength": 1 }, "positive": { "description": "The positive class. Default: 1.", "type": ["string", "number", "boolean"], "default": 1 }, "stat": { "description": "Which statistic: roc_auc (DeLong's test), pr_auc (average precision), brier, ece (10 equal-width bins). Default: the metric's name when it is one of these (auc, auroc, average_precision, auprc, brier_score also read). ndcg (NDCG@k, scikit-learn's definition) and mrr (mean reciprocal rank, ties counted against the model) rank the documents of each query by score and are resampled by query.", "enum": ["roc_auc", "pr_auc", "brier", "ece", "ndcg", "mrr"] }, "query": { "description": "For ndcg and mrr: the column that says which query a row (a document) belongs to.", "type": "string", "minLength": 1 }, "k": { "description": "For ndcg: the cut-off k of NDCG@k (default: every document).", "type": "integer", "minimum": 1 } } }] }, "slices": { "description": 'Rules per slice, by slice key (every value of region: { region: { max_drop: 0.02 } }) or by one slice ("region=eu"). A slice rule inherits direction, severity and missing, not the thresholds.', "type": "object", "propertyNames": { "pattern": "^[^@=]+(=.*)?$" }, "additionalProperties": { "$ref": "#/$defs/sliceRule" } } } }, "sliceRule": { "description": "How every slice of one key (or one slice) of the metric is gated.", "type": "object", "additionalProperties": false, "allOf": [{ "$ref": "#/$defs/bounds" }], "properties": { "min": true, "max": true, "max_drop": true, "min_gain": true, "severity": true, "missing": true, "non_inferiority": true } } } };
const schema42 = { "description": "How one metric is gated.", "type": "object", "required": ["direction"], "additionalProperties": false, "allOf": [{ "$ref": "#/$defs/bounds" }], "properties": { "direction": { "description": "Which way is better: higher (accuracy) or lower (loss). Required: never guessed from the name.", "enum": ["higher", "lower"] }, "min": true, "max": true, "max_drop": true, "min_gain": true, "severity": true, "missing": true, "non_inferiority": true, "from": { "description": "How to compute the metric from the per-example files (needs examples): the mean of a score column; a statistic of label and prediction columns (precision, recall, f1, macro_f1, micro_f1, class_recall, rmse, mae); or a statistic of a label and a score column (roc_auc, pr_auc, brier, ece; ndcg and mrr per query). The statistic is stat:, or the metric's name when it names one; otherwise the rule is refused.", "oneOf": [{ "type": "object", "required": ["column"], "additionalProperties": false, "properties": { "column": { "description": "Score column whose mean is the metric (correct 0/1 \u2192 accuracy, loss \u2192 mean loss). Repeated samples of an example are averaged first.", "type": "string", "minLength": 1 }, "pass_at": { "description": "pass@k: k for the unbiased estimator 1 \u2212 C(n\u2212c, k)/C(n, k) over each example's n samples (c correct, the column's 0/1 per sample), then the mean over examples. A metric named pass@<k> implies it.", "type": "integer", "minimum": 1 } } }, { "type": "object", "required": ["label", "prediction"], "additionalProperties": false, "properties": { "label": { "description": "Column of true labels.", "type": "string", "minLength": 1 }, "prediction": { "description": "Column of predicted labels (classification) or predicted values (rmse, mae).", "type": "string", "minLength": 1 }, "positive": { "description": "The positive class. Default: 1.", "type": ["string", "number", "boolean"], "default": 1 }, "stat": { "description": "Which statistic: precision, recall, f1 (binary: positive class vs the rest), macro_f1, micro_f1, class_recall (multi-class), rmse, mae (regression: label is the target). Default: the metric's name when it is one of these (f1_macro, f1_micro also read).", "enum": ["precision", "recall", "f1", "macro_f1", "micro_f1", "class_recall", "rmse", "mae"] }, "class": { "description": "For class_recall: the class whose recall is the metric.", "type": ["string", "number", "boolean"] } } }, { "type": "object", "required": ["label", "score"], "additionalProperties": false, "properties": { "label": { "description": "Column of true labels (two classes), or of graded relevance (a number \u2265 0) for ndcg and mrr.", "type": "string", "minLength": 1 }, "score": { "description": "Column of the model's score for the positive class (a probability for brier and ece).", "type": "string", "minLength": 1 }, "positive": { "description": "The positive class. Default: 1.", "type": ["string", "number", "boolean"], "default": 1 }, "stat": { "description": "Which statistic: roc_auc (DeLong's test), pr_auc (average precision), brier, ece (10 equal-width bins). Default: the metric's name when it is one of these (auc, auroc, average_precision, auprc, brier_score also read). ndcg (NDCG@k, scikit-learn's definition) and mrr (mean reciprocal rank, ties counted against the model) rank the documents of each query by score and are resampled by query.", "enum": ["roc_auc", "pr_auc", "brier", "ece", "ndcg", "mrr"] }, "query": { "description": "For ndcg and mrr: the column that says which query a row (a document) belongs to.", "type": "string", "minLength": 1 }, "k": { "description": "For ndcg: the cut-off k of NDCG@k (default: every document).", "type": "integer", "minimum": 1 } } }] }, "slices": { "description": 'Rules per slice, by slice key (every value of region: { region: { max_drop: 0.02 } }) or by one slice ("region=eu"). A slice rule inherits direction, severity and missing, not the thresholds.', "type": "object", "propertyNames": { "pattern": "^[^@=]+(=.*)?$" }, "additionalProperties": { "$ref": "#/$defs/sliceRule" } } } };
const schema43 = { "type": "object", "properties": { "min": { "description": "The candidate's value must be at least this (no baseline needed).", "type": "number" }, "max": { "description": "The candidate's value must be at most this (no baseline needed).", "type": "number" }, "max_drop": { "description": 'Largest allowed regression against the baseline, measured in the direction that is better: a number (absolute) or "x%" (relative to |baseline|). 0 allows no regression at all.', "$ref": "#/$defs/threshold" }, "min_gain": { "description": 'Improvement the candidate must show over the baseline: a number (absolute) or "x%" (relative to |baseline|).', "$ref": "#/$defs/threshold" }, "severity": { "description": "What a broken rule gives: fail (default) or warn.", "enum": ["fail", "warn"], "default": "fail" }, "missing": { "description": "What a metric missing from the candidate or from the baseline gives: fail (default), warn or pass.", "enum": ["fail", "warn", "pass"], "default": "fail" }, "non_inferiority": { "description": "With per-example scores: pass only when the confidence interval's lower bound of the change is above -max_drop (prove no regression), instead of failing only significant regressions. On point values it is the same as max_drop.", "type": "boolean", "default": false } } };
const schema44 = { "description": 'A number is absolute (0.01 = one point of accuracy); a string "x%" is relative to |baseline| ("5%").', "oneOf": [{ "type": "number", "minimum": 0 }, { "type": "string", "pattern": "^(\\d+(\\.\\d+)?|\\.\\d+)%$" }] };
const pattern10 = new RegExp("^(\\d+(\\.\\d+)?|\\.\\d+)%$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.min !== void 0) {
      let data0 = data.min;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err0 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.min.type, parentSchema: schema43.properties.min, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data1 = data.max;
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err1 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.max.type, parentSchema: schema43.properties.max, data: data1 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.max_drop !== void 0) {
      let data2 = data.max_drop;
      const _errs7 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs8 = errors;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err2 = { instancePath: instancePath + "/max_drop", schemaPath: "#/$defs/threshold/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44.oneOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/max_drop", schemaPath: "#/$defs/threshold/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema44.oneOf[0].type, parentSchema: schema44.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (typeof data2 === "string") {
        if (!pattern10.test(data2)) {
          const err4 = { instancePath: instancePath + "/max_drop", schemaPath: "#/$defs/threshold/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\d+(\\.\\d+)?|\\.\\d+)%$" }, message: 'must match pattern "^(\\d+(\\.\\d+)?|\\.\\d+)%$"', schema: "^(\\d+(\\.\\d+)?|\\.\\d+)%$", parentSchema: schema44.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/max_drop", schemaPath: "#/$defs/threshold/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.oneOf[1].type, parentSchema: schema44.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err6 = { instancePath: instancePath + "/max_drop", schemaPath: "#/$defs/threshold/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema44.oneOf, parentSchema: schema44, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.min_gain !== void 0) {
      let data3 = data.min_gain;
      const _errs14 = errors;
      let valid4 = false;
      let passing1 = null;
      const _errs15 = errors;
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/min_gain", schemaPath: "#/$defs/threshold/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/min_gain", schemaPath: "#/$defs/threshold/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema44.oneOf[0].type, parentSchema: schema44.oneOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid1 = _errs15 === errors;
      if (_valid1) {
        valid4 = true;
        passing1 = 0;
      }
      const _errs17 = errors;
      if (typeof data3 === "string") {
        if (!pattern10.test(data3)) {
          const err9 = { instancePath: instancePath + "/min_gain", schemaPath: "#/$defs/threshold/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\d+(\\.\\d+)?|\\.\\d+)%$" }, message: 'must match pattern "^(\\d+(\\.\\d+)?|\\.\\d+)%$"', schema: "^(\\d+(\\.\\d+)?|\\.\\d+)%$", parentSchema: schema44.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/min_gain", schemaPath: "#/$defs/threshold/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.oneOf[1].type, parentSchema: schema44.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs17 === errors;
      if (_valid1 && valid4) {
        valid4 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid4 = true;
          passing1 = 1;
        }
      }
      if (!valid4) {
        const err11 = { instancePath: instancePath + "/min_gain", schemaPath: "#/$defs/threshold/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema44.oneOf, parentSchema: schema44, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.severity !== void 0) {
      let data4 = data.severity;
      if (!(data4 === "fail" || data4 === "warn")) {
        const err12 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema43.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.severity.enum, parentSchema: schema43.properties.severity, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.missing !== void 0) {
      let data5 = data.missing;
      if (!(data5 === "fail" || data5 === "warn" || data5 === "pass")) {
        const err13 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/enum", keyword: "enum", params: { allowedValues: schema43.properties.missing.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.missing.enum, parentSchema: schema43.properties.missing, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.non_inferiority !== void 0) {
      let data6 = data.non_inferiority;
      if (typeof data6 !== "boolean") {
        const err14 = { instancePath: instancePath + "/non_inferiority", schemaPath: "#/properties/non_inferiority/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema43.properties.non_inferiority.type, parentSchema: schema43.properties.non_inferiority, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "min": true, "max": true, "max_drop": true, "min_gain": true, "severity": true, "missing": true, "non_inferiority": true }, "dynamicProps": false, "dynamicItems": false };
const schema46 = { "description": "How every slice of one key (or one slice) of the metric is gated.", "type": "object", "additionalProperties": false, "allOf": [{ "$ref": "#/$defs/bounds" }], "properties": { "min": true, "max": true, "max_drop": true, "min_gain": true, "severity": true, "missing": true, "non_inferiority": true } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "min" || key0 === "max" || key0 === "max_drop" || key0 === "min_gain" || key0 === "severity" || key0 === "missing" || key0 === "non_inferiority")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const pattern12 = new RegExp("^[^@=]+(=.*)?$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.direction === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'", schema: schema42.required, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema42.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data0 = data.direction;
      if (!(data0 === "higher" || data0 === "lower")) {
        const err2 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema42.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.direction.enum, parentSchema: schema42.properties.direction, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data1 = data.from;
      const _errs5 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs6 = errors;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.column === void 0) {
          const err3 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/0/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema42.properties.from.oneOf[0].required, parentSchema: schema42.properties.from.oneOf[0], data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "column" || key1 === "pass_at")) {
            const err4 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.from.oneOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.column !== void 0) {
          let data2 = data1.column;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err5 = { instancePath: instancePath + "/from/column", schemaPath: "#/properties/from/oneOf/0/properties/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.from.oneOf[0].properties.column, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/from/column", schemaPath: "#/properties/from/oneOf/0/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.from.oneOf[0].properties.column.type, parentSchema: schema42.properties.from.oneOf[0].properties.column, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.pass_at !== void 0) {
          let data3 = data1.pass_at;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
            const err7 = { instancePath: instancePath + "/from/pass_at", schemaPath: "#/properties/from/oneOf/0/properties/pass_at/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.from.oneOf[0].properties.pass_at.type, parentSchema: schema42.properties.from.oneOf[0].properties.pass_at, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 1 || isNaN(data3)) {
              const err8 = { instancePath: instancePath + "/from/pass_at", schemaPath: "#/properties/from/oneOf/0/properties/pass_at/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema42.properties.from.oneOf[0].properties.pass_at, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.from.oneOf[0].type, parentSchema: schema42.properties.from.oneOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs13 = errors;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.label === void 0) {
          const err10 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/1/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema42.properties.from.oneOf[1].required, parentSchema: schema42.properties.from.oneOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1.prediction === void 0) {
          const err11 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/1/required", keyword: "required", params: { missingProperty: "prediction" }, message: "must have required property 'prediction'", schema: schema42.properties.from.oneOf[1].required, parentSchema: schema42.properties.from.oneOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key2 in data1) {
          if (!(key2 === "label" || key2 === "prediction" || key2 === "positive" || key2 === "stat" || key2 === "class")) {
            const err12 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.from.oneOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.label !== void 0) {
          let data4 = data1.label;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err13 = { instancePath: instancePath + "/from/label", schemaPath: "#/properties/from/oneOf/1/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.from.oneOf[1].properties.label, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/from/label", schemaPath: "#/properties/from/oneOf/1/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.from.oneOf[1].properties.label.type, parentSchema: schema42.properties.from.oneOf[1].properties.label, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.prediction !== void 0) {
          let data5 = data1.prediction;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err15 = { instancePath: instancePath + "/from/prediction", schemaPath: "#/properties/from/oneOf/1/properties/prediction/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.from.oneOf[1].properties.prediction, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/from/prediction", schemaPath: "#/properties/from/oneOf/1/properties/prediction/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.from.oneOf[1].properties.prediction.type, parentSchema: schema42.properties.from.oneOf[1].properties.prediction, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.positive !== void 0) {
          let data6 = data1.positive;
          if (typeof data6 !== "string" && !(typeof data6 == "number" && isFinite(data6)) && typeof data6 !== "boolean") {
            const err17 = { instancePath: instancePath + "/from/positive", schemaPath: "#/properties/from/oneOf/1/properties/positive/type", keyword: "type", params: { type: schema42.properties.from.oneOf[1].properties.positive.type }, message: "must be string,number,boolean", schema: schema42.properties.from.oneOf[1].properties.positive.type, parentSchema: schema42.properties.from.oneOf[1].properties.positive, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.stat !== void 0) {
          let data7 = data1.stat;
          if (!(data7 === "precision" || data7 === "recall" || data7 === "f1" || data7 === "macro_f1" || data7 === "micro_f1" || data7 === "class_recall" || data7 === "rmse" || data7 === "mae")) {
            const err18 = { instancePath: instancePath + "/from/stat", schemaPath: "#/properties/from/oneOf/1/properties/stat/enum", keyword: "enum", params: { allowedValues: schema42.properties.from.oneOf[1].properties.stat.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.from.oneOf[1].properties.stat.enum, parentSchema: schema42.properties.from.oneOf[1].properties.stat, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data1.class !== void 0) {
          let data8 = data1.class;
          if (typeof data8 !== "string" && !(typeof data8 == "number" && isFinite(data8)) && typeof data8 !== "boolean") {
            const err19 = { instancePath: instancePath + "/from/class", schemaPath: "#/properties/from/oneOf/1/properties/class/type", keyword: "type", params: { type: schema42.properties.from.oneOf[1].properties.class.type }, message: "must be string,number,boolean", schema: schema42.properties.from.oneOf[1].properties.class.type, parentSchema: schema42.properties.from.oneOf[1].properties.class, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.from.oneOf[1].type, parentSchema: schema42.properties.from.oneOf[1], data: data1 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
        const _errs25 = errors;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.label === void 0) {
            const err21 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/2/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema42.properties.from.oneOf[2].required, parentSchema: schema42.properties.from.oneOf[2], data: data1 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (data1.score === void 0) {
            const err22 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/2/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'", schema: schema42.properties.from.oneOf[2].required, parentSchema: schema42.properties.from.oneOf[2], data: data1 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          for (const key3 in data1) {
            if (!(key3 === "label" || key3 === "score" || key3 === "positive" || key3 === "stat" || key3 === "query" || key3 === "k")) {
              const err23 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42.properties.from.oneOf[2], data: data1 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          if (data1.label !== void 0) {
            let data9 = data1.label;
            if (typeof data9 === "string") {
              if (func2(data9) < 1) {
                const err24 = { instancePath: instancePath + "/from/label", schemaPath: "#/properties/from/oneOf/2/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.from.oneOf[2].properties.label, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            } else {
              const err25 = { instancePath: instancePath + "/from/label", schemaPath: "#/properties/from/oneOf/2/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.from.oneOf[2].properties.label.type, parentSchema: schema42.properties.from.oneOf[2].properties.label, data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          if (data1.score !== void 0) {
            let data10 = data1.score;
            if (typeof data10 === "string") {
              if (func2(data10) < 1) {
                const err26 = { instancePath: instancePath + "/from/score", schemaPath: "#/properties/from/oneOf/2/properties/score/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.from.oneOf[2].properties.score, data: data10 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            } else {
              const err27 = { instancePath: instancePath + "/from/score", schemaPath: "#/properties/from/oneOf/2/properties/score/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.from.oneOf[2].properties.score.type, parentSchema: schema42.properties.from.oneOf[2].properties.score, data: data10 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
          if (data1.positive !== void 0) {
            let data11 = data1.positive;
            if (typeof data11 !== "string" && !(typeof data11 == "number" && isFinite(data11)) && typeof data11 !== "boolean") {
              const err28 = { instancePath: instancePath + "/from/positive", schemaPath: "#/properties/from/oneOf/2/properties/positive/type", keyword: "type", params: { type: schema42.properties.from.oneOf[2].properties.positive.type }, message: "must be string,number,boolean", schema: schema42.properties.from.oneOf[2].properties.positive.type, parentSchema: schema42.properties.from.oneOf[2].properties.positive, data: data11 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
          if (data1.stat !== void 0) {
            let data12 = data1.stat;
            if (!(data12 === "roc_auc" || data12 === "pr_auc" || data12 === "brier" || data12 === "ece" || data12 === "ndcg" || data12 === "mrr")) {
              const err29 = { instancePath: instancePath + "/from/stat", schemaPath: "#/properties/from/oneOf/2/properties/stat/enum", keyword: "enum", params: { allowedValues: schema42.properties.from.oneOf[2].properties.stat.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.from.oneOf[2].properties.stat.enum, parentSchema: schema42.properties.from.oneOf[2].properties.stat, data: data12 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          if (data1.query !== void 0) {
            let data13 = data1.query;
            if (typeof data13 === "string") {
              if (func2(data13) < 1) {
                const err30 = { instancePath: instancePath + "/from/query", schemaPath: "#/properties/from/oneOf/2/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.from.oneOf[2].properties.query, data: data13 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            } else {
              const err31 = { instancePath: instancePath + "/from/query", schemaPath: "#/properties/from/oneOf/2/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.from.oneOf[2].properties.query.type, parentSchema: schema42.properties.from.oneOf[2].properties.query, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          if (data1.k !== void 0) {
            let data14 = data1.k;
            if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
              const err32 = { instancePath: instancePath + "/from/k", schemaPath: "#/properties/from/oneOf/2/properties/k/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.from.oneOf[2].properties.k.type, parentSchema: schema42.properties.from.oneOf[2].properties.k, data: data14 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (typeof data14 == "number" && isFinite(data14)) {
              if (data14 < 1 || isNaN(data14)) {
                const err33 = { instancePath: instancePath + "/from/k", schemaPath: "#/properties/from/oneOf/2/properties/k/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema42.properties.from.oneOf[2].properties.k, data: data14 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          }
        } else {
          const err34 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.from.oneOf[2].type, parentSchema: schema42.properties.from.oneOf[2], data: data1 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        var _valid0 = _errs25 === errors;
        if (_valid0 && valid2) {
          valid2 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid2 = true;
            passing0 = 2;
          }
        }
      }
      if (!valid2) {
        const err35 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema42.properties.from.oneOf, parentSchema: schema42.properties.from, data: data1 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.slices !== void 0) {
      let data15 = data.slices;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key4 in data15) {
          const _errs41 = errors;
          if (typeof key4 === "string") {
            if (!pattern12.test(key4)) {
              const err36 = { instancePath: instancePath + "/slices", schemaPath: "#/properties/slices/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^@=]+(=.*)?$" }, message: 'must match pattern "^[^@=]+(=.*)?$"', schema: "^[^@=]+(=.*)?$", parentSchema: schema42.properties.slices.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
          var valid6 = _errs41 === errors;
          if (!valid6) {
            const err37 = { instancePath: instancePath + "/slices", schemaPath: "#/properties/slices/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema42.properties.slices.propertyNames, parentSchema: schema42.properties.slices, data: data15 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        for (const key5 in data15) {
          if (!validate26(data15[key5], { instancePath: instancePath + "/slices/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data15, parentDataProperty: key5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/slices", schemaPath: "#/properties/slices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.slices.type, parentSchema: schema42.properties.slices, data: data15 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema41.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", parentSchema: schema41.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.id.type, parentSchema: schema41.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) > 200) {
          const err5 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema41.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.title, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.title.type, parentSchema: schema41.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.candidate !== void 0) {
      let data2 = data.candidate;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/candidate", schemaPath: "#/properties/candidate/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.candidate, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/candidate", schemaPath: "#/properties/candidate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.candidate.type, parentSchema: schema41.properties.candidate, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data3 = data.format;
      if (!(data3 === "auto" || data3 === "lm-eval" || data3 === "inspect" || data3 === "promptfoo" || data3 === "hf-evaluate" || data3 === "sklearn-report" || data3 === "hf-trainer" || data3 === "metrics" || data3 === "mlflow")) {
        const err10 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema41.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.format.enum, parentSchema: schema41.properties.format, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.root !== void 0) {
      let data4 = data.root;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err11 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.root, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.root.type, parentSchema: schema41.properties.root, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data5 = data.confidence;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 >= 1 || isNaN(data5)) {
          const err13 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema41.properties.confidence, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5 <= 0.5 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema41.properties.confidence, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema41.properties.confidence.type, parentSchema: schema41.properties.confidence, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data6 = data.baseline;
      const _errs14 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs15 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.path === void 0) {
          const err16 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema41.properties.baseline.oneOf[0].required, parentSchema: schema41.properties.baseline.oneOf[0], data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "path")) {
            const err17 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.baseline.oneOf[0], data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.path !== void 0) {
          let data7 = data6.path;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err18 = { instancePath: instancePath + "/baseline/path", schemaPath: "#/properties/baseline/oneOf/0/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.baseline.oneOf[0].properties.path, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/baseline/path", schemaPath: "#/properties/baseline/oneOf/0/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.baseline.oneOf[0].properties.path.type, parentSchema: schema41.properties.baseline.oneOf[0].properties.path, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.baseline.oneOf[0].type, parentSchema: schema41.properties.baseline.oneOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs20 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.base_branch === void 0) {
          const err21 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/1/required", keyword: "required", params: { missingProperty: "base_branch" }, message: "must have required property 'base_branch'", schema: schema41.properties.baseline.oneOf[1].required, parentSchema: schema41.properties.baseline.oneOf[1], data: data6 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data6.path === void 0) {
          const err22 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema41.properties.baseline.oneOf[1].required, parentSchema: schema41.properties.baseline.oneOf[1], data: data6 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!(key2 === "base_branch" || key2 === "path")) {
            const err23 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.baseline.oneOf[1], data: data6 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.base_branch !== void 0) {
          let data8 = data6.base_branch;
          if (true !== data8) {
            const err24 = { instancePath: instancePath + "/baseline/base_branch", schemaPath: "#/properties/baseline/oneOf/1/properties/base_branch/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema41.properties.baseline.oneOf[1].properties.base_branch, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data6.path !== void 0) {
          let data9 = data6.path;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err25 = { instancePath: instancePath + "/baseline/path", schemaPath: "#/properties/baseline/oneOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.baseline.oneOf[1].properties.path, data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/baseline/path", schemaPath: "#/properties/baseline/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.baseline.oneOf[1].properties.path.type, parentSchema: schema41.properties.baseline.oneOf[1].properties.path, data: data9 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.baseline.oneOf[1].type, parentSchema: schema41.properties.baseline.oneOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
        const _errs26 = errors;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
          if (data6.artifact === void 0) {
            const err28 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/2/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema41.properties.baseline.oneOf[2].required, parentSchema: schema41.properties.baseline.oneOf[2], data: data6 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          for (const key3 in data6) {
            if (!(key3 === "artifact")) {
              const err29 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.baseline.oneOf[2], data: data6 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          if (data6.artifact !== void 0) {
            let data10 = data6.artifact;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              if (data10.workflow === void 0) {
                const err30 = { instancePath: instancePath + "/baseline/artifact", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/required", keyword: "required", params: { missingProperty: "workflow" }, message: "must have required property 'workflow'", schema: schema41.properties.baseline.oneOf[2].properties.artifact.required, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              if (data10.name === void 0) {
                const err31 = { instancePath: instancePath + "/baseline/artifact", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema41.properties.baseline.oneOf[2].properties.artifact.required, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact, data: data10 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (data10.path === void 0) {
                const err32 = { instancePath: instancePath + "/baseline/artifact", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema41.properties.baseline.oneOf[2].properties.artifact.required, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact, data: data10 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              for (const key4 in data10) {
                if (!(key4 === "workflow" || key4 === "name" || key4 === "path" || key4 === "branch")) {
                  const err33 = { instancePath: instancePath + "/baseline/artifact", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
              if (data10.workflow !== void 0) {
                let data11 = data10.workflow;
                if (typeof data11 === "string") {
                  if (func2(data11) < 1) {
                    const err34 = { instancePath: instancePath + "/baseline/artifact/workflow", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/properties/workflow/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.workflow, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                } else {
                  const err35 = { instancePath: instancePath + "/baseline/artifact/workflow", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.workflow.type, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.workflow, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (data10.name !== void 0) {
                let data12 = data10.name;
                if (typeof data12 === "string") {
                  if (func2(data12) < 1) {
                    const err36 = { instancePath: instancePath + "/baseline/artifact/name", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.name, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                } else {
                  const err37 = { instancePath: instancePath + "/baseline/artifact/name", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.name.type, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.name, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
              if (data10.path !== void 0) {
                let data13 = data10.path;
                if (typeof data13 === "string") {
                  if (func2(data13) < 1) {
                    const err38 = { instancePath: instancePath + "/baseline/artifact/path", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.path, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                } else {
                  const err39 = { instancePath: instancePath + "/baseline/artifact/path", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.path.type, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.path, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
              if (data10.branch !== void 0) {
                let data14 = data10.branch;
                if (typeof data14 === "string") {
                  if (func2(data14) < 1) {
                    const err40 = { instancePath: instancePath + "/baseline/artifact/branch", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.branch, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                } else {
                  const err41 = { instancePath: instancePath + "/baseline/artifact/branch", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.branch.type, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact.properties.branch, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
            } else {
              const err42 = { instancePath: instancePath + "/baseline/artifact", schemaPath: "#/properties/baseline/oneOf/2/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.baseline.oneOf[2].properties.artifact.type, parentSchema: schema41.properties.baseline.oneOf[2].properties.artifact, data: data10 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        } else {
          const err43 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.baseline.oneOf[2].type, parentSchema: schema41.properties.baseline.oneOf[2], data: data6 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        var _valid0 = _errs26 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 2;
          }
        }
      }
      if (!valid1) {
        const err44 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema41.properties.baseline.oneOf, parentSchema: schema41.properties.baseline, data: data6 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.missing_baseline !== void 0) {
      let data15 = data.missing_baseline;
      if (!(data15 === "fail" || data15 === "warn" || data15 === "pass")) {
        const err45 = { instancePath: instancePath + "/missing_baseline", schemaPath: "#/properties/missing_baseline/enum", keyword: "enum", params: { allowedValues: schema41.properties.missing_baseline.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.missing_baseline.enum, parentSchema: schema41.properties.missing_baseline, data: data15 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data16 = data.examples;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.candidate === void 0) {
          const err46 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "candidate" }, message: "must have required property 'candidate'", schema: schema41.properties.examples.required, parentSchema: schema41.properties.examples, data: data16 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data16.baseline === void 0) {
          const err47 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'", schema: schema41.properties.examples.required, parentSchema: schema41.properties.examples, data: data16 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key5 in data16) {
          if (!func1.call(schema41.properties.examples.properties, key5)) {
            const err48 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.examples, data: data16 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data16.candidate !== void 0) {
          let data17 = data16.candidate;
          if (typeof data17 === "string") {
            if (func2(data17) < 1) {
              const err49 = { instancePath: instancePath + "/examples/candidate", schemaPath: "#/properties/examples/properties/candidate/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.examples.properties.candidate, data: data17 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/examples/candidate", schemaPath: "#/properties/examples/properties/candidate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.examples.properties.candidate.type, parentSchema: schema41.properties.examples.properties.candidate, data: data17 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data16.baseline !== void 0) {
          let data18 = data16.baseline;
          if (typeof data18 === "string") {
            if (func2(data18) < 1) {
              const err51 = { instancePath: instancePath + "/examples/baseline", schemaPath: "#/properties/examples/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.examples.properties.baseline, data: data18 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/examples/baseline", schemaPath: "#/properties/examples/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.examples.properties.baseline.type, parentSchema: schema41.properties.examples.properties.baseline, data: data18 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data16.id !== void 0) {
          let data19 = data16.id;
          if (typeof data19 === "string") {
            if (func2(data19) < 1) {
              const err53 = { instancePath: instancePath + "/examples/id", schemaPath: "#/properties/examples/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.examples.properties.id, data: data19 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/examples/id", schemaPath: "#/properties/examples/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.examples.properties.id.type, parentSchema: schema41.properties.examples.properties.id, data: data19 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data16.slices !== void 0) {
          let data20 = data16.slices;
          if (Array.isArray(data20)) {
            const len0 = data20.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data21 = data20[i0];
              if (typeof data21 === "string") {
                if (func2(data21) < 1) {
                  const err55 = { instancePath: instancePath + "/examples/slices/" + i0, schemaPath: "#/properties/examples/properties/slices/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.examples.properties.slices.items, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/examples/slices/" + i0, schemaPath: "#/properties/examples/properties/slices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.examples.properties.slices.items.type, parentSchema: schema41.properties.examples.properties.slices.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            let i1 = data20.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data20[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err57 = { instancePath: instancePath + "/examples/slices", schemaPath: "#/properties/examples/properties/slices/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema41.properties.examples.properties.slices, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/examples/slices", schemaPath: "#/properties/examples/properties/slices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.examples.properties.slices.type, parentSchema: schema41.properties.examples.properties.slices, data: data20 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data16.missing_ids !== void 0) {
          let data22 = data16.missing_ids;
          if (!(data22 === "fail" || data22 === "warn" || data22 === "pass")) {
            const err59 = { instancePath: instancePath + "/examples/missing_ids", schemaPath: "#/properties/examples/properties/missing_ids/enum", keyword: "enum", params: { allowedValues: schema41.properties.examples.properties.missing_ids.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.examples.properties.missing_ids.enum, parentSchema: schema41.properties.examples.properties.missing_ids, data: data22 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data16.resamples !== void 0) {
          let data23 = data16.resamples;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err60 = { instancePath: instancePath + "/examples/resamples", schemaPath: "#/properties/examples/properties/resamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.examples.properties.resamples.type, parentSchema: schema41.properties.examples.properties.resamples, data: data23 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 > 1e6 || isNaN(data23)) {
              const err61 = { instancePath: instancePath + "/examples/resamples", schemaPath: "#/properties/examples/properties/resamples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema41.properties.examples.properties.resamples, data: data23 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data23 < 100 || isNaN(data23)) {
              const err62 = { instancePath: instancePath + "/examples/resamples", schemaPath: "#/properties/examples/properties/resamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema41.properties.examples.properties.resamples, data: data23 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
        if (data16.seed !== void 0) {
          let data24 = data16.seed;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err63 = { instancePath: instancePath + "/examples/seed", schemaPath: "#/properties/examples/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.examples.properties.seed.type, parentSchema: schema41.properties.examples.properties.seed, data: data24 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 < 0 || isNaN(data24)) {
              const err64 = { instancePath: instancePath + "/examples/seed", schemaPath: "#/properties/examples/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41.properties.examples.properties.seed, data: data24 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
        }
        if (data16.confidence !== void 0) {
          let data25 = data16.confidence;
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 >= 1 || isNaN(data25)) {
              const err65 = { instancePath: instancePath + "/examples/confidence", schemaPath: "#/properties/examples/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema41.properties.examples.properties.confidence, data: data25 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data25 <= 0.5 || isNaN(data25)) {
              const err66 = { instancePath: instancePath + "/examples/confidence", schemaPath: "#/properties/examples/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema41.properties.examples.properties.confidence, data: data25 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          } else {
            const err67 = { instancePath: instancePath + "/examples/confidence", schemaPath: "#/properties/examples/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema41.properties.examples.properties.confidence.type, parentSchema: schema41.properties.examples.properties.confidence, data: data25 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data16.min_examples !== void 0) {
          let data26 = data16.min_examples;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
            const err68 = { instancePath: instancePath + "/examples/min_examples", schemaPath: "#/properties/examples/properties/min_examples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.examples.properties.min_examples.type, parentSchema: schema41.properties.examples.properties.min_examples, data: data26 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 < 1 || isNaN(data26)) {
              const err69 = { instancePath: instancePath + "/examples/min_examples", schemaPath: "#/properties/examples/properties/min_examples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.examples.properties.min_examples, data: data26 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
        }
        if (data16.correction !== void 0) {
          let data27 = data16.correction;
          if (!(data27 === "holm" || data27 === "none")) {
            const err70 = { instancePath: instancePath + "/examples/correction", schemaPath: "#/properties/examples/properties/correction/enum", keyword: "enum", params: { allowedValues: schema41.properties.examples.properties.correction.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.examples.properties.correction.enum, parentSchema: schema41.properties.examples.properties.correction, data: data27 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data16.text !== void 0) {
          let data28 = data16.text;
          if (typeof data28 === "string") {
            if (func2(data28) < 1) {
              const err71 = { instancePath: instancePath + "/examples/text", schemaPath: "#/properties/examples/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.examples.properties.text, data: data28 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/examples/text", schemaPath: "#/properties/examples/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.examples.properties.text.type, parentSchema: schema41.properties.examples.properties.text, data: data28 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data16.format !== void 0) {
          let data29 = data16.format;
          if (!(data29 === "jsonl" || data29 === "csv" || data29 === "tsv" || data29 === "json" || data29 === "parquet" || data29 === "lm-eval-samples" || data29 === "promptfoo" || data29 === "inspect-json" || data29 === "inspect-eval" || data29 === "openai-evals")) {
            const err73 = { instancePath: instancePath + "/examples/format", schemaPath: "#/properties/examples/properties/format/enum", keyword: "enum", params: { allowedValues: schema41.properties.examples.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.examples.properties.format.enum, parentSchema: schema41.properties.examples.properties.format, data: data29 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data16.repeats !== void 0) {
          let data30 = data16.repeats;
          if (typeof data30 !== "boolean") {
            const err74 = { instancePath: instancePath + "/examples/repeats", schemaPath: "#/properties/examples/properties/repeats/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.examples.properties.repeats.type, parentSchema: schema41.properties.examples.properties.repeats, data: data30 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.examples.type, parentSchema: schema41.properties.examples, data: data16 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data31 = data.metrics;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (Object.keys(data31).length < 1) {
          const err76 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41.properties.metrics, data: data31 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        for (const key6 in data31) {
          const _errs71 = errors;
          if (typeof key6 === "string") {
            if (func2(key6) < 1) {
              const err77 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.metrics.propertyNames, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          var valid10 = _errs71 === errors;
          if (!valid10) {
            const err78 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema41.properties.metrics.propertyNames, parentSchema: schema41.properties.metrics, data: data31 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        for (const key7 in data31) {
          if (!validate23(data31[key7], { instancePath: instancePath + "/metrics/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data31, parentDataProperty: key7, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.metrics.type, parentSchema: schema41.properties.metrics, data: data31 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
  } else {
    const err80 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err80];
    } else {
      vErrors.push(err80);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const pattern14 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "version" || key0 === "validate" || key0 === "compare" || key0 === "report" || key0 === "gate")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.validate !== void 0) {
      let data2 = data.validate;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data2[i0], { instancePath: instancePath + "/validate/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/validate", schemaPath: "#/properties/validate/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.validate.type, parentSchema: schema31.properties.validate, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.compare !== void 0) {
      let data4 = data.compare;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate22(data4[i1], { instancePath: instancePath + "/compare/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/compare", schemaPath: "#/properties/compare/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.compare.type, parentSchema: schema31.properties.compare, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      let data6 = data.report;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "id" || key1 === "status_context" || key1 === "history" || key1 === "comment" || key1 === "summary" || key1 === "max_comment_chars" || key1 === "comment_author")) {
            const err6 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.report, data: data6 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data6.id !== void 0) {
          let data7 = data6.id;
          if (typeof data7 === "string") {
            if (!pattern4.test(data7)) {
              const err7 = { instancePath: instancePath + "/report/id", schemaPath: "#/properties/report/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", parentSchema: schema31.properties.report.properties.id, data: data7 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/report/id", schemaPath: "#/properties/report/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.report.properties.id.type, parentSchema: schema31.properties.report.properties.id, data: data7 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data6.status_context !== void 0) {
          let data8 = data6.status_context;
          if (typeof data8 === "string") {
            if (func2(data8) > 255) {
              const err9 = { instancePath: instancePath + "/report/status_context", schemaPath: "#/properties/report/properties/status_context/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema31.properties.report.properties.status_context, data: data8 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func2(data8) < 1) {
              const err10 = { instancePath: instancePath + "/report/status_context", schemaPath: "#/properties/report/properties/status_context/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.report.properties.status_context, data: data8 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/report/status_context", schemaPath: "#/properties/report/properties/status_context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.report.properties.status_context.type, parentSchema: schema31.properties.report.properties.status_context, data: data8 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data6.history !== void 0) {
          let data9 = data6.history;
          if (typeof data9 !== "boolean") {
            const err12 = { instancePath: instancePath + "/report/history", schemaPath: "#/properties/report/properties/history/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.report.properties.history.type, parentSchema: schema31.properties.report.properties.history, data: data9 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data6.comment !== void 0) {
          let data10 = data6.comment;
          const _errs21 = errors;
          let valid6 = false;
          let passing0 = null;
          const _errs22 = errors;
          if (typeof data10 !== "boolean") {
            const err13 = { instancePath: instancePath + "/report/comment", schemaPath: "#/properties/report/properties/comment/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.report.properties.comment.oneOf[0].type, parentSchema: schema31.properties.report.properties.comment.oneOf[0], data: data10 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid0 = _errs22 === errors;
          if (_valid0) {
            valid6 = true;
            passing0 = 0;
          }
          const _errs24 = errors;
          if (!(data10 === "always" || data10 === "on-failure" || data10 === "never")) {
            const err14 = { instancePath: instancePath + "/report/comment", schemaPath: "#/properties/report/properties/comment/oneOf/1/enum", keyword: "enum", params: { allowedValues: schema31.properties.report.properties.comment.oneOf[1].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.report.properties.comment.oneOf[1].enum, parentSchema: schema31.properties.report.properties.comment.oneOf[1], data: data10 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var _valid0 = _errs24 === errors;
          if (_valid0 && valid6) {
            valid6 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid6 = true;
              passing0 = 1;
            }
          }
          if (!valid6) {
            const err15 = { instancePath: instancePath + "/report/comment", schemaPath: "#/properties/report/properties/comment/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.report.properties.comment.oneOf, parentSchema: schema31.properties.report.properties.comment, data: data10 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          } else {
            errors = _errs21;
            if (vErrors !== null) {
              if (_errs21) {
                vErrors.length = _errs21;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.summary !== void 0) {
          let data11 = data6.summary;
          if (typeof data11 !== "boolean") {
            const err16 = { instancePath: instancePath + "/report/summary", schemaPath: "#/properties/report/properties/summary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.report.properties.summary.type, parentSchema: schema31.properties.report.properties.summary, data: data11 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.max_comment_chars !== void 0) {
          let data12 = data6.max_comment_chars;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err17 = { instancePath: instancePath + "/report/max_comment_chars", schemaPath: "#/properties/report/properties/max_comment_chars/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.report.properties.max_comment_chars.type, parentSchema: schema31.properties.report.properties.max_comment_chars, data: data12 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 > 65536 || isNaN(data12)) {
              const err18 = { instancePath: instancePath + "/report/max_comment_chars", schemaPath: "#/properties/report/properties/max_comment_chars/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema31.properties.report.properties.max_comment_chars, data: data12 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data12 < 1e3 || isNaN(data12)) {
              const err19 = { instancePath: instancePath + "/report/max_comment_chars", schemaPath: "#/properties/report/properties/max_comment_chars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000", schema: 1e3, parentSchema: schema31.properties.report.properties.max_comment_chars, data: data12 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
        if (data6.comment_author !== void 0) {
          let data13 = data6.comment_author;
          if (typeof data13 === "string") {
            if (!pattern14.test(data13)) {
              const err20 = { instancePath: instancePath + "/report/comment_author", schemaPath: "#/properties/report/properties/comment_author/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", parentSchema: schema31.properties.report.properties.comment_author, data: data13 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/report/comment_author", schemaPath: "#/properties/report/properties/comment_author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.report.properties.comment_author.type, parentSchema: schema31.properties.report.properties.comment_author, data: data13 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/report", schemaPath: "#/properties/report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.report.type, parentSchema: schema31.properties.report, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.gate !== void 0) {
      let data14 = data.gate;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key2 in data14) {
          if (!(key2 === "fail_on" || key2 === "override_label" || key2 === "override_scope" || key2 === "error_is" || key2 === "rules_from")) {
            const err23 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.gate, data: data14 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data14.fail_on !== void 0) {
          let data15 = data14.fail_on;
          if (!(data15 === "fail" || data15 === "warn")) {
            const err24 = { instancePath: instancePath + "/gate/fail_on", schemaPath: "#/properties/gate/properties/fail_on/enum", keyword: "enum", params: { allowedValues: schema31.properties.gate.properties.fail_on.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gate.properties.fail_on.enum, parentSchema: schema31.properties.gate.properties.fail_on, data: data15 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data14.override_label !== void 0) {
          let data16 = data14.override_label;
          if (typeof data16 === "string") {
            if (func2(data16) > 50) {
              const err25 = { instancePath: instancePath + "/gate/override_label", schemaPath: "#/properties/gate/properties/override_label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema31.properties.gate.properties.override_label, data: data16 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (func2(data16) < 1) {
              const err26 = { instancePath: instancePath + "/gate/override_label", schemaPath: "#/properties/gate/properties/override_label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.gate.properties.override_label, data: data16 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/gate/override_label", schemaPath: "#/properties/gate/properties/override_label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.gate.properties.override_label.type, parentSchema: schema31.properties.gate.properties.override_label, data: data16 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data14.override_scope !== void 0) {
          let data17 = data14.override_scope;
          if (!(data17 === "commit" || data17 === "pr")) {
            const err28 = { instancePath: instancePath + "/gate/override_scope", schemaPath: "#/properties/gate/properties/override_scope/enum", keyword: "enum", params: { allowedValues: schema31.properties.gate.properties.override_scope.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gate.properties.override_scope.enum, parentSchema: schema31.properties.gate.properties.override_scope, data: data17 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data14.error_is !== void 0) {
          let data18 = data14.error_is;
          if (!(data18 === "fail" || data18 === "warn")) {
            const err29 = { instancePath: instancePath + "/gate/error_is", schemaPath: "#/properties/gate/properties/error_is/enum", keyword: "enum", params: { allowedValues: schema31.properties.gate.properties.error_is.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gate.properties.error_is.enum, parentSchema: schema31.properties.gate.properties.error_is, data: data18 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data14.rules_from !== void 0) {
          let data19 = data14.rules_from;
          if (!(data19 === "base" || data19 === "head" || data19 === "stricter")) {
            const err30 = { instancePath: instancePath + "/gate/rules_from", schemaPath: "#/properties/gate/properties/rules_from/enum", keyword: "enum", params: { allowedValues: schema31.properties.gate.properties.rules_from.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.gate.properties.rules_from.enum, parentSchema: schema31.properties.gate.properties.rules_from, data: data19 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.gate.type, parentSchema: schema31.properties.gate, data: data14 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validateValidatePart = validate21;
const validateComparePart = validate22;
const validateCompareMetrics = validate32;
const schema49 = { "description": 'Rules by metric name: the keys that lead to the value, joined with dots (test.accuracy; pass@1, acc,none, macro avg.f1-score as they stand; a key holding a dot in double quotes: "1.0".recall; a list element by its index: scores.0.value). Metrics present in the files without a rule are shown, not gated.', "type": "object", "minProperties": 1, "propertyNames": { "description": "A metric name. Slices are ruled inside the metric (slices:), never in the name.", "minLength": 1 }, "additionalProperties": { "$ref": "#/$defs/rule" } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func2(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema49.propertyNames, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate23(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

const CONFIG_SCHEMA_ID = configSchema.$id;
const SCHEMA_BASE = CONFIG_SCHEMA_ID.slice(0, CONFIG_SCHEMA_ID.lastIndexOf("/") + 1);
const PRECOMPILED = /* @__PURE__ */ new Map([
  [CONFIG_SCHEMA_ID, validateConfig],
  [validatePartSchema.$id, validateValidatePart],
  [comparePartSchema.$id, validateComparePart],
  [`${comparePartSchema.$id}#/properties/metrics`, validateCompareMetrics]
]);
let ajvInstance;
function ajv() {
  if (!ajvInstance) {
    const instance = new _2020Exports.Ajv2020({
      allErrors: true,
      strict: true,
      allowUnionTypes: true,
      verbose: true
    });
    addFormats.default(instance);
    instance.addSchema(validatePartSchema);
    instance.addSchema(comparePartSchema);
    instance.addSchema(configSchema);
    ajvInstance = instance;
  }
  return ajvInstance;
}
function validatorFor(schema) {
  if (typeof schema === "object") return ajv().compile(schema);
  const id = schema === "config" ? CONFIG_SCHEMA_ID : schema === "validate" ? validatePartSchema.$id : schema === "compare" ? comparePartSchema.$id : /^[a-z]+:/i.test(schema) ? schema : SCHEMA_BASE + schema;
  const validate = PRECOMPILED.get(id) ?? ajv().getSchema(id);
  if (!validate) throw new Error(`unknown schema '${schema}'`);
  return validate;
}
function explainErrors(errors, data) {
  const kept = pruneComposites(errors, data);
  const problems = [];
  const hinted = /* @__PURE__ */ new Set();
  for (const e of kept) {
    const path = toDataPath(e.instancePath, data);
    const value = valueAt(data, path);
    const p = explainOne(e, path, value);
    if (!p) continue;
    if (p.hint) hinted.add(JSON.stringify([...path, p.hint]));
    problems.push(p);
  }
  const out = problems.filter(
    (p) => !(p.missing !== void 0 && hinted.has(JSON.stringify([...p.path, p.missing])))
  );
  const seen = /* @__PURE__ */ new Set();
  return out.filter((p) => {
    const k = JSON.stringify([p.path, p.atKey, p.message]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).map(({ path, atKey, message, label }) => ({
    path,
    atKey,
    message,
    ...label ? { label } : {}
  }));
}
const paramsOf = (e) => e.params;
const unknownKey = (e, path, value) => {
  const params = paramsOf(e);
  const key = String(params.additionalProperty ?? params.unevaluatedProperty);
  const present = new Set(value && typeof value === "object" ? Object.keys(value) : []);
  const allowed = allowedKeys(e.parentSchema);
  const hint = didYouMean(
    key,
    [...allowed].filter((k) => !present.has(k))
  );
  const message = `unknown key '${key}'` + (hint ? `; did you mean '${hint}'?` : "");
  return { path: [...path, key], label: path, atKey: true, message, hint };
};
const wrongType = (e, path, value) => {
  const expected = String(paramsOf(e).type).split(",").map((t) => ({ object: "a mapping", array: "a list" })[t] ?? t).join(" or ");
  let message = `must be ${expected}, got ${typeName(value)}` + (isScalar(value) ? ` ${showValue(value)}` : "");
  if (expected.includes("boolean") && typeof value === "string" && /^(yes|no|on|off|y|n)$/i.test(value)) {
    message += " (write true or false)";
  }
  return { path, atKey: false, message };
};
const notInEnum = (e, path, value) => {
  const allowed = paramsOf(e).allowedValues ?? [];
  const hint = typeof value === "string" ? didYouMean(
    value,
    allowed.filter((v) => typeof v === "string")
  ) : void 0;
  const message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}; got ${showValue(value)}` + (hint ? `; did you mean '${hint}'?` : "");
  return { path, atKey: false, message };
};
const noFormFits = (e, path) => {
  if (paramsOf(e).passingSchemas) {
    const message = "matches more than one of the allowed forms; keep the keys of one";
    return { path, atKey: false, message };
  }
  return { path, atKey: false, message: String(e.message) };
};
const EXPLAINERS = {
  // Its inner error, which names the key, is reported instead.
  propertyNames: () => void 0,
  additionalProperties: unknownKey,
  unevaluatedProperties: unknownKey,
  required: (e, path) => {
    const missing = String(paramsOf(e).missingProperty);
    return { path, atKey: true, message: `missing required key '${missing}'`, missing };
  },
  dependentRequired: (e, path) => {
    const { property, missingProperty } = paramsOf(e);
    const message = `key '${String(property)}' needs '${String(missingProperty)}' as well`;
    return { path, atKey: true, message };
  },
  type: wrongType,
  enum: notInEnum,
  const: (e, path, value) => {
    const message = `must be ${JSON.stringify(paramsOf(e).allowedValue)}, got ${showValue(value)}`;
    return { path, atKey: false, message };
  },
  oneOf: noFormFits,
  anyOf: noFormFits
};
function explainOne(e, path, value) {
  if (e.propertyName !== void 0) {
    const keyPath = [...path, e.propertyName];
    return {
      path: keyPath,
      label: path,
      atKey: true,
      message: `invalid key '${e.propertyName}': ${e.message ?? e.keyword}`
    };
  }
  const explain = Object.hasOwn(EXPLAINERS, e.keyword) ? EXPLAINERS[e.keyword] : void 0;
  if (explain) return explain(e, path, value);
  const got = isScalar(value) ? `${e.keyword === "alternatives" ? ";" : ","} got ${showValue(value)}` : "";
  return { path, atKey: false, message: `${e.message ?? e.keyword}${got}` };
}
function isScalar(v) {
  return v === null || typeof v !== "object";
}
function allowedKeys(schema, depth = 0) {
  const keys = /* @__PURE__ */ new Set();
  if (!schema || typeof schema !== "object" || depth > 5) return keys;
  const props = schema.properties;
  if (props && typeof props === "object") for (const k of Object.keys(props)) keys.add(k);
  const subs = [];
  for (const k of ["allOf", "anyOf", "oneOf"]) {
    const v = schema[k];
    if (Array.isArray(v)) subs.push(...v);
  }
  for (const k of ["then", "else"]) if (schema[k]) subs.push(schema[k]);
  if (typeof schema.$ref === "string") {
    try {
      subs.push(ajv().getSchema(schema.$ref)?.schema);
    } catch {
    }
  }
  for (const s of subs)
    for (const k of allowedKeys(s, depth + 1)) keys.add(k);
  return keys;
}
function pruneComposites(errors, data) {
  const removed = /* @__PURE__ */ new Set();
  const composites = errors.filter(
    (e) => (e.keyword === "oneOf" || e.keyword === "anyOf") && !e.params.passingSchemas
  ).sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  const replacements = /* @__PURE__ */ new Map();
  for (const c of composites) {
    if (removed.has(c)) continue;
    const prefix = c.schemaPath + "/";
    const branches = /* @__PURE__ */ new Map();
    for (const e of errors) {
      if (removed.has(e) || !e.schemaPath.startsWith(prefix)) continue;
      const branch = e.schemaPath.slice(prefix.length).split("/")[0];
      const list = branches.get(branch) ?? [];
      list.push(e);
      branches.set(branch, list);
    }
    if (branches.size === 0) continue;
    const depth = (e) => e.instancePath === "" ? 0 : e.instancePath.split("/").length - 1;
    const ownDepth = depth(c);
    const rejectsValue = (list) => list.every(
      (e) => depth(e) === ownDepth && ![
        "required",
        "additionalProperties",
        "unevaluatedProperties",
        "dependentRequired"
      ].includes(e.keyword)
    );
    const all = [...branches.values()];
    const scalar = isScalar(valueAt(data, toDataPath(c.instancePath, data)));
    if (scalar && all.every(rejectsValue)) {
      const alternatives = [...new Set(all.flat().map((e) => describeAlternative(e)))];
      for (const e of all.flat()) removed.add(e);
      replacements.set(c, {
        ...c,
        keyword: "alternatives",
        message: `must be ${alternatives.join(", or ")}`
      });
      continue;
    }
    const score = (list) => {
      const typeMismatch = list.some((e) => e.keyword === "type" && depth(e) === ownDepth) ? 1 : 0;
      const deepest = Math.max(...list.map(depth));
      return [typeMismatch, -deepest, list.length];
    };
    let best;
    let bestScore;
    for (const list of all) {
      const s = score(list);
      if (!bestScore || s[0] < bestScore[0] || s[0] === bestScore[0] && (s[1] < bestScore[1] || s[1] === bestScore[1] && s[2] < bestScore[2])) {
        best = list;
        bestScore = s;
      }
    }
    for (const list of all) if (list !== best) for (const e of list) removed.add(e);
    removed.add(c);
  }
  return errors.filter((e) => !removed.has(e) && e.keyword !== "if").map((e) => replacements.get(e) ?? e);
}
function describeAlternative(e) {
  const params = e.params;
  if (e.keyword === "type") {
    return String(params.type).split(",").map((t) => ({ object: "a mapping", array: "a list", integer: "an integer" })[t] ?? `a ${t}`).join(" or ");
  }
  if (e.keyword === "pattern") return `a string matching ${String(params.pattern)}`;
  if (e.keyword === "enum") {
    return `one of ${(params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (e.keyword === "const") return JSON.stringify(params.allowedValue);
  if (["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"].includes(e.keyword)) {
    return `a number ${String(params.comparison)} ${String(params.limit)}`;
  }
  return (e.message ?? e.keyword).replace(/^must be /, "");
}
function toDataPath(pointer, data) {
  if (!pointer) return [];
  const path = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node = node && typeof node === "object" ? node[segment] : void 0;
    }
  }
  return path;
}
function valueAt(data, path) {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}

const MAX_ALIAS_COUNT = 100;
const JSON_COMMENT = /^[ \t]*(\/\/|\/\*)/;
function jsonComments(text) {
  if (!/^\s*[{[]/.test(text)) return [];
  const problems = [];
  text.split("\n").forEach((line, i) => {
    const match = JSON_COMMENT.exec(line);
    if (!match) return;
    problems.push({
      position: { line: i + 1, column: match[0].length - match[1].length + 1 },
      path: [],
      message: `JSON allows no comments: remove the '${match[1]}' comment, or write the config in YAML, where comments start with #`
    });
  });
  return problems;
}
const MAX_CONFIG_DEPTH = 64;
function parseSource(text) {
  const deep = tooDeep(text, MAX_CONFIG_DEPTH);
  if (deep) {
    return {
      value: null,
      problems: [
        {
          position: { line: deep.line, column: 1 },
          path: [],
          message: `nested deeper than ${MAX_CONFIG_DEPTH} levels (${deep.depth} at this line)`
        }
      ],
      locate: () => void 0
    };
  }
  const comments = jsonComments(text);
  if (comments.length > 0) return { value: null, problems: comments, locate: () => void 0 };
  const lineCounter = new distExports.LineCounter();
  const doc = distExports.parseDocument(text, {
    uniqueKeys: true,
    keepSourceTokens: true,
    lineCounter,
    prettyErrors: false
  });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems = doc.errors.map((err) => {
    const offset = err.pos[0];
    if (err.code === "DUPLICATE_KEY") {
      const found = findKeyAt(doc, offset);
      if (found) {
        return {
          position: at(offset),
          path: found.path,
          message: `duplicate key '${found.key}'`
        };
      }
    }
    if (err.code === "MULTIPLE_DOCS") {
      return {
        position: at(offset),
        path: [],
        message: "a config is one YAML document; remove the `---` separator"
      };
    }
    return { position: at(offset), path: [], message: firstLine(err.message) };
  });
  let value = null;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      problems.push({
        position: { line: 1, column: 1 },
        path: [],
        message: err.message
      });
    }
  }
  return {
    value,
    problems,
    locate(path, options = {}) {
      const offset = offsetOf(doc, path, options.key === true);
      return offset === void 0 ? void 0 : at(offset);
    }
  };
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function deref(doc, node) {
  return distExports.isAlias(node) ? node.resolve(doc) : node;
}
function keyText(key) {
  if (distExports.isScalar(key)) return String(key.value);
  return void 0;
}
function offsetOf(doc, path, wantKey) {
  let node = doc.contents;
  let keyNode;
  for (const segment of path) {
    node = deref(doc, node);
    keyNode = void 0;
    let next;
    if (distExports.isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(segment));
      if (pair) {
        keyNode = distExports.isScalar(pair.key) ? pair.key : void 0;
        next = pair.value ?? pair.key;
      }
    } else if (distExports.isSeq(node) && typeof segment === "number") {
      next = node.items[segment];
    }
    if (next === void 0) break;
    node = next;
  }
  const target = wantKey && keyNode ? keyNode : node;
  return target?.range?.[0];
}
function findKeyAt(doc, offset) {
  const walk = (node, path) => {
    if (distExports.isMap(node)) {
      for (const pair of node.items) {
        if (!distExports.isPair(pair)) continue;
        const key = pair.key;
        const text = keyText(key);
        if (key?.range?.[0] === offset && text !== void 0) return { key: text, path };
        if (text !== void 0) {
          const found = walk(pair.value, [...path, text]);
          if (found) return found;
        }
      }
    } else if (distExports.isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const found = walk(node.items[i], [...path, i]);
        if (found) return found;
      }
    }
    return void 0;
  };
  return walk(doc.contents, []);
}

const REPORT_DEFAULTS = {
  id: "modelgate",
  status_context: "modelgate",
  history: false,
  comment: true,
  summary: true
};
const GATE_DEFAULTS = {
  fail_on: "fail",
  override_scope: "commit",
  error_is: "fail"
};

function loadConfig(path, options = {}) {
  let text;
  try {
    text = readWorkspaceText(
      resolve(options.root ?? "."),
      resolve(path),
      "config file",
      "config",
      path
    );
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "config file not found" : `cannot read config file: ${refusalReason(err)}`;
    throw new ConfigError([{ source: path, key: "", path: [], message: why }]);
  }
  return loadConfigText(text, path, options);
}
function loadConfigText(text, source, options = {}) {
  const root = resolve(options.root ?? ".");
  const parsed = parseSource(stripBom(text));
  const problems = checkConfig(parsed, source, root, options);
  if (problems.length > 0) throw new ConfigError(problems);
  const raw = parsed.value;
  return {
    config: withDefaults(raw),
    file: source,
    root,
    locate: (p) => parsed.locate(p),
    problemAt: (p, message) => locatedProblem(parsed, source, p, false, message)
  };
}
function validateConfigFile(path, options = {}) {
  try {
    loadConfig(path, options);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}
function loadConfigPart(input, schema, source) {
  const parsed = typeof input === "string" ? parseSource(stripBom(input)) : { value: input, problems: [], locate: () => void 0 };
  const problems = parseProblems(parsed, source);
  if (problems.length === 0) problems.push(...schemaProblems(parsed, source, schema));
  if (problems.length > 0) throw new ConfigError(problems);
  return parsed.value;
}
function checkConfig(parsed, source, root, options) {
  const problems = parseProblems(parsed, source);
  if (problems.length > 0) return problems;
  if (parsed.value === null || parsed.value === void 0) {
    return [
      {
        source,
        line: 1,
        column: 1,
        key: "",
        path: [],
        message: "the config is empty; start it with `version: 1`"
      }
    ];
  }
  problems.push(...schemaProblems(parsed, source, "config"));
  const raw = parsed.value;
  if (typeof raw !== "object" || Array.isArray(raw)) return problems;
  const checks = [...checkUniqueIds(raw), ...checkPaths(raw, root, options.checkFiles === true)];
  for (const p of checks) {
    problems.push(locatedProblem(parsed, source, p.path, p.atKey ?? false, p.message));
  }
  if (options.requireChecks && hasNoChecks(raw)) {
    problems.push({
      source,
      line: 1,
      column: 1,
      key: "",
      path: [],
      message: "the config names no checks: add a validate: entry (data against a schema) or a compare: entry (model metrics), or there is nothing to gate"
    });
  }
  return sortProblems(problems);
}
function parseProblems(parsed, source) {
  return parsed.problems.map((p) => ({
    source,
    line: p.position.line,
    column: p.position.column,
    key: formatPath(p.path),
    path: p.path,
    message: p.message
  }));
}
function schemaProblems(parsed, source, schema) {
  const validate = validatorFor(schema);
  if (validate(parsed.value)) return [];
  const explained = explainErrors(validate.errors ?? [], parsed.value);
  return sortProblems(
    explained.map((e) => locatedProblem(parsed, source, e.path, e.atKey, e.message, e.label))
  );
}
function locatedProblem(parsed, source, path, atKey, message, label) {
  const position = parsed.locate(path, { key: atKey });
  return {
    source,
    ...position ? { line: position.line, column: position.column } : {},
    key: formatPath(label ?? path),
    path,
    message
  };
}
function sortProblems(problems) {
  return problems.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  );
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function withDefaults(raw) {
  return {
    version: 1,
    validate: raw.validate ?? [],
    compare: raw.compare ?? [],
    report: { ...REPORT_DEFAULTS, ...raw.report },
    gate: { ...GATE_DEFAULTS, ...raw.gate }
  };
}

export { ConfigError, GATE_DEFAULTS, REPORT_DEFAULTS, formatProblem, loadConfig, loadConfigPart, loadConfigText, resolveConfigPath, validateConfigFile, workspaceEscape };
