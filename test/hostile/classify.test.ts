// The classifier on synthetic observations: each class is reachable, so the suite's zeros mean
// something. Precedence: escape, leak, hang, memory, crash, then the verdict against the case.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import type { HostileCase, Observation, Secrets } from './types.js';

const secrets: Secrets = {
  token: 'ghs_tokentokentoken1234',
  envCanary: 'envcanary123',
  outsideCanary: 'outsidecanary123',
  gitHeader: 'eC1hY2Nlc3MtdG9rZW4=',
  injection: 'MGINJ123',
};

const obs = (o: Partial<Observation> = {}): Observation => ({
  code: 0,
  signal: null,
  timedOut: false,
  maxRssKb: 80_000,
  killedForMemory: false,
  ms: 500,
  stdout: '',
  stderr: '',
  summary: '',
  outputs: {},
  outputsRaw: '',
  errorMessages: [],
  written: '',
  requests: '',
  statuses: [],
  outsideRead: [],
  outsideWritten: [],
  unknownRequests: [],
  ...o,
});

const cliCase = (expect: HostileCase['expect'], names = 'data/x.jsonl'): HostileCase => ({
  id: 't',
  area: 'data',
  expect,
  names,
  run: { cli: ['validate'] },
});
const actionCase = (expect: HostileCase['expect']): HostileCase => ({
  id: 't',
  area: 'result',
  expect,
  names: 'modelgate-results/a.json',
  run: { action: 'gate' },
});

const outcome = (c: HostileCase, o: Partial<Observation>) => classify(c, obs(o), secrets).outcome;

describe('classify', () => {
  it('ok: the expected verdict, or an error naming the input', () => {
    expect(outcome(cliCase('pass'), { code: 0 })).toBe('ok');
    expect(outcome(cliCase('fail'), { code: 1, stdout: 'FAIL data: 2 of 3 rows' })).toBe('ok');
    expect(
      outcome(cliCase('bad-input'), { code: 2, stderr: 'data/x.jsonl: not a regular file' }),
    ).toBe('ok');
    expect(outcome(actionCase('fail'), { code: 1, outputs: { verdict: 'fail' } })).toBe('ok');
  });

  it('unclear: an error that does not name the input', () => {
    expect(outcome(cliCase('bad-input'), { code: 2, stderr: 'something went wrong' })).toBe(
      'unclear',
    );
  });

  it('wrong-pass and wrong-fail', () => {
    expect(outcome(cliCase('bad-input'), { code: 0 })).toBe('wrong-pass');
    expect(outcome(actionCase('fail'), { code: 0, outputs: { verdict: 'pass' } })).toBe(
      'wrong-pass',
    );
    // A success commit status is a pass whatever the step's exit code.
    expect(outcome(actionCase('fail'), { code: 1, statuses: ['success'] })).toBe('wrong-pass');
    expect(outcome(cliCase('pass'), { code: 1, stdout: 'FAIL' })).toBe('wrong-fail');
  });

  it('crash: a stack trace, an uncaught error, exit 1 without a verdict, a signal', () => {
    const trace = 'Error: x\n    at readFile (file:///w/dist/chunk-a.js:10:5)\n';
    expect(outcome(cliCase('bad-input'), { code: 2, stderr: `data/x.jsonl ${trace}` })).toBe(
      'crash',
    );
    expect(
      outcome(cliCase('bad-input'), {
        code: 2,
        stderr: 'data/x.jsonl: Maximum call stack size exceeded',
      }),
    ).toBe('crash');
    expect(outcome(cliCase('bad-input'), { code: 1, stderr: 'RangeError' })).toBe('crash');
    expect(outcome(cliCase('bad-input'), { code: 1, stderr: 'oops' })).toBe('crash');
    expect(outcome(cliCase('bad-input'), { code: null, signal: 'SIGSEGV' })).toBe('crash');
    expect(outcome(actionCase('fail'), { code: 1 })).toBe('crash');
  });

  it('hang and memory', () => {
    expect(outcome(cliCase('bad-input'), { code: null, timedOut: true })).toBe('hang');
    expect(
      outcome(cliCase('bad-input'), { code: 2, maxRssKb: 1_100_000, stderr: 'data/x.jsonl' }),
    ).toBe('memory');
  });

  it('leak: any planted secret in any output, except the add-mask command', () => {
    expect(outcome(cliCase('fail'), { code: 1, stdout: 'FAIL envcanary123' })).toBe('leak');
    expect(
      outcome(actionCase('fail'), {
        code: 1,
        outputs: { verdict: 'fail' },
        requests: '{"b":"outsidecanary123"}',
      }),
    ).toBe('leak');
    expect(
      outcome(actionCase('fail'), {
        code: 1,
        outputs: { verdict: 'fail' },
        written: 'eC1hY2Nlc3MtdG9rZW4=',
      }),
    ).toBe('leak');
    expect(
      outcome(actionCase('fail'), {
        code: 1,
        outputs: { verdict: 'fail' },
        stdout: '::add-mask::ghs_tokentokentoken1234',
      }),
    ).toBe('ok');
    expect(
      outcome(actionCase('fail'), {
        code: 1,
        outputs: { verdict: 'fail' },
        stderr: 'token ghs_tokentokentoken1234',
      }),
    ).toBe('leak');
  });

  it('escape: outside reads and writes, PR text as a workflow command, requests off the API', () => {
    expect(outcome(cliCase('bad-input'), { code: 2, outsideRead: ['secret.txt'] })).toBe('escape');
    expect(outcome(cliCase('bad-input'), { code: 2, outsideWritten: ['target/r.json'] })).toBe(
      'escape',
    );
    expect(
      outcome(cliCase('fail'), { code: 1, stdout: 'FAIL\n::set-output name=passed::MGINJ123' }),
    ).toBe('escape');
    expect(outcome(cliCase('fail'), { code: 1, stdout: 'FAIL\n::error file=a::x MGINJ123' })).toBe(
      'ok',
    );
    expect(
      outcome(actionCase('fail'), {
        code: 1,
        outputs: { verdict: 'fail' },
        unknownRequests: ['GET /user/x'],
      }),
    ).toBe('escape');
  });
});
