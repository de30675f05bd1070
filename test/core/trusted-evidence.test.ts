// Results held to a config the pull request cannot edit: a recorded rule looser than the trusted
// one is replaced by it, and a result whose stated status does not hold then is refused. Genuine
// results under their own rules, or under looser trusted ones, pass through untouched.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trustedProblem } from '../../src/core/evidence/trusted.js';
import { loadConfigText } from '../../src/core/config/load.js';
import { loadResults } from '../../src/core/report/load.js';
import type { Result } from '../../src/core/result.js';
import type { CompareDetails } from '../../src/core/compare/types.js';
import type { ValidateDetails } from '../../src/core/validate/types.js';

const REPORT = join(import.meta.dirname, '..', 'fixtures', 'report');
const fixture = (name: string): Result =>
  JSON.parse(readFileSync(join(REPORT, `${name}.json`), 'utf8')) as Result;
const vd = (r: Result) => r.details as unknown as ValidateDetails;
const cd = (r: Result) => r.details as unknown as CompareDetails;

const config = (validate: string, compare: string) =>
  loadConfigText(
    `version: 1
validate:
  - id: training-data
    schema: s.json
    data: d/*.jsonl
${validate}
compare:
  - id: classifier
    candidate: m/c.json
    baseline: { path: m/b.json }
    metrics:
${compare}
`,
    '.github/modelgate.yml',
  ).config;

const RULES = `      accuracy: { direction: higher, max_drop: 0.01, slices: { region: { max_drop: 0.02 } } }
      loss: { direction: lower, max_drop: '5%' }`;
const problem = (r: Result, validate: string, compare = RULES) =>
  trustedProblem(r, config(validate, compare), '.github/modelgate.yml');

/** The failing classifier result with every gated row's rule loosened until it says pass. */
function loosenedCompare(): Result {
  const r = fixture('classifier-fail');
  r.status = 'pass';
  for (const m of cd(r).metrics) {
    if (!m.gated) continue;
    m.status = 'pass';
    m.bounds = { max_drop: m.direction === 'lower' ? '100%' : 1 };
  }
  const e = cd(r).examples!;
  e.candidateOnly = 0;
  e.sampleMissingIds = [];
  return r;
}

describe('validate results under trusted thresholds', () => {
  // training-data-warn: 3 invalid rows, recorded max 0.5% and warn 0, status warn.
  it('accepts a result judged by the same thresholds', () => {
    const r = fixture('training-data-warn');
    expect(problem(r, "    max_invalid_rows: '0.5%'\n    warn_invalid_rows: 0")).toBeUndefined();
  });

  it('accepts a result whose recorded threshold is stricter than the trusted one', () => {
    const r = fixture('training-data-warn');
    expect(problem(r, "    max_invalid_rows: '5%'")).toBeUndefined();
  });

  it('refuses a result that passes only under its own looser threshold, naming both', () => {
    const r = fixture('training-data-warn');
    expect(problem(r, '    max_invalid_rows: 0')).toBe(
      "result file refused: its rules are looser than .github/modelgate.yml's " +
        '(max_invalid_rows "0.5%" where the trusted config has 0), ' +
        "under which its details give 'fail', not 'warn'",
    );
  });

  it('refuses a forged 100% threshold on 199 invalid rows of 200', () => {
    const r = fixture('training-data-warn');
    Object.assign(vd(r), {
      rows: 200,
      invalidRows: 199,
      invalidShare: 199 / 200,
      threshold: { maxInvalidRows: '100%' },
      files: [{ path: 'd/a.jsonl', format: 'jsonl', rows: 200, invalidRows: 199, bytes: 9 }],
    });
    r.status = 'pass';
    expect(problem(r, '')).toMatch(/max_invalid_rows "100%" where the trusted config has "0"/);
  });
});

describe('compare results under trusted rules', () => {
  it('accepts the genuine failing result (its statuses hold under the same rules)', () => {
    expect(problem(fixture('classifier-fail'), '')).toBeUndefined();
  });

  it('refuses rows whose recorded bounds were loosened, naming the rules', () => {
    const p = problem(loosenedCompare(), '');
    expect(p).toMatch(/^result file refused: its rules are looser than \.github\/modelgate\.yml's/);
    expect(p).toContain('metrics.accuracy.max_drop 1 where the trusted config has 0.01');
    expect(p).toContain(
      'metrics.accuracy [region=us].max_drop 1 where the trusted config has 0.02',
    );
    expect(p).toMatch(/under which its details give 'fail', not 'pass'$/);
  });

  it('accepts loosened rows when the trusted rules are as loose', () => {
    const loose = `      accuracy: { direction: higher, max_drop: 1 }
      loss: { direction: lower, max_drop: '100%' }`;
    expect(problem(loosenedCompare(), '', loose)).toBeUndefined();
  });

  it('gates a row the result marked ungated when the trusted config has its rule', () => {
    const r = loosenedCompare();
    for (const m of cd(r).metrics.filter((row) => row.name === 'accuracy')) {
      m.gated = false;
      m.status = 'skip';
      delete m.bounds;
    }
    expect(problem(r, '')).toMatch(
      /metrics\.accuracy\.gated false where the trusted config has true/,
    );
  });

  it('refuses a result without a row for a metric the trusted config gates', () => {
    const r = loosenedCompare();
    cd(r).metrics = cd(r).metrics.filter((m) => m.name !== 'accuracy');
    expect(problem(r, '')).toBe(
      'result file refused: it has no row for accuracy, which .github/modelgate.yml gates',
    );
  });

  it('refuses a result whose check the trusted config does not have', () => {
    const r = fixture('ranker-pass');
    expect(problem(r, '')).toBe(
      "result file refused: .github/modelgate.yml has no compare check 'ranker'",
    );
  });
});

describe('loadResults with a trusted config', () => {
  function workspace(config: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'mg-trusted-'));
    mkdirSync(join(dir, 'modelgate-results'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, 'modelgate-results', 'a.json'), JSON.stringify(loosenedCompare()));
    writeFileSync(join(dir, '.github', 'modelgate.yml'), config);
    return dir;
  }

  it('turns the refusal into an error entry for that file', async () => {
    const cwd = workspace(
      `version: 1\ncompare:\n  - id: classifier\n    candidate: c.json\n    baseline: { path: b.json }\n    metrics:\n${RULES}\n`,
    );
    const [e] = await loadResults(['modelgate-results/*.json'], {
      cwd,
      trustedConfig: '.github/modelgate.yml',
    });
    expect(e).toMatchObject({ ok: false, path: 'modelgate-results/a.json' });
    expect(!e!.ok && e!.error).toMatch(
      /^modelgate-results\/a\.json: result file refused: its rules/,
    );
  });

  it('an unreadable trusted config judges nothing: one located error entry', async () => {
    const cwd = workspace('version: 1\ncompare: 7\n');
    const entries = await loadResults(['modelgate-results/*.json'], {
      cwd,
      trustedConfig: '.github/modelgate.yml',
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ ok: false, path: '.github/modelgate.yml' });
    expect(!entries[0]!.ok && entries[0]!.error).toMatch(
      /^\.github\/modelgate\.yml:2:\d+: compare/,
    );
  });
});
