import { symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideGate, gateItems } from '../../src/core/gate/decide.js';
import { loadOne, loadResults, type ReportEntry } from '../../src/core/report/load.js';
import { renderReport } from '../../src/core/report/render.js';
import { renderText } from '../../src/core/report/text.js';
import { fmtBytes, fmtDelta, fmtNum, fmtPct } from '../../src/core/report/format.js';
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

  it('renders compare metrics with regressions first, slices collapsed and a chart', async () => {
    const md = renderReport(await fixtureReport(['classifier-fail.json'])).markdown;
    const header = '| Metric | Baseline | Candidate | Δ | Δ% | CI of Δ | Rule | Status |';
    expect(md).toContain(header);
    const tableStart = md.indexOf(header);
    const rows = md.slice(tableStart).split('\n').slice(2, 6);
    expect(rows.map((r) => r.split('|')[1]!.trim())).toEqual([
      'accuracy',
      'loss',
      'f1',
      'latency\\_ms',
    ]);
    expect(rows[0]).toContain('| 0.912 | 0.891 | −0.021 | −2.3% | [−0.031, −0.012] p&lt;0.001 |');
    expect(rows[3]).toContain('not gated');
    // Slices in a collapsed block, the failing one first.
    const slices =
      /<details><summary>Slices by region: 3 rows, ❌ 2 regressed<\/summary>\n\n([\s\S]*?)\n\n<\/details>/.exec(
        md,
      );
    expect(slices).not.toBeNull();
    expect(slices![1]!.split('\n')[2]).toMatch(/^\| region = us \| accuracy/);
    // Baseline vs candidate per slice.
    expect(md).toContain(
      '```mermaid\nxychart-beta\n  title "accuracy by region: baseline (bars) vs candidate (line)"\n  x-axis ["us", "apac", "eu"]\n  bar [0.905, 0.9, 0.93]\n  line [0.86, 0.89, 0.925]\n```',
    );
    expect(md).toContain('Minimum detectable effect at 80% power: accuracy 0.009, f1 0.011.');
    expect(md).toMatch(
      /not scored on the same examples: 2 only in the candidate, 0 only in the baseline\. For example: ex-1999, ex-2000\./,
    );
    const html = toHtml(md);
    expect(html.match(/<table>/g)).toHaveLength(2);
  });

  it('renders validate results with files, groups, shares and sample lines', async () => {
    const md = renderReport(await fixtureReport(['training-data-warn.json'])).markdown;
    expect(md).toContain('3 of 120,000 rows invalid (0.0025%)');
    expect(md).toMatch(
      /\| data\/train\/part-0\.jsonl \| jsonl \| 100,000 \| 2 \| 0\.002% \| 10 MiB \|/,
    );
    expect(md).toMatch(
      /\| data\/test\.csv \| #‍\/properties\/age\/minimum \| minimum \| must be &gt;= 0 \| 1 \| 0\.005% \|/,
    );
    expect(md).toContain('<details><summary>Sample violations: 3 rows</summary>');
    expect(md).toMatch(/\| data\/train\/part-0\.jsonl \| 90211 \| \/label \| "spam\?" \|/);
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
    expect(md).toMatch(/\| acc \| – \| – \|.*⛔ error \|/);
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
    expect(md.replace(/^#{3,4} /gm, '')).not.toMatch(new RegExp(`#(?!${ZWJ})`));
    const outsideFences = md.replace(/```mermaid\n[\s\S]*?\n```/g, '');
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
          /^(xychart-beta| {2}title "[\p{L}\p{N} _.:/=+\-…]+: baseline \(bars\) vs candidate \(line\)"| {2}x-axis \[("[\p{L}\p{N} _.:/=+\-…]+"(, )?)+\]| {2}(bar|line) \[[-\d., ]+\])$/u,
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

  it('takes absolute paths outside the working directory, once each', async () => {
    const entries = await loadResults(
      [join(FIXTURES, 'ranker-pass.json'), join(FIXTURES, 'r*.json')],
      {
        cwd: tmpdir(),
      },
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.ok && entries[0]!.result.id).toBe('ranker');
  });

  it('does not follow a symbolic link (an artifact could point it at a runner file)', async () => {
    const dir = writeResults([compareResult('real', 'pass', [])]);
    symlinkSync(join(FIXTURES, 'ranker-pass.json'), join(dir, 'link.json'));
    const entries = await loadResults(['*.json'], { cwd: dir });
    expect(entries.map((e) => [e.path, e.ok])).toEqual([['real.json', true]]);
    expect(loadOne('link.json', dir)).toEqual({
      ok: false,
      path: 'link.json',
      error: 'link.json: is a symbolic link; not read',
    });
  });
});
