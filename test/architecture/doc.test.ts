// docs/architecture.md describes every folder of src/ and every top-level folder of src/core/: a
// folder added without a line there fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/runner.js';
import { FORMATS } from '../../src/core/data/registry.js';
import { READERS } from '../../src/core/data/readers.js';

const DOC = readFileSync(join(REPO_ROOT, 'docs', 'architecture.md'), 'utf8');

function folders(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}/`);
}

/** The folders the doc's tables describe: a row starting with the folder in backticks. */
function described(doc: string): Set<string> {
  return new Set([...doc.matchAll(/^\| `(src\/[^`]+\/)` \|/gm)].map((m) => m[1]!));
}

describe('docs/architecture.md', () => {
  it('describes every folder under src/ and src/core/', () => {
    const wanted = [...folders('src'), ...folders('src/core')];
    expect(wanted).toContain('src/core/checks/');
    const rows = described(DOC);
    expect(wanted.filter((f) => !rows.has(f))).toEqual([]);
  });

  it('describes no folder that does not exist', () => {
    const existing = new Set([...folders('src'), ...folders('src/core')]);
    expect([...described(DOC)].filter((f) => !existing.has(f))).toEqual([]);
  });

  it('names only files that exist where it says how to add a check kind or a report channel', () => {
    const section = DOC.slice(
      DOC.indexOf('## Adding a check kind or a report channel'),
      DOC.indexOf('## The workspace gate'),
    );
    // Paths in backticks; those with a <placeholder> are what a new kind adds.
    const paths = [
      ...section.matchAll(/`((?:src|schemas|test|scripts)\/[^`<>\s]+|rollup\.config\.js)`/g),
    ].map((m) => m[1]!);
    expect(paths).toContain('src/core/checks/registry.ts');
    expect(paths).toContain('test/checks/count-kind.test.ts');
    expect(paths.filter((p) => !existsSync(join(REPO_ROOT, p)))).toEqual([]);
  });

  it('lists the files of a new check kind as the count kind of its test has them', () => {
    // The proof the section cites: a kind that is an engine, a definition and one registration.
    const test = readFileSync(join(REPO_ROOT, 'test/checks/count-kind.test.ts'), 'utf8');
    expect(readdirSync(join(REPO_ROOT, 'test/checks/count-kind')).sort()).toEqual([
      'definition.ts',
      'engine.ts',
    ]);
    expect(test.match(/^registerCheckKind\(/gm)).toHaveLength(1);
    expect(DOC).toContain('`registerCheckKind(<kind>Kind);`');
  });

  it('notices a folder missing from the tables', () => {
    const without = DOC.replace(/^\| `src\/core\/checks\/` \|.*$/m, '');
    expect(described(without).has('src/core/checks/')).toBe(false);
  });
});

/** The text of one `## ` section of the doc. */
function section(doc: string, title: string): string {
  const start = doc.indexOf(`## ${title}\n`);
  if (start === -1) return '';
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
}

describe('docs/architecture.md, "Reading data files"', () => {
  const text = section(DOC, 'Reading data files');

  it('names every format of the registry and every layout that has a reader', () => {
    expect(text).not.toBe('');
    const named = (name: string) => text.includes(`\`${name}\``);
    expect(FORMATS.map((f) => f.name).filter((n) => !named(n))).toEqual([]);
    expect(Object.keys(READERS).filter((l) => !named(l))).toEqual([]);
  });

  it('points only at files and folders that exist', () => {
    const paths = [...text.matchAll(/`(src\/[^`]+)`/g)].map((m) => m[1]!);
    expect(paths).toContain('src/core/data/registry.ts');
    expect(paths).toContain('src/core/data/readers.ts');
    expect(paths.filter((p) => !existsSync(join(REPO_ROOT, p)))).toEqual([]);
  });

  it('says what adding a format takes: the module, its line, and the reader of a new layout', () => {
    const adding = text.slice(text.indexOf('**Adding a format**'));
    for (const needed of [
      'src/core/data/formats/',
      '`FORMATS` (`src/core/data/registry.ts`)',
      'src/core/data/readers/',
      '`READERS` (`src/core/data/readers.ts`',
    ])
      expect(adding).toContain(needed);
  });
});
