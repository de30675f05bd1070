import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareExampleFiles,
  compareExamples,
  parseExamples,
  type ExampleMetric,
} from '../../src/core/compare/examples/index.js';
import { decideGate, gateItems } from '../../src/core/gate/decide.js';
import type { ReportEntry } from '../../src/core/report/load.js';
import { REGRESSED_SHOWN } from '../../src/core/report/compare.js';
import { renderReport } from '../../src/core/report/render.js';
import { assertResult, newResult, type Result } from '../../src/core/result.js';
import { toHtml } from '../report/helpers.js';

const accuracy: ExampleMetric = {
  name: 'accuracy',
  direction: 'higher',
  source: { kind: 'mean', column: 'correct' },
  rule: { max_drop: 0.01 },
};
const errorRate: ExampleMetric = {
  name: 'error_rate',
  direction: 'lower',
  source: { kind: 'mean', column: 'wrong' },
};
const loss: ExampleMetric = {
  name: 'loss',
  direction: 'lower',
  source: { kind: 'mean', column: 'loss' },
};

const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const opts = { idColumn: 'id', columns: ['correct', 'wrong', 'loss', 'text'] };

// Baseline/candidate correctness per id, written out by hand: a→ right→wrong, b wrong→right,
// c right→right, d wrong→wrong, e right→wrong; f is only in the baseline.
const BASE = { a: 1, b: 0, c: 1, d: 0, e: 1, f: 1 } as const;
const CAND = { e: 0, d: 0, c: 1, b: 1, a: 0 } as const;

function tables() {
  const row = (id: string, correct: number) => ({
    id,
    correct,
    wrong: 1 - correct,
    loss: correct ? 0.1 : 0.9,
    text: `input ${id} | *bold* @octocat`,
  });
  const base = parseExamples(
    'b.jsonl',
    jsonl(Object.entries(BASE).map(([id, c]) => row(id, c))),
    opts,
  );
  const cand = parseExamples(
    'c.jsonl',
    jsonl(Object.entries(CAND).map(([id, c]) => row(id, c))),
    opts,
  );
  return { cand: cand.table!, base: base.table! };
}

describe('examples that went from right to wrong', () => {
  it('lists every id a 0/1 metric scored right in the baseline and wrong in the candidate', async () => {
    const { cand, base } = tables();
    const out = compareExamples(cand, base, [accuracy, errorRate, loss], {
      minExamples: 2,
      missingIds: 'warn',
      resamples: 200,
      text: 'text',
    });
    const regressed = out.examples.regressed!;
    // loss is not 0/1: no list for it. For error_rate, lower is right: the same examples.
    expect(regressed.map((r) => r.metric)).toEqual(['accuracy', 'error_rate']);
    for (const r of regressed) {
      expect(r.ids).toEqual(['e', 'a']); // candidate file order
      expect(r.count).toBe(2);
      expect(r.improved).toBe(1); // b
      expect(r.text).toEqual(['input e | *bold* @octocat', 'input a | *bold* @octocat']);
      expect(r.textColumn).toBe('text');
    }
  });

  it('keeps the full list in a valid result file and shows at most K ids, folded and escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-regressed-'));
    const n = 60;
    const rows = (side: 'b' | 'c') =>
      Array.from({ length: n }, (_, i) => ({
        id: `ex-${i}`,
        correct: side === 'b' ? 1 : i < 45 ? 0 : 1,
        text: `question ${i} <b>`,
      }));
    writeFileSync(join(dir, 'b.jsonl'), jsonl(rows('b')));
    writeFileSync(join(dir, 'c.jsonl'), jsonl(rows('c')));
    const cmp = await compareExampleFiles(
      { candidate: join(dir, 'c.jsonl'), baseline: join(dir, 'b.jsonl') },
      [accuracy],
      { idColumn: 'id', resamples: 200, text: 'text' },
    );
    expect(cmp.examples.regressed![0]!.ids).toHaveLength(45);
    const result = newResult({
      kind: 'compare',
      id: 'm',
      title: 'M',
      status: cmp.status,
      summary: cmp.summary,
      context: {},
      details: {
        candidate: { path: 'c.jsonl' },
        baseline: { source: 'file', path: 'b.jsonl' },
        metrics: cmp.rows.map((r) => ({ ...r, source: 'examples' })),
        examples: cmp.examples,
      },
    }) as Result;
    assertResult(result);
    const entries: ReportEntry[] = [{ ok: true, path: 'm.json', result }];
    const md = renderReport({
      entries,
      decision: decideGate({ items: gateItems(entries), failOn: 'fail' }),
    }).markdown;
    const block =
      /<details><summary>accuracy: 45 examples went from right to wrong \(0 from wrong to right\)<\/summary>([\s\S]*?)<\/details>/.exec(
        md,
      );
    expect(block).not.toBeNull();
    expect(block![1]!.match(/\| ex-\d+ \|/g)).toHaveLength(REGRESSED_SHOWN);
    expect(block![1]).toContain('| ex-0 | question 0 &lt;b&gt; |');
    expect(block![1]).toContain(`${45 - REGRESSED_SHOWN} more ids in the result file.`);
    expect(toHtml(md)).not.toContain('<b>');
  });
});
