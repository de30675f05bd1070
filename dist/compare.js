import { f as failsStep, S as STEP_FAIL_ON } from './chunk-status.js';
import { r as resultPathInside } from './chunk-select.js';
import { s as setFailed, a as setOutput, b as summary, i as info } from './chunk-log.js';
import { relative } from 'node:path';
import { r as readRunnerContext, a as resultContext } from './chunk-token.js';
import { r as readToken, g as getString, a as getEnum } from './chunk-token2.js';
import { w as writeResultFile } from './chunk-result.js';
import { r as runCompare, a as regressions } from './chunk-compare.js';
import { c as compareEntryFrom, a as compareSummaryMarkdown } from './chunk-markdown.js';
import { w as workspacePath } from './chunk-workspace.js';
import { githubProvider } from './chunk-baseline-provider.js';
import { annotateCompare, finishAnnotations } from './chunk-annotate.js';
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
import 'node:fs';
import './chunk-ucs2length.js';
import './chunk-formats.js';
import './chunk-adjust.js';
import './chunk-index.js';
import 'process';
import 'buffer';
import './chunk-metric-file-error.js';
import './chunk-glob.js';
import 'url';
import 'module';
import './chunk-index2.js';
import './chunk-rules.js';
import './chunk-format.js';
import './chunk-simple-statistics.js';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import 'node:os';
import './chunk-registry.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-zip.js';
import './chunk-load.js';
import './chunk-schema.js';
import './chunk-2020.js';
import './chunk-index3.js';
import './chunk-index4.js';
import './chunk-index5.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-escape.js';
import 'node:fs/promises';
import './chunk-report-gate.js';
import 'node:crypto';
import './chunk-plan.js';
import './chunk-render.js';
import './chunk-annotations.js';
import './chunk-present.js';
import './chunk-threshold.js';
import './chunk-value.js';
import './chunk-git.js';
import 'node:child_process';
import 'node:stream/promises';

const POLICIES = ["fail", "warn", "pass"];
async function run() {
  const token = readToken();
  const ctx = readRunnerContext();
  const missingBaseline = getString("missing-baseline") ? getEnum("missing-baseline", POLICIES, "fail") : void 0;
  const baselineSource = getString("baseline-source") ? getEnum("baseline-source", ["file", "base-branch", "artifact"], "file") : void 0;
  const failOn = getEnum("fail-on", STEP_FAIL_ON, "error");
  const configInput = getString("config");
  const entry = compareEntryFrom(
    {
      ...configInput ? { config: workspacePath(ctx.workspace, configInput, "config") } : {},
      id: getString("id"),
      title: getString("title"),
      candidate: getString("candidate"),
      baseline: getString("baseline"),
      ...baselineSource ? { baselineSource } : {},
      baselineWorkflow: getString("baseline-workflow"),
      baselineArtifact: getString("baseline-artifact"),
      rules: getString("rules"),
      ...missingBaseline ? { missingBaseline } : {}
    },
    ctx.workspace
  );
  const resultPath = resultPathInside(
    ctx.workspace,
    getString("result-path"),
    "compare",
    entry.id,
    "input 'result-path'"
  );
  const result = await runCompare(entry, {
    workspace: ctx.workspace,
    context: resultContext(ctx),
    provider: githubProvider(ctx, token)
  });
  writeResultFile(resultPath, result, ctx.workspace);
  annotateCompare(result, ctx.workspace, relative(ctx.workspace, resultPath));
  finishAnnotations();
  const passed = result.status === "pass" || result.status === "warn";
  setOutput("passed", String(passed));
  setOutput("status", result.status);
  setOutput("regressions", String(regressions(result)));
  setOutput("result-path", resultPath);
  if (process.env.GITHUB_STEP_SUMMARY)
    await summary.addRaw(compareSummaryMarkdown(result)).write();
  info(`${result.id}: ${result.status}: ${result.summary}`);
  if (failsStep(result.status, failOn)) {
    setFailed(`compare ${entry.id}: ${result.status}: ${result.summary}`);
  }
}
try {
  await run();
} catch (err) {
  setFailed(err.message);
}
