// Event payloads: PR text and refs that try to become workflow commands or request paths, odd
// numbers and types, huge or deep payloads, events without a pull request, override labels no
// writer applied. The results fail; nothing in the event may make them pass or crash the step.
import { join } from 'node:path';
import {
  failingCompare,
  json,
  passingCompare,
  prEvent,
  workflowRunEvent,
  type Json,
} from '../payloads.js';
import type { ActionRunSpec, CaseContext, HostileCase } from '../types.js';
import { bigFile, deepObject } from './gen.js';
import { writeFileSync } from 'node:fs';

const LABEL = 'modelgate: accept-regression';
const inj = '\n::set-output name=passed::$INJ\r\n::add-mask::$INJ';

interface E {
  name: string;
  expect?: HostileCase['expect'];
  patch?: (e: Json, ctx: CaseContext) => void;
  eventName?: string;
  payload?: (
    ctx: CaseContext,
  ) => { name: string; payload: unknown } | { name: string; path: string };
  action?: 'report' | 'gate';
  inputs?: Record<string, string>;
  github?: HostileCase['github'];
  result?: Json;
}

const sub = (s: string, ctx: CaseContext) => s.replaceAll('$INJ', ctx.secrets.injection);

const EVENTS: E[] = [
  {
    name: 'pr-title-body-injection',
    patch: (e, c) => (
      (e.pull_request.title = sub(`t${inj}`, c)),
      (e.pull_request.body = sub(`b${inj}`, c))
    ),
  },
  { name: 'head-ref-injection', patch: (e, c) => (e.pull_request.head.ref = sub(`x${inj}`, c)) },
  {
    name: 'user-login-injection',
    patch: (e, c) => (e.pull_request.user.login = sub(`m${inj}`, c)),
  },
  { name: 'number-string', patch: (e) => ((e.number = '2'), (e.pull_request.number = '2')) },
  {
    name: 'number-path',
    patch: (e) => (
      (e.number = '2/../../../../user'),
      (e.pull_request.number = '2/../../../../user')
    ),
  },
  { name: 'number-negative', patch: (e) => ((e.number = -2), (e.pull_request.number = -2)) },
  { name: 'number-huge', patch: (e) => ((e.number = 1e300), (e.pull_request.number = 1e300)) },
  { name: 'head-sha-path', patch: (e) => (e.pull_request.head.sha = '../../../../user') },
  { name: 'head-sha-query', patch: (e) => (e.pull_request.head.sha = `${'a'.repeat(40)}?x=1#`) },
  { name: 'head-missing', patch: (e) => delete e.pull_request.head },
  { name: 'pull-request-null', patch: (e) => (e.pull_request = null) },
  {
    name: 'pull-request-proto',
    patch: (e) => (e.pull_request = JSON.parse(`{"__proto__":${json(e.pull_request)}}`)),
  },
  { name: 'repository-path', patch: (e) => (e.repository.full_name = 'octo/../../user') },
  {
    name: 'override-label-in-payload-only',
    inputs: { 'override-label': LABEL },
    action: 'gate',
    patch: (e) => (e.pull_request.labels = [{ name: LABEL, id: 1, color: 'fff' }]),
  },
  {
    name: 'override-label-by-reader',
    inputs: { 'override-label': LABEL },
    action: 'gate',
    github: (gh) => {
      gh.setPermission('octo/model', 'mallory', 'read');
      gh.addLabel('octo/model', 2, LABEL, 'mallory');
    },
  },
  {
    name: 'override-label-name-injection',
    inputs: { 'override-label': LABEL },
    patch: (e, c) => (e.pull_request.labels = [{ name: sub(`L${inj}`, c) }]),
    github: (gh, c) => gh.addLabel('octo/model', 2, sub(`L${inj}`, c), 'octocat'),
  },
  {
    name: 'push-event',
    payload: () => ({ name: 'push', payload: { ref: 'refs/heads/main', after: 'f'.repeat(40) } }),
  },
  {
    name: 'issue-comment-event',
    payload: () => ({
      name: 'issue_comment',
      payload: {
        issue: { number: 2, pull_request: {} },
        comment: { body: `::set-output name=passed::x` },
      },
    }),
  },
  {
    name: 'pull-request-target',
    payload: () => ({ name: 'pull_request_target', payload: prEvent() }),
  },
  {
    name: 'workflow-run-no-prs',
    payload: () => ({
      name: 'workflow_run',
      payload: workflowRunEvent((e) => (e.workflow_run.pull_requests = [])),
    }),
  },
  {
    name: 'workflow-run-pr-path',
    payload: () => ({
      name: 'workflow_run',
      payload: workflowRunEvent((e) => (e.workflow_run.pull_requests[0].number = '2/../../x')),
    }),
  },
  { name: 'payload-not-json', payload: (c) => file(c, 'event.bad', '{"pull_request": ') },
  { name: 'payload-empty', payload: (c) => file(c, 'event.empty', '') },
  {
    name: 'payload-missing-file',
    payload: (c) => ({ name: 'pull_request', path: join(c.runnerTemp, 'nope.json') }),
  },
  {
    name: 'payload-deep-20k',
    payload: (c) => file(c, 'event.deep', `{"number":2,"x":${deepObject(20_000, 'a', '1')}}`),
  },
  {
    name: 'payload-80mb',
    payload: (c) => {
      const path = join(c.runnerTemp, 'event.big');
      (
        bigFile(80 << 20, json(prEvent()).replace(/\}$/, ',"pad":"'), 'x', '"}') as {
          generate: (p: string) => void;
        }
      ).generate(path);
      return { name: 'pull_request', path };
    },
  },
  { name: 'payload-dev-zero', payload: () => ({ name: 'pull_request', path: '/dev/zero' }) },
  {
    name: 'genuine-pass-odd-title',
    expect: 'pass',
    result: passingCompare(),
    patch: (e) => (e.pull_request.title = '<!-- modelgate:report id=modelgate --> @octocat #1'),
  },
];

function file(c: CaseContext, name: string, text: string) {
  const path = join(c.runnerTemp, name);
  writeFileSync(path, text);
  return { name: 'pull_request', path };
}

export function eventCases(): HostileCase[] {
  return EVENTS.map((e) => {
    const run: ActionRunSpec = {
      action: e.action ?? 'report',
      ...(e.inputs ? { inputs: e.inputs } : {}),
      event:
        e.payload ??
        ((ctx) => ({ name: 'pull_request', payload: prEvent((p) => e.patch?.(p, ctx)) })),
    };
    return {
      id: `event/${e.name}`,
      area: 'event' as const,
      expect: e.expect ?? 'fail',
      alsoOk: e.expect === 'pass' ? [] : ['bad-input'],
      files: { 'modelgate-results/a.json': json(e.result ?? failingCompare()) },
      run,
      ...(e.github ? { github: e.github } : {}),
    };
  });
}
