// The documented default is the safe pattern (docs/security.md): the gating workflows of
// examples/workflows and the README's quick start run from the default branch
// (pull_request_target or workflow_run), read the pull request's files from a folder of their own
// as data, execute nothing from it, hand the trusted config to the action and ask for minimal
// permissions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/runner.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown> | string;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps?: Step[]; permissions?: unknown }>;
}

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

function quickStart(): string {
  const readme = read('README.md');
  const start = readme.indexOf('## Quick start');
  const blocks = [...readme.slice(start).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks[1]!;
}

/** Permissions a gating workflow may ask for, and nothing else (no write to contents, no secrets). */
const ALLOWED: Record<string, string[]> = {
  contents: ['read'],
  'pull-requests': ['write'],
  statuses: ['write'],
  issues: ['read'],
  actions: ['read'],
};

const gating: Array<[string, string]> = [
  ['examples/workflows/basic.yml', read('examples/workflows/basic.yml')],
  ['examples/workflows/fork-safe-comment.yml', read('examples/workflows/fork-safe-comment.yml')],
  ['README quick start', quickStart()],
];

describe.each(gating)('%s is the safe pattern', (_name, text) => {
  const wf = parse(text) as Workflow;
  const events = typeof wf.on === 'string' ? [wf.on] : Object.keys(wf.on);
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
  const gate = steps.find((s) => s.uses?.startsWith('modelgate/modelgate@'));

  it('runs from the default branch: pull_request_target or workflow_run, never pull_request', () => {
    expect(events.some((e) => e === 'pull_request_target' || e === 'workflow_run')).toBe(true);
    expect(events).not.toContain('pull_request');
  });

  it('asks for minimal permissions, at the top level only', () => {
    expect(wf.permissions).toBeDefined();
    for (const [scope, level] of Object.entries(wf.permissions!))
      expect(ALLOWED[scope], `${scope}: ${level}`).toContain(level);
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('reads the pull request into a folder of its own and executes nothing', () => {
    expect(steps.filter((s) => s.run !== undefined)).toEqual([]);
    // Only published actions: a local action (uses: ./…) would be the pull request's code.
    for (const s of steps) expect(s.uses).toMatch(/^[a-z-]+\/[a-z-]+(\/[a-z-]+)?@v\d+$/);
    const prCheckout = steps.find(
      (s) => s.uses?.startsWith('actions/checkout@') && s.with?.path === 'pr',
    );
    const prArtifact = steps.find(
      (s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.path === 'pr/',
    );
    expect(prCheckout ?? prArtifact).toBeDefined();
    if (prCheckout) expect(prCheckout.with?.['persist-credentials']).toBe(false);
  });

  it('gates the pull request’s folder with the trusted config’s rules', () => {
    expect(gate?.with).toMatchObject({
      'working-directory': 'pr',
      'base-config': '.github/modelgate.yml',
    });
    expect(gate?.with?.['rules-from']).toBeUndefined();
  });
});
