// Line numbers across shards. A shard that starts inside a JSON Lines file counts lines from its
// piece's start (it never reads the file before its cut, see shard-ranges.ts) and says how many
// lines the piece spans; the merge, which has every piece of the file, adds the lines of the
// pieces before it to every line number the shard reported, so samples, groups, errors and the
// positions in the key runs carry the file's own lines, as one run over the whole file gives.
import type { Problem } from '../result.js';
import type { PartialPart, PartialResult } from './partial.js';

type PartialFile = { path: string; result: PartialResult };

export interface LineShifts {
  /** Lines to add to a part's line numbers. */
  part: Map<PartialPart, number>;
  /** Per shard (in the order given), lines to add per file index. */
  file: Array<Map<number, number>>;
}

/** The shifts of every part; throws when a relative part cannot be placed. */
export function lineShifts(shards: PartialFile[]): LineShifts {
  const all = shards.flatMap((s, k) =>
    s.result.details.parts.map((part) => ({ part, k, path: s.path })),
  );
  const at = (p: PartialPart) => p.rowGroups?.from ?? p.start?.offset ?? 0;
  all.sort((a, b) => a.part.file - b.part.file || at(a.part) - at(b.part));
  const out: LineShifts = { part: new Map(), file: shards.map(() => new Map()) };
  let file = -1;
  let base: number | undefined = 0;
  for (const { part, k, path } of all) {
    if (part.file !== file) {
      file = part.file;
      base = 0;
    }
    const spans = part.lines?.spans;
    if (part.lines?.relative) {
      if (base === undefined)
        throw new Error(
          `${path}: cannot place the lines of a piece of file ${part.file}: a piece before it does not say how many lines it spans`,
        );
      out.part.set(part, base);
      out.file[k]!.set(part.file, base);
    }
    base =
      base !== undefined && spans !== undefined && Number.isSafeInteger(spans) && spans >= 0
        ? base + spans
        : undefined;
  }
  return out;
}

/** A line number of shard `k` in file `file`, as the file counts it. */
export function shiftLine(s: LineShifts, k: number, file: number, line: number): number {
  return line + (s.file[k]?.get(file) ?? 0);
}

/** A shard's problems with their lines in the file's count (`files`: the input's paths). */
export function shiftProblems(
  s: LineShifts,
  k: number,
  files: string[],
  problems: Problem[],
): Problem[] {
  return problems.map((p) =>
    p.line !== undefined && p.file !== undefined && files.includes(p.file)
      ? { ...p, line: shiftLine(s, k, files.indexOf(p.file), p.line) }
      : p,
  );
}

/** The per-file shifts of shard `k` as a table by file index for the key runs' positions. */
export function codeShifts(s: LineShifts, k: number): Float64Array | undefined {
  const m = s.file[k];
  if (!m?.size) return undefined;
  const out = new Float64Array(Math.max(...m.keys()) + 1);
  for (const [file, n] of m) out[file] = n;
  return out;
}
