// Shared by the report tests: results that pass the contract, and a GFM renderer standing in for
// GitHub's, so assertions are about what readers would see, not about our own strings.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newResult, assertResult, type Result, type Status } from '../../src/core/result.js';

export const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'report');

export function toHtml(markdown: string): string {
  return micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
  });
}

export interface MetricInput {
  name: string;
  slice?: { key: string; value: string };
  baseline?: number;
  candidate?: number;
  status?: 'pass' | 'warn' | 'fail' | 'error' | 'skip';
  reason?: string;
}

export function compareResult(
  id: string,
  status: Status,
  metrics: MetricInput[],
  extra: Partial<Result> = {},
): Result {
  const result = newResult({
    kind: 'compare',
    id,
    title: extra.title ?? id,
    status,
    summary: extra.summary ?? `${metrics.length} metrics compared`,
    context: extra.context ?? { repo: 'octo/models', pr: 2 },
    createdAt: '2026-11-23T12:00:00.000Z',
    details: {
      candidate: { path: 'metrics/candidate.json' },
      baseline: { source: 'file', path: 'metrics/baseline.json' },
      metrics: metrics.map((m) => {
        const baseline = m.baseline ?? 0.9;
        const candidate = m.candidate ?? 0.89;
        return {
          name: m.name,
          ...(m.slice ? { slice: m.slice } : {}),
          presence: 'both',
          baseline,
          candidate,
          delta: candidate - baseline,
          relDelta: (candidate - baseline) / Math.abs(baseline),
          direction: 'higher',
          rule: 'max_drop 0.02',
          gated: true,
          status: m.status ?? 'pass',
          ...(m.reason ? { reason: m.reason } : {}),
        };
      }),
    },
  }) as Result;
  assertResult(result);
  return result;
}

export function writeResults(results: Result[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-report-'));
  for (const r of results) writeFileSync(join(dir, `${r.id}.json`), JSON.stringify(r));
  return dir;
}

/** Cells of a GFM table row, counting only pipes that are not backslash-escaped. */
export function cellCount(line: string): number {
  return line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;
}
