// The report action: one sticky PR comment per report id, the full report in the job summary,
// and a commit status on the PR head. Missing permissions degrade to a warning, never a crash.
// The step itself is publishStep (./publish.ts), shared with the gate and all-in-one actions.
import * as core from '@actions/core';
import { loadResults } from '../core/report/load.js';
import { OVERRIDE_SCOPES } from '../core/publish/plan.js';
import { readRunnerContext } from './context.js';
import { getBoolean, getEnum, getList, getString } from './inputs.js';
import { readToken } from './token.js';
import { publishStep } from './publish.js';
import { parseCommentMode } from './report-gate.js';
import { RESULTS_GLOB } from '../core/conventions/paths.js';

async function run(): Promise<void> {
  // First, so the token is masked (or refused) before anything can print it.
  const token = readToken();
  const ctx = readRunnerContext();
  const patterns = getList('results');
  const settings = {
    role: 'report' as const,
    reportId: getString('report-id', 'modelgate'),
    comment: parseCommentMode(core.getInput('comment')) ?? 'always',
    status: getBoolean('status', true),
    history: getBoolean('history', false),
    statusContext: getString('status-context', 'modelgate'),
    failOn: getEnum('fail-on', ['fail', 'warn'] as const, 'fail'),
    errorIs: 'fail' as const,
    overrideLabel: getString('override-label'),
    overrideScope: getEnum('override-scope', OVERRIDE_SCOPES, 'commit'),
    token,
    commentAuthor: getString('comment-author'),
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
