// The terminal rows of the built-in kinds' report sections (their definitions in src/core/checks
// point here): metric rows for compare, violation groups for validate, PR text made printable.
import { regressionsFirst } from './compare.js';
import { plain } from './escape.js';
import { fmtCount, fmtDelta, fmtNum, fmtPct } from '../conventions/format.js';
import { compareView, validateView, type MetricRow } from './model.js';
import { deltaCell, orientedChange } from './rows.js';
import type { Result } from '../result.js';

export const TEXT_TAG = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  error: 'ERROR',
  skip: 'SKIP',
} as const;

/** Δ signed so that positive = better; without a direction only ↑/↓, as in the comment. */
function change(m: MetricRow): string {
  if (m.baseline === null || m.candidate === null)
    return `Δ ${fmtDelta(m.delta)}, ${fmtPct(m.relDelta, true)}`;
  const delta = orientedChange(m);
  if (delta === null) return `change ${deltaCell(m)}`;
  const rel = m.baseline !== 0 ? delta / Math.abs(m.baseline) : null;
  return `Δ ${fmtDelta(delta)}, ${fmtPct(rel, true)}`;
}

/** A comparison's rows, regressions first, skipped rows left out. */
export function compareTextRows(r: Result, max: number): string[] {
  const out: string[] = [];
  const rows = regressionsFirst(compareView(r.details).metrics).filter((m) => m.status !== 'skip');
  for (const m of rows.slice(0, max)) {
    const name =
      plain(m.name, { max: 60 }) +
      (m.slice ? ` [${plain(m.slice.key, { max: 30 })}=${plain(m.slice.value, { max: 40 })}]` : '');
    const ci = m.ci ? ` CI [${fmtDelta(m.ci[0])}, ${fmtDelta(m.ci[1])}]` : '';
    const why = m.reason ? `: ${plain(m.reason, { max: 160 })}` : '';
    out.push(
      `  ${TEXT_TAG[m.status].padEnd(5)} ${name}: ${fmtNum(m.baseline)} -> ${fmtNum(m.candidate)} (${change(m)})${ci}${why}`,
    );
  }
  if (rows.length > max) out.push(`  … and ${fmtCount(rows.length - max)} more metric rows`);
  return out;
}

/** A validation's schema warnings, then its violation groups with their first lines. */
export function validateTextRows(r: Result, max: number): string[] {
  const out: string[] = [];
  const v = validateView(r.details);
  for (const w of v.schemaWarnings.slice(0, max))
    out.push(`  schema warning: ${plain(w, { max: 300 })}`);
  for (const g of v.groups.slice(0, max)) {
    const lines = g.samples
      .map((s) => s.line)
      .filter((l): l is number => l !== undefined)
      .slice(0, 5);
    out.push(
      `  ${plain(g.file, { max: 80 })} ${plain(g.schemaPath, { max: 80 })} (${plain(g.keyword, { max: 30 })}): ${fmtCount(g.count)} rows (${fmtPct(g.share)}) ${plain(g.message, { max: 160 })}` +
        (lines.length ? `; lines ${lines.join(', ')}` : ''),
    );
  }
  if (v.groups.length > max) out.push(`  … and ${fmtCount(v.groups.length - max)} more groups`);
  return out;
}
