// The report and gate actions differ only in their settings: both read the result files the
// `results` input names (default every file in modelgate-results/) and hand them to publishStep.
import * as core from '@actions/core';
import { RESULTS_GLOB } from '../core/conventions/paths.js';
import { loadResults } from '../core/report/load.js';
import { readRunnerContext } from './context.js';
import { getList, getString } from './inputs.js';
import { publishStep, type StepSettings } from './publish.js';
import { readToken } from './token.js';

export async function runPublishAction(
  settingsFor: (token: string) => StepSettings,
): Promise<void> {
  try {
    // First, so the token is masked (or refused) before anything can print it.
    const token = readToken();
    const ctx = readRunnerContext();
    const patterns = getList('results');
    const settings = settingsFor(token);
    const entries = await loadResults(patterns.length ? patterns : [RESULTS_GLOB], {
      cwd: ctx.workspace,
      trustedConfig: getString('config'),
    });
    await publishStep(ctx, entries, settings);
  } catch (err) {
    core.setFailed((err as Error).message);
  }
}
