// Every input an action.yml declares is really read by its adapter, and every output it declares
// is really set. Inputs are checked on the running action (dist/<name>.js): a preload module wraps
// process.env and records which INPUT_* variables the action looked up, so an input declared in
// action.yml but never read (or read under another spelling) fails here. Outputs are checked on
// the outputs file of a run, and statically for the outputs that only appear on some paths.
// Run `npm run package` first.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, requireBuilt, runAction } from '../helpers/runner.js';
import { FIXTURES } from '../report/helpers.js';

interface ActionYml {
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
}

const declared = (name: string): ActionYml =>
  parse(readFileSync(join(REPO_ROOT, name, 'action.yml'), 'utf8')) as ActionYml;

const PRELOAD = `
import { writeFileSync } from 'node:fs';
const real = process.env;
const seen = new Set();
process.env = new Proxy(real, {
  get(target, key) {
    if (typeof key === 'string' && key.startsWith('INPUT_')) seen.add(key);
    return Reflect.get(target, key);
  },
});
process.on('exit', () => writeFileSync(real.MG_REVIEW_INPUTS_LOG, JSON.stringify([...seen])));
`;

function tracer(): { env: Record<string, string>; read: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'mg-review-io-'));
  const preload = join(dir, 'trace-inputs.mjs');
  const log = join(dir, 'inputs.json');
  writeFileSync(preload, PRELOAD);
  return {
    env: { NODE_OPTIONS: `--import=${preload}`, MG_REVIEW_INPUTS_LOG: log },
    read: () => (existsSync(log) ? (JSON.parse(readFileSync(log, 'utf8')) as string[]) : []),
  };
}

/** The INPUT_* variable the runner sets for an action.yml input name. */
const envName = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

function resultsWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mg-review-ws-'));
  mkdirSync(join(ws, 'modelgate-results'));
  for (const f of ['classifier-fail.json', 'training-data-warn.json', 'ranker-pass.json']) {
    writeFileSync(join(ws, 'modelgate-results', f), readFileSync(join(FIXTURES, f)));
  }
  return ws;
}

function dataWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'mg-review-ws-'));
  writeFileSync(
    join(ws, 'row.schema.json'),
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { id: { type: 'integer' } },
      required: ['id'],
    }),
  );
  writeFileSync(join(ws, 'rows.jsonl'), '{"id":1}\n{"id":"x"}\n');
  writeFileSync(join(ws, 'candidate.json'), '{"accuracy": 0.90, "loss": 0.3}');
  writeFileSync(join(ws, 'baseline.json'), '{"accuracy": 0.92, "loss": 0.3}');
  return ws;
}

const CASES: Array<{
  action: string;
  workspace: () => string;
  inputs: Record<string, string>;
  /** Outputs written on this path (the others are checked statically below). */
  outputs: string[];
}> = [
  {
    action: 'validate',
    workspace: dataWorkspace,
    inputs: {
      schema: 'row.schema.json',
      data: 'rows.jsonl',
      format: 'jsonl',
      'max-invalid-rows': '1',
      'warn-invalid-rows': '0',
      id: 'rows',
      title: 'Rows',
      'result-path': 'out/rows.json',
      'max-annotations': '3',
      samples: '2',
      'fail-on': 'fail',
    },
    outputs: ['passed', 'status', 'invalid-rows', 'rows', 'result-path'],
  },
  {
    action: 'compare',
    workspace: dataWorkspace,
    inputs: {
      id: 'clf',
      title: 'Classifier',
      candidate: 'candidate.json',
      baseline: 'baseline.json',
      'baseline-source': 'file',
      rules: 'accuracy: { direction: higher, max_drop: 0.01 }',
      'missing-baseline': 'fail',
      'github-token': 'ghs_reviewNotUsedForAWorkspaceBaseline00000',
      'result-path': 'out/clf.json',
      'fail-on': 'never',
    },
    outputs: ['passed', 'status', 'regressions', 'result-path'],
  },
  {
    action: 'report',
    workspace: resultsWorkspace,
    inputs: {
      results: 'modelgate-results/*.json',
      'report-id': 'review',
      comment: 'false',
      status: 'false',
      'status-context': 'review',
      history: 'true',
      'fail-on': 'warn',
      'override-label': 'accept',
    },
    outputs: ['verdict'],
  },
  {
    action: 'gate',
    workspace: resultsWorkspace,
    inputs: {
      results: 'modelgate-results/*.json',
      'fail-on': 'fail',
      'override-label': 'accept',
    },
    outputs: ['verdict', 'failed', 'warned', 'reason'],
  },
];

describe.each(CASES)(
  '$action action: inputs and outputs',
  ({ action, workspace, inputs, outputs }) => {
    it('reads every declared input and sets the outputs of this path', async () => {
      requireBuilt(action);
      const yml = declared(action);
      const trace = tracer();
      const run = await runAction(action, { workspace: workspace(), inputs, env: trace.env });
      expect(run.stderr).toBe('');
      const read = new Set(trace.read());
      expect(read.size, 'the preload ran and recorded input reads').toBeGreaterThan(0);
      const unread = Object.keys(yml.inputs ?? {}).filter((i) => !read.has(envName(i)));
      expect(unread, `${action}/action.yml inputs never read by dist/${action}.js`).toEqual([]);
      const undeclared = [...read].filter(
        (v) => !Object.keys(yml.inputs ?? {}).some((i) => envName(i) === v),
      );
      expect(undeclared, `inputs read by dist/${action}.js but not in action.yml`).toEqual([]);
      for (const o of outputs) expect(run.outputs, `output ${o}`).toHaveProperty(o);
      expect(Object.keys(run.outputs).filter((o) => !(o in (yml.outputs ?? {})))).toEqual([]);
    });

    it('declares no output that its adapter never sets', () => {
      const yml = declared(action);
      // The report and gate outputs come from the publish plan (output('name', …)); the outputs
      // every check step has, from the shared end of a check step.
      const sources = [
        `src/actions/${action}.ts`,
        'src/actions/check-step.ts',
        'src/actions/publish.ts',
        'src/core/publish/plan.ts',
      ]
        .map((f) => readFileSync(join(REPO_ROOT, f), 'utf8'))
        .join('\n');
      const set = new Set(
        [...sources.matchAll(/(?:setOutput|\boutput)\(\s*'([^']+)'/g)].map((m) => m[1]!),
      );
      const missing = Object.keys(yml.outputs ?? {}).filter((o) => !set.has(o));
      expect(missing, `${action}/action.yml outputs never set`).toEqual([]);
    });
  },
);
