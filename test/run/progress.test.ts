import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config/load.js';
import {
  formatDuration,
  formatRate,
  RateMeter,
  runChecks,
  type RunEvent,
} from '../../src/core/run/index.js';
import { colourReport, progressReporter, useColour } from '../../src/cli/commands/run-terminal.js';
import { exampleWorkspace } from './helpers.js';

describe('RateMeter', () => {
  it('measures MB/s over a sliding window and estimates the time left', () => {
    const m = new RateMeter(0, 5000);
    expect(m.update(0, 0, 0, 100e6)).toMatchObject({ bytesPerSecond: 0, fraction: 0 });
    expect(m.update(0, 0, 0, 100e6).etaSeconds).toBeUndefined();
    const r = m.update(2000, 1000, 20e6, 100e6);
    expect(r.bytesPerSecond).toBeCloseTo(10e6);
    expect(r.etaSeconds).toBeCloseTo(8);
    expect(r.fraction).toBeCloseTo(0.2);
    // Slower now: the old samples leave the window and the rate follows.
    m.update(7000, 2000, 30e6, 100e6);
    const slow = m.update(12000, 3000, 40e6, 100e6);
    expect(slow.bytesPerSecond).toBeCloseTo(2e6);
    expect(slow.etaSeconds).toBeCloseTo(30);
    expect(slow.elapsedSeconds).toBe(12);
  });

  it('done means an ETA of 0', () => {
    const m = new RateMeter(0);
    m.update(0, 0, 0, 10);
    expect(m.update(1000, 5, 10, 10)).toMatchObject({ fraction: 1, etaSeconds: 0 });
  });
});

describe('formatting', () => {
  it('durations', () => {
    expect([0.4, 59, 75, 3599, 3725].map(formatDuration)).toEqual([
      '0s',
      '59s',
      '1m15s',
      '59m59s',
      '1h02m',
    ]);
  });

  it('a progress line says rows, MB, percent, MB/s and ETA', () => {
    const m = new RateMeter(0);
    m.update(0, 0, 0, 2048e6);
    const r = m.update(8000, 1_234_567, 812.4e6, 2048e6);
    expect(formatRate('holdout', r)).toBe(
      'holdout: 1,234,567 rows · 812.4/2,048.0 MB (39%) · 101.6 MB/s · ETA 12s',
    );
    expect(formatRate('x', new RateMeter(0).update(0, 0, 0, 1e6))).toBe(
      'x: 0 rows · 0.0/1.0 MB (0%) · ETA …',
    );
  });
});

describe('progressReporter', () => {
  const events = (id: string, total: number, steps: number[]): RunEvent[] => [
    { type: 'check', kind: 'validate', id, index: 0, total: 1 },
    { type: 'validate-start', id, files: 1, bytes: total, threads: 0 },
    ...steps.map((bytes): RunEvent => ({
      type: 'validate-progress',
      id,
      progress: { file: 'f', rows: bytes / 100, invalidRows: 0, bytes, totalBytes: total },
    })),
  ];

  function drive(tty: boolean, times: number[], steps: number[]) {
    let out = '';
    let t = 0;
    const report = progressReporter({ write: (s) => (out += s), tty, now: () => t, columns: 60 });
    const list = events('big', 100e6, steps);
    list.forEach((e, i) => {
      t = times[i] ?? t;
      report(e);
    });
    return { out, report, setTime: (v: number) => (t = v), get: () => out };
  }

  it('not a TTY: a log line at most every 5 s, none for the final chunk', () => {
    const { out } = drive(
      false,
      [0, 0, 1000, 6000, 7000, 12000, 13000],
      [10e6, 40e6, 50e6, 90e6, 100e6],
    );
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('[1/1] validate big');
    expect(lines[1]).toBe('  reading 1 file (100.0 MB)');
    expect(lines.slice(2)).toEqual([
      '  big: 400,000 rows · 40.0/100.0 MB (40%) · 6.0 MB/s · ETA 10s',
      '  big: 900,000 rows · 90.0/100.0 MB (90%) · 8.0 MB/s · ETA 1s',
    ]);
    expect(out).not.toContain('\r');
    expect(out).not.toContain('\x1b');
  });

  it('a TTY: one line redrawn in place, cut to the width, cleared before the next line', () => {
    const d = drive(true, [0, 0, 1000, 2000], [10e6, 20e6]);
    d.report({
      type: 'result',
      kind: 'validate',
      id: 'big',
      path: 'modelgate-results/big.json',
      result: { status: 'pass' } as never,
    });
    const out = d.get();
    const redraws = out.split('\r\x1b[2K');
    expect(redraws.length).toBe(4); // two draws, one clear
    // The first draw has no rate yet; the second does, cut to 59 columns.
    expect(redraws[1]).toBe('  big: 100,000 rows · 10.0/100.0 MB (10%) · ETA …');
    expect(redraws[2]).toBe(
      '  big: 200,000 rows · 20.0/100.0 MB (20%) · 10.0 MB/s · ETA 8s'.slice(0, 59),
    );
    expect(out.endsWith('\r\x1b[2K  pass: modelgate-results/big.json\n')).toBe(true);
  });
});

describe('colours', () => {
  it('only on a TTY, and never with NO_COLOR', () => {
    expect(useColour({ isTTY: true }, {})).toBe(true);
    expect(useColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({ isTTY: false }, {})).toBe(false);
    expect(useColour({}, {})).toBe(false);
  });

  it('paints the status words where renderText writes them, and nothing else', () => {
    const text = [
      'modelgate: FAIL - 1 of 2 checks failed: m (fail)',
      '',
      '[FAIL] Model (compare m)',
      '  FAIL  accuracy [region=apac]: PASS is not a status here',
      '  PASS  f1: ok',
      '[WARN] Data (validate d)',
      '  2 of 200 rows: FAIL in text stays plain',
      '',
    ].join('\n');
    const painted = colourReport(text);
    expect(painted).toBe(
      [
        'modelgate: \x1b[31mFAIL\x1b[0m - 1 of 2 checks failed: m (fail)',
        '',
        '[\x1b[31mFAIL\x1b[0m] Model (compare m)',
        '  \x1b[31mFAIL\x1b[0m  accuracy [region=apac]: PASS is not a status here',
        '  \x1b[32mPASS\x1b[0m  f1: ok',
        '[\x1b[33mWARN\x1b[0m] Data (validate d)',
        '  2 of 200 rows: FAIL in text stays plain',
        '',
      ].join('\n'),
    );
    // Without the escape codes it is the same text.
    expect(painted.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')).toBe(
      text,
    );
  });
});

describe('validate progress from the engine', () => {
  it('reports rows and bytes chunk by chunk for a multi-megabyte file, ending at the total', async () => {
    const root = exampleWorkspace(
      [
        'version: 1',
        'validate:',
        '  - id: big',
        '    schema: examples/schemas/customer.schema.json',
        '    data: examples/data/big.jsonl',
        '',
      ].join('\n'),
    );
    const rows = readFileSync(join(root, 'examples/data/train.jsonl'), 'utf8');
    writeFileSync(join(root, 'examples/data/big.jsonl'), rows.repeat(50)); // 20,000 rows, 3.6 MB
    const seen: Array<{ rows: number; bytes: number; totalBytes: number }> = [];
    const [check] = await runChecks(loadConfig(join(root, 'modelgate.yml'), { root }), {
      threads: 0,
      onEvent: (e) => {
        if (e.type === 'validate-progress') seen.push(e.progress);
      },
    });
    expect(check!.result.status).toBe('pass');
    expect(seen.length).toBeGreaterThanOrEqual(4);
    const total = Buffer.byteLength(rows) * 50;
    expect(seen.every((p) => p.totalBytes === total)).toBe(true);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytes).toBeGreaterThanOrEqual(seen[i - 1]!.bytes);
      expect(seen[i]!.rows).toBeGreaterThanOrEqual(seen[i - 1]!.rows);
    }
    expect(seen.at(-1)).toEqual({
      file: 'examples/data/big.jsonl',
      rows: 20_000,
      invalidRows: 0,
      bytes: total,
      totalBytes: total,
    });
    // Mid-way figures are real: not everything at once.
    expect(seen[0]!.bytes).toBeLessThan(total);
    expect(seen[0]!.rows).toBeGreaterThan(0);
  });
});
