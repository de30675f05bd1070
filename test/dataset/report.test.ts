// The dataset part of a validate section in the PR comment: drift first, the chart, escaping.
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideGate, gateItems } from '../../src/core/gate/decide.js';
import { loadResults } from '../../src/core/report/load.js';
import { renderReport, renderLevel } from '../../src/core/report/render.js';
import { writeResultFile } from '../../src/core/result.js';
import { check, FIXTURES } from './helpers.js';

async function render(results: Awaited<ReturnType<typeof check>>['result'][]) {
  const dir = mkdtempSync(join(tmpdir(), 'mg-dataset-report-'));
  results.forEach((r, i) => writeResultFile(join(dir, `r${i}.json`), r));
  const entries = await loadResults([join(dir, '*.json')], { cwd: dir });
  return { entries, decision: decideGate({ items: gateItems(entries), failOn: 'fail' }) };
}

describe('report: dataset checks', () => {
  it('shows drifted columns first with scores, a chart of the worst, then the expectations', async () => {
    const { result } = await check(['shift/current.jsonl'], {
      drift: { reference: 'shift/reference.jsonl', columns: ['age', 'score', 'country'] },
      expectations: { columns: { country: { categories: ['US', 'DE', 'FR'] } } },
    });
    const md = renderReport(await render([result])).markdown;
    const drift = md.indexOf('**Drift**');
    const exps = md.indexOf('**Expectations**');
    expect(drift).toBeGreaterThan(0);
    expect(exps).toBeGreaterThan(drift);
    const rows = md
      .slice(drift, exps)
      .split('\n')
      .filter((l) => /^\| (age|score|country) \|/.test(l))
      .map((l) => l.split('|')[1]!.trim());
    expect(rows).toEqual(['country', 'score', 'age']);
    expect(md).toContain('2 columns drifted of 3');
    const charts = md.match(/```mermaid\nxychart-beta\n {2}title "(\w+): reference/g) ?? [];
    expect(charts.map((c) => /title "(\w+)/.exec(c)![1])).toEqual(['country', 'score']);
    expect(md).toContain('Values of country outside the allowed set: JP (');
    // Samples (lines of the new category) sit in a collapsed block.
    expect(md).toMatch(/<summary>Rows to look at: 5 rows<\/summary>/);
    // Shrunk: no samples, no chart, the scores stay.
    const small = renderLevel(await render([result]), {}, 3).markdown;
    expect(small).not.toContain('```mermaid');
    expect(small).toContain('| country |');
  });

  it('escapes hostile column names and values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-dataset-hostile-'));
    copyFileSync(join(FIXTURES, 'schema.json'), join(dir, 'schema.json'));
    const name = '<img src=x>|@admin';
    const rows = (v: string) =>
      Array.from({ length: 20 }, (_, i) =>
        JSON.stringify({ id: i, [name]: i < 10 ? 'a' : v }),
      ).join('\n');
    writeFileSync(join(dir, 'ref.jsonl'), rows('a'));
    writeFileSync(join(dir, 'cur.jsonl'), rows('**bold** `x` [l](http://e)'));
    const { result } = await check(
      ['cur.jsonl'],
      {
        drift: { reference: 'ref.jsonl' },
        expectations: { columns: { [name]: { categories: ['a'] } } },
      },
      dir,
    );
    const md = renderReport(await render([result])).markdown;
    expect(md).not.toContain('<img');
    expect(md).not.toContain('|@admin');
    expect(md).toContain('&lt;img src=x&gt;\\|@\u200dadmin');
    expect(md).not.toContain('**bold**');
    expect(md).not.toMatch(/title "[^"\n]*[<>|@][^"\n]*"/);
  });
});

describe('report: ratchet', () => {
  it('says which failures were already on the base branch', async () => {
    const { runValidate } = await import('../../src/core/validate/run.js');
    const result = await runValidate(
      {
        schemaFile: join(FIXTURES, 'ratchet', 'schema.json'),
        data: ['data.jsonl'],
        cwd: join(FIXTURES, 'ratchet'),
        threads: 0,
        maxInvalidRows: '5',
        dataset: {
          expectations: { columns: { label: { max_null_share: 0 }, id: { unique: true } } },
          ratchet: { base_dir: 'base' },
        },
      },
      {},
      { id: 'data' },
    );
    const md = renderReport(await render([result])).markdown;
    expect(md).toContain('| On base |');
    expect(md).toMatch(/\| label: null\\_share \|.*\| 2 \(already on base\) \| ✅ pass \|/);
    expect(md).toMatch(/\| id: unique \|.*\| 0 \(new in this change\) \| ❌ fail \|/);
  });
});
