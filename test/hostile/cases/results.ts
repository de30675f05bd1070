// Result files, as `gate` and `report` read them in the two-workflow pattern: forged verdicts whose
// evidence says fail, broken counts, depth and size, prototype keys, text that tries to become a
// workflow command, and workflow_run replays. Each is run through the gate CLI, the gate action
// and the report action (whose commit status must never say success for them).
import {
  failingCompare,
  json,
  passingCompare,
  warningValidate,
  workflowRunEvent,
  type Json,
} from '../payloads.js';
import type { ActionRunSpec, CliRun, FileSpec, HostileCase } from '../types.js';
import { bigFile, deepObject } from './gen.js';

function forged(r: Json, edit: (r: Json) => void): string {
  const copy = structuredClone(r);
  edit(copy);
  return json(copy);
}

const failingValidate = (): Json => {
  const r = warningValidate();
  r.details.rows = 200;
  r.details.invalidRows = 199;
  r.details.invalidShare = 0.995;
  r.details.threshold = { maxInvalidRows: '0' };
  r.details.files = [
    { path: 'data/a.jsonl', format: 'jsonl', rows: 200, invalidRows: 199, bytes: 9000 },
  ];
  return r;
};

interface R {
  name: string;
  names?: string;
  expect: HostileCase['expect'];
  alsoOk?: HostileCase['expect'][];
  files: Record<string, FileSpec>;
  /** Run with the default branch's config as the trusted rules (`config` / `--config`). */
  trusted?: boolean;
}

/** The rules as the default branch has them: what a forged result is held to. */
const TRUSTED_CONFIG = `version: 1
validate:
  - id: training-data
    schema: schemas/row.json
    data: data/*.jsonl
    max_invalid_rows: '0.5%'
    warn_invalid_rows: 0
compare:
  - id: classifier
    candidate: metrics/candidate.json
    baseline: { base_branch: true, path: metrics/baseline.json }
    metrics:
      accuracy: { direction: higher, max_drop: 0.01, slices: { region: { max_drop: 0.02 } } }
      loss: { direction: lower, max_drop: '5%' }
`;
const TRUSTED_PATH = '.github/modelgate.yml';

/** A compare result that says pass, with every row's rule loosened so that its rows agree. */
const loosenedCompare = (r: Json) => {
  r.status = 'pass';
  r.summary = 'all good';
  for (const m of r.details.metrics) {
    if (!m.gated) continue;
    m.status = 'pass';
    m.bounds = m.direction === 'lower' ? { max_drop: '100%' } : { max_drop: 1 };
    m.rule = 'max_drop 1';
  }
  r.details.examples.candidateOnly = 0;
  r.details.examples.sampleMissingIds = [];
};

const inject = '\n::set-output name=passed::$INJ\r\n::add-mask::$INJ';

const RESULTS: R[] = [
  { name: 'genuine-pass', expect: 'pass', files: { 'a.json': json(passingCompare()) } },
  { name: 'genuine-fail', expect: 'fail', files: { 'a.json': json(failingCompare()) } },
  {
    name: 'forged-pass-failing-metric',
    expect: 'fail',
    files: { 'a.json': forged(failingCompare(), (r) => (r.status = 'pass')) },
  },
  {
    name: 'forged-warn-failing-metric',
    expect: 'fail',
    files: { 'a.json': forged(failingCompare(), (r) => (r.status = 'warn')) },
  },
  {
    name: 'forged-pass-199-of-200-invalid',
    expect: 'fail',
    files: {
      'a.json': forged(failingValidate(), (r) => ((r.status = 'pass'), (r.summary = 'all good'))),
    },
  },
  {
    name: 'forged-pass-with-errors',
    expect: 'fail',
    files: {
      'a.json': forged(
        passingCompare(),
        (r) => (r.errors = [{ message: 'metrics unreadable', file: 'm.json' }]),
      ),
    },
  },
  {
    name: 'forged-pass-metric-error-status',
    expect: 'fail',
    files: { 'a.json': forged(passingCompare(), (r) => (r.details.metrics[0].status = 'error')) },
  },
  {
    name: 'forged-invalid-more-than-rows',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: {
      'a.json': forged(
        warningValidate(),
        (r) => ((r.status = 'pass'), (r.details.invalidRows = 10 ** 9)),
      ),
    },
  },
  {
    name: 'forged-negative-invalid',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: {
      'a.json': forged(
        failingValidate(),
        (r) => ((r.status = 'pass'), (r.details.invalidRows = -1)),
      ),
    },
  },
  {
    name: 'forged-threshold-raised',
    expect: 'fail',
    alsoOk: ['bad-input'],
    trusted: true,
    files: {
      'a.json': forged(
        failingValidate(),
        (r) => ((r.status = 'pass'), (r.details.threshold = { maxInvalidRows: '100%' })),
      ),
    },
  },
  {
    name: 'forged-rules-loosened-compare',
    expect: 'fail',
    alsoOk: ['bad-input'],
    trusted: true,
    files: { 'a.json': forged(failingCompare(), loosenedCompare) },
  },
  {
    name: 'forged-check-not-in-trusted-config',
    expect: 'fail',
    alsoOk: ['bad-input'],
    trusted: true,
    files: {
      'a.json': forged(
        failingValidate(),
        (r) => (
          (r.id = 'unknown-check'),
          (r.status = 'pass'),
          (r.details.threshold = { maxInvalidRows: '100%' })
        ),
      ),
    },
  },
  // A genuine result under the trusted rules is not refused for having them.
  {
    name: 'genuine-warn-under-trusted-config',
    expect: 'pass',
    trusted: true,
    files: { 'a.json': json(warningValidate()) },
  },
  {
    name: 'forged-ungated-failing-metric',
    expect: 'fail',
    alsoOk: ['pass'],
    files: {
      'a.json': forged(
        failingCompare(),
        (r) => ((r.status = 'pass'), r.details.metrics.forEach((m: Json) => (m.gated = false))),
      ),
    },
  },
  {
    name: 'status-uppercase',
    expect: 'bad-input',
    alsoOk: ['fail'],
    files: { 'a.json': forged(failingCompare(), (r) => (r.status = 'PASS')) },
  },
  {
    name: 'status-via-proto',
    expect: 'bad-input',
    alsoOk: ['fail'],
    files: {
      'a.json': forged(failingCompare(), (r) => delete r.status).replace(
        /^\{/,
        '{"__proto__":{"status":"pass"},',
      ),
    },
  },
  {
    name: 'pass-and-fail-same-id',
    expect: 'fail',
    files: {
      'a.json': json(passingCompare()),
      'b.json': forged(failingCompare(), (r) => (r.id = 'ranker')),
    },
  },
  {
    name: 'no-result-files',
    names: 'modelgate-results/*.json',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: { 'notes.txt': 'nothing here' },
  },
  { name: 'empty-file', expect: 'bad-input', alsoOk: ['fail'], files: { 'a.json': '' } },
  {
    name: 'deep-details-20k',
    expect: 'bad-input',
    alsoOk: ['fail'],
    files: {
      'a.json': forged(passingCompare(), (r) => (r.details.x = 0)).replace(
        '"x":0',
        `"x":${deepObject(20_000, 'a', '1')}`,
      ),
    },
  },
  {
    name: 'result-60mb',
    expect: 'bad-input',
    alsoOk: ['fail'],
    files: {
      'a.json': bigFile(60 << 20, json(failingCompare()).replace(/\}$/, ',"pad":"'), 'x', '"}'),
    },
  },
  {
    name: 'messages-injection',
    expect: 'fail',
    files: {
      'a.json': forged(failingCompare(), (r) => {
        r.title = `T${inject}`;
        r.summary = `S${inject}`;
        r.details.metrics[1].name = `accuracy${inject}`;
        r.details.metrics[1].reason = `R${inject}`;
      }),
    },
  },
  {
    name: 'validate-sample-injection',
    expect: 'fail',
    files: {
      'a.json': forged(failingValidate(), (r) => {
        r.status = 'fail';
        r.details.groups[0].file = `data/x${inject}.jsonl`;
        r.details.groups[0].samples[0].value = `"${inject}"`;
        r.details.groups[0].message = `must${inject}`;
      }),
    },
  },
];

type Runner = { name: string; run: CliRun | ActionRunSpec };
const RUNNERS: Runner[] = [
  { name: 'gate-cli', run: { cli: ['gate'] } },
  { name: 'gate-action', run: { action: 'gate' } },
  { name: 'report-action', run: { action: 'report' } },
];

function withTrustedConfig(run: CliRun | ActionRunSpec): CliRun | ActionRunSpec {
  if ('cli' in run) return { cli: [...run.cli, '--config', TRUSTED_PATH] };
  return { ...run, inputs: { ...run.inputs, config: TRUSTED_PATH } };
}

const prefixed = (files: Record<string, FileSpec>) =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [`modelgate-results/${k}`, v]));

export function resultCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const r of RESULTS) {
    for (const runner of RUNNERS) {
      cases.push({
        id: `result/${r.name}/${runner.name}`,
        area: 'result',
        expect: r.expect,
        ...(r.alsoOk ? { alsoOk: r.alsoOk } : {}),
        names: r.names ?? 'modelgate-results/a.json',
        files: r.trusted
          ? { ...prefixed(r.files), [TRUSTED_PATH]: TRUSTED_CONFIG }
          : prefixed(r.files),
        run: r.trusted ? withTrustedConfig(runner.run) : runner.run,
      });
    }
  }
  const onRun = (
    name: string,
    files: Record<string, FileSpec>,
    patch?: (e: Json) => void,
  ): HostileCase => ({
    id: `result/workflow-run-${name}`,
    area: 'result',
    expect: 'fail',
    alsoOk: ['bad-input'],
    // The refusal is about the result files as a set, not one of them.
    names: 'result file',
    files: prefixed(files),
    run: {
      action: 'report',
      event: () => ({ name: 'workflow_run', payload: workflowRunEvent(patch) }),
    },
  });
  cases.push(
    onRun('forged-pass', { 'a.json': forged(failingCompare(), (r) => (r.status = 'pass')) }),
    onRun('forged-pass-validate', {
      'a.json': forged(failingValidate(), (r) => (r.status = 'pass')),
    }),
    // The default branch's config in the workspace, the result's rules loosened to pass.
    {
      ...onRun('forged-rules-loosened-trusted', {
        'a.json': forged(failingCompare(), loosenedCompare),
      }),
      files: {
        ...prefixed({ 'a.json': forged(failingCompare(), loosenedCompare) }),
        [TRUSTED_PATH]: TRUSTED_CONFIG,
      },
      run: {
        action: 'report',
        inputs: { config: TRUSTED_PATH },
        event: () => ({ name: 'workflow_run', payload: workflowRunEvent() }),
      },
    },
    onRun(
      'replayed-other-sha',
      { 'a.json': json(passingCompare()) },
      (e) => (e.workflow_run.head_sha = 'a'.repeat(40)),
    ),
    onRun('other-pr', { 'a.json': forged(passingCompare(), (r) => (r.context.pr = 99)) }),
    onRun('mixed-contexts', {
      'a.json': json(passingCompare()),
      'b.json': forged(
        failingCompare(),
        (r) => ((r.context.sha = 'b'.repeat(40)), (r.id = 'other')),
      ),
    }),
    {
      id: 'result/results-dir-link-outside',
      area: 'result',
      expect: 'bad-input',
      names: 'modelgate-results',
      files: { 'modelgate-results': { symlink: '$OUTSIDE/results' } },
      run: { action: 'gate' },
    },
    {
      id: 'result/results-glob-dotdot',
      area: 'result',
      expect: 'bad-input',
      names: '../outside/results/*.json',
      run: { action: 'gate', inputs: { results: '../outside/results/*.json' } },
    },
    {
      id: 'result/results-glob-absolute',
      area: 'result',
      expect: 'bad-input',
      names: 'results/*.json',
      run: { action: 'gate', inputs: { results: '$OUTSIDE/results/*.json' } },
    },
  );
  return cases;
}
