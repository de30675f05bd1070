import { S as STEP_FAIL_ON } from './chunk-result.js';
import { r as resultPathInside } from './chunk-select.js';
import { s as setFailed, g as getInput, i as info, a as setOutput } from './chunk-log.js';
import { relative } from 'node:path';
import { r as readRunnerContext, a as resultContext } from './chunk-token.js';
import { g as getString, r as readToken, a as getEnum, e as getInteger } from './chunk-token2.js';
import { s as splitGlobs } from './chunk-globs.js';
import { r as runPool, F as FORMAT_NAMES } from './chunk-worker-pool.js';
import 'node:fs';
import './chunk-workspace.js';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-limits.js';
import './chunk-ucs2length.js';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length2.js';
import './chunk-formats.js';
import './chunk-formats2.js';
import './chunk-version.js';
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
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
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
import './chunk-plan.js';
import './chunk-escape.js';
import './chunk-format.js';
import './chunk-text-rows.js';
import './chunk-rules-from.js';
import './chunk-threshold.js';
import './chunk-simple-statistics.js';
import './chunk-adjust.js';
import './chunk-nesting.js';
import 'url';
import 'module';
import 'process';
import 'buffer';
import './chunk-records.js';
import './chunk-executor.js';
import 'node:v8';
import './chunk-cells.js';
import 'node:crypto';
import './chunk-column.js';
import 'node:os';
import './chunk-types.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-zip.js';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import './chunk-render.js';
import './chunk-registry.js';
import './chunk-validate2.js';
import './chunk-load.js';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-suggest.js';
import './chunk-present.js';
import './chunk-run.js';
import './chunk-profile.js';
import './chunk-compare.js';
import './chunk-annotations.js';

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
async function run(workers2) {
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
    workers: workers2,
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
const workers = runPool(getString("shard") !== "");
try {
  await run(workers);
} catch (err) {
  setFailed(err.message);
} finally {
  await workers.close();
}
