import { expect, test } from 'vitest';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { didYouMean, editDistance } from '../../src/core/config/suggest.js';

/** Every `properties` entry, with its path, through the whole schema. */
function properties(node: unknown, path: string[] = []): Array<[string, Record<string, unknown>]> {
  if (!node || typeof node !== 'object') return [];
  const out: Array<[string, Record<string, unknown>]> = [];
  const record = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) {
    if (k === 'properties' && v && typeof v === 'object') {
      for (const [name, sub] of Object.entries(v)) {
        out.push([[...path, name].join('.'), sub as Record<string, unknown>]);
        out.push(...properties(sub, [...path, name]));
      }
    } else if (v && typeof v === 'object') {
      out.push(...properties(v, path));
    }
  }
  return out;
}

test('every key of the top-level schema has a description (editor autocomplete)', () => {
  const props = properties(configSchema);
  expect(props.length).toBeGreaterThan(10);
  const undocumented = props.filter(([, s]) => typeof s.description !== 'string' || !s.description);
  expect(undocumented.map(([p]) => p)).toEqual([]);
});

test('every object in the top-level schema is closed', () => {
  const open: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const s = node as Record<string, unknown>;
    if (s.type === 'object' && s.additionalProperties !== false) open.push(path || '/');
    for (const [k, v] of Object.entries(s)) walk(v, `${path}/${k}`);
  };
  walk(configSchema, '');
  expect(open).toEqual([]);
});

test('edit distance counts a transposition as one edit', () => {
  expect(editDistance('max_dorp', 'max_drop')).toBe(1);
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('same', 'same')).toBe(0);
});

test('didYouMean: close, case-insensitive, strict on short words and ties', () => {
  expect(didYouMean('max_dorp', ['max_drop', 'min_gain'])).toBe('max_drop');
  expect(didYouMean('Direction', ['direction'])).toBe('direction');
  expect(didYouMean('colour', ['comment', 'summary'])).toBeUndefined();
  expect(didYouMean('ab', ['id', 'abc'])).toBe('abc');
  expect(didYouMean('xy', ['id'])).toBeUndefined();
  expect(didYouMean('mix', ['min', 'max'])).toBeUndefined();
});
