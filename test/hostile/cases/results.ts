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
}

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
    files: {
      'a.json': forged(
        failingValidate(),
        (r) => ((r.status = 'pass'), (r.details.threshold = { maxInvalidRows: '100%' })),
      ),
    },
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
        files: prefixed(r.files),
        run: runner.run,
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
