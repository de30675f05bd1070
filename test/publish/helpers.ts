// Shared by the publish end-to-end tests: a real pull_request payload (@octokit/webhooks-examples),
// result files in a fresh workspace, and `node dist/<action>.js` run against a fake GitHub.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeGitHub } from '../fake-github/server.js';
import { runAction } from '../helpers/runner.js';
import { FIXTURES } from '../report/helpers.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
  name: string;
  examples: Array<Record<string, unknown>>;
}>;

export interface PrPayload {
  action: string;
  number: number;
  label?: { name: string };
  pull_request: {
    number: number;
    head: { sha: string; repo: { full_name: string } };
    base: { repo: { full_name: string } };
    labels: Array<{ name: string }>;
  };
  repository: { full_name: string };
}

export const PR_EVENT = structuredClone(
  examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!,
) as unknown as PrPayload;
export const REPO = PR_EVENT.repository.full_name;
export const PR = PR_EVENT.number;
export const HEAD = PR_EVENT.pull_request.head.sha;
export const RUN_ID = '4242';
export const RUN_URL = `https://github.com/${REPO}/actions/runs/${RUN_ID}`;
export const MARKER = '<!-- modelgate:report id=modelgate -->';
export const LABEL = 'modelgate: accept-regression';

/**
 * The pull_request payload of a run: `action` (opened, synchronize, labeled, unlabeled), the head
 * commit and the labels on the PR when the event happened.
 */
export function prPayload(
  action: string,
  options: { sha?: string; labels?: string[]; label?: string; number?: number } = {},
): PrPayload {
  const p = structuredClone(PR_EVENT);
  p.action = action;
  if (options.number !== undefined) p.number = p.pull_request.number = options.number;
  p.pull_request.head.sha = options.sha ?? HEAD;
  p.pull_request.labels = (options.labels ?? []).map((name) => ({ name }));
  if (options.label) p.label = { name: options.label };
  return p;
}

/**
 * A workspace with the report fixtures (one failing, one warning, one passing result); passing:
 * without the failing one. (Flipping its status to pass would be a forgery, which is refused.)
 */
export function resultsWorkspace(passing = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-publish-ws-'));
  mkdirSync(join(dir, 'modelgate-results'));
  const names = ['classifier-fail.json', 'training-data-warn.json', 'ranker-pass.json'];
  for (const name of passing ? names.slice(1) : names) {
    cpSync(join(FIXTURES, name), join(dir, 'modelgate-results', name));
  }
  return dir;
}

export function runStep(
  gh: FakeGitHub,
  name: string,
  ws: string,
  inputs: Record<string, string> = {},
  payload: unknown = PR_EVENT,
) {
  return runAction(name, {
    workspace: ws,
    event: { name: 'pull_request', payload },
    inputs: { 'github-token': gh.token, ...inputs },
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: REPO,
      GITHUB_RUN_ID: RUN_ID,
      GITHUB_SHA: 'f'.repeat(40),
    },
    timeoutMs: 60_000,
  });
}

/** Report comments by the workflow token's bot. */
export function stickyComments(gh: FakeGitHub, pr = PR) {
  return gh
    .comments(REPO, pr)
    .filter((c) => c.user.login === 'github-actions[bot]' && c.body.startsWith(MARKER));
}
