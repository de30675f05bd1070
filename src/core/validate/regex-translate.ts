// ECMA-262 `u`-mode patterns (JSON Schema's dialect) rewritten in RE2 syntax with the same
// meaning, for the patterns V8's linear-time engine cannot run (repeat counts over its limit,
// Unicode property escapes, astral literals). Where the two dialects differ, the ECMA meaning is
// spelled out: `.` excludes all four line terminators, `\s` is ECMA's whitespace set, property
// escapes RE2 lacks (long names, binary properties, `Script=`) become the exact code point ranges
// this V8 gives them. What RE2 cannot do in linear time (backreferences, lookaround) is refused
// here with that reason; anything else RE2 refuses is refused with RE2's own message.

export class Re2Refusal extends Error {}

/** General categories by their long names (RE2 knows only the short ones). */
const CATEGORY: Record<string, string> = {
  Letter: 'L',
  Cased_Letter: 'LC',
  Uppercase_Letter: 'Lu',
  Lowercase_Letter: 'Ll',
  Titlecase_Letter: 'Lt',
  Modifier_Letter: 'Lm',
  Other_Letter: 'Lo',
  Mark: 'M',
  Combining_Mark: 'M',
  Nonspacing_Mark: 'Mn',
  Spacing_Mark: 'Mc',
  Enclosing_Mark: 'Me',
  Number: 'N',
  Decimal_Number: 'Nd',
  Letter_Number: 'Nl',
  Other_Number: 'No',
  Punctuation: 'P',
  Connector_Punctuation: 'Pc',
  Dash_Punctuation: 'Pd',
  Open_Punctuation: 'Ps',
  Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi',
  Final_Punctuation: 'Pf',
  Other_Punctuation: 'Po',
  Symbol: 'S',
  Math_Symbol: 'Sm',
  Currency_Symbol: 'Sc',
  Modifier_Symbol: 'Sk',
  Other_Symbol: 'So',
  Separator: 'Z',
  Space_Separator: 'Zs',
  Line_Separator: 'Zl',
  Paragraph_Separator: 'Zp',
  Other: 'C',
  Control: 'Cc',
  Format: 'Cf',
  Surrogate: 'Cs',
  Private_Use: 'Co',
  Unassigned: 'Cn',
};
const SHORT = new Set(Object.values(CATEGORY));

type Range = [number, number];

const rangeCache = new Map<string, Range[]>();

/** The code points a native `u`-mode class matches (`\p{…}`, `\s`), enumerated once per thread. */
function nativeRanges(source: string): Range[] {
  const cached = rangeCache.get(source);
  if (cached) return cached;
  const re = new RegExp(`^${source}$`, 'u');
  const out: Range[] = [];
  let start = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const hit = cp <= 0x10ffff && re.test(String.fromCodePoint(cp));
    if (hit && start < 0) start = cp;
    else if (!hit && start >= 0) {
      out.push([start, cp - 1]);
      start = -1;
    }
  }
  rangeCache.set(source, out);
  return out;
}

function complement(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (const [a, b] of ranges) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

const hex = (cp: number) => `\\x{${cp.toString(16)}}`;
const body = (ranges: Range[]) =>
  ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');

/** `\p{…}` or `\P{…}` as RE2 text: inside a class without brackets, outside as a class. */
function property(name: string, negated: boolean, inClass: boolean): string {
  const [key, value] = name.includes('=') ? name.split('=') : [undefined, name];
  let short: string | undefined;
  if (key === undefined) short = SHORT.has(name) ? name : CATEGORY[name];
  else if (key === 'General_Category' || key === 'gc')
    short = SHORT.has(value ?? '') ? value : CATEGORY[value ?? ''];
  if (short && short !== 'LC' && short !== 'Cn') return `\\${negated ? 'P' : 'p'}{${short}}`;
  const ranges = nativeRanges(`\\p{${name}}`);
  const chosen = negated ? complement(ranges) : ranges;
  if (inClass) return body(chosen);
  return chosen.length ? `[${body(chosen)}]` : `[^\\x{0}-\\x{10ffff}]`;
}

function whitespace(negated: boolean, inClass: boolean): string {
  const ranges = nativeRanges('\\s');
  const chosen = negated ? complement(ranges) : ranges;
  return inClass ? body(chosen) : `[${body(chosen)}]`;
}

interface Cursor {
  p: string;
  i: number;
}

/** `\u` escapes: `\u{…}`, `\uXXXX`, and a surrogate pair of two `\uXXXX` as one code point. */
function unicodeEscape(c: Cursor): number {
  const { p } = c;
  if (p[c.i] === '{') {
    const end = p.indexOf('}', c.i);
    const cp = parseInt(p.slice(c.i + 1, end), 16);
    c.i = end + 1;
    return cp;
  }
  let cp = parseInt(p.slice(c.i, c.i + 4), 16);
  c.i += 4;
  if (cp >= 0xd800 && cp <= 0xdbff && p.startsWith('\\u', c.i)) {
    const lo = parseInt(p.slice(c.i + 2, c.i + 6), 16);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
      c.i += 6;
    }
  }
  return cp;
}

/** One escape sequence (the cursor is past the backslash). */
function escapeSeq(c: Cursor, inClass: boolean): string {
  const ch = c.p[c.i++] ?? '';
  switch (ch) {
    case 'd':
    case 'D':
    case 'w':
    case 'W':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
      return `\\${ch}`;
    case 'b':
    case 'B':
      return inClass ? hex(8) : `\\${ch}`;
    case 's':
    case 'S':
      return whitespace(ch === 'S', inClass);
    case 'p':
    case 'P': {
      const end = c.p.indexOf('}', c.i);
      const name = c.p.slice(c.i + 1, end);
      c.i = end + 1;
      return property(name, ch === 'P', inClass);
    }
    case 'u':
      return hex(unicodeEscape(c));
    case 'x':
      c.i += 2;
      return hex(parseInt(c.p.slice(c.i - 2, c.i), 16));
    case 'c':
      return hex((c.p.charCodeAt(c.i++) ?? 0) % 32);
    case '0':
      return hex(0);
    case 'k':
      throw new Re2Refusal('backreferences cannot be matched in linear time');
    default:
      if (ch >= '1' && ch <= '9')
        throw new Re2Refusal('backreferences cannot be matched in linear time');
      return `\\${ch}`;
  }
}

function literal(c: Cursor): string {
  const cp = c.p.codePointAt(c.i) ?? 0;
  c.i += cp > 0xffff ? 2 : 1;
  return cp > 0x7e || cp < 0x20 ? hex(cp) : String.fromCodePoint(cp);
}

function charClass(c: Cursor): string {
  let negated = false;
  if (c.p[c.i] === '^') {
    negated = true;
    c.i++;
  }
  let out = '';
  while (c.i < c.p.length && c.p[c.i] !== ']') {
    const ch = c.p[c.i];
    if (ch === '\\') {
      c.i++;
      out += escapeSeq(c, true);
    } else if (ch === '[') {
      c.i++;
      out += '\\[';
    } else out += literal(c);
  }
  c.i++; // the closing ]
  // [] matches nothing and [^] anything: RE2 has no empty class.
  if (!out) return negated ? '[\\x{0}-\\x{10ffff}]' : '[^\\x{0}-\\x{10ffff}]';
  return `[${negated ? '^' : ''}${out}]`;
}

/** The RE2 spelling of an ECMA-262 `u`-mode pattern (one the native parser already accepted). */
export function toRe2(pattern: string): string {
  const c: Cursor = { p: pattern, i: 0 };
  let out = '';
  while (c.i < pattern.length) {
    const ch = pattern[c.i];
    if (ch === '\\') {
      c.i++;
      out += escapeSeq(c, false);
    } else if (ch === '[') {
      c.i++;
      out += charClass(c);
    } else if (ch === '.') {
      c.i++;
      out += '[^\\n\\r\\x{2028}\\x{2029}]';
    } else if (ch === '(' && pattern[c.i + 1] === '?') {
      const rest = pattern.slice(c.i + 2, c.i + 4);
      if (/^[=!]|^<[=!]/.test(rest))
        throw new Re2Refusal('lookaround cannot be matched in linear time');
      if (rest.startsWith('<')) {
        out += '(?P<';
        c.i += 3;
      } else {
        out += '(?';
        c.i += 2;
      }
    } else out += literal(c);
  }
  return out;
}
