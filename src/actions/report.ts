// The report action: one sticky PR comment per report id, the full report in the job summary,
// and a commit status on the PR head. Missing permissions degrade to a warning, never a crash.
// The step itself is publishReport (./publish.ts), shared with the all-in-one action.
import * as core from '@actions/core';
import { loadResults } from '../core/report/load.js';
import { readRunnerContext } from './context.js';
import { getBoolean, getEnum, getList, getString } from './inputs.js';
import { readToken } from './token.js';
import { publishReport } from './publish.js';
import { DEFAULT_RESULTS } from './report-gate.js';

async function run(): Promise<void> {
  // First, so the token is masked (or refused) before anything can print it.
  const token = readToken();
  const ctx = readRunnerContext();
  const patterns = getList('results');
  const settings = {
    reportId: getString('report-id', 'modelgate'),
    comment: getBoolean('comment', true),
    status: getBoolean('status', true),
    history: getBoolean('history', false),
    statusContext: getString('status-context', 'modelgate'),
    failOn: getEnum('fail-on', ['fail', 'warn'] as const, 'fail'),
    overrideLabel: getString('override-label'),
    token,
    commentAuthor: getString('comment-author'),
  };
  const entries = await loadResults(patterns.length ? patterns : [DEFAULT_RESULTS], {
    cwd: ctx.workspace,
  });
  await publishReport(ctx, entries, settings);
}

try {
  await run();
} catch (err) {
  core.setFailed((err as Error).message);
}
