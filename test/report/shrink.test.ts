import { describe, expect, it } from 'vitest';
import { decideGate, gateItems } from '../../src/core/gate/decide.js';
import type { ReportEntry } from '../../src/core/report/load.js';
import {
  COMMENT_LIMIT,
  renderLevel,
  renderReport,
  SUMMARY_LIMIT,
} from '../../src/core/report/render.js';
import { newResult, type Result } from '../../src/core/result.js';
import { compareResult, toHtml } from './helpers.js';

const asEntries = (results: Result[]): ReportEntry[] =>
  results.map((r) => ({ ok: true, path: `${r.id}.json`, result: r }));
const input = (results: Result[]) => {
  const entries = asEntries(results);
  return { entries, decision: decideGate({ items: gateItems(entries), failOn: 'fail' }) };
};

function slices(n: number, failing: number): Result {
  return compareResult('big', 'fail', [
    { name: 'accuracy', status: 'fail', reason: 'significant drop' },
    ...Array.from({ length: n }, (_, i) => ({
      name: 'accuracy',
      slice: { key: 'customer', value: `customer-${String(i).padStart(5, '0')}` },
      baseline: 0.9,
      candidate: i < failing ? 0.8 : 0.91,
      status: (i < failing ? 'fail' : 'pass') as 'fail' | 'pass',
      reason: i < failing ? 'dropped by 0.1, more than 0.02' : undefined,
    })),
  ]);
}

function validateWithSamples(groups: number, samplesPerGroup: number): Result {
  return newResult({
    kind: 'validate',
    id: 'data',
    title: 'Data',
    status: 'fail',
    summary: 'rows violate the schema',
    context: {},
    details: {
      schemaFile: 's.json',
      rows: 1000,
      invalidRows: groups * 10,
      invalidShare: (groups * 10) / 1000,
      threshold: { maxInvalidRows: '0' },
      files: [{ path: 'd.jsonl', format: 'jsonl', rows: 1000, invalidRows: groups * 10, bytes: 1 }],
      groups: Array.from({ length: groups }, (_, g) => ({
        file: 'd.jsonl',
        schemaPath: `#/properties/f${g}/type`,
        keyword: 'type',
        message: 'must be number',
        count: 10,
        share: 0.01,
        samples: Array.from({ length: samplesPerGroup }, (_, i) => ({
          line: g * 100 + i + 1,
          pointer: `/f${g}`,
          value: 'x'.repeat(100),
          message: 'must be number',
        })),
      })),
    },
  }) as Result;
}

describe('size budget', () => {
  it('leaves a report that fits untouched', () => {
    const out = renderReport(input([slices(20, 2)]), { limit: COMMENT_LIMIT });
    expect(out.level).toBe(0);
    expect(out.markdown).not.toContain('Shortened');
    expect(out.markdown.match(/customer-\d+/g)!.length).toBeGreaterThanOrEqual(20);
  });

  it('fits 5,000 slices under 65,536 characters: the failing slices, then passing ones up to the limit', () => {
    const out = renderReport(input([slices(5000, 3)]), {
      limit: COMMENT_LIMIT,
      fullReportHint:
        'The full report is in the [job summary](https://github.com/o/r/actions/runs/1).',
    });
    expect(out.markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    // The budget is used, not wasted: passing rows fill it to within one row of the limit.
    expect(out.markdown.length).toBeGreaterThan(COMMENT_LIMIT - 200);
    expect(out.level).toBe(2);
    const shown = out.markdown.match(/customer-\d+/g)!.length;
    expect(out.cut.slices).toBe(5000 - shown);
    expect(out.markdown).toContain(
      `> ✂️ Shortened to fit GitHub's 65,536-character comment limit: left out ${out.cut.slices.toLocaleString('en-US')} slice rows. The full report is in the [job summary](https://github.com/o/r/actions/runs/1).`,
    );
    const firstDetails = out.markdown.indexOf('<details>');
    for (const i of ['00000', '00001', '00002'])
      expect(out.markdown.indexOf(`customer-${i}`)).toBeLessThan(firstDetails);
    expect(out.markdown).not.toContain('customer-04999');
  });

  it('cuts samples first, then passing slices, then passing metrics, then what fails', () => {
    const report = input([validateWithSamples(20, 5), slices(60, 1)]);
    const full = renderReport(report);
    expect(full.level).toBe(0);
    // Just too small for the samples: only the samples go.
    const noSamples = renderReport(report, { limit: full.markdown.length - 100 });
    expect(noSamples.level).toBe(1);
    expect(noSamples.cut).toMatchObject({ samples: 100, slices: 0, details: 0 });
    expect(noSamples.markdown).toContain('left out 100 sample violations.');
    expect(noSamples.markdown).toContain('customer-00059');
    // Smaller: passing slice rows go from the end, as few as needed.
    const someSlices = renderReport(report, { limit: noSamples.markdown.length - 300 });
    expect(someSlices.level).toBe(2);
    expect(someSlices.cut.slices).toBeGreaterThan(0);
    expect(someSlices.cut.slices).toBeLessThan(10);
    expect(someSlices.cut.details).toBe(0);
    expect(someSlices.markdown).toContain('customer-00001');
    // Only the failing rows left: every passing row is gone, the failing slice and metric stay.
    const failingOnly = renderLevel(report, {}, 2, { attention: Infinity, passing: 0 });
    const tight = renderReport(report, { limit: failingOnly.markdown.length });
    expect(tight.level).toBe(2);
    expect(tight.cut).toMatchObject({ slices: 59, details: 0 });
    expect(tight.markdown).toContain('customer-00000');
    // Smaller still: rows that fail are cut too, and the note counts everything.
    const fewer = renderReport(report, { limit: failingOnly.markdown.length - 50 });
    expect(fewer.level).toBe(3);
    expect(fewer.markdown).toMatch(
      /left out 100 sample violations, \d+ slice rows, \d+ detail rows\./,
    );
  });

  it('keeps only whole sections, worst first, when even headings do not fit', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      compareResult(`m${String(i).padStart(4, '0')}`, i < 5 ? 'fail' : 'pass', [{ name: 'acc' }], {
        summary: 's'.repeat(200),
      }),
    );
    const out = renderReport(input(many), { limit: COMMENT_LIMIT });
    expect(out.markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(out.level).toBe(5);
    expect(out.cut.sections).toBeGreaterThan(0);
    expect(out.markdown).toMatch(/left out .*\d[\d,]* result sections/);
    for (let i = 0; i < 5; i++) expect(out.markdown).toContain(`compare m000${i}`);
    // The footer survives.
    expect(out.markdown.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('never exceeds even a tiny limit', () => {
    for (const limit of [300, 1000, 5000]) {
      const out = renderReport(input([slices(200, 50)]), { limit });
      expect(out.markdown.length).toBeLessThanOrEqual(limit);
    }
  });

  it('counts bytes for the job summary', () => {
    const wide = compareResult(
      'wide',
      'pass',
      Array.from({ length: 3000 }, (_, i) => ({
        name: `指標-${i}-${'数'.repeat(60)}`,
        slice: { key: 'k', value: `値${i}` },
      })),
    );
    const limit = 200_000;
    const out = renderReport(input([wide]), { limit, unit: 'bytes' });
    expect(Buffer.byteLength(out.markdown)).toBeLessThanOrEqual(limit);
    expect(out.markdown.length).toBeLessThan(limit);
    expect(out.markdown).toContain("GitHub's 1 MiB job summary limit");
    expect(SUMMARY_LIMIT).toBe(1_048_576);
  });

  it('stays valid Markdown after shrinking: every <details> is closed', () => {
    const out = renderReport(input([slices(5000, 40), validateWithSamples(50, 5)]), {
      limit: COMMENT_LIMIT,
    });
    const html = toHtml(out.markdown);
    expect(html.match(/<details>/g)?.length ?? 0).toBe(html.match(/<\/details>/g)?.length ?? 0);
  });

  it('picks the first level that fits, and at level 2 as many passing rows as fit', () => {
    const report = input([validateWithSamples(30, 5), slices(300, 3), slices(40, 0)]);
    const sizes = ([0, 1] as const).map((l) => renderLevel(report, {}, l).markdown.length);
    const smallest = renderLevel(report, {}, 2, { attention: Infinity, passing: 0 }).markdown
      .length;
    for (let limit = smallest; limit <= sizes[0]! + 10; limit += 4999) {
      const out = renderReport(report, { limit });
      expect(out.markdown.length).toBeLessThanOrEqual(limit);
      const expected = sizes.findIndex((s) => s <= limit);
      expect(out.level, `limit ${limit}`).toBe(expected === -1 ? 2 : expected);
      if (out.level !== 2) continue;
      // One more passing row would not have fitted.
      const passing = 343 - out.cut.slices - out.cut.details - 4;
      const more = renderLevel(report, {}, 2, { attention: Infinity, passing: passing + 1 });
      expect(more.markdown.length, `limit ${limit}`).toBeGreaterThan(limit);
    }
  });
});
