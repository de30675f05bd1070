// The located problems of results: the lines of data, schema and config files a result points
// at. The step annotations (src/actions/annotate.ts) and the check run both read them from here,
// so a problem says the same thing wherever it is shown.
import type { Problem, Result } from '../result.js';
import { findCheckKind } from '../checks/registry.js';
import { plain } from '../report/escape.js';

/** How a result's own error reads: a comparison names the file and key in the text too. */
export function problemText(result: Result, p: Problem): string {
  return findCheckKind(result.kind)?.report.problemText?.(p) ?? p.message;
}

export type AnnotationLevel = 'warning' | 'failure';

/** One line annotation, as a check run takes it. */
export interface LineAnnotation {
  /** Relative to the repository root, forward slashes. */
  path: string;
  startLine: number;
  endLine: number;
  level: AnnotationLevel;
  title: string;
  message: string;
}

/** GitHub's limit on an annotation's title; messages are kept far below their 64 KB. */
const TITLE_MAX = 255;
const MESSAGE_MAX = 1000;

/**
 * A path the Files tab can show: relative, inside the repository, no controls. A baseline's copy
 * is named `<path> at <ref>`: it is no line of the pull request.
 */
export function repoPath(file: string): string | undefined {
  const path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (!path || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return undefined;
  if (path.split('/').some((s) => s === '..' || s === '')) return undefined;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(path) || / at \S+$/.test(path)) return undefined;
  return path;
}

/** An annotation on `file`'s `line`; undefined when either cannot be pointed at. */
export function lineAnnotation(
  file: string | undefined,
  line: number | undefined,
  level: AnnotationLevel,
  title: string,
  message: string,
): LineAnnotation | undefined {
  const path = file === undefined ? undefined : repoPath(file);
  if (!path || line === undefined || !Number.isSafeInteger(line) || line < 1) return undefined;
  return {
    path,
    startLine: line,
    endLine: line,
    level,
    title: plain(title, { max: TITLE_MAX }),
    message: plain(message, { max: MESSAGE_MAX }),
  };
}

const titleOf = (r: Result) => `modelgate ${r.kind} ${r.id}`;

/** Only a failing (or unevaluated) result shows failures; a passing or warning one, warnings. */
export function levelOf(result: Result): AnnotationLevel {
  return result.status === 'fail' || result.status === 'error' ? 'failure' : 'warning';
}

/** The result's own errors that name a file and a line (a config, schema or metric file's). */
export function errorAnnotations(result: Result): LineAnnotation[] {
  return (result.errors ?? []).flatMap(
    (p) =>
      lineAnnotation(p.file, p.line, levelOf(result), titleOf(result), problemText(result, p)) ??
      [],
  );
}

/**
 * Up to `max` rows of a result that point at a line (a validation's invalid records, worst groups
 * first), each on its line; `more` counts the violations left out (Parquet rows have no line and
 * are left out too). Rows that name no file (a comparison's metrics) are no line annotation.
 */
export function violationAnnotations(
  result: Result,
  max: number,
): { annotations: LineAnnotation[]; more: number } {
  const rows = findCheckKind(result.kind)?.report.annotations;
  if (!rows) return { annotations: [], more: 0 };
  const level = levelOf(result);
  const picked = rows(result, max);
  const located = picked.annotations.filter((a) => a.file !== undefined);
  const annotations = located.flatMap(
    (a) => lineAnnotation(a.file, a.line, level, a.title, a.message) ?? [],
  );
  return { annotations, more: picked.more + located.length - annotations.length };
}
