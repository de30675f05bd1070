// The named per-example readers on their tools' fixtures (test/fixtures/example-readers, values
// from make_fixtures.py with numpy/scipy), repeated samples, pass@k, and hostile files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  compareExampleFiles,
  compareExamples,
  loadExamples,
  parseExamples,
  type ExampleMetric,
} from '../../src/core/compare/examples/index.js';
import { Samples } from '../../src/core/compare/examples/raw.js';
import { passAtK } from '../../src/stats/index.js';
import { columnSource } from '../../src/core/compare/examples/sources.js';
import { resetReadLimits, setReadLimits } from '../../src/core/files/limits.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'example-readers');
const REF = JSON.parse(readFileSync(join(DIR, 'reference.json'), 'utf8'));

const mean = (name: string, column: string): ExampleMetric => ({
  name,
  direction: 'higher',
  source: { kind: 'mean', column },
});

async function compare(
  folder: string,
  files: [string, string],
  metrics: ExampleMetric[],
  extra = {},
) {
  return compareExampleFiles(
    { candidate: join(DIR, folder, files[0]), baseline: join(DIR, folder, files[1]) },
    metrics,
    { idColumn: 'id', root: DIR, resamples: 2000, ...extra },
  );
}

function expectValues(
  rows: { name: string; baseline: number | null; candidate: number | null }[],
  ref: Record<string, { baseline: number; candidate: number }>,
) {
  for (const [name, want] of Object.entries(ref)) {
    const row = rows.find((r) => r.name === name)!;
    expect(row, name).toBeDefined();
    expect(row.baseline).toBeCloseTo(want.baseline, 12);
    expect(row.candidate).toBeCloseTo(want.candidate, 12);
  }
}

describe('named readers on their tools’ files, detected by content', () => {
  it('lm-evaluation-harness samples: one column per metric and filter', async () => {
    const c = await loadExamples(join(DIR, 'lm-eval/samples_gsm8k_candidate.jsonl'), {
      idColumn: 'id',
      columns: ['exact_match,strict-match', 'exact_match', 'doc_hash'],
    });
    expect(c.problems).toEqual([]);
    expect(c.table!.format).toBe('lm-eval-samples');
    expect(c.table!.ids).toHaveLength(40);
    expect(c.table!.repeated).toBe(0);
    // Two filters: the bare name would be ambiguous, so only `metric,filter` columns exist.
    expect([...c.table!.columns.keys()]).toEqual(['exact_match,strict-match', 'doc_hash']);
    const out = await compare(
      'lm-eval',
      ['samples_gsm8k_candidate.jsonl', 'samples_gsm8k_baseline.jsonl'],
      [
        mean('exact_match,strict-match', 'exact_match,strict-match'),
        mean('exact_match,flexible-extract', 'exact_match,flexible-extract'),
      ],
    );
    expect(out.problems).toEqual([]);
    expectValues(out.rows, REF['lm-eval']);
  });

  it('lm-evaluation-harness with one filter: the bare metric name too; a run concatenated twice is two samples', async () => {
    const line = (doc: number, acc: number) =>
      JSON.stringify({
        doc_id: doc,
        doc: {},
        target: 0,
        arguments: [],
        resps: [],
        filtered_resps: [[-1, false]],
        filter: 'none',
        metrics: ['acc'],
        doc_hash: 'h',
        acc,
      });
    const text = [line(0, 1), line(1, 0), line(0, 0), line(1, 0)].join('\n');
    const t = parseExamples('samples_arc_easy_x.jsonl', text, {
      idColumn: 'id',
      columns: ['acc', 'acc,none'],
    }).table!;
    expect(t.ids).toEqual(['0', '1']);
    expect(t.repeated).toBe(2);
    expect(t.columns.has('acc')).toBe(true);
  });

  it('promptfoo output: success and score per test, id from the vars', async () => {
    const out = await compare(
      'promptfoo',
      ['candidate.json', 'baseline.json'],
      [mean('success', 'success'), mean('score', 'score')],
    );
    expect(out.problems).toEqual([]);
    expectValues(out.rows, REF.promptfoo);
    const t = (
      await loadExamples(join(DIR, 'promptfoo/candidate.json'), {
        idColumn: 'id',
        columns: ['vars.tone', 'namedScores.helpfulness'],
      })
    ).table!;
    expect(t.format).toBe('promptfoo');
    expect(t.ids[0]).toBe('{"question":"How do I reset password #0?","tone":"formal"}');
    expect(t.columns.get('vars.tone')![1]).toBe('casual');
  });

  it('a tool file longer than the sniffed head: detected from the head, read whole once, capped', async () => {
    const text = readFileSync(join(DIR, 'promptfoo/candidate.json'), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'mg-long-'));
    // JSON allows trailing whitespace: the same document, its end well past the 64 KiB head.
    writeFileSync(join(dir, 'long.json'), `${text}${' '.repeat(200_000)}`);
    const options = { idColumn: 'id', columns: ['success', 'score'], root: dir };
    const long = await loadExamples(join(dir, 'long.json'), options);
    const short = await loadExamples(join(DIR, 'promptfoo/candidate.json'), {
      ...options,
      root: DIR,
    });
    expect(long.problems).toEqual([]);
    expect(long.table!.format).toBe('promptfoo');
    expect(long.table!.ids).toEqual(short.table!.ids);
    expect(long.table!.columns).toEqual(short.table!.columns);
    try {
      setReadLimits({ examples: text.length + 100_000 });
      const capped = await loadExamples(join(dir, 'long.json'), {
        ...options,
        format: 'promptfoo',
      });
      expect(capped.table).toBeNull();
      expect(capped.problems[0]!.message).toMatch(
        /cannot read per-example scores: .*larger than the .* examples cap/,
      );
    } finally {
      resetReadLimits();
    }
  });

  it('promptfoo: two providers in one file are two models, refused', async () => {
    const doc = JSON.parse(readFileSync(join(DIR, 'promptfoo/candidate.json'), 'utf8'));
    doc.results.results[1].provider = { id: 'anthropic:claude', label: '' };
    const r = parseExamples('results.json', JSON.stringify(doc), {
      idColumn: 'id',
      columns: ['success'],
    });
    expect(r.problems[0]!.message).toMatch(/2 prompt × provider combinations/);
  });

  it('inspect_ai JSON log and .eval zip: the same values; 3 epochs averaged per example', async () => {
    for (const ext of ['json', 'eval']) {
      const out = await compare(
        'inspect',
        [`candidate.${ext}`, `baseline.${ext}`],
        [mean('match', 'match')],
      );
      expect(out.problems).toEqual([]);
      expectValues(out.rows, { match: REF.inspect.match });
      expect(out.rows[0]!.n).toBe(40);
      const t = (
        await loadExamples(join(DIR, `inspect/candidate.${ext}`), {
          idColumn: 'id',
          columns: ['match'],
        })
      ).table!;
      expect(t.format).toBe(ext === 'json' ? 'inspect-json' : 'inspect-eval');
      expect(t.repeated).toBe(40);
    }
  });

  it('repeated samples are bootstrapped by example, not as independent rows (numpy reference)', async () => {
    const out = await compare(
      'inspect',
      ['candidate.json', 'baseline.json'],
      [mean('match', 'match')],
      {
        resamples: 20000,
      },
    );
    const ci = out.rows[0]!.ci!;
    const byExample = REF.inspect.bootstrap_by_example.ci95 as [number, number];
    const bySample = REF.inspect.bootstrap_by_sample.ci95 as [number, number];
    expect(Math.abs(ci[0] - byExample[0])).toBeLessThan(0.008);
    expect(Math.abs(ci[1] - byExample[1])).toBeLessThan(0.008);
    expect(Math.max(Math.abs(ci[0] - bySample[0]), Math.abs(ci[1] - bySample[1]))).toBeGreaterThan(
      0.02,
    );
    // Averaged values are not 0/1: no McNemar, the real-valued bootstrap.
    expect(out.rows[0]!.test).toBe('bootstrap');
  });

  it('OpenAI evals records: match events, 3 per sample; pass@k matches scipy', async () => {
    const metrics: ExampleMetric[] = [
      mean('correct', 'correct'),
      ...[1, 2, 3].map((k) => ({
        name: `pass@${k}`,
        direction: 'higher' as const,
        source: { kind: 'pass_at_k' as const, column: 'correct', k },
      })),
    ];
    const out = await compare('openai-evals', ['candidate.jsonl', 'baseline.jsonl'], metrics);
    expect(out.problems).toEqual([]);
    const { ['per_example_pass@2_baseline']: perExample, ...ref } = REF['openai-evals'];
    expectValues(out.rows, ref);
    const t = (
      await loadExamples(join(DIR, 'openai-evals/baseline.jsonl'), {
        idColumn: 'id',
        columns: ['correct'],
      })
    ).table!;
    expect(t.format).toBe('openai-evals');
    expect(t.ids).toHaveLength(40);
    // Per example: the reader grouped 3 match events per sample_id, in file order.
    const perId = t.columns.get('correct')!.map((v) => {
      const values = (v as Samples).values as boolean[];
      expect(values).toHaveLength(3);
      return passAtK(3, values.filter(Boolean).length, 2);
    });
    perId.forEach((v, i) => expect(v).toBeCloseTo(perExample[i], 12));
  });

  it('pass@k: the product form equals scipy’s binomial coefficients, large n included', async () => {
    for (const { n, c, k, value } of REF.pass_at_k_cases)
      expect(passAtK(n, c, k)).toBeCloseTo(value, 12);
    expect(() => passAtK(2, 1, 3)).toThrow(/n ≥ k/);
  });

  it('pass@k from a rule: pass_at, or a name pass@<k> once rule names may hold @', async () => {
    expect(columnSource('pass_at_5', { column: 'c', pass_at: 5 }, 'm')).toEqual({
      kind: 'pass_at_k',
      column: 'c',
      k: 5,
    });
    expect(columnSource('pass@10', { column: 'c' }, 'm')).toEqual({
      kind: 'pass_at_k',
      column: 'c',
      k: 10,
    });
    expect(columnSource('accuracy', { column: 'c' }, 'm')).toEqual({ kind: 'mean', column: 'c' });
    expect(() => columnSource('pass@1', { column: 'c', pass_at: 2 }, 'metrics.pass@1')).toThrow(
      /metrics\.pass@1\.from: the name says pass@1 but pass_at is 2/,
    );
  });

  it('pass@k with fewer samples than k, or non-0/1 correctness: located errors', async () => {
    const text = Array.from(
      { length: 40 },
      (_, i) => `{"id": ${i}, "ok": ${i === 3 ? 0.5 : 1}}`,
    ).join('\n');
    const t = parseExamples('a.jsonl', text, {
      idColumn: 'id',
      columns: ['ok'],
      repeats: true,
    }).table!;
    const m: ExampleMetric = {
      name: 'pass@2',
      direction: 'higher',
      source: { kind: 'pass_at_k', column: 'ok', k: 2 },
    };
    const out = compareExamples(t, t, [m]);
    expect(out.status).toBe('error');
    expect(out.problems.map((p) => p.message).join('\n')).toMatch(
      /0\.5, not a 0\/1 correctness|needs at least 2 samples/,
    );
  });
});

describe('repeated samples in plain files', () => {
  const rows = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `{"id": ${i % 40}, "correct": ${i % 3 === 0 ? 1 : 0}}`,
    ).join('\n');

  it('a duplicate id is still an error unless repeats are declared, and the message says how', async () => {
    const r = parseExamples('a.jsonl', rows(80), { idColumn: 'id', columns: ['correct'] });
    expect(r.problems[0]!.message).toMatch(/duplicate example id "0".*examples\.repeats: true/);
    const ok = parseExamples('a.jsonl', rows(80), {
      idColumn: 'id',
      columns: ['correct'],
      repeats: true,
    });
    expect(ok.problems).toEqual([]);
    expect(ok.table!.repeated).toBe(40);
  });

  it('statistics other than means refuse samples that differ', async () => {
    const text = Array.from(
      { length: 80 },
      (_, i) => `{"id": ${i % 40}, "y": ${i % 2}, "p": ${i % 3 === 0 ? 1 : 0}}`,
    ).join('\n');
    const t = parseExamples('a.jsonl', text, {
      idColumn: 'id',
      columns: ['y', 'p'],
      repeats: true,
    }).table!;
    const out = compareExamples(t, t, [
      { name: 'f1', direction: 'higher', source: { kind: 'f1', label: 'y', prediction: 'p' } },
    ]);
    expect(out.rows[0]!.status).toBe('error');
    expect(out.rows[0]!.reason).toMatch(/f1 needs one "p" per example.*only means and pass@k/);
  });
});

describe('hostile tool files', () => {
  afterEach(() => resetReadLimits());
  const dir = mkdtempSync(join(tmpdir(), 'mg-readers-'));
  const sample = (id: number, value: unknown) =>
    JSON.stringify({ id, epoch: 1, scores: { match: { value } } });

  it('an .eval zip bomb stops at the per-example cap', async () => {
    setReadLimits({ examples: 1 << 20 });
    const big = ' '.repeat(8 << 20);
    const zip = zipSync({
      'header.json': strToU8('{}'),
      'samples/1_epoch_1.json': strToU8(`{"id":1,"pad":"${big}"}`),
    });
    expect(zip.length).toBeLessThan(100_000);
    writeFileSync(join(dir, 'bomb.eval'), zip);
    const r = await loadExamples(join(dir, 'bomb.eval'), {
      idColumn: 'id',
      columns: ['match'],
      root: dir,
    });
    expect(r.problems[0]!.message).toMatch(
      /over the limit.*examples cap.*MODELGATE_MAX_EXAMPLES_BYTES/,
    );
  });

  it('an .eval entry whose header understates its size is refused as corrupt, not inflated', async () => {
    const zip = zipSync({
      'samples/1_epoch_1.json': strToU8(`{"id":1,"pad":"${' '.repeat(1 << 20)}"}`),
    });
    // Patch the central directory's uncompressed size (offset 24 in its entry) down to 10 bytes.
    const b = Buffer.from(zip);
    const cd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    b.writeUInt32LE(10, cd + 24);
    writeFileSync(join(dir, 'liar.eval'), b);
    const r = await loadExamples(join(dir, 'liar.eval'), {
      idColumn: 'id',
      columns: ['match'],
      root: dir,
    });
    expect(r.problems[0]!.message).toMatch(/corrupt/);
  });

  it('an .eval entry that would leave its folder refuses the archive', async () => {
    writeFileSync(
      join(dir, 'slip.eval'),
      zipSync({ '../samples/1_epoch_1.json': strToU8(sample(1, 'C')) }),
    );
    const r = await loadExamples(join(dir, 'slip.eval'), {
      idColumn: 'id',
      columns: ['match'],
      root: dir,
    });
    expect(r.problems[0]!.message).toMatch(/outside its folder/);
  });

  it('a tool key named __proto__ is a plain column, never a prototype', async () => {
    const text = [
      JSON.stringify({ spec: { run_id: 'r' } }),
      '{"run_id":"r","event_id":0,"sample_id":"s1","type":"match","data":{"correct":true,"__proto__":7}}',
    ].join('\n');
    const t = parseExamples('log.jsonl', text, {
      idColumn: 'id',
      columns: ['correct', '__proto__', 'polluted'],
    }).table!;
    expect(t.format).toBe('openai-evals');
    expect(t.columns.get('__proto__')).toEqual([7]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an inspect value inspect itself would silently read as 0 is a located error, not a pass', async () => {
    const log = {
      version: 2,
      eval: {},
      samples: [
        ...Array.from({ length: 39 }, (_, i) => ({
          id: i,
          epoch: 1,
          scores: { match: { value: 'C' } },
        })),
        { id: 39, epoch: 1, scores: { match: { value: 'maybe' } } },
      ],
    };
    writeFileSync(join(dir, 'log.json'), JSON.stringify(log));
    const out = await compareExampleFiles(
      { candidate: join(dir, 'log.json'), baseline: join(dir, 'log.json') },
      [mean('match', 'match')],
      { idColumn: 'id', root: dir, resamples: 200 },
    );
    expect(out.status).toBe('error');
    expect(out.problems[0]).toMatchObject({ key: 'match' });
    expect(out.problems[0]!.message).toMatch(/not a number \(the string "maybe"\).*id "39"/);
  });
});
