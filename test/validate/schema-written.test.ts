// Schemas as people write them: recursion and depth, property names that are also names of
// JavaScript's Object.prototype, URN ids, $dynamicRef, and what ajv's strict mode would refuse.
import { describe, expect, it } from 'vitest';
import { compileBundle, loadSchemaBundle, SchemaError } from '../../src/core/validate/schema.js';
import { validate, workspace } from './helpers.js';

function nested(levels: number, inner: string): string {
  return '{"properties":{"a":'.repeat(levels) + inner + '}}'.repeat(levels);
}

async function compiled(schema: unknown, extra: Record<string, string> = {}) {
  const dir = workspace({ 's.json': JSON.stringify(schema), ...extra });
  const bundle = await loadSchemaBundle('s.json', dir);
  return { bundle, v: await compileBundle(bundle, true), dir };
}

describe('recursion and depth in schemas', () => {
  it('refuses {"$ref": "#"} at load time, naming the reference', async () => {
    const dir = workspace({ 's.json': '{"$ref":"#"}' });
    const err = await loadSchemaBundle('s.json', dir).catch((e: Error) => e);
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as Error).message).toMatch(
      /s\.json: the schema refers to itself .*\/\$ref \("#"\)/,
    );
  });

  it('refuses a $ref to itself that ajv cannot even compile', async () => {
    const dir = workspace({ 's.json': '{"properties":{"a":{"$ref":"#/properties/a"}}}' });
    await expect(loadSchemaBundle('s.json', dir)).rejects.toThrow(
      /refers to itself .*\/properties\/a\/\$ref/,
    );
  });

  it('refuses a two-file $ref loop', async () => {
    const dir = workspace({ 'a.json': '{"$ref":"b.json"}', 'b.json': '{"$ref":"a.json"}' });
    await expect(loadSchemaBundle('a.json', dir)).rejects.toThrow(/refers to itself/);
  });

  it('refuses a 5,000-deep schema with its depth, not a stack overflow', async () => {
    const dir = workspace({ 'deep.json': nested(5000, '{"type":"object"}') });
    const err = await loadSchemaBundle('deep.json', dir).catch((e: Error) => e);
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as Error).message).toMatch(
      /deep\.json: schema nests more than 256 levels deep \(at \/properties\/a\/properties/,
    );
  });

  it('still compiles recursive schemas that descend into the data', async () => {
    const { v } = await compiled({
      type: 'object',
      properties: { child: { $ref: '#' }, n: { type: 'integer' } },
    });
    expect(v({ child: { child: { n: 1 } } })).toBe(true);
    expect(v({ child: { child: { n: 'x' } } })).toBe(false);
  });
});

describe('deep data values', () => {
  const deepRow = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

  it('gives a located error (file, line, depth) and status error, never a crash', async () => {
    const dir = workspace({
      's.json': JSON.stringify({ type: 'object', properties: { a: { $ref: '#' } } }),
      'd.jsonl': `{"a":{}}\n${deepRow(10_000)}\n`,
    });
    const r = await validate({ schemaFile: 's.json', cwd: dir, data: ['d.jsonl'] });
    expect(r.status).toBe('error');
    expect(r.errors).toEqual([
      expect.objectContaining({
        file: 'd.jsonl',
        line: 2,
        message: expect.stringMatching(/more than 512 levels deep/),
      }),
    ]);
  });

  it('does the same with dataset checks on (hashing for duplicates never recurses unbounded)', async () => {
    const dir = workspace({ 's.json': '{"type":"object"}', 'd.jsonl': `${deepRow(10_000)}\n` });
    const r = await validate({
      schemaFile: 's.json',
      cwd: dir,
      data: ['d.jsonl'],
      dataset: { expectations: { duplicates: { max: 0 }, columns: { a: { unique: true } } } },
    } as never);
    expect(r.status).toBe('error');
    expect(r.errors?.[0]).toMatchObject({ file: 'd.jsonl', line: 1 });
  });

  it('locates a record on which the schema recurses without end', async () => {
    // Only records holding `a` reach the loop, so loading cannot see it.
    const dir = workspace({
      's.json': JSON.stringify({ if: { type: 'object', required: ['a'] }, then: { $ref: '#' } }),
      'd.jsonl': '{"b":1}\n{"a":1}\n',
    });
    const r = await validate({ schemaFile: 's.json', cwd: dir, data: ['d.jsonl'] });
    expect(r.status).toBe('error');
    expect(r.errors?.[0]).toMatchObject({
      file: 'd.jsonl',
      line: 2,
      message: expect.stringMatching(/recurses without end/),
    });
  });
});

describe('property names are data', () => {
  it('enforces required constructor, __proto__ and toString', async () => {
    const { v } = await compiled({ required: ['constructor'] });
    expect(v({ a: 1 })).toBe(false);
    expect(v({ constructor: 1 })).toBe(true);
    const { v: v2 } = await compiled({ required: ['__proto__', 'toString'] });
    expect(v2({})).toBe(false);
    expect(v2(JSON.parse('{"__proto__": 1, "toString": 2}'))).toBe(true);
  });

  it('applies properties.__proto__ to an own __proto__ key (ajv alone drops that name)', async () => {
    const { v } = await compiled(
      JSON.parse('{"properties":{"__proto__":{"type":"number"}},"additionalProperties":false}'),
    );
    expect(v(JSON.parse('{"__proto__": 1}'))).toBe(true);
    expect(v(JSON.parse('{"__proto__": "x"}'))).toBe(false);
    expect(v({})).toBe(true);
    expect(v({ other: 1 })).toBe(false);
  });

  it('accepts a typed optional constructor property when valid, and only then', async () => {
    const { v } = await compiled({ properties: { constructor: { type: 'string' } } });
    expect(v({ a: 1 })).toBe(true);
    expect(v({ constructor: 'x' })).toBe(true);
    expect(v({ constructor: 1 })).toBe(false);
  });
});

describe('schemas strict mode would refuse', () => {
  it('evaluates a URN root $id', async () => {
    const { v } = await compiled({
      $id: 'urn:uuid:deadbeef-1234-0000-0000-4321fedcba98',
      type: 'object',
      properties: { x: { $ref: '#/$defs/n' } },
      $defs: { n: { type: 'integer' } },
    });
    expect(v({ x: 1 })).toBe(true);
    expect(v({ x: 'a' })).toBe(false);
  });

  it('warns with the schema path instead of refusing', async () => {
    const { bundle, v } = await compiled({
      properties: { a: { type: 'number' }, b: { enum: [] }, c: { if: { type: 'string' } } },
      patternProperties: { '^a$': { minimum: 0 } },
      unknownThing: 1,
    });
    const paths = Object.fromEntries(bundle.warnings.map((w) => [w.path, w.message]));
    expect(paths).toEqual({
      '/properties/b/enum': expect.stringMatching(/allows no value/),
      '/properties/c/if': expect.stringMatching(/"if" without "then" and "else"/),
      '/patternProperties': expect.stringMatching(/property "a" also matches patternProperties/),
      '/unknownThing': expect.stringMatching(/unknown keyword "unknownThing"/),
    });
    expect(v({ a: 1 })).toBe(true);
    expect(v({ a: -1 })).toBe(false); // both the property and the pattern apply
    expect(v({ b: 1 })).toBe(false); // enum: [] allows nothing
    expect(v.errors?.[0]?.schemaPath).toBe('#/properties/b/enum');
    expect(v({ c: 'x' })).toBe(true);
  });

  it('checks the internationalised formats and accepts unknown ones unchecked, warning', async () => {
    const { bundle, v } = await compiled({
      properties: {
        iri: { format: 'iri' },
        ref: { format: 'iri-reference' },
        mail: { format: 'idn-email' },
        host: { format: 'idn-hostname' },
        colour: { format: 'colour' },
      },
    });
    expect(
      v({ iri: 'http://ƒøø.ßår/?∂éœ=πîx#πîüx', ref: '//ƒøø.ßår/?∂éœ', mail: '실례@실례.테스트' }),
    ).toBe(true);
    expect(v({ host: '실례.테스트', colour: 'anything' })).toBe(true);
    expect(v({ iri: '/relative' })).toBe(false);
    expect(v({ iri: 'http://a b' })).toBe(false);
    expect(v({ mail: 'no-at-sign' })).toBe(false);
    expect(v({ host: '-starts-with-dash' })).toBe(false);
    expect(bundle.warnings).toEqual([
      expect.objectContaining({
        path: '/properties/colour/format',
        message: expect.stringMatching(/unknown format "colour" is not checked/),
      }),
    ]);
  });

  it('reports the warnings in the result', async () => {
    const dir = workspace({ 's.json': '{"if":{"type":"object"}}', 'd.jsonl': '{"a":1}\n' });
    const r = await validate({ schemaFile: 's.json', cwd: dir, data: ['d.jsonl'] });
    expect(r.status).toBe('pass');
    expect(r.details.schemaWarnings).toEqual([
      { file: 's.json', path: '/if', message: expect.stringMatching(/"if" without "then"/) },
    ]);
  });

  it('runs patterns the linear engine refuses, and names the path of one RE2 refuses', async () => {
    const { v } = await compiled({
      properties: { id: { type: 'string', pattern: '^[0-9a-f]{24}$' } },
      patternProperties: { '^\\p{Script=Greek}{1,255}$': { type: 'integer' } },
    });
    expect(v({ id: '0123456789abcdef01234567', αβ: 1 })).toBe(true);
    expect(v({ id: '0123' })).toBe(false);
    expect(v({ αβ: 'x' })).toBe(false);
    const dir = workspace({
      's.json': JSON.stringify({ patternProperties: { '^(a)\\1$': {} } }),
    });
    await expect(loadSchemaBundle('s.json', dir)).rejects.toThrow(
      /\/patternProperties\/\^\(a\)\\1\$: pattern .* backreferences cannot be matched in linear time/,
    );
  });

  it('evaluates $dynamicRef per 2020-12 where it resolves to one anchor, refuses it otherwise', async () => {
    // ajv alone refuses the valid array of strings here.
    const { v } = await compiled({
      type: 'array',
      items: { $dynamicRef: '#items' },
      $defs: { foo: { $dynamicAnchor: 'items', type: 'string' } },
    });
    expect(v(['a', 'b'])).toBe(true);
    expect(v(['a', 1])).toBe(false);
    const dir = workspace({
      's.json': JSON.stringify({
        $id: 'https://example.com/root',
        $ref: 'list',
        $defs: {
          foo: { $dynamicAnchor: 'items', type: 'string' },
          list: {
            $id: 'list',
            items: { $dynamicRef: '#items' },
            $defs: { i: { $dynamicAnchor: 'items' } },
          },
        },
      }),
    });
    await expect(loadSchemaBundle('s.json', dir)).rejects.toThrow(
      /s\.json: \$dynamicAnchor "items" is declared more than once \(s\.json#\/\$defs\/foo, s\.json#\/\$defs\/list\/\$defs\/i\)/,
    );
  });
});
