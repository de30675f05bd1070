// What a reviewer sees, checked on the HTML that GitHub-flavoured Markdown turns the comment into:
// what fails comes before anything folded, tables fit the comment column, every Δ reads the same
// way, charts are diagrams Mermaid accepts, and a large report uses its budget.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideGate, gateItems } from '../../src/core/gate/decide.js';
import { loadResults, type ReportEntry } from '../../src/core/report/load.js';
import { COMMENT_LIMIT, renderReport } from '../../src/core/report/render.js';
import { renderText } from '../../src/core/report/text.js';
import { CELL_WIDTH } from '../../src/core/report/rows.js';
import { CHART_LABEL_WIDTH, distinctLabels } from '../../src/core/report/chart.js';
import { newResult, type Result } from '../../src/core/result.js';
import { check } from '../dataset/helpers.js';
import { FIXTURES, toHtml } from './helpers.js';
import { mermaidBlocks, parseMermaid } from './mermaid.js';

const MAX_COLUMNS = 6;

const asInput = (results: Result[]) => {
  const entries: ReportEntry[] = results.map((r) => ({
    ok: true,
    path: `${r.id}.json`,
    result: r,
  }));
  return { entries, decision: decideGate({ items: gateItems(entries), failOn: 'fail' }) };
};

async function fixtures(): Promise<ReturnType<typeof asInput>> {
  const entries = await loadResults(
    ['classifier-fail.json', 'training-data-warn.json', 'ranker-pass.json', 'hostile.json'].map(
      (n) => join(FIXTURES, n),
    ),
    { cwd: FIXTURES },
  );
  return { entries, decision: decideGate({ items: gateItems(entries), failOn: 'fail' }) };
}

type Direction = 'higher' | 'lower' | undefined;
interface Row {
  name: string;
  slice?: { key: string; value: string };
  baseline: number;
  candidate: number;
  direction: Direction;
  status: 'pass' | 'warn' | 'fail' | 'skip';
}

/** A compare result whose stored Δ is the raw change on every row, as old results had it. */
function compare(id: string, rows: Row[]): Result {
  return newResult({
    kind: 'compare',
    id,
    title: id,
    status: rows.some((r) => r.status === 'fail') ? 'fail' : 'pass',
    summary: `${rows.length} metrics`,
    context: {},
    details: {
      candidate: { path: 'c.json' },
      baseline: { source: 'file', path: 'b.json' },
      metrics: rows.map((r) => ({
        name: r.name,
        ...(r.slice ? { slice: r.slice } : {}),
        presence: 'both',
        baseline: r.baseline,
        candidate: r.candidate,
        delta: r.candidate - r.baseline,
        relDelta: null,
        ...(r.direction ? { direction: r.direction, rule: 'max_drop 0.02' } : {}),
        gated: r.status !== 'skip',
        status: r.status,
        reason:
          r.status === 'pass' || r.status === 'skip' ? 'within the rule' : 'worse by too much',
      })),
    },
  }) as Result;
}

/** Rows with names that say their direction, values and statuses spread by a fixed recurrence. */
function mixedRows(n: number): Row[] {
  let s = 7;
  const next = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const directions: Direction[] = ['higher', 'lower', undefined];
  const statuses: Row['status'][] = ['pass', 'warn', 'fail', 'skip'];
  return Array.from({ length: n }, (_, i) => {
    const direction = directions[i % 3];
    const scale = [1, 100, 0.01, 25_000][i % 4]!;
    return {
      name: `${direction ?? 'none'}_${i}`,
      ...(i % 5 === 0 ? { slice: { key: 'region', value: `r${i % 4}` } } : {}),
      baseline: next() * scale,
      candidate: next() * scale,
      direction,
      status: direction ? statuses[i % 3]! : 'skip',
    };
  });
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u200d/g, '')
    .trim();

function tables(html: string): Array<{ head: string[]; rows: string[][] }> {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, t]) => {
    const cells = (tr: string) =>
      [...tr.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => text(m[1]!));
    const trs = [...t!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    return { head: cells(trs[0] ?? ''), rows: trs.slice(1).map(cells) };
  });
}

const num = (s: string) => Number(s.replace(/−/g, '-').replace(/,/g, ''));

/** The Δ shown must have the sign of the change turned so that positive = better. */
function checkDelta(name: string, values: string, delta: string): void {
  const m = /^(−?[\d,.]+) → (−?[\d,.]+)$/.exec(values);
  if (!m) return;
  const [b, c] = [num(m[1]!), num(m[2]!)];
  const direction = name.split('_')[0];
  const shown = delta.split(' ')[0]!;
  if (direction === 'none') {
    if (shown.startsWith('±')) expect(Math.abs(c - b), name).toBeLessThan(1e-3 * Math.max(1, b));
    else expect(shown[0], name).toBe(c > b ? '↑' : '↓');
    return;
  }
  const better = direction === 'lower' ? b - c : c - b;
  if (shown.startsWith('±')) return; // rounds to nothing at the row's precision
  expect(shown[0], `${name}: ${values} ${delta}`).toBe(better > 0 ? '+' : '−');
}

describe('the comment as a reviewer sees it', () => {
  const cases: Array<[string, () => Promise<ReturnType<typeof asInput>>]> = [
    ['the report fixtures', fixtures],
    ['300 mixed rows', async () => asInput([compare('mixed', mixedRows(300))])],
  ];

  for (const [label, make] of cases) {
    it(`${label}: rows that fail or warn come before the first <details>, with their reason`, async () => {
      const input = await make();
      const html = toHtml(renderReport(input, { limit: COMMENT_LIMIT }).markdown);
      const folded = html.indexOf('<details>');
      const before = folded < 0 ? html : html.slice(0, folded);
      let checked = 0;
      for (const e of input.entries) {
        if (!e.ok || e.result.kind !== 'compare') continue;
        const metrics = (e.result.details as { metrics: Array<Record<string, unknown>> }).metrics;
        for (const m of metrics.filter((r) =>
          ['fail', 'warn', 'error'].includes(String(r.status)),
        )) {
          const name = String(m.name).replace(/_/g, '\\_');
          expect(text(before), String(m.name)).toContain(String(m.name));
          expect(before).toMatch(new RegExp(`<strong>${name.replace(/\\/g, '')}`));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });

    it(`${label}: no table has more than ${MAX_COLUMNS} columns or a cell over ${CELL_WIDTH} characters`, async () => {
      const html = toHtml(renderReport(await make(), { limit: COMMENT_LIMIT }).markdown);
      const all = tables(html);
      expect(all.length).toBeGreaterThan(0);
      for (const t of all) {
        expect(t.head.length, t.head.join(' | ')).toBeLessThanOrEqual(MAX_COLUMNS);
        for (const cell of [...t.head, ...t.rows.flat()])
          expect([...cell].length, cell).toBeLessThanOrEqual(CELL_WIDTH);
      }
    });

    it(`${label}: every Mermaid block parses`, async () => {
      const md = renderReport(await make()).markdown;
      if (label === 'the report fixtures') expect(mermaidBlocks(md).length).toBeGreaterThan(0);
      for (const block of mermaidBlocks(md))
        await expect(parseMermaid(block)).resolves.toBe('xychart');
    });
  }

  it('the parser used above does reject a broken chart', async () => {
    await expect(parseMermaid('xychart-beta\n  x-axis ["a", "b"]\n  bar [1, "x"]')).rejects.toThrow(
      /Parse error/,
    );
  });

  it('the Δ sign rule holds on every row, in tables and in the list', () => {
    const html = toHtml(renderReport(asInput([compare('mixed', mixedRows(300))])).markdown);
    let rows = 0;
    for (const t of tables(html)) {
      const iName = t.head.indexOf('Metric');
      const iValues = t.head.indexOf('Baseline → candidate');
      const iDelta = t.head.indexOf('Δ [interval]');
      expect(iValues).toBeGreaterThan(0);
      for (const r of t.rows) {
        checkDelta(r[iName]!, r[iValues]!, r[iDelta]!);
        rows++;
      }
    }
    for (const li of html.matchAll(/<li>([\s\S]*?)<\/li>/g)) {
      const m = /^\S+ ([a-z]+_\d+)(?: · [^:]+)?: (.+?), Δ (\S+)/.exec(text(li[1]!));
      if (!m) continue;
      checkDelta(m[1]!, m[2]!, m[3]!);
      rows++;
    }
    expect(rows).toBe(300);
  });

  it('the same values read the same way with and without a rule', () => {
    const input = asInput([
      compare('loss', [
        {
          name: 'log_loss',
          baseline: 0.4788,
          candidate: 0.4762,
          direction: 'lower',
          status: 'pass',
        },
        {
          name: 'test.log_loss',
          baseline: 0.4788,
          candidate: 0.4762,
          direction: undefined,
          status: 'skip',
        },
      ]),
    ]);
    const md = renderReport(input).markdown;
    expect(md).toContain('| log\\_loss | 0.4788 → 0.4762 | +0.0026 |');
    expect(md).toContain('| test.log\\_loss | 0.4788 → 0.4762 | ↓0.0026 |');
    expect(md.match(/positive = better/g)).toHaveLength(1);
    const text = renderText(input.entries, input.decision);
    expect(text).toContain('log_loss: 0.4788 -> 0.4762 (Δ +0.0026');
    // (The terminal form lists gated rows only; a row without a direction never has a rule.)
    expect(text).not.toContain('test.log_loss');
  });

  it('8,000 metrics with 1,500 failing: the failing rows first, using the budget, saying what was left out', () => {
    const rows: Row[] = Array.from({ length: 8000 }, (_, i) => ({
      name: 'accuracy',
      slice: { key: 'customer', value: `customer-${String(i).padStart(5, '0')}` },
      baseline: 0.9,
      candidate: i % 16 < 3 ? 0.8 : 0.91,
      direction: 'higher',
      status: i % 16 < 3 ? 'fail' : 'pass',
    }));
    expect(rows.filter((r) => r.status === 'fail')).toHaveLength(1500);
    const out = renderReport(asInput([compare('big', rows)]), {
      limit: COMMENT_LIMIT,
      fullReportHint: 'The full report is in the job summary.',
    });
    const md = out.markdown;
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md.length).toBeGreaterThan(COMMENT_LIMIT - 500);
    const shown = [...md.matchAll(/customer-(\d+)/g)].map((m) => Number(m[1]));
    const failing = shown.filter((i) => i % 16 < 3);
    // Far more than the ten rows of old, and only failing ones: none was traded for a pass.
    expect(failing.length).toBeGreaterThan(300);
    expect(shown.length).toBe(failing.length);
    expect(out.cut.slices).toBe(8000 - shown.length);
    expect(md).toMatch(
      new RegExp(
        `✂️ Shortened to fit GitHub's 65,536-character comment limit: left out ${out.cut.slices.toLocaleString('en-US')} slice rows\\. The full report is in the job summary\\.`,
      ),
    );
    expect(md).toContain(
      `- … and ${(1500 - failing.length).toLocaleString('en-US')} more rows that fail or warn, left out for size`,
    );
  });
});

describe('chart labels', () => {
  it('stay short and distinct when slice values share a long prefix and suffix', () => {
    const values = Array.from(
      { length: 12 },
      (_, i) => `enterprise-customers-region-${String(i).padStart(3, '0')}-long`,
    );
    const labels = distinctLabels(values);
    expect(new Set(labels).size).toBe(12);
    for (const l of labels) expect([...l].length).toBeLessThanOrEqual(CHART_LABEL_WIDTH);
    expect(labels[4]).toBe('…04…');
    expect(distinctLabels(['eu', 'us', 'apac'])).toEqual(['eu', 'us', 'apac']);
    // Equal even after the common parts go: numbered.
    const same = distinctLabels([
      'a-xxxxxxxxxxxxxxxxx-1',
      'a-xxxxxxxxxxxxxxxxx-2',
      'b-xxxxxxxxxxxxxxxxx-1',
    ]);
    expect(new Set(same).size).toBe(3);
  });
});

describe('dataset checks in the comment', () => {
  it('fit the column too: at most 6 columns, short cells, charts that parse', async () => {
    const { result } = await check(['shift/current.jsonl'], {
      drift: { reference: 'shift/reference.jsonl', columns: ['age', 'score', 'country'] },
      expectations: { columns: { country: { categories: ['US', 'DE', 'FR'] } } },
    });
    const md = renderReport(asInput([result as unknown as Result])).markdown;
    const all = tables(toHtml(md));
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const t of all) {
      expect(t.head.length, t.head.join(' | ')).toBeLessThanOrEqual(MAX_COLUMNS);
      for (const cell of [...t.head, ...t.rows.flat()])
        expect([...cell].length, cell).toBeLessThanOrEqual(CELL_WIDTH);
    }
    const blocks = mermaidBlocks(md);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) await expect(parseMermaid(block)).resolves.toBe('xychart');
  });
});
