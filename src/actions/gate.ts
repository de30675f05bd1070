// The gate action: reads the result files and fails the job when they block the merge, unless a
// user with write access applied the override label. The step itself is applyGate
// (./publish.ts), shared with the all-in-one action.
import * as core from '@actions/core';
import { loadResults } from '../core/report/load.js';
import { readRunnerContext } from './context.js';
import { getEnum, getList, getString } from './inputs.js';
import { readToken } from './token.js';
import { applyGate } from './publish.js';
import { DEFAULT_RESULTS } from './report-gate.js';

async function run(): Promise<void> {
  // First, so the token is masked (or refused) before anything can print it.
  const token = readToken();
  const ctx = readRunnerContext();
  const patterns = getList('results');
  const settings = {
    failOn: getEnum('fail-on', ['fail', 'warn'] as const, 'fail'),
    overrideLabel: getString('override-label'),
    token,
  };
  const entries = await loadResults(patterns.length ? patterns : [DEFAULT_RESULTS], {
    cwd: ctx.workspace,
  });
  await applyGate(ctx, entries, settings);
}

try {
  await run();
} catch (err) {
  core.setFailed((err as Error).message);
}
