import { s as setFailed, a as setSecret, b as setOutput, w as warning, g as getInput, i as info } from './chunk-core.js';
import { relative } from 'node:path';
import { loadConfig } from './chunk-load.js';
import { w as workspacePath } from './chunk-workspace.js';
import { a as loadOne } from './chunk-load2.js';
import { D as DEFAULT_RESULTS_DIR, r as runChecks } from './chunk-checks.js';
import { s as settingsFromConfig, O as OVERRIDE_SCOPES } from './chunk-plan.js';
import { f as formatRate, R as RateMeter } from './chunk-progress.js';
import { annotateError, finishAnnotations, annotateValidate, annotateCompare } from './chunk-annotate.js';
import { githubProvider } from './chunk-baseline-provider.js';
import { r as readRunnerContext, g as getString, b as resultContext, a as getEnum, d as getBoolean } from './chunk-inputs.js';
import { b as publishConfigError, p as publishStep, a as parseCommentMode } from './chunk-publish.js';
import { C as ConfigError, f as formatProblem } from './chunk-schema.js';
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
import './chunk-glob.js';
import './chunk-index.js';
import 'url';
import 'module';
import './chunk-nesting.js';
import 'process';
import 'buffer';
import 'node:fs/promises';
import './chunk-result.js';
import './chunk-ucs2length.js';
import './chunk-formats.js';
import './chunk-version.js';
import './chunk-compare.js';
import './chunk-adjust.js';
import './chunk-metrics-file.js';
import './chunk-simple-statistics.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-entry.js';
import './chunk-run.js';
import 'node:os';
import './chunk-executor.js';
import './chunk-cells.js';
import 'node:v8';
import './chunk-records.js';
import './chunk-value.js';
import 'node:crypto';
import './chunk-threshold.js';
import './chunk-profile.js';
import './chunk-escape.js';
import './chunk-render.js';
import './chunk-present.js';
import './chunk-git.js';
import 'node:child_process';
import 'node:stream/promises';
import './chunk-pulls.js';
import './chunk-2020.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-index4.js';
import './chunk-ajv.js';
import './chunk-draft7.js';

const DEFAULT_CONFIG = ".github/modelgate.yml";
const PROGRESS_EVERY_MS = 1e4;
const MAX_ANNOTATIONS = 10;
function overrides() {
  const opt = (name, read) => getString(name) ? read() : void 0;
  return {
    reportId: opt("report-id", () => getString("report-id")),
    comment: parseCommentMode(getInput("comment")),
    status: opt("status", () => getBoolean("status", true)),
    history: opt("history", () => getBoolean("history", false)),
    statusContext: opt("status-context", () => getString("status-context")),
    failOn: opt("fail-on", () => getEnum("fail-on", ["fail", "warn"], "fail")),
    overrideLabel: opt("override-label", () => getString("override-label")),
    overrideScope: opt(
      "override-scope",
      () => getEnum("override-scope", OVERRIDE_SCOPES, "commit")
    ),
    commentAuthor: opt("comment-author", () => getString("comment-author"))
  };
}
function logger() {
  let meter;
  let last = 0;
  return (event) => {
    switch (event.type) {
      case "check":
        info(`[${event.index + 1}/${event.total}] ${event.kind} ${event.id}`);
        break;
      case "validate-start":
        meter = new RateMeter(Date.now());
        last = Date.now();
        info(
          `  reading ${event.files} file${event.files === 1 ? "" : "s"} (${(event.bytes / 1e6).toFixed(1)} MB)${event.threads ? ` on ${event.threads} worker threads` : ""}`
        );
        break;
      case "validate-progress": {
        const now = Date.now();
        const p = event.progress;
        const rate = meter?.update(now, p.rows, p.bytes, p.totalBytes);
        if (rate && now - last >= PROGRESS_EVERY_MS && p.bytes < p.totalBytes) {
          last = now;
          info(`  ${formatRate(event.id, rate)}`);
        }
        break;
      }
      case "result":
        info(`  ${event.result.status}: ${event.result.summary} \u2192 ${event.path}`);
        break;
    }
  };
}
async function run() {
  const ctx = readRunnerContext();
  const configInput = getString("config", DEFAULT_CONFIG);
  const configPath = workspacePath(ctx.workspace, configInput, "config");
  const token = getString("github-token");
  if (token) setSecret(token);
  const resultsDir = getString("results-dir", DEFAULT_RESULTS_DIR);
  let loaded;
  try {
    loaded = loadConfig(relative(process.cwd(), configPath) || configPath, {
      root: ctx.workspace,
      checkFiles: true,
      requireChecks: true
    });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const p of err.problems) {
      annotateError(formatProblem(p), {
        title: "modelgate config",
        file: relative(ctx.workspace, configPath),
        ...p.line !== void 0 ? { startLine: p.line } : {},
        ...p.column !== void 0 ? { startColumn: p.column } : {}
      });
    }
    finishAnnotations();
    await publishConfigError(
      ctx,
      `${configInput}: ${err.problems.length} problem${err.problems.length === 1 ? "" : "s"} in the config; nothing was run`,
      { token, statusContext: getString("status-context", "modelgate") }
    );
    return;
  }
  const settings = settingsFromConfig(loaded.config, overrides());
  const checks = await runChecks(loaded, {
    resultsDir,
    context: resultContext(ctx),
    provider: githubProvider(ctx, token),
    onEvent: logger()
  });
  for (const c of checks) {
    if (c.kind === "validate") {
      const entry = loaded.config.validate.find((v) => v.id === c.id);
      annotateValidate(c.result, {
        max: typeof entry?.max_annotations === "number" ? entry.max_annotations : MAX_ANNOTATIONS,
        resultPath: c.path
      });
    } else {
      annotateCompare(c.result, ctx.workspace, c.path);
    }
  }
  finishAnnotations();
  setOutput("result-paths", checks.map((c) => c.path).join("\n"));
  if (checks.length === 0) warning(`${configInput} names no validate or compare checks`);
  const entries = checks.map((c) => loadOne(c.path, ctx.workspace));
  await publishStep(ctx, entries, { ...settings, role: "all", token });
}
try {
  await run();
} catch (err) {
  setFailed(err.message);
}
