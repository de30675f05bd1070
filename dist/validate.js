import { S as STEP_FAIL_ON } from './chunk-status.js';
import { r as resultPathInside } from './chunk-select.js';
import { s as setFailed, g as getInput, i as info, a as setOutput } from './chunk-log.js';
import { relative } from 'node:path';
import { r as readRunnerContext, a as resultContext } from './chunk-token.js';
import { r as readToken, g as getString, a as getEnum, d as getInteger } from './chunk-token2.js';
import { s as splitGlobs } from './chunk-globs.js';
import { F as FORMAT_NAMES } from './chunk-registry.js';
import './chunk-paths.js';
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
import './chunk-workspace.js';
import 'node:fs';
import 'node:fs/promises';
import './chunk-limits.js';

const FORMATS = ["auto", ...FORMAT_NAMES];
async function fromConfig(workspace, configInput, id) {
  const { workspacePath } = await import('./chunk-workspace.js').then(n => n.m);
  const { fromConfig: pickEntry } = await import('./chunk-validate2.js');
  const path = workspacePath(workspace, configInput, "config");
  return pickEntry(relative(process.cwd(), path) || path, id, workspace, {
    configName: configInput,
    idName: "input 'id'"
  });
}
async function runShard(options, meta, ctx, resultPath) {
  const { runShardCli } = await import('./chunk-shard-run.js');
  const out = await runShardCli(options, getString("shard"), meta, {
    cwd: ctx.workspace,
    ...getString("result-path") ? { resultPath } : {},
    write: true,
    context: resultContext(ctx)
  });
  setOutput("status", out.result.status);
  setOutput("rows", String(out.result.details.rows));
  setOutput("result-path", out.path ?? "");
  info(out.text.trimEnd());
  if (out.code !== 0) setFailed(out.text.trimEnd());
}
async function run() {
  const token = readToken();
  const ctx = readRunnerContext();
  const configInput = getString("config");
  const picked = configInput ? await fromConfig(ctx.workspace, configInput, getString("id")) : void 0;
  const id = picked?.id ?? getString("id", "data");
  const schemaFile = picked?.options.schemaFile ?? getString("schema");
  const data = picked?.options.data ?? splitGlobs(getInput("data"));
  info(
    `modelgate validate ${id}: ${data.join(", ") || "(no data)"} against ${schemaFile || "(no schema)"}`
  );
  if (!schemaFile) throw new Error("input 'schema' is required (or 'config')");
  const format = getString("format") ? getEnum("format", FORMATS, "auto") : picked?.options.format ?? "auto";
  const failOn = getEnum("fail-on", STEP_FAIL_ON, "fail");
  const maxAnnotations = getString("max-annotations") ? getInteger("max-annotations", 0) : void 0;
  const samples = getInteger("samples", 5, 1);
  const resultPath = resultPathInside(
    ctx.workspace,
    getString("result-path"),
    "validate",
    id,
    "input 'result-path'"
  );
  const { runValidate, markdownSummary } = await import('./chunk-validate.js');
  const { githubProvider } = await import('./chunk-baseline-provider.js');
  const title = getString("title") || picked?.title;
  const options = {
    ...picked?.options,
    schemaFile,
    data,
    format,
    maxInvalidRows: getString("max-invalid-rows", picked?.options.maxInvalidRows ?? "0"),
    ...getString("warn-invalid-rows", picked?.options.warnInvalidRows ?? "") ? { warnInvalidRows: getString("warn-invalid-rows", picked?.options.warnInvalidRows) } : {},
    cwd: ctx.workspace,
    root: ctx.workspace,
    samples: getString("samples") ? samples : picked?.options.samples ?? samples,
    provider: githubProvider(ctx, token),
    onStart: ({ files, bytes, threads }) => info(
      `reading ${files} file${files === 1 ? "" : "s"} (${(bytes / 1e6).toFixed(1)} MB)${threads ? ` on ${threads} worker threads` : ""}`
    )
  };
  const meta = { id, ...title ? { title } : {} };
  if (getString("shard")) {
    await runShard(options, meta, ctx, resultPath);
    return;
  }
  const result = await runValidate(options, resultContext(ctx), meta);
  const { finishCheckStep } = await import('./chunk-check-step.js');
  const { maxAnnotations: entryMaxAnnotations } = await import('./chunk-validate2.js');
  await finishCheckStep(result, {
    workspace: ctx.workspace,
    resultPath,
    maxAnnotations: entryMaxAnnotations(picked, maxAnnotations),
    failOn,
    outputs: () => {
      setOutput("invalid-rows", String(result.details.invalidRows));
      setOutput("rows", String(result.details.rows));
    },
    summary: markdownSummary(result)
  });
}
try {
  await run();
} catch (err) {
  setFailed(err.message);
}
