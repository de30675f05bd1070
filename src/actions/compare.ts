// The compare action: candidate metrics against a baseline → result file, outputs, job summary.
// No comment here: posting is the report action's job. The baseline provider
// (./baseline-provider.ts, shared with the all-in-one action) is built from src/github with the
// client; the engine (src/core/compare) never sees GitHub.
import { STEP_FAIL_ON } from '../core/conventions/status.js';
import { resultPathInside } from '../core/checks/select.js';
import * as core from '@actions/core';
import { readRunnerContext, resultContext } from './context.js';
import { getEnum, getString } from './inputs.js';
import { readToken } from './token.js';
import { runCompare, regressions } from '../core/compare/compare.js';
import { compareEntryFrom } from '../core/compare/entry.js';
import { compareSummaryMarkdown } from '../core/compare/markdown.js';
import { workspacePath } from '../core/files/workspace.js';
import { githubProvider } from './baseline-provider.js';
import { finishCheckStep } from './check-step.js';
import { POLICIES, type Policy } from '../core/compare/types.js';

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
  await finishCheckStep(result, {
    workspace: ctx.workspace,
    resultPath,
    // Every failed or warned gated row is annotated: a comparison's rows are few.
    maxAnnotations: Infinity,
    failOn,
    outputs: () => core.setOutput('regressions', String(regressions(result))),
    // Outside a runner (a local dry run) there is no summary file to append to.
    summary: process.env.GITHUB_STEP_SUMMARY ? compareSummaryMarkdown(result) : undefined,
  });
}

try {
  await run();
} catch (err) {
  core.setFailed((err as Error).message);
}
