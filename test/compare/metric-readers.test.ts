import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertResult } from '../../src/core/result.js';
import { runCompare } from '../../src/core/compare/compare.js';
import { loadMetrics, MetricFileError, parseMetrics } from '../../src/core/compare/metrics-file.js';
import type { MetricSet } from '../../src/core/compare/metrics-file.js';
import { joinName, splitName } from '../../src/core/compare/metric-names.js';
import { inspectHeaderMetrics } from '../../src/core/compare/metric-readers/inspect.js';
import { METRIC_FORMATS } from '../../src/core/compare/metric-readers/index.js';
import { decideWithStderr } from '../../src/core/compare/stderr-interval.js';
import { deriveCompare } from '../../src/core/evidence/compare.js';
import type { CompareEntry, MetricRow } from '../../src/core/compare/types.js';
import { decideGate, gateItems } from '../../src/core/gate/decide.js';
import { loadResults } from '../../src/core/report/load.js';
import { renderReport } from '../../src/core/report/render.js';
import compareSchema from '../../schemas/config-compare.schema.json' with { type: 'json' };

const TOOLS = join(import.meta.dirname, '..', 'fixtures', 'compare', 'tools');
const STDERR = join(import.meta.dirname, '..', 'fixtures', 'stats', 'stderr', 'reference.json');

const read = (tool: string, side = 'candidate') =>
  loadMetrics(join(TOOLS, tool, `${side}.json`), `${tool}/${side}.json`);
const value = (set: MetricSet, name: string) => set.values.get(name)?.value;

function toolWorkspace(tool: string): string {
  const ws = mkdtempSync(join(tmpdir(), 'mg-readers-'));
  cpSync(join(TOOLS, tool), ws, { recursive: true });
  return ws;
}

async function gate(
  tool: string,
  metrics: CompareEntry['metrics'],
  extra: Partial<CompareEntry> = {},
) {
  const result = await runCompare(
    {
      id: tool,
      candidate: 'candidate.json',
      baseline: { path: 'baseline.json' },
      metrics,
      ...extra,
    },
    { workspace: toolWorkspace(tool) },
  );
  assertResult(result);
  const problems: string[] = [];
  // The evidence check derives every gated row's status again from what the row records.
  expect(deriveCompare(result.details, problems)).toBe(result.status);
  expect(problems).toEqual([]);
  return result;
}
const rowOf = (rows: MetricRow[], name: string) => rows.find((r) => r.name === name && !r.slice);

describe('named readers: each tool file as the tool writes it', () => {
  it('lm-evaluation-harness: task.metric,filter with its standard error; lists and metadata left out', () => {
    const set = read('lm-eval');
    expect(set.format).toBe('lm-eval');
    expect(set.values.get('arc_easy.acc,none')).toMatchObject({ value: 0.715, stderr: 0.0093 });
    expect(value(set, 'reasoning.acc,none')).toBe(0.512);
    // "N/A" standard error: the value without one.
    expect(set.values.get('hellaswag.acc_norm,none')?.stderr).toBeUndefined();
    expect([...set.values.keys()].some((k) => k.includes('stderr'))).toBe(false);
    expect(
      [...set.values.keys()].some((k) => /alias|batch|group_subtasks|metric_list/.test(k)),
    ).toBe(false);
    expect(set.invalid.size).toBe(0);
  });

  it('Hugging Face evaluate.save: metric values, parameters shown, _ metadata left out', () => {
    const set = read('hf-evaluate');
    expect(set.format).toBe('hf-evaluate');
    expect(value(set, 'accuracy')).toBe(0.853);
    expect(set.invalid.get('model')?.problem).toMatch(/a string/);
    expect([...set.values.keys(), ...set.invalid.keys()].some((k) => k.startsWith('_'))).toBe(
      false,
    );
  });

  it('Hugging Face Trainer all_results.json', () => {
    const set = read('hf-trainer');
    expect(set.format).toBe('hf-trainer');
    expect(value(set, 'eval_accuracy')).toBe(0.8676);
    expect(value(set, 'epoch')).toBe(3);
  });

  it('scikit-learn classification_report: names with spaces and hyphens, a dotted label quoted', () => {
    const set = read('sklearn-report');
    expect(set.format).toBe('sklearn-report');
    expect(value(set, 'macro avg.f1-score')).toBeCloseTo(0.8759663630848529, 15);
    expect(value(set, 'accuracy')).toBeCloseTo(0.8766666666666667, 15);
    expect(value(set, '"fox.red".recall')).toBe(0.90625);
    expect(set.plain?.get('fox.red.recall')).toEqual(['"fox.red".recall']);
  });

  it('inspect_ai JSON log: scorer.metric with the scorer stderr; samples left out', () => {
    const set = read('inspect');
    expect(set.format).toBe('inspect');
    expect(set.values.get('match.accuracy')).toMatchObject({ value: 0.805, stderr: 0.0114 });
    expect(set.values.get('model_graded_qa.accuracy')?.stderr).toBe(0.012);
    expect(set.values.has('match.stderr')).toBe(false);
    expect(set.values.size).toBe(2);
  });

  it('inspect_ai: the parsed header (of a .eval archive) reads the same', () => {
    const header = JSON.parse(readFileSync(join(TOOLS, 'inspect', 'candidate.json'), 'utf8'));
    delete header.samples;
    const set = inspectHeaderMetrics(header, 'logs/x.eval#header.json');
    expect(set.values.get('match.accuracy')).toMatchObject({ value: 0.805, stderr: 0.0114 });
    expect(() => inspectHeaderMetrics({ version: 2, status: 'error', eval: {} }, 'h.json')).toThrow(
      /no scores in the log \(the log's status is "error"\)/,
    );
  });

  it('promptfoo: pass rate and counts of results.stats, per-prompt metrics', () => {
    const set = read('promptfoo');
    expect(set.format).toBe('promptfoo');
    expect(value(set, 'pass_rate')).toBe(0.9);
    expect(value(set, 'failures')).toBe(2);
    expect(value(set, 'prompt.openai:tiny-chat: summarise.score')).toBe(18);
    expect(value(set, 'prompt.openai:tiny-chat: summarise.namedScores.tone')).toBeCloseTo(17, 12);
  });

  it('format: names a reader; an unknown one lists them; the schema lists the same', () => {
    const text = readFileSync(join(TOOLS, 'lm-eval', 'candidate.json'), 'utf8');
    const generic = parseMetrics(text, 'r.json', undefined, { format: 'metrics' });
    expect(generic.format).toBe('metrics');
    expect(value(generic, 'results.arc_easy.acc,none')).toBe(0.715);
    expect(generic.lists?.has('config.batch_sizes')).toBe(true);
    expect(() => parseMetrics(text, 'r.json', undefined, { format: 'lm_eval' })).toThrow(
      /unknown format 'lm_eval' \(one of auto, lm-eval, inspect/,
    );
    expect([...compareSchema.properties.format.enum].sort()).toEqual([...METRIC_FORMATS].sort());
  });

  it('format mlflow needs a run folder, and a run folder needs format auto or mlflow', () => {
    const mlruns = join(import.meta.dirname, '..', 'fixtures', 'compare', 'mlruns', '0', 'abc123');
    expect(loadMetrics(mlruns, 'run', undefined, { format: 'mlflow' }).format).toBe('mlflow');
    expect(() => loadMetrics(mlruns, 'run', undefined, { format: 'lm-eval' })).toThrow(
      /run: a folder \(an MLflow run\), but format is lm-eval/,
    );
    expect(() =>
      loadMetrics(join(TOOLS, 'hf-trainer', 'baseline.json'), 'b.json', undefined, {
        format: 'mlflow',
      }),
    ).toThrow(/b\.json: format mlflow reads a run folder, not a file/);
  });

  it('root: reads one subtree; a root the file does not have is an error naming it', () => {
    const text = '{"meta": {"run": "x", "tags": [1, 2]}, "eval": {"test": {"acc": 0.9}}}';
    const set = parseMetrics(text, 'm.json', undefined, { root: 'eval' });
    expect([...set.values.keys()]).toEqual(['test.acc']);
    expect(() => parseMetrics(text, 'm.json', undefined, { root: 'eval.valid' })).toThrow(
      /m\.json:1: key 'eval\.valid': root: the file has no eval\.valid \(stopped at "valid"\)/,
    );
  });
});

describe('metric names', () => {
  it('every key has one name, and the name gives the keys back', () => {
    for (const path of [
      ['pass@1'],
      ['acc,none'],
      ['macro avg', 'f1-score'],
      ['test/f1'],
      ['a.b', 'c'],
      ['say "hi"', ''],
      [' padded '],
    ]) {
      expect(splitName(joinName(path))).toEqual(path);
    }
    expect(joinName(['a.b', 'c'])).toBe('"a.b".c');
    expect(() => splitName('"a.b')).toThrow(/unterminated/);
  });
});

describe('lenient reading, strict gating', () => {
  const files = {
    'candidate.json': JSON.stringify({
      'pass@1': 0.41,
      'pass@10': 0.7,
      'ndcg@10': 0.52,
      'a.b': { c: 0.3 },
      run: 'r-17',
      done: true,
      note: null,
      scores: [
        { name: 'exact', value: 0.62 },
        { name: 'f1', value: 'n/a' },
      ],
    }),
    'baseline.json': JSON.stringify({
      'pass@1': 0.4,
      'pass@10': 0.71,
      'ndcg@10': 0.5,
      'a.b': { c: 0.31 },
      run: 'r-16',
      done: false,
      note: null,
      scores: [
        { name: 'exact', value: 0.6 },
        { name: 'f1', value: 0.5 },
      ],
    }),
  };
  const ws = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-lenient-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const run = (metrics: CompareEntry['metrics']) =>
    runCompare(
      { id: 'x', candidate: 'candidate.json', baseline: { path: 'baseline.json' }, metrics },
      { workspace: ws() },
    );

  it('strings, booleans, null and lists no rule names do not stop a passing gate', async () => {
    const result = await run({ 'pass@1': { direction: 'higher', max_drop: 0.01 } });
    expect(result.status).toBe('pass');
    expect(result.errors).toBeUndefined();
    expect(rowOf(result.details.metrics, 'run')).toMatchObject({ status: 'skip', gated: false });
    expect(rowOf(result.details.metrics, 'run')?.reason).toMatch(
      /^not gated: candidate value is a string/,
    );
    expect(result.details.metrics.some((r) => r.name.startsWith('scores'))).toBe(false);
    expect(result.summary).toMatch(/^1 of 1 gated metrics pass/);
  });

  it('a rule on a list element, a quoted key and a plain-dotted name', async () => {
    const result = await run({
      'scores.0.value': { direction: 'higher', max_drop: 0.01 },
      '"a.b".c': { direction: 'higher', max_drop: 0.02 },
      'ndcg@10': { direction: 'higher', min: 0.5 },
    });
    expect(rowOf(result.details.metrics, 'scores.0.value')).toMatchObject({
      status: 'pass',
      candidate: 0.62,
      baseline: 0.6,
    });
    expect(rowOf(result.details.metrics, '"a.b".c')?.status).toBe('pass');
    const plain = await run({ 'a.b.c': { direction: 'higher', max_drop: 0.001 } });
    expect(rowOf(plain.details.metrics, '"a.b".c')).toMatchObject({ status: 'fail', gated: true });
  });

  it('a plain-dotted name that two keys answer to is an error, never a guess', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-ambiguous-'));
    writeFileSync(join(dir, 'c.json'), '{"test.acc": 0.5, "test": {"acc": 0.99}}');
    const result = await runCompare(
      { id: 'x', candidate: 'c.json', metrics: { 'test.acc': { direction: 'higher', min: 0.9 } } },
      { workspace: dir },
    );
    expect(result.status).toBe('error');
    expect(result.errors?.[0]).toEqual({
      file: 'c.json',
      key: 'test.acc',
      message: 'test.acc names "test.acc" and test.acc: quote the key that holds a dot',
    });
    expect(rowOf(result.details.metrics, 'test.acc')).toMatchObject({
      gated: true,
      status: 'error',
    });
  });

  it('a rule on a missing or non-numeric leaf fails closed, located', async () => {
    const result = await run({
      'scores.1.value': { direction: 'higher', max_drop: 0.01 },
      'scores.7.value': { direction: 'higher', min: 0 },
      run: { direction: 'higher', min: 0 },
    });
    expect(result.status).toBe('error');
    expect(rowOf(result.details.metrics, 'scores.1.value')).toMatchObject({ status: 'error' });
    expect(rowOf(result.details.metrics, 'scores.7.value')).toMatchObject({ status: 'fail' });
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        file: 'candidate.json',
        key: 'run',
        message: expect.stringMatching(/a string/),
      }),
    );
    expect(result.errors).toContainEqual(
      expect.objectContaining({ file: 'candidate.json', key: 'scores.1.value' }),
    );
  });

  it('the old name@key=value rule name is refused with the new spelling', async () => {
    await expect(run({ 'accuracy@region=eu': { direction: 'higher', min: 0 } })).rejects.toThrow(
      /name@key=value is no longer a slice.*accuracy: \{ direction: …, slices: \{ "region=eu": \{ … \} \} \}/,
    );
  });
});

describe('each reader gates end to end (core)', () => {
  it('lm-eval: max_drop decided with both standard errors, and says so', async () => {
    const result = await gate('lm-eval', {
      'arc_easy.acc,none': { direction: 'higher', max_drop: 0.01 },
      'reasoning.acc,none': { direction: 'higher', max_drop: 0.005 },
    });
    const arc = rowOf(result.details.metrics, 'arc_easy.acc,none')!;
    expect(arc).toMatchObject({ status: 'pass', test: 'unpaired-z' });
    expect(arc.standardErrors).toEqual({ candidate: 0.0093, baseline: 0.0092, confidence: 0.95 });
    expect(arc.reason).toMatch(/per-example scores would make it tighter/);
    expect(result.status).toBe('pass');
    // The report says how the intervals were made.
    const dir = mkdtempSync(join(tmpdir(), 'mg-readers-report-'));
    writeFileSync(join(dir, 'r.json'), JSON.stringify(result));
    const entries = await loadResults([join(dir, 'r.json')], { cwd: dir });
    const md = renderReport({
      entries,
      decision: decideGate({ items: gateItems(entries), failOn: 'fail' }),
    }).markdown;
    expect(md).toContain(
      'Intervals in brackets: unpaired, from the standard errors the metric files give; per-example scores would make them tighter.',
    );
  });

  it('hf-evaluate, hf-trainer, sklearn-report, inspect, promptfoo pass on their gated metric', async () => {
    const cases: Array<[string, CompareEntry['metrics']]> = [
      ['hf-evaluate', { accuracy: { direction: 'higher', max_drop: 0.01 } }],
      ['hf-trainer', { eval_loss: { direction: 'lower', max_drop: 0.01 } }],
      ['sklearn-report', { 'macro avg.f1-score': { direction: 'higher', max_drop: 0.01 } }],
      ['inspect', { 'model_graded_qa.accuracy': { direction: 'higher', max_drop: 0.01 } }],
      ['promptfoo', { pass_rate: { direction: 'higher', max_drop: 0.02 } }],
    ];
    for (const [tool, metrics] of cases) {
      const result = await gate(tool, metrics);
      expect([tool, result.status, result.errors]).toEqual([tool, 'pass', undefined]);
    }
  });

  it('read as plain metric files, metadata strings and lists still do not stop a passing gate', async () => {
    const hf = await gate(
      'hf-evaluate',
      { accuracy: { direction: 'higher', max_drop: 0.01 } },
      {
        format: 'metrics',
      },
    );
    expect(hf.status).toBe('pass');
    expect(rowOf(hf.details.metrics, '_git_commit_hash')).toMatchObject({ status: 'skip' });
    const lm = await gate(
      'lm-eval',
      { 'results.arc_easy.acc,none': { direction: 'higher', max_drop: 0.01 } },
      { format: 'metrics' },
    );
    expect(lm.status).toBe('pass');
    expect(lm.details.metrics.some((r) => r.name.startsWith('config.batch_sizes'))).toBe(false);
    const rooted = await gate(
      'lm-eval',
      { 'arc_easy.acc,none': { direction: 'higher', max_drop: 0.01 } },
      {
        format: 'metrics',
        root: 'results',
      },
    );
    expect(rooted.details.metrics.every((r) => !r.name.startsWith('configs'))).toBe(true);
  });

  it('and fail on a drop beyond the tolerance', async () => {
    const result = await gate('sklearn-report', {
      '"fox.red".precision': { direction: 'higher', min: 0.9 },
    });
    expect(result.status).toBe('fail');
  });
});

describe('the unpaired interval from two standard errors (reference: scipy)', () => {
  const cases = JSON.parse(readFileSync(STDERR, 'utf8')) as Array<{
    name: string;
    delta: number;
    se_c: number;
    se_b: number;
    tolerance: number;
    level: number;
    non_inferiority: boolean;
    lo: number;
    hi: number;
    status: string;
  }>;
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = decideWithStderr(
      c.delta,
      c.tolerance,
      { candidate: c.se_c, baseline: c.se_b, confidence: c.level },
      { severity: 'fail', nonInferiority: c.non_inferiority, text: String(c.tolerance) },
    );
    expect(got.ci[0]).toBeCloseTo(c.lo, 8);
    expect(got.ci[1]).toBeCloseTo(c.hi, 8);
    expect(got.status).toBe(c.status);
  });
});

it('a MetricFileError keeps its problems', () => {
  expect(new MetricFileError([{ file: 'f', message: 'm' }]).message).toBe('f: m');
});
