import { describe, expect, it } from 'vitest';
import { compileBundle, loadSchemaBundle, SchemaError } from '../../src/core/validate/schema.js';
import { FIXTURES, workspace } from './helpers.js';

async function compiled(file: string, cwd = FIXTURES) {
  const bundle = await loadSchemaBundle(file, cwd);
  return { bundle, v: await compileBundle(bundle, true) };
}

describe('schema loading', () => {
  it('compiles 2020-12 with strict date-time', async () => {
    const { bundle, v } = await compiled('row.schema.json');
    expect(bundle.draft).toBe('2020-12');
    expect(v({ id: 1, label: 'cat', score: 0.5, created_at: '2025-01-02T03:04:05Z' })).toBe(true);
    expect(v({ id: 1, label: 'cat', score: 0.5, created_at: '2025-01-02 03:04:05Z' })).toBe(false);
    expect(v.errors?.[0]?.keyword).toBe('format');
  });

  it('compiles draft-07 with its definitions', async () => {
    const { bundle, v } = await compiled('draft07.schema.json');
    expect(bundle.draft).toBe('draft-07');
    expect(v({ id: 3, tags: ['a'] })).toBe(true);
    expect(v({ id: 0 })).toBe(false);
  });

  it('compiles a $ref to a draft meta-schema the same way for workers and the loader', async () => {
    // A column holding JSON Schemas, checked against the draft's own meta-schema.
    const dir = workspace({
      'row.json': JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { s: { $ref: 'https://json-schema.org/draft/2020-12/schema' } },
      }),
      'old.json': JSON.stringify({
        $schema: 'http://json-schema.org/draft-07/schema#',
        properties: { s: { $ref: 'http://json-schema.org/draft-07/schema#' } },
      }),
    });
    for (const file of ['row.json', 'old.json']) {
      const bundle = await loadSchemaBundle(file, dir);
      for (const allErrors of [true, false]) {
        const v = await compileBundle(bundle, allErrors);
        expect(v({ s: { type: 'string' } })).toBe(true);
        expect(v({ s: { type: 12 } })).toBe(false);
      }
    }
  });

  it('resolves local $refs relative to the schema file', async () => {
    const { bundle, v } = await compiled('with-ref.schema.json');
    expect(bundle.refs.map((r) => r.uri)).toEqual([expect.stringMatching(/defs\/common\.json$/)]);
    expect(v({ id: 1, label: 'dog' })).toBe(true);
    expect(v({ id: 1, label: 'cow' })).toBe(false);
  });

  it('maps relative $refs under an https $id to files beside the schema', async () => {
    const dir = workspace({
      'row.json': JSON.stringify({
        $id: 'https://example.com/s/row.json',
        type: 'object',
        properties: { id: { $ref: 'id.json' } },
      }),
      'id.json': JSON.stringify({ $id: 'https://example.com/s/id.json', type: 'integer' }),
    });
    const { v } = await compiled('row.json', dir);
    expect(v({ id: 1 })).toBe(true);
    expect(v({ id: 'x' })).toBe(false);
  });

  it('refuses a remote $ref without fetching, naming it and where it is', async () => {
    const err = await loadSchemaBundle('remote-ref.schema.json', FIXTURES).catch((e: Error) => e);
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as Error).message).toMatch(
      /remote-ref\.schema\.json: remote \$ref "https:\/\/example\.com\/schemas\/address\.json" at \/properties\/address\/\$ref refused/,
    );
  });

  it('refuses a $ref that leaves the workspace', async () => {
    const outside = workspace({ 'secret.json': '{"type":"string"}' });
    const dir = workspace({ 's.json': JSON.stringify({ $ref: `${outside}/secret.json` }) });
    await expect(loadSchemaBundle('s.json', dir)).rejects.toThrow(/outside the workspace/);
  });

  it('reports an invalid schema with the path to the bad keyword', async () => {
    await expect(loadSchemaBundle('invalid.schema.json', FIXTURES)).rejects.toThrow(
      /invalid\.schema\.json: invalid JSON Schema at \/properties\/age\/type: must be equal to one of the allowed values/,
    );
    // Unknown keywords are ignored as the specification says, and reported as located warnings.
    const typo = await loadSchemaBundle('typo.schema.json', FIXTURES);
    expect(typo.warnings).toEqual([
      expect.objectContaining({
        file: 'typo.schema.json',
        path: '/properties/age/minimun',
        message: expect.stringMatching(/unknown keyword "minimun" is ignored/),
      }),
    ]);
  });

  it('accepts x- annotation keywords', async () => {
    const dir = workspace({
      's.json': JSON.stringify({
        type: 'object',
        'x-owner': 'ml-team',
        properties: { a: { type: 'string', 'x-pii': true } },
      }),
    });
    const { v } = await compiled('s.json', dir);
    expect(v({ a: 'x' })).toBe(true);
  });

  it('names the pattern that cannot run in linear time', async () => {
    await expect(loadSchemaBundle('backref.schema.json', FIXTURES)).rejects.toThrow(
      /backref\.schema\.json: \/properties\/pair\/pattern: pattern "\^\(\\\\w\+\)-\\\\1\$" is not supported: backreferences cannot be matched in linear time/,
    );
  });

  it('reports unreadable schemas clearly', async () => {
    const dir = workspace({
      'bad.json': '{\n  "type": "object",\n  oops\n}',
      'old.json': '{"$schema": "http://json-schema.org/draft-04/schema#"}',
    });
    await expect(loadSchemaBundle('missing.json', dir)).rejects.toThrow(
      /missing\.json: schema file not found/,
    );
    await expect(loadSchemaBundle('bad.json', dir)).rejects.toThrow(
      /bad\.json: not valid JSON \(line 3\)/,
    );
    await expect(loadSchemaBundle('old.json', dir)).rejects.toThrow(
      /unsupported \$schema .*draft-04/,
    );
  });
});
