export interface Hit {
  file: string;
  start: number;
  end: number;
}
export const MIN_LINES: number;
export const BOILERPLATE: Map<string, string>;
export function meaningfulLines(text: string): Array<{ text: string; line: number }>;
export function findDuplicates(files: Array<[string, string]>, min?: number): Hit[][];
export function duplicatesInSrc(srcDir?: string): Hit[][];
