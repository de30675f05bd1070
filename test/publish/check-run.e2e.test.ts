// End to end against the fake GitHub: the check run channel of the all-in-one and report actions.
// 120 located violations reach the check run in one create and two updates (GitHub takes 50
// annotations per request); a token without `checks: write` is a warning and the other channels
// still go out; without the input no check-run request is made. Run `npm run package` first.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { requireBuilt } from '../helpers/runner.js';
import { HEAD, PR, REPO, resultsWorkspace, runStep, stickyComments } from './helpers.js';

const CREATE = 'POST /repos/{owner}/{repo}/check-runs';
const UPDATE = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';

let gh: FakeGitHub;

beforeAll(() => requireBuilt('report', 'run'));
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addRepo(REPO);
  gh.addPullRequest(REPO, { number: PR, headSha: HEAD });
});
afterEach(async () => {
  gh.expectNoViolations();
  await gh.close();
});

/**
 * A repository whose data file has 200 rows: lines 1-60 break the id's type, lines 61-120 the
 * label's enum, the rest are valid; the config keeps 100 samples per group, so every invalid
 * row is located in the result.
 */
function invalidRowsWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-checkrun-ws-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, '.github'));
  const schema = {
    type: 'object',
    required: ['id', 'label'],
    properties: { id: { type: 'integer' }, label: { enum: ['cat', 'dog'] } },
  };
  writeFileSync(join(dir, 'data', 'row.schema.json'), JSON.stringify(schema));
  const rows = Array.from({ length: 200 }, (_, i) => {
    const line = i + 1;
    if (line <= 60) return { id: `x${line}`, label: 'cat' };
    if (line <= 120) return { id: line, label: 'cow' };
    return { id: line, label: 'dog' };
  });
  writeFileSync(join(dir, 'data', 'rows.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(
    join(dir, '.github', 'modelgate.yml'),
    [
      'version: 1',
      'validate:',
      '  - id: rows',
      '    schema: data/row.schema.json',
      '    data: data/rows.jsonl',
      '    max_invalid_rows: 0',
      '    samples: 100',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('the all-in-one action with check-run: true', () => {
  it('120 located errors: one create with 50 annotations, updates with 50 and 20', async () => {
    const res = await runStep(gh, 'run', invalidRowsWorkspace(), { 'check-run': 'true' });
    // The gate fails as before: the check run adds a channel, not a verdict.
    expect(res.code, res.stdout).toBe(1);

    const creates = gh.requestsTo(CREATE);
    const updates = gh.requestsTo(UPDATE);
    const sizes = (reqs: typeof creates) =>
      reqs.map((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length);
    expect(sizes(creates)).toEqual([50]);
    expect(sizes(updates)).toEqual([50, 20]);

    const [run, ...others] = gh.checkRuns(REPO);
    expect(others).toEqual([]);
    expect(run).toMatchObject({
      name: 'modelgate report',
      headSha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      detailsUrl: `https://github.com/${REPO}/actions/runs/4242`,
    });
    // The same commit as the status.
    expect(gh.statuses(REPO).map((s) => [s.sha, s.state])).toEqual([[HEAD, 'failure']]);
    expect(run!.output.title).toMatch(/^fail: /);
    expect(run!.output.summary).toContain('### ❌ modelgate: fail');
    expect(run!.output.summary).toMatch(/120 line annotations \(Files changed tab\)\.\n$/);

    // Every invalid line, once, as a failure on the data file.
    const lines = run!.annotations.map((a) => a.start_line).sort((a, b) => a - b);
    expect(lines).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    for (const a of run!.annotations) {
      expect(a).toMatchObject({ path: 'data/rows.jsonl', annotation_level: 'failure' });
      expect(a.end_line).toBe(a.start_line);
    }
    const enumLine = run!.annotations.find((a) => a.start_line === 61)!;
    expect(enumLine.message).toBe('/label: must be one of "cat", "dog" (value: "cow")');
    // The step itself still shows GitHub's 10 error annotations, and says where the rest are.
    expect(res.commands.filter((c) => c.command === 'error').length).toBeLessThanOrEqual(10);
  }, 90_000);

  it('off by default: no check-run request, the other requests as before', async () => {
    const res = await runStep(gh, 'run', invalidRowsWorkspace());
    expect(res.code).toBe(1);
    expect(gh.requests.filter((r) => r.path.includes('/check-runs'))).toEqual([]);
    expect(gh.statuses(REPO, HEAD)).toHaveLength(1);
  }, 90_000);

  it('a config that cannot be read: its problems annotated on their lines, status error', async () => {
    const ws = invalidRowsWorkspace();
    // 15 entries, each with a key the schema does not know: 15 problems, 15 lines.
    const entries = Array.from(
      { length: 15 },
      (_, i) => `  - { id: c${i}, schema: data/row.schema.json, data: data/rows.jsonl, bogus: 1 }`,
    );
    writeFileSync(
      join(ws, '.github', 'modelgate.yml'),
      ['version: 1', 'validate:', ...entries, ''].join('\n'),
    );
    const res = await runStep(gh, 'run', ws, { 'check-run': 'true' });
    expect(res.code).toBe(1);
    expect(gh.statuses(REPO).map((s) => s.state)).toEqual(['error']);
    const [run] = gh.checkRuns(REPO);
    expect(run).toMatchObject({ conclusion: 'failure', name: 'modelgate report' });
    // The status of a config error goes to the workflow's commit: so does the check run.
    expect(run!.headSha).toBe(gh.statuses(REPO)[0]!.sha);
    expect(run!.annotations.map((a) => [a.path, a.start_line])).toEqual(
      Array.from({ length: 15 }, (_, i) => ['.github/modelgate.yml', 3 + i]),
    );
    expect(run!.annotations[0]!.message).toMatch(/bogus/);
  }, 60_000);
});

describe('the report action with check-run: true', () => {
  it('a 403 on check-runs (no checks: write) is a warning; comment and status still go out', async () => {
    gh.forbid(CREATE);
    const res = await runStep(gh, 'report', resultsWorkspace(), { 'check-run': 'true' });
    // The report step does not fail on a failing verdict: the same outcome as without it.
    expect(res.code, res.stdout).toBe(0);
    const warnings = res.commands.filter((c) => c.command === 'warning').map((c) => c.message);
    expect(warnings.join('\n')).toMatch(
      /could not create the check run: GitHub API POST .*check-runs.* failed with 403[\s\S]*checks: write/,
    );
    expect(res.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(gh.checkRuns(REPO)).toEqual([]);
    expect(gh.requestsTo(UPDATE)).toEqual([]);
    expect(stickyComments(gh)).toHaveLength(1);
    expect(gh.statuses(REPO, HEAD).map((s) => s.state)).toEqual(['failure']);
  }, 60_000);

  it('any other failure fails the step, naming the request; comment and status still go out', async () => {
    gh.inject({ route: CREATE, status: 422, message: 'Validation Failed' });
    const res = await runStep(gh, 'report', resultsWorkspace(), { 'check-run': 'true' });
    expect(res.code).toBe(1);
    const errors = res.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors.join('\n')).toMatch(/POST .*check-runs.* failed with 422/);
    expect(gh.statuses(REPO, HEAD).map((s) => s.state)).toEqual(['failure']);
    expect(stickyComments(gh)).toHaveLength(1);
  }, 90_000);

  it('a named check run of a warning-only report concludes neutral, with warnings', async () => {
    const res = await runStep(gh, 'report', resultsWorkspace(true), {
      'check-run': 'true',
      'check-run-name': 'data quality',
    });
    expect(res.code).toBe(0);
    const [run] = gh.checkRuns(REPO, HEAD);
    expect(run).toMatchObject({ name: 'data quality', conclusion: 'neutral' });
    expect(run!.annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['data/train/part-0.jsonl', 17, 'warning'],
      ['data/test.csv', 4521, 'warning'],
      ['data/train/part-0.jsonl', 90211, 'warning'],
    ]);
    expect(gh.requestsTo(UPDATE)).toEqual([]);
  }, 60_000);

  it('off by default: no check-run request', async () => {
    const res = await runStep(gh, 'report', resultsWorkspace());
    expect(res.code).toBe(0);
    expect(gh.requests.filter((r) => r.path.includes('/check-runs'))).toEqual([]);
  }, 60_000);
});
