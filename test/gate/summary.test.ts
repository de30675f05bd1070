import { describe, expect, it } from 'vitest';
import { gateSummaryMarkdown } from '../../src/core/gate/summary.js';
import type { ReportEntry } from '../../src/core/report/load.js';
import { compareResult } from '../report/helpers.js';

const entry = (id: string, status: 'pass' | 'fail', summary = `${id} summary`): ReportEntry => ({
  ok: true,
  path: `${id}.json`,
  result: compareResult(id, status, [], { summary }),
});

describe('gateSummaryMarkdown', () => {
  it('lists every result, worst first, when it fits', () => {
    const md = gateSummaryMarkdown(
      ['### gate'],
      [entry('a', 'pass'), { ok: false, path: 'broken.json', error: 'bad' }, entry('b', 'fail')],
      10_000,
    );
    const rows = md.split('\n').filter((l) => /^\| (?!Result |-)/.test(l));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| broken.json', '| b', '| a']);
    expect(md).not.toContain('more result');
  });

  it('stays within the byte limit, keeps the failures and counts what it cut', () => {
    const entries = Array.from({ length: 500 }, (_, i) =>
      entry(`r${i}`, i % 100 === 7 ? 'fail' : 'pass', '@'.repeat(1000)),
    );
    const limit = 50_000;
    const md = gateSummaryMarkdown(['### gate'], entries, limit);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(limit);
    expect(Buffer.byteLength(md)).toBeGreaterThan(limit * 0.9);
    const rows = md.split('\n').filter((l) => /^\| (?!Result |-)/.test(l));
    expect(rows.slice(0, 5).every((r) => r.includes('fail'))).toBe(true);
    expect(md.trimEnd().split('\n').at(-1)).toBe(
      `… ${500 - rows.length} more results not shown (the job summary is limited to 1 MiB); the gate counted every one.`,
    );
  });
});
