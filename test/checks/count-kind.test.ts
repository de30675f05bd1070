// A check kind is its engine, its definition and one registration line: this registers a kind
// defined only in this folder (count-kind/) and runs it through everything `modelgate run` and the
// root action do with a result (plan, run, result file, evidence, Markdown and terminal report,
// gate, annotations) without any other file knowing it. The one thing it does not cover is the
// config schema, a static file (schemas/config.schema.json): the entries are added to the loaded
// config here, where a real kind adds its schema part (docs/architecture.md says so).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKinds, registerCheckKind } from '../../src/core/checks/registry.js';
import {
  ConfigError,
  loadConfig,
  loadConfigText,
  type LoadedConfig,
} from '../../src/core/config/load.js';
import { trustedProblem } from '../../src/core/evidence/trusted.js';
import { violationAnnotations } from '../../src/core/publish/annotations.js';
import { loadResults } from '../../src/core/report/load.js';
import { renderText } from '../../src/core/report/text.js';
import { readResultFile, type Result } from '../../src/core/result.js';
import { runChecks, runPipeline } from '../../src/core/run/index.js';
import { countKind } from './count-kind/definition.js';
import type { CountEntry } from './count-kind/engine.js';

// The registration line a new kind adds to src/core/checks/registry.ts.
registerCheckKind(countKind);

function workspace(entries: CountEntry[]): LoadedConfig {
  const root = mkdtempSync(join(tmpdir(), 'mg-count-'));
  writeFileSync(join(root, 'items.json'), JSON.stringify([1, 2, 3]));
  writeFileSync(join(root, 'modelgate.yml'), 'version: 1\n');
  const loaded = loadConfig(join(root, 'modelgate.yml'), { root });
  // Where the config schema would have let `count:` through.
  Object.assign(loaded.config, { count: entries });
  return loaded;
}

const TWO = [
  { id: 'too-many', title: 'Too many items', file: 'items.json', max: 2 },
  { id: 'enough', file: 'items.json', max: 5 },
];

describe('a check kind registered from outside src/', () => {
  it('comes after the built-in kinds', () => {
    expect(checkKinds().map((k) => k.name)).toEqual(['validate', 'compare', 'count']);
  });

  it('runs through the pipeline: result files named by the kind, the verdict, the Markdown report', async () => {
    const loaded = workspace(TWO);
    const out = await runPipeline(loaded);
    expect(
      out.checks.map((c) => [c.kind, c.id, c.path, c.result.status, c.maxAnnotations]),
    ).toEqual([
      ['count', 'too-many', 'modelgate-results/count-too-many.json', 'fail', 1],
      ['count', 'enough', 'modelgate-results/count-enough.json', 'pass', 1],
    ]);
    for (const c of out.checks)
      expect(readResultFile(join(loaded.root, c.path))).toEqual(
        JSON.parse(JSON.stringify(c.result)),
      );
    expect(out.decision).toMatchObject({ verdict: 'fail', blocking: ['too-many'] });
    expect(out.markdown).toContain('Too many items · count too-many');
    expect(out.markdown).toContain('3 of at most 2 items in `items.json`');
    expect(out.markdown).toContain('3 of at most 5 items in `items.json`');
  });

  it('is read back, its status derived by its kind, and printed by the terminal report', async () => {
    const loaded = workspace(TWO);
    const out = await runPipeline(loaded);
    const entries = await loadResults(['modelgate-results/*.json'], { cwd: loaded.root });
    expect(entries.map((e) => e.ok)).toEqual([true, true]);
    const text = renderText(entries, out.decision);
    expect(text).toContain('[FAIL] Too many items (count too-many)');
    expect(text).toContain('  count 3 (max 2)');
  });

  it('is refused when its stated status is not what its details give', async () => {
    const loaded = workspace(TWO.slice(0, 1));
    const [check] = await runChecks(loaded);
    const path = join(loaded.root, check!.path);
    writeFileSync(path, JSON.stringify({ ...check!.result, status: 'pass' }));
    const [entry] = await loadResults([check!.path], { cwd: loaded.root });
    expect(entry).toMatchObject({ ok: false });
    expect(entry!.ok === false && entry!.error).toContain(
      "states status 'pass' but its details give 'fail'",
    );
  });

  it('is checked by its own details check on the way out and in', async () => {
    const loaded = workspace(TWO.slice(0, 1));
    const [check] = await runChecks(loaded);
    const path = join(loaded.root, check!.path);
    const broken = { ...check!.result, details: { file: 'items.json', count: 'three', max: 2 } };
    writeFileSync(path, JSON.stringify(broken));
    expect(() => readResultFile(path)).toThrow('/details must be { file, count, max }');
    // The envelope still holds: no status a result may not have.
    writeFileSync(path, JSON.stringify({ ...check!.result, status: 'great' }));
    expect(() => readResultFile(path)).toThrow(
      '/status must be equal to one of the allowed values',
    );
  });

  it('refuses a bad entry before anything is written, located at its planErrorKey', async () => {
    const loaded = workspace([{ id: 'bad', file: 'items.json', max: -1 }]);
    const error = await runChecks(loaded).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('max must be a number of at least 0');
    expect(() => readFileSync(join(loaded.root, 'modelgate-results', 'count-bad.json'))).toThrow();
  });

  it('becomes an error result, through its failedDetails, when its engine throws', async () => {
    const loaded = workspace([{ id: 'gone', file: 'missing.json', max: 1 }]);
    mkdirSync(join(loaded.root, 'modelgate-results'));
    const [check] = await runChecks(loaded);
    expect(check!.result).toMatchObject({
      kind: 'count',
      status: 'error',
      details: { file: 'missing.json', count: 0, max: 0 },
    });
  });

  it('gives its line annotations to the check run', async () => {
    const [check] = await runChecks(workspace(TWO.slice(0, 1)));
    expect(violationAnnotations(check!.result as Result, 10).annotations).toEqual([
      expect.objectContaining({ path: 'items.json', startLine: 1, level: 'failure' }),
    ]);
  });

  it('is refused under a trusted config, which knows no rules of its kind', async () => {
    const [check] = await runChecks(workspace(TWO.slice(0, 1)));
    const trusted = loadConfigText('version: 1\n', 'trusted.yml').config;
    expect(trustedProblem(check!.result as Result, trusted, 'trusted.yml')).toBe(
      "result file refused: trusted.yml has no count check 'too-many'",
    );
  });

  it('leaves a result of a kind nobody registered refused', () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-count-'));
    const path = join(root, 'r.json');
    writeFileSync(
      path,
      JSON.stringify({
        schema: 'modelgate/result@1',
        kind: 'nosuch',
        id: 'x',
        title: 'x',
        status: 'pass',
        summary: '',
        context: {},
        details: {},
      }),
    );
    expect(() => readResultFile(path)).toThrow('/kind must be equal to one of the allowed values');
  });
});
