import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATS, formatOf } from '../../src/core/data/registry.js';
import { SAMPLE_FORMATS } from '../../src/core/init/sample.js';

// The registry is the one list of formats: the schemas' enums, the action's `format` input and
// the CLI's help must say the same, so a format added in one place cannot be missing in another.
const root = join(import.meta.dirname, '..', '..');
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as unknown;

/** Every `enum` in a schema that lists data formats (it contains "jsonl"). */
function formatEnums(node: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(node)) for (const x of node) formatEnums(x, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.enum) && o.enum.includes('jsonl')) out.push(o.enum as string[]);
    for (const v of Object.values(o)) formatEnums(v, out);
  }
  return out;
}

describe('format registry', () => {
  it('names each format once, each extension once', () => {
    expect(new Set(FORMAT_NAMES).size).toBe(FORMAT_NAMES.length);
    const exts = FORMATS.flatMap((f) => f.extensions);
    expect(new Set(exts).size).toBe(exts.length);
    for (const f of FORMATS)
      for (const e of f.extensions) expect(formatOf(`a/b${e.toUpperCase()}`)).toBe(f.name);
  });

  it('reads through compression extensions, and not for binary formats', () => {
    expect(formatOf('x.jsonl.gz')).toBe('jsonl');
    expect(formatOf('x.CSV.zst')).toBe('csv');
    expect(formatOf('x.txt')).toBeUndefined();
  });

  it('is what the config and result schemas enumerate', () => {
    const config = formatEnums(json('schemas/config-validate.schema.json'));
    const result = formatEnums(json('schemas/result-validate.schema.json'));
    expect(config.length).toBeGreaterThan(0);
    expect(result.length).toBeGreaterThan(0);
    for (const e of config) expect(e).toEqual(['auto', ...FORMAT_NAMES]);
    for (const e of result) expect(e).toEqual([...FORMAT_NAMES]);
  });

  it('is what the validate action documents for its format input', () => {
    const action = readFileSync(join(root, 'validate', 'action.yml'), 'utf8');
    const line = /\n {2}format:\n {4}description: (.*)\n/.exec(action)?.[1] ?? '';
    const listed = line.match(/\b[a-z]+\b/g) ?? [];
    for (const name of FORMAT_NAMES) expect(listed).toContain(name);
  });

  it('gives init the formats it can sample', () => {
    expect(SAMPLE_FORMATS).toEqual(FORMATS.filter((f) => f.sample).map((f) => f.name));
    expect(SAMPLE_FORMATS).not.toContain('parquet');
  });
});
