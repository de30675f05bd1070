// The all-in-one action: every check .github/modelgate.yml names, then the report and the gate,
// in one step. The checks come from the pipeline (src/core/run); the report and gate steps are
// the very functions the report and gate actions call (./publish.ts), on the result files this
// step wrote, so one step and the four composable steps give the same verdict, comment and status.
import * as core from '@actions/core';
import { info } from './log.js';
import { relative } from 'node:path';
import { ConfigError, formatProblem, loadConfig } from '../core/config/load.js';
import { workspacePath } from '../core/compare/baseline.js';
import { loadOne } from '../core/report/load.js';
import {
  DEFAULT_RESULTS_DIR,
  formatRate,
  RateMeter,
  runChecks,
  settingsFromConfig,
  type RunEvent,
  type RunSettings,
} from '../core/run/index.js';
import type { CompareResult } from '../core/compare/compare.js';
import type { ValidateResult } from '../core/validate/run.js';
import { annotateCompare, annotateError, annotateValidate, finishAnnotations } from './annotate.js';
import { githubProvider } from './baseline-provider.js';
import { readRunnerContext, resultContext } from './context.js';
import { getBoolean, getEnum, getString } from './inputs.js';
import { applyGate, publishReport } from './publish.js';

const DEFAULT_CONFIG = '.github/modelgate.yml';
/** Seconds between progress lines in the log: the runner's log is not a terminal. */
const PROGRESS_EVERY_MS = 10_000;
/** Per validation unless its max_annotations says otherwise: the validate action's default. */
const MAX_ANNOTATIONS = 10;

/** Inputs left empty keep the config's value, so the defaults live in one place. */
function overrides(): Partial<RunSettings> {
  const opt = <T>(name: string, read: () => T): T | undefined =>
    getString(name) ? read() : undefined;
  return {
    reportId: opt('report-id', () => getString('report-id')),
    comment: opt('comment', () => getBoolean('comment', true)),
    status: opt('status', () => getBoolean('status', true)),
    history: opt('history', () => getBoolean('history', false)),
    statusContext: opt('status-context', () => getString('status-context')),
    failOn: opt('fail-on', () => getEnum('fail-on', ['fail', 'warn'] as const, 'fail')),
    overrideLabel: opt('override-label', () => getString('override-label')),
    commentAuthor: opt('comment-author', () => getString('comment-author')),
  };
}

function logger(): (event: RunEvent) => void {
  let meter: RateMeter | undefined;
  let last = 0;
  return (event) => {
    switch (event.type) {
      case 'check':
        info(`[${event.index + 1}/${event.total}] ${event.kind} ${event.id}`);
        break;
      case 'validate-start':
        meter = new RateMeter(Date.now());
        last = Date.now();
        info(
          `  reading ${event.files} file${event.files === 1 ? '' : 's'} (${(event.bytes / 1e6).toFixed(1)} MB)${event.threads ? ` on ${event.threads} worker threads` : ''}`,
        );
        break;
      case 'validate-progress': {
        const now = Date.now();
        const p = event.progress;
        const rate = meter?.update(now, p.rows, p.bytes, p.totalBytes);
        if (rate && now - last >= PROGRESS_EVERY_MS && p.bytes < p.totalBytes) {
          last = now;
          info(`  ${formatRate(event.id, rate)}`);
        }
        break;
      }
      case 'result':
        info(`  ${event.result.status}: ${event.result.summary} → ${event.path}`);
        break;
    }
  };
}

async function run(): Promise<void> {
  const ctx = readRunnerContext();
  const configInput = getString('config', DEFAULT_CONFIG);
  const configPath = workspacePath(ctx.workspace, configInput, 'config');
  const token = getString('github-token');
  if (token) core.setSecret(token);
  const resultsDir = getString('results-dir', DEFAULT_RESULTS_DIR);

  let loaded;
  try {
    // Named as the user wrote it, so messages and annotations point at the file in the repo.
    loaded = loadConfig(relative(process.cwd(), configPath) || configPath, {
      root: ctx.workspace,
      checkFiles: true,
    });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const p of err.problems) {
      annotateError(formatProblem(p), {
        title: 'modelgate config',
        file: relative(ctx.workspace, configPath),
        ...(p.line !== undefined ? { startLine: p.line } : {}),
        ...(p.column !== undefined ? { startColumn: p.column } : {}),
      });
    }
    core.setOutput('passed', 'false');
    core.setOutput('failed', 'true');
    core.setOutput('verdict', 'error');
    core.setOutput('reason', `${configInput}: the config is not valid`);
    finishAnnotations();
    throw new Error(
      `${configInput}: ${err.problems.length} problem${err.problems.length === 1 ? '' : 's'} in the config; nothing was run`,
    );
  }
  const settings = settingsFromConfig(loaded.config, overrides());

  const checks = await runChecks(loaded, {
    resultsDir,
    context: resultContext(ctx),
    provider: githubProvider(ctx, token),
    onEvent: logger(),
  });
  // The same annotations as the validate and compare actions give.
  for (const c of checks) {
    if (c.kind === 'validate') {
      const entry = loaded.config.validate.find((v) => v.id === c.id);
      annotateValidate(c.result as unknown as ValidateResult, {
        max: typeof entry?.max_annotations === 'number' ? entry.max_annotations : MAX_ANNOTATIONS,
        resultPath: c.path,
      });
    } else {
      annotateCompare(c.result as unknown as CompareResult, ctx.workspace, c.path);
    }
  }
  // One step, several checks: one notice for whatever did not fit GitHub's per-step limit.
  finishAnnotations();
  core.setOutput('result-paths', checks.map((c) => c.path).join('\n'));
  if (checks.length === 0) core.warning(`${configInput} names no validate or compare checks`);

  // The report reads the files back, exactly as the report action would load them.
  const entries = checks.map((c) => loadOne(c.path, ctx.workspace));
  await publishReport(ctx, entries, {
    reportId: settings.reportId,
    comment: settings.comment,
    status: settings.status,
    history: settings.history,
    statusContext: settings.statusContext,
    failOn: settings.failOn,
    overrideLabel: settings.overrideLabel,
    token,
    summary: settings.summary,
    ...(settings.maxCommentChars !== undefined
      ? { maxCommentChars: settings.maxCommentChars }
      : {}),
    ...(settings.commentAuthor ? { commentAuthor: settings.commentAuthor } : {}),
    errorIs: settings.errorIs,
  });
  // The report already put the verdict in the job summary: the gate's table would repeat it.
  const decision = await applyGate(ctx, entries, {
    failOn: settings.failOn,
    overrideLabel: settings.overrideLabel,
    token,
    errorIs: settings.errorIs,
    summary: false,
  });
  core.setOutput('passed', String(!decision.failed));
}

try {
  await run();
} catch (err) {
  core.setFailed((err as Error).message);
}
