// expected.py reads the Arrow case from its JSON twin in the same package: this checks, with
// apache-arrow itself, that the twin holds the same rows in the same order (the Float32 column
// as the Arrow file stores it), so the expected answers are about the Arrow file's rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/runner.js';

const DATA = join(REPO_ROOT, 'node_modules', 'vega-datasets', 'data');

describe('the Arrow case of the real-world corpus', () => {
  it('flights-200k.arrow holds the rows of flights-200k.json, in order', () => {
    const table = tableFromIPC(readFileSync(join(DATA, 'flights-200k.arrow')));
    const twin = JSON.parse(readFileSync(join(DATA, 'flights-200k.json'), 'utf8')) as Array<
      Record<string, number>
    >;
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'delay:Int16',
      'distance:Int16',
      'time:Float32',
    ]);
    expect(table.numRows).toBe(twin.length);
    const [delay, distance, time] = ['delay', 'distance', 'time'].map((n) => table.getChild(n)!);
    let differ = 0;
    for (let i = 0; i < twin.length; i++) {
      const row = twin[i]!;
      if (Object.keys(row).length !== 3) differ++;
      else if (
        delay!.get(i) !== row.delay ||
        distance!.get(i) !== row.distance ||
        time!.get(i) !== Math.fround(row.time!)
      )
        differ++;
    }
    expect(differ).toBe(0);
  });
});
