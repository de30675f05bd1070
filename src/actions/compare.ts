// The compare action: candidate metrics against a baseline → result file, outputs, job summary.
// No comment here: posting is the report action's job. The baseline provider is built from
// src/github with the client; the engine (src/core/compare) never sees GitHub.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readRunnerContext, resultContext, type RunnerContext } from './context.js';
import { getEnum, getString } from './inputs.js';
import { writeResultFile } from '../core/result.js';
import { runCompare, regressions } from '../core/compare/compare.js';
import { compareEntryFrom } from '../core/compare/entry.js';
import { compareSummaryMarkdown } from '../core/compare/markdown.js';
import { workspacePath, type BaselineProvider } from '../core/compare/baseline.js';
import { gitShow } from '../core/compare/git.js';
import { formatProblem } from '../core/compare/metrics-file.js';
import {
  createGitHubClient,
  downloadArtifactFile,
  getFileAtRef,
  getRepository,
  type GitHubClient,
} from '../github/index.js';
import type { Policy } from '../core/compare/types.js';

const POLICIES = ['fail', 'warn', 'pass'] as const;
const FAIL_ON = ['never', 'error', 'fail', 'warn'] as const;

function repoOf(ctx: RunnerContext): { owner: string; repo: string } {
  const [owner, repo] = (ctx.repo ?? '').split('/');
  if (!owner || !repo)
    throw new Error('GITHUB_REPOSITORY is not set: cannot read a baseline from GitHub');
  return { owner, repo };
}

function githubProvider(ctx: RunnerContext, token: string): BaselineProvider {
  let client: GitHubClient | undefined;
  // Created on first use: a workspace baseline needs no token at all.
  const gh = () => {
    if (!token)
      throw new Error('input github-token is empty: it is needed to read the baseline from GitHub');
    client ??= createGitHubClient({
      token,
      baseUrl: ctx.apiUrl,
      log: { debug: core.debug, info: core.info, warn: core.warning, error: core.error },
    });
    return client;
  };
  const pr = ctx.payload.pull_request as { base?: { sha?: string; ref?: string } } | undefined;
  const repository = ctx.payload.repository as { default_branch?: string } | undefined;

  return {
    async readAtBase(path) {
      const sha = pr?.base?.sha;
      const ref = pr?.base?.ref;
      if (!sha || !/^[0-9a-f]{40}$/.test(sha)) {
        return {
          missing: true,
          note: `not a pull request (${ctx.eventName ?? 'no event'}): no base commit to read ${path} from`,
        };
      }
      const info = { sha, ...(ref ? { ref } : {}) };
      // A full clone has the base commit: no API call. A shallow one does not: contents API.
      const local = await gitShow(ctx.workspace, sha, path);
      if (local && 'content' in local)
        return { content: local.content, info: { ...info, note: 'read with git' } };
      if (local)
        return {
          missing: true,
          note: `${path} does not exist at the base commit ${sha.slice(0, 7)}`,
          info,
        };
      const file = await getFileAtRef(gh(), { ...repoOf(ctx), path, ref: sha });
      if (!file)
        return {
          missing: true,
          note: `${path} does not exist at the base commit ${sha.slice(0, 7)}`,
          info,
        };
      return {
        content: file.content.toString('utf8'),
        info: { ...info, note: 'read with the contents API' },
      };
    },
    async readFromArtifact(spec) {
      const { owner, repo } = repoOf(ctx);
      const branch =
        spec.branch ??
        repository?.default_branch ??
        (await getRepository(gh(), { owner, repo })).defaultBranch;
      const got = await downloadArtifactFile(gh(), {
        owner,
        repo,
        workflow: spec.workflow,
        branch,
        artifactName: spec.name,
        path: spec.path,
      });
      if (!got.found) {
        return {
          missing: true,
          note: got.reason,
          info: {
            ref: branch,
            ...(got.runId !== undefined ? { runId: got.runId } : {}),
            ...(got.runUrl ? { runUrl: got.runUrl } : {}),
            ...(got.headSha ? { sha: got.headSha } : {}),
          },
        };
      }
      return {
        content: got.content.toString('utf8'),
        info: {
          ref: branch,
          sha: got.headSha,
          runId: got.runId,
          runUrl: got.runUrl,
          artifact: got.artifactName,
        },
      };
    },
  };
}

async function run(): Promise<void> {
  const ctx = readRunnerContext();
  const missingBaseline = getString('missing-baseline')
    ? getEnum<Policy>('missing-baseline', POLICIES, 'fail')
    : undefined;
  const baselineSource = getString('baseline-source')
    ? getEnum('baseline-source', ['file', 'base-branch', 'artifact'] as const, 'file')
    : undefined;
  const failOn = getEnum('fail-on', FAIL_ON, 'error');
  const configInput = getString('config');
  const entry = compareEntryFrom(
    {
      ...(configInput ? { config: workspacePath(ctx.workspace, configInput, 'config') } : {}),
      id: getString('id'),
      title: getString('title'),
      candidate: getString('candidate'),
      baseline: getString('baseline'),
      ...(baselineSource ? { baselineSource } : {}),
      baselineWorkflow: getString('baseline-workflow'),
      baselineArtifact: getString('baseline-artifact'),
      rules: getString('rules'),
      ...(missingBaseline ? { missingBaseline } : {}),
    },
    ctx.workspace,
  );
  const token = getString('github-token');
  if (token) core.setSecret(token);
  const resultPath = workspacePath(
    ctx.workspace,
    getString('result-path', `modelgate-results/compare-${entry.id}.json`),
    'result-path',
  );

  const result = await runCompare(entry, {
    workspace: ctx.workspace,
    context: resultContext(ctx),
    provider: githubProvider(ctx, token),
  });
  writeResultFile(resultPath, result);

  for (const p of result.errors ?? []) {
    // Link the annotation only to files of this checkout (not "m.json at <sha>").
    const local = p.file !== undefined && existsSync(join(ctx.workspace, p.file));
    core.error(formatProblem(p), {
      title: `modelgate compare ${entry.id}`,
      ...(local ? { file: p.file } : {}),
      ...(local && p.line ? { startLine: p.line } : {}),
    });
  }
  for (const r of result.details.metrics.filter(
    (m) => m.gated && (m.status === 'fail' || m.status === 'warn'),
  )) {
    const name = r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
    (r.status === 'fail' ? core.error : core.warning)(`${name}: ${r.reason ?? r.status}`, {
      title: `modelgate compare ${entry.id}`,
    });
  }

  const passed = result.status === 'pass' || result.status === 'warn';
  core.setOutput('passed', String(passed));
  core.setOutput('status', result.status);
  core.setOutput('regressions', String(regressions(result)));
  core.setOutput('result-path', resultPath);
  // Outside a runner (a local dry run) there is no summary file to append to.
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(compareSummaryMarkdown(result)).write();
  core.info(`${result.id}: ${result.status}: ${result.summary}`);

  const rank = { never: 99, warn: 1, fail: 2, error: 3 } as const;
  const statusRank = { pass: 0, warn: 1, fail: 2, error: 3 } as const;
  if (statusRank[result.status] >= rank[failOn]) {
    core.setFailed(`compare ${entry.id}: ${result.status}: ${result.summary}`);
  }
}

try {
  await run();
} catch (err) {
  core.setFailed((err as Error).message);
}
