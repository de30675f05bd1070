import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ConfigError,
  loadConfig,
  loadConfigPart,
  loadConfigText,
  resolveConfigPath,
  validateConfigFile,
} from '../../src/core/config/load.js';

const dir = 'test/fixtures/config';
const fixture = (name: string) => `${dir}/${name}`;

/** The error's message, asserting it is a ConfigError. */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig: valid files', () => {
  test('YAML: parses, fills report and gate defaults, keeps paths as written', () => {
    const { config, root, locate } = loadConfig(fixture('valid.yml'), {
      root: dir,
      checkFiles: true,
    });
    expect(root).toBe(resolve(dir));
    expect(config.validate.map((v) => v.id)).toEqual(['training-data']);
    expect(config.compare[0]?.metrics?.accuracy).toEqual({
      direction: 'higher',
      max_drop: 0.01,
      min: 0.8,
    });
    expect(config.report).toEqual({
      id: 'modelgate',
      status_context: 'modelgate',
      comment: true,
      history: false,
      summary: true,
    });
    expect(config.gate).toEqual({
      fail_on: 'fail',
      error_is: 'fail',
      override_label: 'modelgate: accept-regression',
    });
    expect(config.validate[0]?.schema).toBe('data/row.schema.json');
    expect(locate(['compare', 0, 'metrics', 'loss'])).toEqual({ line: 16, column: 13 });
  });

  test('JSON: the same parser, $schema allowed, missing sections default to empty', () => {
    const { config } = loadConfig(fixture('valid.json'));
    expect(config.validate).toEqual([]);
    expect(config.compare).toHaveLength(1);
    expect(config.gate.fail_on).toBe('warn');
    expect(config.report.id).toBe('modelgate');
  });

  test('validateConfigFile returns [] for a valid file', () => {
    expect(validateConfigFile(fixture('valid.yml'), { root: dir, checkFiles: true })).toEqual([]);
  });
});

describe('loadConfig: each kind of mistake names file, line, column and key', () => {
  const cases: Array<[string, string]> = [
    [
      'unknown-key.yml',
      `${fixture('unknown-key.yml')}:9:9: compare[0].metrics.accuracy: unknown key 'max_dorp'; did you mean 'max_drop'?`,
    ],
    [
      'wrong-type.yml',
      `${fixture('wrong-type.yml')}:3:12: report.comment: must be boolean, got string 'yes' (write true or false)\n` +
        `${fixture('wrong-type.yml')}:4:22: report.max_comment_chars: must be integer, got string 'lots'`,
    ],
    [
      'missing-direction.yml',
      `${fixture('missing-direction.yml')}:6:7: compare[0].metrics.accuracy: missing required key 'direction'`,
    ],
    [
      'bad-enum.yml',
      `${fixture('bad-enum.yml')}:3:12: gate.fail_on: must be one of "fail", "warn"; got 'warning'`,
    ],
    ['duplicate-key.yml', `${fixture('duplicate-key.yml')}:4:3: gate: duplicate key 'fail_on'`],
    [
      'duplicate-id.yml',
      `${fixture('duplicate-id.yml')}:7:9: compare[0].id: duplicate id 'model' (already used by validate[0]); ids name result files and report sections, so they must be unique`,
    ],
  ];
  test.each(cases)('%s', (name, expected) => {
    expect(messageOf(() => loadConfig(fixture(name), { root: dir }))).toBe(expected);
  });

  test('malformed YAML: line and column from the parser', () => {
    const message = messageOf(() => loadConfig(fixture('malformed.yml')));
    expect(message).toMatch(
      /^test\/fixtures\/config\/malformed\.yml:3:1: Flow map .* end with a \}$/,
    );
  });

  test('missing file and a glob matching nothing, only when asked to check files', () => {
    const file = fixture('missing-file.yml');
    expect(() => loadConfig(file, { root: dir })).not.toThrow();
    const problems = validateConfigFile(file, { root: dir, checkFiles: true });
    expect(problems.map((p) => [p.line, p.column, p.key])).toEqual([
      [4, 13, 'validate[0].schema'],
      [5, 12, 'validate[0].data[0]'],
    ]);
    expect(problems[0]?.message).toMatch(/^file not found: 'data\/nope\.schema\.json'/);
    expect(problems[1]?.message).toMatch(/^no file matches 'data\/\*\.parquet'/);
  });

  test('a config file that does not exist', () => {
    expect(messageOf(() => loadConfig(fixture('nope.yml')))).toBe(
      `${fixture('nope.yml')}: config file not found`,
    );
  });

  test('every problem is listed, in file order', () => {
    const text = ['version: 1', 'gate:', '  fail_on: maybe', 'report:', '  histroy: true', ''].join(
      '\n',
    );
    expect(messageOf(() => loadConfigText(text, 'cfg.yml'))).toBe(
      [
        `cfg.yml:3:12: gate.fail_on: must be one of "fail", "warn"; got 'maybe'`,
        `cfg.yml:5:3: report: unknown key 'histroy'; did you mean 'history'?`,
      ].join('\n'),
    );
  });
});

describe('loadConfigText: messages for the finer cases', () => {
  const errorOf = (text: string) =>
    messageOf(() => loadConfigText(text, 'cfg.yml', { root: '/ws' }));
  const compare = (body: string) => `version: 1\ncompare:\n  - id: c\n${body}`;

  test('unknown top-level key, with hint', () => {
    expect(errorOf('valdate: []\nversion: 1\n')).toBe(
      `cfg.yml:1:1: unknown key 'valdate'; did you mean 'validate'?`,
    );
  });

  test('no hint towards a key the map already has', () => {
    expect(errorOf('version: 1\ngate:\n  fail_on: fail\n  fail_one: warn\n')).toBe(
      `cfg.yml:4:3: gate: unknown key 'fail_one'`,
    );
  });

  test('no hint when nothing is close', () => {
    expect(errorOf('version: 1\nbananas: 3\n')).toBe(`cfg.yml:2:1: unknown key 'bananas'`);
  });

  test('empty file, wrong version, not a mapping, several documents', () => {
    expect(errorOf('')).toBe('cfg.yml:1:1: the config is empty; start it with `version: 1`');
    expect(errorOf('version: 2\n')).toBe('cfg.yml:1:10: version: must be 1, got 2');
    expect(errorOf('- a\n')).toBe('cfg.yml:1:1: must be a mapping, got list');
    expect(errorOf('version: 1\n---\nversion: 1\n')).toBe(
      'cfg.yml:2:1: a config is one YAML document; remove the `---` separator',
    );
  });

  test('oneOf: the closest form is reported, not every branch', () => {
    expect(
      errorOf(compare('    baseline: { pth: x }\n    metrics: { acc: { direction: higher } }\n')),
    ).toBe(`cfg.yml:4:17: compare[0].baseline: unknown key 'pth'; did you mean 'path'?`);
  });

  test('oneOf of scalars: says what the value may be', () => {
    expect(
      errorOf(compare('    metrics: { acc: { direction: higher, max_drop: "5 percent" } }\n')),
    ).toMatch(
      /^cfg\.yml:4:52: compare\[0\]\.metrics\.acc\.max_drop: must be a number, or a string matching .*; got '5 percent'$/,
    );
  });

  test('oneOf of a scalar and a list: a list is told what the list form wants', () => {
    const validate = (data: string) =>
      `version: 1\nvalidate:\n  - id: v\n    schema: s.json\n    data: ${data}\n`;
    expect(errorOf(validate('[]'))).toBe(
      'cfg.yml:5:11: validate[0].data: must NOT have fewer than 1 items',
    );
    expect(errorOf(validate('5'))).toBe(
      'cfg.yml:5:11: validate[0].data: must be a string, or a list; got 5',
    );
  });

  test('keys with dots are quoted in the path; enum hint', () => {
    expect(errorOf(compare('    metrics: { "test.acc": { direction: hihger } }\n'))).toBe(
      `cfg.yml:4:41: compare[0].metrics["test.acc"].direction: must be one of "higher", "lower"; got 'hihger'; did you mean 'higher'?`,
    );
  });

  test('a misspelt required key is reported once, as unknown with a hint', () => {
    expect(errorOf(compare('    metrics:\n      acc:\n        dirction: higher\n'))).toBe(
      `cfg.yml:6:9: compare[0].metrics.acc: unknown key 'dirction'; did you mean 'direction'?`,
    );
  });

  test('paths must stay inside the workspace', () => {
    expect(
      errorOf(compare('    candidate: /etc/passwd\n    metrics: { a: { direction: higher } }\n')),
    ).toBe(
      `cfg.yml:4:16: compare[0].candidate: '/etc/passwd' must be relative to the workspace root, not absolute`,
    );
    expect(
      errorOf(compare('    candidate: ../x.json\n    metrics: { a: { direction: higher } }\n')),
    ).toBe(`cfg.yml:4:16: compare[0].candidate: '../x.json' points outside the workspace root`);
    // A base-branch path is not a workspace path and is not checked as one.
    expect(() =>
      loadConfigText(
        compare(
          '    baseline: { base_branch: true, path: m.json }\n    metrics: { a: { direction: higher } }\n',
        ),
        'cfg.yml',
        { root: '/ws', checkFiles: true },
      ),
    ).not.toThrow();
  });

  test('JSON is read by the same parser: duplicate keys and syntax errors are located', () => {
    expect(errorOf('{\n  "version": 1,\n  "version": 1\n}\n')).toBe(
      `cfg.yml:3:3: duplicate key 'version'`,
    );
    expect(errorOf('{\n  "version": 1,\n  "gate": { "fail_on": "fail" \n}\n')).toMatch(
      /^cfg\.yml:\d+:\d+: /,
    );
  });

  test('a BOM is ignored', () => {
    expect(loadConfigText('\uFEFFversion: 1\n', 'cfg.yml').config.version).toBe(1);
  });

  test('problemAt locates problems found after loading', () => {
    const text = readFileSync(fixture('valid.yml'), 'utf8');
    const loaded = loadConfigText(text, '.github/modelgate.yml');
    expect(loaded.problemAt(['compare', 0, 'candidate'], 'cannot read')).toMatchObject({
      source: '.github/modelgate.yml',
      line: 11,
      column: 16,
      key: 'compare[0].candidate',
    });
  });
});

describe('loadConfigPart: inline YAML of an action input', () => {
  const metrics = 'config-compare.schema.json#/properties/metrics';

  test('valid text gives the parsed value', () => {
    expect(
      loadConfigPart('accuracy: { direction: higher, max_drop: 0.01 }\n', metrics, "input 'rules'"),
    ).toEqual({
      accuracy: { direction: 'higher', max_drop: 0.01 },
    });
  });

  test('the same messages, located in the input text', () => {
    expect(
      messageOf(() =>
        loadConfigPart('accuracy:\n  direction: higher\n  max_dorp: 1\n', metrics, "input 'rules'"),
      ),
    ).toBe(`input 'rules':3:3: accuracy: unknown key 'max_dorp'; did you mean 'max_drop'?`);
  });

  test('an object has no positions but still names the key', () => {
    expect(
      messageOf(() => loadConfigPart({ accuracy: { max_drop: 1 } }, metrics, "input 'rules'")),
    ).toBe(`input 'rules': accuracy: missing required key 'direction'`);
  });

  test('a whole compare entry', () => {
    expect(messageOf(() => loadConfigPart('id: x\nmetrics: {}\n', 'compare', 'rules.yml'))).toMatch(
      /^rules\.yml:2:10: metrics: must NOT have fewer than 1 properties/,
    );
  });

  test('duplicate keys in the input', () => {
    expect(messageOf(() => loadConfigPart('a: 1\na: 2\n', metrics, 'in'))).toBe(
      `in:2:1: duplicate key 'a'`,
    );
  });
});

test('resolveConfigPath resolves against the root and refuses to leave it', () => {
  expect(resolveConfigPath('/ws', 'data/x.csv')).toBe(resolve('/ws/data/x.csv'));
  expect(() => resolveConfigPath('/ws', '../x.csv')).toThrow(/outside the workspace/);
});

describe('every problem in one run', () => {
  const root = 'test/fixtures/config';
  const config = [
    'version: 1',
    'validate:',
    '  - id: d',
    '    schema: nope.schema.json',
    "    data: 'missing/*.csv'",
    '    warn_invalid_rows: -1',
    'compare:',
    '  - id: d',
    '    candidate: nope.json',
    '    baseline: { path: nope-either.json }',
    '    metrics: { acc: { direction: up } }',
    '',
  ].join('\n');

  test('schema problems, missing files, globs that match nothing and duplicate ids together', () => {
    expect(messageOf(() => loadConfigText(config, 'c.yml', { root, checkFiles: true }))).toBe(
      [
        `c.yml:4:13: validate[0].schema: file not found: 'nope.schema.json' (relative to ${resolve(root)})`,
        `c.yml:5:11: validate[0].data: no file matches 'missing/*.csv' (relative to ${resolve(root)})`,
        'c.yml:6:24: validate[0].warn_invalid_rows: must be a number >= 0, or a string; got -1',
        "c.yml:8:9: compare[0].id: duplicate id 'd' (already used by validate[0]); ids name result files and report sections, so they must be unique",
        `c.yml:9:16: compare[0].candidate: file not found: 'nope.json' (relative to ${resolve(root)})`,
        `c.yml:10:23: compare[0].baseline.path: file not found: 'nope-either.json' (relative to ${resolve(root)})`,
        `c.yml:11:34: compare[0].metrics.acc.direction: must be one of "higher", "lower"; got 'up'`,
      ].join('\n'),
    );
  });

  test('sections of the wrong shape are reported, not crashed on', () => {
    const odd = 'version: 1\nvalidate: [null, 3, "x"]\ncompare: { id: y }\n';
    const message = messageOf(() => loadConfigText(odd, 'c.yml', { root, checkFiles: true }));
    expect(message).toMatch(/^c\.yml:2:\d+: validate\[0\]: must be a mapping/m);
    expect(message).toMatch(/^c\.yml:3:\d+: compare: must be a list/m);
  });
});

describe('configs that cannot run', () => {
  test('a config to run must name a check: nothing to gate is a usage error', () => {
    expect(loadConfigText('version: 1\n', 'c.yml').config.validate).toEqual([]);
    expect(messageOf(() => loadConfigText('version: 1\n', 'c.yml', { requireChecks: true }))).toBe(
      'c.yml:1:1: the config names no checks: add a validate: entry (data against a schema) or a compare: entry (model metrics), or there is nothing to gate',
    );
  });

  test('JSON with comments: says so, at the comment', () => {
    const text = '{\n  "version": 1,\n    // the checks\n  /* none yet */\n  "validate": []\n}\n';
    expect(messageOf(() => loadConfigText(text, 'c.json'))).toBe(
      [
        "c.json:3:5: JSON allows no comments: remove the '//' comment, or write the config in YAML, where comments start with #",
        "c.json:4:3: JSON allows no comments: remove the '/*' comment, or write the config in YAML, where comments start with #",
      ].join('\n'),
    );
    // A YAML config may hold `//` in values and after keys.
    expect(
      loadConfigText('version: 1\n# a // b\nreport: { id: a }\n', 'c.yml').config.report.id,
    ).toBe('a');
  });
});
