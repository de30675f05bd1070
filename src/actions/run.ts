// The all-in-one action: every check .github/modelgate.yml names, then the report and the gate,
// in one step. The checks come from the pipeline (src/core/run); the report and gate steps are
// the very functions the report and gate actions call (./publish.ts), on the results this step
// wrote (kept in memory, not read back), so one step and the four composable steps give the same
// verdict, comment and status.
import * as core from '@actions/core';
import { info } from './log.js';
import { relative } from 'node:path';
import { ConfigError, formatProblem, loadConfig, type LoadedConfig } from '../core/config/load.js';
import { workspacePath } from '../core/files/workspace.js';
import { DEFAULT_CONFIG_PATH, RESULTS_DIR } from '../core/conventions/paths.js';
import { DEFAULT_MAX_ANNOTATIONS } from '../core/checks/validate.js';
import {
  formatRate,
  RateMeter,
  runChecks,
  entriesOf,
  settingsFromConfig,
  type RunEvent,
  type RunSettings,
} from '../core/run/index.js';
import { annotateError, annotateResult, finishAnnotations } from './annotate.js';
import { githubProvider } from './baseline-provider.js';
import { readRunnerContext, resultContext, type RunnerContext } from './context.js';
import { readToken } from './token.js';
import { getBoolean, getCommentMode, getEnum, getString } from './inputs.js';
import { OVERRIDE_SCOPES } from '../core/publish/plan.js';
import { defaultCheckRunName } from '../core/publish/check-run.js';
import { clientFor, publishConfigError, publishStep } from './publish.js';
import { effectiveRules } from './rules.js';
import { withRunPullRequest } from './report-gate.js';

/** Seconds between progress lines in the log: the runner's log is not a terminal. */
const PROGRESS_EVERY_MS = 10_000;

/** Inputs left empty keep the config's value, so the defaults live in one place. */
function overrides(): Partial<RunSettings> {
  const opt = <T>(name: string, read: () => T): T | undefined =>
    getString(name) ? read() : undefined;
  return {
    reportId: opt('report-id', () => getString('report-id')),
    comment: getCommentMode(),
    status: opt('status', () => getBoolean('status', true)),
    history: opt('history', () => getBoolean('history', false)),
    statusContext: opt('status-context', () => getString('status-context')),
    failOn: opt('fail-on', () => getEnum('fail-on', ['fail', 'warn'] as const, 'fail')),
    overrideLabel: opt('override-label', () => getString('override-label')),
    overrideScope: opt('override-scope', () =>
      getEnum('override-scope', OVERRIDE_SCOPES, 'commit'),
    ),
    commentAuthor: opt('comment-author', () => getString('comment-author')),
    checkRun: getBoolean('check-run', false),
    checkRunName: getString('check-run-name'),
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

/** With check-run: the config's problems for a check run (its report.id is unknown: the input's). */
function configCheckRun(file: string, problems: ConfigError['problems']) {
  if (!getBoolean('check-run', false)) return undefined;
  return {
    name: getString('check-run-name') || defaultCheckRunName(getString('report-id', 'modelgate')),
    problems: problems.map((p) => ({
      file,
      ...(p.line !== undefined ? { line: p.line } : {}),
      text: formatProblem(p),
    })),
  };
}

/**
 * The pull request's config; a bad one is annotated line by line, the commit status says so, and
 * nothing runs (undefined).
 */
async function loadOrFail(
  ctx: RunnerContext,
  token: string,
  where: { root: string; configInput: string; configPath: string },
): Promise<LoadedConfig | undefined> {
  const { root, configInput, configPath } = where;
  try {
    // Named as the user wrote it, so messages and annotations point at the file in the repo.
    return loadConfig(relative(process.cwd(), configPath) || configPath, {
      root,
      checkFiles: true,
      requireChecks: true,
    });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const file = relative(root, configPath);
    for (const p of err.problems) {
      annotateError(formatProblem(p), {
        title: 'modelgate config',
        file,
        ...(p.line !== undefined ? { startLine: p.line } : {}),
        ...(p.column !== undefined ? { startColumn: p.column } : {}),
      });
    }
    finishAnnotations();
    // The status still says what happened: a required check must not wait forever.
    await publishConfigError(
      ctx,
      `${configInput}: ${err.problems.length} problem${err.problems.length === 1 ? '' : 's'} in the config; nothing was run`,
      {
        token,
        statusContext: getString('status-context', 'modelgate'),
        checkRun: configCheckRun(file, err.problems),
      },
    );
    return undefined;
  }
}

async function run(): Promise<void> {
  // First, so the token is masked (or refused) before anything can print it.
  const token = readToken();
  const runner = readRunnerContext();
  // On workflow_run for a fork, which pull request the run is about (GitHub says, not the files).
  const ctx = await withRunPullRequest(runner, clientFor(runner, token));
  // The pull request's files: the workspace, or a folder of it (a separate checkout of the PR).
  const root = workspacePath(
    ctx.workspace,
    getString('working-directory', '.'),
    'working-directory',
  );
  const configInput = getString('config', DEFAULT_CONFIG_PATH);
  const configPath = workspacePath(root, configInput, 'config');
  const resultsDir = getString('results-dir', RESULTS_DIR);

  const loaded = await loadOrFail(ctx, token, { root, configInput, configPath });
  if (!loaded) return;
  const provider = githubProvider(ctx, token);
  const { loaded: effective, rules } = await effectiveRules(ctx, loaded, configInput, provider);
  const settings = settingsFromConfig(effective.config, overrides());

  const checks = await runChecks(effective, {
    resultsDir,
    context: resultContext(ctx),
    provider,
    onEvent: logger(),
  });
  // The same annotations as the validate and compare actions give.
  for (const c of checks) {
    const max = c.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
    annotateResult(c.result, { max, resultPath: c.path, workspace: root });
  }
  // One step, several checks: one notice for whatever did not fit GitHub's per-step limit.
  finishAnnotations();
  core.setOutput('result-paths', checks.map((c) => c.path).join('\n'));
  if (checks.length === 0) core.warning(`${configInput} names no validate or compare checks`);

  // The results as written, kept in memory (as `modelgate run` does): nothing is read back.
  const entries = entriesOf(checks);
  // One plan for the report and the gate: one decision, one look at the override label.
  await publishStep(ctx, entries, { ...settings, role: 'all', token, rules });
}

try {
  await run();
} catch (err) {
  core.setFailed((err as Error).message);
}
