// One way to pick a config entry and one rule for where a result may be written, for every front
// end of both check kinds.
import { describe, expect, it } from 'vitest';
import { resultPathInside, selectEntry } from '../../src/core/checks/select.js';

const PICK = { kind: 'validate', configName: 'mg.yml', idName: '--id' } as const;

describe('selectEntry', () => {
  const entries = [{ id: 'a' }, { id: 'b' }];
  it('picks by id, or the only entry', () => {
    expect(selectEntry(entries, 'b', PICK)).toBe(entries[1]);
    expect(selectEntry([{ id: 'x' }], undefined, PICK)).toEqual({ id: 'x' });
  });
  it('names the ids there are and how to pick one', () => {
    expect(() => selectEntry(entries, 'c', PICK)).toThrow(
      "mg.yml: no validate entry with id 'c' (validate ids: a, b)",
    );
    expect(() => selectEntry(entries, undefined, PICK)).toThrow(
      'mg.yml: several validate entries; pick one with --id (a, b)',
    );
    expect(() => selectEntry([], undefined, { ...PICK, kind: 'compare' })).toThrow(
      'mg.yml: the config has no compare entries',
    );
  });
});

describe('resultPathInside', () => {
  it('defaults under modelgate-results by kind', () => {
    expect(resultPathInside('/ws', undefined, 'validate', 'd', 'x')).toBe(
      '/ws/modelgate-results/d.json',
    );
    expect(resultPathInside('/ws', '', 'compare', 'm', 'x')).toBe(
      '/ws/modelgate-results/compare-m.json',
    );
    expect(resultPathInside('/ws', 'out/r.json', 'compare', 'm', 'x')).toBe('/ws/out/r.json');
  });
  it('refuses a path outside the workspace, for both kinds, naming the input', () => {
    for (const kind of ['validate', 'compare'] as const) {
      expect(() => resultPathInside('/ws', '../r.json', kind, 'm', "input 'result-path'")).toThrow(
        "input 'result-path' must stay inside the workspace, got '../r.json'",
      );
      expect(() => resultPathInside('/ws', '/tmp/r.json', kind, 'm', '--result-path')).toThrow(
        /--result-path must stay inside the workspace/,
      );
    }
  });
});
