// Every way a path from the pull request can point somewhere it must not (a committed symlink out
// of the workspace, to /proc or a device, a FIFO, the checkout's .git/config, `..`, an absolute
// path) or hold text the tool cannot read as given (UTF-16/32), crossed with every role a file
// plays (data, schema, config, metric file, baseline, result file) and every way it is run (CLI
// and the action). A symlink to a good file inside the workspace is the control: it must pass.
import { passingCompare, json } from '../payloads.js';
import type { ActionRunSpec, Area, CliRun, FileSpec, HostileCase } from '../types.js';

const ROWS = '{"id":"a","age":30}\n{"id":"b","age":41}\n';
const SCHEMA = json({ type: 'object', required: ['id'], properties: { id: { type: 'string' } } });
const CONFIG = [
  'version: 1',
  'validate:',
  '  - id: rows',
  '    schema: schema.json',
  '    data: data/ok.jsonl',
  '',
].join('\n');
const METRICS = json({ accuracy: 0.95 });
const RULE_MIN = 'accuracy: { direction: higher, min: 0.9 }';
const RULE_DROP = 'accuracy: { direction: higher, max_drop: 0.01 }';

interface Role {
  area: Area;
  /** Where the file sits in the workspace, its good content, and the canary it would link to. */
  path: string;
  good: string;
  outside: string;
  /** Files every run of this role needs besides the one under test. */
  base: Record<string, FileSpec>;
  runners: Array<{ name: string; run: (arg: string) => CliRun | ActionRunSpec }>;
}

const cli = (...args: string[]): CliRun => ({ cli: args });

const ROLES: Role[] = [
  {
    area: 'data',
    path: 'data/evil.jsonl',
    good: ROWS,
    outside: 'secret.jsonl',
    base: { 'schema.json': SCHEMA },
    runners: [
      { name: 'cli', run: (a) => cli('validate', '--schema', 'schema.json', a) },
      {
        name: 'action',
        run: (a) => ({ action: 'validate', inputs: { schema: 'schema.json', data: a } }),
      },
    ],
  },
  {
    area: 'schema',
    path: 'schemas/evil.json',
    good: SCHEMA,
    outside: 'schema.json',
    base: { 'data/ok.jsonl': ROWS },
    runners: [
      { name: 'cli', run: (a) => cli('validate', '--schema', a, 'data/ok.jsonl') },
      {
        name: 'action',
        run: (a) => ({ action: 'validate', inputs: { schema: a, data: 'data/ok.jsonl' } }),
      },
    ],
  },
  {
    area: 'config',
    path: '.github/modelgate.yml',
    good: CONFIG,
    outside: 'modelgate.yml',
    base: { 'schema.json': SCHEMA, 'data/ok.jsonl': ROWS },
    runners: [
      { name: 'cli', run: (a) => cli('run', '--config', a) },
      { name: 'action', run: (a) => ({ action: 'run', inputs: { config: a, comment: 'false' } }) },
    ],
  },
  {
    area: 'metrics',
    path: 'metrics/candidate.json',
    good: METRICS,
    outside: 'secret.json',
    base: {},
    runners: [
      { name: 'cli', run: (a) => cli('compare', '--candidate', a, '--rules', RULE_MIN) },
      {
        name: 'action',
        run: (a) => ({
          action: 'compare',
          inputs: { candidate: a, rules: RULE_MIN, 'fail-on': 'fail' },
        }),
      },
    ],
  },
  {
    area: 'metrics',
    path: 'metrics/baseline.json',
    good: METRICS,
    outside: 'secret.json',
    base: { 'metrics/candidate.json': json({ accuracy: 0.995 }) },
    runners: [
      {
        name: 'baseline-cli',
        run: (a) =>
          cli(
            'compare',
            '--candidate',
            'metrics/candidate.json',
            '--baseline',
            a,
            '--rules',
            RULE_DROP,
          ),
      },
    ],
  },
  {
    area: 'result',
    path: 'modelgate-results/evil.json',
    good: json(passingCompare()),
    outside: 'results/pass.json',
    base: {},
    runners: [
      { name: 'gate-cli', run: (a) => cli('gate', a) },
      { name: 'gate-action', run: (a) => ({ action: 'gate', inputs: { results: a } }) },
      { name: 'report-action', run: (a) => ({ action: 'report', inputs: { results: a } }) },
    ],
  },
];

function encode(text: string, encoding: 'utf16le' | 'utf16be' | 'utf32le', bom: boolean): Buffer {
  const le16 = Buffer.from(text, 'utf16le');
  let body: Buffer;
  if (encoding === 'utf16le') body = le16;
  else if (encoding === 'utf16be') body = Buffer.from(le16).swap16();
  else {
    body = Buffer.alloc(text.length * 4);
    [...text].forEach((ch, i) => body.writeUInt32LE(ch.codePointAt(0)!, i * 4));
  }
  const marks = { utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff], utf32le: [0xff, 0xfe, 0, 0] };
  return bom ? Buffer.concat([Buffer.from(marks[encoding]), body]) : body;
}

interface Kind {
  name: string;
  expect: HostileCase['expect'];
  /** The file planted at the role's path (if any) and the argument naming it. */
  plant: (r: Role) => FileSpec | undefined;
  arg: (r: Role) => string;
  timeoutMs?: number;
}

const KINDS: Kind[] = [
  {
    name: 'link-inside',
    expect: 'pass',
    plant: (r) => ({ symlink: `../good/${r.path.split('/').pop()}` }),
    arg: (r) => r.path,
  },
  {
    name: 'link-outside',
    expect: 'bad-input',
    plant: (r) => ({ symlink: `$OUTSIDE/${r.outside}` }),
    arg: (r) => r.path,
  },
  {
    name: 'link-proc-environ',
    expect: 'bad-input',
    plant: () => ({ symlink: '/proc/self/environ' }),
    arg: (r) => r.path,
  },
  {
    name: 'link-dev-zero',
    expect: 'bad-input',
    plant: () => ({ symlink: '/dev/zero' }),
    arg: (r) => r.path,
    timeoutMs: 10_000,
  },
  {
    name: 'fifo',
    expect: 'bad-input',
    plant: () => ({ fifo: true }),
    arg: (r) => r.path,
    timeoutMs: 10_000,
  },
  { name: 'git-config', expect: 'bad-input', plant: () => undefined, arg: () => '.git/config' },
  {
    name: 'dotdot',
    expect: 'bad-input',
    plant: () => undefined,
    arg: (r) => `../outside/${r.outside}`,
  },
  {
    name: 'absolute',
    expect: 'bad-input',
    plant: () => undefined,
    arg: (r) => `$OUTSIDE/${r.outside}`,
  },
  {
    name: 'utf16le-bom',
    expect: 'bad-input',
    plant: (r) => encode(r.good, 'utf16le', true),
    arg: (r) => r.path,
  },
  {
    name: 'utf16be-bom',
    expect: 'bad-input',
    plant: (r) => encode(r.good, 'utf16be', true),
    arg: (r) => r.path,
  },
  {
    name: 'utf32le-bom',
    expect: 'bad-input',
    plant: (r) => encode(r.good, 'utf32le', true),
    arg: (r) => r.path,
  },
  {
    name: 'utf16le-no-bom',
    expect: 'bad-input',
    plant: (r) => encode(r.good, 'utf16le', false),
    arg: (r) => r.path,
  },
];

export function pathCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const role of ROLES) {
    for (const kind of KINDS) {
      for (const runner of role.runners) {
        const planted = kind.plant(role);
        const arg = kind.arg(role);
        const file = role.path.split('/').pop()!;
        cases.push({
          id: `${role.area}/${file}/${kind.name}/${runner.name}`,
          area: role.area,
          expect: kind.expect,
          names: arg.replace('$OUTSIDE/', ''),
          files: {
            ...role.base,
            [`good/${file}`]: role.good,
            ...(planted ? { [role.path]: planted } : {}),
          },
          run: runner.run(arg),
          ...(kind.timeoutMs ? { timeoutMs: kind.timeoutMs } : {}),
        });
      }
    }
  }
  return cases;
}
