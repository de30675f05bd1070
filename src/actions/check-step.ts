// The end of a composable check step (the validate and compare actions), the same for every kind:
// the result file written, its annotations, the outputs every check step has plus the kind's own,
// the job summary, one log line, and the step failed by its `fail-on`.
import * as core from '@actions/core';
import { relative } from 'node:path';
import { failsStep, type StepFailOn } from '../core/conventions/status.js';
import { writeResultFile, type Result } from '../core/result.js';
import { annotateResult, finishAnnotations } from './annotate.js';
import { info } from './log.js';

export interface CheckStep {
  workspace: string;
  /** Absolute, already checked to stay inside the workspace. */
  resultPath: string;
  /** Line annotations the result's rows may have. */
  maxAnnotations: number;
  failOn: StepFailOn;
  /** Sets the kind's own outputs, between `status` and `result-path`. */
  outputs: () => void;
  /** The job summary's Markdown; undefined: none (outside a runner there is no summary file). */
  summary: string | undefined;
}

export async function finishCheckStep(result: Result, step: CheckStep): Promise<void> {
  const { workspace, resultPath } = step;
  writeResultFile(resultPath, result, workspace);
  annotateResult(result, {
    max: step.maxAnnotations,
    resultPath: relative(workspace, resultPath),
    workspace,
  });
  finishAnnotations();

  const passed = result.status === 'pass' || result.status === 'warn';
  core.setOutput('passed', String(passed));
  core.setOutput('status', result.status);
  step.outputs();
  core.setOutput('result-path', resultPath);
  if (step.summary !== undefined) await core.summary.addRaw(step.summary).write();
  info(`${result.id}: ${result.status}: ${result.summary}`);

  if (failsStep(result.status, step.failOn))
    core.setFailed(`${result.kind} ${result.id}: ${result.status}: ${result.summary}`);
}
