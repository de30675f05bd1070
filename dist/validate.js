import { s as setFailed, g as getInput, i as info, b as setOutput, c as summary } from './chunk-core.js';
import { resolve, relative, isAbsolute } from 'node:path';
import { r as readRunnerContext, g as getString, a as getEnum, e as getInteger, b as resultContext } from './chunk-inputs.js';
import { s as splitGlobs } from './chunk-globs.js';
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

const FORMATS = ["auto", "json", "jsonl", "csv", "tsv"];
const FAIL_ON = ["never", "error", "fail", "warn"];
async function run() {
  const ctx = readRunnerContext();
  const id = getString("id", "data");
  const schemaFile = getString("schema");
  const data = splitGlobs(getInput("data"));
  info(
    `modelgate validate ${id}: ${data.join(", ") || "(no data)"} against ${schemaFile || "(no schema)"}`
  );
  if (!schemaFile) throw new Error("input 'schema' is required");
  const format = getEnum("format", FORMATS, "auto");
  const failOn = getEnum("fail-on", FAIL_ON, "fail");
  const maxAnnotations = getInteger("max-annotations", 10);
  const samples = getInteger("samples", 5, 1);
  const resultPath = resolve(
    ctx.workspace,
    getString("result-path", `modelgate-results/${id}.json`)
  );
  const rel = relative(ctx.workspace, resultPath);
  if (rel.startsWith("..") || isAbsolute(rel))
    throw new Error(`input 'result-path' must stay inside the workspace, got '${rel}'`);
  const { runValidate, markdownSummary } = await import('./chunk-validate.js');
  const { writeResultFile } = await import('./chunk-result.js').then(n => n.b);
  const result = await runValidate(
    {
      schemaFile,
      data,
      format,
      maxInvalidRows: getString("max-invalid-rows", "0"),
      ...getString("warn-invalid-rows") ? { warnInvalidRows: getString("warn-invalid-rows") } : {},
      cwd: ctx.workspace,
      root: ctx.workspace,
      samples,
      onStart: ({ files, bytes, threads }) => info(
        `reading ${files} file${files === 1 ? "" : "s"} (${(bytes / 1e6).toFixed(1)} MB)${threads ? ` on ${threads} worker threads` : ""}`
      )
    },
    resultContext(ctx),
    { id, ...getString("title") ? { title: getString("title") } : {} }
  );
  writeResultFile(resultPath, result);
  const { annotateValidate, finishAnnotations } = await import('./chunk-annotate.js');
  annotateValidate(result, {
    max: maxAnnotations,
    resultPath: relative(ctx.workspace, resultPath)
  });
  finishAnnotations();
  const passed = result.status === "pass" || result.status === "warn";
  setOutput("passed", String(passed));
  setOutput("status", result.status);
  setOutput("invalid-rows", String(result.details.invalidRows));
  setOutput("rows", String(result.details.rows));
  setOutput("result-path", resultPath);
  await summary.addRaw(markdownSummary(result)).write();
  info(`${id}: ${result.status}: ${result.summary}`);
  const rank = { never: 99, warn: 1, fail: 2, error: 3 };
  const statusRank = { pass: 0, warn: 1, fail: 2, error: 3 };
  if (statusRank[result.status] >= rank[failOn])
    setFailed(`validate ${id}: ${result.status}: ${result.summary}`);
}
try {
  await run();
} catch (err) {
  setFailed(err.message);
}
