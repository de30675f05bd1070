// Column names that are also names of Object.prototype's members are data like any other name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/core/validate/run.js';
import type { DatasetConfig } from '../../src/core/dataset/types.js';
import { exp } from './helpers.js';

async function check(data: string[], dataset: DatasetConfig, cwd: string) {
  const result = await runValidate(
    { schemaFile: 's.json', data, cwd, threads: 0, dataset },
    {},
    { id: 'data' },
  );
  const d = result.details.dataset;
  if (!d) throw new Error(`no dataset details: ${result.summary}`);
  return { result, d };
}

const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];

function files(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-names-'));
  // Line 2 has none of the four columns; lines 1 and 3 repeat the same __proto__ value.
  writeFileSync(
    join(dir, 'd.jsonl'),
    [
      '{"id":1,"constructor":"a","toString":"x","__proto__":"p","hasOwnProperty":1}',
      '{"id":2}',
      '{"id":3,"constructor":"b","toString":"y","__proto__":"p","hasOwnProperty":2}',
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(dir, 'd.csv'),
    'id,constructor,toString,__proto__,hasOwnProperty\n1,a,x,p,1\n2,,,,\n3,b,y,p,2\n',
  );
  // Typed, so CSV cells become numbers where JSON Lines has numbers.
  writeFileSync(
    join(dir, 's.json'),
    JSON.stringify({
      type: 'object',
      properties: { id: { type: 'integer' }, hasOwnProperty: { type: ['integer', 'null'] } },
    }),
  );
  return dir;
}

describe('dataset checks on columns named like Object.prototype members', () => {
  for (const file of ['d.jsonl', 'd.csv']) {
    it(`counts missing values as missing and repeats as repeats (${file})`, async () => {
      const { d } = await check(
        [file],
        {
          expectations: {
            columns: {
              constructor: { max_null_share: 0 },
              toString: { categories: ['x', 'y'] },
              ['__proto__']: { unique: true }, // computed: a literal __proto__ sets the prototype
              hasOwnProperty: { min: 0, max: 5 },
            },
            unique_keys: [{ columns: ['constructor', 'hasOwnProperty'] }],
          },
        },
        files(),
      );
      expect(exp(d, 'column:constructor:max_null_share')).toMatchObject({
        status: 'fail',
        checked: 3,
        unexpected: 1,
      });
      expect(exp(d, 'column:toString:categories')).toMatchObject({ checked: 2, unexpected: 0 });
      expect(exp(d, 'unique:__proto__')).toMatchObject({ status: 'fail', unexpected: 1 });
      expect(exp(d, 'column:hasOwnProperty:range')).toMatchObject({ checked: 2, unexpected: 0 });
      expect(exp(d, 'unique:constructor,hasOwnProperty')).toMatchObject({ unexpected: 0 });
      expect(NAMES.length).toBe(4);
    });
  }
});
