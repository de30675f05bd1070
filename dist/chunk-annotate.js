import { n as notice, c as core, i as info } from './chunk-log.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { p as problemText } from './chunk-annotations.js';
import { p as pickAnnotations } from './chunk-present.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import './chunk-_commonjsHelpers.js';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import './chunk-workflow-commands.js';
import './chunk-index.js';
import 'process';
import 'buffer';
import './chunk-metric-file-error.js';
import './chunk-workspace.js';
import 'node:fs/promises';
import './chunk-index2.js';
import './chunk-escape.js';
import './chunk-format.js';
import './chunk-threshold.js';
import './chunk-value.js';

const STEP_ANNOTATION_LIMIT = 10;
const left = { error: STEP_ANNOTATION_LIMIT - 1, warning: STEP_ANNOTATION_LIMIT };
const omitted = { errors: 0, warnings: 0, violations: 0 };
const readMore = /* @__PURE__ */ new Set();
function place(kind, message, props) {
  if (left[kind] > 0) {
    left[kind]--;
    core[kind](message, props);
    return;
  }
  omitted[kind === "error" ? "errors" : "warnings"]++;
  const at = props.file ? `${props.file}${props.startLine ? `:${props.startLine}` : ""}: ` : "";
  info(`${kind} (not annotated): ${props.title ? `${props.title}: ` : ""}${at}${message}`);
}
function annotateError(message, props = {}) {
  place("error", message, props);
}
function finishAnnotations() {
  const parts = [];
  const count = (n, noun) => n > 0 && parts.push(`${n.toLocaleString("en-US")} more ${noun}${n === 1 ? "" : "s"}`);
  count(omitted.errors, "error");
  count(omitted.violations, "violation");
  count(omitted.warnings, "warning");
  if (parts.length === 0) return;
  const total = omitted.errors + omitted.violations + omitted.warnings;
  const files = [...readMore];
  const where = files.length ? ` and ${files.slice(0, 5).join(", ")}${files.length > 5 ? ` (and ${files.length - 5} more result files)` : ""}` : "";
  notice(
    `${parts.join(", ")} ${total === 1 ? "is" : "are"} not annotated: see the job summary${where} (GitHub shows ${STEP_ANNOTATION_LIMIT} error annotations per step)`,
    { title: "modelgate" }
  );
  omitted.errors = omitted.warnings = omitted.violations = 0;
  readMore.clear();
}
function annotateValidate(result, options) {
  const title = `modelgate validate ${result.id}`;
  const before = omitted.errors;
  for (const p of result.errors ?? []) {
    annotateError(problemText(result, p), {
      title,
      ...p.file ? { file: p.file } : {},
      ...p.line ? { startLine: p.line } : {}
    });
  }
  const kind = result.status === "fail" || result.status === "error" ? "error" : "warning";
  const { annotations, more } = pickAnnotations(
    result,
    Math.max(0, Math.min(options.max, left[kind]))
  );
  for (const a of annotations)
    place(kind, a.message, { title: a.title, file: a.file, startLine: a.line });
  omitted.violations += more;
  if (more > 0 || omitted.errors > before) readMore.add(options.resultPath);
}
function annotateCompare(result, workspace, resultPath) {
  const title = `modelgate compare ${result.id}`;
  const before = omitted.errors + omitted.warnings;
  for (const p of result.errors ?? []) {
    const local = p.file !== void 0 && existsSync(join(workspace, p.file));
    annotateError(problemText(result, p), {
      title,
      ...local ? { file: p.file } : {},
      ...local && p.line ? { startLine: p.line } : {}
    });
  }
  for (const r of result.details.metrics.filter(
    (m) => m.gated && (m.status === "fail" || m.status === "warn")
  )) {
    const name = r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
    place(r.status === "fail" ? "error" : "warning", `${name}: ${r.reason ?? r.status}`, {
      title
    });
  }
  if (resultPath && omitted.errors + omitted.warnings > before) readMore.add(resultPath);
}

export { STEP_ANNOTATION_LIMIT, annotateCompare, annotateError, annotateValidate, finishAnnotations };
