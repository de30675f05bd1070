// The gate action: reads the result files and fails the job when they block the merge, unless a
// user with write access applied the override label (on the head commit, with override-scope
// commit). The step itself is publishStep (./publish.ts), shared with the report and all-in-one
// actions.
import * as core from '@actions/core';
import { loadResults } from '../core/report/load.js';
import { OVERRIDE_SCOPES } from '../core/publish/plan.js';
import { readRunnerContext } from './context.js';
import { getEnum, getList, getString } from './inputs.js';
import { readToken } from './token.js';
import { publishStep } from './publish.js';
import { RESULTS_GLOB } from '../core/conventions/paths.js';

async function run(): Promise<void> {
  // First, so the token is masked (or refused) before anything can print it.
  const token = readToken();
  const ctx = readRunnerContext();
  const patterns = getList('results');
  const settings = {
    role: 'gate' as const,
    reportId: 'modelgate',
    comment: 'never' as const,
    status: false,
    history: false,
    statusContext: 'modelgate',
    failOn: getEnum('fail-on', ['fail', 'warn'] as const, 'fail'),
    errorIs: 'fail' as const,
    overrideLabel: getString('override-label'),
    overrideScope: getEnum('override-scope', OVERRIDE_SCOPES, 'commit'),
    token,
    summary: true,
  };
  const entries = await loadResults(patterns.length ? patterns : [RESULTS_GLOB], {
    cwd: ctx.workspace,
  });
  await publishStep(ctx, entries, settings);
}

try {
  await run();
} catch (err) {
  core.setFailed((err as Error).message);
}
