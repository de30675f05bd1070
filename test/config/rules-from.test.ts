// rules_from: the pull request's config against the base commit's. With stricter every rule the
// pull request loosened or removed keeps the base's value; tightenings and new checks stand; the
// setting itself comes from the base (or the workflow), never from the pull request.
import { describe, expect, it } from 'vitest';
import { loadConfigText } from '../../src/core/config/load.js';
import { applyRulesFrom } from '../../src/core/config/rules-from.js';
import { rulesFor } from '../../src/core/config/base-config.js';
import { rulesBlock } from '../../src/core/report/rules.js';

const BASE = `version: 1
gate: { fail_on: warn }
validate:
  - id: train
    schema: s.json
    data: data/*.jsonl
    max_invalid_rows: 5
    warn_invalid_rows: "1%"
    expectations: { duplicates: true }
compare:
  - id: clf
    candidate: m/cand.json
    baseline: { base_branch: true, path: m/cand.json }
    metrics:
      accuracy: { direction: higher, max_drop: 0.01, min: 0.8 }
      loss: { direction: lower, max_drop: "5%", slices: { region: { max_drop: "5%" } } }
      f1: { direction: higher, min: 0.7 }
`;

const load = (text: string) => loadConfigText(text, 'c.yml', { root: '/tmp' });

function head(edit: (text: string) => string) {
  return load(edit(BASE));
}

describe('applyRulesFrom stricter', () => {
  it('an unchanged config: no change, the same rules', () => {
    const { config, changes } = applyRulesFrom(load(BASE).config, load(BASE).config, 'stricter');
    expect(changes).toEqual([]);
    expect(config).toEqual(load(BASE).config);
  });

  it('a raised max_drop, a removed rule, a lowered min and a relaxed threshold keep the base value', () => {
    const h = head((t) =>
      t
        .replace('max_drop: 0.01, min: 0.8', 'max_drop: 1, min: 0.1')
        .replace('      f1: { direction: higher, min: 0.7 }\n', '')
        .replace('max_invalid_rows: 5', 'max_invalid_rows: 500')
        .replace('warn_invalid_rows: "1%"', 'warn_invalid_rows: "50%"')
        .replace('fail_on: warn', 'fail_on: fail, override_label: yolo, override_scope: pr'),
    );
    const { config, changes } = applyRulesFrom(load(BASE).config, h.config, 'stricter');
    const clf = config.compare[0]!;
    expect(clf.metrics.accuracy).toMatchObject({ max_drop: 0.01, min: 0.8 });
    expect(clf.metrics.f1).toEqual({ direction: 'higher', min: 0.7 });
    expect(config.validate[0]).toMatchObject({ max_invalid_rows: 5, warn_invalid_rows: '1%' });
    expect(config.gate).toEqual({ fail_on: 'warn', error_is: 'fail', override_scope: 'commit' });
    expect(changes).toEqual([
      { check: 'validate train', key: 'max_invalid_rows', base: '5', head: '500', applied: 'base' },
      {
        check: 'validate train',
        key: 'warn_invalid_rows',
        base: '"1%"',
        head: '"50%"',
        applied: 'base',
      },
      {
        check: 'compare clf',
        key: 'metrics.accuracy.min',
        base: '0.8',
        head: '0.1',
        applied: 'base',
      },
      {
        check: 'compare clf',
        key: 'metrics.accuracy.max_drop',
        base: '0.01',
        head: '1',
        applied: 'base',
      },
      {
        check: 'compare clf',
        key: 'metrics.f1',
        base: '{"direction":"higher","min":0.7}',
        applied: 'base',
      },
      { check: 'gate', key: 'fail_on', base: '"warn"', head: '"fail"', applied: 'base' },
      { check: 'gate', key: 'override_label', head: '"yolo"', applied: 'base' },
      {
        check: 'gate',
        key: 'override_scope',
        base: '"commit"',
        head: '"pr"',
        applied: 'base',
      },
    ]);
  });

  it('tightenings stand, and a check the pull request adds runs', () => {
    const h = head((t) =>
      t
        .replace('max_drop: 0.01, min: 0.8', 'max_drop: 0.005, min: 0.85')
        .replace('max_invalid_rows: 5', 'max_invalid_rows: 0')
        .replace(
          'compare:\n',
          'compare:\n  - id: extra\n    candidate: m/x.json\n    metrics: { a: { direction: higher, min: 1 } }\n',
        ),
    );
    const { config, changes } = applyRulesFrom(load(BASE).config, h.config, 'stricter');
    expect(config.compare.map((c) => c.id)).toEqual(['extra', 'clf']);
    expect(config.compare[1]!.metrics.accuracy).toMatchObject({ max_drop: 0.005, min: 0.85 });
    expect(config.validate[0]!.max_invalid_rows).toBe(0);
    expect(changes.every((c) => c.applied === 'head')).toBe(true);
    expect(changes.map((c) => c.key)).toEqual([
      'max_invalid_rows',
      'metrics.accuracy.min',
      'metrics.accuracy.max_drop',
    ]);
  });

  it('what cannot be ordered is the base’s: units, direction, baseline, expectations, removed checks', () => {
    const h = head((t) =>
      t
        .replace('max_drop: 0.01, min: 0.8', 'max_drop: "0.1%", min: 0.8')
        .replace('direction: lower, max_drop: "5%"', 'direction: higher, max_drop: "5%"')
        .replace(
          'baseline: { base_branch: true, path: m/cand.json }',
          'baseline: { path: m/cand.json }',
        )
        .replace('expectations: { duplicates: true }', 'expectations: { duplicates: false }')
        .replace(/validate:\n(.|\n)*?compare:/, 'compare:'),
    );
    const { config, changes } = applyRulesFrom(load(BASE).config, h.config, 'stricter');
    const clf = config.compare[0]!;
    expect(clf.metrics.accuracy!.max_drop).toBe(0.01);
    expect(clf.metrics.loss!.direction).toBe('lower');
    expect(clf.baseline).toEqual({ base_branch: true, path: 'm/cand.json' });
    // The removed validate check runs again, as the base has it.
    expect(config.validate.map((v) => v.id)).toEqual(['train']);
    expect(config.validate[0]!.expectations).toEqual({ duplicates: true });
    expect(changes.map((c) => `${c.check} ${c.key} ${c.applied}`)).toEqual([
      'validate train (the whole check) base',
      'compare clf metrics.accuracy.max_drop base',
      'compare clf metrics.loss base',
      'compare clf baseline base',
    ]);
  });

  it('base and head modes list the same changes, applying one side', () => {
    const h = head((t) => t.replace('max_drop: 0.01, min: 0.8', 'max_drop: 1, min: 0.8'));
    const b = load(BASE).config;
    expect(applyRulesFrom(b, h.config, 'head').config).toEqual(h.config);
    expect(applyRulesFrom(b, h.config, 'head').changes[0]!.applied).toBe('head');
    expect(applyRulesFrom(b, h.config, 'base').config).toEqual(b);
  });
});

describe('rulesFor: the mode comes from the base or the workflow, never the pull request', () => {
  const loosened = (t: string) => t.replace('max_drop: 0.01,', 'max_drop: 1,');

  it('the pull request setting rules_from: head is ignored; the base says stricter', () => {
    const h = head((t) =>
      loosened(t).replace('gate: { fail_on: warn }', 'gate: { fail_on: warn, rules_from: head }'),
    );
    const { loaded, rules } = rulesFor(h, {
      text: BASE,
      source: 'c.yml at abc1234',
      commit: 'a'.repeat(40),
    });
    expect(rules.mode).toBe('stricter');
    expect(loaded.config.compare[0]!.metrics.accuracy!.max_drop).toBe(0.01);
    expect(loaded.config.gate.rules_from).toBeUndefined();
    expect(rules.changes.map((c) => c.key)).toContain('rules_from');
  });

  it('the base may choose head; the workflow input wins over both', () => {
    const baseHead = BASE.replace(
      'gate: { fail_on: warn }',
      'gate: { fail_on: warn, rules_from: head }',
    );
    const h = head(loosened);
    const r1 = rulesFor(h, { text: baseHead, source: 'b' });
    expect(r1.rules.mode).toBe('head');
    expect(r1.loaded.config.compare[0]!.metrics.accuracy!.max_drop).toBe(1);
    const r2 = rulesFor(h, { text: baseHead, source: 'b' }, 'stricter');
    expect(r2.loaded.config.compare[0]!.metrics.accuracy!.max_drop).toBe(0.01);
  });

  it('no base config: the pull request’s rules, with the reason', () => {
    const h = head(loosened);
    const { loaded, rules } = rulesFor(h, { missing: 'c.yml does not exist at the base commit' });
    expect(loaded).toBe(h);
    expect(rules).toEqual({
      mode: 'stricter',
      note: 'no base config to compare with (c.yml does not exist at the base commit)',
      changes: [],
    });
  });

  it('an invalid base config is an error, never the pull request’s rules', () => {
    expect(() => rulesFor(head(loosened), { text: 'version: 2', source: 'c.yml at abc' })).toThrow(
      /c\.yml at abc/,
    );
  });
});

describe('rulesBlock', () => {
  it('shows the changes side by side, escaped, with the side that applies', () => {
    const h = head((t) =>
      t.replace('accuracy: {', '"acc|<b>x</b>": {').replace('max_drop: 0.01,', 'max_drop: 1,'),
    );
    const b = load(BASE.replace('accuracy: {', '"acc|<b>x</b>": {')).config;
    const { changes } = applyRulesFrom(b, h.config, 'stricter');
    const md = rulesBlock({ mode: 'stricter', baseCommit: 'abcdef1234567', changes })!;
    expect(md).toContain('**This pull request changes the gate’s rules** (rules_from: stricter)');
    expect(md).toContain('| check | rule | base abcdef1 | this pull request | applies |');
    expect(md).toContain(
      '| compare clf | metrics.acc\\|&lt;b&gt;x&lt;/b&gt;.max\\_drop | 0\\.01 | 1 | **base** |',
    );
    expect(md).not.toContain('<b>');
    expect(rulesBlock({ mode: 'stricter', changes: [] })).toBeUndefined();
  });
});
