// Calibration by simulation: how often does the gate fail a pull request when the candidate
// is truly as good as the baseline (false fails), and when it is truly worse (power)?
// Used by bench/calibration.js (full size) and test/stats/calibration.test.ts (fast path).
//
// Generative model of one simulated PR: n examples; for each, the pair (baseline right?,
// candidate right?) is drawn from fixed cell probabilities: baseline-only-right
// (ψ + drop)/2, candidate-only-right (ψ − drop)/2, both right accuracy − (ψ + drop)/2, the
// rest both wrong. ψ is the discordant share (how often the two models disagree on
// correctness): two versions of one model typically disagree on a few percent to ~10% of
// examples; two models with independent errors at accuracy a disagree on 2a(1 − a).
import { Xoshiro128ss } from '../src/stats/prng.js';
import type { ExampleTable } from '../src/core/compare/examples/load.js';
import {
  compareExamples,
  type CompareExamplesOptions,
  type ExampleRule,
} from '../src/core/compare/examples/index.js';

export interface CalibrationScenario {
  /** Simulated pull requests (default 500). */
  prs?: number;
  /** Examples per PR (default 5000). */
  n?: number;
  /** Baseline's true accuracy (default 0.85). */
  accuracy?: number;
  /** Candidate's true accuracy is accuracy − drop (default 0). */
  drop?: number;
  /** Discordant share ψ (default 0.1). */
  discordance?: number;
  /** The gated rule (default { max_drop: 0 }). */
  rule?: ExampleRule;
  /** Options passed to compareExamples (resamples, interval, …). */
  options?: CompareExamplesOptions;
  seed?: number;
}

export interface CalibrationResult {
  prs: number;
  /** PRs the statistical gate failed / warned on. */
  fail: number;
  warn: number;
  /** PRs a plain point rule "candidate < baseline − max_drop" would have failed. */
  pointFail: number;
  failRate: number;
  warnRate: number;
  pointFailRate: number;
  /** Mean of the rows' reported minimum detectable effect (beyond the margin). */
  meanMde: number;
}

function tableOf(
  path: string,
  ids: string[],
  index: Map<string, number>,
  correct: number[],
): ExampleTable {
  return {
    path,
    format: 'jsonl',
    idColumn: 'id',
    ids,
    lines: Int32Array.from(ids, (_, i) => i + 1),
    index,
    columns: new Map([['correct', correct]]),
    repeated: 0,
  };
}

export function simulateCalibration(s: CalibrationScenario = {}): CalibrationResult {
  const prs = s.prs ?? 500;
  const n = s.n ?? 5000;
  const acc = s.accuracy ?? 0.85;
  const drop = s.drop ?? 0;
  const psi = s.discordance ?? 0.1;
  const rule = s.rule ?? { max_drop: 0 };
  const bOnly = (psi + drop) / 2;
  const cOnly = (psi - drop) / 2;
  const both = acc - bOnly;
  if (cOnly < 0 || both < 0 || acc > 1)
    throw new RangeError(
      'impossible scenario: need discordance ≥ drop and accuracy ≥ (discordance + drop)/2',
    );
  const maxDrop = typeof rule.max_drop === 'number' ? rule.max_drop : 0;
  const ids = Array.from({ length: n }, (_, i) => String(i));
  const index = new Map(ids.map((id, i) => [id, i]));
  const rng = Xoshiro128ss.fromSeed(s.seed ?? 2024, 'calibration');
  let fail = 0;
  let warn = 0;
  let pointFail = 0;
  let mdeSum = 0;
  for (let pr = 0; pr < prs; pr++) {
    const b = new Array<number>(n);
    const c = new Array<number>(n);
    let sumB = 0;
    let sumC = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      b[i] = u < both + bOnly ? 1 : 0;
      c[i] = u < both || (u >= both + bOnly && u < both + bOnly + cOnly) ? 1 : 0;
      sumB += b[i]!;
      sumC += c[i]!;
    }
    if ((sumC - sumB) / n < -maxDrop - 1e-12) pointFail++;
    const r = compareExamples(
      tableOf('candidate', ids, index, c),
      tableOf('baseline', ids, index, b),
      [
        {
          name: 'accuracy',
          direction: 'higher',
          source: { kind: 'mean', column: 'correct' },
          rule,
        },
      ],
      { seed: pr + 1, ...s.options },
    );
    const status = r.rows[0]!.status;
    mdeSum += r.rows[0]!.mde ?? NaN;
    if (status === 'fail') fail++;
    else if (status === 'warn') warn++;
    else if (status !== 'pass')
      throw new Error(`simulated PR ${pr}: unexpected status ${status}: ${r.rows[0]!.reason}`);
  }
  return {
    prs,
    fail,
    warn,
    pointFail,
    failRate: fail / prs,
    warnRate: warn / prs,
    pointFailRate: pointFail / prs,
    meanMde: mdeSum / prs,
  };
}
