// Integers beyond 2^53 read exactly. JSON.parse (and Number) round 9007199254740993 to
// …992, so ids collide and bounds let values through. Records keep such integers as BigInt (the
// "exact" record: keys, categories, messages); ajv, which knows only numbers, gets a copy in
// which each becomes the double nearest to it that keeps its order against every numeric
// constant of the schema (`maximum: 9007199254740992` then still rejects …993).
//
// Only integer tokens written as plain digits are kept exact, and only when rounding would change
// them; everything else is what JSON.parse makes of it. The fast path pays one regex test per
// chunk (or per `.json` element): no run of 16 digits, no big integer.

/**
 * Whether a text might hold an integer beyond 2^53: a run of 16 digits (possibly inside a string).
 * A scan, not a regex: on a 1 MiB chunk a regex backtracks at every digit and trips V8's fallback
 * to its slow linear engine (see regex.ts). Any run of 16 digits covers exactly one position of
 * every 16, so only those are looked at.
 */
export function maybeBig(text: string): boolean {
  const n = text.length;
  for (let i = 15; i < n; i += 16) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    let from = i;
    while (from > 0 && isDigit(text.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < n && to - from < 16 && isDigit(text.charCodeAt(to))) to++;
    if (to - from >= 16) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An integer token's value when rounding to a double would change it, else undefined. */
export function bigOf(token: string): bigint | undefined {
  const n = Number(token);
  if (Number.isSafeInteger(n)) return undefined;
  const b = BigInt(token);
  return BigInt(n) === b ? undefined : b;
}

// A marker no data file can forge: a per-process random tag inside a JSON string.
const TAG = `\u0001big${Math.random().toString(36).slice(2, 10)}:`;
/** The marker as written inside JSON text (a control character must be escaped there). */
const TAG_JSON = TAG.replace('\u0001', '\\u0001');
const TAG_RE = new RegExp(`"${TAG_JSON.replace('\\', '\\\\')}(-?\\d+)"`, 'g');

/**
 * JSON.parse, except that integer tokens beyond 2^53 come back as BigInt. `big` says whether
 * there were any (only then does the record need an ajv copy).
 */
export function parseExact(text: string, mayHoldBig = true): { value: unknown; big: boolean } {
  if (!mayHoldBig || !maybeBig(text)) return { value: JSON.parse(text), big: false };
  let out = '';
  let from = 0;
  let big = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip the string, escapes included.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      continue;
    }
    if (c !== 45 && (c < 48 || c > 57)) continue;
    let j = c === 45 ? i + 1 : i;
    while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const next = j < n ? text.charCodeAt(j) : 0;
    const integer = next !== 46 && next !== 101 && next !== 69;
    if (integer && j - i >= 16) {
      const token = text.slice(i, j);
      if (bigOf(token) !== undefined) {
        out += `${text.slice(from, i)}"${TAG_JSON}${token}"`;
        from = j;
        big = true;
      }
    }
    i = j - 1;
    // A fraction or exponent: skip the rest of the number token.
    while (i + 1 < n && /[0-9.eE+-]/.test(text[i + 1] as string)) i++;
  }
  if (!big) return { value: JSON.parse(text), big: false };
  const value = JSON.parse(out + text.slice(from), (_k, v: unknown) =>
    typeof v === 'string' && v.startsWith(TAG) ? BigInt(v.slice(TAG.length)) : v,
  );
  return { value, big: true };
}

/** JSON text of a value that may hold BigInts (exact digits). */
export function jsonText(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  const s = JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'bigint' ? `${TAG}${x.toString()}` : x,
  );
  return s === undefined ? 'undefined' : s.replace(TAG_RE, '$1');
}

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/** The next double away from zero (up for positives, down for negatives), for |x| ≥ 2^53. */
function step(x: number, away: boolean): number {
  f64[0] = x;
  i64[0] = (i64[0] as bigint) + (away ? 1n : -1n);
  return f64[0];
}

/** The double standing in for `b` in ajv: its rounding, moved off any schema constant it is not. */
export function ajvNumber(b: bigint, constants: ReadonlySet<number>): number {
  const r = Number(b);
  if (!constants.has(r)) return r;
  const exact = BigInt(r);
  // Beyond 2^53 |b| and |r| differ in the same direction as b and r: move r towards b.
  const away = b > 0n ? b > exact : b < exact;
  return step(r, away);
}

/** A copy of an exact record for ajv: BigInts become numbers (see ajvNumber). */
export function forAjv(v: unknown, constants: ReadonlySet<number>): unknown {
  if (typeof v === 'bigint') return ajvNumber(v, constants);
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => forAjv(x, constants));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '__proto__')
      Object.defineProperty(out, k, { value: forAjv(x, constants), enumerable: true });
    else out[k] = forAjv(x, constants);
  }
  return out;
}

/** Every number of a schema document at or beyond 2^53: the constants a big integer must not meet. */
export function bigConstants(schemas: unknown[]): Set<number> {
  const out = new Set<number>();
  const seen = new Set<unknown>();
  const visit = (node: unknown, depth: number) => {
    if (typeof node === 'number') {
      if (Math.abs(node) >= 2 ** 53) out.add(node);
      return;
    }
    if (!node || typeof node !== 'object' || seen.has(node) || depth > 200) return;
    seen.add(node);
    for (const x of Object.values(node)) visit(x, depth + 1);
  };
  for (const s of schemas) visit(s, 0);
  return out;
}
