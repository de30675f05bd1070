// Event payloads and result files the cases start from: GitHub's own webhook examples pointed at
// the fake repository, and result files copied from the report fixtures.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FIXTURES } from '../report/helpers.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
  name: string;
  examples: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
}>;

// Payloads and result files are edited freely by the cases: plain JSON, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const REPO = 'octo/model';
export const PR = 2;
export const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

/** A pull_request `opened` payload for PR 2 of octo/model at HEAD; `patch` edits it. */
export function prEvent(patch: (p: Json) => void = () => {}): unknown {
  const e = structuredClone(
    examples.find((d) => d.name === 'pull_request')!.examples.find((x) => x.action === 'opened')!,
  );
  e.number = PR;
  e.pull_request.number = PR;
  e.pull_request.head.sha = HEAD;
  e.repository.full_name = REPO;
  e.repository.name = 'model';
  e.repository.owner.login = 'octo';
  e.repository.default_branch = 'main';
  e.pull_request.base.ref = 'main';
  patch(e);
  return e;
}

/** A completed workflow_run payload whose run built PR 2 at HEAD. */
export function workflowRunEvent(patch: (p: Json) => void = () => {}): unknown {
  const e = structuredClone(
    examples
      .find((d) => d.name === 'workflow_run')!
      .examples.find((x) => x.workflow_run.pull_requests.length > 0)!,
  );
  e.repository.full_name = REPO;
  e.workflow_run.head_sha = HEAD;
  e.workflow_run.pull_requests[0].number = PR;
  e.workflow_run.pull_requests[0].head.sha = HEAD;
  patch(e);
  return e;
}

export function fixture(name: string): Json {
  const r = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
  r.context = { repo: REPO, sha: HEAD, pr: PR };
  return r;
}

/** A compare result that genuinely passes. */
export const passingCompare = (): Json => fixture('ranker-pass.json');
/** A compare result that genuinely fails (accuracy, a gated metric, dropped significantly). */
export const failingCompare = (): Json => fixture('classifier-fail.json');
/** A validate result that warns (3 invalid rows under a 0.5% threshold). */
export const warningValidate = (): Json => fixture('training-data-warn.json');

export const json = (v: unknown): string => JSON.stringify(v);
