import { a as _2020Exports } from './chunk-2020.js';
import { a as addFormats } from './chunk-index3.js';
import { mkdirSync, writeFileSync, renameSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const $schema$2 = "https://json-schema.org/draft/2020-12/schema";
const $id$2 = "https://modelgate.dev/schemas/result.schema.json";
const title$2 = "modelgate result file";
const description$2 = "What every modelgate check writes and what report and gate read. Everything in it may come from an untrusted pull request.";
const type$2 = "object";
const required$2 = [
	"schema",
	"kind",
	"id",
	"title",
	"status",
	"summary",
	"context",
	"details"
];
const additionalProperties$2 = false;
const properties$2 = {
	schema: {
		"const": "modelgate/result@1"
	},
	kind: {
		"enum": [
			"validate",
			"compare"
		]
	},
	id: {
		description: "Stable id: one section of the report, one marker.",
		type: "string",
		pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
	},
	title: {
		type: "string",
		maxLength: 200
	},
	status: {
		$ref: "#/$defs/status"
	},
	summary: {
		type: "string",
		maxLength: 1000
	},
	context: {
		$ref: "#/$defs/context"
	},
	tool: {
		type: "object",
		additionalProperties: false,
		properties: {
			name: {
				"const": "modelgate"
			},
			version: {
				type: "string"
			}
		}
	},
	createdAt: {
		type: "string",
		format: "date-time"
	},
	errors: {
		description: "Why the check could not evaluate (status error), each located where possible.",
		type: "array",
		items: {
			$ref: "#/$defs/problem"
		}
	},
	details: {
		type: "object"
	}
};
const allOf = [
	{
		"if": {
			properties: {
				kind: {
					"const": "validate"
				}
			}
		},
		then: {
			properties: {
				details: {
					$ref: "result-validate.schema.json"
				}
			}
		}
	},
	{
		"if": {
			properties: {
				kind: {
					"const": "compare"
				}
			}
		},
		then: {
			properties: {
				details: {
					$ref: "result-compare.schema.json"
				}
			}
		}
	}
];
const $defs$2 = {
	status: {
		description: "error means could not evaluate; it counts as a failure unless configured otherwise.",
		"enum": [
			"pass",
			"warn",
			"fail",
			"error"
		]
	},
	context: {
		type: "object",
		additionalProperties: false,
		properties: {
			repo: {
				type: "string",
				pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
			},
			sha: {
				type: "string",
				pattern: "^[0-9a-f]{40}$"
			},
			pr: {
				type: "integer",
				minimum: 1
			},
			ref: {
				type: "string"
			},
			runId: {
				type: "integer"
			},
			runUrl: {
				type: "string"
			},
			workflow: {
				type: "string"
			},
			event: {
				type: "string"
			}
		}
	},
	problem: {
		type: "object",
		required: [
			"message"
		],
		additionalProperties: false,
		properties: {
			message: {
				type: "string"
			},
			file: {
				type: "string"
			},
			line: {
				type: "integer",
				minimum: 1
			},
			key: {
				type: "string"
			}
		}
	}
};
const resultSchema = {
	$schema: $schema$2,
	$id: $id$2,
	title: title$2,
	description: description$2,
	type: type$2,
	required: required$2,
	additionalProperties: additionalProperties$2,
	properties: properties$2,
	allOf: allOf,
	$defs: $defs$2
};

const $schema$1 = "https://json-schema.org/draft/2020-12/schema";
const $id$1 = "https://modelgate.dev/schemas/result-validate.schema.json";
const title$1 = "details of a validate result";
const description$1 = "What `validate` found in the data files. Every string may come from an untrusted pull request (file names, messages, values): escape before rendering.";
const type$1 = "object";
const required$1 = [
	"schemaFile",
	"rows",
	"invalidRows",
	"invalidShare",
	"threshold",
	"files",
	"groups"
];
const additionalProperties$1 = false;
const properties$1 = {
	schemaFile: {
		description: "The JSON Schema every record was checked against.",
		type: "string"
	},
	format: {
		description: "The format forced for every file, when not taken from the extension.",
		"enum": [
			"json",
			"jsonl",
			"csv",
			"tsv"
		]
	},
	rows: {
		description: "Records read across all files.",
		type: "integer",
		minimum: 0
	},
	invalidRows: {
		description: "Records with at least one violation (schema, parse, size or encoding).",
		type: "integer",
		minimum: 0
	},
	invalidShare: {
		description: "invalidRows / rows, 0 when there are no rows.",
		type: "number",
		minimum: 0,
		maximum: 1
	},
	threshold: {
		type: "object",
		required: [
			"maxInvalidRows"
		],
		additionalProperties: false,
		properties: {
			maxInvalidRows: {
				description: "As given: a count (\"10\") or a share of rows (\"0.5%\"). More invalid rows fail.",
				type: "string",
				pattern: "^(\\d+|\\d+(\\.\\d+)?%)$"
			},
			warnInvalidRows: {
				description: "As given: more invalid rows than this (and not more than maxInvalidRows) warn.",
				type: "string",
				pattern: "^(\\d+|\\d+(\\.\\d+)?%)$"
			}
		}
	},
	files: {
		type: "array",
		items: {
			type: "object",
			required: [
				"path",
				"format",
				"rows",
				"invalidRows",
				"bytes"
			],
			additionalProperties: false,
			properties: {
				path: {
					description: "Relative to the workspace (or the working directory of the CLI).",
					type: "string"
				},
				format: {
					"enum": [
						"json",
						"jsonl",
						"csv",
						"tsv"
					]
				},
				rows: {
					type: "integer",
					minimum: 0
				},
				invalidRows: {
					type: "integer",
					minimum: 0
				},
				bytes: {
					type: "integer",
					minimum: 0
				}
			}
		}
	},
	groups: {
		description: "Violations grouped by (file, schemaPath, keyword), worst (largest count) first.",
		type: "array",
		items: {
			$ref: "#/$defs/group"
		}
	},
	omittedGroups: {
		description: "Groups beyond the kept limit.",
		type: "integer",
		minimum: 0
	},
	maxRecordBytes: {
		description: "The largest record accepted, in bytes; longer records are violations.",
		type: "integer",
		minimum: 1
	},
	durationMs: {
		description: "Wall time spent reading and validating.",
		type: "number",
		minimum: 0
	}
};
const $defs$1 = {
	group: {
		type: "object",
		required: [
			"file",
			"schemaPath",
			"keyword",
			"message",
			"count",
			"share",
			"samples"
		],
		additionalProperties: false,
		properties: {
			file: {
				type: "string"
			},
			schemaPath: {
				description: "Schema location of the failing keyword (\"#/properties/age/type\"); empty for problems found before validation (parse, size, encoding, CSV shape).",
				type: "string"
			},
			keyword: {
				description: "The JSON Schema keyword, or one of parse, encoding, maxRecordSize, csv for records that could not be read.",
				type: "string"
			},
			message: {
				description: "The message of the first sample.",
				type: "string"
			},
			count: {
				description: "Records in this file with this violation.",
				type: "integer",
				minimum: 1
			},
			share: {
				description: "count / the file's rows.",
				type: "number",
				minimum: 0,
				maximum: 1
			},
			samples: {
				description: "The first records with this violation, in file order.",
				type: "array",
				items: {
					$ref: "#/$defs/sample"
				}
			}
		}
	},
	sample: {
		type: "object",
		required: [
			"line",
			"pointer",
			"value",
			"message"
		],
		additionalProperties: false,
		properties: {
			line: {
				description: "1-based line where the record starts.",
				type: "integer",
				minimum: 1
			},
			record: {
				description: "0-based index of the record in the file (array index for JSON, data row index for CSV/TSV, record index for JSON Lines).",
				type: "integer",
				minimum: 0
			},
			pointer: {
				description: "JSON pointer of the offending field inside the record (\"\" is the whole record).",
				type: "string"
			},
			value: {
				description: "The offending value as JSON, truncated and with control characters escaped.",
				type: "string",
				maxLength: 200
			},
			message: {
				type: "string"
			}
		}
	}
};
const validateDetailsSchema = {
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
const $id = "https://modelgate.dev/schemas/result-compare.schema.json";
const title = "details of a compare result";
const description = "Candidate metrics against a baseline, one row per metric (and per slice). Every name and value may come from an untrusted pull request: escape before rendering.";
const type = "object";
const required = [
	"candidate",
	"baseline",
	"metrics"
];
const additionalProperties = false;
const properties = {
	candidate: {
		description: "Where the candidate's metrics came from.",
		type: "object",
		required: [
			"path"
		],
		additionalProperties: false,
		properties: {
			path: {
				description: "Metric file or MLflow run folder, relative to the workspace (the per-example file when only examples are configured).",
				type: "string"
			},
			examples: {
				description: "Per-example score file of the candidate, when examples are configured.",
				type: "string"
			}
		}
	},
	baseline: {
		description: "Which baseline was used. source none: no baseline was found (first run, no artifact yet).",
		type: "object",
		required: [
			"source"
		],
		additionalProperties: false,
		properties: {
			source: {
				"enum": [
					"file",
					"base-branch",
					"artifact",
					"none"
				]
			},
			path: {
				description: "Path of the baseline metric file (in the workspace, in the base commit, or inside the artifact).",
				type: "string"
			},
			ref: {
				description: "Branch the baseline was read from.",
				type: "string"
			},
			sha: {
				description: "Commit the baseline belongs to.",
				type: "string"
			},
			workflow: {
				description: "Workflow file whose run produced the artifact.",
				type: "string"
			},
			runId: {
				description: "Workflow run that produced the artifact.",
				type: "integer"
			},
			runUrl: {
				type: "string"
			},
			artifact: {
				description: "Artifact name.",
				type: "string"
			},
			examples: {
				description: "Per-example score file of the baseline, when examples are configured.",
				type: "string"
			},
			note: {
				description: "One line about the baseline: why none was found, or how it was read (git or the contents API).",
				type: "string"
			}
		}
	},
	metrics: {
		description: "One row per metric and per slice: gated rows first in config order, then the rest by name.",
		type: "array",
		items: {
			$ref: "#/$defs/metric"
		}
	},
	examples: {
		description: "Per-example alignment and the statistics settings, when examples are configured.",
		type: "object",
		required: [
			"n",
			"candidateOnly",
			"baselineOnly",
			"sampleMissingIds",
			"seed",
			"resamples",
			"confidence",
			"correction"
		],
		additionalProperties: false,
		properties: {
			n: {
				description: "Examples scored by both models.",
				type: "integer",
				minimum: 0
			},
			candidateOnly: {
				type: "integer",
				minimum: 0
			},
			baselineOnly: {
				type: "integer",
				minimum: 0
			},
			sampleMissingIds: {
				description: "A few ids present on one side only.",
				type: "array",
				items: {
					type: "string"
				}
			},
			seed: {
				type: "integer"
			},
			resamples: {
				type: "integer",
				minimum: 0
			},
			confidence: {
				type: "number",
				exclusiveMinimum: 0,
				exclusiveMaximum: 1
			},
			correction: {
				"enum": [
					"holm",
					"none"
				]
			},
			missingIds: {
				description: "Policy for ids scored by one model only.",
				"enum": [
					"fail",
					"warn",
					"pass"
				]
			},
			interval: {
				description: "How the intervals were computed.",
				"enum": [
					"bootstrap",
					"paired-z"
				]
			},
			ciConfidence: {
				description: "Corrected (simultaneous) confidence level of the gated intervals.",
				type: "number",
				exclusiveMinimum: 0,
				maximum: 1
			},
			family: {
				description: "Number of gated tests the multiple-comparison correction spans.",
				type: "integer",
				minimum: 0
			},
			generator: {
				description: "Pseudo-random generator of the bootstrap.",
				type: "string"
			}
		}
	},
	counts: {
		description: "Row counts by status, for a one-line summary without walking the rows.",
		type: "object",
		additionalProperties: false,
		required: [
			"gated",
			"pass",
			"warn",
			"fail",
			"error",
			"skip"
		],
		properties: {
			gated: {
				type: "integer",
				minimum: 0
			},
			pass: {
				type: "integer",
				minimum: 0
			},
			warn: {
				type: "integer",
				minimum: 0
			},
			fail: {
				type: "integer",
				minimum: 0
			},
			error: {
				type: "integer",
				minimum: 0
			},
			skip: {
				type: "integer",
				minimum: 0
			}
		}
	}
};
const $defs = {
	"number-or-null": {
		type: [
			"number",
			"null"
		]
	},
	metric: {
		type: "object",
		required: [
			"name",
			"presence",
			"baseline",
			"candidate",
			"delta",
			"relDelta",
			"gated",
			"status"
		],
		additionalProperties: false,
		properties: {
			name: {
				description: "Metric name, nested keys joined with dots.",
				type: "string"
			},
			slice: {
				description: "The slice this row is about (region = eu); absent for the whole set.",
				type: "object",
				required: [
					"key",
					"value"
				],
				additionalProperties: false,
				properties: {
					key: {
						type: "string"
					},
					value: {
						type: "string"
					}
				}
			},
			presence: {
				description: "both; added: in the candidate only (or no baseline at all); removed: missing from the candidate.",
				"enum": [
					"both",
					"added",
					"removed"
				]
			},
			baseline: {
				$ref: "#/$defs/number-or-null"
			},
			candidate: {
				$ref: "#/$defs/number-or-null"
			},
			delta: {
				description: "Candidate minus baseline, oriented so that positive means better.",
				$ref: "#/$defs/number-or-null"
			},
			relDelta: {
				description: "delta / |baseline|, oriented; null when the baseline is 0 or unknown.",
				$ref: "#/$defs/number-or-null"
			},
			direction: {
				"enum": [
					"higher",
					"lower"
				]
			},
			rule: {
				description: "The rule in words, e.g. \"max_drop 0.01, min 0.8\".",
				type: "string"
			},
			severity: {
				description: "What a broken rule gives: fail, or warn.",
				"enum": [
					"fail",
					"warn"
				]
			},
			source: {
				description: "metrics: decided on the point values of the metric files; examples: decided by statistics on per-example scores.",
				"enum": [
					"metrics",
					"examples"
				]
			},
			gated: {
				description: "false: shown, not gated (no rule).",
				type: "boolean"
			},
			status: {
				"enum": [
					"pass",
					"warn",
					"fail",
					"error",
					"skip"
				]
			},
			reason: {
				description: "One line: why this status.",
				type: "string"
			},
			n: {
				description: "Paired examples behind the statistics.",
				type: "integer",
				minimum: 0
			},
			ci: {
				description: "Confidence interval of the oriented delta.",
				type: "array",
				items: {
					type: "number"
				},
				minItems: 2,
				maxItems: 2
			},
			pValue: {
				type: "number",
				minimum: 0,
				maximum: 1
			},
			pAdjusted: {
				type: "number",
				minimum: 0,
				maximum: 1
			},
			test: {
				"enum": [
					"bootstrap",
					"mcnemar",
					"paired-z"
				]
			},
			mde: {
				description: "Minimum detectable effect at 80% power for this eval-set size.",
				type: "number",
				minimum: 0
			}
		}
	}
};
const compareDetailsSchema = {
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

const version = "0.1.0";
const pkg = {
	version: version};

const VERSION = pkg.version;

const RESULT_SCHEMA_ID = "modelgate/result@1";
const STATUS_RANK = { pass: 0, warn: 1, fail: 2, error: 3 };
function worstStatus(statuses) {
  let worst = "pass";
  for (const s of statuses) if (STATUS_RANK[s] > STATUS_RANK[worst]) worst = s;
  return worst;
}
let compiled;
function resultValidator() {
  if (!compiled) {
    const ajv = new _2020Exports.Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    ajv.addSchema(validateDetailsSchema);
    ajv.addSchema(compareDetailsSchema);
    compiled = ajv.compile(resultSchema);
  }
  return compiled;
}
function describe(errors) {
  return (errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`).join("; ");
}
function assertResult(value, source = "result") {
  const validate = resultValidator();
  if (!validate(value)) {
    throw new Error(`${source}: not a valid modelgate result: ${describe(validate.errors)}`);
  }
}
function newResult(fields) {
  return {
    schema: RESULT_SCHEMA_ID,
    tool: { name: "modelgate", version: VERSION },
    createdAt: fields.createdAt ?? (/* @__PURE__ */ new Date()).toISOString(),
    ...fields
  };
}
function writeResultFile(path, result) {
  assertResult(result, path);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(result, null, 2) + "\n");
  renameSync(tmp, path);
}
function readResultFile(path) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`${path}: cannot read result file: ${err.message}`);
  }
  assertResult(parsed, path);
  return parsed;
}

const result = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  RESULT_SCHEMA_ID,
  STATUS_RANK,
  assertResult,
  newResult,
  readResultFile,
  worstStatus,
  writeResultFile
}, Symbol.toStringTag, { value: 'Module' }));

export { STATUS_RANK as S, VERSION as V, worstStatus as a, result as b, newResult as n, readResultFile as r, writeResultFile as w };
