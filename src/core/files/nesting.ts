// How deeply a YAML or JSON text nests, found by one scan before any parser sees it. The YAML
// library recurses per level: a 10,000-deep file ends in "Maximum call stack size exceeded" or
// runs out of memory, so a file nested beyond the limit is refused here, with the line.

export interface TooDeep {
  line: number;
  depth: number;
}

/**
 * The first line where flow brackets ([ {) plus block indentation levels exceed `max`, or
 * undefined. Quoted strings and comments are skipped; it errs on the side of counting a level.
 */
export function tooDeep(text: string, max: number): TooDeep | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let quote = 0; // the open quote character's code, 0 outside strings
  let atLineStart = true;
  let indent = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      atLineStart = true;
      indent = 0;
      if (quote === 0x27) continue; // single-quoted YAML strings may span lines
      quote = quote === 0x22 ? quote : 0;
      continue;
    }
    if (quote) {
      if (c === 0x5c && quote === 0x22) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (atLineStart) {
      if (c === 0x20) {
        indent++;
        continue;
      }
      atLineStart = false;
      if (c !== 0x23 && c !== 0x0d && flow === 0) {
        while (indents.length && (indents[indents.length - 1] as number) >= indent) indents.pop();
        indents.push(indent);
      }
    }
    if (c === 0x23 && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = (nl === -1 ? text.length : nl) - 1;
      continue;
    }
    if (c === 0x22 || (c === 0x27 && (i === 0 || !/\w/.test(text[i - 1]!)))) quote = c;
    else if (c === 0x5b || c === 0x7b) {
      flow++;
      if (flow + indents.length > max) return { line, depth: flow + indents.length };
    } else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
    // "- - - x": each dash opens a level on the same line.
    else if (c === 0x2d && text.charCodeAt(i + 1) === 0x20 && flow === 0) {
      indents.push(i - lineStart + 2);
    }
    if (flow + indents.length > max) return { line, depth: flow + indents.length };
  }
  return undefined;
}
