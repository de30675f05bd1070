// The copy detector (scripts/duplicates.js): no block of 6 meaningful lines is written twice in
// src/, and the detector itself finds a repeat and skips what it says it skips.
import { describe, expect, it } from 'vitest';
import {
  BOILERPLATE,
  duplicatesInSrc,
  findDuplicates,
  meaningfulLines,
} from '../../scripts/duplicates.js';

const BLOCK = [
  'const a = read(file);',
  'if (!a) throw new Error(`no ${file}`);',
  'const b = parse(a);',
  'for (const x of b.rows) total += x.value;',
  'log(`rows: ${b.rows.length}`);',
  'return { total, rows: b.rows.length };',
].join('\n');

describe('copy detector', () => {
  it('finds no repeated block in src/', () => {
    expect(
      duplicatesInSrc().map((b) => b.map((h) => `${h.file}:${h.start}-${h.end}`).join(' == ')),
    ).toEqual([]);
  });

  it('finds a block written twice, across files and within one', () => {
    const found = findDuplicates([
      ['a.ts', `function f() {\n${BLOCK}\n}\n`],
      ['b.ts', `// another\nfunction g() {\n\n${BLOCK}\n}\n`],
    ]);
    expect(found).toEqual([
      [
        { file: 'a.ts', start: 2, end: 7 },
        { file: 'b.ts', start: 4, end: 9 },
      ],
    ]);
    expect(findDuplicates([['c.ts', `${BLOCK}\nx();\n${BLOCK}\n`]])).toHaveLength(1);
    expect(findDuplicates([['d.ts', BLOCK.split('\n').slice(0, 5).join('\n')]])).toEqual([]);
  });

  it('skips blank, comment, import and punctuation-only lines', () => {
    const text = "import {\n  a,\n} from './a.js';\n// note\n\n/* x\n y */\n});\nconst z = 1;\n";
    expect(meaningfulLines(text)).toEqual([{ text: 'const z = 1;', line: 9 }]);
  });

  it('skips the listed boilerplate lines and nothing around them', () => {
    const step = [...BOILERPLATE.keys()].map((l) => `    ${l}`).join('\n');
    const loop = (acc: string): string =>
      `for (let r = 0; r < b; r++) {\n  for (let i = 0; i < n; i++) {\n${step}\n    ${acc}\n  }\n}\n`;
    expect(findDuplicates([['e.ts', `${loop('sum += d[x];')}${loop('counts[x]++;')}`]])).toEqual(
      [],
    );
    const lines = meaningfulLines(loop('sum += d[x];')).map((l) => l.text);
    expect(lines).toEqual([
      'for (let r = 0; r < b; r++) {',
      'for (let i = 0; i < n; i++) {',
      'sum += d[x];',
    ]);
  });
});
