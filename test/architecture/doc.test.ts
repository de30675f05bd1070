// docs/architecture.md describes every folder of src/ and every top-level folder of src/core/: a
// folder added without a line there fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/runner.js';

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

  it('notices a folder missing from the tables', () => {
    const without = DOC.replace(/^\| `src\/core\/checks\/` \|.*$/m, '');
    expect(described(without).has('src/core/checks/')).toBe(false);
  });
});
