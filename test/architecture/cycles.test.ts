// No import cycles in src/: the graph of relative imports (type-only ones included) has no
// strongly connected component of more than one module.
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../../scripts/import-cycles.js';

describe('import graph of src/', () => {
  it('has no cycle', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph).map((cycle: string[]) => cycle.join(' -> '))).toEqual([]);
  });

  it('the detector finds a cycle, and names it shortest first', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(importCycles(graph)).toEqual([
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
      ['e.ts', 'e.ts'],
    ]);
  });
});
