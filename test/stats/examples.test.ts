import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  compareExampleFiles,
  compareExamples,
  exampleColumns,
  loadExamples,
  parseExamples,
  type ExampleMetric,
  type ExampleTable,
} from '../../src/core/compare/examples/index.js';
import { holm } from '../../src/stats/adjust.js';
import { Xoshiro128ss } from '../../src/stats/prng.js';

const fx = (name: string): string => join('test/fixtures/stats', name);

const accuracy: ExampleMetric = {
  name: 'accuracy',
  direction: 'higher',
  source: { kind: 'mean', column: 'correct' },
  rule: { max_drop: 0.01 },
};
const loss: ExampleMetric = {
  name: 'loss',
  direction: 'lower',
  source: { kind: 'mean', column: 'loss' },
  rule: { max_drop: '5%' },
};
const f1: ExampleMetric = {
  name: 'f1',
  direction: 'higher',
  source: { kind: 'f1', label: 'label', prediction: 'pred', positive: 1 },
};

interface Gen {
  n: number;
  /** Cell probabilities: both right, baseline only right, candidate only right (rest: both wrong). */
  both: number;
  bOnly: number;
  cOnly: number;
  seed?: number;
  region?: (i: number) => string;
  lossShift?: number;
}

/** Two tables of paired scores drawn from fixed cell probabilities. */
function pair(g: Gen): { cand: ExampleTable; base: ExampleTable } {
  const rng = Xoshiro128ss.fromSeed(g.seed ?? 1, 'examples-test');
  const c: string[] = [];
  const b: string[] = [];
  for (let i = 0; i < g.n; i++) {
    const u = rng.next();
    const bc = u < g.both + g.bOnly ? 1 : 0;
    const cc = u < g.both || (u >= g.both + g.bOnly && u < g.both + g.bOnly + g.cOnly) ? 1 : 0;
    const d = -Math.log(1 - rng.next());
    const region = g.region ? g.region(i) : 'all';
    b.push(
      JSON.stringify({
        id: `e${i}`,
        correct: bc,
        loss: d + 0.1 * rng.next(),
        label: i % 2,
        pred: bc ? i % 2 : 1 - (i % 2),
        region,
      }),
    );
    c.push(
      JSON.stringify({
        id: `e${i}`,
        correct: cc,
        loss: d + 0.1 * rng.next() + (g.lossShift ?? 0),
        label: i % 2,
        pred: cc ? i % 2 : 1 - (i % 2),
      }),
    );
  }
  const opts = { idColumn: 'id', columns: ['correct', 'loss', 'label', 'pred', 'region'] };
  const cand = parseExamples('cand.jsonl', c.join('\n'), opts);
  const base = parseExamples('base.jsonl', b.join('\n'), opts);
  expect(cand.problems).toEqual([]);
  expect(base.problems).toEqual([]);
  return { cand: cand.table!, base: base.table! };
}

describe('loading per-example files', () => {
  it('reads JSONL and CSV (CRLF), numeric ids as strings, only the asked-for columns', async () => {
    const c = await loadExamples(fx('candidate.jsonl'), {
      idColumn: 'id',
      columns: ['correct', 'nope'],
    });
    expect(c.problems).toEqual([]);
    expect(c.table!.ids).toEqual(['a1', 'a2', 'a3', 'a4', '5', 'c-only']);
    expect(Array.from(c.table!.lines)).toEqual([1, 2, 4, 5, 6, 7]);
    expect([...c.table!.columns.keys()]).toEqual(['correct']);
    const b = await loadExamples(fx('baseline.csv'), { idColumn: 'id', columns: ['loss'] });
    expect(b.problems).toEqual([]);
    expect(b.table!.format).toBe('csv');
    expect(b.table!.columns.get('loss')!.slice(0, 2)).toEqual(['0.15', '0.40']);
    expect(b.table!.index.get('5')).toBe(4);
  });

  it('reports duplicate and missing ids with file, line and key', async () => {
    const r = await loadExamples(fx('duplicate.jsonl'), { idColumn: 'id', columns: ['correct'] });
    expect(r.problems).toEqual([
      {
        file: fx('duplicate.jsonl'),
        line: 3,
        key: 'id',
        message:
          'duplicate example id "a1" (first at line 1); if the file holds repeated samples (epochs, generations), set examples.repeats: true to average them',
      },
      { file: fx('duplicate.jsonl'), line: 4, key: 'id', message: 'example id "id" is missing' },
    ]);
  });

  it('reports invalid JSON lines, non-objects, unreadable files and a missing id column', async () => {
    const r = await loadExamples(fx('broken.jsonl'), { idColumn: 'id', columns: [] });
    expect(r.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [2, 'invalid JSON'],
      [3, 'expected a JSON object per line, got an array'],
    ]);
    expect(
      (await loadExamples(fx('nope.jsonl'), { idColumn: 'id', columns: [] })).problems[0]!.message,
    ).toMatch(/file not found/);
    const noId = await loadExamples(fx('baseline.csv'), { idColumn: 'example_id', columns: [] });
    expect(noId.table).toBeNull();
    expect(noId.problems[0]).toMatchObject({
      line: 1,
      key: 'example_id',
      message: 'id column "example_id" not in header',
    });
  });

  it('counts lines through quoted multi-line CSV fields', async () => {
    const r = await compareExampleFiles(
      { candidate: fx('multiline.csv'), baseline: fx('multiline.csv') },
      [accuracy],
      { idColumn: 'id', minExamples: 2 },
    );
    expect(r.status).toBe('error');
    expect(r.problems[0]).toMatchObject({ file: fx('multiline.csv'), line: 5, key: 'correct' });
  });

  it('reads a JSON array; without line numbers, problems name the record or id', async () => {
    const opts = { idColumn: 'id', columns: ['correct'] };
    const c = parseExamples('c.json', '[{"id":"a","correct":"zz"},{"id":"b","correct":1},7]', opts);
    expect(c.table!.format).toBe('json');
    expect(c.problems).toEqual([
      { file: 'c.json', key: '[2]', message: 'record 2: expected an object, got number 7' },
    ]);
    const b = parseExamples('b.json', '[{"id":"a","correct":1},{"id":"b","correct":1}]', opts);
    const r = compareExamples(c.table!, b.table!, [accuracy], { minExamples: 2 });
    expect(r.problems).toEqual([
      {
        file: 'c.json',
        key: 'correct',
        message: 'score "correct" is not a number (the string "zz") (id "a")',
      },
    ]);
  });

  it('flags ragged CSV rows', async () => {
    const r = parseExamples('x.csv', 'id,correct\na,1\nb,1,2\n', {
      idColumn: 'id',
      columns: ['correct'],
    });
    expect(r.problems).toEqual([
      { file: 'x.csv', line: 3, message: 'expected 2 fields as in the header, got 3' },
    ]);
  });
});

describe('comparing two models on the same examples', () => {
  it('aligns by id, reports ids in only one file, and computes each metric', async () => {
    const r = await compareExampleFiles(
      { candidate: fx('candidate.jsonl'), baseline: fx('baseline.csv') },
      [accuracy, loss, f1],
      {
        idColumn: 'id',
        minExamples: 2,
        missingIds: 'warn',
        resamples: 500,
      },
    );
    expect(r.problems).toEqual([]);
    expect(r.examples).toMatchObject({
      n: 5,
      candidateOnly: 1,
      baselineOnly: 1,
      sampleMissingIds: ['c-only', 'b-only'],
      resamples: 500,
      seed: 1,
    });
    expect(r.missingIds).toMatchObject({ status: 'warn' });
    expect(r.missingIds!.message).toMatch(
      /1 ids only in .*candidate.jsonl, 1 only in .*baseline.csv/,
    );
    const acc = r.rows.find((x) => x.name === 'accuracy')!;
    expect(acc).toMatchObject({
      baseline: 0.8,
      candidate: 0.8,
      delta: 0,
      n: 5,
      test: 'mcnemar',
      testMethod: 'exact',
      gated: true,
    });
    const l = r.rows.find((x) => x.name === 'loss')!;
    // candidate mean loss (0.1+0.9+0.2+0.3+0.25)/5 = 0.35, baseline 0.38: lower is better, so Δ = +0.03
    expect(l.candidate).toBeCloseTo(0.35, 12);
    expect(l.baseline).toBeCloseTo(0.38, 12);
    expect(l.delta).toBeCloseTo(0.03, 12);
    expect(l.relDelta).toBeCloseTo(0.03 / 0.38, 12);
    expect(l.test).toBe('bootstrap');
    expect(l.ci![0]).toBeLessThanOrEqual(l.delta!);
    expect(l.ci![1]).toBeGreaterThanOrEqual(l.delta!);
    expect(l.rule).toBe('max_drop 5% (0.019)');
    const f = r.rows.find((x) => x.name === 'f1')!;
    // candidate: tp 3 (a1, a3, 5), fp 1 (a2), fn 0 → F1 6/7; baseline: tp 2, fp 0, fn 1 (a3) → 4/5
    expect(f.candidate).toBeCloseTo(6 / 7, 12);
    expect(f.baseline).toBeCloseTo(4 / 5, 12);
    expect(f).toMatchObject({ gated: false, status: 'skip' });
  });

  it('missing ids fail by default', async () => {
    const r = await compareExampleFiles(
      { candidate: fx('candidate.jsonl'), baseline: fx('baseline.csv') },
      [accuracy],
      { idColumn: 'id', minExamples: 2, resamples: 200 },
    );
    expect(r.missingIds!.status).toBe('fail');
    expect(r.status).toBe('fail');
    const pass = await compareExampleFiles(
      { candidate: fx('candidate.jsonl'), baseline: fx('baseline.csv') },
      [accuracy],
      {
        idColumn: 'id',
        minExamples: 2,
        resamples: 200,
        missingIds: 'pass',
      },
    );
    expect(pass.status).toBe('pass');
  });

  it('non-numeric scores are located errors and make the metric an error', async () => {
    const r = await compareExampleFiles(
      { candidate: fx('bad-scores.csv'), baseline: fx('baseline.csv') },
      [accuracy, loss],
      {
        idColumn: 'id',
        minExamples: 2,
        missingIds: 'pass',
        resamples: 200,
      },
    );
    expect(r.status).toBe('error');
    expect(r.problems).toEqual([
      {
        file: fx('bad-scores.csv'),
        line: 3,
        key: 'correct',
        message: 'score "correct" is not a number (the string "yes")',
      },
      { file: fx('bad-scores.csv'), line: 4, key: 'loss', message: 'score "loss" is empty' },
      {
        file: fx('bad-scores.csv'),
        line: 5,
        key: 'loss',
        message: 'score "loss" is not a number (the string "NaN")',
      },
    ]);
    expect(r.rows.map((x) => x.status)).toEqual(['error', 'error']);
    expect(r.rows[0]!.reason).toBe('score "correct" is not a number (the string "yes")');
  });

  it('a column missing from a file, no common ids, and load problems are errors, never passes', async () => {
    const { cand, base } = pair({ n: 50, both: 0.8, bOnly: 0.05, cOnly: 0.05 });
    const r = compareExamples(cand, base, [
      { ...accuracy, source: { kind: 'mean', column: 'score' } },
    ]);
    expect(r.status).toBe('error');
    expect(r.rows[0]!.reason).toBe('column "score" not found in cand.jsonl and base.jsonl');
    const other = parseExamples('o.jsonl', '{"id":"zzz","correct":1}', {
      idColumn: 'id',
      columns: ['correct'],
    }).table!;
    const none = compareExamples(cand, other, [accuracy]);
    expect(none.status).toBe('error');
    expect(none.rows[0]!.reason).toMatch(/no example id is in both/);
    const dup = await compareExampleFiles(
      { candidate: fx('duplicate.jsonl'), baseline: fx('baseline.csv') },
      [accuracy],
      { idColumn: 'id' },
    );
    expect(dup.status).toBe('error');
    expect(dup.rows[0]!.reason).toMatch(
      /2 problems, first: .*duplicate.jsonl:3 duplicate example id "a1"/,
    );
  });

  it('labels must agree between the files', async () => {
    const c = parseExamples(
      'c.jsonl',
      '{"id":"1","label":1,"pred":1}\n{"id":"2","label":0,"pred":1}',
      { idColumn: 'id', columns: ['label', 'pred'] },
    ).table!;
    const b = parseExamples(
      'b.jsonl',
      '{"id":"1","label":1,"pred":1}\n{"id":"2","label":1,"pred":0}',
      { idColumn: 'id', columns: ['label', 'pred'] },
    ).table!;
    const r = compareExamples(c, b, [f1], { minExamples: 2 });
    expect(r.status).toBe('error');
    expect(r.problems).toEqual([
      {
        file: 'c.jsonl',
        line: 2,
        key: 'label',
        message: 'label "label" is "0" here but "1" in b.jsonl for the same id',
      },
    ]);
  });
});

describe('decisions', () => {
  it('equal models pass; a significant regression fails; a noisy one is inconclusive', async () => {
    const equal = pair({ n: 4000, both: 0.8, bOnly: 0.05, cOnly: 0.05 });
    const ok = compareExamples(
      equal.cand,
      equal.base,
      [{ ...accuracy, rule: { max_drop: 0.02 } }],
      { resamples: 1000 },
    );
    // 400 discordant pairs: the continuity-corrected chi-square, said in the row.
    expect(ok.rows[0]).toMatchObject({ status: 'pass', test: 'mcnemar', testMethod: 'chi2-cc' });

    const worse = pair({ n: 4000, both: 0.8, bOnly: 0.1, cOnly: 0.02 });
    const bad = compareExamples(worse.cand, worse.base, [accuracy], { resamples: 1000 });
    expect(bad.rows[0]!.delta!).toBeLessThan(-0.06);
    expect(bad.rows[0]!.status).toBe('fail');
    expect(bad.rows[0]!.reason).toMatch(
      /^significant regression: Δ −?-?0\.0\d+, 95% CI \[.*\] lies wholly below −0\.01$/,
    );
    expect(bad.rows[0]!.pValue!).toBeLessThan(1e-6);
    expect(bad.status).toBe('fail');

    // A likely regression: the 80% interval lies below the margin, the gate's 95% one does not.
    const noisy = pair({ n: 300, both: 0.8, bOnly: 0.07, cOnly: 0.04, seed: 4 });
    const warn = compareExamples(noisy.cand, noisy.base, [{ ...accuracy, rule: { max_drop: 0 } }], {
      resamples: 2000,
    });
    const row = warn.rows[0]!;
    expect(row.delta!).toBeLessThan(0);
    expect(row.ci![1]).toBeGreaterThanOrEqual(0);
    expect(row).toMatchObject({ status: 'warn' });
    expect(row.reason).toMatch(/^likely regression: .*its 80% CI \[.*\] lies below 0/);
    // A dip without that evidence passes (seed 6: Δ −0.017, the 80% interval reaches 0).
    const dip = pair({ n: 300, both: 0.8, bOnly: 0.07, cOnly: 0.04, seed: 6 });
    const dipRow = compareExamples(dip.cand, dip.base, [{ ...accuracy, rule: { max_drop: 0 } }], {
      resamples: 2000,
    }).rows[0]!;
    expect(dipRow.delta!).toBeLessThan(0);
    expect(dipRow.status).toBe('pass');
  });

  it('states the MDE beyond the tolerance and the eval-set size for twice the tolerance, small sets too', async () => {
    for (const n of [120, 5000]) {
      const d = pair({ n, both: 0.8, bOnly: 0.05, cOnly: 0.05 });
      const row = compareExamples(d.cand, d.base, [{ ...accuracy, rule: { max_drop: 0.01 } }], {
        resamples: 500,
      }).rows[0]!;
      expect(row.mde).toBeGreaterThan(0);
      expect(row.nForTwiceTolerance).toBe(Math.ceil(n * (row.mde! / 0.01) ** 2));
      // 5,000 examples with 10% disagreement cannot see a 1-point drop beyond 1 point (mde ≈ 0.0125).
      if (n === 5000) expect(row.nForTwiceTolerance).toBeGreaterThan(5000);
    }
  });

  it('non-inferiority needs the CI lower bound above −tolerance', async () => {
    const rule = { max_drop: 0.01, non_inferiority: true };
    const small = pair({ n: 300, both: 0.8, bOnly: 0.05, cOnly: 0.05 });
    const r1 = compareExamples(small.cand, small.base, [{ ...accuracy, rule }], {
      resamples: 1000,
    });
    expect(r1.rows[0]!.status).toBe('fail');
    expect(r1.rows[0]!.reason).toMatch(/^non-inferiority not shown/);
    const large = pair({ n: 40_000, both: 0.85, bOnly: 0.01, cOnly: 0.02 });
    const r2 = compareExamples(large.cand, large.base, [{ ...accuracy, rule }], {
      resamples: 1000,
    });
    expect(r2.rows[0]!.status).toBe('pass');
    expect(r2.rows[0]!.ci![0]).toBeGreaterThan(-0.01);
  });

  it('lower-is-better metrics orient Δ and CI; severity warn softens; min is a point bound', async () => {
    const p = pair({ n: 3000, both: 0.8, bOnly: 0.05, cOnly: 0.05, lossShift: 0.05 });
    const r = compareExamples(p.cand, p.base, [{ ...loss, rule: { max_drop: 0.01 } }], {
      resamples: 1000,
    });
    const row = r.rows[0]!;
    expect(row.delta!).toBeLessThan(-0.04);
    expect(row.ci![1]).toBeLessThan(-0.01);
    expect(row.status).toBe('fail');
    const soft = compareExamples(
      p.cand,
      p.base,
      [{ ...loss, rule: { max_drop: 0.01, severity: 'warn' } }],
      { resamples: 1000 },
    );
    expect(soft.rows[0]!.status).toBe('warn');
    expect(soft.rows[0]!.reason).toMatch(/\(severity warn\)$/);
    const bound = compareExamples(p.cand, p.base, [{ ...accuracy, rule: { min: 0.99 } }], {
      resamples: 200,
    });
    expect(bound.rows[0]!.status).toBe('fail');
    expect(bound.rows[0]!.reason).toMatch(/below min 0.99/);
  });

  it('a relative rule with a zero baseline is an error, with a reason', async () => {
    const c = parseExamples(
      'c.jsonl',
      Array.from({ length: 40 }, (_, i) => `{"id":${i},"s":${i % 2}}`).join('\n'),
      { idColumn: 'id', columns: ['s'] },
    ).table!;
    const b = parseExamples(
      'b.jsonl',
      Array.from({ length: 40 }, (_, i) => `{"id":${i},"s":0}`).join('\n'),
      { idColumn: 'id', columns: ['s'] },
    ).table!;
    const r = compareExamples(
      c,
      b,
      [
        {
          name: 'score',
          direction: 'higher',
          source: { kind: 'mean', column: 's' },
          rule: { max_drop: '5%' },
        },
      ],
      { resamples: 200 },
    );
    expect(r.rows[0]!.status).toBe('error');
    expect(r.rows[0]!.reason).toMatch(/baseline is 0: a relative rule is unusable/);
    expect(r.rows[0]!.relDelta).toBeNull();
  });

  it('slices: per-slice rules, too-small slices skipped, Holm across every gated row', async () => {
    const region = (i: number): string => (i % 50 === 0 ? 'tiny' : i % 2 ? 'eu' : 'us');
    const p = pair({ n: 2000, both: 0.8, bOnly: 0.07, cOnly: 0.04, region });
    const metrics: ExampleMetric[] = [
      { ...accuracy, sliceRules: { region: { max_drop: 0.02 } } },
      { ...loss, rule: { max_drop: 0.05 } },
    ];
    const r = compareExamples(p.cand, p.base, metrics, {
      slices: ['region'],
      minExamples: 100,
      resamples: 1000,
    });
    const names = r.rows.map((x) => `${x.name}${x.slice ? `@${x.slice.value}` : ''}:${x.status}`);
    expect(names.slice(0, 4)).toEqual([
      expect.stringMatching(/^accuracy:/),
      expect.stringMatching(/^accuracy@eu:/),
      'accuracy@tiny:skip',
      expect.stringMatching(/^accuracy@us:/),
    ]);
    const tiny = r.rows.find((x) => x.slice?.value === 'tiny')!;
    expect(tiny.reason).toBe('too small: n = 40 < min_examples 100; not gated on noise');
    expect(tiny.ci).toBeUndefined();
    // gated: accuracy, accuracy@eu, accuracy@us, loss; loss slices have no slice rule → shown only
    const family = r.rows.filter((x) => x.pAdjusted !== undefined);
    expect(family).toHaveLength(4);
    expect(r.examples.family).toBe(4);
    expect(r.examples.ciConfidence).toBeCloseTo(1 - 0.05 / 4, 12);
    expect(family.map((x) => x.pAdjusted)).toEqual(holm(family.map((x) => x.pValue!)));
    const lossSlice = r.rows.find((x) => x.name === 'loss' && x.slice)!;
    expect(lossSlice).toMatchObject({ gated: false, status: 'skip' });
    expect(lossSlice.reason).toBe('no rule: shown, not gated');
    const none = compareExamples(p.cand, p.base, metrics, {
      slices: ['region'],
      minExamples: 100,
      resamples: 1000,
      correction: 'none',
    });
    expect(none.examples.ciConfidence).toBe(0.95);
    for (const row of none.rows.filter((x) => x.pAdjusted !== undefined)) {
      expect(row.pAdjusted).toBe(row.pValue);
    }
    // the corrected interval is wider than the uncorrected one
    const w = (x: { ci?: [number, number] }) => x.ci![1] - x.ci![0];
    expect(w(r.rows[0]!)).toBeGreaterThan(w(none.rows[0]!));
    // slice values come from the baseline file (the candidate has no region column)
    expect(exampleColumns(metrics, ['region'])).toEqual(['region', 'correct', 'loss']);
  });

  it('a gated whole set below min_examples is error (overall status too); ungated stays skip', async () => {
    const p = pair({ n: 20, both: 0.5, bOnly: 0.4, cOnly: 0 });
    const r = compareExamples(p.cand, p.base, [accuracy, f1], { minExamples: 30, resamples: 200 });
    const [acc, f] = r.rows;
    expect(acc).toMatchObject({ name: 'accuracy', status: 'error', gated: true, n: 20 });
    expect(acc!.reason).toBe(
      'eval set too small: n = 20 < min_examples 30; cannot tell a change from noise',
    );
    expect(acc!.ci).toBeUndefined();
    expect(acc!.pAdjusted).toBeUndefined();
    expect(f).toMatchObject({ name: 'f1', status: 'skip', gated: false });
    expect(f!.reason).toMatch(/^too small: n = 20 < min_examples 30/);
    expect(r.status).toBe('error');
    expect(r.examples.family).toBe(0);
  });

  it('seeded runs are identical; another seed moves only the bootstrap interval', async () => {
    const p = pair({ n: 1000, both: 0.8, bOnly: 0.05, cOnly: 0.05 });
    const run = (seed: number) =>
      compareExamples(p.cand, p.base, [accuracy, loss, { ...f1, rule: { max_drop: 0.05 } }], {
        resamples: 500,
        seed,
      });
    expect(run(7)).toEqual(run(7));
    const a = run(7).rows;
    const b = run(8).rows;
    expect(a[1]!.ci).not.toEqual(b[1]!.ci);
    expect(a[1]!.delta).toBe(b[1]!.delta);
  });

  it('paired-z option uses the analytic interval for means and keeps McNemar for 0/1', async () => {
    const p = pair({ n: 1000, both: 0.8, bOnly: 0.05, cOnly: 0.05 });
    const r = compareExamples(
      p.cand,
      p.base,
      [accuracy, loss, { ...f1, rule: { max_drop: 0.05 } }],
      { interval: 'paired-z' },
    );
    expect(r.rows.map((x) => x.test)).toEqual(['mcnemar', 'paired-z', 'bootstrap']);
    expect(r.examples.interval).toBe('paired-z');
    for (const row of r.rows) expect(row.mde!).toBeGreaterThan(0);
  });

  it('an undefined ratio statistic is an error for that row', async () => {
    const c = parseExamples(
      'c.jsonl',
      Array.from({ length: 40 }, (_, i) => `{"id":${i},"y":${i % 2},"p":0}`).join('\n'),
      { idColumn: 'id', columns: ['y', 'p'] },
    ).table!;
    const b = parseExamples(
      'b.jsonl',
      Array.from({ length: 40 }, (_, i) => `{"id":${i},"y":${i % 2},"p":${i % 2}}`).join('\n'),
      { idColumn: 'id', columns: ['y', 'p'] },
    ).table!;
    const r = compareExamples(c, b, [
      {
        name: 'precision',
        direction: 'higher',
        source: { kind: 'precision', label: 'y', prediction: 'p' },
        rule: { max_drop: 0 },
      },
    ]);
    expect(r.rows[0]).toMatchObject({ status: 'error', baseline: 1, candidate: null });
    expect(r.rows[0]!.reason).toBe(
      'precision is undefined for the candidate (no predicted positives)',
    );
  });
});
