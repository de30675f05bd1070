// Annotations for one check's result: the located errors, the worst invalid rows of a validation,
// the failed and warned metric rows of a comparison. Shared by the validate and compare actions and
// the all-in-one action, so each check is annotated the same way whichever step ran it.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareResult } from '../core/compare/compare.js';
import { formatProblem } from '../core/compare/metrics-file.js';
// present.js, not the engine's index: the compare action should not load the validator.
import { pickAnnotations } from '../core/validate/present.js';
import type { ValidateResult } from '../core/validate/run.js';

/** Errors, then up to `max` invalid records (worst groups first), then a notice for the rest. */
export function annotateValidate(
  result: ValidateResult,
  options: { max: number; resultPath: string },
): void {
  const title = `modelgate validate ${result.id}`;
  for (const p of result.errors ?? []) {
    core.error(p.message, {
      title,
      ...(p.file ? { file: p.file } : {}),
      ...(p.line ? { startLine: p.line } : {}),
    });
  }
  const { annotations, more } = pickAnnotations(result, options.max);
  for (const a of annotations)
    core.error(a.message, { title: a.title, file: a.file, startLine: a.line });
  if (more > 0) {
    core.notice(
      `${more.toLocaleString('en-US')} more violation${more === 1 ? ' is' : 's are'} not annotated: see the job summary and ${options.resultPath}`,
      { title },
    );
  }
}

/** Errors (linked to files of this checkout only), then one per failed or warned gated row. */
export function annotateCompare(result: CompareResult, workspace: string): void {
  const title = `modelgate compare ${result.id}`;
  for (const p of result.errors ?? []) {
    // Link the annotation only to files of this checkout (not "m.json at <sha>").
    const local = p.file !== undefined && existsSync(join(workspace, p.file));
    core.error(formatProblem(p), {
      title,
      ...(local ? { file: p.file } : {}),
      ...(local && p.line ? { startLine: p.line } : {}),
    });
  }
  for (const r of result.details.metrics.filter(
    (m) => m.gated && (m.status === 'fail' || m.status === 'warn'),
  )) {
    const name = r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
    (r.status === 'fail' ? core.error : core.warning)(`${name}: ${r.reason ?? r.status}`, {
      title,
    });
  }
}
