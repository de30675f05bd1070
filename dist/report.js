import { s as setFailed, g as getInput, a as setSecret } from './chunk-core.js';
import { l as loadResults } from './chunk-load2.js';
import { O as OVERRIDE_SCOPES } from './chunk-plan.js';
import { r as readRunnerContext, c as getList, g as getString, a as getEnum, d as getBoolean } from './chunk-inputs.js';
import { a as parseCommentMode, D as DEFAULT_RESULTS, p as publishStep } from './chunk-publish.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import './chunk-_commonjsHelpers.js';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:fs';
import 'node:path';
import './chunk-index.js';
import 'url';
import 'module';
import './chunk-result.js';
import './chunk-workspace.js';
import 'node:fs/promises';
import './chunk-ucs2length.js';
import './chunk-formats.js';
import './chunk-version.js';
import './chunk-escape.js';
import './chunk-render.js';
import './chunk-pulls.js';
import 'node:crypto';
import './chunk-annotate.js';
import './chunk-metrics-file.js';
import './chunk-nesting.js';
import 'process';
import 'buffer';
import './chunk-present.js';
import './chunk-threshold.js';
import './chunk-value.js';

async function run() {
  const ctx = readRunnerContext();
  const patterns = getList("results");
  const settings = {
    role: "report",
    reportId: getString("report-id", "modelgate"),
    comment: parseCommentMode(getInput("comment")) ?? "always",
    status: getBoolean("status", true),
    history: getBoolean("history", false),
    statusContext: getString("status-context", "modelgate"),
    failOn: getEnum("fail-on", ["fail", "warn"], "fail"),
    errorIs: "fail",
    overrideLabel: getString("override-label"),
    overrideScope: getEnum("override-scope", OVERRIDE_SCOPES, "commit"),
    token: getString("github-token"),
    commentAuthor: getString("comment-author"),
    summary: true
  };
  if (settings.token) setSecret(settings.token);
  const entries = await loadResults(patterns.length ? patterns : [DEFAULT_RESULTS], {
    cwd: ctx.workspace
  });
  await publishStep(ctx, entries, settings);
}
try {
  await run();
} catch (err) {
  setFailed(err.message);
}
