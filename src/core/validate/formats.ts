// Strict RFC 3339 date-time: a `T` between date and time (no space), seconds required, an offset
// or `Z` required, real calendar dates (leap years), leap seconds only at 23:59:60 UTC.
// Hand-rolled rather than a regex: it runs once per row and per column on the hot path.

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

export function isDate(s: string, at = 0): boolean {
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return false;
  const y = digits(s, at, 4);
  const m = digits(s, at + 5, 2);
  const d = digits(s, at + 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : (DAYS[m] ?? 0));
}

export function isDateTime(s: string): boolean {
  if (typeof s !== 'string' || s.length < 20 || s.length > 64) return false;
  if (!isDate(s, 0)) return false;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 116) return false; // T or t
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const h = digits(s, 11, 2);
  const min = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  if (h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 60) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  const z = s.charCodeAt(i);
  let offset = 0;
  if (z === 90 || z === 122) {
    if (i + 1 !== s.length) return false;
  } else if (z === 43 || z === 45) {
    if (i + 6 !== s.length || s.charCodeAt(i + 3) !== 58) return false;
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;
    offset = (z === 43 ? 1 : -1) * (oh * 60 + om);
  } else return false;
  if (sec === 60) {
    const utc = (((h * 60 + min - offset) % 1440) + 1440) % 1440;
    if (utc !== 23 * 60 + 59) return false;
  }
  return true;
}

// Internationalised formats (RFC 3987 IRIs, RFC 6531 e-mail, RFC 5890 host names): the same
// grammar as their ASCII forms with non-ASCII characters allowed where letters are. Checked by
// mapping each such character onto an ASCII letter and running the ASCII check.
const NON_ASCII = /[^\u0000-\u007f]/gu; // eslint-disable-line no-control-regex -- a full range
const CONTROL = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/; // eslint-disable-line no-control-regex -- the point

export type Check = (s: string) => boolean;

export function checkOf(def: unknown): Check {
  if (typeof def === 'function') return def as Check;
  if (def instanceof RegExp) return (s) => def.test(s);
  const v = (def as { validate?: unknown } | undefined)?.validate;
  return v === undefined ? () => true : checkOf(v);
}

export function internationalised(ascii: unknown): Check {
  const check = checkOf(ascii);
  return (s: string) => !CONTROL.test(s) && check(s.replace(NON_ASCII, 'a'));
}

// E-mail addresses as RFC 5321 has them (ajv-formats' pattern refuses quoted local parts and
// address literals): a dot-atom or quoted local part, then a host name or an [address literal].
// `intl` (RFC 6531) also allows non-ASCII characters in the local part and an IDN host.
const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const ATEXT_INTL = /^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\u0000-\u007f])+$/u; // eslint-disable-line no-control-regex -- a full range
const QUOTED = /^"(?:[\u0020\u0021\u0023-\u005b\u005d-\u007e]|\\[\u0020-\u007e])*"$/;
const QUOTED_INTL =
  /^"(?:[\u0020\u0021\u0023-\u005b\u005d-\u007e]|[^\u0000-\u007f]|\\[\u0020-\u007e])*"$/u; // eslint-disable-line no-control-regex -- a full range

export function emailCheck(host: Check, ipv4: Check, ipv6: Check, intl: boolean): Check {
  return (s: string) => {
    const at = s.lastIndexOf('@');
    if (at <= 0 || at === s.length - 1) return false;
    const local = s.slice(0, at);
    const domain = s.slice(at + 1);
    const quoted = (intl ? QUOTED_INTL : QUOTED).test(local);
    const atext = intl ? ATEXT_INTL : ATEXT;
    if (!quoted && !local.split('.').every((part) => atext.test(part))) return false;
    if (domain.startsWith('[') && domain.endsWith(']')) {
      const literal = domain.slice(1, -1);
      return literal.startsWith('IPv6:') ? ipv6(literal.slice(5)) : ipv4(literal);
    }
    return host(domain);
  };
}

// RFC 6570 URI templates: literals (with the errata's apostrophe) and {expressions}.
const VARSPEC = String.raw`(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*(?::[1-9][0-9]{0,3}|\*)?`;
const EXPRESSION = new RegExp(`^[+#./;?&]?${VARSPEC}(?:,${VARSPEC})*$`);
const LITERAL_BAD = /[\u0000-\u0020"<>\\^`{|}\u007f]/; // eslint-disable-line no-control-regex -- the point

export function isUriTemplate(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('{', i);
    const literal = s.slice(i, open === -1 ? s.length : open);
    if (LITERAL_BAD.test(literal) || /%(?![0-9A-Fa-f]{2})/.test(literal)) return false;
    if (open === -1) return true;
    const close = s.indexOf('}', open);
    if (close === -1 || !EXPRESSION.test(s.slice(open + 1, close))) return false;
    i = close + 1;
  }
  return true;
}
