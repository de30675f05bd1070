// The terminal form of the report: plain lines, no Markdown. Text from result files is reduced to
// visible characters so a hostile name cannot move the cursor or recolour the terminal.
import type { GateDecision } from '../gate/decide.js';
import { plain } from './escape.js';
import type { ReportEntry } from './entry.js';
import { orderEntries } from './render.js';
import { findCheckKind } from '../checks/registry.js';
import { TEXT_TAG as TAG } from './text-rows.js';

export interface TextOptions {
  /** Rows listed per result before "… and N more". */
  maxRows?: number;
}

export function renderText(
  entries: ReportEntry[],
  decision: GateDecision,
  options: TextOptions = {},
): string {
  const max = options.maxRows ?? 10;
  const out: string[] = [`modelgate: ${TAG[decision.verdict]} - ${plain(decision.reason)}`];
  for (const e of orderEntries(entries)) {
    out.push('');
    if (!e.ok) {
      out.push(`[${TAG.error}] ${plain(e.path)}`, `  ${plain(e.error, { max: 600 })}`);
      continue;
    }
    const r = e.result;
    out.push(
      `[${TAG[r.status]}] ${plain(r.title || r.id, { max: 120 })} (${r.kind} ${r.id})`,
      `  ${plain(r.summary, { max: 1000 })}`,
    );
    for (const p of r.errors ?? []) {
      const where = [p.file, p.line !== undefined ? `line ${p.line}` : undefined, p.key]
        .filter(Boolean)
        .join(':');
      out.push(`  error: ${plain(where ? `${where}: ${p.message}` : p.message, { max: 300 })}`);
    }
    out.push(...(findCheckKind(r.kind)?.report.text(r, max) ?? []));
  }
  return out.join('\n') + '\n';
}
