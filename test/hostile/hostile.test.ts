// The adversarial suite: every hostile case run as GitHub would run it, classified from what the
// run did. Zero wrong-pass, crash, hang, memory, leak and escape; `unclear` and `wrong-fail` only
// when listed in allowed.ts with a reason. Needs `npm run package` first (it spawns dist/).
// MODELGATE_HOSTILE_REPORT=<file> also writes every case's outcome as JSON (for README.md);
// MODELGATE_HOSTILE_FILTER=<text> runs only the cases whose id contains it.
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../helpers/runner.js';
import { ALLOWED, KNOWN_OPEN } from './allowed.js';
import { allCases } from './cases/index.js';
import { runAll, totals, type CaseResult } from './suite.js';

const all = allCases();
const filter = process.env.MODELGATE_HOSTILE_FILTER ?? '';
const cases = all.filter((c) => c.id.includes(filter));
const results = new Map<string, CaseResult>();

describe('hostile inputs', () => {
  beforeAll(async () => {
    requireBuilt('cli', 'validate', 'compare', 'report', 'gate', 'run');
    const started = Date.now();
    for (const r of await runAll(cases)) results.set(r.c.id, r);
    const t = totals([...results.values()]);
    const line = Object.entries(t)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ');
    console.log(
      `hostile: ${cases.length} cases in ${Math.round((Date.now() - started) / 1000)} s: ${line}`,
    );
    if (process.env.MODELGATE_HOSTILE_REPORT) {
      const rows = [...results.values()].map((r) => ({
        id: r.c.id,
        area: r.c.area,
        expect: r.c.expect,
        outcome: r.outcome,
        verdict: r.verdict,
        why: r.why,
        ms: r.ms,
        cpuMs: r.cpuMs,
        maxRssMb: r.maxRssMb,
      }));
      writeFileSync(
        process.env.MODELGATE_HOSTILE_REPORT,
        JSON.stringify({ totals: t, rows }, null, 1),
      );
    }
  }, 900_000);

  it('has at least 150 cases, unique ids, every area', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.area))).toEqual(
      new Set(['data', 'schema', 'metrics', 'config', 'result', 'artifact', 'event', 'env']),
    );
  });

  it('allows only unclear and wrong-fail, for cases that exist', () => {
    for (const [id, entry] of Object.entries(ALLOWED)) {
      expect(
        all.some((c) => c.id === id),
        id,
      ).toBe(true);
      expect(['unclear', 'wrong-fail']).toContain(entry.outcome);
      expect(entry.reason.length, id).toBeGreaterThan(10);
    }
  });

  it.each(cases.map((c) => c.id))('%s', (id) => {
    const r = results.get(id)!;
    const open = KNOWN_OPEN[id];
    if (open) {
      // Still the known gap: when this fails the gap is closed; remove the KNOWN_OPEN entry.
      expect(r.outcome, `${id}: ${open.reason}`).toBe(open.outcome);
      return;
    }
    const allowed = ALLOWED[id]?.outcome === r.outcome;
    expect(allowed ? 'ok' : r.outcome, `${r.verdict}: ${r.why}`).toBe('ok');
  });
});
