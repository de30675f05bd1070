import { r as runChecks } from './chunk-checks.js';
export { D as DEFAULT_RESULTS_DIR, a as resultFileName } from './chunk-checks.js';
import { d as decideGate, g as gateItems } from './chunk-decide.js';
import { r as renderReport } from './chunk-render.js';
import { s as settingsFromConfig, a as applyErrorIs } from './chunk-settings.js';
export { R as RateMeter, a as formatDuration, f as formatRate } from './chunk-progress.js';
import 'node:path';
import 'node:fs';
import './chunk-schema.js';
import './chunk-2020.js';
import './chunk-index3.js';
import './chunk-ucs2length.js';
import './chunk-index4.js';
import './chunk-index5.js';
import './chunk-_commonjsHelpers.js';
import './chunk-formats.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-index2.js';
import 'process';
import 'buffer';
import './chunk-compare.js';
import './chunk-result.js';
import './chunk-version.js';
import './chunk-baseline.js';
import './chunk-metrics-file.js';
import './chunk-simple-statistics.js';
import './chunk-adjust.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-entry.js';
import './chunk-run.js';
import 'node:os';
import './chunk-index.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-executor.js';
import 'node:url';
import 'node:worker_threads';
import './chunk-cells.js';
import 'node:v8';
import './chunk-records.js';
import 'node:buffer';
import './chunk-value.js';
import 'node:fs/promises';
import './chunk-threshold.js';
import './chunk-profile.js';
import './chunk-escape.js';

function entriesOf(checks) {
  return checks.map((c) => ({ ok: true, path: c.path, result: c.result }));
}
function reportTitle(reportId) {
  return reportId === "modelgate" ? "modelgate" : `modelgate (${reportId})`;
}
async function runPipeline(loaded, options = {}) {
  const settings = settingsFromConfig(loaded.config, options.settings);
  const checks = await runChecks(loaded, options);
  const entries = entriesOf(checks);
  const decision = decideGate({
    items: applyErrorIs(gateItems(entries), settings.errorIs),
    failOn: settings.failOn
  });
  const { markdown } = renderReport(
    { entries, decision },
    {
      title: reportTitle(settings.reportId),
      ...options.footer ? { footer: options.footer } : {}
    }
  );
  return { checks, entries, settings, decision, markdown };
}

export { applyErrorIs, entriesOf, reportTitle, runChecks, runPipeline, settingsFromConfig };
