// Fails when the committed dist/ differs from a fresh build: GitHub runs dist/, not src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NOTICES = 'licenses.txt';
// Rollup's commonjs plugin adds or leaves out a `/*@__PURE__*/` annotation before some
// `requireX()` calls from one build to the next (seen on ajv's ucs2length helper). It is a comment
// for minifiers, with no effect when the code runs, so the comparison ignores exactly that
// annotation and nothing else.
const PURE = /\/\*[@#]__PURE__\*\/ ?/g;
const same = (a, b) =>
  a.equals(b) || a.toString('utf8').replace(PURE, '') === b.toString('utf8').replace(PURE, '');
const fresh = mkdtempSync(join(tmpdir(), 'modelgate-dist-'));
try {
  execFileSync(
    process.execPath,
    ['node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.js', '--silent'],
    {
      env: { ...process.env, MODELGATE_DIST_DIR: fresh },
      stdio: 'inherit',
    },
  );
  const list = (dir) => readdirSync(dir, { recursive: true }).map(String).sort();
  const committed = list('dist');
  const built = list(fresh);
  const problems = [];
  // The bundle strips licence comments; the notices file is what keeps shipping it lawful.
  if (!built.includes(NOTICES)) problems.push(`the build wrote no ${NOTICES}`);
  for (const f of new Set([...committed, ...built])) {
    if (!committed.includes(f)) problems.push(`missing from dist/: ${f}`);
    else if (!built.includes(f)) problems.push(`stale file in dist/: ${f}`);
    else if (!same(readFileSync(join('dist', f)), readFileSync(join(fresh, f))))
      problems.push(`differs from a fresh build: dist/${f}`);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error('dist/ is out of date: run `npm run package` and commit dist/.');
    process.exit(1);
  }
  console.log(`dist/ matches a fresh build (${built.length} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
