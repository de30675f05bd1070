// End to end through the bundle (npm run package first): the validate action runs a config entry
// whose drift reference lives at the pull request's base commit (a shallow checkout: the contents
// API, over 1 MB so the raw media type) or in an artifact of the default branch's latest run, both
// served by the fake GitHub, every request checked against GitHub's OpenAPI description.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { requireBuilt, runAction } from '../helpers/runner.js';
import type { ValidateDetails } from '../../src/core/validate/types.js';
import { FIXTURES } from './helpers.js';

const REPO = 'octo/model';
const BASE = 'a'.repeat(40);
const HEAD = 'c'.repeat(40);

/** Rows like the shift fixture's reference: score uniform on [0, 1), three countries. */
function referenceRows(n: number): string {
  let seed = 11;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const out: string[] = [];
  for (let i = 1; i <= n; i++)
    out.push(
      JSON.stringify({
        id: i,
        score: Math.round(rand() * 1e4) / 1e4,
        age: 20 + Math.floor(rand() * 50),
        country: ['US', 'DE', 'FR'][Math.floor(rand() * 3)],
      }),
    );
  return out.join('\n') + '\n';
}

function workspace(reference: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-ref-action-'));
  copyFileSync(join(FIXTURES, 'schema.json'), join(dir, 'schema.json'));
  copyFileSync(join(FIXTURES, 'shift', 'current.jsonl'), join(dir, 'current.jsonl'));
  writeFileSync(
    join(dir, 'modelgate.yml'),
    `version: 1
validate:
  - id: features
    schema: schema.json
    data: current.jsonl
    drift:
      reference: ${reference}
      columns: [age, score, country]
`,
  );
  return dir;
}

const event = {
  name: 'pull_request',
  payload: {
    action: 'opened',
    number: 7,
    pull_request: { number: 7, base: { sha: BASE, ref: 'main' }, head: { sha: HEAD } },
    repository: { full_name: REPO, default_branch: 'main' },
  },
};

function validate(gh: FakeGitHub, ws: string) {
  return runAction('validate', {
    workspace: ws,
    event,
    inputs: { config: 'modelgate.yml', 'github-token': gh.token, 'fail-on': 'never' },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO },
    timeoutMs: 60_000,
  });
}

function details(ws: string): ValidateDetails {
  const raw = readFileSync(join(ws, 'modelgate-results', 'features.json'), 'utf8');
  return (JSON.parse(raw) as { details: ValidateDetails }).details;
}

describe('validate action: drift reference from GitHub', () => {
  let gh: FakeGitHub;
  beforeAll(() => requireBuilt('validate'));
  beforeEach(async () => (gh = await startFakeGitHub()));
  afterEach(async () => {
    gh.expectNoViolations();
    await gh.close();
  });

  it('reads the reference at the base commit through the contents API', async () => {
    const content = referenceRows(25_000); // ≈ 1.3 MB: GitHub answers encoding "none", raw follows
    expect(content.length).toBeGreaterThan(1024 * 1024);
    gh.addCommit(REPO, { sha: BASE, branch: 'main', files: { 'prod/ref.jsonl': content } });
    gh.addPullRequest(REPO, { number: 7, baseSha: BASE, headSha: HEAD });
    const ws = workspace('{ base_branch: true, path: prod/ref.jsonl }');

    const run = await validate(gh, ws);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.outputs.status).toBe('fail');
    const drift = details(ws).dataset!.drift!;
    expect(drift.reference).toMatchObject({
      source: 'base-branch',
      paths: ['prod/ref.jsonl'],
      rows: 25_000,
      bytes: Buffer.byteLength(content),
      sha: BASE,
      ref: 'main',
      note: 'read with the contents API',
    });
    const country = drift.columns.find((c) => c.name === 'country')!;
    // JP is new in the current data: a new category fails PSI.
    expect(country.status).toBe('fail');
    expect(country.bins!.find((b) => b.label === 'JP')).toMatchObject({ ref: 0 });
    expect(drift.columns[0]!.status).toBe('fail');
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/contents/{path}').length).toBeGreaterThan(0);
    expect(run.summary).toMatch(/drift in [23] of 3 columns/);
  });

  it('reads the reference from an artifact of the default branch latest run', async () => {
    const run0 = gh.addWorkflowRun(REPO, {
      workflow: 'train.yml',
      branch: 'main',
      artifacts: [
        {
          name: 'snapshot',
          files: { 'data/ref.jsonl': readFileSync(join(FIXTURES, 'shift', 'reference.jsonl')) },
        },
      ],
    });
    const ws = workspace(
      '{ artifact: { workflow: train.yml, name: snapshot, path: data/ref.jsonl } }',
    );
    const run = await validate(gh, ws);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const drift = details(ws).dataset!.drift!;
    expect(drift.reference).toMatchObject({
      source: 'artifact',
      paths: ['data/ref.jsonl'],
      rows: 400,
      workflow: 'train.yml',
      artifact: 'snapshot',
      runId: run0.id,
      ref: 'main',
    });
    expect(drift.reference.runUrl).toContain(`/actions/runs/${run0.id}`);
    const col = (n: string) => drift.columns.find((c) => c.name === n)!;
    expect(col('country').status).toBe('fail');
    expect(col('score').psi).toBeGreaterThan(0.25);
    expect(col('age').status).toBe('pass');
    expect(run.outputs.status).toBe('fail');
  });

  it('no run with the artifact yet: missing_reference decides, and the result says why', async () => {
    const ws = workspace(
      '{ artifact: { workflow: train.yml, name: snapshot, path: data/ref.jsonl } }\n      missing_reference: warn',
    );
    const run = await validate(gh, ws);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.outputs.status).toBe('warn');
    expect(details(ws).dataset!.drift!.reference).toMatchObject({
      source: 'none',
      status: 'warn',
    });
    expect(details(ws).dataset!.drift!.reference.note).toMatch(
      /train\.yml.*missing_reference: warn/,
    );
  });
});
