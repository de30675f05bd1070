import { s as setFailed } from './chunk-log.js';
import { R as RESULTS_GLOB } from './chunk-paths.js';
import { l as loadResults } from './chunk-load2.js';
import { r as readRunnerContext } from './chunk-token.js';
import { r as readToken, d as getList, g as getString } from './chunk-token2.js';
import { p as publishStep } from './chunk-publish.js';

async function runPublishAction(settingsFor) {
  try {
    const token = readToken();
    const ctx = readRunnerContext();
    const patterns = getList("results");
    const settings = settingsFor(token);
    const entries = await loadResults(patterns.length ? patterns : [RESULTS_GLOB], {
      cwd: ctx.workspace,
      trustedConfig: getString("config")
    });
    await publishStep(ctx, entries, settings);
  } catch (err) {
    setFailed(err.message);
  }
}

export { runPublishAction as r };
