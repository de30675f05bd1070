// Results are evidence: the status is derived again from the details, and a result whose stated
// status its own details do not support is refused. Genuine results (written by the engine) are
// always accepted; forged ones (status edited, details left) never are.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveStatus, evidenceProblem } from '../../src/core/evidence/index.js';
import { loadOne } from '../../src/core/report/load.js';
import { runCompare } from '../../src/core/compare/compare.js';
import { runValidate } from '../../src/core/validate/run.js';
import type { Result } from '../../src/core/result.js';
import type { ValidateDetails } from '../../src/core/validate/types.js';
import type { CompareDetails } from '../../src/core/compare/types.js';
import { FIXTURES as DATASET } from '../dataset/helpers.js';

const REPORT = join(import.meta.dirname, '..', 'fixtures', 'report');
const fixture = (name: string): Result =>
  JSON.parse(readFileSync(join(REPORT, `${name}.json`), 'utf8')) as Result;
const vd = (r: Result) => r.details as unknown as ValidateDetails;
const cd = (r: Result) => r.details as unknown as CompareDetails;

/** 200 rows, 199 invalid, max-invalid-rows 0, yet status pass. */
function forgedValidate(): Result {
  const r = fixture('training-data-warn');
  Object.assign(vd(r), {
    rows: 200,
    invalidRows: 199,
    invalidShare: 199 / 200,
    threshold: { maxInvalidRows: '0' },
    files: [{ path: 'data/train.jsonl', format: 'jsonl', rows: 200, invalidRows: 199, bytes: 9 }],
  });
  r.status = 'pass';
  return r;
}

describe('genuine results are accepted', () => {
  it.each(['classifier-fail', 'ranker-pass', 'training-data-warn', 'hostile'])('%s', (name) => {
    const r = fixture(name);
    expect(evidenceProblem(r)).toBeUndefined();
    expect(deriveStatus(r).status).toBe(r.status);
  });

  it('validate with dataset checks and a new-only ratchet, straight from the engine', async () => {
    for (const policy of ['new-only', 'all'] as const) {
      for (const maxInvalidRows of ['0', '1', '5']) {
        const r = await runValidate(
          {
            schemaFile: join(DATASET, 'schema.json'),
            data: ['data.jsonl'],
            cwd: join(DATASET, 'ratchet'),
            threads: 0,
            maxInvalidRows,
            dataset: {
              expectations: {
                columns: {
                  label: { max_null_share: 0 },
                  country: { categories: ['US', 'DE', 'FR'] },
                  age: { max: 50 },
                  id: { unique: true },
                },
              },
              ratchet: { base_dir: 'base', policy },
            },
          },
          {},
          { id: 'data' },
        );
        const json = JSON.parse(JSON.stringify(r)) as Result;
        expect(evidenceProblem(json), `${policy} ${maxInvalidRows}`).toBeUndefined();
      }
    }
  });

  it('compare straight from the engine, pass and fail', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mg-evidence-'));
    writeFileSync(join(ws, 'cand.json'), JSON.stringify({ accuracy: 0.85, loss: 0.3, extra: 1 }));
    writeFileSync(join(ws, 'base.json'), JSON.stringify({ accuracy: 0.9, loss: 0.35 }));
    for (const maxDrop of [0.01, 0.1]) {
      const r = await runCompare(
        {
          id: 'clf',
          candidate: 'cand.json',
          baseline: { path: 'base.json' },
          metrics: {
            accuracy: { direction: 'higher', max_drop: maxDrop },
            loss: { direction: 'lower', max_drop: '5%' },
          },
        },
        { workspace: ws },
      );
      expect(r.status).toBe(maxDrop === 0.01 ? 'fail' : 'pass');
      expect(evidenceProblem(JSON.parse(JSON.stringify(r)) as Result)).toBeUndefined();
    }
  });
});

describe('forged results are refused', () => {
  it('validate: 199 of 200 invalid rows against max-invalid-rows 0, stated pass', () => {
    expect(evidenceProblem(forgedValidate())).toBe(
      "result file refused: states status 'pass' but its details give 'fail'",
    );
  });

  it('validate: a warn threshold crossed but stated pass', () => {
    const r = fixture('training-data-warn');
    r.status = 'pass';
    expect(evidenceProblem(r)).toMatch(/states status 'pass' but its details give 'warn'/);
  });

  it('validate: totals that do not add up are named', () => {
    const r = forgedValidate();
    vd(r).invalidRows = 0;
    vd(r).invalidShare = 0;
    expect(evidenceProblem(r)).toMatch(/invalidRows is 0 but its files hold 199/);
  });

  it('validate: a ratchet whose introduced rows are not the difference', () => {
    const r = forgedValidate();
    vd(r).ratchet = {
      baseDir: 'base',
      policy: 'new-only',
      baseRows: 200,
      baseInvalidRows: 10,
      introducedInvalidRows: 0,
      baseStatus: 'fail',
    };
    expect(evidenceProblem(r)).toMatch(
      /states status 'pass' but its details give 'fail'; ratchet.introducedInvalidRows is 0 but 199 against the base's 10 is 189/,
    );
  });

  it('validate: a broken dataset expectation stated as pass', () => {
    const r = fixture('training-data-warn');
    vd(r).threshold = { maxInvalidRows: '0.5%' };
    r.status = 'pass';
    vd(r).dataset = {
      status: 'pass',
      expectations: [
        {
          key: 'duplicates',
          kind: 'duplicates',
          rule: 'no duplicated rows',
          severity: 'fail',
          checked: 120000,
          unexpected: 7,
          share: 7 / 120000,
          status: 'pass',
          reason: 'forged',
          samples: [],
        },
      ],
    };
    expect(evidenceProblem(r)).toMatch(
      /expectation duplicates says 'pass' but its numbers give 'fail'/,
    );
    // 'existing' debt passes only when the base's own numbers say it failed there too.
    vd(r).ratchet = {
      baseDir: 'b',
      policy: 'new-only',
      baseRows: 120000,
      baseInvalidRows: 3,
      introducedInvalidRows: 0,
      baseStatus: 'fail',
    };
    const e = vd(r).dataset!.expectations[0]!;
    e.origin = 'existing';
    e.base = { checked: 120000, unexpected: 2, status: 'fail' };
    expect(evidenceProblem(r)).toMatch(/expectation duplicates says 'pass'/);
    e.base.unexpected = 7;
    expect(evidenceProblem(r)).toBeUndefined();
  });

  it('validate: drift columns and dataset.status are checked against their parts', () => {
    const r = fixture('training-data-warn');
    vd(r).dataset = {
      status: 'warn',
      expectations: [],
      drift: {
        reference: { source: 'file', paths: ['ref.jsonl'], rows: 10 },
        alpha: 0.05,
        correction: 'holm',
        sampleSize: 100,
        columns: [
          {
            name: 'age',
            type: 'numeric',
            psi: 0.4,
            refN: 10,
            curN: 10,
            psiWarn: 0.1,
            psiFail: 0.25,
            status: 'warn',
            reason: 'forged',
          },
        ],
      },
    };
    expect(evidenceProblem(r)).toMatch(
      /states status 'warn' but its details give 'fail'; drift column age says 'warn' but its numbers give 'fail'/,
    );
  });

  it('compare: a failing gated metric under a stated pass', () => {
    const r = fixture('classifier-fail');
    r.status = 'pass';
    expect(evidenceProblem(r)).toBe(
      "result file refused: states status 'pass' but its details give 'fail'",
    );
  });

  it('compare: a gated row cannot be skipped, an ungated one cannot fail, counts must match', () => {
    const r = fixture('ranker-pass');
    const [first, second] = cd(r).metrics;
    first!.status = 'skip';
    second!.gated = false;
    second!.status = 'fail';
    cd(r).counts = { gated: 2, pass: 2, warn: 0, fail: 0, error: 0, skip: 0 };
    const problem = evidenceProblem(r) ?? '';
    expect(problem).toContain('metric ndcg@10 is gated but skipped');
    expect(problem).toContain("metric mrr is not gated but says 'fail'");
    expect(problem).toContain('counts disagree with the rows (gated 2 vs 1');
  });

  it('compare: a point-value row is derived again from its values and the rule recorded with it', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mg-evidence-'));
    writeFileSync(join(ws, 'cand.json'), JSON.stringify({ accuracy: 0.7, loss: 0.3 }));
    writeFileSync(join(ws, 'base.json'), JSON.stringify({ accuracy: 0.9, loss: 0.35 }));
    const r = (await runCompare(
      {
        id: 'clf',
        candidate: 'cand.json',
        baseline: { path: 'base.json' },
        metrics: {
          accuracy: { direction: 'higher', max_drop: '5%', min: 0.8 },
          loss: { direction: 'lower', max_drop: 0.01 },
        },
      },
      { workspace: ws },
    )) as unknown as Result;
    const rows = cd(r).metrics;
    expect(rows[0]).toMatchObject({ status: 'fail', bounds: { min: 0.8, max_drop: '5%' } });
    expect(evidenceProblem(JSON.parse(JSON.stringify(r)) as Result)).toBeUndefined();
    // Forged: the failing row and the result both say pass, the counts agree with the rows.
    rows[0]!.status = 'pass';
    r.status = 'pass';
    cd(r).counts = { gated: 2, pass: 2, warn: 0, fail: 0, error: 0, skip: 0 };
    expect(evidenceProblem(r)).toBe(
      "result file refused: states status 'pass' but its details give 'fail'; metric accuracy says 'pass' but its values and rule give 'fail'",
    );
    // A loosened bound recorded with it is still consistent: the rules themselves are protected
    // by rules_from, not here.
    rows[0]!.bounds = { min: 0.5, max_drop: '50%', missing: 'fail' };
    expect(evidenceProblem(r)).toBeUndefined();
  });

  it('compare: ids scored by one model only follow the recorded policy', () => {
    const r = fixture('ranker-pass');
    cd(r).examples = {
      n: 10,
      candidateOnly: 2,
      baselineOnly: 0,
      sampleMissingIds: ['a'],
      seed: 1,
      resamples: 100,
      confidence: 0.95,
      correction: 'holm',
    };
    expect(evidenceProblem(r)).toMatch(/details give 'fail'/);
    cd(r).examples!.missingIds = 'warn';
    expect(evidenceProblem(r)).toMatch(/details give 'warn'/);
  });

  it('errors recorded in a result make it error; a stated error is always accepted', () => {
    const r = fixture('ranker-pass');
    r.errors = [{ message: 'baseline unreadable' }];
    expect(evidenceProblem(r)).toMatch(/details give 'error'/);
    const e = forgedValidate();
    e.status = 'error';
    expect(evidenceProblem(e)).toBeUndefined();
  });

  it('loadOne: a forged file becomes an error entry naming the file and the disagreement', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-evidence-'));
    writeFileSync(join(dir, 'forged.json'), JSON.stringify(forgedValidate()));
    expect(loadOne('forged.json', dir)).toEqual({
      ok: false,
      path: 'forged.json',
      error: "forged.json: result file refused: states status 'pass' but its details give 'fail'",
      context: forgedValidate().context,
    });
  });
});

describe('a gated metric missing from both files', () => {
  it('is accepted with the status its missing policy gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-both-missing-'));
    writeFileSync(join(dir, 'c.json'), '{"acc": 0.9}');
    writeFileSync(join(dir, 'b.json'), '{"acc": 0.9}');
    const result = await runCompare(
      {
        id: 'm',
        candidate: join(dir, 'c.json'),
        baseline: { path: join(dir, 'b.json') },
        metrics: { 'pass@1': { direction: 'higher', missing: 'warn' } },
      },
      { workspace: dir },
    );
    expect(result.status).toBe('warn');
    expect(evidenceProblem(result as unknown as Result)).toBeUndefined();
  });
});
