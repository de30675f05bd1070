// The compare action: candidate metrics against a baseline → result file, outputs, job summary.
// No comment here: posting is the report action's job. The baseline provider
// (./baseline-provider.ts, shared with the all-in-one action) is built from src/github with the
// client; the engine (src/core/compare) never sees GitHub.
import { failsStep, STEP_FAIL_ON } from '../core/conventions/status.js';
import { resultPathInside } from '../core/checks/select.js';
import * as core from '@actions/core';
import { info } from './log.js';
import { relative } from 'node:path';
import { readRunnerContext, resultContext } from './context.js';
import { getEnum, getString } from './inputs.js';
import { readToken } from './token.js';
import { writeResultFile } from '../core/result.js';
import { runCompare, regressions } from '../core/compare/compare.js';
import { compareEntryFrom } from '../core/compare/entry.js';
import { compareSummaryMarkdown } from '../core/compare/markdown.js';
import { workspacePath } from '../core/files/workspace.js';
import { githubProvider } from './baseline-provider.js';
import { annotateCompare, finishAnnotations } from './annotate.js';
import type { Policy } from '../core/compare/types.js';

const POLICIES = ['fail', 'warn', 'pass'] as const;

async function run(): Promise<void> {
  // First, so the token is masked (or refused) before anything can print it.
  const token = readToken();
  const ctx = readRunnerContext();
  const missingBaseline = getString('missing-baseline')
    ? getEnum<Policy>('missing-baseline', POLICIES, 'fail')
    : undefined;
  const baselineSource = getString('baseline-source')
    ? getEnum('baseline-source', ['file', 'base-branch', 'artifact'] as const, 'file')
    : undefined;
  const failOn = getEnum('fail-on', STEP_FAIL_ON, 'error');
  const configInput = getString('config');
  const entry = compareEntryFrom(
    {
      ...(configInput ? { config: workspacePath(ctx.workspace, configInput, 'config') } : {}),
      id: getString('id'),
      title: getString('title'),
      candidate: getString('candidate'),
      baseline: getString('baseline'),
      ...(baselineSource ? { baselineSource } : {}),
      baselineWorkflow: getString('baseline-workflow'),
      baselineArtifact: getString('baseline-artifact'),
      rules: getString('rules'),
      ...(missingBaseline ? { missingBaseline } : {}),
    },
    ctx.workspace,
  );
  // Refused before the comparison runs when it leaves the workspace, as validate does.
  const resultPath = resultPathInside(
    ctx.workspace,
    getString('result-path'),
    'compare',
    entry.id,
    "input 'result-path'",
  );

  const result = await runCompare(entry, {
    workspace: ctx.workspace,
    context: resultContext(ctx),
    provider: githubProvider(ctx, token),
  });
  writeResultFile(resultPath, result, ctx.workspace);

  annotateCompare(result, ctx.workspace, relative(ctx.workspace, resultPath));
  finishAnnotations();

  const passed = result.status === 'pass' || result.status === 'warn';
  core.setOutput('passed', String(passed));
  core.setOutput('status', result.status);
  core.setOutput('regressions', String(regressions(result)));
  core.setOutput('result-path', resultPath);
  // Outside a runner (a local dry run) there is no summary file to append to.
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(compareSummaryMarkdown(result)).write();
  info(`${result.id}: ${result.status}: ${result.summary}`);

  if (failsStep(result.status, failOn)) {
    core.setFailed(`compare ${entry.id}: ${result.status}: ${result.summary}`);
  }
}

try {
  await run();
} catch (err) {
  core.setFailed((err as Error).message);
}
