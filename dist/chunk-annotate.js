import { n as notice, c as core, i as info } from './chunk-log.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { f as findCheckKind } from './chunk-registry.js';
import { p as problemText } from './chunk-annotations.js';

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
function annotateResult(result, options) {
  const section = findCheckKind(result.kind)?.report;
  const title = `modelgate ${result.kind} ${result.id}`;
  const before = omitted.errors + omitted.warnings + omitted.violations;
  for (const p of result.errors ?? []) {
    const linked = p.file !== void 0 && (!section?.localErrorFiles || existsSync(join(options.workspace, p.file)));
    annotateError(problemText(result, p), {
      title,
      ...linked ? { file: p.file } : {},
      ...linked && p.line ? { startLine: p.line } : {}
    });
  }
  const level = result.status === "fail" || result.status === "error" ? "error" : "warning";
  const rows = section?.annotations?.(result, Math.max(0, Math.min(options.max, left[level])));
  for (const a of rows?.annotations ?? []) {
    place(a.level, a.message, {
      title: a.title,
      ...a.file !== void 0 ? { file: a.file } : {},
      ...a.line !== void 0 ? { startLine: a.line } : {}
    });
  }
  omitted.violations += rows?.more ?? 0;
  const after = omitted.errors + omitted.warnings + omitted.violations;
  if (options.resultPath && after > before) readMore.add(options.resultPath);
}

export { annotateResult as a, annotateError as b, finishAnnotations as f };
