// End-to-end tests run the bundles in dist/. Without them they must fail loudly: a skipped suite
// looks green in CI and hides every regression it was written to catch.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, requireBuilt } from '../helpers/runner.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? testFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('end-to-end tests without dist/', () => {
  it('requireBuilt fails with what to run, naming the missing bundles', () => {
    expect(() => requireBuilt('cli', 'no-such-bundle', 'nor-this')).toThrow(
      'dist/no-such-bundle.js, dist/nor-this.js missing: run `npm run package` before the end-to-end tests',
    );
    expect(() => requireBuilt()).not.toThrow();
  });

  it('no test that spawns a bundle skips itself when the bundle is missing', () => {
    const offenders = testFiles(join(REPO_ROOT, 'test'))
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return /\bdist\b/.test(text) && /\.(skipIf|runIf)\s*\(/.test(text);
      })
      .map((f) => relative(REPO_ROOT, f));
    expect(offenders).toEqual([]);
  });
});
