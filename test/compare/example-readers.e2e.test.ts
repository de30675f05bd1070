// End to end: each named reader's fixture (test/fixtures/example-readers) gated through the
// bundled CLI (`node dist/cli.js compare --config`) and the bundled compare action, the latter
// run as the runner does against the local fake of GitHub's REST API.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, runAction } from '../helpers/runner.js';
import { pullRequestEvent } from '../helpers/pull-request-event.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { assertResult, type Result } from '../../src/core/result.js';
import type { CompareDetails } from '../../src/core/compare/types.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'example-readers');
const REF = JSON.parse(readFileSync(join(FIXTURES, 'reference.json'), 'utf8'));
const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const REPO = 'octo/model';

interface Case {
  tool: string;
  files: [candidate: string, baseline: string];
  metrics: string[];
  /** metric → [reference key in reference.json, metric name there]. */
  expect: Record<string, [string, string]>;
}

const CASES: Case[] = [
  {
    tool: 'lm-eval',
    files: ['lm-eval/samples_gsm8k_candidate.jsonl', 'lm-eval/samples_gsm8k_baseline.jsonl'],
    metrics: [
      'gsm8k_flexible: { direction: higher, max_drop: 0.5, from: { column: "exact_match,flexible-extract" } }',
    ],
    expect: { gsm8k_flexible: ['lm-eval', 'exact_match,flexible-extract'] },
  },
  {
    tool: 'promptfoo',
    files: ['promptfoo/candidate.json', 'promptfoo/baseline.json'],
    metrics: ['pass_rate: { direction: higher, max_drop: 0.3, from: { column: success } }'],
    expect: { pass_rate: ['promptfoo', 'success'] },
  },
  {
    tool: 'inspect-json',
    files: ['inspect/candidate.json', 'inspect/baseline.json'],
    metrics: ['match: { direction: higher, max_drop: 0.3, from: { column: match } }'],
    expect: { match: ['inspect', 'match'] },
  },
  {
    tool: 'inspect-eval',
    files: ['inspect/candidate.eval', 'inspect/baseline.eval'],
    metrics: ['match: { direction: higher, max_drop: 0.3, from: { column: match } }'],
    expect: { match: ['inspect', 'match'] },
  },
  {
    tool: 'openai-evals',
    files: ['openai-evals/candidate.jsonl', 'openai-evals/baseline.jsonl'],
    metrics: [
      'accuracy: { direction: higher, max_drop: 0.3, from: { column: correct } }',
      'pass_at_2: { direction: higher, max_drop: 0.3, from: { column: correct, pass_at: 2 } }',
    ],
    expect: { accuracy: ['openai-evals', 'correct'], pass_at_2: ['openai-evals', 'pass@2'] },
  },
];

function workspace(c: Case, extraRule = ''): string {
  const dir = mkdtempSync(join(tmpdir(), `mg-readers-${c.tool}-`));
  const names = c.files.map((f) => `scores/${f.split('/').pop()}`) as [string, string];
  mkdirSync(join(dir, 'scores'));
  c.files.forEach((f, i) => copyFileSync(join(FIXTURES, f), join(dir, names[i]!)));
  const config = [
    'version: 1',
    'compare:',
    `  - id: ${c.tool}`,
    `    examples: { candidate: ${names[0]}, baseline: ${names[1]}, resamples: 2000 }`,
    '    metrics:',
    ...[...c.metrics, ...(extraRule ? [extraRule] : [])].map((m) => `      ${m}`),
  ];
  writeFileSync(join(dir, 'modelgate.yml'), config.join('\n') + '\n');
  return dir;
}

function readResult(path: string): Result<'compare', CompareDetails> {
  const parsed = JSON.parse(readFileSync(path, 'utf8'));
  assertResult(parsed);
  return parsed as unknown as Result<'compare', CompareDetails>;
}

function checkRows(c: Case, result: Result<'compare', CompareDetails>): void {
  for (const [metric, [tool, name]] of Object.entries(c.expect)) {
    const row = result.details.metrics.find((m) => m.name === metric && !m.slice)!;
    expect(row, metric).toMatchObject({ source: 'examples', gated: true, n: 40 });
    expect(row.baseline).toBeCloseTo(REF[tool][name].baseline, 12);
    expect(row.candidate).toBeCloseTo(REF[tool][name].candidate, 12);
  }
}

beforeAll(() => {
  for (const entry of [CLI, join(REPO_ROOT, 'dist', 'compare.js')])
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run package\` first`);
});

describe('modelgate compare on each tool’s per-example file', () => {
  for (const c of CASES) {
    it(`${c.tool}: detected by content, gated, exit 0; a failing rule exits 1`, () => {
      const ws = workspace(c);
      const r = spawnSync(NODE, [CLI, 'compare', '--config', 'modelgate.yml'], {
        cwd: ws,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^PASS /);
      checkRows(c, readResult(join(ws, 'modelgate-results', `compare-${c.tool}.json`)));

      const column = c.metrics[0]!.match(/column: ("[^"]+"|\w+)/)![1];
      const failing = workspace(
        c,
        `strict: { direction: higher, min: 0.99, from: { column: ${column} } }`,
      );
      const bad = spawnSync(NODE, [CLI, 'compare', '--config', 'modelgate.yml'], {
        cwd: failing,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(bad.status, bad.stdout + bad.stderr).toBe(1);
      expect(bad.stdout).toMatch(/^FAIL /);
    });
  }

  it('format: forces a reader; the wrong one is an error (exit 2) naming the file', () => {
    const c = CASES[2]!;
    const ws = workspace(c);
    const cfg = readFileSync(join(ws, 'modelgate.yml'), 'utf8').replace(
      'resamples: 2000',
      'resamples: 2000, format: openai-evals',
    );
    writeFileSync(join(ws, 'modelgate.yml'), cfg);
    const r = spawnSync(NODE, [CLI, 'compare', '--config', 'modelgate.yml'], {
      cwd: ws,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/scores\/candidate\.json/);
  });
});

// GitHub's own pull_request payload, pointed at the fake repository.
function prEvent(): { name: string; payload: unknown } {
  return pullRequestEvent(REPO, 'a'.repeat(40), 'b'.repeat(40));
}

describe('the compare action on each tool’s per-example file', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await gh.close();
  });

  for (const c of CASES) {
    it(`${c.tool}: status pass, result rows from the examples`, async () => {
      const ws = workspace(c);
      const run = await runAction('compare', {
        workspace: ws,
        event: prEvent(),
        env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: '99' },
        inputs: { config: 'modelgate.yml', 'github-token': gh.token },
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ passed: 'true', status: 'pass', regressions: '0' });
      checkRows(c, readResult(run.outputs['result-path']!));
      // Names go through the Markdown escaper (`_` → `\_`).
      expect(run.summary).toContain(Object.keys(c.expect)[0]!.replace(/_/g, '\\_'));
    });
  }
});
