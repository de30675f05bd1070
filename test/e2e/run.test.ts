// End to end: the all-in-one action (`node dist/run.js`) against one fake GitHub, and the four
// composable actions (validate ×2, compare, report, gate) in sequence against a second, fresh
// fake, on the example project with a real pull_request payload. Same verdict, same comment body,
// same commit status, same result files. Run `npm run build` first.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { REPO_ROOT, requireBuilt, runAction, type ActionRun } from '../helpers/runner.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
  name: string;
  examples: Array<Record<string, unknown>>;
}>;
const prEvent = structuredClone(
  examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!,
) as { number: number; pull_request: { head: { sha: string } }; repository: { full_name: string } };
const REPO = prEvent.repository.full_name;
const PR = prEvent.number;
const HEAD = prEvent.pull_request.head.sha;
const RUN_ID = '777';
const LABEL = 'modelgate: accept-regression';
const SCHEMA = 'examples/schemas/customer.schema.json';

/** A checkout of a repository that uses the example project, config at the default path. */
function workspace(
  config = readFileSync(join(REPO_ROOT, 'examples', 'modelgate.yml'), 'utf8'),
): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-run-ws-'));
  for (const sub of ['data', 'schemas', 'metrics', 'eval']) {
    cpSync(join(REPO_ROOT, 'examples', sub), join(dir, 'examples', sub), { recursive: true });
  }
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github', 'modelgate.yml'), config);
  return dir;
}

/** The event when LABEL is applied: what starts a run with labeled/unlabeled triggers. */
const labeledEvent = {
  ...prEvent,
  action: 'labeled',
  label: { name: LABEL },
  pull_request: { ...prEvent.pull_request, labels: [{ name: LABEL }] },
};

function step(
  gh: FakeGitHub,
  name: string,
  ws: string,
  inputs: Record<string, string> = {},
  payload: unknown = prEvent,
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
      GITHUB_WORKFLOW: 'modelgate',
    },
    timeoutMs: 60_000,
  });
}

/** What the example config says, as the four composable actions' inputs. */
async function composable(
  gh: FakeGitHub,
  ws: string,
  gateInputs: Record<string, string>,
  payload: unknown = prEvent,
) {
  const steps: ActionRun[] = [];
  steps.push(
    await step(gh, 'validate', ws, {
      id: 'training-data',
      title: 'Training data',
      schema: SCHEMA,
      data: 'examples/data/*.jsonl',
      'max-invalid-rows': '0',
    }),
  );
  steps.push(
    await step(gh, 'validate', ws, {
      id: 'holdout-data',
      title: 'Holdout data',
      schema: SCHEMA,
      data: 'examples/data/holdout.csv',
      'max-invalid-rows': '2%',
      'warn-invalid-rows': '0',
    }),
  );
  steps.push(await step(gh, 'compare', ws, { config: '.github/modelgate.yml', id: 'churn-model' }));
  for (const s of steps) expect(s.code, s.stdout + s.stderr).toBe(0);
  const report = await step(gh, 'report', ws, gateInputs, payload);
  const gate = await step(gh, 'gate', ws, gateInputs, payload);
  return { report, gate, checks: steps };
}

/** Annotations placed on files or naming a check: what validate and compare add to a PR. */
const checkAnnotations = (runs: ActionRun[]) =>
  runs
    .flatMap((r) => r.commands)
    .filter(
      (c) => c.properties.file || /^modelgate (validate|compare) /.test(c.properties.title ?? ''),
    )
    .map((c) => `${c.command} ${JSON.stringify(c.properties)} ${c.message}`);

/** A result file without what differs from run to run (time of writing, duration). */
function stable(path: string): unknown {
  const r = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  delete r.createdAt;
  delete (r.details as Record<string, unknown>).durationMs;
  return r;
}

const statusesOf = (gh: FakeGitHub) =>
  gh.statuses(REPO).map((s) => ({
    sha: s.sha,
    state: s.state,
    context: s.context,
    description: s.description,
    targetUrl: s.targetUrl,
  }));

let one: FakeGitHub;
let four: FakeGitHub;

beforeEach(async () => {
  one = await startFakeGitHub();
  four = await startFakeGitHub();
  for (const gh of [one, four]) {
    gh.addRepo(REPO);
    gh.addPullRequest(REPO, { number: PR, headSha: HEAD });
  }
});

afterEach(async () => {
  for (const gh of [one, four]) {
    gh.expectNoViolations();
    await gh.close();
  }
});

describe('the all-in-one action', () => {
  beforeAll(() => requireBuilt('run', 'validate', 'compare', 'report', 'gate'));

  it('gives the same verdict, comment, status and result files as the four actions in sequence', async () => {
    const wsOne = workspace();
    const wsFour = workspace();
    const all = await step(one, 'run', wsOne);
    const { report, gate, checks } = await composable(four, wsFour, { 'override-label': LABEL });

    // The same annotations: two invalid holdout rows, one failing slice.
    expect(checkAnnotations([all])).toEqual(checkAnnotations(checks));
    expect(
      checkAnnotations([all]).filter((a) => a.includes('"file":"examples/data/holdout.csv"')),
    ).toHaveLength(2);
    expect(
      checkAnnotations([all]).filter(
        (a) => a.startsWith('error') && a.includes('accuracy [region=apac]'),
      ),
    ).toHaveLength(1);

    // The gate fails on the apac slice; the holdout data only warns.
    expect(all.code, all.stdout + all.stderr).toBe(1);
    expect(gate.code).toBe(1);
    expect(report.code).toBe(0);
    expect(all.outputs).toMatchObject({
      verdict: 'fail',
      failed: 'true',
      passed: 'false',
      warned: 'true',
      reason: '1 of 3 checks failed: churn-model (fail)',
    });
    expect(all.outputs.verdict).toBe(report.outputs.verdict);
    expect(all.outputs.verdict).toBe(gate.outputs.verdict);
    expect(all.outputs.reason).toBe(gate.outputs.reason);
    expect(all.outputs.warned).toBe(gate.outputs.warned);
    expect(all.outputs['result-paths']!.split('\n')).toEqual([
      'modelgate-results/training-data.json',
      'modelgate-results/holdout-data.json',
      'modelgate-results/compare-churn-model.json',
    ]);

    const [c1] = one.comments(REPO, PR);
    const [c4] = four.comments(REPO, PR);
    expect(one.comments(REPO, PR)).toHaveLength(1);
    expect(four.comments(REPO, PR)).toHaveLength(1);
    expect(c1!.body).toBe(c4!.body);
    expect(c1!.body).toContain('### ❌ modelgate: fail · 1 of 3 checks failed: churn-model (fail)');
    expect(c1!.body).toContain('#### ⚠️ Holdout data · validate holdout-data');
    expect(c1!.body).toContain('#### ✅ Training data · validate training-data');
    // The failing slice is listed first, in words, before anything folded.
    expect(c1!.body).toMatch(
      /\n- ❌ \*\*accuracy · region = apac\*\*: .* — significant regression/,
    );
    expect(c1!.body.indexOf('region = apac')).toBeLessThan(c1!.body.indexOf('<details>'));
    expect(all.outputs['comment-url']).toBe(report.outputs['comment-url']);

    expect(statusesOf(one)).toEqual(statusesOf(four));
    expect(statusesOf(one)).toEqual([
      {
        sha: HEAD,
        state: 'failure',
        context: 'modelgate',
        description: 'fail: 1 of 3 checks failed: churn-model (fail)',
        targetUrl: `https://github.com/${REPO}/actions/runs/${RUN_ID}`,
      },
    ]);

    const files = readdirSync(join(wsOne, 'modelgate-results')).sort();
    expect(readdirSync(join(wsFour, 'modelgate-results')).sort()).toEqual(files);
    for (const f of files) {
      expect(stable(join(wsOne, 'modelgate-results', f)), f).toEqual(
        stable(join(wsFour, 'modelgate-results', f)),
      );
    }
    // The failure is an annotation of the step; the job summary holds the full report.
    expect(
      all.commands.some(
        (c) => c.command === 'error' && /modelgate gate: 1 of 3 checks failed/.test(c.message),
      ),
    ).toBe(true);
    expect(all.summary).toContain('#### ❌ Churn model · compare churn-model');
  });

  it('honours the override label the same way: pass with a warning, green status', async () => {
    for (const gh of [one, four]) {
      gh.setPermission(REPO, 'maintainer', 'maintain');
      gh.addLabel(REPO, PR, LABEL, 'maintainer');
    }
    const all = await step(one, 'run', workspace(), {}, labeledEvent);
    const { report, gate } = await composable(
      four,
      workspace(),
      { 'override-label': LABEL },
      labeledEvent,
    );
    expect(all.code, all.stdout + all.stderr).toBe(0);
    expect(gate.code).toBe(0);
    expect(all.outputs).toMatchObject({ verdict: 'warn', failed: 'false', passed: 'true' });
    expect(all.outputs['override-by']).toBe('maintainer');
    expect(all.outputs['override-at']).toBe(gate.outputs['override-at']);
    expect(report.outputs.verdict).toBe('warn');
    expect(one.comments(REPO, PR)[0]!.body).toBe(four.comments(REPO, PR)[0]!.body);
    expect(one.comments(REPO, PR)[0]!.body).toContain('**Overridden.**');
    expect(statusesOf(one)).toEqual(statusesOf(four));
    expect(statusesOf(one)[0]!.state).toBe('success');
  });

  it('one decision, few requests: 30 comments, the gate failing, the label absent: 4 + the base config', async () => {
    for (let i = 0; i < 30; i++) one.addComment(REPO, PR, { body: `comment ${i}`, user: 'alice' });
    const all = await step(one, 'run', workspace());
    expect(all.code).toBe(1);
    const requests = one.requests.map((r) => r.operation);
    expect(requests).toEqual([
      // rules_from: the base commit's copy of the config (a shallow clone has not got it).
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'POST /repos/{owner}/{repo}/statuses/{sha}',
    ]);
  });

  it('inputs win over the config: status context, fail-on, comment', async () => {
    const all = await step(one, 'run', workspace(), {
      'status-context': 'ml/gate',
      'fail-on': 'warn',
      comment: 'false',
      'results-dir': 'out/results',
    });
    expect(all.code).toBe(1);
    expect(all.outputs.reason).toBe(
      '1 of 3 checks failed: churn-model (fail); 1 warned with fail-on warn',
    );
    expect(one.comments(REPO, PR)).toHaveLength(0);
    expect(one.statuses(REPO).map((s) => s.context)).toEqual(['ml/gate']);
    expect(all.outputs['result-paths']).toContain('out/results/compare-churn-model.json');
  });

  it("takes report.comment_author from the config: another app's token keeps one comment", async () => {
    const APP_TOKEN = 'ghs_otherAppInstallationToken0123456789';
    one.addToken(APP_TOKEN, { login: 'my-app[bot]', installation: true });
    const config = readFileSync(join(REPO_ROOT, 'examples', 'modelgate.yml'), 'utf8').replace(
      '  history: false\n',
      "  history: false\n  comment_author: 'my-app[bot]'\n",
    );
    expect(config).toContain('comment_author');
    const ws = workspace(config);
    for (let i = 0; i < 2; i++) {
      const all = await step(one, 'run', ws, { 'github-token': APP_TOKEN });
      expect(all.code, all.stdout + all.stderr).toBe(1);
    }
    expect(one.comments(REPO, PR).map((c) => c.user.login)).toEqual(['my-app[bot]']);
    // The input wins over the config: a different author is not us, so a new comment is written.
    const other = await step(one, 'run', ws, {
      'github-token': APP_TOKEN,
      'comment-author': 'someone-else[bot]',
    });
    expect(other.code).toBe(1);
    expect(one.comments(REPO, PR)).toHaveLength(2);
  });

  it('never places more than 10 error annotations in the step, however many checks fail', async () => {
    // Three checks, each with 3 groups × 5 samples of annotatable violations: 45 candidates.
    const rows = Array.from({ length: 10 }, (_, i) =>
      JSON.stringify({ id: `r${i}`, a: 'x', b: 'x', c: 'x' }),
    ).join('\n');
    const checks = ['one', 'two', 'three'].map(
      (id) =>
        `  - { id: ${id}, schema: s.schema.json, data: ${id}.jsonl, max_invalid_rows: 0, max_annotations: 50 }`,
    );
    const ws = workspace(`version: 1\nvalidate:\n${checks.join('\n')}\n`);
    writeFileSync(
      join(ws, 's.schema.json'),
      JSON.stringify({
        type: 'object',
        properties: { a: { type: 'integer' }, b: { type: 'integer' }, c: { type: 'integer' } },
      }),
    );
    for (const id of ['one', 'two', 'three']) writeFileSync(join(ws, `${id}.jsonl`), rows + '\n');
    const all = await step(one, 'run', ws);
    expect(all.code).toBe(1);
    const errors = all.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.filter((c) => c.properties.file)).toHaveLength(9);
    expect(errors.at(-1)!.message).toMatch(/^modelgate gate: 3 of 3 checks failed/);
    const notices = all.commands.filter((c) => c.command === 'notice');
    expect(notices).toHaveLength(1);
    // 3 × 30 violations, 9 annotated
    expect(notices[0]!.message).toMatch(
      /^81 more violations are not annotated: see the job summary and modelgate-results\/one\.json, modelgate-results\/two\.json, modelgate-results\/three\.json/,
    );
  });

  it('a bad config: located error annotations, nothing run, an error status saying where to look', async () => {
    const config = readFileSync(join(REPO_ROOT, 'examples', 'modelgate.yml'), 'utf8').replace(
      'max_drop: 0.02',
      'max_dorp: 0.02',
    );
    const ws = workspace(config);
    const all = await step(one, 'run', ws);
    expect(all.code).toBe(1);
    const errors = all.commands.filter((c) => c.command === 'error');
    const line = config.split('\n').findIndex((l) => l.includes('max_dorp')) + 1;
    expect(errors[0]!.properties).toMatchObject({
      file: '.github/modelgate.yml',
      line: String(line),
    });
    expect(errors[0]!.message).toContain(`.github/modelgate.yml:${line}:`);
    expect(errors[0]!.message).toContain(
      "compare[0].metrics.accuracy.slices.region: unknown key 'max_dorp'; did you mean 'max_drop'?",
    );
    expect(existsSync(join(ws, 'modelgate-results'))).toBe(false);
    expect(one.comments(REPO, PR)).toHaveLength(0);
    // A required status must not stay pending: it says error, and where to look.
    expect(statusesOf(one)).toEqual([
      {
        sha: HEAD,
        state: 'error',
        context: 'modelgate',
        description: expect.stringMatching(
          /^config error: \.github\/modelgate\.yml: 1 problem in the config; nothing was run; see the job log annotations$/,
        ),
        targetUrl: `https://github.com/${REPO}/actions/runs/${RUN_ID}`,
      },
    ]);
    expect(all.outputs.verdict).toBe('error');
  });
});
