import { S as STEP_FAIL_ON } from './chunk-result.js';
import { r as resultPathInside } from './chunk-select.js';
import { s as setFailed, a as setOutput } from './chunk-log.js';
import { r as readRunnerContext, a as resultContext } from './chunk-token.js';
import { r as readToken, g as getString, a as getEnum } from './chunk-token2.js';
import { r as runCompare, a as regressions } from './chunk-text-rows.js';
import { c as compareEntryFrom, P as POLICIES } from './chunk-types2.js';
import { c as compareSummaryMarkdown } from './chunk-compare.js';
import { w as workspacePath } from './chunk-workspace.js';
import { githubProvider } from './chunk-baseline-provider.js';
import { finishCheckStep } from './chunk-check-step.js';
import 'node:fs';
import 'node:path';
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
import 'node:buffer';
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
import './chunk-render.js';
import './chunk-registry.js';
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
import './chunk-present.js';
import './chunk-threshold.js';
import './chunk-cells.js';
import 'node:crypto';
import './chunk-run.js';
import './chunk-worker-pool.js';
import 'node:os';
import './chunk-executor.js';
import 'node:v8';
import './chunk-column.js';
import './chunk-adjust.js';
import './chunk-profile.js';
import './chunk-prng.js';
import './chunk-simple-statistics.js';
import './chunk-records.js';
import 'node:fs/promises';
import './chunk-types.js';
import './chunk-annotations.js';
import './chunk-rules-from.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-zip.js';
import './chunk-block-bootstrap.js';
import './chunk-report-gate.js';
import './chunk-git.js';
import 'node:child_process';
import 'node:stream/promises';
import './chunk-annotate.js';

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
  await finishCheckStep(result, {
    workspace: ctx.workspace,
    resultPath,
    // Every failed or warned gated row is annotated: a comparison's rows are few.
    maxAnnotations: Infinity,
    failOn,
    outputs: () => setOutput("regressions", String(regressions(result))),
    // Outside a runner (a local dry run) there is no summary file to append to.
    summary: process.env.GITHUB_STEP_SUMMARY ? compareSummaryMarkdown(result) : void 0
  });
}
try {
  await run();
} catch (err) {
  setFailed(err.message);
}
