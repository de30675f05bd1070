// What the registry cannot do by itself: the static schema files must know every registered kind.
// A kind registered in src/core/checks/registry.ts without its config key, or without a way to
// check its result details, fails here with its name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKinds } from '../../src/core/checks/registry.js';
import { CHECK_SECTIONS } from '../../src/core/config/checks.js';
import { REPO_ROOT } from '../helpers/runner.js';

const schema = (name: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', name), 'utf8')) as {
    properties: Record<string, { enum?: string[] }>;
  };

describe('the check-kind registry', () => {
  it('lists validate, then compare: the order `modelgate run` runs them in', () => {
    expect(checkKinds().map((k) => k.name)).toEqual(['validate', 'compare']);
  });

  it('has a check section in the config schema for every registered kind, and no other', () => {
    const keys = Object.keys(schema('config.schema.json').properties);
    const missing = checkKinds().filter((k) => !keys.includes(k.name));
    expect(missing.map((k) => k.name)).toEqual([]);
    // Unique ids and "no checks at all" are judged over these sections.
    expect([...CHECK_SECTIONS]).toEqual(checkKinds().map((k) => k.name));
  });

  it('has a result schema or a details check for every registered kind', () => {
    const precompiled = schema('result.schema.json').properties.kind!.enum ?? [];
    const unchecked = checkKinds().filter((k) => !precompiled.includes(k.name) && !k.checkDetails);
    expect(unchecked.map((k) => k.name)).toEqual([]);
  });

  it('names each result file differently', () => {
    const names = checkKinds().map((k) => k.resultFileName('x'));
    expect(new Set(names).size).toBe(names.length);
  });
});
