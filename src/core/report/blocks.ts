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
 * How much a section may show. Shrinking goes up one level at a time, in the order the issue
 * fixes: 0 everything, 1 without samples, 2 without slices, 3 without details (only what blocks),
 * 4 heading and summary only, 5 as many sections as fit.
 */
export type Level = 0 | 1 | 2 | 3 | 4 | 5;

export interface SectionContext {
  level: Level;
  cut: Cut;
  /**
   * Told the size of each block a later level removes (samples at 1, slices at 2), separator
   * included, so that the shrinker can skip a level that cannot fit without rendering it.
   */
  weigh?: (what: 'samples' | 'slices', text: string) => void;
}

/** Cells must already be escaped: markdown-table joins them, it does not escape pipes. */
export function table(header: string[], rows: string[][], align?: Array<'l' | 'r' | 'c'>): string {
  return markdownTable([header, ...rows], { alignDelimiters: false, align });
}

/** A collapsed block; `summary` must already be HTML-escaped (GitHub does not parse Markdown there). */
export function collapsed(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
