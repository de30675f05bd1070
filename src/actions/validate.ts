// The validate action: data files against a JSON Schema → result file, outputs, job summary,
// annotations on the offending lines. All the work is in src/core/validate; this only reads
// inputs and presents. The first log line comes before the engine loads (startup stays fast).
import * as core from '@actions/core';
import { isAbsolute, relative, resolve } from 'node:path';
import { readRunnerContext, resultContext } from './context.js';
import { getEnum, getInteger, getString } from './inputs.js';
import { splitGlobs } from '../core/validate/globs.js';

const FORMATS = ['auto', 'json', 'jsonl', 'csv', 'tsv'] as const;
const FAIL_ON = ['never', 'error', 'fail', 'warn'] as const;

async function run(): Promise<void> {
  const ctx = readRunnerContext();
  const id = getString('id', 'data');
  const schemaFile = getString('schema');
  const data = splitGlobs(core.getInput('data'));
  core.info(
    `modelgate validate ${id}: ${data.join(', ') || '(no data)'} against ${schemaFile || '(no schema)'}`,
  );
  if (!schemaFile) throw new Error("input 'schema' is required");
  const format = getEnum('format', FORMATS, 'auto');
  const failOn = getEnum('fail-on', FAIL_ON, 'fail');
  const maxAnnotations = getInteger('max-annotations', 10);
  const samples = getInteger('samples', 5, 1);
  const resultPath = resolve(
    ctx.workspace,
    getString('result-path', `modelgate-results/${id}.json`),
  );
  const rel = relative(ctx.workspace, resultPath);
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new Error(`input 'result-path' must stay inside the workspace, got '${rel}'`);

  const { runValidate, markdownSummary } = await import('../core/validate/index.js');
  const { writeResultFile } = await import('../core/result.js');
  const result = await runValidate(
    {
      schemaFile,
      data,
      format,
      maxInvalidRows: getString('max-invalid-rows', '0'),
      ...(getString('warn-invalid-rows')
        ? { warnInvalidRows: getString('warn-invalid-rows') }
        : {}),
      cwd: ctx.workspace,
      root: ctx.workspace,
      samples,
      onStart: ({ files, bytes, threads }) =>
        core.info(
          `reading ${files} file${files === 1 ? '' : 's'} (${(bytes / 1e6).toFixed(1)} MB)${threads ? ` on ${threads} worker threads` : ''}`,
        ),
    },
    resultContext(ctx),
    { id, ...(getString('title') ? { title: getString('title') } : {}) },
  );
  writeResultFile(resultPath, result);

  const { annotateValidate, finishAnnotations } = await import('./annotate.js');
  annotateValidate(result, {
    max: maxAnnotations,
    resultPath: relative(ctx.workspace, resultPath),
  });
  finishAnnotations();

  const passed = result.status === 'pass' || result.status === 'warn';
  core.setOutput('passed', String(passed));
  core.setOutput('status', result.status);
  core.setOutput('invalid-rows', String(result.details.invalidRows));
  core.setOutput('rows', String(result.details.rows));
  core.setOutput('result-path', resultPath);
  await core.summary.addRaw(markdownSummary(result)).write();
  core.info(`${id}: ${result.status}: ${result.summary}`);

  const rank = { never: 99, warn: 1, fail: 2, error: 3 } as const;
  const statusRank = { pass: 0, warn: 1, fail: 2, error: 3 } as const;
  if (statusRank[result.status] >= rank[failOn])
    core.setFailed(`validate ${id}: ${result.status}: ${result.summary}`);
}

try {
  await run();
} catch (err) {
  core.setFailed((err as Error).message);
}
