import { r as runChecks } from './chunk-checks.js';
export { D as DEFAULT_RESULTS_DIR, a as resultFileName } from './chunk-checks.js';
import { s as settingsFromConfig, p as planPublish, l as localSettings } from './chunk-plan.js';
export { a as applyErrorIs, r as reportTitle } from './chunk-plan.js';
export { R as RateMeter, f as formatDuration, a as formatRate } from './chunk-progress.js';
import 'node:path';
import './chunk-workspace.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-schema.js';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-ucs2length.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-_commonjsHelpers.js';
import './chunk-formats.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-nesting.js';
import 'process';
import 'buffer';
import './chunk-compare.js';
import './chunk-result.js';
import './chunk-adjust.js';
import './chunk-metrics-file.js';
import './chunk-rules.js';
import './chunk-simple-statistics.js';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import './chunk-registry.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-zip.js';
import 'module';
import './chunk-entry.js';
import './chunk-run.js';
import './chunk-glob.js';
import 'fs';
import 'path';
import 'url';
import './chunk-executor.js';
import './chunk-cells.js';
import 'node:v8';
import './chunk-records.js';
import './chunk-value.js';
import 'node:crypto';
import 'node:stream';
import 'node:zlib';
import './chunk-column.js';
import './chunk-threshold.js';
import './chunk-profile.js';
import './chunk-partial.js';
import './chunk-escape.js';
import './chunk-render.js';
import './chunk-annotations.js';
import './chunk-present.js';

function entriesOf(checks) {
  return checks.map((c) => ({ ok: true, path: c.path, result: c.result }));
}
async function runPipeline(loaded, options = {}) {
  const settings = settingsFromConfig(loaded.config, options.settings);
  const checks = await runChecks(loaded, options);
  const entries = entriesOf(checks);
  const footer = options.footer ?? {};
  const plan = planPublish({
    entries,
    settings: {
      ...localSettings("all", { failOn: settings.failOn, errorIs: settings.errorIs }),
      reportId: settings.reportId
    },
    target: { sha: footer.commit, notes: [] },
    runUrl: footer.runUrl,
    version: footer.version ?? "",
    ...options.rules ? { rules: options.rules } : {}
  });
  const markdown = plan.comment.action === "post" ? plan.comment.body : "";
  return { checks, entries, settings, decision: plan.decision, markdown };
}

export { entriesOf, runChecks, runPipeline, settingsFromConfig };
