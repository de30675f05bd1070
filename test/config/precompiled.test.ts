import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validatorFor } from '../../src/core/config/schema.js';

const schema = (f: string): object =>
  JSON.parse(readFileSync(new URL(`../../schemas/${f}`, import.meta.url), 'utf8')) as object;

/** The config schemas compiled at run time, as before they were precompiled. */
function runtimeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  addFormats.default(ajv);
  ajv.addSchema(schema('config-validate.schema.json'));
  ajv.addSchema(schema('config-compare.schema.json'));
  ajv.addSchema(schema('config.schema.json'));
  return ajv;
}

const BASE = 'https://modelgate.dev/schemas/';

// Each breaks the schema a different way: unknown keys, wrong types, enums, oneOf/anyOf branches,
// patterns, formats, bounds, missing keys.
const BAD_CONFIGS: unknown[] = [
  { version: 2, validate: 'x' },
  { version: 1, valdate: [] },
  {
    version: 1,
    validate: [
      { id: 'Bad Id!', data: 3, schema: ['a'], max_invalid: 'lots', on_fail: 'explode' },
      { id: 'ok', data: 'd/*.jsonl', schema: 's.json', dataset: { unique: [1], nulls: { a: -1 } } },
    ],
    compare: [
      { id: 'c', candidate: 'm.json', metrics: { acc: { direction: 'up', max_drop: -1 } } },
      { id: 'd', candidate: 7, baseline: { base_branch: 'yes' }, metrics: { f1: { dirction: 1 } } },
    ],
  },
  { version: 1, compare: [{ id: 'e', metrics: {} }], report: { comment: 'sometimes' } },
];

describe('precompiled config validator', () => {
  it('equals a fresh generation from schemas/ (run `npm run package` after editing a schema)', async () => {
    // @ts-expect-error: plain JS build script without types
    const { generate } = await import('../../scripts/gen-config-validator.js');
    const committed = readFileSync(
      new URL('../../src/core/generated/config-validator.js', import.meta.url),
      'utf8',
    );
    expect(committed === generate()).toBe(true);
  });

  it.each([
    ['config', 'config.schema.json'],
    ['validate', 'config-validate.schema.json'],
    ['compare', 'config-compare.schema.json'],
    [
      'config-compare.schema.json#/properties/metrics',
      'config-compare.schema.json#/properties/metrics',
    ],
  ])('reports the same errors as a run-time compile for %s', (name, id) => {
    const precompiled = validatorFor(name);
    const compiled = runtimeAjv().getSchema(BASE + id)!;
    const inputs = [...BAD_CONFIGS, ...BAD_CONFIGS.flatMap((c) => Object.values(c as object))];
    let failures = 0;
    for (const input of inputs) {
      const verdict = precompiled(input);
      expect(verdict).toBe(compiled(input));
      // Same errors in the same order, with the same schema and parent schema (verbose).
      expect(precompiled.errors ?? null).toEqual(compiled.errors ?? null);
      if (!verdict) failures++;
    }
    expect(failures).toBeGreaterThan(2);
  });
});
