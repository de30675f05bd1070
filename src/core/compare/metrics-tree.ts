// The format-neutral tree metric files are flattened from, and a JSON reader that builds it
// directly. JSON is what big metric files are written in; reading it through the YAML parser (to
// keep lines and catch duplicate keys) took about 100 bytes of memory per byte of input. This
// reader keeps both, walks the text once without recursion, and refuses nesting deeper than
// MAX_METRIC_DEPTH with the line where it happens.

export type Tree =
  | { kind: 'map'; line?: number; entries: Array<{ key: string; line?: number; node: Tree }> }
  | { kind: 'seq'; line?: number; items: Tree[] }
  | { kind: 'scalar'; line?: number; value: unknown; plain?: boolean };

/** A parsed JavaScript value (JSON.parse, a TOML parser) as a tree, without lines. */
export function valueTree(value: unknown): Tree {
  if (Array.isArray(value)) return { kind: 'seq', items: value.map(valueTree) };
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return {
      kind: 'map',
      entries: Object.entries(value as Record<string, unknown>).map(([key, v]) => ({
        key,
        node: valueTree(v),
      })),
    };
  }
  return { kind: 'scalar', value };
}

/** Metric files nest a few levels (slices, groups); far deeper is a malformed or hostile file. */
export const MAX_METRIC_DEPTH = 64;

export class JsonTreeError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** The file holds more scalars than the caller allows. */
    readonly tooMany = false,
  ) {
    super(message);
  }
}

type Open =
  | { node: Extract<Tree, { kind: 'map' }>; key?: { key: string; line: number } }
  | { node: Extract<Tree, { kind: 'seq' }> };

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
// Python's json module writes these bare; they are kept as plain text, as YAML reads them.
const BARE = /^(?:-?Infinity|NaN|true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)$/;

class Reader {
  pos = 0;
  line = 1;
  constructor(readonly text: string) {}

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length && WS.has(t.charCodeAt(this.pos))) {
      if (t.charCodeAt(this.pos) === 0x0a) this.line++;
      this.pos++;
    }
  }

  fail(message: string): never {
    throw new JsonTreeError(message, this.line);
  }

  string(): string {
    const t = this.text;
    const start = this.pos;
    let end = start + 1;
    let escaped = false;
    for (; end < t.length; end++) {
      const c = t.charCodeAt(end);
      if (c === 0x0a) this.fail('unterminated string');
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) break;
    }
    if (end >= t.length) this.fail('unterminated string');
    this.pos = end + 1;
    const raw = t.slice(start, end + 1);
    if (!escaped && raw.indexOf('\\') === -1) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      return this.fail(`invalid string ${raw.slice(0, 40)}`);
    }
  }

  bare(): Tree {
    const t = this.text;
    const start = this.pos;
    while (this.pos < t.length && /[\w.+-]/.test(t[this.pos]!)) this.pos++;
    const raw = t.slice(start, this.pos);
    if (!BARE.test(raw)) this.fail(`unexpected ${JSON.stringify(raw.slice(0, 20) || t[start])}`);
    const line = this.line;
    if (raw === 'true' || raw === 'false')
      return { kind: 'scalar', line, value: raw === 'true', plain: true };
    if (raw === 'null') return { kind: 'scalar', line, value: null, plain: true };
    if (/^-?Infinity$|^NaN$/.test(raw)) return { kind: 'scalar', line, value: raw, plain: true };
    return { kind: 'scalar', line, value: Number(raw), plain: true };
  }
}

/** Attaches a finished value to the container on top of the stack (or makes it the root). */
function attach(stack: Open[], value: Tree, r: Reader): Tree | undefined {
  const top = stack[stack.length - 1];
  if (!top) return value;
  if (top.node.kind === 'seq') top.node.items.push(value);
  else {
    const open = top as Extract<Open, { key?: unknown }>;
    if (!open.key) r.fail('expected a key');
    open.node.entries.push({ key: open.key.key, line: open.key.line, node: value });
    open.key = undefined;
  }
  return undefined;
}

/**
 * Parses strict JSON into a Tree with lines; throws JsonTreeError (with the line) otherwise, or
 * once more than `maxScalars` values are read (the tree's memory stays bounded).
 */
export function jsonTree(text: string, maxScalars = Infinity): Tree {
  const r = new Reader(text);
  let scalars = 0;
  const stack: Open[] = [];
  let root: Tree | undefined;
  // What the grammar allows next: a value, a key, or a separator.
  let expect: 'value' | 'key-or-end' | 'key' | 'sep' | 'value-or-end' = 'value';
  for (;;) {
    r.skipSpace();
    if (r.pos >= text.length) break;
    if (root !== undefined) r.fail('unexpected text after the end of the JSON value');
    const c = text[r.pos]!;
    const top = stack[stack.length - 1];
    const closes =
      (c === '}' && top?.node.kind === 'map' && (expect === 'sep' || expect === 'key-or-end')) ||
      (c === ']' && top?.node.kind === 'seq' && (expect === 'sep' || expect === 'value-or-end'));
    if (closes) {
      r.pos++;
      stack.pop();
      root = attach(stack, top.node, r);
      expect = 'sep';
      continue;
    }
    if (expect === 'sep') {
      if (c !== ',') r.fail(`expected ',' or '${top?.node.kind === 'map' ? '}' : ']'}'`);
      r.pos++;
      expect = top?.node.kind === 'map' ? 'key' : 'value';
      continue;
    }
    if (expect === 'key' || expect === 'key-or-end') {
      if (c !== '"') r.fail('expected a key in double quotes');
      const line = r.line;
      const key = r.string();
      r.skipSpace();
      if (text[r.pos] !== ':') r.fail(`expected ':' after key ${JSON.stringify(key)}`);
      r.pos++;
      (top as Extract<Open, { key?: unknown }>).key = { key, line };
      expect = 'value';
      continue;
    }
    if (c === '{' || c === '[') {
      if (stack.length >= MAX_METRIC_DEPTH) r.fail(`nested deeper than ${MAX_METRIC_DEPTH} levels`);
      const line = r.line;
      r.pos++;
      stack.push(
        c === '{'
          ? { node: { kind: 'map', line, entries: [] } }
          : { node: { kind: 'seq', line, items: [] } },
      );
      expect = c === '{' ? 'key-or-end' : 'value-or-end';
      continue;
    }
    if (++scalars > maxScalars)
      throw new JsonTreeError(`more than ${maxScalars} values`, r.line, true);
    const value: Tree =
      c === '"' ? { kind: 'scalar', line: r.line, value: r.string(), plain: false } : r.bare();
    root = attach(stack, value, r);
    expect = 'sep';
  }
  if (stack.length > 0) r.fail('the file ends inside an object or array (truncated?)');
  return root ?? { kind: 'scalar', value: null };
}
