// Real files written by others (packages on the npm registry, pinned in devDependencies) against
// schemas of ours. The expected answers were computed once by Python's jsonschema
// (expected.py → expected.json); modelgate must agree on every file, with and without worker threads.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, REPO_ROOT, requireBuilt } from '../helpers/runner.js';

interface Case {
  id: string;
  package: string;
  file: string;
  schema: string;
}
interface Group {
  records: number;
  first: { line: number; record: number };
}
interface Expected {
  sha256: string;
  rows: number;
  invalidRows: number;
  firstInvalid: { line: number; record: number } | null;
  groups: Record<string, Group>;
}
interface Sample {
  line: number;
  record: number;
}
interface ResultGroup {
  schemaPath: string;
  keyword: string;
  count: number;
  samples: Sample[];
}

const HERE = import.meta.dirname;
const { cases } = JSON.parse(readFileSync(join(HERE, 'cases.json'), 'utf8')) as { cases: Case[] };
const expected = JSON.parse(readFileSync(join(HERE, 'expected.json'), 'utf8')) as {
  packages: Record<string, string>;
  cases: Record<string, Expected>;
};

function dataPath(c: Case): string {
  return join(REPO_ROOT, 'node_modules', c.package, c.file);
}

/** Runs `modelgate validate` on a copy of the file in a fresh workspace and returns the details. */
function validate(c: Case, threads: number) {
  const dir = mkdtempSync(join(tmpdir(), 'mg-real-'));
  copyFileSync(dataPath(c), join(dir, basename(c.file)));
  copyFileSync(join(HERE, 'schemas', c.schema), join(dir, 'schema.json'));
  const run = spawnSync(
    NODE,
    [
      join(REPO_ROOT, 'dist', 'cli.js'),
      'validate',
      '--schema',
      'schema.json',
      '--threads',
      String(threads),
      '--json',
      '--no-result',
      basename(c.file),
    ],
    { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60_000 },
  );
  return run;
}

function observed(details: { rows: number; invalidRows: number; groups: ResultGroup[] }) {
  const groups: Record<string, Group> = {};
  for (const g of details.groups) {
    groups[`${g.schemaPath}|${g.keyword}`] = {
      records: g.count,
      first: { line: g.samples[0]!.line, record: g.samples[0]!.record },
    };
  }
  const firsts = Object.values(groups).map((g) => g.first);
  firsts.sort((a, b) => a.record - b.record);
  return {
    rows: details.rows,
    invalidRows: details.invalidRows,
    firstInvalid: firsts[0] ?? null,
    groups,
  };
}

describe('real-world corpus agrees with Python jsonschema', () => {
  beforeAll(() => requireBuilt('cli'));

  it('covers at least 12 files of the pinned package versions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const [name, version] of Object.entries(expected.packages)) {
      const pkg = JSON.parse(
        readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8'),
      );
      expect(pkg.version, `${name} must be the version expected.json was computed on`).toBe(
        version,
      );
    }
  });

  for (const c of cases) {
    for (const threads of [0, 2]) {
      it(`${c.id} (${threads ? `${threads} worker threads` : 'main thread'})`, () => {
        const want = expected.cases[c.id]!;
        const sha = createHash('sha256')
          .update(readFileSync(dataPath(c)))
          .digest('hex');
        expect(sha, 'the file must be the one expected.json was computed on').toBe(want.sha256);
        const run = validate(c, threads);
        expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
        if (!run.stdout)
          throw new Error(`no output (${run.status}, ${String(run.error)}): ${run.stderr}`);
        const result = JSON.parse(run.stdout);
        const got = observed(result.details);
        expect(got).toEqual({
          rows: want.rows,
          invalidRows: want.invalidRows,
          firstInvalid: want.firstInvalid,
          groups: want.groups,
        });
        expect(result.status).toBe(want.invalidRows > 0 ? 'fail' : 'pass');
        expect(run.status).toBe(want.invalidRows > 0 ? 1 : 0);
      });
    }
  }
});
