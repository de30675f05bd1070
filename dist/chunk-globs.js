function splitGlobs(input) {
  const out = [];
  for (const line of input.split(/\r?\n/)) {
    let depth = 0;
    let cur = "";
    for (const ch of line) {
      if (ch === "{") depth++;
      else if (ch === "}" && depth > 0) depth--;
      if (ch === "," && depth === 0) {
        out.push(cur);
        cur = "";
      } else cur += ch;
    }
    out.push(cur);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

export { splitGlobs as s };
