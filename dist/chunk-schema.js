import { a as _2020Exports } from './chunk-2020.js';
import { a as addFormats } from './chunk-index5.js';

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
			"parquet"
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
				description: "Format of both score files. Default: a tool's format recognised by content (lm-eval-samples, promptfoo, inspect-json, inspect-eval, openai-evals), else from the extension (jsonl, csv, tsv, json).",
				"enum": [
					"jsonl",
					"csv",
					"tsv",
					"json",
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

function editDistance(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}
function didYouMean(word, candidates) {
  const w = word.toLowerCase();
  const limit = w.length <= 3 ? 1 : 2;
  let best;
  let bestDistance = Infinity;
  let tie = false;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && c !== best) {
      tie = true;
    }
  }
  return best !== void 0 && bestDistance <= limit && !tie ? best : void 0;
}

const CONFIG_SCHEMA_ID = configSchema.$id;
const SCHEMA_BASE = CONFIG_SCHEMA_ID.slice(0, CONFIG_SCHEMA_ID.lastIndexOf("/") + 1);
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
  const instance = ajv();
  if (typeof schema === "object") return instance.compile(schema);
  const id = schema === "config" ? CONFIG_SCHEMA_ID : schema === "validate" ? validatePartSchema.$id : schema === "compare" ? comparePartSchema.$id : /^[a-z]+:/i.test(schema) ? schema : SCHEMA_BASE + schema;
  const validate = instance.getSchema(id);
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
function explainOne(e, path, value) {
  const params = e.params;
  const parentSchema = e.parentSchema;
  if (e.propertyName !== void 0) {
    const keyPath = [...path, e.propertyName];
    return {
      path: keyPath,
      label: path,
      atKey: true,
      message: `invalid key '${e.propertyName}': ${e.message ?? e.keyword}`
    };
  }
  switch (e.keyword) {
    case "propertyNames":
      return void 0;
    // its inner error, which names the key, is reported instead
    case "additionalProperties":
    case "unevaluatedProperties": {
      const key = String(params.additionalProperty ?? params.unevaluatedProperty);
      const present = new Set(value && typeof value === "object" ? Object.keys(value) : []);
      const hint = didYouMean(
        key,
        [...allowedKeys(parentSchema)].filter((k) => !present.has(k))
      );
      const message = `unknown key '${key}'` + (hint ? `; did you mean '${hint}'?` : "");
      return { path: [...path, key], label: path, atKey: true, message, hint };
    }
    case "required": {
      const missing = String(params.missingProperty);
      return { path, atKey: true, message: `missing required key '${missing}'`, missing };
    }
    case "dependentRequired":
      return {
        path,
        atKey: true,
        message: `key '${String(params.property)}' needs '${String(params.missingProperty)}' as well`
      };
    case "type": {
      const expected = String(params.type).split(",").map((t) => ({ object: "a mapping", array: "a list" })[t] ?? t).join(" or ");
      let message = `must be ${expected}, got ${typeName(value)}` + (isScalar(value) ? ` ${showValue(value)}` : "");
      if (expected.includes("boolean") && typeof value === "string" && /^(yes|no|on|off|y|n)$/i.test(value)) {
        message += " (write true or false)";
      }
      return { path, atKey: false, message };
    }
    case "enum": {
      const allowed = params.allowedValues ?? [];
      const hint = typeof value === "string" ? didYouMean(
        value,
        allowed.filter((v) => typeof v === "string")
      ) : void 0;
      const message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}; got ${showValue(value)}` + (hint ? `; did you mean '${hint}'?` : "");
      return { path, atKey: false, message };
    }
    case "const":
      return {
        path,
        atKey: false,
        message: `must be ${JSON.stringify(params.allowedValue)}, got ${showValue(value)}`
      };
    case "oneOf":
    case "anyOf":
      if (params.passingSchemas) {
        return {
          path,
          atKey: false,
          message: "matches more than one of the allowed forms; keep the keys of one"
        };
      }
      return { path, atKey: false, message: String(e.message) };
    default: {
      const got = isScalar(value) ? `${e.keyword === "alternatives" ? ";" : ","} got ${showValue(value)}` : "";
      return { path, atKey: false, message: `${e.message ?? e.keyword}${got}` };
    }
  }
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

export { ConfigError as C, formatPath as a, didYouMean as d, explainErrors as e, formatProblem as f, validatorFor as v };
