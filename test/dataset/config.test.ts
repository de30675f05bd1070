// The expectations / splits / drift blocks of a validate entry: accepted by the config loader,
// located errors with hints when wrong, and carried into the engine's options.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigText } from '../../src/core/config/load.js';
import { optionsFromEntry, type ValidateEntry } from '../../src/core/validate/entry.js';

const config = (extra: string) => `version: 1
validate:
  - id: train
    schema: schema.json
    data: [train.jsonl, test.jsonl]
${extra}`;

function problems(text: string): string[] {
  try {
    loadConfigText(text, 'modelgate.yml');
    return [];
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return err.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
  }
}

describe('config: dataset blocks', () => {
  it('accepts a full example and keeps entries without the blocks unchanged', () => {
    const text = config(`    expectations:
      row_count: { min: 1000, max_drop: "5%" }
      columns:
        label: { max_null_share: 0.01, categories: [cat, dog], mostly: 0.99, severity: warn }
        age: { min: 0, max: 120 }
        id: { unique: true }
      unique_keys: [{ columns: [user, ts] }]
      duplicates: true
      leakage: { key: [id] }
    splits: { train: train.jsonl, test: [test.jsonl] }
    drift:
      reference: prod/*.jsonl
      psi_warn: 0.1
      psi_fail: 0.25
      per_column: { age: { psi_fail: 0.5 } }
`);
    const { config: c } = loadConfigText(text, 'modelgate.yml');
    const entry = c.validate[0] as unknown as ValidateEntry;
    const options = optionsFromEntry(entry, '/ws');
    expect(options.dataset?.expectations?.columns?.label).toEqual({
      max_null_share: 0.01,
      categories: ['cat', 'dog'],
      mostly: 0.99,
      severity: 'warn',
    });
    expect(options.dataset?.splits).toEqual({ train: 'train.jsonl', test: ['test.jsonl'] });
    expect(options.dataset?.drift?.reference).toBe('prod/*.jsonl');
    const plain = loadConfigText(config(''), 'modelgate.yml').config
      .validate[0] as unknown as ValidateEntry;
    expect(optionsFromEntry(plain, '/ws').dataset).toBeUndefined();
  });

  it('rejects wrong shapes with the key named', () => {
    expect(
      problems(config(`    expectations: { columns: { label: { max_nul_share: 0.1 } } }\n`)),
    ).toEqual([expect.stringContaining('validate.0.expectations.columns.label')]);
    expect(
      problems(config(`    expectations: { columns: { label: { mostly: 2 } } }\n`)).join(),
    ).toContain('mostly');
    expect(problems(config(`    drift: { psi_warn: 0.1 }\n`)).join()).toContain('reference');
    expect(
      problems(config(`    expectations: { row_count: { max_drop: "five" } }\n`)).join(),
    ).toContain('max_drop');
  });
});

describe('config: drift.reference from the same places as compare baseline', () => {
  it('accepts { path }, { base_branch, path }, { artifact } and missing_reference', () => {
    for (const ref of [
      '{ path: prod/ref.jsonl }',
      '{ base_branch: true, path: prod/ref.jsonl }',
      '{ artifact: { workflow: train.yml, name: snapshot, path: ref.jsonl } }',
    ])
      expect(
        problems(config(`    drift: { reference: ${ref}, missing_reference: warn }\n`)),
      ).toEqual([]);
    const { config: c } = loadConfigText(
      config(`    drift: { reference: { base_branch: true, path: prod/ref.jsonl } }\n`),
      'modelgate.yml',
    );
    const options = optionsFromEntry(c.validate[0] as unknown as ValidateEntry, '/ws');
    expect(options.dataset?.drift?.reference).toEqual({
      base_branch: true,
      path: 'prod/ref.jsonl',
    });
  });

  it('rejects shapes compare would reject, and an unknown policy', () => {
    expect(
      problems(config(`    drift: { reference: { base_branch: false, path: ref.jsonl } }\n`)),
    ).not.toEqual([]);
    expect(
      problems(config(`    drift: { reference: { artifact: { workflow: w.yml, name: a } } }\n`)),
    ).not.toEqual([]);
    expect(
      problems(config(`    drift: { reference: ref.jsonl, missing_reference: ignore }\n`)).join(
        '\n',
      ),
    ).toMatch(/missing_reference/);
  });
});

describe('config: ratchet base from the same places as compare baseline', () => {
  it('takes base_dir or base, not both, not neither', () => {
    expect(problems(config(`    ratchet: { base_dir: base }\n`))).toEqual([]);
    for (const base of [
      '{ path: base }',
      '{ base_branch: true, path: "." }',
      '{ artifact: { workflow: data.yml, name: snapshot, path: data } }',
    ])
      expect(problems(config(`    ratchet: { base: ${base}, policy: all }\n`))).toEqual([]);
    expect(problems(config(`    ratchet: { policy: all }\n`))).not.toEqual([]);
    expect(problems(config(`    ratchet: { base_dir: base, base: { path: base } }\n`))).not.toEqual(
      [],
    );
  });
});
