// The check run's part of the publish plan: whether there is one, its conclusion, a summary within
// GitHub's limit, and annotations only on lines of the pull request's files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkAnnotations,
  CHECK_SUMMARY_LIMIT,
  MAX_CHECK_ANNOTATIONS,
} from '../../src/core/publish/check-run.js';
import { repoPath } from '../../src/core/publish/annotations.js';
import { planConfigError, planPublish, type PublishSettings } from '../../src/core/publish/plan.js';
import type { ReportEntry } from '../../src/core/report/load.js';
import type { Result, Status } from '../../src/core/result.js';
import { compareResult, FIXTURES } from '../report/helpers.js';

const SHA = 'c'.repeat(40);

interface GroupSpec {
  file: string;
  lines: number[];
  /** Parquet: rows without a line. */
  rowGroup?: number;
}

/** A validate result built on the fixture, with one group per spec and one sample per line. */
function validateEntry(
  id: string,
  status: Status,
  groups: GroupSpec[],
  errors: Result['errors'] = [],
): ReportEntry {
  const base = JSON.parse(readFileSync(join(FIXTURES, 'training-data-warn.json'), 'utf8')) as {
    details: Record<string, unknown>;
  } & Result;
  const result = {
    ...base,
    id,
    status,
    ...(errors.length ? { errors } : {}),
    details: {
      ...base.details,
      groups: groups.map((g, i) => ({
        file: g.file,
        schemaPath: `#/properties/f${i}/type`,
        keyword: 'type',
        message: 'must be integer',
        count: g.lines.length,
        share: 0.001,
        samples: g.lines.map((line) => ({
          line,
          ...(g.rowGroup !== undefined ? { rowGroup: g.rowGroup } : {}),
          pointer: `/f${i}`,
          value: '"x"',
          message: 'must be integer',
        })),
      })),
    },
  } as Result;
  return { ok: true, path: `modelgate-results/${id}.json`, result };
}

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

const settings = (extra: Partial<PublishSettings> = {}): PublishSettings => ({
  role: 'report',
  reportId: 'modelgate',
  comment: 'always',
  status: true,
  statusContext: 'modelgate',
  failOn: 'fail',
  errorIs: 'fail',
  overrideLabel: '',
  overrideScope: 'commit',
  summary: true,
  commentLimit: 60_000,
  checkRunName: 'modelgate report',
  ...extra,
});

const plan = (
  entries: ReportEntry[],
  s: Partial<PublishSettings> = {},
  target: { sha?: string; refused?: string } = { sha: SHA },
) =>
  planPublish({
    entries,
    settings: settings(s),
    target: { pr: 7, notes: [], ...target },
    runUrl: 'https://github.com/o/r/actions/runs/1',
    version: '0.1.0',
  });

const failing120 = () =>
  validateEntry('train', 'fail', [
    { file: 'data/train.jsonl', lines: range(10, 60) },
    { file: 'data/test.jsonl', lines: range(500, 60) },
  ]);

describe('whether there is a check run', () => {
  it('none unless asked for; none for the gate role, a refused target or no commit', () => {
    const entries = [failing120()];
    expect(plan(entries, { checkRunName: undefined }).checkRun).toBeUndefined();
    expect(plan(entries, { role: 'gate' }).checkRun).toBeUndefined();
    expect(plan(entries, {}, { sha: SHA, refused: 'untrusted' }).checkRun).toBeUndefined();
    expect(plan(entries, {}, {}).checkRun).toBeUndefined();
    // Its own switch: no status and no comment do not take the check run away.
    const alone = plan(entries, { status: false, comment: 'never', role: 'all' }).checkRun;
    expect(alone).toMatchObject({ name: 'modelgate report', headSha: SHA });
  });
});

describe('the check run of a failing validation with 120 located violations', () => {
  const run = plan([failing120()]).checkRun!;

  it('concludes failure, titled by the verdict, on the status commit', () => {
    expect(run.conclusion).toBe('failure');
    expect(run.headSha).toBe(SHA);
    expect(run.title).toMatch(/^fail: /);
  });

  it('annotates all 120 lines as failures, worst groups interleaved, nothing omitted', () => {
    expect(run.annotations).toHaveLength(120);
    expect(run.omitted).toBe(0);
    expect(new Set(run.annotations.map((a) => a.level))).toEqual(new Set(['failure']));
    expect(run.annotations.slice(0, 2).map((a) => [a.path, a.startLine])).toEqual([
      ['data/train.jsonl', 10],
      ['data/test.jsonl', 500],
    ]);
    for (const a of run.annotations) expect(a.endLine).toBe(a.startLine);
    const lines = run.annotations.filter((a) => a.path === 'data/train.jsonl');
    expect(lines.map((a) => a.startLine)).toEqual(range(10, 60));
  });

  it('summarises the report and the annotations', () => {
    expect(run.summary).toContain('### ❌ modelgate: fail');
    expect(run.summary).toMatch(/120 line annotations \(Files changed tab\)\.\n$/);
  });
});

describe('conclusion', () => {
  const compare = (status: Status): ReportEntry => ({
    ok: true,
    path: 'c.json',
    result: compareResult('c', status, [{ name: 'accuracy', status: status as 'pass' }]),
  });
  it.each([
    ['pass', 'success'],
    ['warn', 'neutral'],
    ['fail', 'failure'],
  ] as const)('%s → %s', (status, conclusion) => {
    expect(plan([compare(status)]).checkRun!.conclusion).toBe(conclusion);
  });

  it('fail-on warn: a warning blocks, so the run fails', () => {
    expect(plan([compare('warn')], { failOn: 'warn' }).checkRun!.conclusion).toBe('failure');
  });

  it('a comparison without located problems: no annotations, the summary says so', () => {
    const run = plan([compare('fail')]).checkRun!;
    expect(run.annotations).toEqual([]);
    expect(run.summary).toMatch(/No result points at a line of a file\.\n$/);
  });
});

describe('annotations', () => {
  it('located errors first; warnings for a warning result; no line, no annotation', () => {
    const entries = [
      validateEntry('ok', 'warn', [{ file: 'data/a.csv', lines: [3, 4] }]),
      validateEntry(
        'pq',
        'fail',
        [{ file: 'data/p.parquet', lines: [1, 2], rowGroup: 0 }],
        [
          { message: 'unknown keyword', file: 'schemas/row.json', line: 12 },
          { message: 'no line here', file: 'schemas/row.json' },
        ],
      ),
    ];
    const { annotations, omitted } = checkAnnotations(entries);
    expect(annotations.map((a) => [a.level, a.path, a.startLine])).toEqual([
      ['failure', 'schemas/row.json', 12],
      ['warning', 'data/a.csv', 3],
      ['warning', 'data/a.csv', 4],
    ]);
    // The two Parquet rows have no line.
    expect(omitted).toBe(2);
  });

  it('a comparison error on a metrics file line is annotated with the key', () => {
    const result = compareResult('c', 'error', [{ name: 'accuracy', status: 'fail' }]);
    result.errors = [
      { message: 'not a number', file: 'metrics/candidate.json', line: 7, key: 'f1' },
    ];
    const entry: ReportEntry = { ok: true, path: 'c.json', result };
    const [a, ...more] = checkAnnotations([entry]).annotations;
    expect(more).toEqual([]);
    expect(a).toMatchObject({ path: 'metrics/candidate.json', startLine: 7, level: 'failure' });
    expect(a!.message).toBe("metrics/candidate.json:7: key 'f1': not a number");
  });

  it('paths outside the repository, absolute, or a baseline copy are never annotated', () => {
    for (const bad of [
      '../secret.txt',
      '/etc/passwd',
      'C:/x.csv',
      'a//b.csv',
      'data/../../x',
      'm.json at 1a2b3c4',
      'a\nb.csv',
    ]) {
      expect(repoPath(bad), bad).toBeUndefined();
    }
    expect(repoPath('./data\\x.csv')).toBe('data/x.csv');
    const entry = validateEntry('v', 'fail', [
      { file: '../outside.jsonl', lines: [1] },
      { file: 'data/in.jsonl', lines: [2] },
    ]);
    const { annotations, omitted } = checkAnnotations([entry]);
    expect(annotations.map((a) => a.path)).toEqual(['data/in.jsonl']);
    expect(omitted).toBe(1);
  });

  it('messages and titles are one line of visible text, bounded', () => {
    const entry = validateEntry('v', 'fail', [{ file: 'data/x.jsonl', lines: [1] }]);
    const g = (
      entry as unknown as { result: { details: { groups: Array<Record<string, unknown>> } } }
    ).result.details.groups[0]!;
    (g.samples as Array<Record<string, string>>)[0]!.message =
      `bad\nvalue\u202e ${'y'.repeat(5000)}`;
    g.keyword = `k${'z'.repeat(400)}`;
    const [a] = checkAnnotations([entry]).annotations;
    expect(a!.message).not.toMatch(/[\n\u202e]/);
    expect(a!.message.length).toBeLessThanOrEqual(1000);
    expect(a!.title.length).toBeLessThanOrEqual(255);
  });

  it(`at most ${MAX_CHECK_ANNOTATIONS}; the rest are counted and named in the summary`, () => {
    const entry = validateEntry('big', 'fail', [
      { file: 'data/a.jsonl', lines: range(1, 300) },
      { file: 'data/b.jsonl', lines: range(1, 300) },
    ]);
    const run = plan([entry]).checkRun!;
    expect(run.annotations).toHaveLength(MAX_CHECK_ANNOTATIONS);
    expect(run.omitted).toBe(100);
    expect(run.summary).toMatch(
      /500 line annotations \(Files changed tab\); 100 more located problems are in the result files\.\n$/,
    );
  });
});

it(`the summary stays within GitHub's ${CHECK_SUMMARY_LIMIT} characters`, () => {
  const metrics = range(0, 3000).map((i) => ({
    name: `metric_${i}_${'n'.repeat(60)}`,
    status: 'fail' as const,
    reason: 'dropped by 0.01, more than max_drop 0.005 allows',
  }));
  const entry: ReportEntry = {
    ok: true,
    path: 'c.json',
    result: compareResult('c', 'fail', metrics),
  };
  const run = plan([entry], { commentLimit: Infinity }).checkRun!;
  expect(run.summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
  expect(run.summary.length).toBeGreaterThan(CHECK_SUMMARY_LIMIT - 5000);
  expect(run.summary).toContain('✂️ Shortened');
});

describe('a config that cannot be read', () => {
  const problems = Array.from({ length: 15 }, (_, i) => ({
    file: '.github/modelgate.yml',
    line: 3 + i,
    text: `.github/modelgate.yml:${3 + i}: key 'validate[${i}]': unknown key '@team <b>'`,
  }));
  const message = '.github/modelgate.yml: 15 problems in the config; nothing was run';

  it('fails, annotates every problem on its line, lists them escaped', () => {
    const run = planConfigError(message, SHA, { name: 'modelgate report', problems }).checkRun!;
    expect(run).toMatchObject({ conclusion: 'failure', headSha: SHA, name: 'modelgate report' });
    expect(run.title).toBe(`error: ${message}`);
    expect(run.annotations.map((a) => [a.path, a.startLine, a.level])).toEqual(
      problems.map((p) => ['.github/modelgate.yml', p.line, 'failure']),
    );
    expect(run.summary.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(15);
    // PR text in Markdown: no live mention, no HTML.
    expect(run.summary).not.toMatch(/@team|<b>/);
    expect(run.summary).toMatch(/15 line annotations \(Files changed tab\)\.\n$/);
  });

  it('a problem without a line is listed, not annotated; no check run without a commit or a name', () => {
    const run = planConfigError(message, SHA, {
      name: 'x',
      problems: [{ file: '.github/modelgate.yml', text: 'not YAML' }],
    }).checkRun!;
    expect(run.annotations).toEqual([]);
    expect(run.omitted).toBe(1);
    expect(run.summary).toContain('- not YAML');
    expect(planConfigError(message, undefined, { name: 'x', problems }).checkRun).toBeUndefined();
    expect(planConfigError(message, SHA).checkRun).toBeUndefined();
  });
});
