import { fstatSync, readSync, closeSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { a as writeWorkspaceFile, e as existingAncestor, o as openGatedSync, g as gateFile, c as refusalReason } from './chunk-workspace.js';
import { r as readLimit } from './chunk-limits.js';
import { u as ucs2length, _ as __ajv0ns } from './chunk-ucs2length.js';
import { f as formats, _ as __ajv1ns } from './chunk-formats.js';
import { V as VERSION } from './chunk-version.js';

const STATUS_RANK = {
  skip: -1,
  pass: 0,
  warn: 1,
  fail: 2,
  error: 3
};
function isAnyStatus(s) {
  return Object.hasOwn(STATUS_RANK, s);
}
function worstStatus(statuses) {
  let worst = "pass";
  for (const s of statuses) if (STATUS_RANK[s] > STATUS_RANK[worst]) worst = s;
  return worst;
}
function worseFirst(a, b) {
  return STATUS_RANK[b] - STATUS_RANK[a];
}
const STEP_FAIL_ON = ["never", "error", "fail", "warn"];
function failsStep(status, failOn) {
  return failOn !== "never" && STATUS_RANK[status] >= STATUS_RANK[failOn];
}
const TERMINAL_MARK = {
  pass: "ok",
  warn: "WARN",
  fail: "FAIL",
  error: "ERROR",
  skip: "-"
};

const __ajv0 = ucs2length && typeof ucs2length === "object" ? ucs2length : __ajv0ns;
const __ajv1 = formats && typeof formats === "object" ? formats : __ajv1ns;
const validateResult = validate20;
const schema31 = { "properties": { "schema": { "const": "modelgate/result@1" }, "kind": { "description": "validate-partial: one shard of a validate entry, with no verdict (status partial) until merged.", "enum": ["validate", "compare", "validate-partial"] }, "id": { "description": "Stable id: one section of the report, one marker.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, "title": { "type": "string", "maxLength": 200 }, "status": { "enum": ["pass", "warn", "fail", "error", "partial"] }, "summary": { "type": "string", "maxLength": 1e3 }, "context": { "$ref": "#/$defs/context" }, "tool": { "type": "object", "additionalProperties": false, "properties": { "name": { "const": "modelgate" }, "version": { "type": "string" } } }, "createdAt": { "type": "string", "format": "date-time" }, "errors": { "description": "Why the check could not evaluate (status error), each located where possible.", "type": "array", "items": { "$ref": "#/$defs/problem" } }, "details": { "type": "object" } }};
const schema49 = { "enum": ["pass", "warn", "fail", "error"] };
const schema32 = { "properties": { "schemaFile": { "description": "The JSON Schema every record was checked against.", "type": "string" }, "format": { "description": "The format forced for every file, when not taken from the extension.", "enum": ["json", "jsonl", "csv", "tsv", "parquet", "arrow"] }, "rows": { "description": "Records read across all files.", "type": "integer", "minimum": 0 }, "invalidRows": { "description": "Records with at least one violation (schema, parse, size or encoding).", "type": "integer", "minimum": 0 }, "invalidShare": { "description": "invalidRows / rows, 0 when there are no rows.", "type": "number", "minimum": 0, "maximum": 1 }, "threshold": { "type": "object", "required": ["maxInvalidRows"], "additionalProperties": false, "properties": { "maxInvalidRows": { "description": 'As given: a count ("10") or a share of rows ("0.5%"). More invalid rows fail.', "type": "string", "pattern": "^(\\d+|\\d+(\\.\\d+)?%)$" }, "warnInvalidRows": { "description": "As given: more invalid rows than this (and not more than maxInvalidRows) warn.", "type": "string", "pattern": "^(\\d+|\\d+(\\.\\d+)?%)$" } } }, "files": { "type": "array", "items": { "type": "object", "required": ["path", "format", "rows", "invalidRows", "bytes"], "additionalProperties": false, "properties": { "path": { "description": "Relative to the workspace (or the working directory of the CLI).", "type": "string" }, "format": { "enum": ["json", "jsonl", "csv", "tsv", "parquet", "arrow"] }, "rows": { "type": "integer", "minimum": 0 }, "invalidRows": { "type": "integer", "minimum": 0 }, "bytes": { "type": "integer", "minimum": 0 } } } }, "groups": { "description": "Violations grouped by (file, schemaPath, keyword), worst (largest count) first.", "type": "array", "items": { "$ref": "#/$defs/group" } }, "omittedGroups": { "description": "Groups beyond the kept limit.", "type": "integer", "minimum": 0 }, "schemaWarnings": { "description": "What JSON Schema's strict mode would have refused in the schema (an unknown keyword, an `if` without `then`, an unknown format): located, reported, and the schema evaluated as the specification says regardless.", "type": "array", "maxItems": 50, "items": { "type": "object", "required": ["file", "path", "message"], "additionalProperties": false, "properties": { "file": { "description": "The schema file.", "type": "string" }, "path": { "description": "JSON pointer into that file ('' when unknown).", "type": "string" }, "message": { "type": "string" } } } }, "maxRecordBytes": { "description": "The largest record accepted, in bytes; longer records are violations.", "type": "integer", "minimum": 1 }, "durationMs": { "description": "Wall time spent reading and validating.", "type": "number", "minimum": 0 }, "dataset": { "description": "Expectations, leakage across splits and drift against a reference (docs/dataset.md); present when the entry configures them.", "type": "object", "required": ["status", "expectations"], "additionalProperties": false, "properties": { "status": { "enum": ["pass", "warn", "fail", "error"], "description": "Worst status of the dataset checks alone." }, "expectations": { "type": "array", "items": { "$ref": "#/$defs/expectation" } }, "drift": { "type": "object", "required": ["reference", "alpha", "correction", "sampleSize", "columns"], "additionalProperties": false, "properties": { "reference": { "type": "object", "required": ["paths", "rows"], "additionalProperties": false, "properties": { "paths": { "type": "array", "items": { "type": "string" } }, "rows": { "type": "integer", "minimum": 0 }, "source": { "description": "Where the reference came from, as compare's baseline: file (workspace), base-branch, artifact, or none (missing; status says what missing_reference made of it).", "enum": ["file", "base-branch", "artifact", "none"] }, "ref": { "type": "string" }, "sha": { "type": "string" }, "workflow": { "type": "string" }, "runId": { "type": "integer" }, "runUrl": { "type": "string" }, "artifact": { "type": "string" }, "note": { "type": "string" }, "bytes": { "type": "integer", "minimum": 0 }, "status": { "enum": ["pass", "warn", "fail", "error"] } } }, "alpha": { "type": "number", "minimum": 0, "maximum": 1 }, "correction": { "enum": ["holm"] }, "sampleSize": { "description": "Reservoir size per numeric column and side.", "type": "integer", "minimum": 1 }, "columns": { "description": "Worst status first, then largest PSI.", "type": "array", "items": { "$ref": "#/$defs/driftColumn" } } } }, "splits": { "type": "array", "items": { "type": "object", "required": ["name", "files", "rows"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "files": { "type": "array", "items": { "type": "string" } }, "rows": { "type": "integer", "minimum": 0 } } } }, "durationMs": { "type": "number", "minimum": 0 } } }, "ratchet": { "description": "The same checks on the base branch's data (dataset ratchet).", "type": "object", "required": ["baseDir", "policy", "baseRows", "baseInvalidRows", "introducedInvalidRows", "baseStatus"], "additionalProperties": false, "properties": { "source": { "enum": ["file", "base-branch", "artifact", "none"] }, "ref": { "type": "string" }, "sha": { "type": "string" }, "workflow": { "type": "string" }, "runId": { "type": "integer" }, "runUrl": { "type": "string" }, "artifact": { "type": "string" }, "note": { "type": "string" }, "missingFiles": { "type": "array", "items": { "type": "string" } }, "baseDir": { "type": "string" }, "policy": { "enum": ["new-only", "all"] }, "baseRows": { "type": "integer", "minimum": 0 }, "baseInvalidRows": { "type": "integer", "minimum": 0 }, "introducedInvalidRows": { "description": "Invalid rows beyond the base's count: what new-only gates on.", "type": "integer", "minimum": 0 }, "baseStatus": { "enum": ["pass", "warn", "fail", "error"] } } } }};
const schema35 = { "properties": { "key": { "type": "string" }, "kind": { "enum": ["row_count", "null_share", "categories", "range", "unique", "duplicates", "leakage"] }, "column": { "type": "string" }, "rule": { "type": "string" }, "severity": { "enum": ["fail", "warn"] }, "mostly": { "type": "number", "minimum": 0, "maximum": 1 }, "checked": { "type": "integer", "minimum": 0, "description": "Rows the expectation looked at." }, "unexpected": { "type": "integer", "minimum": 0, "description": "Rows that broke it (for row_count: the rows missing or added beyond the reference)." }, "share": { "type": "number", "minimum": 0, "maximum": 1, "description": "unexpected / checked." }, "observed": { "type": "number" }, "status": { "enum": ["pass", "warn", "fail", "error"] }, "reason": { "type": "string" }, "samples": { "type": "array", "items": { "type": "object", "required": ["file", "line", "value", "message"], "additionalProperties": false, "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "value": { "type": "string", "maxLength": 200 }, "message": { "type": "string" } } } }, "values": { "description": "Values outside the allowed categories, most frequent first.", "type": "array", "items": { "type": "object", "required": ["value", "count"], "additionalProperties": false, "properties": { "value": { "type": "string" }, "count": { "type": "integer", "minimum": 0 } } } }, "base": { "type": "object", "required": ["checked", "unexpected", "status"], "additionalProperties": false, "properties": { "checked": { "type": "integer", "minimum": 0 }, "unexpected": { "type": "integer", "minimum": 0 }, "status": { "enum": ["pass", "warn", "fail", "error"] } } }, "origin": { "description": "new: fails here, passed on the base; existing: failed on the base too, not worse; worse: failed there, more here.", "enum": ["new", "existing", "worse"] } } };
const schema36 = { "properties": { "name": { "type": "string" }, "type": { "enum": ["numeric", "categorical", "skipped"] }, "psi": { "type": "number", "minimum": 0 }, "test": { "enum": ["ks", "chi2"] }, "statistic": { "type": "number", "minimum": 0 }, "df": { "type": "integer", "minimum": 0 }, "pValue": { "type": "number", "minimum": 0, "maximum": 1 }, "pAdjusted": { "type": "number", "minimum": 0, "maximum": 1 }, "refN": { "type": "integer", "minimum": 0 }, "curN": { "type": "integer", "minimum": 0 }, "sampled": { "type": "boolean" }, "psiWarn": { "type": "number" }, "psiFail": { "type": "number" }, "status": { "enum": ["pass", "warn", "fail", "error"] }, "reason": { "type": "string" }, "bins": { "type": "array", "items": { "type": "object", "required": ["label", "ref", "cur"], "additionalProperties": false, "properties": { "label": { "type": "string" }, "ref": { "type": "number", "minimum": 0, "maximum": 1 }, "cur": { "type": "number", "minimum": 0, "maximum": 1 } } } } } };
const func1 = Object.prototype.hasOwnProperty;
const func2 = __ajv0.default;
const pattern4 = new RegExp("^(\\d+|\\d+(\\.\\d+)?%)$", "u");
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
    if (data.file === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.schemaPath === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaPath" }, message: "must have required property 'schemaPath'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.keyword === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keyword" }, message: "must have required property 'keyword'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.count === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.share === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "share" }, message: "must have required property 'share'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.samples === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "file" || key0 === "schemaPath" || key0 === "keyword" || key0 === "message" || key0 === "count" || key0 === "share" || key0 === "samples" || key0 === "baseCount")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      if (typeof data.file !== "string") {
        const err8 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.schemaPath !== void 0) {
      if (typeof data.schemaPath !== "string") {
        const err9 = { instancePath: instancePath + "/schemaPath", schemaPath: "#/properties/schemaPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.keyword !== void 0) {
      if (typeof data.keyword !== "string") {
        const err10 = { instancePath: instancePath + "/keyword", schemaPath: "#/properties/keyword/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      if (typeof data.message !== "string") {
        const err11 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data4 = data.count;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err12 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.share !== void 0) {
      let data5 = data.share;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/share", schemaPath: "#/properties/share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          const err15 = { instancePath: instancePath + "/share", schemaPath: "#/properties/share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/share", schemaPath: "#/properties/share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.samples !== void 0) {
      let data6 = data.samples;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.line === void 0) {
              const err17 = { instancePath: instancePath + "/samples/" + i0, schemaPath: "#/$defs/sample/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data7.pointer === void 0) {
              const err18 = { instancePath: instancePath + "/samples/" + i0, schemaPath: "#/$defs/sample/required", keyword: "required", params: { missingProperty: "pointer" }, message: "must have required property 'pointer'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data7.value === void 0) {
              const err19 = { instancePath: instancePath + "/samples/" + i0, schemaPath: "#/$defs/sample/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data7.message === void 0) {
              const err20 = { instancePath: instancePath + "/samples/" + i0, schemaPath: "#/$defs/sample/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key1 in data7) {
              if (!(key1 === "line" || key1 === "record" || key1 === "rowGroup" || key1 === "pointer" || key1 === "value" || key1 === "message")) {
                const err21 = { instancePath: instancePath + "/samples/" + i0, schemaPath: "#/$defs/sample/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data7.line !== void 0) {
              let data8 = data7.line;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                const err22 = { instancePath: instancePath + "/samples/" + i0 + "/line", schemaPath: "#/$defs/sample/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 < 1 || isNaN(data8)) {
                  const err23 = { instancePath: instancePath + "/samples/" + i0 + "/line", schemaPath: "#/$defs/sample/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
            }
            if (data7.record !== void 0) {
              let data9 = data7.record;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                const err24 = { instancePath: instancePath + "/samples/" + i0 + "/record", schemaPath: "#/$defs/sample/properties/record/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 < 0 || isNaN(data9)) {
                  const err25 = { instancePath: instancePath + "/samples/" + i0 + "/record", schemaPath: "#/$defs/sample/properties/record/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data7.rowGroup !== void 0) {
              let data10 = data7.rowGroup;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err26 = { instancePath: instancePath + "/samples/" + i0 + "/rowGroup", schemaPath: "#/$defs/sample/properties/rowGroup/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                  const err27 = { instancePath: instancePath + "/samples/" + i0 + "/rowGroup", schemaPath: "#/$defs/sample/properties/rowGroup/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
            }
            if (data7.pointer !== void 0) {
              if (typeof data7.pointer !== "string") {
                const err28 = { instancePath: instancePath + "/samples/" + i0 + "/pointer", schemaPath: "#/$defs/sample/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data7.value !== void 0) {
              let data12 = data7.value;
              if (typeof data12 === "string") {
                if (func2(data12) > 200) {
                  const err29 = { instancePath: instancePath + "/samples/" + i0 + "/value", schemaPath: "#/$defs/sample/properties/value/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/samples/" + i0 + "/value", schemaPath: "#/$defs/sample/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data7.message !== void 0) {
              if (typeof data7.message !== "string") {
                const err31 = { instancePath: instancePath + "/samples/" + i0 + "/message", schemaPath: "#/$defs/sample/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/samples/" + i0, schemaPath: "#/$defs/sample/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.baseCount !== void 0) {
      let data14 = data.baseCount;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
        const err34 = { instancePath: instancePath + "/baseCount", schemaPath: "#/properties/baseCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 < 0 || isNaN(data14)) {
          const err35 = { instancePath: instancePath + "/baseCount", schemaPath: "#/properties/baseCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    if (data.schemaFile === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaFile" }, message: "must have required property 'schemaFile'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.rows === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.invalidRows === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "invalidRows" }, message: "must have required property 'invalidRows'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.invalidShare === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "invalidShare" }, message: "must have required property 'invalidShare'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.threshold === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.files === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.groups === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.schemaFile !== void 0) {
      if (typeof data.schemaFile !== "string") {
        const err8 = { instancePath: instancePath + "/schemaFile", schemaPath: "#/properties/schemaFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data1 = data.format;
      if (!(data1 === "json" || data1 === "jsonl" || data1 === "csv" || data1 === "tsv" || data1 === "parquet" || data1 === "arrow")) {
        const err9 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.format.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data2 = data.rows;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.invalidRows !== void 0) {
      let data3 = data.invalidRows;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/invalidRows", schemaPath: "#/properties/invalidRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/invalidRows", schemaPath: "#/properties/invalidRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.invalidShare !== void 0) {
      let data4 = data.invalidShare;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/invalidShare", schemaPath: "#/properties/invalidShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err15 = { instancePath: instancePath + "/invalidShare", schemaPath: "#/properties/invalidShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/invalidShare", schemaPath: "#/properties/invalidShare/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.threshold !== void 0) {
      let data5 = data.threshold;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.maxInvalidRows === void 0) {
          const err17 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/required", keyword: "required", params: { missingProperty: "maxInvalidRows" }, message: "must have required property 'maxInvalidRows'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "maxInvalidRows" || key1 === "warnInvalidRows")) {
            const err18 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.maxInvalidRows !== void 0) {
          let data6 = data5.maxInvalidRows;
          if (typeof data6 === "string") {
            if (!pattern4.test(data6)) {
              const err19 = { instancePath: instancePath + "/threshold/maxInvalidRows", schemaPath: "#/properties/threshold/properties/maxInvalidRows/pattern", keyword: "pattern", params: { pattern: "^(\\d+|\\d+(\\.\\d+)?%)$" }, message: 'must match pattern "^(\\d+|\\d+(\\.\\d+)?%)$"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/threshold/maxInvalidRows", schemaPath: "#/properties/threshold/properties/maxInvalidRows/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data5.warnInvalidRows !== void 0) {
          let data7 = data5.warnInvalidRows;
          if (typeof data7 === "string") {
            if (!pattern4.test(data7)) {
              const err21 = { instancePath: instancePath + "/threshold/warnInvalidRows", schemaPath: "#/properties/threshold/properties/warnInvalidRows/pattern", keyword: "pattern", params: { pattern: "^(\\d+|\\d+(\\.\\d+)?%)$" }, message: 'must match pattern "^(\\d+|\\d+(\\.\\d+)?%)$"' };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/threshold/warnInvalidRows", schemaPath: "#/properties/threshold/properties/warnInvalidRows/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data8 = data.files;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.path === void 0) {
              const err24 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data9.format === void 0) {
              const err25 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data9.rows === void 0) {
              const err26 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data9.invalidRows === void 0) {
              const err27 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "invalidRows" }, message: "must have required property 'invalidRows'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data9.bytes === void 0) {
              const err28 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "path" || key2 === "format" || key2 === "rows" || key2 === "invalidRows" || key2 === "bytes")) {
                const err29 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data9.path !== void 0) {
              if (typeof data9.path !== "string") {
                const err30 = { instancePath: instancePath + "/files/" + i0 + "/path", schemaPath: "#/properties/files/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data9.format !== void 0) {
              let data11 = data9.format;
              if (!(data11 === "json" || data11 === "jsonl" || data11 === "csv" || data11 === "tsv" || data11 === "parquet" || data11 === "arrow")) {
                const err31 = { instancePath: instancePath + "/files/" + i0 + "/format", schemaPath: "#/properties/files/items/properties/format/enum", keyword: "enum", params: { allowedValues: schema32.properties.files.items.properties.format.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data9.rows !== void 0) {
              let data12 = data9.rows;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err32 = { instancePath: instancePath + "/files/" + i0 + "/rows", schemaPath: "#/properties/files/items/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 < 0 || isNaN(data12)) {
                  const err33 = { instancePath: instancePath + "/files/" + i0 + "/rows", schemaPath: "#/properties/files/items/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
            }
            if (data9.invalidRows !== void 0) {
              let data13 = data9.invalidRows;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                const err34 = { instancePath: instancePath + "/files/" + i0 + "/invalidRows", schemaPath: "#/properties/files/items/properties/invalidRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 < 0 || isNaN(data13)) {
                  const err35 = { instancePath: instancePath + "/files/" + i0 + "/invalidRows", schemaPath: "#/properties/files/items/properties/invalidRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            }
            if (data9.bytes !== void 0) {
              let data14 = data9.bytes;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err36 = { instancePath: instancePath + "/files/" + i0 + "/bytes", schemaPath: "#/properties/files/items/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 0 || isNaN(data14)) {
                  const err37 = { instancePath: instancePath + "/files/" + i0 + "/bytes", schemaPath: "#/properties/files/items/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.groups !== void 0) {
      let data15 = data.groups;
      if (Array.isArray(data15)) {
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate22(data15[i1], { instancePath: instancePath + "/groups/" + i1, parentData: data15, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/groups", schemaPath: "#/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.omittedGroups !== void 0) {
      let data17 = data.omittedGroups;
      if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
        const err41 = { instancePath: instancePath + "/omittedGroups", schemaPath: "#/properties/omittedGroups/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (typeof data17 == "number" && isFinite(data17)) {
        if (data17 < 0 || isNaN(data17)) {
          const err42 = { instancePath: instancePath + "/omittedGroups", schemaPath: "#/properties/omittedGroups/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
    }
    if (data.schemaWarnings !== void 0) {
      let data18 = data.schemaWarnings;
      if (Array.isArray(data18)) {
        if (data18.length > 50) {
          const err43 = { instancePath: instancePath + "/schemaWarnings", schemaPath: "#/properties/schemaWarnings/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        const len2 = data18.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data19 = data18[i2];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.file === void 0) {
              const err44 = { instancePath: instancePath + "/schemaWarnings/" + i2, schemaPath: "#/properties/schemaWarnings/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data19.path === void 0) {
              const err45 = { instancePath: instancePath + "/schemaWarnings/" + i2, schemaPath: "#/properties/schemaWarnings/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data19.message === void 0) {
              const err46 = { instancePath: instancePath + "/schemaWarnings/" + i2, schemaPath: "#/properties/schemaWarnings/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key3 in data19) {
              if (!(key3 === "file" || key3 === "path" || key3 === "message")) {
                const err47 = { instancePath: instancePath + "/schemaWarnings/" + i2, schemaPath: "#/properties/schemaWarnings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data19.file !== void 0) {
              if (typeof data19.file !== "string") {
                const err48 = { instancePath: instancePath + "/schemaWarnings/" + i2 + "/file", schemaPath: "#/properties/schemaWarnings/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data19.path !== void 0) {
              if (typeof data19.path !== "string") {
                const err49 = { instancePath: instancePath + "/schemaWarnings/" + i2 + "/path", schemaPath: "#/properties/schemaWarnings/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data19.message !== void 0) {
              if (typeof data19.message !== "string") {
                const err50 = { instancePath: instancePath + "/schemaWarnings/" + i2 + "/message", schemaPath: "#/properties/schemaWarnings/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/schemaWarnings/" + i2, schemaPath: "#/properties/schemaWarnings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/schemaWarnings", schemaPath: "#/properties/schemaWarnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.maxRecordBytes !== void 0) {
      let data23 = data.maxRecordBytes;
      if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
        const err53 = { instancePath: instancePath + "/maxRecordBytes", schemaPath: "#/properties/maxRecordBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
      if (typeof data23 == "number" && isFinite(data23)) {
        if (data23 < 1 || isNaN(data23)) {
          const err54 = { instancePath: instancePath + "/maxRecordBytes", schemaPath: "#/properties/maxRecordBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      }
    }
    if (data.durationMs !== void 0) {
      let data24 = data.durationMs;
      if (typeof data24 == "number" && isFinite(data24)) {
        if (data24 < 0 || isNaN(data24)) {
          const err55 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
      } else {
        const err56 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data25 = data.dataset;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.status === void 0) {
          const err57 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
        if (data25.expectations === void 0) {
          const err58 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/required", keyword: "required", params: { missingProperty: "expectations" }, message: "must have required property 'expectations'" };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        for (const key4 in data25) {
          if (!(key4 === "status" || key4 === "expectations" || key4 === "drift" || key4 === "splits" || key4 === "durationMs")) {
            const err59 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data25.status !== void 0) {
          let data26 = data25.status;
          if (!(data26 === "pass" || data26 === "warn" || data26 === "fail" || data26 === "error")) {
            const err60 = { instancePath: instancePath + "/dataset/status", schemaPath: "#/properties/dataset/properties/status/enum", keyword: "enum", params: { allowedValues: schema32.properties.dataset.properties.status.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data25.expectations !== void 0) {
          let data27 = data25.expectations;
          if (Array.isArray(data27)) {
            const len3 = data27.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data28 = data27[i3];
              if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                if (data28.key === void 0) {
                  const err61 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (data28.kind === void 0) {
                  const err62 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (data28.rule === void 0) {
                  const err63 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (data28.severity === void 0) {
                  const err64 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data28.checked === void 0) {
                  const err65 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/required", keyword: "required", params: { missingProperty: "checked" }, message: "must have required property 'checked'" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (data28.unexpected === void 0) {
                  const err66 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/required", keyword: "required", params: { missingProperty: "unexpected" }, message: "must have required property 'unexpected'" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                if (data28.share === void 0) {
                  const err67 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/required", keyword: "required", params: { missingProperty: "share" }, message: "must have required property 'share'" };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                if (data28.status === void 0) {
                  const err68 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (data28.reason === void 0) {
                  const err69 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (data28.samples === void 0) {
                  const err70 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'" };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                for (const key5 in data28) {
                  if (!func1.call(schema35.properties, key5)) {
                    const err71 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
                if (data28.key !== void 0) {
                  if (typeof data28.key !== "string") {
                    const err72 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/key", schemaPath: "#/$defs/expectation/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data28.kind !== void 0) {
                  let data30 = data28.kind;
                  if (!(data30 === "row_count" || data30 === "null_share" || data30 === "categories" || data30 === "range" || data30 === "unique" || data30 === "duplicates" || data30 === "leakage")) {
                    const err73 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/kind", schemaPath: "#/$defs/expectation/properties/kind/enum", keyword: "enum", params: { allowedValues: schema35.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data28.column !== void 0) {
                  if (typeof data28.column !== "string") {
                    const err74 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/column", schemaPath: "#/$defs/expectation/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data28.rule !== void 0) {
                  if (typeof data28.rule !== "string") {
                    const err75 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/rule", schemaPath: "#/$defs/expectation/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
                if (data28.severity !== void 0) {
                  let data33 = data28.severity;
                  if (!(data33 === "fail" || data33 === "warn")) {
                    const err76 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/severity", schemaPath: "#/$defs/expectation/properties/severity/enum", keyword: "enum", params: { allowedValues: schema35.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data28.mostly !== void 0) {
                  let data34 = data28.mostly;
                  if (typeof data34 == "number" && isFinite(data34)) {
                    if (data34 > 1 || isNaN(data34)) {
                      const err77 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/mostly", schemaPath: "#/$defs/expectation/properties/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                    if (data34 < 0 || isNaN(data34)) {
                      const err78 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/mostly", schemaPath: "#/$defs/expectation/properties/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/mostly", schemaPath: "#/$defs/expectation/properties/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data28.checked !== void 0) {
                  let data35 = data28.checked;
                  if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                    const err80 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/checked", schemaPath: "#/$defs/expectation/properties/checked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                  if (typeof data35 == "number" && isFinite(data35)) {
                    if (data35 < 0 || isNaN(data35)) {
                      const err81 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/checked", schemaPath: "#/$defs/expectation/properties/checked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  }
                }
                if (data28.unexpected !== void 0) {
                  let data36 = data28.unexpected;
                  if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                    const err82 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/unexpected", schemaPath: "#/$defs/expectation/properties/unexpected/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                  if (typeof data36 == "number" && isFinite(data36)) {
                    if (data36 < 0 || isNaN(data36)) {
                      const err83 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/unexpected", schemaPath: "#/$defs/expectation/properties/unexpected/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                }
                if (data28.share !== void 0) {
                  let data37 = data28.share;
                  if (typeof data37 == "number" && isFinite(data37)) {
                    if (data37 > 1 || isNaN(data37)) {
                      const err84 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/share", schemaPath: "#/$defs/expectation/properties/share/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                    if (data37 < 0 || isNaN(data37)) {
                      const err85 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/share", schemaPath: "#/$defs/expectation/properties/share/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  } else {
                    const err86 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/share", schemaPath: "#/$defs/expectation/properties/share/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data28.observed !== void 0) {
                  let data38 = data28.observed;
                  if (!(typeof data38 == "number" && isFinite(data38))) {
                    const err87 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/observed", schemaPath: "#/$defs/expectation/properties/observed/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data28.status !== void 0) {
                  let data39 = data28.status;
                  if (!(data39 === "pass" || data39 === "warn" || data39 === "fail" || data39 === "error")) {
                    const err88 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/status", schemaPath: "#/$defs/expectation/properties/status/enum", keyword: "enum", params: { allowedValues: schema35.properties.status.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data28.reason !== void 0) {
                  if (typeof data28.reason !== "string") {
                    const err89 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/reason", schemaPath: "#/$defs/expectation/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data28.samples !== void 0) {
                  let data41 = data28.samples;
                  if (Array.isArray(data41)) {
                    const len4 = data41.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data42 = data41[i4];
                      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                        if (data42.file === void 0) {
                          const err90 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4, schemaPath: "#/$defs/expectation/properties/samples/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
                          if (vErrors === null) {
                            vErrors = [err90];
                          } else {
                            vErrors.push(err90);
                          }
                          errors++;
                        }
                        if (data42.line === void 0) {
                          const err91 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4, schemaPath: "#/$defs/expectation/properties/samples/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                        }
                        if (data42.value === void 0) {
                          const err92 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4, schemaPath: "#/$defs/expectation/properties/samples/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                          if (vErrors === null) {
                            vErrors = [err92];
                          } else {
                            vErrors.push(err92);
                          }
                          errors++;
                        }
                        if (data42.message === void 0) {
                          const err93 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4, schemaPath: "#/$defs/expectation/properties/samples/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                          if (vErrors === null) {
                            vErrors = [err93];
                          } else {
                            vErrors.push(err93);
                          }
                          errors++;
                        }
                        for (const key6 in data42) {
                          if (!(key6 === "file" || key6 === "line" || key6 === "value" || key6 === "message")) {
                            const err94 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4, schemaPath: "#/$defs/expectation/properties/samples/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err94];
                            } else {
                              vErrors.push(err94);
                            }
                            errors++;
                          }
                        }
                        if (data42.file !== void 0) {
                          if (typeof data42.file !== "string") {
                            const err95 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4 + "/file", schemaPath: "#/$defs/expectation/properties/samples/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err95];
                            } else {
                              vErrors.push(err95);
                            }
                            errors++;
                          }
                        }
                        if (data42.line !== void 0) {
                          let data44 = data42.line;
                          if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
                            const err96 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4 + "/line", schemaPath: "#/$defs/expectation/properties/samples/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err96];
                            } else {
                              vErrors.push(err96);
                            }
                            errors++;
                          }
                          if (typeof data44 == "number" && isFinite(data44)) {
                            if (data44 < 1 || isNaN(data44)) {
                              const err97 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4 + "/line", schemaPath: "#/$defs/expectation/properties/samples/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                              if (vErrors === null) {
                                vErrors = [err97];
                              } else {
                                vErrors.push(err97);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data42.value !== void 0) {
                          let data45 = data42.value;
                          if (typeof data45 === "string") {
                            if (func2(data45) > 200) {
                              const err98 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4 + "/value", schemaPath: "#/$defs/expectation/properties/samples/items/properties/value/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                              if (vErrors === null) {
                                vErrors = [err98];
                              } else {
                                vErrors.push(err98);
                              }
                              errors++;
                            }
                          } else {
                            const err99 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4 + "/value", schemaPath: "#/$defs/expectation/properties/samples/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err99];
                            } else {
                              vErrors.push(err99);
                            }
                            errors++;
                          }
                        }
                        if (data42.message !== void 0) {
                          if (typeof data42.message !== "string") {
                            const err100 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4 + "/message", schemaPath: "#/$defs/expectation/properties/samples/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err100];
                            } else {
                              vErrors.push(err100);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err101 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples/" + i4, schemaPath: "#/$defs/expectation/properties/samples/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err101];
                        } else {
                          vErrors.push(err101);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/samples", schemaPath: "#/$defs/expectation/properties/samples/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data28.values !== void 0) {
                  let data47 = data28.values;
                  if (Array.isArray(data47)) {
                    const len5 = data47.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data48 = data47[i5];
                      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                        if (data48.value === void 0) {
                          const err103 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/values/" + i5, schemaPath: "#/$defs/expectation/properties/values/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                          if (vErrors === null) {
                            vErrors = [err103];
                          } else {
                            vErrors.push(err103);
                          }
                          errors++;
                        }
                        if (data48.count === void 0) {
                          const err104 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/values/" + i5, schemaPath: "#/$defs/expectation/properties/values/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
                          if (vErrors === null) {
                            vErrors = [err104];
                          } else {
                            vErrors.push(err104);
                          }
                          errors++;
                        }
                        for (const key7 in data48) {
                          if (!(key7 === "value" || key7 === "count")) {
                            const err105 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/values/" + i5, schemaPath: "#/$defs/expectation/properties/values/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err105];
                            } else {
                              vErrors.push(err105);
                            }
                            errors++;
                          }
                        }
                        if (data48.value !== void 0) {
                          if (typeof data48.value !== "string") {
                            const err106 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/values/" + i5 + "/value", schemaPath: "#/$defs/expectation/properties/values/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err106];
                            } else {
                              vErrors.push(err106);
                            }
                            errors++;
                          }
                        }
                        if (data48.count !== void 0) {
                          let data50 = data48.count;
                          if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
                            const err107 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/values/" + i5 + "/count", schemaPath: "#/$defs/expectation/properties/values/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err107];
                            } else {
                              vErrors.push(err107);
                            }
                            errors++;
                          }
                          if (typeof data50 == "number" && isFinite(data50)) {
                            if (data50 < 0 || isNaN(data50)) {
                              const err108 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/values/" + i5 + "/count", schemaPath: "#/$defs/expectation/properties/values/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err108];
                              } else {
                                vErrors.push(err108);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err109 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/values/" + i5, schemaPath: "#/$defs/expectation/properties/values/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err109];
                        } else {
                          vErrors.push(err109);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err110 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/values", schemaPath: "#/$defs/expectation/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data28.base !== void 0) {
                  let data51 = data28.base;
                  if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                    if (data51.checked === void 0) {
                      const err111 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/base", schemaPath: "#/$defs/expectation/properties/base/required", keyword: "required", params: { missingProperty: "checked" }, message: "must have required property 'checked'" };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    if (data51.unexpected === void 0) {
                      const err112 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/base", schemaPath: "#/$defs/expectation/properties/base/required", keyword: "required", params: { missingProperty: "unexpected" }, message: "must have required property 'unexpected'" };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                    if (data51.status === void 0) {
                      const err113 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/base", schemaPath: "#/$defs/expectation/properties/base/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    for (const key8 in data51) {
                      if (!(key8 === "checked" || key8 === "unexpected" || key8 === "status")) {
                        const err114 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/base", schemaPath: "#/$defs/expectation/properties/base/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data51.checked !== void 0) {
                      let data52 = data51.checked;
                      if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                        const err115 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/base/checked", schemaPath: "#/$defs/expectation/properties/base/properties/checked/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                      if (typeof data52 == "number" && isFinite(data52)) {
                        if (data52 < 0 || isNaN(data52)) {
                          const err116 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/base/checked", schemaPath: "#/$defs/expectation/properties/base/properties/checked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data51.unexpected !== void 0) {
                      let data53 = data51.unexpected;
                      if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
                        const err117 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/base/unexpected", schemaPath: "#/$defs/expectation/properties/base/properties/unexpected/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                      if (typeof data53 == "number" && isFinite(data53)) {
                        if (data53 < 0 || isNaN(data53)) {
                          const err118 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/base/unexpected", schemaPath: "#/$defs/expectation/properties/base/properties/unexpected/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err118];
                          } else {
                            vErrors.push(err118);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data51.status !== void 0) {
                      let data54 = data51.status;
                      if (!(data54 === "pass" || data54 === "warn" || data54 === "fail" || data54 === "error")) {
                        const err119 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/base/status", schemaPath: "#/$defs/expectation/properties/base/properties/status/enum", keyword: "enum", params: { allowedValues: schema35.properties.base.properties.status.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err120 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/base", schemaPath: "#/$defs/expectation/properties/base/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                if (data28.origin !== void 0) {
                  let data55 = data28.origin;
                  if (!(data55 === "new" || data55 === "existing" || data55 === "worse")) {
                    const err121 = { instancePath: instancePath + "/dataset/expectations/" + i3 + "/origin", schemaPath: "#/$defs/expectation/properties/origin/enum", keyword: "enum", params: { allowedValues: schema35.properties.origin.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
              } else {
                const err122 = { instancePath: instancePath + "/dataset/expectations/" + i3, schemaPath: "#/$defs/expectation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
          } else {
            const err123 = { instancePath: instancePath + "/dataset/expectations", schemaPath: "#/properties/dataset/properties/expectations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        if (data25.drift !== void 0) {
          let data56 = data25.drift;
          if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            if (data56.reference === void 0) {
              const err124 = { instancePath: instancePath + "/dataset/drift", schemaPath: "#/properties/dataset/properties/drift/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
            if (data56.alpha === void 0) {
              const err125 = { instancePath: instancePath + "/dataset/drift", schemaPath: "#/properties/dataset/properties/drift/required", keyword: "required", params: { missingProperty: "alpha" }, message: "must have required property 'alpha'" };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            if (data56.correction === void 0) {
              const err126 = { instancePath: instancePath + "/dataset/drift", schemaPath: "#/properties/dataset/properties/drift/required", keyword: "required", params: { missingProperty: "correction" }, message: "must have required property 'correction'" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            if (data56.sampleSize === void 0) {
              const err127 = { instancePath: instancePath + "/dataset/drift", schemaPath: "#/properties/dataset/properties/drift/required", keyword: "required", params: { missingProperty: "sampleSize" }, message: "must have required property 'sampleSize'" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data56.columns === void 0) {
              const err128 = { instancePath: instancePath + "/dataset/drift", schemaPath: "#/properties/dataset/properties/drift/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'" };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            for (const key9 in data56) {
              if (!(key9 === "reference" || key9 === "alpha" || key9 === "correction" || key9 === "sampleSize" || key9 === "columns")) {
                const err129 = { instancePath: instancePath + "/dataset/drift", schemaPath: "#/properties/dataset/properties/drift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (data56.reference !== void 0) {
              let data57 = data56.reference;
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                if (data57.paths === void 0) {
                  const err130 = { instancePath: instancePath + "/dataset/drift/reference", schemaPath: "#/properties/dataset/properties/drift/properties/reference/required", keyword: "required", params: { missingProperty: "paths" }, message: "must have required property 'paths'" };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
                if (data57.rows === void 0) {
                  const err131 = { instancePath: instancePath + "/dataset/drift/reference", schemaPath: "#/properties/dataset/properties/drift/properties/reference/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
                for (const key10 in data57) {
                  if (!func1.call(schema32.properties.dataset.properties.drift.properties.reference.properties, key10)) {
                    const err132 = { instancePath: instancePath + "/dataset/drift/reference", schemaPath: "#/properties/dataset/properties/drift/properties/reference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data57.paths !== void 0) {
                  let data58 = data57.paths;
                  if (Array.isArray(data58)) {
                    const len6 = data58.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      if (typeof data58[i6] !== "string") {
                        const err133 = { instancePath: instancePath + "/dataset/drift/reference/paths/" + i6, schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err133];
                        } else {
                          vErrors.push(err133);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err134 = { instancePath: instancePath + "/dataset/drift/reference/paths", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
                if (data57.rows !== void 0) {
                  let data60 = data57.rows;
                  if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
                    const err135 = { instancePath: instancePath + "/dataset/drift/reference/rows", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                  if (typeof data60 == "number" && isFinite(data60)) {
                    if (data60 < 0 || isNaN(data60)) {
                      const err136 = { instancePath: instancePath + "/dataset/drift/reference/rows", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err136];
                      } else {
                        vErrors.push(err136);
                      }
                      errors++;
                    }
                  }
                }
                if (data57.source !== void 0) {
                  let data61 = data57.source;
                  if (!(data61 === "file" || data61 === "base-branch" || data61 === "artifact" || data61 === "none")) {
                    const err137 = { instancePath: instancePath + "/dataset/drift/reference/source", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/source/enum", keyword: "enum", params: { allowedValues: schema32.properties.dataset.properties.drift.properties.reference.properties.source.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
                if (data57.ref !== void 0) {
                  if (typeof data57.ref !== "string") {
                    const err138 = { instancePath: instancePath + "/dataset/drift/reference/ref", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data57.sha !== void 0) {
                  if (typeof data57.sha !== "string") {
                    const err139 = { instancePath: instancePath + "/dataset/drift/reference/sha", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                }
                if (data57.workflow !== void 0) {
                  if (typeof data57.workflow !== "string") {
                    const err140 = { instancePath: instancePath + "/dataset/drift/reference/workflow", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
                if (data57.runId !== void 0) {
                  let data65 = data57.runId;
                  if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
                    const err141 = { instancePath: instancePath + "/dataset/drift/reference/runId", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                }
                if (data57.runUrl !== void 0) {
                  if (typeof data57.runUrl !== "string") {
                    const err142 = { instancePath: instancePath + "/dataset/drift/reference/runUrl", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data57.artifact !== void 0) {
                  if (typeof data57.artifact !== "string") {
                    const err143 = { instancePath: instancePath + "/dataset/drift/reference/artifact", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/artifact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err143];
                    } else {
                      vErrors.push(err143);
                    }
                    errors++;
                  }
                }
                if (data57.note !== void 0) {
                  if (typeof data57.note !== "string") {
                    const err144 = { instancePath: instancePath + "/dataset/drift/reference/note", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
                if (data57.bytes !== void 0) {
                  let data69 = data57.bytes;
                  if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)) && isFinite(data69))) {
                    const err145 = { instancePath: instancePath + "/dataset/drift/reference/bytes", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                  if (typeof data69 == "number" && isFinite(data69)) {
                    if (data69 < 0 || isNaN(data69)) {
                      const err146 = { instancePath: instancePath + "/dataset/drift/reference/bytes", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err146];
                      } else {
                        vErrors.push(err146);
                      }
                      errors++;
                    }
                  }
                }
                if (data57.status !== void 0) {
                  let data70 = data57.status;
                  if (!(data70 === "pass" || data70 === "warn" || data70 === "fail" || data70 === "error")) {
                    const err147 = { instancePath: instancePath + "/dataset/drift/reference/status", schemaPath: "#/properties/dataset/properties/drift/properties/reference/properties/status/enum", keyword: "enum", params: { allowedValues: schema32.properties.dataset.properties.drift.properties.reference.properties.status.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                }
              } else {
                const err148 = { instancePath: instancePath + "/dataset/drift/reference", schemaPath: "#/properties/dataset/properties/drift/properties/reference/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data56.alpha !== void 0) {
              let data71 = data56.alpha;
              if (typeof data71 == "number" && isFinite(data71)) {
                if (data71 > 1 || isNaN(data71)) {
                  const err149 = { instancePath: instancePath + "/dataset/drift/alpha", schemaPath: "#/properties/dataset/properties/drift/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
                if (data71 < 0 || isNaN(data71)) {
                  const err150 = { instancePath: instancePath + "/dataset/drift/alpha", schemaPath: "#/properties/dataset/properties/drift/properties/alpha/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
              } else {
                const err151 = { instancePath: instancePath + "/dataset/drift/alpha", schemaPath: "#/properties/dataset/properties/drift/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
            if (data56.correction !== void 0) {
              if (!(data56.correction === "holm")) {
                const err152 = { instancePath: instancePath + "/dataset/drift/correction", schemaPath: "#/properties/dataset/properties/drift/properties/correction/enum", keyword: "enum", params: { allowedValues: schema32.properties.dataset.properties.drift.properties.correction.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data56.sampleSize !== void 0) {
              let data73 = data56.sampleSize;
              if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)) && isFinite(data73))) {
                const err153 = { instancePath: instancePath + "/dataset/drift/sampleSize", schemaPath: "#/properties/dataset/properties/drift/properties/sampleSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
              if (typeof data73 == "number" && isFinite(data73)) {
                if (data73 < 1 || isNaN(data73)) {
                  const err154 = { instancePath: instancePath + "/dataset/drift/sampleSize", schemaPath: "#/properties/dataset/properties/drift/properties/sampleSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
              }
            }
            if (data56.columns !== void 0) {
              let data74 = data56.columns;
              if (Array.isArray(data74)) {
                const len7 = data74.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data75 = data74[i7];
                  if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                    if (data75.name === void 0) {
                      const err155 = { instancePath: instancePath + "/dataset/drift/columns/" + i7, schemaPath: "#/$defs/driftColumn/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      if (vErrors === null) {
                        vErrors = [err155];
                      } else {
                        vErrors.push(err155);
                      }
                      errors++;
                    }
                    if (data75.type === void 0) {
                      const err156 = { instancePath: instancePath + "/dataset/drift/columns/" + i7, schemaPath: "#/$defs/driftColumn/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                    if (data75.refN === void 0) {
                      const err157 = { instancePath: instancePath + "/dataset/drift/columns/" + i7, schemaPath: "#/$defs/driftColumn/required", keyword: "required", params: { missingProperty: "refN" }, message: "must have required property 'refN'" };
                      if (vErrors === null) {
                        vErrors = [err157];
                      } else {
                        vErrors.push(err157);
                      }
                      errors++;
                    }
                    if (data75.curN === void 0) {
                      const err158 = { instancePath: instancePath + "/dataset/drift/columns/" + i7, schemaPath: "#/$defs/driftColumn/required", keyword: "required", params: { missingProperty: "curN" }, message: "must have required property 'curN'" };
                      if (vErrors === null) {
                        vErrors = [err158];
                      } else {
                        vErrors.push(err158);
                      }
                      errors++;
                    }
                    if (data75.psiWarn === void 0) {
                      const err159 = { instancePath: instancePath + "/dataset/drift/columns/" + i7, schemaPath: "#/$defs/driftColumn/required", keyword: "required", params: { missingProperty: "psiWarn" }, message: "must have required property 'psiWarn'" };
                      if (vErrors === null) {
                        vErrors = [err159];
                      } else {
                        vErrors.push(err159);
                      }
                      errors++;
                    }
                    if (data75.psiFail === void 0) {
                      const err160 = { instancePath: instancePath + "/dataset/drift/columns/" + i7, schemaPath: "#/$defs/driftColumn/required", keyword: "required", params: { missingProperty: "psiFail" }, message: "must have required property 'psiFail'" };
                      if (vErrors === null) {
                        vErrors = [err160];
                      } else {
                        vErrors.push(err160);
                      }
                      errors++;
                    }
                    if (data75.status === void 0) {
                      const err161 = { instancePath: instancePath + "/dataset/drift/columns/" + i7, schemaPath: "#/$defs/driftColumn/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
                      if (vErrors === null) {
                        vErrors = [err161];
                      } else {
                        vErrors.push(err161);
                      }
                      errors++;
                    }
                    if (data75.reason === void 0) {
                      const err162 = { instancePath: instancePath + "/dataset/drift/columns/" + i7, schemaPath: "#/$defs/driftColumn/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                    for (const key11 in data75) {
                      if (!func1.call(schema36.properties, key11)) {
                        const err163 = { instancePath: instancePath + "/dataset/drift/columns/" + i7, schemaPath: "#/$defs/driftColumn/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err163];
                        } else {
                          vErrors.push(err163);
                        }
                        errors++;
                      }
                    }
                    if (data75.name !== void 0) {
                      if (typeof data75.name !== "string") {
                        const err164 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/name", schemaPath: "#/$defs/driftColumn/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err164];
                        } else {
                          vErrors.push(err164);
                        }
                        errors++;
                      }
                    }
                    if (data75.type !== void 0) {
                      let data77 = data75.type;
                      if (!(data77 === "numeric" || data77 === "categorical" || data77 === "skipped")) {
                        const err165 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/type", schemaPath: "#/$defs/driftColumn/properties/type/enum", keyword: "enum", params: { allowedValues: schema36.properties.type.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err165];
                        } else {
                          vErrors.push(err165);
                        }
                        errors++;
                      }
                    }
                    if (data75.psi !== void 0) {
                      let data78 = data75.psi;
                      if (typeof data78 == "number" && isFinite(data78)) {
                        if (data78 < 0 || isNaN(data78)) {
                          const err166 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/psi", schemaPath: "#/$defs/driftColumn/properties/psi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err166];
                          } else {
                            vErrors.push(err166);
                          }
                          errors++;
                        }
                      } else {
                        const err167 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/psi", schemaPath: "#/$defs/driftColumn/properties/psi/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err167];
                        } else {
                          vErrors.push(err167);
                        }
                        errors++;
                      }
                    }
                    if (data75.test !== void 0) {
                      let data79 = data75.test;
                      if (!(data79 === "ks" || data79 === "chi2")) {
                        const err168 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/test", schemaPath: "#/$defs/driftColumn/properties/test/enum", keyword: "enum", params: { allowedValues: schema36.properties.test.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err168];
                        } else {
                          vErrors.push(err168);
                        }
                        errors++;
                      }
                    }
                    if (data75.statistic !== void 0) {
                      let data80 = data75.statistic;
                      if (typeof data80 == "number" && isFinite(data80)) {
                        if (data80 < 0 || isNaN(data80)) {
                          const err169 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/statistic", schemaPath: "#/$defs/driftColumn/properties/statistic/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err169];
                          } else {
                            vErrors.push(err169);
                          }
                          errors++;
                        }
                      } else {
                        const err170 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/statistic", schemaPath: "#/$defs/driftColumn/properties/statistic/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err170];
                        } else {
                          vErrors.push(err170);
                        }
                        errors++;
                      }
                    }
                    if (data75.df !== void 0) {
                      let data81 = data75.df;
                      if (!(typeof data81 == "number" && (!(data81 % 1) && !isNaN(data81)) && isFinite(data81))) {
                        const err171 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/df", schemaPath: "#/$defs/driftColumn/properties/df/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err171];
                        } else {
                          vErrors.push(err171);
                        }
                        errors++;
                      }
                      if (typeof data81 == "number" && isFinite(data81)) {
                        if (data81 < 0 || isNaN(data81)) {
                          const err172 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/df", schemaPath: "#/$defs/driftColumn/properties/df/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err172];
                          } else {
                            vErrors.push(err172);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data75.pValue !== void 0) {
                      let data82 = data75.pValue;
                      if (typeof data82 == "number" && isFinite(data82)) {
                        if (data82 > 1 || isNaN(data82)) {
                          const err173 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/pValue", schemaPath: "#/$defs/driftColumn/properties/pValue/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                          if (vErrors === null) {
                            vErrors = [err173];
                          } else {
                            vErrors.push(err173);
                          }
                          errors++;
                        }
                        if (data82 < 0 || isNaN(data82)) {
                          const err174 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/pValue", schemaPath: "#/$defs/driftColumn/properties/pValue/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err174];
                          } else {
                            vErrors.push(err174);
                          }
                          errors++;
                        }
                      } else {
                        const err175 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/pValue", schemaPath: "#/$defs/driftColumn/properties/pValue/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err175];
                        } else {
                          vErrors.push(err175);
                        }
                        errors++;
                      }
                    }
                    if (data75.pAdjusted !== void 0) {
                      let data83 = data75.pAdjusted;
                      if (typeof data83 == "number" && isFinite(data83)) {
                        if (data83 > 1 || isNaN(data83)) {
                          const err176 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/pAdjusted", schemaPath: "#/$defs/driftColumn/properties/pAdjusted/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                          if (vErrors === null) {
                            vErrors = [err176];
                          } else {
                            vErrors.push(err176);
                          }
                          errors++;
                        }
                        if (data83 < 0 || isNaN(data83)) {
                          const err177 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/pAdjusted", schemaPath: "#/$defs/driftColumn/properties/pAdjusted/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err177];
                          } else {
                            vErrors.push(err177);
                          }
                          errors++;
                        }
                      } else {
                        const err178 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/pAdjusted", schemaPath: "#/$defs/driftColumn/properties/pAdjusted/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err178];
                        } else {
                          vErrors.push(err178);
                        }
                        errors++;
                      }
                    }
                    if (data75.refN !== void 0) {
                      let data84 = data75.refN;
                      if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)) && isFinite(data84))) {
                        const err179 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/refN", schemaPath: "#/$defs/driftColumn/properties/refN/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err179];
                        } else {
                          vErrors.push(err179);
                        }
                        errors++;
                      }
                      if (typeof data84 == "number" && isFinite(data84)) {
                        if (data84 < 0 || isNaN(data84)) {
                          const err180 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/refN", schemaPath: "#/$defs/driftColumn/properties/refN/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err180];
                          } else {
                            vErrors.push(err180);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data75.curN !== void 0) {
                      let data85 = data75.curN;
                      if (!(typeof data85 == "number" && (!(data85 % 1) && !isNaN(data85)) && isFinite(data85))) {
                        const err181 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/curN", schemaPath: "#/$defs/driftColumn/properties/curN/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err181];
                        } else {
                          vErrors.push(err181);
                        }
                        errors++;
                      }
                      if (typeof data85 == "number" && isFinite(data85)) {
                        if (data85 < 0 || isNaN(data85)) {
                          const err182 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/curN", schemaPath: "#/$defs/driftColumn/properties/curN/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err182];
                          } else {
                            vErrors.push(err182);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data75.sampled !== void 0) {
                      if (typeof data75.sampled !== "boolean") {
                        const err183 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/sampled", schemaPath: "#/$defs/driftColumn/properties/sampled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                    }
                    if (data75.psiWarn !== void 0) {
                      let data87 = data75.psiWarn;
                      if (!(typeof data87 == "number" && isFinite(data87))) {
                        const err184 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/psiWarn", schemaPath: "#/$defs/driftColumn/properties/psiWarn/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err184];
                        } else {
                          vErrors.push(err184);
                        }
                        errors++;
                      }
                    }
                    if (data75.psiFail !== void 0) {
                      let data88 = data75.psiFail;
                      if (!(typeof data88 == "number" && isFinite(data88))) {
                        const err185 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/psiFail", schemaPath: "#/$defs/driftColumn/properties/psiFail/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err185];
                        } else {
                          vErrors.push(err185);
                        }
                        errors++;
                      }
                    }
                    if (data75.status !== void 0) {
                      let data89 = data75.status;
                      if (!(data89 === "pass" || data89 === "warn" || data89 === "fail" || data89 === "error")) {
                        const err186 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/status", schemaPath: "#/$defs/driftColumn/properties/status/enum", keyword: "enum", params: { allowedValues: schema36.properties.status.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err186];
                        } else {
                          vErrors.push(err186);
                        }
                        errors++;
                      }
                    }
                    if (data75.reason !== void 0) {
                      if (typeof data75.reason !== "string") {
                        const err187 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/reason", schemaPath: "#/$defs/driftColumn/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err187];
                        } else {
                          vErrors.push(err187);
                        }
                        errors++;
                      }
                    }
                    if (data75.bins !== void 0) {
                      let data91 = data75.bins;
                      if (Array.isArray(data91)) {
                        const len8 = data91.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                          let data92 = data91[i8];
                          if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                            if (data92.label === void 0) {
                              const err188 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8, schemaPath: "#/$defs/driftColumn/properties/bins/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'" };
                              if (vErrors === null) {
                                vErrors = [err188];
                              } else {
                                vErrors.push(err188);
                              }
                              errors++;
                            }
                            if (data92.ref === void 0) {
                              const err189 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8, schemaPath: "#/$defs/driftColumn/properties/bins/items/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'" };
                              if (vErrors === null) {
                                vErrors = [err189];
                              } else {
                                vErrors.push(err189);
                              }
                              errors++;
                            }
                            if (data92.cur === void 0) {
                              const err190 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8, schemaPath: "#/$defs/driftColumn/properties/bins/items/required", keyword: "required", params: { missingProperty: "cur" }, message: "must have required property 'cur'" };
                              if (vErrors === null) {
                                vErrors = [err190];
                              } else {
                                vErrors.push(err190);
                              }
                              errors++;
                            }
                            for (const key12 in data92) {
                              if (!(key12 === "label" || key12 === "ref" || key12 === "cur")) {
                                const err191 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8, schemaPath: "#/$defs/driftColumn/properties/bins/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err191];
                                } else {
                                  vErrors.push(err191);
                                }
                                errors++;
                              }
                            }
                            if (data92.label !== void 0) {
                              if (typeof data92.label !== "string") {
                                const err192 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8 + "/label", schemaPath: "#/$defs/driftColumn/properties/bins/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err192];
                                } else {
                                  vErrors.push(err192);
                                }
                                errors++;
                              }
                            }
                            if (data92.ref !== void 0) {
                              let data94 = data92.ref;
                              if (typeof data94 == "number" && isFinite(data94)) {
                                if (data94 > 1 || isNaN(data94)) {
                                  const err193 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8 + "/ref", schemaPath: "#/$defs/driftColumn/properties/bins/items/properties/ref/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                  if (vErrors === null) {
                                    vErrors = [err193];
                                  } else {
                                    vErrors.push(err193);
                                  }
                                  errors++;
                                }
                                if (data94 < 0 || isNaN(data94)) {
                                  const err194 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8 + "/ref", schemaPath: "#/$defs/driftColumn/properties/bins/items/properties/ref/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err194];
                                  } else {
                                    vErrors.push(err194);
                                  }
                                  errors++;
                                }
                              } else {
                                const err195 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8 + "/ref", schemaPath: "#/$defs/driftColumn/properties/bins/items/properties/ref/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err195];
                                } else {
                                  vErrors.push(err195);
                                }
                                errors++;
                              }
                            }
                            if (data92.cur !== void 0) {
                              let data95 = data92.cur;
                              if (typeof data95 == "number" && isFinite(data95)) {
                                if (data95 > 1 || isNaN(data95)) {
                                  const err196 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8 + "/cur", schemaPath: "#/$defs/driftColumn/properties/bins/items/properties/cur/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                  if (vErrors === null) {
                                    vErrors = [err196];
                                  } else {
                                    vErrors.push(err196);
                                  }
                                  errors++;
                                }
                                if (data95 < 0 || isNaN(data95)) {
                                  const err197 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8 + "/cur", schemaPath: "#/$defs/driftColumn/properties/bins/items/properties/cur/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err197];
                                  } else {
                                    vErrors.push(err197);
                                  }
                                  errors++;
                                }
                              } else {
                                const err198 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8 + "/cur", schemaPath: "#/$defs/driftColumn/properties/bins/items/properties/cur/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err198];
                                } else {
                                  vErrors.push(err198);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err199 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins/" + i8, schemaPath: "#/$defs/driftColumn/properties/bins/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err199];
                            } else {
                              vErrors.push(err199);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err200 = { instancePath: instancePath + "/dataset/drift/columns/" + i7 + "/bins", schemaPath: "#/$defs/driftColumn/properties/bins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err200];
                        } else {
                          vErrors.push(err200);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err201 = { instancePath: instancePath + "/dataset/drift/columns/" + i7, schemaPath: "#/$defs/driftColumn/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err201];
                    } else {
                      vErrors.push(err201);
                    }
                    errors++;
                  }
                }
              } else {
                const err202 = { instancePath: instancePath + "/dataset/drift/columns", schemaPath: "#/properties/dataset/properties/drift/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
          } else {
            const err203 = { instancePath: instancePath + "/dataset/drift", schemaPath: "#/properties/dataset/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
        }
        if (data25.splits !== void 0) {
          let data96 = data25.splits;
          if (Array.isArray(data96)) {
            const len9 = data96.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data97 = data96[i9];
              if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                if (data97.name === void 0) {
                  const err204 = { instancePath: instancePath + "/dataset/splits/" + i9, schemaPath: "#/properties/dataset/properties/splits/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err204];
                  } else {
                    vErrors.push(err204);
                  }
                  errors++;
                }
                if (data97.files === void 0) {
                  const err205 = { instancePath: instancePath + "/dataset/splits/" + i9, schemaPath: "#/properties/dataset/properties/splits/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
                  if (vErrors === null) {
                    vErrors = [err205];
                  } else {
                    vErrors.push(err205);
                  }
                  errors++;
                }
                if (data97.rows === void 0) {
                  const err206 = { instancePath: instancePath + "/dataset/splits/" + i9, schemaPath: "#/properties/dataset/properties/splits/items/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
                  if (vErrors === null) {
                    vErrors = [err206];
                  } else {
                    vErrors.push(err206);
                  }
                  errors++;
                }
                for (const key13 in data97) {
                  if (!(key13 === "name" || key13 === "files" || key13 === "rows")) {
                    const err207 = { instancePath: instancePath + "/dataset/splits/" + i9, schemaPath: "#/properties/dataset/properties/splits/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                }
                if (data97.name !== void 0) {
                  if (typeof data97.name !== "string") {
                    const err208 = { instancePath: instancePath + "/dataset/splits/" + i9 + "/name", schemaPath: "#/properties/dataset/properties/splits/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                }
                if (data97.files !== void 0) {
                  let data99 = data97.files;
                  if (Array.isArray(data99)) {
                    const len10 = data99.length;
                    for (let i10 = 0; i10 < len10; i10++) {
                      if (typeof data99[i10] !== "string") {
                        const err209 = { instancePath: instancePath + "/dataset/splits/" + i9 + "/files/" + i10, schemaPath: "#/properties/dataset/properties/splits/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err209];
                        } else {
                          vErrors.push(err209);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err210 = { instancePath: instancePath + "/dataset/splits/" + i9 + "/files", schemaPath: "#/properties/dataset/properties/splits/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err210];
                    } else {
                      vErrors.push(err210);
                    }
                    errors++;
                  }
                }
                if (data97.rows !== void 0) {
                  let data101 = data97.rows;
                  if (!(typeof data101 == "number" && (!(data101 % 1) && !isNaN(data101)) && isFinite(data101))) {
                    const err211 = { instancePath: instancePath + "/dataset/splits/" + i9 + "/rows", schemaPath: "#/properties/dataset/properties/splits/items/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err211];
                    } else {
                      vErrors.push(err211);
                    }
                    errors++;
                  }
                  if (typeof data101 == "number" && isFinite(data101)) {
                    if (data101 < 0 || isNaN(data101)) {
                      const err212 = { instancePath: instancePath + "/dataset/splits/" + i9 + "/rows", schemaPath: "#/properties/dataset/properties/splits/items/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err212];
                      } else {
                        vErrors.push(err212);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err213 = { instancePath: instancePath + "/dataset/splits/" + i9, schemaPath: "#/properties/dataset/properties/splits/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
            }
          } else {
            const err214 = { instancePath: instancePath + "/dataset/splits", schemaPath: "#/properties/dataset/properties/splits/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
        }
        if (data25.durationMs !== void 0) {
          let data102 = data25.durationMs;
          if (typeof data102 == "number" && isFinite(data102)) {
            if (data102 < 0 || isNaN(data102)) {
              const err215 = { instancePath: instancePath + "/dataset/durationMs", schemaPath: "#/properties/dataset/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
          } else {
            const err216 = { instancePath: instancePath + "/dataset/durationMs", schemaPath: "#/properties/dataset/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err216];
            } else {
              vErrors.push(err216);
            }
            errors++;
          }
        }
      } else {
        const err217 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err217];
        } else {
          vErrors.push(err217);
        }
        errors++;
      }
    }
    if (data.ratchet !== void 0) {
      let data103 = data.ratchet;
      if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
        if (data103.baseDir === void 0) {
          const err218 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/required", keyword: "required", params: { missingProperty: "baseDir" }, message: "must have required property 'baseDir'" };
          if (vErrors === null) {
            vErrors = [err218];
          } else {
            vErrors.push(err218);
          }
          errors++;
        }
        if (data103.policy === void 0) {
          const err219 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'" };
          if (vErrors === null) {
            vErrors = [err219];
          } else {
            vErrors.push(err219);
          }
          errors++;
        }
        if (data103.baseRows === void 0) {
          const err220 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/required", keyword: "required", params: { missingProperty: "baseRows" }, message: "must have required property 'baseRows'" };
          if (vErrors === null) {
            vErrors = [err220];
          } else {
            vErrors.push(err220);
          }
          errors++;
        }
        if (data103.baseInvalidRows === void 0) {
          const err221 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/required", keyword: "required", params: { missingProperty: "baseInvalidRows" }, message: "must have required property 'baseInvalidRows'" };
          if (vErrors === null) {
            vErrors = [err221];
          } else {
            vErrors.push(err221);
          }
          errors++;
        }
        if (data103.introducedInvalidRows === void 0) {
          const err222 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/required", keyword: "required", params: { missingProperty: "introducedInvalidRows" }, message: "must have required property 'introducedInvalidRows'" };
          if (vErrors === null) {
            vErrors = [err222];
          } else {
            vErrors.push(err222);
          }
          errors++;
        }
        if (data103.baseStatus === void 0) {
          const err223 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/required", keyword: "required", params: { missingProperty: "baseStatus" }, message: "must have required property 'baseStatus'" };
          if (vErrors === null) {
            vErrors = [err223];
          } else {
            vErrors.push(err223);
          }
          errors++;
        }
        for (const key14 in data103) {
          if (!func1.call(schema32.properties.ratchet.properties, key14)) {
            const err224 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err224];
            } else {
              vErrors.push(err224);
            }
            errors++;
          }
        }
        if (data103.source !== void 0) {
          let data104 = data103.source;
          if (!(data104 === "file" || data104 === "base-branch" || data104 === "artifact" || data104 === "none")) {
            const err225 = { instancePath: instancePath + "/ratchet/source", schemaPath: "#/properties/ratchet/properties/source/enum", keyword: "enum", params: { allowedValues: schema32.properties.ratchet.properties.source.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err225];
            } else {
              vErrors.push(err225);
            }
            errors++;
          }
        }
        if (data103.ref !== void 0) {
          if (typeof data103.ref !== "string") {
            const err226 = { instancePath: instancePath + "/ratchet/ref", schemaPath: "#/properties/ratchet/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
        }
        if (data103.sha !== void 0) {
          if (typeof data103.sha !== "string") {
            const err227 = { instancePath: instancePath + "/ratchet/sha", schemaPath: "#/properties/ratchet/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err227];
            } else {
              vErrors.push(err227);
            }
            errors++;
          }
        }
        if (data103.workflow !== void 0) {
          if (typeof data103.workflow !== "string") {
            const err228 = { instancePath: instancePath + "/ratchet/workflow", schemaPath: "#/properties/ratchet/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err228];
            } else {
              vErrors.push(err228);
            }
            errors++;
          }
        }
        if (data103.runId !== void 0) {
          let data108 = data103.runId;
          if (!(typeof data108 == "number" && (!(data108 % 1) && !isNaN(data108)) && isFinite(data108))) {
            const err229 = { instancePath: instancePath + "/ratchet/runId", schemaPath: "#/properties/ratchet/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
        }
        if (data103.runUrl !== void 0) {
          if (typeof data103.runUrl !== "string") {
            const err230 = { instancePath: instancePath + "/ratchet/runUrl", schemaPath: "#/properties/ratchet/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err230];
            } else {
              vErrors.push(err230);
            }
            errors++;
          }
        }
        if (data103.artifact !== void 0) {
          if (typeof data103.artifact !== "string") {
            const err231 = { instancePath: instancePath + "/ratchet/artifact", schemaPath: "#/properties/ratchet/properties/artifact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err231];
            } else {
              vErrors.push(err231);
            }
            errors++;
          }
        }
        if (data103.note !== void 0) {
          if (typeof data103.note !== "string") {
            const err232 = { instancePath: instancePath + "/ratchet/note", schemaPath: "#/properties/ratchet/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err232];
            } else {
              vErrors.push(err232);
            }
            errors++;
          }
        }
        if (data103.missingFiles !== void 0) {
          let data112 = data103.missingFiles;
          if (Array.isArray(data112)) {
            const len11 = data112.length;
            for (let i11 = 0; i11 < len11; i11++) {
              if (typeof data112[i11] !== "string") {
                const err233 = { instancePath: instancePath + "/ratchet/missingFiles/" + i11, schemaPath: "#/properties/ratchet/properties/missingFiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
            }
          } else {
            const err234 = { instancePath: instancePath + "/ratchet/missingFiles", schemaPath: "#/properties/ratchet/properties/missingFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err234];
            } else {
              vErrors.push(err234);
            }
            errors++;
          }
        }
        if (data103.baseDir !== void 0) {
          if (typeof data103.baseDir !== "string") {
            const err235 = { instancePath: instancePath + "/ratchet/baseDir", schemaPath: "#/properties/ratchet/properties/baseDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err235];
            } else {
              vErrors.push(err235);
            }
            errors++;
          }
        }
        if (data103.policy !== void 0) {
          let data115 = data103.policy;
          if (!(data115 === "new-only" || data115 === "all")) {
            const err236 = { instancePath: instancePath + "/ratchet/policy", schemaPath: "#/properties/ratchet/properties/policy/enum", keyword: "enum", params: { allowedValues: schema32.properties.ratchet.properties.policy.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err236];
            } else {
              vErrors.push(err236);
            }
            errors++;
          }
        }
        if (data103.baseRows !== void 0) {
          let data116 = data103.baseRows;
          if (!(typeof data116 == "number" && (!(data116 % 1) && !isNaN(data116)) && isFinite(data116))) {
            const err237 = { instancePath: instancePath + "/ratchet/baseRows", schemaPath: "#/properties/ratchet/properties/baseRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err237];
            } else {
              vErrors.push(err237);
            }
            errors++;
          }
          if (typeof data116 == "number" && isFinite(data116)) {
            if (data116 < 0 || isNaN(data116)) {
              const err238 = { instancePath: instancePath + "/ratchet/baseRows", schemaPath: "#/properties/ratchet/properties/baseRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err238];
              } else {
                vErrors.push(err238);
              }
              errors++;
            }
          }
        }
        if (data103.baseInvalidRows !== void 0) {
          let data117 = data103.baseInvalidRows;
          if (!(typeof data117 == "number" && (!(data117 % 1) && !isNaN(data117)) && isFinite(data117))) {
            const err239 = { instancePath: instancePath + "/ratchet/baseInvalidRows", schemaPath: "#/properties/ratchet/properties/baseInvalidRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err239];
            } else {
              vErrors.push(err239);
            }
            errors++;
          }
          if (typeof data117 == "number" && isFinite(data117)) {
            if (data117 < 0 || isNaN(data117)) {
              const err240 = { instancePath: instancePath + "/ratchet/baseInvalidRows", schemaPath: "#/properties/ratchet/properties/baseInvalidRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err240];
              } else {
                vErrors.push(err240);
              }
              errors++;
            }
          }
        }
        if (data103.introducedInvalidRows !== void 0) {
          let data118 = data103.introducedInvalidRows;
          if (!(typeof data118 == "number" && (!(data118 % 1) && !isNaN(data118)) && isFinite(data118))) {
            const err241 = { instancePath: instancePath + "/ratchet/introducedInvalidRows", schemaPath: "#/properties/ratchet/properties/introducedInvalidRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err241];
            } else {
              vErrors.push(err241);
            }
            errors++;
          }
          if (typeof data118 == "number" && isFinite(data118)) {
            if (data118 < 0 || isNaN(data118)) {
              const err242 = { instancePath: instancePath + "/ratchet/introducedInvalidRows", schemaPath: "#/properties/ratchet/properties/introducedInvalidRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err242];
              } else {
                vErrors.push(err242);
              }
              errors++;
            }
          }
        }
        if (data103.baseStatus !== void 0) {
          let data119 = data103.baseStatus;
          if (!(data119 === "pass" || data119 === "warn" || data119 === "fail" || data119 === "error")) {
            const err243 = { instancePath: instancePath + "/ratchet/baseStatus", schemaPath: "#/properties/ratchet/properties/baseStatus/enum", keyword: "enum", params: { allowedValues: schema32.properties.ratchet.properties.baseStatus.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err243];
            } else {
              vErrors.push(err243);
            }
            errors++;
          }
        }
      } else {
        const err244 = { instancePath: instancePath + "/ratchet", schemaPath: "#/properties/ratchet/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err244];
        } else {
          vErrors.push(err244);
        }
        errors++;
      }
    }
  } else {
    const err245 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err245];
    } else {
      vErrors.push(err245);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema37 = { "properties": { "baseline": { "properties": { "source": { "enum": ["file", "base-branch", "artifact", "none"] }, "path": { "description": "Path of the baseline metric file (in the workspace, in the base commit, or inside the artifact).", "type": "string" }, "ref": { "description": "Branch the baseline was read from.", "type": "string" }, "sha": { "description": "Commit the baseline belongs to.", "type": "string" }, "workflow": { "description": "Workflow file whose run produced the artifact.", "type": "string" }, "runId": { "description": "Workflow run that produced the artifact.", "type": "integer" }, "runUrl": { "type": "string" }, "artifact": { "description": "Artifact name.", "type": "string" }, "examples": { "description": "Per-example score file of the baseline, when examples are configured.", "type": "string" }, "note": { "description": "One line about the baseline: why none was found, or how it was read (git or the contents API).", "type": "string" } } }, "examples": { "properties": { "n": { "description": "Examples scored by both models.", "type": "integer", "minimum": 0 }, "candidateOnly": { "type": "integer", "minimum": 0 }, "baselineOnly": { "type": "integer", "minimum": 0 }, "sampleMissingIds": { "description": "A few ids present on one side only.", "type": "array", "items": { "type": "string" } }, "seed": { "type": "integer" }, "resamples": { "type": "integer", "minimum": 0 }, "confidence": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "correction": { "enum": ["holm", "none"] }, "missingIds": { "description": "Policy for ids scored by one model only.", "enum": ["fail", "warn", "pass"] }, "interval": { "description": "How the intervals were computed.", "enum": ["bootstrap", "paired-z"] }, "ciConfidence": { "description": "Corrected (simultaneous) confidence level of the gated intervals.", "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "family": { "description": "Number of gated tests the multiple-comparison correction spans.", "type": "integer", "minimum": 0 }, "generator": { "description": "Pseudo-random generator of the bootstrap.", "type": "string" }, "regressed": { "description": "Per metric that is a mean of 0/1 scores: the examples scored right in the baseline and wrong in the candidate (every id, in candidate file order).", "type": "array", "items": { "type": "object", "required": ["metric", "count", "improved", "ids"], "additionalProperties": false, "properties": { "metric": { "type": "string" }, "count": { "description": "Examples that went from right to wrong.", "type": "integer", "minimum": 0 }, "improved": { "description": "Examples that went from wrong to right.", "type": "integer", "minimum": 0 }, "ids": { "type": "array", "items": { "type": "string" } }, "textColumn": { "description": "The configured examples.text column.", "type": "string" }, "text": { "description": "That column's value for each id, clipped to 200 characters.", "type": "array", "items": { "type": "string" } } } } } } }, "missingBaseline": { "enum": ["fail", "warn", "pass"] } }};
const schema38 = { "properties": { "name": { "description": "Metric name, nested keys joined with dots.", "type": "string" }, "slice": { "description": "The slice this row is about (region = eu); absent for the whole set.", "type": "object", "required": ["key", "value"], "additionalProperties": false, "properties": { "key": { "type": "string" }, "value": { "type": "string" } } }, "presence": { "description": "both; added: in the candidate only (or no baseline at all); removed: missing from the candidate.", "enum": ["both", "added", "removed"] }, "baseline": { "$ref": "#/$defs/number-or-null" }, "candidate": { "$ref": "#/$defs/number-or-null" }, "delta": { "description": "Candidate minus baseline, oriented so that positive means better.", "$ref": "#/$defs/number-or-null" }, "relDelta": { "description": "delta / |baseline|, oriented; null when the baseline is 0 or unknown.", "$ref": "#/$defs/number-or-null" }, "direction": { "enum": ["higher", "lower"] }, "rule": { "description": 'The rule in words, e.g. "max_drop 0.01, min 0.8".', "type": "string" }, "severity": { "description": "What a broken rule gives: fail, or warn.", "enum": ["fail", "warn"] }, "source": { "description": "metrics: decided on the point values of the metric files; examples: decided by statistics on per-example scores.", "enum": ["metrics", "examples"] }, "gated": { "description": "false: shown, not gated (no rule).", "type": "boolean" }, "status": { "enum": ["pass", "warn", "fail", "error", "skip"] }, "reason": { "description": "One line: why this status.", "type": "string" }, "n": { "description": "Paired examples behind the statistics.", "type": "integer", "minimum": 0 }, "ci": { "description": "Confidence interval of the oriented delta.", "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 }, "pValue": { "type": "number", "minimum": 0, "maximum": 1 }, "pAdjusted": { "type": "number", "minimum": 0, "maximum": 1 }, "test": { "enum": ["bootstrap", "mcnemar", "paired-z", "delong", "unpaired-z"] }, "testMethod": { "description": "McNemar's variant: exact (binomial, fewer than 25 discordant pairs) or chi2-cc (chi-square with continuity correction).", "enum": ["exact", "chi2-cc", "chi2"] }, "mde": { "description": "Minimum detectable effect beyond the rule's margin at 80% power for this eval-set size: a true drop of the tolerance plus mde fails 80% of the time.", "type": "number", "minimum": 0 }, "nForTwiceTolerance": { "description": "Eval-set size at which a true drop of twice the tolerance fails with 80% power.", "type": "integer", "minimum": 1 }, "bounds": { "description": "The rule's numbers as written in the config (point-value rows): readers derive the row's status again from them and the two values.", "type": "object", "additionalProperties": false, "properties": { "min": { "type": "number" }, "max": { "type": "number" }, "max_drop": { "type": ["number", "string"] }, "min_gain": { "type": ["number", "string"] }, "missing": { "enum": ["fail", "warn", "pass"] }, "non_inferiority": { "type": "boolean" } } }, "standardErrors": { "description": "The standard errors the metric files gave for the two values (lm-eval's _stderr, inspect's stderr), and the confidence level of the unpaired interval max_drop was decided with.", "type": "object", "required": ["candidate", "baseline", "confidence"], "additionalProperties": false, "properties": { "candidate": { "type": "number", "minimum": 0 }, "baseline": { "type": "number", "minimum": 0 }, "confidence": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 } } } } };
const schema39 = { "type": ["number", "null"] };
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.presence === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "presence" }, message: "must have required property 'presence'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.baseline === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.candidate === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "candidate" }, message: "must have required property 'candidate'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.delta === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "delta" }, message: "must have required property 'delta'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.relDelta === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "relDelta" }, message: "must have required property 'relDelta'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.gated === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gated" }, message: "must have required property 'gated'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema38.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.slice !== void 0) {
      let data1 = data.slice;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.key === void 0) {
          const err10 = { instancePath: instancePath + "/slice", schemaPath: "#/properties/slice/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1.value === void 0) {
          const err11 = { instancePath: instancePath + "/slice", schemaPath: "#/properties/slice/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "key" || key1 === "value")) {
            const err12 = { instancePath: instancePath + "/slice", schemaPath: "#/properties/slice/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.key !== void 0) {
          if (typeof data1.key !== "string") {
            const err13 = { instancePath: instancePath + "/slice/key", schemaPath: "#/properties/slice/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.value !== void 0) {
          if (typeof data1.value !== "string") {
            const err14 = { instancePath: instancePath + "/slice/value", schemaPath: "#/properties/slice/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/slice", schemaPath: "#/properties/slice/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.presence !== void 0) {
      let data4 = data.presence;
      if (!(data4 === "both" || data4 === "added" || data4 === "removed")) {
        const err16 = { instancePath: instancePath + "/presence", schemaPath: "#/properties/presence/enum", keyword: "enum", params: { allowedValues: schema38.properties.presence.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data5 = data.baseline;
      if (!(typeof data5 == "number" && isFinite(data5)) && data5 !== null) {
        const err17 = { instancePath: instancePath + "/baseline", schemaPath: "#/$defs/number-or-null/type", keyword: "type", params: { type: schema39.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.candidate !== void 0) {
      let data6 = data.candidate;
      if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
        const err18 = { instancePath: instancePath + "/candidate", schemaPath: "#/$defs/number-or-null/type", keyword: "type", params: { type: schema39.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.delta !== void 0) {
      let data7 = data.delta;
      if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
        const err19 = { instancePath: instancePath + "/delta", schemaPath: "#/$defs/number-or-null/type", keyword: "type", params: { type: schema39.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.relDelta !== void 0) {
      let data8 = data.relDelta;
      if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
        const err20 = { instancePath: instancePath + "/relDelta", schemaPath: "#/$defs/number-or-null/type", keyword: "type", params: { type: schema39.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data9 = data.direction;
      if (!(data9 === "higher" || data9 === "lower")) {
        const err21 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema38.properties.direction.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      if (typeof data.rule !== "string") {
        const err22 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data11 = data.severity;
      if (!(data11 === "fail" || data11 === "warn")) {
        const err23 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema38.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data12 = data.source;
      if (!(data12 === "metrics" || data12 === "examples")) {
        const err24 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/enum", keyword: "enum", params: { allowedValues: schema38.properties.source.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.gated !== void 0) {
      if (typeof data.gated !== "boolean") {
        const err25 = { instancePath: instancePath + "/gated", schemaPath: "#/properties/gated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data14 = data.status;
      if (!(data14 === "pass" || data14 === "warn" || data14 === "fail" || data14 === "error" || data14 === "skip")) {
        const err26 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema38.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err27 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.n !== void 0) {
      let data16 = data.n;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
        const err28 = { instancePath: instancePath + "/n", schemaPath: "#/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 < 0 || isNaN(data16)) {
          const err29 = { instancePath: instancePath + "/n", schemaPath: "#/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
    if (data.ci !== void 0) {
      let data17 = data.ci;
      if (Array.isArray(data17)) {
        if (data17.length > 2) {
          const err30 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data17.length < 2) {
          const err31 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        const len0 = data17.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data18 = data17[i0];
          if (!(typeof data18 == "number" && isFinite(data18))) {
            const err32 = { instancePath: instancePath + "/ci/" + i0, schemaPath: "#/properties/ci/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/ci", schemaPath: "#/properties/ci/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.pValue !== void 0) {
      let data19 = data.pValue;
      if (typeof data19 == "number" && isFinite(data19)) {
        if (data19 > 1 || isNaN(data19)) {
          const err34 = { instancePath: instancePath + "/pValue", schemaPath: "#/properties/pValue/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data19 < 0 || isNaN(data19)) {
          const err35 = { instancePath: instancePath + "/pValue", schemaPath: "#/properties/pValue/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/pValue", schemaPath: "#/properties/pValue/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.pAdjusted !== void 0) {
      let data20 = data.pAdjusted;
      if (typeof data20 == "number" && isFinite(data20)) {
        if (data20 > 1 || isNaN(data20)) {
          const err37 = { instancePath: instancePath + "/pAdjusted", schemaPath: "#/properties/pAdjusted/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data20 < 0 || isNaN(data20)) {
          const err38 = { instancePath: instancePath + "/pAdjusted", schemaPath: "#/properties/pAdjusted/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/pAdjusted", schemaPath: "#/properties/pAdjusted/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.test !== void 0) {
      let data21 = data.test;
      if (!(data21 === "bootstrap" || data21 === "mcnemar" || data21 === "paired-z" || data21 === "delong" || data21 === "unpaired-z")) {
        const err40 = { instancePath: instancePath + "/test", schemaPath: "#/properties/test/enum", keyword: "enum", params: { allowedValues: schema38.properties.test.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.testMethod !== void 0) {
      let data22 = data.testMethod;
      if (!(data22 === "exact" || data22 === "chi2-cc" || data22 === "chi2")) {
        const err41 = { instancePath: instancePath + "/testMethod", schemaPath: "#/properties/testMethod/enum", keyword: "enum", params: { allowedValues: schema38.properties.testMethod.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.mde !== void 0) {
      let data23 = data.mde;
      if (typeof data23 == "number" && isFinite(data23)) {
        if (data23 < 0 || isNaN(data23)) {
          const err42 = { instancePath: instancePath + "/mde", schemaPath: "#/properties/mde/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/mde", schemaPath: "#/properties/mde/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.nForTwiceTolerance !== void 0) {
      let data24 = data.nForTwiceTolerance;
      if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
        const err44 = { instancePath: instancePath + "/nForTwiceTolerance", schemaPath: "#/properties/nForTwiceTolerance/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (typeof data24 == "number" && isFinite(data24)) {
        if (data24 < 1 || isNaN(data24)) {
          const err45 = { instancePath: instancePath + "/nForTwiceTolerance", schemaPath: "#/properties/nForTwiceTolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
    }
    if (data.bounds !== void 0) {
      let data25 = data.bounds;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key2 in data25) {
          if (!(key2 === "min" || key2 === "max" || key2 === "max_drop" || key2 === "min_gain" || key2 === "missing" || key2 === "non_inferiority")) {
            const err46 = { instancePath: instancePath + "/bounds", schemaPath: "#/properties/bounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data25.min !== void 0) {
          let data26 = data25.min;
          if (!(typeof data26 == "number" && isFinite(data26))) {
            const err47 = { instancePath: instancePath + "/bounds/min", schemaPath: "#/properties/bounds/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data25.max !== void 0) {
          let data27 = data25.max;
          if (!(typeof data27 == "number" && isFinite(data27))) {
            const err48 = { instancePath: instancePath + "/bounds/max", schemaPath: "#/properties/bounds/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data25.max_drop !== void 0) {
          let data28 = data25.max_drop;
          if (!(typeof data28 == "number" && isFinite(data28)) && typeof data28 !== "string") {
            const err49 = { instancePath: instancePath + "/bounds/max_drop", schemaPath: "#/properties/bounds/properties/max_drop/type", keyword: "type", params: { type: schema38.properties.bounds.properties.max_drop.type }, message: "must be number,string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data25.min_gain !== void 0) {
          let data29 = data25.min_gain;
          if (!(typeof data29 == "number" && isFinite(data29)) && typeof data29 !== "string") {
            const err50 = { instancePath: instancePath + "/bounds/min_gain", schemaPath: "#/properties/bounds/properties/min_gain/type", keyword: "type", params: { type: schema38.properties.bounds.properties.min_gain.type }, message: "must be number,string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data25.missing !== void 0) {
          let data30 = data25.missing;
          if (!(data30 === "fail" || data30 === "warn" || data30 === "pass")) {
            const err51 = { instancePath: instancePath + "/bounds/missing", schemaPath: "#/properties/bounds/properties/missing/enum", keyword: "enum", params: { allowedValues: schema38.properties.bounds.properties.missing.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data25.non_inferiority !== void 0) {
          if (typeof data25.non_inferiority !== "boolean") {
            const err52 = { instancePath: instancePath + "/bounds/non_inferiority", schemaPath: "#/properties/bounds/properties/non_inferiority/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/bounds", schemaPath: "#/properties/bounds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.standardErrors !== void 0) {
      let data32 = data.standardErrors;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        if (data32.candidate === void 0) {
          const err54 = { instancePath: instancePath + "/standardErrors", schemaPath: "#/properties/standardErrors/required", keyword: "required", params: { missingProperty: "candidate" }, message: "must have required property 'candidate'" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data32.baseline === void 0) {
          const err55 = { instancePath: instancePath + "/standardErrors", schemaPath: "#/properties/standardErrors/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data32.confidence === void 0) {
          const err56 = { instancePath: instancePath + "/standardErrors", schemaPath: "#/properties/standardErrors/required", keyword: "required", params: { missingProperty: "confidence" }, message: "must have required property 'confidence'" };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        for (const key3 in data32) {
          if (!(key3 === "candidate" || key3 === "baseline" || key3 === "confidence")) {
            const err57 = { instancePath: instancePath + "/standardErrors", schemaPath: "#/properties/standardErrors/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data32.candidate !== void 0) {
          let data33 = data32.candidate;
          if (typeof data33 == "number" && isFinite(data33)) {
            if (data33 < 0 || isNaN(data33)) {
              const err58 = { instancePath: instancePath + "/standardErrors/candidate", schemaPath: "#/properties/standardErrors/properties/candidate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/standardErrors/candidate", schemaPath: "#/properties/standardErrors/properties/candidate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data32.baseline !== void 0) {
          let data34 = data32.baseline;
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 < 0 || isNaN(data34)) {
              const err60 = { instancePath: instancePath + "/standardErrors/baseline", schemaPath: "#/properties/standardErrors/properties/baseline/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          } else {
            const err61 = { instancePath: instancePath + "/standardErrors/baseline", schemaPath: "#/properties/standardErrors/properties/baseline/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data32.confidence !== void 0) {
          let data35 = data32.confidence;
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 >= 1 || isNaN(data35)) {
              const err62 = { instancePath: instancePath + "/standardErrors/confidence", schemaPath: "#/properties/standardErrors/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data35 <= 0 || isNaN(data35)) {
              const err63 = { instancePath: instancePath + "/standardErrors/confidence", schemaPath: "#/properties/standardErrors/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/standardErrors/confidence", schemaPath: "#/properties/standardErrors/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/standardErrors", schemaPath: "#/properties/standardErrors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
  } else {
    const err66 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err66];
    } else {
      vErrors.push(err66);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.candidate === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "candidate" }, message: "must have required property 'candidate'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.baseline === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "candidate" || key0 === "baseline" || key0 === "metrics" || key0 === "examples" || key0 === "counts" || key0 === "missingBaseline")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.candidate !== void 0) {
      let data0 = data.candidate;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.path === void 0) {
          const err4 = { instancePath: instancePath + "/candidate", schemaPath: "#/properties/candidate/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "path" || key1 === "examples")) {
            const err5 = { instancePath: instancePath + "/candidate", schemaPath: "#/properties/candidate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.path !== void 0) {
          if (typeof data0.path !== "string") {
            const err6 = { instancePath: instancePath + "/candidate/path", schemaPath: "#/properties/candidate/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.examples !== void 0) {
          if (typeof data0.examples !== "string") {
            const err7 = { instancePath: instancePath + "/candidate/examples", schemaPath: "#/properties/candidate/properties/examples/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/candidate", schemaPath: "#/properties/candidate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data3 = data.baseline;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.source === void 0) {
          const err9 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key2 in data3) {
          if (!func1.call(schema37.properties.baseline.properties, key2)) {
            const err10 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.source !== void 0) {
          let data4 = data3.source;
          if (!(data4 === "file" || data4 === "base-branch" || data4 === "artifact" || data4 === "none")) {
            const err11 = { instancePath: instancePath + "/baseline/source", schemaPath: "#/properties/baseline/properties/source/enum", keyword: "enum", params: { allowedValues: schema37.properties.baseline.properties.source.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.path !== void 0) {
          if (typeof data3.path !== "string") {
            const err12 = { instancePath: instancePath + "/baseline/path", schemaPath: "#/properties/baseline/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.ref !== void 0) {
          if (typeof data3.ref !== "string") {
            const err13 = { instancePath: instancePath + "/baseline/ref", schemaPath: "#/properties/baseline/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.sha !== void 0) {
          if (typeof data3.sha !== "string") {
            const err14 = { instancePath: instancePath + "/baseline/sha", schemaPath: "#/properties/baseline/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.workflow !== void 0) {
          if (typeof data3.workflow !== "string") {
            const err15 = { instancePath: instancePath + "/baseline/workflow", schemaPath: "#/properties/baseline/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.runId !== void 0) {
          let data9 = data3.runId;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err16 = { instancePath: instancePath + "/baseline/runId", schemaPath: "#/properties/baseline/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.runUrl !== void 0) {
          if (typeof data3.runUrl !== "string") {
            const err17 = { instancePath: instancePath + "/baseline/runUrl", schemaPath: "#/properties/baseline/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.artifact !== void 0) {
          if (typeof data3.artifact !== "string") {
            const err18 = { instancePath: instancePath + "/baseline/artifact", schemaPath: "#/properties/baseline/properties/artifact/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.examples !== void 0) {
          if (typeof data3.examples !== "string") {
            const err19 = { instancePath: instancePath + "/baseline/examples", schemaPath: "#/properties/baseline/properties/examples/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.note !== void 0) {
          if (typeof data3.note !== "string") {
            const err20 = { instancePath: instancePath + "/baseline/note", schemaPath: "#/properties/baseline/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data14 = data.metrics;
      if (Array.isArray(data14)) {
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate26(data14[i0], { instancePath: instancePath + "/metrics/" + i0, parentData: data14, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data16 = data.examples;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.n === void 0) {
          const err23 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "n" }, message: "must have required property 'n'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data16.candidateOnly === void 0) {
          const err24 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "candidateOnly" }, message: "must have required property 'candidateOnly'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data16.baselineOnly === void 0) {
          const err25 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "baselineOnly" }, message: "must have required property 'baselineOnly'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data16.sampleMissingIds === void 0) {
          const err26 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "sampleMissingIds" }, message: "must have required property 'sampleMissingIds'" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data16.seed === void 0) {
          const err27 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "seed" }, message: "must have required property 'seed'" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data16.resamples === void 0) {
          const err28 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "resamples" }, message: "must have required property 'resamples'" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data16.confidence === void 0) {
          const err29 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "confidence" }, message: "must have required property 'confidence'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data16.correction === void 0) {
          const err30 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/required", keyword: "required", params: { missingProperty: "correction" }, message: "must have required property 'correction'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key3 in data16) {
          if (!func1.call(schema37.properties.examples.properties, key3)) {
            const err31 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data16.n !== void 0) {
          let data17 = data16.n;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err32 = { instancePath: instancePath + "/examples/n", schemaPath: "#/properties/examples/properties/n/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err33 = { instancePath: instancePath + "/examples/n", schemaPath: "#/properties/examples/properties/n/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
        if (data16.candidateOnly !== void 0) {
          let data18 = data16.candidateOnly;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err34 = { instancePath: instancePath + "/examples/candidateOnly", schemaPath: "#/properties/examples/properties/candidateOnly/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 0 || isNaN(data18)) {
              const err35 = { instancePath: instancePath + "/examples/candidateOnly", schemaPath: "#/properties/examples/properties/candidateOnly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        }
        if (data16.baselineOnly !== void 0) {
          let data19 = data16.baselineOnly;
          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
            const err36 = { instancePath: instancePath + "/examples/baselineOnly", schemaPath: "#/properties/examples/properties/baselineOnly/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 < 0 || isNaN(data19)) {
              const err37 = { instancePath: instancePath + "/examples/baselineOnly", schemaPath: "#/properties/examples/properties/baselineOnly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
        }
        if (data16.sampleMissingIds !== void 0) {
          let data20 = data16.sampleMissingIds;
          if (Array.isArray(data20)) {
            const len1 = data20.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data20[i1] !== "string") {
                const err38 = { instancePath: instancePath + "/examples/sampleMissingIds/" + i1, schemaPath: "#/properties/examples/properties/sampleMissingIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/examples/sampleMissingIds", schemaPath: "#/properties/examples/properties/sampleMissingIds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data16.seed !== void 0) {
          let data22 = data16.seed;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err40 = { instancePath: instancePath + "/examples/seed", schemaPath: "#/properties/examples/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data16.resamples !== void 0) {
          let data23 = data16.resamples;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err41 = { instancePath: instancePath + "/examples/resamples", schemaPath: "#/properties/examples/properties/resamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err42 = { instancePath: instancePath + "/examples/resamples", schemaPath: "#/properties/examples/properties/resamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        }
        if (data16.confidence !== void 0) {
          let data24 = data16.confidence;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 >= 1 || isNaN(data24)) {
              const err43 = { instancePath: instancePath + "/examples/confidence", schemaPath: "#/properties/examples/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data24 <= 0 || isNaN(data24)) {
              const err44 = { instancePath: instancePath + "/examples/confidence", schemaPath: "#/properties/examples/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/examples/confidence", schemaPath: "#/properties/examples/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data16.correction !== void 0) {
          let data25 = data16.correction;
          if (!(data25 === "holm" || data25 === "none")) {
            const err46 = { instancePath: instancePath + "/examples/correction", schemaPath: "#/properties/examples/properties/correction/enum", keyword: "enum", params: { allowedValues: schema37.properties.examples.properties.correction.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data16.missingIds !== void 0) {
          let data26 = data16.missingIds;
          if (!(data26 === "fail" || data26 === "warn" || data26 === "pass")) {
            const err47 = { instancePath: instancePath + "/examples/missingIds", schemaPath: "#/properties/examples/properties/missingIds/enum", keyword: "enum", params: { allowedValues: schema37.properties.examples.properties.missingIds.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data16.interval !== void 0) {
          let data27 = data16.interval;
          if (!(data27 === "bootstrap" || data27 === "paired-z")) {
            const err48 = { instancePath: instancePath + "/examples/interval", schemaPath: "#/properties/examples/properties/interval/enum", keyword: "enum", params: { allowedValues: schema37.properties.examples.properties.interval.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data16.ciConfidence !== void 0) {
          let data28 = data16.ciConfidence;
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 1 || isNaN(data28)) {
              const err49 = { instancePath: instancePath + "/examples/ciConfidence", schemaPath: "#/properties/examples/properties/ciConfidence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data28 <= 0 || isNaN(data28)) {
              const err50 = { instancePath: instancePath + "/examples/ciConfidence", schemaPath: "#/properties/examples/properties/ciConfidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/examples/ciConfidence", schemaPath: "#/properties/examples/properties/ciConfidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data16.family !== void 0) {
          let data29 = data16.family;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
            const err52 = { instancePath: instancePath + "/examples/family", schemaPath: "#/properties/examples/properties/family/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 < 0 || isNaN(data29)) {
              const err53 = { instancePath: instancePath + "/examples/family", schemaPath: "#/properties/examples/properties/family/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
        }
        if (data16.generator !== void 0) {
          if (typeof data16.generator !== "string") {
            const err54 = { instancePath: instancePath + "/examples/generator", schemaPath: "#/properties/examples/properties/generator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data16.regressed !== void 0) {
          let data31 = data16.regressed;
          if (Array.isArray(data31)) {
            const len2 = data31.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data32 = data31[i2];
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.metric === void 0) {
                  const err55 = { instancePath: instancePath + "/examples/regressed/" + i2, schemaPath: "#/properties/examples/properties/regressed/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (data32.count === void 0) {
                  const err56 = { instancePath: instancePath + "/examples/regressed/" + i2, schemaPath: "#/properties/examples/properties/regressed/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                if (data32.improved === void 0) {
                  const err57 = { instancePath: instancePath + "/examples/regressed/" + i2, schemaPath: "#/properties/examples/properties/regressed/items/required", keyword: "required", params: { missingProperty: "improved" }, message: "must have required property 'improved'" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                if (data32.ids === void 0) {
                  const err58 = { instancePath: instancePath + "/examples/regressed/" + i2, schemaPath: "#/properties/examples/properties/regressed/items/required", keyword: "required", params: { missingProperty: "ids" }, message: "must have required property 'ids'" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                for (const key4 in data32) {
                  if (!(key4 === "metric" || key4 === "count" || key4 === "improved" || key4 === "ids" || key4 === "textColumn" || key4 === "text")) {
                    const err59 = { instancePath: instancePath + "/examples/regressed/" + i2, schemaPath: "#/properties/examples/properties/regressed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data32.metric !== void 0) {
                  if (typeof data32.metric !== "string") {
                    const err60 = { instancePath: instancePath + "/examples/regressed/" + i2 + "/metric", schemaPath: "#/properties/examples/properties/regressed/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data32.count !== void 0) {
                  let data34 = data32.count;
                  if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                    const err61 = { instancePath: instancePath + "/examples/regressed/" + i2 + "/count", schemaPath: "#/properties/examples/properties/regressed/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                  if (typeof data34 == "number" && isFinite(data34)) {
                    if (data34 < 0 || isNaN(data34)) {
                      const err62 = { instancePath: instancePath + "/examples/regressed/" + i2 + "/count", schemaPath: "#/properties/examples/properties/regressed/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  }
                }
                if (data32.improved !== void 0) {
                  let data35 = data32.improved;
                  if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                    const err63 = { instancePath: instancePath + "/examples/regressed/" + i2 + "/improved", schemaPath: "#/properties/examples/properties/regressed/items/properties/improved/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                  if (typeof data35 == "number" && isFinite(data35)) {
                    if (data35 < 0 || isNaN(data35)) {
                      const err64 = { instancePath: instancePath + "/examples/regressed/" + i2 + "/improved", schemaPath: "#/properties/examples/properties/regressed/items/properties/improved/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  }
                }
                if (data32.ids !== void 0) {
                  let data36 = data32.ids;
                  if (Array.isArray(data36)) {
                    const len3 = data36.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data36[i3] !== "string") {
                        const err65 = { instancePath: instancePath + "/examples/regressed/" + i2 + "/ids/" + i3, schemaPath: "#/properties/examples/properties/regressed/items/properties/ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/examples/regressed/" + i2 + "/ids", schemaPath: "#/properties/examples/properties/regressed/items/properties/ids/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data32.textColumn !== void 0) {
                  if (typeof data32.textColumn !== "string") {
                    const err67 = { instancePath: instancePath + "/examples/regressed/" + i2 + "/textColumn", schemaPath: "#/properties/examples/properties/regressed/items/properties/textColumn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data32.text !== void 0) {
                  let data39 = data32.text;
                  if (Array.isArray(data39)) {
                    const len4 = data39.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      if (typeof data39[i4] !== "string") {
                        const err68 = { instancePath: instancePath + "/examples/regressed/" + i2 + "/text/" + i4, schemaPath: "#/properties/examples/properties/regressed/items/properties/text/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err69 = { instancePath: instancePath + "/examples/regressed/" + i2 + "/text", schemaPath: "#/properties/examples/properties/regressed/items/properties/text/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
              } else {
                const err70 = { instancePath: instancePath + "/examples/regressed/" + i2, schemaPath: "#/properties/examples/properties/regressed/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/examples/regressed", schemaPath: "#/properties/examples/properties/regressed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.counts !== void 0) {
      let data41 = data.counts;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        if (data41.gated === void 0) {
          const err73 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "gated" }, message: "must have required property 'gated'" };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        if (data41.pass === void 0) {
          const err74 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "pass" }, message: "must have required property 'pass'" };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        if (data41.warn === void 0) {
          const err75 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "warn" }, message: "must have required property 'warn'" };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data41.fail === void 0) {
          const err76 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "fail" }, message: "must have required property 'fail'" };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data41.error === void 0) {
          const err77 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'" };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        if (data41.skip === void 0) {
          const err78 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/required", keyword: "required", params: { missingProperty: "skip" }, message: "must have required property 'skip'" };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        for (const key5 in data41) {
          if (!(key5 === "gated" || key5 === "pass" || key5 === "warn" || key5 === "fail" || key5 === "error" || key5 === "skip")) {
            const err79 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data41.gated !== void 0) {
          let data42 = data41.gated;
          if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)) && isFinite(data42))) {
            const err80 = { instancePath: instancePath + "/counts/gated", schemaPath: "#/properties/counts/properties/gated/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
          if (typeof data42 == "number" && isFinite(data42)) {
            if (data42 < 0 || isNaN(data42)) {
              const err81 = { instancePath: instancePath + "/counts/gated", schemaPath: "#/properties/counts/properties/gated/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          }
        }
        if (data41.pass !== void 0) {
          let data43 = data41.pass;
          if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
            const err82 = { instancePath: instancePath + "/counts/pass", schemaPath: "#/properties/counts/properties/pass/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
          if (typeof data43 == "number" && isFinite(data43)) {
            if (data43 < 0 || isNaN(data43)) {
              const err83 = { instancePath: instancePath + "/counts/pass", schemaPath: "#/properties/counts/properties/pass/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
        }
        if (data41.warn !== void 0) {
          let data44 = data41.warn;
          if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
            const err84 = { instancePath: instancePath + "/counts/warn", schemaPath: "#/properties/counts/properties/warn/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          if (typeof data44 == "number" && isFinite(data44)) {
            if (data44 < 0 || isNaN(data44)) {
              const err85 = { instancePath: instancePath + "/counts/warn", schemaPath: "#/properties/counts/properties/warn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          }
        }
        if (data41.fail !== void 0) {
          let data45 = data41.fail;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
            const err86 = { instancePath: instancePath + "/counts/fail", schemaPath: "#/properties/counts/properties/fail/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          if (typeof data45 == "number" && isFinite(data45)) {
            if (data45 < 0 || isNaN(data45)) {
              const err87 = { instancePath: instancePath + "/counts/fail", schemaPath: "#/properties/counts/properties/fail/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
        }
        if (data41.error !== void 0) {
          let data46 = data41.error;
          if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
            const err88 = { instancePath: instancePath + "/counts/error", schemaPath: "#/properties/counts/properties/error/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          if (typeof data46 == "number" && isFinite(data46)) {
            if (data46 < 0 || isNaN(data46)) {
              const err89 = { instancePath: instancePath + "/counts/error", schemaPath: "#/properties/counts/properties/error/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
        }
        if (data41.skip !== void 0) {
          let data47 = data41.skip;
          if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)) && isFinite(data47))) {
            const err90 = { instancePath: instancePath + "/counts/skip", schemaPath: "#/properties/counts/properties/skip/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          if (typeof data47 == "number" && isFinite(data47)) {
            if (data47 < 0 || isNaN(data47)) {
              const err91 = { instancePath: instancePath + "/counts/skip", schemaPath: "#/properties/counts/properties/skip/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/counts", schemaPath: "#/properties/counts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.missingBaseline !== void 0) {
      let data48 = data.missingBaseline;
      if (!(data48 === "fail" || data48 === "warn" || data48 === "pass")) {
        const err93 = { instancePath: instancePath + "/missingBaseline", schemaPath: "#/properties/missingBaseline/enum", keyword: "enum", params: { allowedValues: schema37.properties.missingBaseline.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
  } else {
    const err94 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err94];
    } else {
      vErrors.push(err94);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema43 = { "properties": { "shard": { "properties": { "files": { "items": { "properties": { "format": { "enum": ["json", "jsonl", "csv", "tsv", "parquet", "arrow"] }} } } } }}};
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9._-]{0,200}\\.state\\.bin$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.shard === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shard" }, message: "must have required property 'shard'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.entry === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entry" }, message: "must have required property 'entry'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rows === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.invalidRows === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "invalidRows" }, message: "must have required property 'invalidRows'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.parts === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parts" }, message: "must have required property 'parts'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "shard" || key0 === "entry" || key0 === "rows" || key0 === "invalidRows" || key0 === "parts" || key0 === "schemaWarnings" || key0 === "dataset" || key0 === "durationMs")) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.shard !== void 0) {
      let data0 = data.shard;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.index === void 0) {
          const err6 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/required", keyword: "required", params: { missingProperty: "index" }, message: "must have required property 'index'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.count === void 0) {
          const err7 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.config === void 0) {
          const err8 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/required", keyword: "required", params: { missingProperty: "config" }, message: "must have required property 'config'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data0.schema === void 0) {
          const err9 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data0.input === void 0) {
          const err10 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data0.files === void 0) {
          const err11 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "index" || key1 === "count" || key1 === "config" || key1 === "schema" || key1 === "reference" || key1 === "input" || key1 === "files")) {
            const err12 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.index !== void 0) {
          let data1 = data0.index;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err13 = { instancePath: instancePath + "/shard/index", schemaPath: "#/properties/shard/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 > 1024 || isNaN(data1)) {
              const err14 = { instancePath: instancePath + "/shard/index", schemaPath: "#/properties/shard/properties/index/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data1 < 1 || isNaN(data1)) {
              const err15 = { instancePath: instancePath + "/shard/index", schemaPath: "#/properties/shard/properties/index/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data0.count !== void 0) {
          let data2 = data0.count;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err16 = { instancePath: instancePath + "/shard/count", schemaPath: "#/properties/shard/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 1024 || isNaN(data2)) {
              const err17 = { instancePath: instancePath + "/shard/count", schemaPath: "#/properties/shard/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data2 < 1 || isNaN(data2)) {
              const err18 = { instancePath: instancePath + "/shard/count", schemaPath: "#/properties/shard/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
        if (data0.config !== void 0) {
          let data3 = data0.config;
          if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
              const err19 = { instancePath: instancePath + "/shard/config", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/shard/config", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data0.schema !== void 0) {
          let data4 = data0.schema;
          if (typeof data4 === "string") {
            if (!pattern6.test(data4)) {
              const err21 = { instancePath: instancePath + "/shard/schema", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/shard/schema", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data0.reference !== void 0) {
          let data5 = data0.reference;
          if (typeof data5 === "string") {
            if (!pattern6.test(data5)) {
              const err23 = { instancePath: instancePath + "/shard/reference", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/shard/reference", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data0.input !== void 0) {
          let data6 = data0.input;
          if (typeof data6 === "string") {
            if (!pattern6.test(data6)) {
              const err25 = { instancePath: instancePath + "/shard/input", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/shard/input", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data0.files !== void 0) {
          let data7 = data0.files;
          if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.path === void 0) {
                  const err27 = { instancePath: instancePath + "/shard/files/" + i0, schemaPath: "#/properties/shard/properties/files/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data8.format === void 0) {
                  const err28 = { instancePath: instancePath + "/shard/files/" + i0, schemaPath: "#/properties/shard/properties/files/items/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data8.bytes === void 0) {
                  const err29 = { instancePath: instancePath + "/shard/files/" + i0, schemaPath: "#/properties/shard/properties/files/items/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                for (const key2 in data8) {
                  if (!(key2 === "path" || key2 === "format" || key2 === "bytes")) {
                    const err30 = { instancePath: instancePath + "/shard/files/" + i0, schemaPath: "#/properties/shard/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data8.path !== void 0) {
                  if (typeof data8.path !== "string") {
                    const err31 = { instancePath: instancePath + "/shard/files/" + i0 + "/path", schemaPath: "#/properties/shard/properties/files/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data8.format !== void 0) {
                  let data10 = data8.format;
                  if (!(data10 === "json" || data10 === "jsonl" || data10 === "csv" || data10 === "tsv" || data10 === "parquet" || data10 === "arrow")) {
                    const err32 = { instancePath: instancePath + "/shard/files/" + i0 + "/format", schemaPath: "#/properties/shard/properties/files/items/properties/format/enum", keyword: "enum", params: { allowedValues: schema43.properties.shard.properties.files.items.properties.format.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data8.bytes !== void 0) {
                  let data11 = data8.bytes;
                  if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                    const err33 = { instancePath: instancePath + "/shard/files/" + i0 + "/bytes", schemaPath: "#/properties/shard/properties/files/items/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                  if (typeof data11 == "number" && isFinite(data11)) {
                    if (data11 < 0 || isNaN(data11)) {
                      const err34 = { instancePath: instancePath + "/shard/files/" + i0 + "/bytes", schemaPath: "#/properties/shard/properties/files/items/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/shard/files/" + i0, schemaPath: "#/properties/shard/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/shard/files", schemaPath: "#/properties/shard/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.entry !== void 0) {
      let data12 = data.entry;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.schemaFile === void 0) {
          const err38 = { instancePath: instancePath + "/entry", schemaPath: "#/properties/entry/required", keyword: "required", params: { missingProperty: "schemaFile" }, message: "must have required property 'schemaFile'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data12.threshold === void 0) {
          const err39 = { instancePath: instancePath + "/entry", schemaPath: "#/properties/entry/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data12.samples === void 0) {
          const err40 = { instancePath: instancePath + "/entry", schemaPath: "#/properties/entry/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data12.maxGroups === void 0) {
          const err41 = { instancePath: instancePath + "/entry", schemaPath: "#/properties/entry/required", keyword: "required", params: { missingProperty: "maxGroups" }, message: "must have required property 'maxGroups'" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data12.maxRecordBytes === void 0) {
          const err42 = { instancePath: instancePath + "/entry", schemaPath: "#/properties/entry/required", keyword: "required", params: { missingProperty: "maxRecordBytes" }, message: "must have required property 'maxRecordBytes'" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data12.schemaFile !== void 0) {
          if (typeof data12.schemaFile !== "string") {
            const err43 = { instancePath: instancePath + "/entry/schemaFile", schemaPath: "#/properties/entry/properties/schemaFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data12.threshold !== void 0) {
          let data14 = data12.threshold;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.maxInvalidRows === void 0) {
              const err44 = { instancePath: instancePath + "/entry/threshold", schemaPath: "#/properties/entry/properties/threshold/required", keyword: "required", params: { missingProperty: "maxInvalidRows" }, message: "must have required property 'maxInvalidRows'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data14.maxInvalidRows !== void 0) {
              if (typeof data14.maxInvalidRows !== "string") {
                const err45 = { instancePath: instancePath + "/entry/threshold/maxInvalidRows", schemaPath: "#/properties/entry/properties/threshold/properties/maxInvalidRows/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data14.warnInvalidRows !== void 0) {
              if (typeof data14.warnInvalidRows !== "string") {
                const err46 = { instancePath: instancePath + "/entry/threshold/warnInvalidRows", schemaPath: "#/properties/entry/properties/threshold/properties/warnInvalidRows/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/entry/threshold", schemaPath: "#/properties/entry/properties/threshold/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data12.samples !== void 0) {
          let data17 = data12.samples;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err48 = { instancePath: instancePath + "/entry/samples", schemaPath: "#/properties/entry/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err49 = { instancePath: instancePath + "/entry/samples", schemaPath: "#/properties/entry/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
        }
        if (data12.maxGroups !== void 0) {
          let data18 = data12.maxGroups;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err50 = { instancePath: instancePath + "/entry/maxGroups", schemaPath: "#/properties/entry/properties/maxGroups/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 0 || isNaN(data18)) {
              const err51 = { instancePath: instancePath + "/entry/maxGroups", schemaPath: "#/properties/entry/properties/maxGroups/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
        if (data12.maxRecordBytes !== void 0) {
          let data19 = data12.maxRecordBytes;
          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
            const err52 = { instancePath: instancePath + "/entry/maxRecordBytes", schemaPath: "#/properties/entry/properties/maxRecordBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 < 1 || isNaN(data19)) {
              const err53 = { instancePath: instancePath + "/entry/maxRecordBytes", schemaPath: "#/properties/entry/properties/maxRecordBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
        }
        if (data12.dataset !== void 0) {
          let data20 = data12.dataset;
          if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
            const err54 = { instancePath: instancePath + "/entry/dataset", schemaPath: "#/properties/entry/properties/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/entry", schemaPath: "#/properties/entry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data21 = data.rows;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
        const err56 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 < 0 || isNaN(data21)) {
          const err57 = { instancePath: instancePath + "/rows", schemaPath: "#/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
      }
    }
    if (data.invalidRows !== void 0) {
      let data22 = data.invalidRows;
      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
        const err58 = { instancePath: instancePath + "/invalidRows", schemaPath: "#/properties/invalidRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      if (typeof data22 == "number" && isFinite(data22)) {
        if (data22 < 0 || isNaN(data22)) {
          const err59 = { instancePath: instancePath + "/invalidRows", schemaPath: "#/properties/invalidRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      }
    }
    if (data.parts !== void 0) {
      let data23 = data.parts;
      if (Array.isArray(data23)) {
        const len1 = data23.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data24 = data23[i1];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.file === void 0) {
              const err60 = { instancePath: instancePath + "/parts/" + i1, schemaPath: "#/properties/parts/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data24.rows === void 0) {
              const err61 = { instancePath: instancePath + "/parts/" + i1, schemaPath: "#/properties/parts/items/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data24.invalidRows === void 0) {
              const err62 = { instancePath: instancePath + "/parts/" + i1, schemaPath: "#/properties/parts/items/required", keyword: "required", params: { missingProperty: "invalidRows" }, message: "must have required property 'invalidRows'" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data24.groups === void 0) {
              const err63 = { instancePath: instancePath + "/parts/" + i1, schemaPath: "#/properties/parts/items/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data24.file !== void 0) {
              let data25 = data24.file;
              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                const err64 = { instancePath: instancePath + "/parts/" + i1 + "/file", schemaPath: "#/properties/parts/items/properties/file/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 < 0 || isNaN(data25)) {
                  const err65 = { instancePath: instancePath + "/parts/" + i1 + "/file", schemaPath: "#/properties/parts/items/properties/file/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            }
            if (data24.rows !== void 0) {
              let data26 = data24.rows;
              if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                const err66 = { instancePath: instancePath + "/parts/" + i1 + "/rows", schemaPath: "#/properties/parts/items/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 < 0 || isNaN(data26)) {
                  const err67 = { instancePath: instancePath + "/parts/" + i1 + "/rows", schemaPath: "#/properties/parts/items/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
            }
            if (data24.invalidRows !== void 0) {
              let data27 = data24.invalidRows;
              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                const err68 = { instancePath: instancePath + "/parts/" + i1 + "/invalidRows", schemaPath: "#/properties/parts/items/properties/invalidRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 < 0 || isNaN(data27)) {
                  const err69 = { instancePath: instancePath + "/parts/" + i1 + "/invalidRows", schemaPath: "#/properties/parts/items/properties/invalidRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
            }
            if (data24.groups !== void 0) {
              let data28 = data24.groups;
              if (Array.isArray(data28)) {
                const len2 = data28.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data29 = data28[i2];
                  if (!(data29 && typeof data29 == "object" && !Array.isArray(data29))) {
                    const err70 = { instancePath: instancePath + "/parts/" + i1 + "/groups/" + i2, schemaPath: "#/properties/parts/items/properties/groups/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/parts/" + i1 + "/groups", schemaPath: "#/properties/parts/items/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/parts/" + i1, schemaPath: "#/properties/parts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/parts", schemaPath: "#/properties/parts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.schemaWarnings !== void 0) {
      if (!Array.isArray(data.schemaWarnings)) {
        const err74 = { instancePath: instancePath + "/schemaWarnings", schemaPath: "#/properties/schemaWarnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data31 = data.dataset;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.splitOf === void 0) {
          const err75 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/required", keyword: "required", params: { missingProperty: "splitOf" }, message: "must have required property 'splitOf'" };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data31.splitNames === void 0) {
          const err76 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/required", keyword: "required", params: { missingProperty: "splitNames" }, message: "must have required property 'splitNames'" };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data31.errors === void 0) {
          const err77 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'" };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        if (data31.chunks === void 0) {
          const err78 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/required", keyword: "required", params: { missingProperty: "chunks" }, message: "must have required property 'chunks'" };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        if (data31.state !== void 0) {
          let data32 = data31.state;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            if (data32.file === void 0) {
              const err79 = { instancePath: instancePath + "/dataset/state", schemaPath: "#/properties/dataset/properties/state/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data32.bytes === void 0) {
              const err80 = { instancePath: instancePath + "/dataset/state", schemaPath: "#/properties/dataset/properties/state/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data32.sha256 === void 0) {
              const err81 = { instancePath: instancePath + "/dataset/state", schemaPath: "#/properties/dataset/properties/state/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            for (const key3 in data32) {
              if (!(key3 === "file" || key3 === "bytes" || key3 === "sha256")) {
                const err82 = { instancePath: instancePath + "/dataset/state", schemaPath: "#/properties/dataset/properties/state/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data32.file !== void 0) {
              let data33 = data32.file;
              if (typeof data33 === "string") {
                if (!pattern10.test(data33)) {
                  const err83 = { instancePath: instancePath + "/dataset/state/file", schemaPath: "#/properties/dataset/properties/state/properties/file/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9._-]{0,200}\\.state\\.bin$" }, message: 'must match pattern "^[A-Za-z0-9_][A-Za-z0-9._-]{0,200}\\.state\\.bin$"' };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/dataset/state/file", schemaPath: "#/properties/dataset/properties/state/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data32.bytes !== void 0) {
              let data34 = data32.bytes;
              if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                const err85 = { instancePath: instancePath + "/dataset/state/bytes", schemaPath: "#/properties/dataset/properties/state/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (typeof data34 == "number" && isFinite(data34)) {
                if (data34 < 0 || isNaN(data34)) {
                  const err86 = { instancePath: instancePath + "/dataset/state/bytes", schemaPath: "#/properties/dataset/properties/state/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
            }
            if (data32.sha256 !== void 0) {
              let data35 = data32.sha256;
              if (typeof data35 === "string") {
                if (!pattern6.test(data35)) {
                  const err87 = { instancePath: instancePath + "/dataset/state/sha256", schemaPath: "#/$defs/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/dataset/state/sha256", schemaPath: "#/$defs/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/dataset/state", schemaPath: "#/properties/dataset/properties/state/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data31.splitOf !== void 0) {
          let data36 = data31.splitOf;
          if (Array.isArray(data36)) {
            const len3 = data36.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data37 = data36[i3];
              if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                const err90 = { instancePath: instancePath + "/dataset/splitOf/" + i3, schemaPath: "#/properties/dataset/properties/splitOf/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (typeof data37 == "number" && isFinite(data37)) {
                if (data37 < -1 || isNaN(data37)) {
                  const err91 = { instancePath: instancePath + "/dataset/splitOf/" + i3, schemaPath: "#/properties/dataset/properties/splitOf/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err92 = { instancePath: instancePath + "/dataset/splitOf", schemaPath: "#/properties/dataset/properties/splitOf/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data31.splitNames !== void 0) {
          let data38 = data31.splitNames;
          if (Array.isArray(data38)) {
            const len4 = data38.length;
            for (let i4 = 0; i4 < len4; i4++) {
              if (typeof data38[i4] !== "string") {
                const err93 = { instancePath: instancePath + "/dataset/splitNames/" + i4, schemaPath: "#/properties/dataset/properties/splitNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
          } else {
            const err94 = { instancePath: instancePath + "/dataset/splitNames", schemaPath: "#/properties/dataset/properties/splitNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data31.errors !== void 0) {
          if (!Array.isArray(data31.errors)) {
            const err95 = { instancePath: instancePath + "/dataset/errors", schemaPath: "#/properties/dataset/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data31.chunks !== void 0) {
          let data41 = data31.chunks;
          if (Array.isArray(data41)) {
            const len5 = data41.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data42 = data41[i5];
              if (Array.isArray(data42)) {
                if (data42.length > 4) {
                  const err96 = { instancePath: instancePath + "/dataset/chunks/" + i5, schemaPath: "#/properties/dataset/properties/chunks/items/maxItems", keyword: "maxItems", params: { limit: 4 }, message: "must NOT have more than 4 items" };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                if (data42.length < 4) {
                  const err97 = { instancePath: instancePath + "/dataset/chunks/" + i5, schemaPath: "#/properties/dataset/properties/chunks/items/minItems", keyword: "minItems", params: { limit: 4 }, message: "must NOT have fewer than 4 items" };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
                const len6 = data42.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data43 = data42[i6];
                  if (!(typeof data43 == "number" && isFinite(data43))) {
                    const err98 = { instancePath: instancePath + "/dataset/chunks/" + i5 + "/" + i6, schemaPath: "#/properties/dataset/properties/chunks/items/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = { instancePath: instancePath + "/dataset/chunks/" + i5, schemaPath: "#/properties/dataset/properties/chunks/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = { instancePath: instancePath + "/dataset/chunks", schemaPath: "#/properties/dataset/properties/chunks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data31.reference !== void 0) {
          let data44 = data31.reference;
          if (!(data44 && typeof data44 == "object" && !Array.isArray(data44))) {
            const err101 = { instancePath: instancePath + "/dataset/reference", schemaPath: "#/properties/dataset/properties/reference/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data31.drift !== void 0) {
          let data45 = data31.drift;
          if (!(data45 && typeof data45 == "object" && !Array.isArray(data45))) {
            const err102 = { instancePath: instancePath + "/dataset/drift", schemaPath: "#/properties/dataset/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data31.expectations !== void 0) {
          let data46 = data31.expectations;
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            if (data46.checks === void 0) {
              const err103 = { instancePath: instancePath + "/dataset/expectations", schemaPath: "#/properties/dataset/properties/expectations/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'" };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            if (data46.samples === void 0) {
              const err104 = { instancePath: instancePath + "/dataset/expectations", schemaPath: "#/properties/dataset/properties/expectations/required", keyword: "required", params: { missingProperty: "samples" }, message: "must have required property 'samples'" };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            if (data46.runs === void 0) {
              const err105 = { instancePath: instancePath + "/dataset/expectations", schemaPath: "#/properties/dataset/properties/expectations/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'" };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
            if (data46.checks !== void 0) {
              let data47 = data46.checks;
              if (Array.isArray(data47)) {
                const len7 = data47.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data48 = data47[i7];
                  if (!(data48 && typeof data48 == "object" && !Array.isArray(data48))) {
                    const err106 = { instancePath: instancePath + "/dataset/expectations/checks/" + i7, schemaPath: "#/properties/dataset/properties/expectations/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
              } else {
                const err107 = { instancePath: instancePath + "/dataset/expectations/checks", schemaPath: "#/properties/dataset/properties/expectations/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data46.samples !== void 0) {
              let data49 = data46.samples;
              if (!(data49 && typeof data49 == "object" && !Array.isArray(data49))) {
                const err108 = { instancePath: instancePath + "/dataset/expectations/samples", schemaPath: "#/properties/dataset/properties/expectations/properties/samples/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            if (data46.runs !== void 0) {
              let data50 = data46.runs;
              if (Array.isArray(data50)) {
                const len8 = data50.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data51 = data50[i8];
                  if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                    if (data51.at === void 0) {
                      const err109 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8, schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                    if (data51.bytes === void 0) {
                      const err110 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8, schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'" };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                    if (data51.keys === void 0) {
                      const err111 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8, schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'" };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    if (data51.base === void 0) {
                      const err112 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8, schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                    if (data51.width === void 0) {
                      const err113 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8, schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/required", keyword: "required", params: { missingProperty: "width" }, message: "must have required property 'width'" };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    for (const key4 in data51) {
                      if (!(key4 === "at" || key4 === "bytes" || key4 === "keys" || key4 === "base" || key4 === "width")) {
                        const err114 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8, schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data51.at !== void 0) {
                      let data52 = data51.at;
                      if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                        const err115 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/at", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/at/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                      if (typeof data52 == "number" && isFinite(data52)) {
                        if (data52 < 0 || isNaN(data52)) {
                          const err116 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/at", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/at/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data51.bytes !== void 0) {
                      let data53 = data51.bytes;
                      if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
                        const err117 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/bytes", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                      if (typeof data53 == "number" && isFinite(data53)) {
                        if (data53 < 0 || isNaN(data53)) {
                          const err118 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/bytes", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err118];
                          } else {
                            vErrors.push(err118);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data51.keys !== void 0) {
                      let data54 = data51.keys;
                      if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)) && isFinite(data54))) {
                        const err119 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/keys", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/keys/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                      if (typeof data54 == "number" && isFinite(data54)) {
                        if (data54 < 0 || isNaN(data54)) {
                          const err120 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/keys", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/keys/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err120];
                          } else {
                            vErrors.push(err120);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data51.base !== void 0) {
                      let data55 = data51.base;
                      if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                        const err121 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/base", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/base/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                      if (typeof data55 == "number" && isFinite(data55)) {
                        if (data55 < 0 || isNaN(data55)) {
                          const err122 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/base", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err122];
                          } else {
                            vErrors.push(err122);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data51.width !== void 0) {
                      let data56 = data51.width;
                      if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)) && isFinite(data56))) {
                        const err123 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/width", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/width/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err123];
                        } else {
                          vErrors.push(err123);
                        }
                        errors++;
                      }
                      if (typeof data56 == "number" && isFinite(data56)) {
                        if (data56 > 7 || isNaN(data56)) {
                          const err124 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/width", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/width/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7" };
                          if (vErrors === null) {
                            vErrors = [err124];
                          } else {
                            vErrors.push(err124);
                          }
                          errors++;
                        }
                        if (data56 < 0 || isNaN(data56)) {
                          const err125 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8 + "/width", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/properties/width/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err125];
                          } else {
                            vErrors.push(err125);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/dataset/expectations/runs/" + i8, schemaPath: "#/properties/dataset/properties/expectations/properties/runs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
              } else {
                const err127 = { instancePath: instancePath + "/dataset/expectations/runs", schemaPath: "#/properties/dataset/properties/expectations/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
          } else {
            const err128 = { instancePath: instancePath + "/dataset/expectations", schemaPath: "#/properties/dataset/properties/expectations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
      } else {
        const err129 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err129];
        } else {
          vErrors.push(err129);
        }
        errors++;
      }
    }
    if (data.durationMs !== void 0) {
      let data57 = data.durationMs;
      if (typeof data57 == "number" && isFinite(data57)) {
        if (data57 < 0 || isNaN(data57)) {
          const err130 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err130];
          } else {
            vErrors.push(err130);
          }
          errors++;
        }
      } else {
        const err131 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      }
    }
  } else {
    const err132 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err132];
    } else {
      vErrors.push(err132);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
const pattern13 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern14 = new RegExp("^[0-9a-f]{40}$", "u");
const formats0 = __ajv1.fullFormats["date-time"];
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
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind !== void 0) {
      if ("validate" !== data.kind) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.details !== void 0) {
        if (!validate21(data.details, { instancePath: instancePath + "/details", parentData: data, parentDataProperty: "details", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
          errors = vErrors.length;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.details = true;
      props0.kind = true;
    }
  }
  if (!valid1) {
    const err1 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  const _errs8 = errors;
  let valid4 = true;
  const _errs9 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind !== void 0) {
      if ("compare" !== data.kind) {
        const err2 = {};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  }
  var _valid1 = _errs9 === errors;
  errors = _errs8;
  if (vErrors !== null) {
    if (_errs8) {
      vErrors.length = _errs8;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.details !== void 0) {
        if (!validate25(data.details, { instancePath: instancePath + "/details", parentData: data, parentDataProperty: "details", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
          errors = vErrors.length;
        }
      }
    }
    var _valid1 = _errs11 === errors;
    valid4 = _valid1;
    if (valid4) {
      var props1 = {};
      props1.details = true;
      props1.kind = true;
    }
  }
  if (!valid4) {
    const err3 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs14 = errors;
  let valid7 = true;
  const _errs15 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind !== void 0) {
      if ("validate-partial" !== data.kind) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  }
  var _valid2 = _errs15 === errors;
  errors = _errs14;
  if (vErrors !== null) {
    if (_errs14) {
      vErrors.length = _errs14;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid2) {
    const _errs17 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.status !== void 0) {
        if ("partial" !== data.status) {
          const err5 = { instancePath: instancePath + "/status", schemaPath: "#/allOf/2/then/properties/status/const", keyword: "const", params: { allowedValue: "partial" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.details !== void 0) {
        if (!validate29(data.details, { instancePath: instancePath + "/details", parentData: data, parentDataProperty: "details", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
          errors = vErrors.length;
        }
      }
    }
    var _valid2 = _errs17 === errors;
    valid7 = _valid2;
    if (valid7) {
      var props2 = {};
      props2.status = true;
      props2.details = true;
      props2.kind = true;
    }
    ifClause0 = "then";
  } else {
    const _errs20 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.status !== void 0) {
        let data7 = data.status;
        if (!(data7 === "pass" || data7 === "warn" || data7 === "fail" || data7 === "error")) {
          const err6 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema49.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs20 === errors;
    valid7 = _valid2;
    if (valid7) {
      if (props2 !== true) {
        props2 = props2 || {};
        props2.status = true;
      }
    }
    ifClause0 = "else";
  }
  if (!valid7) {
    const err7 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.context === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "context" }, message: "must have required property 'context'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.details === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "details" }, message: "must have required property 'details'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      if ("modelgate/result@1" !== data.schema) {
        const err17 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/const", keyword: "const", params: { allowedValue: "modelgate/result@1" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data9 = data.kind;
      if (!(data9 === "validate" || data9 === "compare" || data9 === "validate-partial")) {
        const err18 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data10 = data.id;
      if (typeof data10 === "string") {
        if (!pattern12.test(data10)) {
          const err19 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data11 = data.title;
      if (typeof data11 === "string") {
        if (func2(data11) > 200) {
          const err21 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data12 = data.status;
      if (!(data12 === "pass" || data12 === "warn" || data12 === "fail" || data12 === "error" || data12 === "partial")) {
        const err23 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data13 = data.summary;
      if (typeof data13 === "string") {
        if (func2(data13) > 1e3) {
          const err24 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.context !== void 0) {
      let data14 = data.context;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key1 in data14) {
          if (!(key1 === "repo" || key1 === "sha" || key1 === "pr" || key1 === "ref" || key1 === "runId" || key1 === "runUrl" || key1 === "workflow" || key1 === "event")) {
            const err26 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/context/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data14.repo !== void 0) {
          let data15 = data14.repo;
          if (typeof data15 === "string") {
            if (!pattern13.test(data15)) {
              const err27 = { instancePath: instancePath + "/context/repo", schemaPath: "#/$defs/context/properties/repo/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"' };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/context/repo", schemaPath: "#/$defs/context/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data14.sha !== void 0) {
          let data16 = data14.sha;
          if (typeof data16 === "string") {
            if (!pattern14.test(data16)) {
              const err29 = { instancePath: instancePath + "/context/sha", schemaPath: "#/$defs/context/properties/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/context/sha", schemaPath: "#/$defs/context/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data14.pr !== void 0) {
          let data17 = data14.pr;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err31 = { instancePath: instancePath + "/context/pr", schemaPath: "#/$defs/context/properties/pr/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 1 || isNaN(data17)) {
              const err32 = { instancePath: instancePath + "/context/pr", schemaPath: "#/$defs/context/properties/pr/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        }
        if (data14.ref !== void 0) {
          if (typeof data14.ref !== "string") {
            const err33 = { instancePath: instancePath + "/context/ref", schemaPath: "#/$defs/context/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data14.runId !== void 0) {
          let data19 = data14.runId;
          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
            const err34 = { instancePath: instancePath + "/context/runId", schemaPath: "#/$defs/context/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data14.runUrl !== void 0) {
          if (typeof data14.runUrl !== "string") {
            const err35 = { instancePath: instancePath + "/context/runUrl", schemaPath: "#/$defs/context/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data14.workflow !== void 0) {
          if (typeof data14.workflow !== "string") {
            const err36 = { instancePath: instancePath + "/context/workflow", schemaPath: "#/$defs/context/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data14.event !== void 0) {
          if (typeof data14.event !== "string") {
            const err37 = { instancePath: instancePath + "/context/event", schemaPath: "#/$defs/context/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/context/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data23 = data.tool;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key2 in data23) {
          if (!(key2 === "name" || key2 === "version")) {
            const err39 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data23.name !== void 0) {
          if ("modelgate" !== data23.name) {
            const err40 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "modelgate" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data23.version !== void 0) {
          if (typeof data23.version !== "string") {
            const err41 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      let data26 = data.createdAt;
      if (typeof data26 === "string") {
        if (!formats0.validate(data26)) {
          const err43 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.errors !== void 0) {
      let data27 = data.errors;
      if (Array.isArray(data27)) {
        const len0 = data27.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data28 = data27[i0];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.message === void 0) {
              const err45 = { instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/problem/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key3 in data28) {
              if (!(key3 === "message" || key3 === "file" || key3 === "line" || key3 === "key")) {
                const err46 = { instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/problem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data28.message !== void 0) {
              if (typeof data28.message !== "string") {
                const err47 = { instancePath: instancePath + "/errors/" + i0 + "/message", schemaPath: "#/$defs/problem/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data28.file !== void 0) {
              if (typeof data28.file !== "string") {
                const err48 = { instancePath: instancePath + "/errors/" + i0 + "/file", schemaPath: "#/$defs/problem/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data28.line !== void 0) {
              let data31 = data28.line;
              if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
                const err49 = { instancePath: instancePath + "/errors/" + i0 + "/line", schemaPath: "#/$defs/problem/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 < 1 || isNaN(data31)) {
                  const err50 = { instancePath: instancePath + "/errors/" + i0 + "/line", schemaPath: "#/$defs/problem/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
            if (data28.key !== void 0) {
              if (typeof data28.key !== "string") {
                const err51 = { instancePath: instancePath + "/errors/" + i0 + "/key", schemaPath: "#/$defs/problem/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/problem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.details !== void 0) {
      let data33 = data.details;
      if (!(data33 && typeof data33 == "object" && !Array.isArray(data33))) {
        const err54 = { instancePath: instancePath + "/details", schemaPath: "#/properties/details/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
  } else {
    const err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validateEnvelope = validate31;
const schema52 = { "properties": { "schema": { "const": "modelgate/result@1" }, "kind": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,39}$" }, "id": { "description": "Stable id: one section of the report, one marker.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, "title": { "type": "string", "maxLength": 200 }, "status": { "$ref": "#/$defs/status" }, "summary": { "type": "string", "maxLength": 1e3 }, "context": { "$ref": "#/$defs/context" }, "tool": { "type": "object", "additionalProperties": false, "properties": { "name": { "const": "modelgate" }, "version": { "type": "string" } } }, "createdAt": { "type": "string", "format": "date-time" }, "errors": { "description": "Why the check could not evaluate (status error), each located where possible.", "type": "array", "items": { "$ref": "#/$defs/problem" } }, "details": { "type": "object" } }};
const schema53 = { "enum": ["pass", "warn", "fail", "error"] };
const pattern15 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.context === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "context" }, message: "must have required property 'context'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.details === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "details" }, message: "must have required property 'details'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema52.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      if ("modelgate/result@1" !== data.schema) {
        const err9 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/const", keyword: "const", params: { allowedValue: "modelgate/result@1" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 === "string") {
        if (!pattern15.test(data1)) {
          const err10 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,39}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,39}$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data2 = data.id;
      if (typeof data2 === "string") {
        if (!pattern12.test(data2)) {
          const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"' };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 200) {
          const err14 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 === "pass" || data4 === "warn" || data4 === "fail" || data4 === "error")) {
        const err16 = { instancePath: instancePath + "/status", schemaPath: "#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema53.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data5 = data.summary;
      if (typeof data5 === "string") {
        if (func2(data5) > 1e3) {
          const err17 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.context !== void 0) {
      let data6 = data.context;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "repo" || key1 === "sha" || key1 === "pr" || key1 === "ref" || key1 === "runId" || key1 === "runUrl" || key1 === "workflow" || key1 === "event")) {
            const err19 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/context/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.repo !== void 0) {
          let data7 = data6.repo;
          if (typeof data7 === "string") {
            if (!pattern13.test(data7)) {
              const err20 = { instancePath: instancePath + "/context/repo", schemaPath: "#/$defs/context/properties/repo/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"' };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/context/repo", schemaPath: "#/$defs/context/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.sha !== void 0) {
          let data8 = data6.sha;
          if (typeof data8 === "string") {
            if (!pattern14.test(data8)) {
              const err22 = { instancePath: instancePath + "/context/sha", schemaPath: "#/$defs/context/properties/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"' };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/context/sha", schemaPath: "#/$defs/context/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.pr !== void 0) {
          let data9 = data6.pr;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err24 = { instancePath: instancePath + "/context/pr", schemaPath: "#/$defs/context/properties/pr/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 1 || isNaN(data9)) {
              const err25 = { instancePath: instancePath + "/context/pr", schemaPath: "#/$defs/context/properties/pr/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data6.ref !== void 0) {
          if (typeof data6.ref !== "string") {
            const err26 = { instancePath: instancePath + "/context/ref", schemaPath: "#/$defs/context/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data6.runId !== void 0) {
          let data11 = data6.runId;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err27 = { instancePath: instancePath + "/context/runId", schemaPath: "#/$defs/context/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data6.runUrl !== void 0) {
          if (typeof data6.runUrl !== "string") {
            const err28 = { instancePath: instancePath + "/context/runUrl", schemaPath: "#/$defs/context/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data6.workflow !== void 0) {
          if (typeof data6.workflow !== "string") {
            const err29 = { instancePath: instancePath + "/context/workflow", schemaPath: "#/$defs/context/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data6.event !== void 0) {
          if (typeof data6.event !== "string") {
            const err30 = { instancePath: instancePath + "/context/event", schemaPath: "#/$defs/context/properties/event/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/context", schemaPath: "#/$defs/context/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data15 = data.tool;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          if (!(key2 === "name" || key2 === "version")) {
            const err32 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data15.name !== void 0) {
          if ("modelgate" !== data15.name) {
            const err33 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "modelgate" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data15.version !== void 0) {
          if (typeof data15.version !== "string") {
            const err34 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      let data18 = data.createdAt;
      if (typeof data18 === "string") {
        if (!formats0.validate(data18)) {
          const err36 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.errors !== void 0) {
      let data19 = data.errors;
      if (Array.isArray(data19)) {
        const len0 = data19.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data20 = data19[i0];
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.message === void 0) {
              const err38 = { instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/problem/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key3 in data20) {
              if (!(key3 === "message" || key3 === "file" || key3 === "line" || key3 === "key")) {
                const err39 = { instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/problem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data20.message !== void 0) {
              if (typeof data20.message !== "string") {
                const err40 = { instancePath: instancePath + "/errors/" + i0 + "/message", schemaPath: "#/$defs/problem/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data20.file !== void 0) {
              if (typeof data20.file !== "string") {
                const err41 = { instancePath: instancePath + "/errors/" + i0 + "/file", schemaPath: "#/$defs/problem/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data20.line !== void 0) {
              let data23 = data20.line;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                const err42 = { instancePath: instancePath + "/errors/" + i0 + "/line", schemaPath: "#/$defs/problem/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 < 1 || isNaN(data23)) {
                  const err43 = { instancePath: instancePath + "/errors/" + i0 + "/line", schemaPath: "#/$defs/problem/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
            if (data20.key !== void 0) {
              if (typeof data20.key !== "string") {
                const err44 = { instancePath: instancePath + "/errors/" + i0 + "/key", schemaPath: "#/$defs/problem/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/errors/" + i0, schemaPath: "#/$defs/problem/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.details !== void 0) {
      let data25 = data.details;
      if (!(data25 && typeof data25 == "object" && !Array.isArray(data25))) {
        const err47 = { instancePath: instancePath + "/details", schemaPath: "#/properties/details/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

const RESULT_SCHEMA_ID = "modelgate/result@1";
function describe(errors) {
  return (errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`).join("; ");
}
const PRECOMPILED_KINDS = /* @__PURE__ */ new Set(["validate", "compare", "validate-partial"]);
const registeredKinds = /* @__PURE__ */ new Map();
function acceptResultKind(kind, checkDetails) {
  if (PRECOMPILED_KINDS.has(kind)) return;
  if (!checkDetails)
    throw new Error(`check kind '${kind}' has no precompiled result schema and no checkDetails`);
  registeredKinds.set(kind, checkDetails);
}
function registeredKindOf(value) {
  const kind = value?.kind;
  return typeof kind === "string" ? registeredKinds.get(kind) : void 0;
}
function assertResult(value, source = "result") {
  const checkDetails = registeredKindOf(value);
  if (checkDetails) {
    if (!validateEnvelope(value))
      throw new Error(
        `${source}: not a valid modelgate result: ${describe(validateEnvelope.errors)}`
      );
    const problems = checkDetails(value.details);
    if (problems.length > 0)
      throw new Error(
        `${source}: not a valid modelgate result: ${problems.slice(0, 5).join("; ")}`
      );
    return;
  }
  if (!validateResult(value)) {
    throw new Error(`${source}: not a valid modelgate result: ${describe(validateResult.errors)}`);
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
function writeResultFile(path, result, root = existingAncestor(path)) {
  assertResult(result, path);
  writeWorkspaceFile(root, resolve(path), JSON.stringify(result, null, 2) + "\n", "result file");
}
readLimit("result").bytes;
function limitText(bytes) {
  const mib = 1024 * 1024;
  return bytes % mib === 0 ? `${bytes / mib} MiB` : `${bytes.toLocaleString("en-US")} bytes`;
}
function readResultFile(path, maxBytes = readLimit("result").bytes, root = dirname(resolve(path))) {
  let text;
  let fd;
  try {
    fd = openGatedSync(gateFile(root, resolve(path), "result file"), "result file", path);
    const stat = fstatSync(fd);
    if (stat.size > maxBytes) {
      throw new Error(
        `${path}: result file is ${stat.size.toLocaleString("en-US")} bytes, larger than the ${limitText(maxBytes)} limit; not read (raise it with MODELGATE_MAX_RESULT_BYTES=<bytes>)`
      );
    }
    const buf = Buffer.allocUnsafe(stat.size + 1);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    if (got > stat.size) {
      throw new Error(`${path}: result file grew while being read; not read`);
    }
    text = buf.toString("utf8", 0, got);
  } catch (err) {
    const message = err.message;
    throw new Error(
      message.startsWith(`${path}: `) ? message : `${path}: cannot read result file: ${refusalReason(err)}`
    );
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
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
  acceptResultKind,
  assertResult,
  newResult,
  readResultFile,
  worstStatus,
  writeResultFile
}, Symbol.toStringTag, { value: 'Module' }));

export { RESULT_SCHEMA_ID as R, STEP_FAIL_ON as S, TERMINAL_MARK as T, acceptResultKind as a, worseFirst as b, STATUS_RANK as c, worstStatus as d, result as e, failsStep as f, isAnyStatus as i, newResult as n, readResultFile as r, writeResultFile as w };
