// The step's environment: tokens with whitespace, control characters and auth schemes (each form
// must be masked or refused without being echoed), numeric inputs that are not numbers, and
// result paths and folders that point out of the workspace.
import { failingCompare, json, passingCompare } from '../payloads.js';
import type { HostileCase } from '../types.js';

const SCHEMA = json({ type: 'object', required: ['id'] });
const BAD_ROWS = '{"id":"a"}\n{"x":1}\n{"x":2}\n';

const TOKENS: Array<[string, (t: string) => string]> = [
  ['newline-header', (t) => `${t}\nX-Evil: 1`],
  ['trailing-newline', (t) => `${t}\n`],
  ['space-header', (t) => `${t} X-Evil: 1`],
  ['token-scheme', (t) => `token ${t}`],
  ['bearer-scheme', (t) => `Bearer ${t}`],
  ['bell-char', (t) => `${t}\u0007`],
  ['cr-lf', (t) => `${t}\r\nX: y`],
  ['two-lines', (t) => `ghs_secondline0123456789\n${t}`],
  ['unicode-space', (t) => `${t}\u00a0`],
];

export function envCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const [name, make] of TOKENS) {
    cases.push({
      id: `env/token-${name}`,
      area: 'env',
      expect: 'bad-input',
      alsoOk: ['fail'],
      names: 'github-token',
      files: { 'modelgate-results/a.json': json(failingCompare()) },
      run: { action: 'report', token: make },
    });
  }
  cases.push(
    {
      id: 'env/token-valid-control',
      area: 'env',
      expect: 'pass',
      files: { 'modelgate-results/a.json': json(passingCompare()) },
      run: { action: 'report' },
    },
    {
      id: 'env/token-newline-compare-artifact',
      area: 'env',
      expect: 'bad-input',
      alsoOk: ['fail'],
      names: 'github-token',
      files: { 'm.json': '{"accuracy":0.9}' },
      run: {
        action: 'compare',
        token: (t) => `${t}\nX-Evil: 1`,
        inputs: {
          candidate: 'm.json',
          'baseline-source': 'artifact',
          'baseline-workflow': 'eval.yml',
          'baseline-artifact': 'metrics',
          rules: 'accuracy: { direction: higher, max_drop: 0.01 }',
        },
      },
    },
  );
  for (const v of ['NaN', 'Infinity', '-1', '1e309', '0x10', '5%%', ' ', '1,000']) {
    cases.push({
      id: `env/max-invalid-rows-${v.replace(/\W/g, '_')}`,
      area: 'env',
      expect: 'bad-input',
      alsoOk: ['fail'],
      names: 'max-invalid-rows',
      files: { 'schema.json': SCHEMA, 'data/a.jsonl': BAD_ROWS },
      run: {
        action: 'validate',
        inputs: { schema: 'schema.json', data: 'data/a.jsonl', 'max-invalid-rows': v },
      },
    });
  }
  for (const [input, value] of [
    ['samples', '1e9'],
    ['samples', '-3'],
    ['max-annotations', '1e9'],
    ['max-annotations', 'NaN'],
  ] as const) {
    cases.push({
      id: `env/${input}-${value}`,
      area: 'env',
      expect: 'fail',
      alsoOk: ['bad-input'],
      names: input,
      files: { 'schema.json': SCHEMA, 'data/a.jsonl': BAD_ROWS },
      run: {
        action: 'validate',
        inputs: { schema: 'schema.json', data: 'data/a.jsonl', [input]: value },
      },
    });
  }
  for (const [name, path] of [
    ['dotdot', '../outside/target/r.json'],
    ['absolute', '$OUTSIDE/target/r.json'],
    ['overwrite', '$OUTSIDE/target/existing.json'],
    ['git-dir', '.git/hooks/r.json'],
  ] as const) {
    cases.push(
      {
        id: `env/result-path-${name}-action`,
        area: 'env',
        expect: 'bad-input',
        names: path.replace('$OUTSIDE/', ''),
        files: { 'schema.json': SCHEMA, 'data/a.jsonl': '{"id":"a"}\n' },
        run: {
          action: 'validate',
          inputs: { schema: 'schema.json', data: 'data/a.jsonl', 'result-path': path },
        },
      },
      {
        id: `env/result-path-${name}-cli`,
        area: 'env',
        expect: 'bad-input',
        names: path.replace('$OUTSIDE/', ''),
        files: { 'm.json': '{"accuracy":0.95}' },
        run: {
          cli: [
            'compare',
            '--candidate',
            'm.json',
            '--rules',
            'accuracy: {direction: higher, min: 0.9}',
            '--result-path',
            path,
          ],
        },
      },
    );
  }
  cases.push({
    id: 'env/workspace-relative',
    area: 'env',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: { 'modelgate-results/a.json': json(failingCompare()) },
    run: { action: 'gate', env: { GITHUB_WORKSPACE: '.' } },
  });
  return cases;
}
