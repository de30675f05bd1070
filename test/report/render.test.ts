import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideGate, gateItems } from '../../src/core/gate/decide.js';
import { loadOne, loadResults, type ReportEntry } from '../../src/core/report/load.js';
import { renderReport } from '../../src/core/report/render.js';
import { renderText } from '../../src/core/report/text.js';
import { fmtBytes, fmtDelta, fmtNum, fmtPct } from '../../src/core/conventions/format.js';
import { cellCount, compareResult, FIXTURES, toHtml, writeResults } from './helpers.js';

const ZWJ = '\u200d';

async function fixtureReport(names: string[]) {
  const entries = await loadResults(
    names.map((n) => join(FIXTURES, n)),
    { cwd: FIXTURES },
  );
  const decision = decideGate({ items: gateItems(entries), failOn: 'fail' });
  return { entries, decision };
}

describe('renderReport', () => {
  it('starts with a one-line verdict and orders sections worst first', async () => {
    const input = await fixtureReport([
      'ranker-pass.json',
      'training-data-warn.json',
      'classifier-fail.json',
    ]);
    const md = renderReport(input).markdown;
    const firstLine = md.split('\n')[0]!;
    expect(firstLine).toMatch(
      /^### ❌ modelgate: fail · 1 of 3 checks failed: classifier \(fail\)$/,
    );
    const order = ['Classifier', 'Training data', 'Ranker'].map(
      (t) => md.indexOf(`#### `) >= 0 && md.search(new RegExp(`#### .* ${t} ·`)),
    );
    expect(order).toEqual([...order].sort((a, b) => Number(a) - Number(b)));
    expect(order.every((i) => typeof i === 'number' && i > 0)).toBe(true);
  });

  it('lists what fails or warns first, in words, then folds the rows that pass', async () => {
    const md = renderReport(await fixtureReport(['classifier-fail.json'])).markdown;
    // Every regression, whole-set first, before anything folded, with its numbers and reason.
    const list = md
      .slice(0, md.indexOf('<details>'))
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(list).toEqual([
      '- ❌ **accuracy**: 0.9120 → 0.8910, Δ −0.0210 [−0.0310, −0.0120], p < 0.001 — significant drop: CI \\[−0.031, −0.012\\] wholly below −0.01',
      '- ❌ **accuracy · region = us**: 0.9050 → 0.8600, Δ −0.0450 [−0.0700, −0.0210] — significant drop',
      '- ⚠️ **accuracy · region = apac**: 0.9000 → 0.8900, Δ −0.0100 — point drop not significant',
    ]);
    // The rest: five columns, folded because something failed.
    const header = '| Metric | Baseline → candidate | Δ [interval] | Rule | |';
    expect(md).toContain(
      `<details><summary>3 more metrics (pass or not gated)</summary>\n\n${header}`,
    );
    const rows = md.slice(md.indexOf(header)).split('\n').slice(2, 5);
    expect(rows).toEqual([
      '| loss | 0.3100 → 0.3050 | +0.0050 | max\\_drop 5% | ✅ |',
      '| f1 | 0.8740 → 0.8810 | +0.0070 [−0.0040, +0.0180] | non\\_inferiority max\\_drop 0.01 | ✅ |',
      '| latency\\_ms | 41.50 → 44.00 | −2.50 | not gated | ➖ |',
    ]);
    expect(md).toContain('<details><summary>Slices by region: 1 row (pass or not gated)</summary>');
    // Δ per slice, worst first, with the zero and tolerance lines; the axis reaches 0.
    expect(md).toContain(
      [
        '  title "Δ accuracy by region, tolerance −0.02"',
        '  x-axis ["us", "apac", "eu"]',
        '  y-axis "Δ (positive = better)" -0.0495 --> 0.0045',
      ].join('\n'),
    );
    expect(md).toContain('  line [0, 0, 0]\n  line [-0.02, -0.02, -0.02]\n```');
    expect(md).toContain(
      'Smallest change these examples can detect (80% power): f1 0.0110, accuracy 0.0090.',
    );
    expect(md).toContain(
      'Statistics: paired on 2,000 examples, 10,000 bootstrap resamples. Intervals in brackets: 95%.',
    );
    expect(md).toMatch(
      /not scored on the same examples: 2 only in the candidate, 0 only in the baseline\. For example: ex-1999, ex-2000\./,
    );
    const html = toHtml(md);
    expect(html.match(/<table>/g)).toHaveLength(2);
  });

  it('says "positive = better" once and shows a metric without a direction as ↑/↓', () => {
    const r = compareResult('loss', 'pass', [
      { name: 'log_loss', baseline: 0.4788, candidate: 0.4762 },
    ]);
    const rows = (r.details as { metrics: Array<Record<string, unknown>> }).metrics;
    rows[0]!.direction = 'lower';
    rows[0]!.delta = 0.4788 - 0.4762;
    rows.push({
      ...rows[0]!,
      name: 'test.log_loss',
      delta: 0.4762 - 0.4788,
      gated: false,
      status: 'skip',
    });
    delete rows[1]!.direction;
    delete rows[1]!.rule;
    const entries: ReportEntry[] = [{ ok: true, path: 'loss.json', result: r }];
    const md = renderReport({
      entries,
      decision: decideGate({ items: gateItems(entries), failOn: 'fail' }),
    }).markdown;
    expect(md.match(/positive = better/g)).toHaveLength(1);
    expect(md).toContain('| log\\_loss | 0.4788 → 0.4762 | +0.0026 |');
    expect(md).toContain('| test.log\\_loss | 0.4788 → 0.4762 | ↓0.0026 | not gated | ➖ |');
  });

  it("shows the schema's strict-mode warnings, escaped", async () => {
    const input = await fixtureReport(['training-data-warn.json']);
    const entry = input.entries[0]!;
    if (!entry.ok) throw new Error('fixture unreadable');
    (entry.result.details as Record<string, unknown>).schemaWarnings = [
      { file: 'row.json', path: '/if', message: '"if" without "then" and "else" is ignored' },
      { file: 'row.json', path: '/x', message: 'unknown keyword "<b>x</b>" is ignored' },
    ];
    const md = renderReport(input).markdown;
    expect(md).toContain(
      '⚠️ 2 schema warnings (evaluated regardless): row.json: /if: "if" without "then" and "else" is ignored; row.json: /x: unknown keyword "&lt;b&gt;x&lt;/b&gt;" is ignored',
    );
  });

  it('turns an unreadable result file into an error section and an error verdict', async () => {
    const input = await fixtureReport(['truncated.json', 'ranker-pass.json']);
    expect(input.entries.filter((e) => !e.ok)).toHaveLength(1);
    expect(input.decision.verdict).toBe('error');
    const md = renderReport(input).markdown;
    expect(md.split('\n')[0]).toContain('⛔ modelgate: error');
    expect(md).toMatch(
      /#### ⛔ .*truncated\.json: not a usable result file\n\n.*cannot read result file/,
    );
  });

  it('writes a footer with the commit, the baseline used and the run link', async () => {
    const md = renderReport(await fixtureReport(['classifier-fail.json']), {
      footer: {
        commit: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        runUrl: 'https://github.com/o/r/actions/runs/7',
        version: '0.1.0',
      },
    }).markdown;
    const last = md.trimEnd().split('\n').at(-1)!;
    expect(last).toBe(
      '<sub>modelgate 0.1.0 · commit ec26c3e · baseline classifier: base branch main at 0123456 · metrics/baseline.json · [workflow run](https://github.com/o/r/actions/runs/7)</sub>',
    );
    const html = toHtml(last);
    expect(html).toContain('<a href="https://github.com/o/r/actions/runs/7">workflow run</a>');
  });

  it('renders loose or unexpected details as what they are, never crashing', () => {
    const r = compareResult('loose', 'pass', []);
    r.details = {
      metrics: [{ name: 'acc', baseline: 'high', status: 'great' }, 'junk'],
      baseline: 5,
    };
    const entries: ReportEntry[] = [{ ok: true, path: 'loose.json', result: r }];
    const md = renderReport({
      entries,
      decision: decideGate({ items: gateItems(entries), failOn: 'fail' }),
    }).markdown;
    expect(md).toContain('- ⛔ **acc**: – → –, Δ –');
    expect(md).toContain('(unnamed)');
  });

  it('says who overrode, escaping the login, or why an override was ignored', () => {
    const r = compareResult('m', 'fail', [{ name: 'acc', status: 'fail' }]);
    const entries: ReportEntry[] = [{ ok: true, path: 'm.json', result: r }];
    const accepted = decideGate({
      items: gateItems(entries),
      failOn: 'fail',
      override: {
        label: 'accept',
        present: true,
        actor: 'octo_cat',
        at: '2026-11-23T10:00:00Z',
        permission: 'maintain',
      },
    });
    const md = renderReport({ entries, decision: accepted }).markdown;
    expect(md.split('\n')[0]).toMatch(/^### ⚠️ modelgate: warn · /);
    expect(md).toContain(
      `> ⚠️ **Overridden.** accepted by override label 'accept', applied by octo\\_cat (maintain) at 2026-11-23T10:00:00Z`,
    );
    const ignored = decideGate({
      items: gateItems(entries),
      failOn: 'fail',
      override: { label: 'accept', present: true, actor: 'mallory', permission: 'read' },
    });
    expect(renderReport({ entries, decision: ignored }).markdown).toContain(
      "**Override ignored.** override label 'accept' applied by mallory ignored: mallory has read access",
    );
  });
});

describe('hostile result files', () => {
  it('cannot inject markup, mentions, references, table cells, markers or Mermaid syntax', async () => {
    const md = renderReport(await fixtureReport(['hostile.json'])).markdown;
    expect(md).not.toContain('<!--');
    expect(md).not.toMatch(new RegExp(`@(?!${ZWJ})`));
    const outsideFences = md.replace(/```mermaid\n[\s\S]*?\n```/g, '');
    // (The chart's own colours are `#rrggbb`; inside the fence the labels are whitelisted below.)
    expect(outsideFences.replace(/^#{3,4} /gm, '')).not.toMatch(new RegExp(`#(?!${ZWJ})`));
    expect(outsideFences).not.toMatch(/(?<!\\)`/);
    // Every table row has as many cells as its header.
    let expected = 0;
    for (const line of outsideFences.split('\n')) {
      if (!line.startsWith('|')) {
        expected = 0;
        continue;
      }
      if (expected === 0) expected = cellCount(line);
      else expect(cellCount(line)).toBe(expected);
    }
    // Mermaid blocks hold only our own syntax and whitelisted label characters.
    for (const block of md.match(/```mermaid\n[\s\S]*?\n```/g) ?? []) {
      for (const line of block.split('\n').slice(1, -1)) {
        expect(line).toMatch(
          /^(%%\{init: \{"xyChart": \{"width": \d+, "height": \d+\}, "themeVariables": \{"xyChart": \{"backgroundColor": "#ffffff", "plotColorPalette": "[#0-9a-f, ]+"\}\}\}\}%%|xychart-beta| {2}title "Δ [\p{L}\p{N} _.:/=+\-…]+ by [\p{L}\p{N} _.:/=+\-…]+(, tolerance −?[\d.]+)?"| {2}x-axis \[("[\p{L}\p{N} _.:/=+\-…]+"(, )?)+\]| {2}y-axis "Δ \(positive = better\)" -?[\d.]+ --> -?[\d.]+| {2}(bar|line) \[[-\d., ]+\])$/u,
        );
      }
    }
    // What a reader sees: no element from the file, only ours.
    const html = toHtml(md);
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
    for (const tag of tags)
      expect([
        'h3',
        'h4',
        'p',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'details',
        'summary',
        'hr',
        'sub',
        'pre',
        'code',
        'blockquote',
        'strong',
        'ul',
        'li',
      ]).toContain(tag);
    expect(html).not.toMatch(/<a |<img|<script/);
    expect(html.match(/<code/g)).toHaveLength(md.match(/```mermaid/g)!.length);
    expect(html).toContain('acc|uracy | injected | row |');
    expect(html).toContain('&lt;!-- modelgate:report id=modelgate --&gt;');
  });

  it('keeps terminal output free of control sequences', async () => {
    const input = await fixtureReport(['hostile.json']);
    (input.entries[0] as { result: { summary: string } }).result.summary =
      'x\u001b[2J\u001b]0;pwned\u0007y';
    const text = renderText(input.entries, input.decision);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

describe('number formatting', () => {
  it('formats values, signed deltas, percentages and sizes', () => {
    expect([fmtNum(0.91234), fmtNum(12345.6), fmtNum(-0.5), fmtNum(null), fmtNum(NaN)]).toEqual([
      '0.9123',
      '12,346',
      '−0.5',
      '–',
      '–',
    ]);
    expect([fmtDelta(0.01), fmtDelta(-0.021), fmtDelta(0)]).toEqual(['+0.01', '−0.021', '±0']);
    expect([
      fmtPct(0.000025),
      fmtPct(0.5),
      fmtPct(1),
      fmtPct(-0.023026, true),
      fmtPct(0, true),
    ]).toEqual(['0.0025%', '50%', '100%', '−2.3%', '±0%']);
    expect([fmtBytes(1023), fmtBytes(10485760), fmtBytes(1536)]).toEqual([
      '1023 B',
      '10 MiB',
      '1.5 KiB',
    ]);
  });
});

describe('loadResults', () => {
  it('expands globs, sorts, and reports a pattern that matches nothing', async () => {
    const dir = writeResults([compareResult('b', 'pass', []), compareResult('a', 'pass', [])]);
    const entries = await loadResults(['*.json'], { cwd: dir });
    expect(entries.map((e) => e.path)).toEqual(['a.json', 'b.json']);
    const none = await loadResults(['nothing/*.json'], { cwd: dir });
    expect(none).toHaveLength(1);
    expect(none[0]!.ok).toBe(false);
    // The message names the pattern: an annotation shows only the message.
    expect(!none[0]!.ok && none[0]!.error).toMatch(/^no result files match nothing\/\*\.json;/);
    expect(decideGate({ items: gateItems(none), failOn: 'fail' }).failed).toBe(true);
  });

  it('refuses result paths outside the working directory (the workspace), by name', async () => {
    const entries = await loadResults(
      [join(FIXTURES, 'ranker-pass.json'), join(FIXTURES, 'r*.json')],
      // A fresh folder: the fixtures are outside it wherever the clone lives (even under /tmp).
      { cwd: mkdtempSync(join(tmpdir(), 'mg-cwd-')) },
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.ok).toBe(false);
      expect(!e.ok && e.error).toMatch(/outside the workspace/);
    }
  });

  it('reads a link that stays inside the workspace; refuses, by name, one that leaves it', async () => {
    const dir = writeResults([compareResult('real', 'pass', [])]);
    symlinkSync(join(FIXTURES, 'ranker-pass.json'), join(dir, 'link.json'));
    symlinkSync(join(dir, 'real.json'), join(dir, 'inside.json'));
    const entries = await loadResults(['*.json'], { cwd: dir });
    expect(entries.map((e) => [e.path, e.ok])).toEqual([
      ['inside.json', true],
      ['link.json', false],
      ['real.json', true],
    ]);
    const link = loadOne('link.json', dir);
    expect(!link.ok && link.error).toMatch(/link\.json.*outside the workspace/);
  });
});
