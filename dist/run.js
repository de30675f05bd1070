import { i as info, s as setFailed, a as setOutput, w as warning } from './chunk-log.js';
import { relative } from 'node:path';
import { loadConfig, ConfigError, formatProblem } from './chunk-load.js';
import { r as readWorkspaceText, w as workspacePath } from './chunk-workspace.js';
import { D as DEFAULT_CONFIG_PATH, a as RESULTS_DIR } from './chunk-paths.js';
import { DEFAULT_MAX_ANNOTATIONS } from './chunk-validate2.js';
import { r as runChecks, e as entriesOf } from './chunk-pipeline.js';
import { s as settingsFromConfig, d as defaultCheckRunName, O as OVERRIDE_SCOPES } from './chunk-plan.js';
import { a as formatRate, R as RateMeter } from './chunk-progress.js';
import { a as annotateResult, f as finishAnnotations, b as annotateError } from './chunk-annotate.js';
import { githubProvider } from './chunk-baseline-provider.js';
import { r as readRunnerContext, a as resultContext } from './chunk-token.js';
import { g as getString, a as getEnum, r as readToken, b as getBoolean, c as getCommentMode } from './chunk-token2.js';
import { c as clientFor, p as publishStep, a as publishConfigError } from './chunk-publish.js';
import { readBaseConfig, rulesFor } from './chunk-base-config.js';
import { w as withRunPullRequest } from './chunk-report-gate.js';
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
import 'node:fs';
import './chunk-nesting.js';
import 'url';
import 'module';
import 'process';
import 'buffer';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-ucs2length2.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-formats2.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-suggest.js';
import './chunk-ucs2length.js';
import 'node:fs/promises';
import './chunk-limits.js';
import './chunk-text-rows.js';
import './chunk-rules-from.js';
import './chunk-threshold.js';
import './chunk-format.js';
import './chunk-result.js';
import './chunk-formats.js';
import './chunk-version.js';
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
import './chunk-registry.js';
import './chunk-compare.js';
import './chunk-render.js';
import './chunk-annotations.js';
import './chunk-git.js';
import 'node:child_process';
import 'node:stream/promises';

function readTrusted(ctx, input) {
  const text = readWorkspaceText(ctx.workspace, input, "base-config", "config");
  return { text, source: input };
}
async function effectiveRules(ctx, head, configInput, provider) {
  const input = getString("rules-from") ? getEnum("rules-from", ["base", "head", "stricter"], "stricter") : void 0;
  const trusted = getString("base-config");
  const base = trusted ? readTrusted(ctx, trusted) : await readBaseConfig(provider, configInput.replace(/^\.\//, ""));
  const outcome = rulesFor(head, base, input);
  const { rules } = outcome;
  if (rules.note) info(`rules: ${rules.note}`);
  for (const c of rules.changes)
    info(
      `rules: ${c.check} ${c.key}: base ${c.base ?? "(not set)"}, this PR ${c.head ?? "(not set)"}; ${c.applied} applies`
    );
  return outcome;
}

const PROGRESS_EVERY_MS = 1e4;
function overrides() {
  const opt = (name, read) => getString(name) ? read() : void 0;
  return {
    reportId: opt("report-id", () => getString("report-id")),
    comment: getCommentMode(),
    status: opt("status", () => getBoolean("status", true)),
    history: opt("history", () => getBoolean("history", false)),
    statusContext: opt("status-context", () => getString("status-context")),
    failOn: opt("fail-on", () => getEnum("fail-on", ["fail", "warn"], "fail")),
    overrideLabel: opt("override-label", () => getString("override-label")),
    overrideScope: opt(
      "override-scope",
      () => getEnum("override-scope", OVERRIDE_SCOPES, "commit")
    ),
    commentAuthor: opt("comment-author", () => getString("comment-author")),
    checkRun: getBoolean("check-run", false),
    checkRunName: getString("check-run-name")
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
function configCheckRun(file, problems) {
  if (!getBoolean("check-run", false)) return void 0;
  return {
    name: getString("check-run-name") || defaultCheckRunName(getString("report-id", "modelgate")),
    problems: problems.map((p) => ({
      file,
      ...p.line !== void 0 ? { line: p.line } : {},
      text: formatProblem(p)
    }))
  };
}
async function loadOrFail(ctx, token, where) {
  const { root, configInput, configPath } = where;
  try {
    return loadConfig(relative(process.cwd(), configPath) || configPath, {
      root,
      checkFiles: true,
      requireChecks: true
    });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const file = relative(root, configPath);
    for (const p of err.problems) {
      annotateError(formatProblem(p), {
        title: "modelgate config",
        file,
        ...p.line !== void 0 ? { startLine: p.line } : {},
        ...p.column !== void 0 ? { startColumn: p.column } : {}
      });
    }
    finishAnnotations();
    await publishConfigError(
      ctx,
      `${configInput}: ${err.problems.length} problem${err.problems.length === 1 ? "" : "s"} in the config; nothing was run`,
      {
        token,
        statusContext: getString("status-context", "modelgate"),
        checkRun: configCheckRun(file, err.problems)
      }
    );
    return void 0;
  }
}
async function run() {
  const token = readToken();
  const runner = readRunnerContext();
  const ctx = await withRunPullRequest(runner, clientFor(runner, token));
  const root = workspacePath(
    ctx.workspace,
    getString("working-directory", "."),
    "working-directory"
  );
  const configInput = getString("config", DEFAULT_CONFIG_PATH);
  const configPath = workspacePath(root, configInput, "config");
  const resultsDir = getString("results-dir", RESULTS_DIR);
  const loaded = await loadOrFail(ctx, token, { root, configInput, configPath });
  if (!loaded) return;
  const provider = githubProvider(ctx, token);
  const { loaded: effective, rules } = await effectiveRules(ctx, loaded, configInput, provider);
  const settings = settingsFromConfig(effective.config, overrides());
  const checks = await runChecks(effective, {
    resultsDir,
    context: resultContext(ctx),
    provider,
    onEvent: logger()
  });
  for (const c of checks) {
    const max = c.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
    annotateResult(c.result, { max, resultPath: c.path, workspace: root });
  }
  finishAnnotations();
  setOutput("result-paths", checks.map((c) => c.path).join("\n"));
  if (checks.length === 0) warning(`${configInput} names no validate or compare checks`);
  const entries = entriesOf(checks);
  await publishStep(ctx, entries, { ...settings, role: "all", token, rules });
}
try {
  await run();
} catch (err) {
  setFailed(err.message);
}
