// Kept apart from files.ts (and its glob library) so the action can use it before loading the engine.
/** A multi-line (or comma-separated) input → globs; commas inside {a,b} braces stay. */
export function splitGlobs(input: string): string[] {
  const out: string[] = [];
  for (const line of input.split(/\r?\n/)) {
    let depth = 0;
    let cur = '';
    for (const ch of line) {
      if (ch === '{') depth++;
      else if (ch === '}' && depth > 0) depth--;
      if (ch === ',' && depth === 0) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
