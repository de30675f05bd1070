// Check runs against the fake: one create, then updates of at most 50 annotations each, all
// conforming to GitHub's OpenAPI description (which allows 50 per request).
import { describe, expect, test } from 'vitest';
import {
  ANNOTATIONS_PER_REQUEST,
  createCheckRun,
  MAX_CHECK_SUMMARY,
  type CheckAnnotation,
} from '../../src/github/check-runs.js';
import { useFakeGitHub } from './helpers.js';

const h = useFakeGitHub();
const REPO = 'octo/model';
const CREATE = 'POST /repos/{owner}/{repo}/check-runs';
const UPDATE = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';

const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({
    path: 'data/rows.jsonl',
    startLine: i + 1,
    endLine: i + 1,
    level: i % 2 ? 'warning' : 'failure',
    message: `row ${i + 1} is invalid`,
    title: 'type: 1 record',
  }));

const create = (n: number, extra: { summary?: string; headSha?: string } = {}) => {
  const pr = h.gh.addPullRequest(REPO);
  return createCheckRun(h.client(), {
    owner: 'octo',
    repo: 'model',
    name: 'modelgate report',
    headSha: extra.headSha ?? pr.headSha,
    conclusion: 'failure',
    title: 'fail: 1 of 1 checks failed',
    summary: extra.summary ?? '### ❌ modelgate: fail',
    annotations: annotations(n),
    detailsUrl: 'https://github.com/octo/model/actions/runs/1',
  });
};

const batchSizes = (operation: string) =>
  h.gh
    .requestsTo(operation)
    .map((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length);

describe('createCheckRun', () => {
  test.each([
    [0, [0], []],
    [1, [1], []],
    [50, [50], []],
    [51, [50], [1]],
    [120, [50], [50, 20]],
  ])('%i annotations: create %j, updates %j', async (n, creates, updates) => {
    const res = await create(n);
    expect(batchSizes(CREATE)).toEqual(creates);
    expect(batchSizes(UPDATE)).toEqual(updates);
    expect(res.requests).toBe(creates.length + updates.length);
    const [run] = h.gh.checkRuns(REPO);
    expect(run!.annotations.map((a) => a.start_line)).toEqual(
      Array.from({ length: n }, (_, i) => i + 1),
    );
    expect(run).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      name: 'modelgate report',
      output: { title: 'fail: 1 of 1 checks failed', summary: '### ❌ modelgate: fail' },
      detailsUrl: 'https://github.com/octo/model/actions/runs/1',
    });
    // Every update repeats title and summary, which GitHub requires beside annotations.
    for (const u of h.gh.requestsTo(UPDATE)) {
      expect(u.body).toMatchObject({
        output: { title: run!.output.title, summary: '### ❌ modelgate: fail' },
      });
    }
  });

  test('the fake refuses 51 annotations in one request, as GitHub does', async () => {
    const pr = h.gh.addPullRequest(REPO);
    await expect(
      h.client().rest.checks.create({
        owner: 'octo',
        repo: 'model',
        name: 'x',
        head_sha: pr.headSha,
        output: {
          title: 't',
          summary: 's',
          annotations: annotations(ANNOTATIONS_PER_REQUEST + 1).map((a) => ({
            path: a.path,
            start_line: a.startLine,
            end_line: a.endLine,
            annotation_level: a.level,
            message: a.message,
          })),
        },
      }),
    ).rejects.toThrow(/failed with 422/);
    expect(h.gh.takeViolations().join('\n')).toMatch(/annotations/);
  });

  test('a summary over 65,535 characters or a short SHA is refused before any request', async () => {
    await expect(create(1, { summary: 'x'.repeat(MAX_CHECK_SUMMARY + 1) })).rejects.toThrow(
      /65535/,
    );
    await expect(create(1, { headSha: 'abc1234' })).rejects.toThrow(/not a full commit SHA/);
    expect(h.gh.requests).toEqual([]);
  });
});
