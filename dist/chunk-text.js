import { o as orderEntries, r as regressionsFirst, c as compareView, v as validateView, a as orientedChange, d as deltaCell } from './chunk-render.js';
import { p as plain } from './chunk-escape.js';
import { f as fmtDelta, a as fmtNum, b as fmtCount, c as fmtPct } from './chunk-format.js';
import './chunk-result.js';
import 'node:fs';
import 'node:path';
import './chunk-workspace.js';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length.js';
import './chunk-formats.js';
import './chunk-status.js';

const TAG = { pass: "PASS", warn: "WARN", fail: "FAIL", error: "ERROR", skip: "SKIP" };
function change(m) {
  if (m.baseline === null || m.candidate === null)
    return `\u0394 ${fmtDelta(m.delta)}, ${fmtPct(m.relDelta, true)}`;
  const delta = orientedChange(m);
  if (delta === null) return `change ${deltaCell(m)}`;
  const rel = m.baseline !== 0 ? delta / Math.abs(m.baseline) : null;
  return `\u0394 ${fmtDelta(delta)}, ${fmtPct(rel, true)}`;
}
function schemaWarnings(details) {
  const list = details?.schemaWarnings;
  if (!Array.isArray(list)) return [];
  return list.map(
    (w) => [w.file, w.path || void 0, w.message].filter((x) => typeof x === "string").join(": ")
  );
}
function renderText(entries, decision, options = {}) {
  const max = options.maxRows ?? 10;
  const out = [`modelgate: ${TAG[decision.verdict]} - ${plain(decision.reason)}`];
  for (const e of orderEntries(entries)) {
    out.push("");
    if (!e.ok) {
      out.push(`[${TAG.error}] ${plain(e.path)}`, `  ${plain(e.error, { max: 600 })}`);
      continue;
    }
    const r = e.result;
    out.push(
      `[${TAG[r.status]}] ${plain(r.title || r.id, { max: 120 })} (${r.kind} ${r.id})`,
      `  ${plain(r.summary, { max: 1e3 })}`
    );
    for (const p of r.errors ?? []) {
      const where = [p.file, p.line !== void 0 ? `line ${p.line}` : void 0, p.key].filter(Boolean).join(":");
      out.push(`  error: ${plain(where ? `${where}: ${p.message}` : p.message, { max: 300 })}`);
    }
    if (r.kind === "compare") {
      const rows = regressionsFirst(compareView(r.details).metrics).filter(
        (m) => m.status !== "skip"
      );
      for (const m of rows.slice(0, max)) {
        const name = plain(m.name, { max: 60 }) + (m.slice ? ` [${plain(m.slice.key, { max: 30 })}=${plain(m.slice.value, { max: 40 })}]` : "");
        const ci = m.ci ? ` CI [${fmtDelta(m.ci[0])}, ${fmtDelta(m.ci[1])}]` : "";
        const why = m.reason ? `: ${plain(m.reason, { max: 160 })}` : "";
        out.push(
          `  ${TAG[m.status].padEnd(5)} ${name}: ${fmtNum(m.baseline)} -> ${fmtNum(m.candidate)} (${change(m)})${ci}${why}`
        );
      }
      if (rows.length > max) out.push(`  \u2026 and ${fmtCount(rows.length - max)} more metric rows`);
    } else {
      const v = validateView(r.details);
      for (const w of schemaWarnings(r.details).slice(0, max))
        out.push(`  schema warning: ${plain(w, { max: 300 })}`);
      for (const g of v.groups.slice(0, max)) {
        const lines = g.samples.map((s) => s.line).filter((l) => l !== void 0).slice(0, 5);
        out.push(
          `  ${plain(g.file, { max: 80 })} ${plain(g.schemaPath, { max: 80 })} (${plain(g.keyword, { max: 30 })}): ${fmtCount(g.count)} rows (${fmtPct(g.share)}) ${plain(g.message, { max: 160 })}` + (lines.length ? `; lines ${lines.join(", ")}` : "")
        );
      }
      if (v.groups.length > max) out.push(`  \u2026 and ${fmtCount(v.groups.length - max)} more groups`);
    }
  }
  return out.join("\n") + "\n";
}

export { renderText };
