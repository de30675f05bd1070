// Markdown building blocks shared by the section renderers.
import { markdownTable } from 'markdown-table';

/** What a shrunken report left out, counted so the comment can say so. */
export interface Cut {
  samples: number;
  slices: number;
  details: number;
  sections: number;
}

export const emptyCut = (): Cut => ({ samples: 0, slices: 0, details: 0, sections: 0 });

/**
 * How much a section may show. Shrinking goes up one level at a time: 0 everything, 1 without
 * samples, 2 passing rows only while the allowance lasts, 3 no passing rows, no chart, and rows
 * that fail or warn only while their allowance lasts, 4 heading and summary only, 5 as many
 * sections as fit.
 */
export type Level = 0 | 1 | 2 | 3 | 4 | 5;

/** Rows still allowed in the report, shared by its sections in order (worst section first). */
export interface Allowance {
  attention: number;
  passing: number;
}

export const unlimited = (): Allowance => ({ attention: Infinity, passing: Infinity });

export interface SectionContext {
  level: Level;
  cut: Cut;
  allow: Allowance;
}

/** The first rows the allowance still covers, charging them to it. */
export function take<T>(rows: T[], allow: Allowance, kind: keyof Allowance): T[] {
  const n = Math.max(0, Math.min(rows.length, allow[kind]));
  allow[kind] -= n;
  return n === rows.length ? rows : rows.slice(0, n);
}

/** Cells must already be escaped: markdown-table joins them, it does not escape pipes. */
export function table(header: string[], rows: string[][], align?: Array<'l' | 'r' | 'c'>): string {
  return markdownTable([header, ...rows], { alignDelimiters: false, align });
}

/** A collapsed block; `summary` must already be HTML-escaped (GitHub does not parse Markdown there). */
export function collapsed(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
