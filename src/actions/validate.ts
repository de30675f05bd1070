// The validate action: data files against a JSON Schema → result file, outputs, job summary,
// annotations on the offending lines. All the work is in src/core/validate; this only reads
// inputs and presents. The first log line comes before the engine loads (startup stays fast).
// With `config`, the check is a config entry (expectations, drift, ratchet too); its drift
// reference may come from the base commit or an artifact, read through the same provider as
// compare's baseline (./baseline-provider.ts).
import { STEP_FAIL_ON } from '../core/conventions/status.js';
import { resultPathInside } from '../core/checks/select.js';
import * as core from '@actions/core';
import { info } from './log.js';
import { relative } from 'node:path';
import { readRunnerContext, resultContext, type RunnerContext } from './context.js';
import { getEnum, getInteger, getString } from './inputs.js';
import { readToken } from './token.js';
import { splitGlobs } from '../core/validate/globs.js';
import { FORMAT_NAMES } from '../core/data/registry.js';
import type { ValidateOptions } from '../core/validate/types.js';
import { runPool, type WorkerPool } from '../core/validate/worker-pool.js';

const FORMATS = ['auto', ...FORMAT_NAMES] as const;

/** The entry of the config's validate: list named by `id` (or the only one). */
async function fromConfig(workspace: string, configInput: string, id: string) {
  const { workspacePath } = await import('../core/files/workspace.js');
  const { fromConfig: pickEntry } = await import('../core/checks/validate.js');
  const path = workspacePath(workspace, configInput, 'config');
  return pickEntry(relative(process.cwd(), path) || path, id, workspace, {
    configName: configInput,
    idName: "input 'id'",
  });
}

/** One shard of a matrix: a partial result for the merge, no verdict, so nothing to annotate. */
async function runShard(
  options: ValidateOptions,
  meta: { id: string; title?: string },
  ctx: RunnerContext,
  resultPath: string,
): Promise<void> {
  const { runShardCli } = await import('../core/validate/shard-run.js');
  const out = await runShardCli(options, getString('shard'), meta, {
    cwd: ctx.workspace,
    ...(getString('result-path') ? { resultPath } : {}),
    write: true,
    context: resultContext(ctx),
  });
  core.setOutput('status', out.result.status);
  core.setOutput('rows', String(out.result.details.rows));
  core.setOutput('result-path', out.path ?? '');
  info(out.text.trimEnd());
  if (out.code !== 0) core.setFailed(out.text.trimEnd());
}

async function run(workers: WorkerPool): Promise<void> {
  // First, so the token is masked (or refused) before anything can print it.
  const token = readToken();
  const ctx = readRunnerContext();
  const configInput = getString('config');
  const picked = configInput
    ? await fromConfig(ctx.workspace, configInput, getString('id'))
    : undefined;
  const id = picked?.id ?? getString('id', 'data');
  const schemaFile = picked?.options.schemaFile ?? getString('schema');
  const data = picked?.options.data ?? splitGlobs(core.getInput('data'));
  info(
    `modelgate validate ${id}: ${data.join(', ') || '(no data)'} against ${schemaFile || '(no schema)'}`,
  );
  if (!schemaFile) throw new Error("input 'schema' is required (or 'config')");
  const format = getString('format')
    ? getEnum('format', FORMATS, 'auto')
    : (picked?.options.format ?? 'auto');
  const failOn = getEnum('fail-on', STEP_FAIL_ON, 'fail');
  // Empty: the entry's max_annotations, else the default (the all-in-one action does the same).
  const maxAnnotations = getString('max-annotations')
    ? getInteger('max-annotations', 0)
    : undefined;
  const samples = getInteger('samples', 5, 1);
  const resultPath = resultPathInside(
    ctx.workspace,
    getString('result-path'),
    'validate',
    id,
    "input 'result-path'",
  );

  const { runValidate, markdownSummary } = await import('../core/validate/index.js');
  const { githubProvider } = await import('./baseline-provider.js');
  const title = getString('title') || picked?.title;
  const options: ValidateOptions = {
    ...picked?.options,
    schemaFile,
    data,
    format,
    maxInvalidRows: getString('max-invalid-rows', picked?.options.maxInvalidRows ?? '0'),
    ...(getString('warn-invalid-rows', picked?.options.warnInvalidRows ?? '')
      ? { warnInvalidRows: getString('warn-invalid-rows', picked?.options.warnInvalidRows) }
      : {}),
    cwd: ctx.workspace,
    root: ctx.workspace,
    samples: getString('samples') ? samples : (picked?.options.samples ?? samples),
    provider: githubProvider(ctx, token),
    workers,
    onStart: ({ files, bytes, threads }) =>
      info(
        `reading ${files} file${files === 1 ? '' : 's'} (${(bytes / 1e6).toFixed(1)} MB)${threads ? ` on ${threads} worker threads` : ''}`,
      ),
  };
  const meta = { id, ...(title ? { title } : {}) };
  if (getString('shard')) {
    await runShard(options, meta, ctx, resultPath);
    return;
  }
  const result = await runValidate(options, resultContext(ctx), meta);
  const { finishCheckStep } = await import('./check-step.js');
  const { maxAnnotations: entryMaxAnnotations } = await import('../core/checks/validate.js');
  await finishCheckStep(result, {
    workspace: ctx.workspace,
    resultPath,
    maxAnnotations: entryMaxAnnotations(picked, maxAnnotations),
    failOn,
    outputs: () => {
      core.setOutput('invalid-rows', String(result.details.invalidRows));
      core.setOutput('rows', String(result.details.rows));
    },
    summary: markdownSummary(result),
  });
}

// A shard's worker threads load their modules while this thread loads the engine.
const workers = runPool(getString('shard') !== '');
try {
  await run(workers);
} catch (err) {
  core.setFailed((err as Error).message);
} finally {
  await workers.close();
}
