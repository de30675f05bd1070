import { r as runPublishAction } from './chunk-publish-action.js';
import { O as OVERRIDE_SCOPES } from './chunk-plan.js';
import { g as getString, b as getBoolean, a as getEnum, c as getCommentMode } from './chunk-token2.js';
import './chunk-log.js';
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
import './chunk-workflow-commands.js';
import './chunk-paths.js';
import './chunk-load2.js';
import 'node:path';
import './chunk-registry.js';
import './chunk-result.js';
import 'node:fs';
import './chunk-workspace.js';
import 'node:fs/promises';
import './chunk-limits.js';
import './chunk-ucs2length.js';
import './chunk-ucs2length2.js';
import './chunk-formats.js';
import './chunk-formats2.js';
import './chunk-version.js';
import './chunk-validate2.js';
import './chunk-load.js';
import './chunk-nesting.js';
import 'url';
import 'module';
import 'process';
import 'buffer';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-suggest.js';
import './chunk-text-rows.js';
import './chunk-rules-from.js';
import './chunk-threshold.js';
import './chunk-format.js';
import './chunk-simple-statistics.js';
import './chunk-adjust.js';
import './chunk-worker-pool.js';
import 'node:os';
import './chunk-records.js';
import './chunk-executor.js';
import 'node:v8';
import './chunk-cells.js';
import 'node:crypto';
import './chunk-column.js';
import './chunk-types.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-zip.js';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import './chunk-escape.js';
import './chunk-present.js';
import './chunk-run.js';
import './chunk-profile.js';
import './chunk-select.js';
import './chunk-compare.js';
import './chunk-token.js';
import './chunk-publish.js';
import './chunk-report-gate.js';
import './chunk-annotate.js';
import './chunk-annotations.js';
import './chunk-render.js';

await runPublishAction((token) => ({
  role: "report",
  reportId: getString("report-id", "modelgate"),
  comment: getCommentMode() ?? "always",
  status: getBoolean("status", true),
  history: getBoolean("history", false),
  statusContext: getString("status-context", "modelgate"),
  failOn: getEnum("fail-on", ["fail", "warn"], "fail"),
  errorIs: "fail",
  overrideLabel: getString("override-label"),
  overrideScope: getEnum("override-scope", OVERRIDE_SCOPES, "commit"),
  token,
  commentAuthor: getString("comment-author"),
  summary: true,
  checkRun: getBoolean("check-run", false),
  checkRunName: getString("check-run-name")
}));
