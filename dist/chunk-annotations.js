import 'node:fs';
import 'node:path';
import './chunk-index.js';
import { f as formatProblem } from './chunk-metric-file-error.js';
import './chunk-workspace.js';
import './chunk-index2.js';
import { p as pickAnnotations } from './chunk-present.js';
import { p as plain } from './chunk-escape.js';

function problemText(result, p) {
  return result.kind === "compare" ? formatProblem(p) : p.message;
}
const TITLE_MAX = 255;
const MESSAGE_MAX = 1e3;
function repoPath(file) {
  const path = file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (!path || path.startsWith("/") || /^[A-Za-z]:/.test(path)) return void 0;
  if (path.split("/").some((s) => s === ".." || s === "")) return void 0;
  if (/[\u0000-\u001f\u007f]/.test(path) || / at \S+$/.test(path)) return void 0;
  return path;
}
function lineAnnotation(file, line, level, title, message) {
  const path = file === void 0 ? void 0 : repoPath(file);
  if (!path || line === void 0 || !Number.isSafeInteger(line) || line < 1) return void 0;
  return {
    path,
    startLine: line,
    endLine: line,
    level,
    title: plain(title, { max: TITLE_MAX }),
    message: plain(message, { max: MESSAGE_MAX })
  };
}
const titleOf = (r) => `modelgate ${r.kind} ${r.id}`;
function levelOf(result) {
  return result.status === "fail" || result.status === "error" ? "failure" : "warning";
}
function errorAnnotations(result) {
  return (result.errors ?? []).flatMap(
    (p) => lineAnnotation(p.file, p.line, levelOf(result), titleOf(result), problemText(result, p)) ?? []
  );
}
function violationAnnotations(result, max) {
  if (result.kind !== "validate") return { annotations: [], more: 0 };
  const validate = result;
  const level = levelOf(result);
  const picked = pickAnnotations(validate, max);
  const annotations = picked.annotations.flatMap(
    (a) => lineAnnotation(a.file, a.line, level, a.title, a.message) ?? []
  );
  return {
    annotations,
    more: picked.more + picked.annotations.length - annotations.length
  };
}

export { errorAnnotations as e, lineAnnotation as l, problemText as p, violationAnnotations as v };
