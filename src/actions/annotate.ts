// Annotations for one check's result: the located errors, the worst invalid rows of a validation,
// the failed and warned metric rows of a comparison. Shared by the validate and compare actions and
// the all-in-one action, so each check is annotated the same way whichever step ran it.
//
// GitHub shows at most 10 error (and 10 warning) annotations per step and drops the rest without a
// word, and one step may run several checks (the all-in-one action). So the budget belongs to the
// process, not to a check: whatever does not fit is counted, logged as a plain line, and named by
// one notice (finishAnnotations) that says how many more exist and where to read them. The check
// run (src/core/publish/check-run.ts) takes its annotations from the same picks and texts.
import * as core from '@actions/core';
import { info } from './log.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findCheckKind } from '../core/checks/registry.js';
import { problemText } from '../core/publish/annotations.js';
import type { Result } from '../core/result.js';

/** GitHub's limit per step, for error annotations and for warning annotations alike. */
export const STEP_ANNOTATION_LIMIT = 10;

// One error annotation is left for the step's own failure message (core.setFailed), which comes
// last and matters most.
const left = { error: STEP_ANNOTATION_LIMIT - 1, warning: STEP_ANNOTATION_LIMIT };
const omitted = { errors: 0, warnings: 0, violations: 0 };
const readMore = new Set<string>();

type Props = core.AnnotationProperties;

function place(kind: 'error' | 'warning', message: string, props: Props): void {
  if (left[kind] > 0) {
    left[kind]--;
    core[kind](message, props);
    return;
  }
  omitted[kind === 'error' ? 'errors' : 'warnings']++;
  const at = props.file ? `${props.file}${props.startLine ? `:${props.startLine}` : ''}: ` : '';
  info(`${kind} (not annotated): ${props.title ? `${props.title}: ` : ''}${at}${message}`);
}

/** An error annotation within the step's budget; beyond it, a log line counted for the notice. */
export function annotateError(message: string, props: Props = {}): void {
  place('error', message, props);
}

/** The one notice for everything not annotated so far (nothing when all fitted). */
export function finishAnnotations(): void {
  const parts: string[] = [];
  const count = (n: number, noun: string) =>
    n > 0 && parts.push(`${n.toLocaleString('en-US')} more ${noun}${n === 1 ? '' : 's'}`);
  count(omitted.errors, 'error');
  count(omitted.violations, 'violation');
  count(omitted.warnings, 'warning');
  if (parts.length === 0) return;
  const total = omitted.errors + omitted.violations + omitted.warnings;
  const files = [...readMore];
  const where = files.length
    ? ` and ${files.slice(0, 5).join(', ')}${files.length > 5 ? ` (and ${files.length - 5} more result files)` : ''}`
    : '';
  core.notice(
    `${parts.join(', ')} ${total === 1 ? 'is' : 'are'} not annotated: see the job summary${where} (GitHub shows ${STEP_ANNOTATION_LIMIT} error annotations per step)`,
    { title: 'modelgate' },
  );
  omitted.errors = omitted.warnings = omitted.violations = 0;
  readMore.clear();
}

/**
 * A result's errors, then its rows as its kind picks them (a validation: up to `max` invalid
 * records, worst groups first; a comparison: every failed or warned gated row). Whatever does not
 * fit GitHub's budget is counted for the closing notice, which then names `resultPath`.
 */
export function annotateResult(
  result: Result,
  options: { max: number; resultPath?: string; workspace: string },
): void {
  const section = findCheckKind(result.kind)?.report;
  const title = `modelgate ${result.kind} ${result.id}`;
  const before = omitted.errors + omitted.warnings + omitted.violations;
  for (const p of result.errors ?? []) {
    // Linked only to files of this checkout where the kind says (not "m.json at <sha>").
    const linked =
      p.file !== undefined &&
      (!section?.localErrorFiles || existsSync(join(options.workspace, p.file)));
    annotateError(problemText(result, p), {
      title,
      ...(linked ? { file: p.file } : {}),
      ...(linked && p.line ? { startLine: p.line } : {}),
    });
  }
  const level = result.status === 'fail' || result.status === 'error' ? 'error' : 'warning';
  const rows = section?.annotations?.(result, Math.max(0, Math.min(options.max, left[level])));
  for (const a of rows?.annotations ?? []) {
    place(a.level, a.message, {
      title: a.title,
      ...(a.file !== undefined ? { file: a.file } : {}),
      ...(a.line !== undefined ? { startLine: a.line } : {}),
    });
  }
  omitted.violations += rows?.more ?? 0;
  const after = omitted.errors + omitted.warnings + omitted.violations;
  if (options.resultPath && after > before) readMore.add(options.resultPath);
}
