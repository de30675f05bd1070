import { f as findCheckKind } from './chunk-registry.js';
import { p as plain } from './chunk-escape.js';

function problemText(result, p) {
  return findCheckKind(result.kind)?.report.problemText?.(p) ?? p.message;
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
  const rows = findCheckKind(result.kind)?.report.annotations;
  if (!rows) return { annotations: [], more: 0 };
  const level = levelOf(result);
  const picked = rows(result, max);
  const located = picked.annotations.filter((a) => a.file !== void 0);
  const annotations = located.flatMap(
    (a) => lineAnnotation(a.file, a.line, level, a.title, a.message) ?? []
  );
  return { annotations, more: picked.more + located.length - annotations.length };
}

export { errorAnnotations as e, lineAnnotation as l, problemText as p, violationAnnotations as v };
