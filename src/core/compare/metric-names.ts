// How a metric is named: the path of keys that leads to it in its file, joined with dots. A key
// that itself holds a dot (or a double quote, or is empty) is written as a JSON string, so every
// key a file can hold has exactly one name: {"results": {"a.b": {"acc,none": 1}}} is
// `results."a.b".acc,none`. Everything else (`@`, `,`, `/`, spaces) is written as it is, so
// `pass@1`, `acc,none`, `macro avg.f1-score` and `test/f1` are names as they stand.

/** A key written as it is, or quoted when a dot, a quote or emptiness would make it ambiguous. */
function segmentText(segment: string): string {
  return segment === '' || /[."]/.test(segment) || segment.trim() !== segment
    ? JSON.stringify(segment)
    : segment;
}

/** The name of the value at this path of keys. */
export function joinName(segments: readonly string[]): string {
  return segments.map(segmentText).join('.');
}

/** The path of keys a name stands for; throws with the reason when the quoting is broken. */
export function splitName(name: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (name[i] === '"') {
      const end = closingQuote(name, i);
      if (end < 0) throw new Error(`unterminated quoted key in metric name ${name}`);
      out.push(JSON.parse(name.slice(i, end + 1)) as string);
      i = end + 1;
      if (i < name.length && name[i] !== '.')
        throw new Error(`expected '.' after the quoted key in metric name ${name}`);
    } else {
      const dot = name.indexOf('.', i);
      const end = dot < 0 ? name.length : dot;
      const raw = name.slice(i, end);
      if (raw.includes('"'))
        throw new Error(`a key with a double quote is written as a quoted key in ${name}`);
      out.push(raw);
      i = end;
    }
    if (i >= name.length) return out;
    i++; // the dot
  }
}

function closingQuote(name: string, start: number): number {
  for (let i = start + 1; i < name.length; i++) {
    if (name[i] === '\\') i++;
    else if (name[i] === '"') return i;
  }
  return -1;
}

/** The keys joined with plain dots: what a name looked like before keys with dots were quoted. */
export function plainName(segments: readonly string[]): string {
  return segments.join('.');
}

export interface SliceRef {
  key: string;
  value: string;
}

/**
 * The map key of one metric (and slice) in a metric set. A slice's key cannot be confused with a
 * metric name: it starts with a NUL character, which the readers refuse in names.
 */
export function metricKey(name: string, slice?: SliceRef): string {
  return slice ? `\u0000${JSON.stringify([name, slice.key, slice.value])}` : name;
}

/** How a metric and slice are shown in messages: `accuracy [region=eu]`. */
export function metricLabel(name: string, slice?: SliceRef): string {
  return slice ? `${name} [${slice.key}=${slice.value}]` : name;
}
