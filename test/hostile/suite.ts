// Runs every case with bounded parallelism and classifies it.
import { cpus } from 'node:os';
import { classify } from './classify.js';
import { cleanup, observe, prepare } from './harness.js';
import { allCases, warmUp } from './cases/index.js';
import { OUTCOMES, type Classified, type HostileCase, type Outcome } from './types.js';

export interface CaseResult extends Classified {
  c: HostileCase;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

export async function runCase(c: HostileCase): Promise<CaseResult> {
  let prepared: Awaited<ReturnType<typeof prepare>> | undefined;
  try {
    prepared = await prepare(c);
    const o = await observe(c, prepared);
    const verdict = classify(c, o, prepared.ctx.secrets);
    return {
      ...verdict,
      c,
      ms: o.ms,
      cpuMs: o.cpuMs ?? 0,
      maxRssMb: Math.round(o.maxRssKb / 1024),
    };
  } catch (err) {
    // A broken case must not take the whole suite down; it fails on its own line.
    const why = `harness error: ${err instanceof Error ? err.message : String(err)}`;
    return { outcome: 'crash', why, verdict: 'none', c, ms: 0, cpuMs: 0, maxRssMb: 0 };
  } finally {
    if (prepared) await cleanup(prepared);
  }
}

/** Runs the cases `jobs` at a time (default: the cores, at most 4), in their order. */
export async function runAll(
  cases: HostileCase[] = allCases(),
  jobs = Number(process.env.MODELGATE_HOSTILE_JOBS) || Math.min(4, cpus().length),
  onDone?: (r: CaseResult) => void,
): Promise<CaseResult[]> {
  warmUp(cases);
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      results[i] = await runCase(cases[i]!);
      onDone?.(results[i]!);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return results;
}

export function totals(results: CaseResult[]): Record<Outcome, number> {
  const t = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of results) t[r.outcome]++;
  return t;
}
