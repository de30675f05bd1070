// One metric row as a reviewer reads it: the change oriented so that positive = better on every
// row (recomputed from the two values, so a row can never contradict its own numbers), all of a
// row's numbers at one precision, and names shortened in the middle with the full name kept for a
// note under the table.
import { esc, plain } from './escape.js';
import {
  fmtFixed,
  fmtSignedFixed,
  ICON,
  rowDecimals,
  shortenMiddle,
} from '../conventions/format.js';
import type { MetricRow } from './model.js';

/** Longest metric or slice name shown in a cell, in characters, before the middle is cut. */
export const NAME_WIDTH = 24;
/** Longest rule text shown in a cell. */
export const RULE_WIDTH = 32;
/** No table cell we write holds more visible characters than this. */
export const CELL_WIDTH = 60;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');

/** Numbers the names a section shortened, so their full forms can be listed once below it. */
export class NameNotes {
  private readonly full: string[] = [];

  /** The escaped cell text: the name as it is, or shortened with a superscript note number. */
  name(text: string, width = NAME_WIDTH): string {
    const clean = plain(text);
    const short = shortenMiddle(clean, width);
    if (short === clean) return esc(clean);
    let index = this.full.indexOf(clean);
    if (index < 0) index = this.full.push(clean) - 1;
    return `${esc(short)}${superscript(index + 1)}`;
  }

  /** "¹ full name · ² …", or undefined when nothing was shortened. */
  note(): string | undefined {
    if (!this.full.length) return undefined;
    const shown = this.full
      .slice(0, 50)
      .map((n, i) => `${superscript(i + 1)} ${esc(n, { max: 300 })}`);
    return `<sub>Full names: ${shown.join(' · ')}</sub>`;
  }
}

/** Change from baseline to candidate, turned so that positive = better; null without a direction. */
export function orientedChange(r: MetricRow): number | null {
  if (r.baseline === null || r.candidate === null || !r.direction) return null;
  return r.direction === 'lower' ? r.baseline - r.candidate : r.candidate - r.baseline;
}

/** The decimals every number of this row is shown with. */
export function decimalsOf(r: MetricRow): number {
  return rowDecimals(r.baseline, r.candidate);
}

/**
 * The report renders a large result many times while it searches for the largest form that fits;
 * rows are the same objects each time (model.ts caches the views), so their cells are formatted once.
 */
function memo(format: (r: MetricRow) => string): (r: MetricRow) => string {
  const cache = new WeakMap<MetricRow, string>();
  return (r) => {
    let text = cache.get(r);
    if (text === undefined) cache.set(r, (text = format(r)));
    return text;
  };
}

export const valuesCell = memo((r: MetricRow): string => {
  const d = decimalsOf(r);
  if (r.presence === 'added') return `new: ${fmtFixed(r.candidate, d)}`;
  if (r.presence === 'removed') return `${fmtFixed(r.baseline, d)} → gone`;
  return `${fmtFixed(r.baseline, d)} → ${fmtFixed(r.candidate, d)}`;
});

/**
 * Δ and its interval. Without a direction nothing says which way is better, so the raw change is
 * shown as ↑/↓ and a magnitude instead of a sign that would mean "better" on the other rows.
 */
export const deltaCell = memo((r: MetricRow): string => {
  const d = decimalsOf(r);
  const delta = orientedChange(r);
  if (delta === null) {
    if (r.baseline === null || r.candidate === null) return '–';
    const raw = r.candidate - r.baseline;
    if (Number(Math.abs(raw).toFixed(d)) === 0) return `±${fmtFixed(0, d)}`;
    return `${raw > 0 ? '↑' : '↓'}${fmtFixed(Math.abs(raw), d)}`;
  }
  const text = fmtSignedFixed(delta, d);
  if (!r.ci) return text;
  const marker = r.gated ? '' : '†';
  return `${text} [${fmtSignedFixed(r.ci[0], d)}, ${fmtSignedFixed(r.ci[1], d)}]${marker}`;
});

/** The rule without "higher/lower is better": the Δ column already says which way is better. */
export const ruleCell = memo((r: MetricRow): string => {
  if (!r.rule) return r.gated ? '–' : 'not gated';
  const text = r.rule.replace(/^(higher|lower) is better(; )?/, '') || 'direction only';
  return esc(text, { max: RULE_WIDTH });
});

/** Reasons are written by the engines with ASCII hyphens; show minus signs like the table. */
export function reasonText(reason: string | undefined, max = 240): string {
  if (!reason) return '';
  return esc(reason.replace(/(^|[\s[(,])-(?=\d)/g, '$1−'), { max });
}

export const statusIcon = (r: MetricRow): string => ICON[r.status];
