// Numbers and small phrases shared by the renderers. Only numbers we format ourselves reach the
// Markdown unescaped.
import type { AnyStatus } from './status.js';

export const ICON: Record<AnyStatus, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  error: '⛔',
  skip: '➖',
};

export function statusLabel(status: AnyStatus): string {
  return `${ICON[status]} ${status}`;
}

function group3(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A metric value: four significant digits, thousands separated, never exponent notation above 1. */
export function fmtNum(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  if (abs >= 10_000) return (x < 0 ? '−' : '') + group3(Math.round(abs).toString());
  if (abs === 0) return '0';
  const text = String(Number(abs.toPrecision(4)));
  if (abs < 1000) return x < 0 ? `−${text}` : text;
  const [int = '0', frac] = text.split('.');
  return (x < 0 ? '−' : '') + group3(int) + (frac ? `.${frac}` : '');
}

/**
 * A number in a reason or a table cell: `digits` significant digits inside [small, large), in
 * exponent notation (`expDigits` after the point) outside it; zero is `0`, NaN and ±Infinity
 * read as JavaScript writes them. `toPrecision` outside the range keeps fixed notation down to
 * 1e-6 where the caller wants that (the per-example reasons).
 */
export function compactNumber(
  x: number,
  opts: {
    digits: number;
    small: number;
    large: number;
    expDigits: number;
    outside?: 'exponent' | 'precision';
  },
): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= opts.small && abs < opts.large) return String(Number(x.toPrecision(opts.digits)));
  return opts.outside === 'precision'
    ? x.toPrecision(opts.expDigits + 1)
    : x.toExponential(opts.expDigits);
}

/** A change: always signed, so `+0.01` and `−0.01` line up in a column. */
export function fmtDelta(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (x === 0) return '±0';
  return (x > 0 ? '+' : '') + fmtNum(x);
}

export function fmtPct(share: number | null | undefined, signed = false): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  const pct = share * 100;
  const abs = Math.abs(pct);
  const digits =
    abs === 0 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(6, 1 - Math.floor(Math.log10(abs)));
  let body = abs.toFixed(digits);
  if (body.includes('.')) body = body.replace(/0+$/, '').replace(/\.$/, '');
  const sign = pct < 0 ? '−' : signed && pct > 0 ? '+' : signed ? '±' : '';
  return `${sign}${body}%`;
}

export function fmtCount(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  return (n < 0 ? '−' : '') + group3(Math.round(Math.abs(n)).toString());
}

export function fmtBytes(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n) || n < 0) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : Number(v.toPrecision(3))} ${units[u]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${fmtCount(n)} ${n === 1 ? one : many}`;
}

export function shortSha(sha: string | undefined): string | undefined {
  return sha && /^[0-9a-f]{7,40}$/i.test(sha) ? sha.slice(0, 7) : undefined;
}

/**
 * Decimals that give a row's largest value four significant digits (0 for values ≥ 1,000, at
 * most 6), so a row's baseline, candidate, Δ and interval share one precision and line up.
 */
export function rowDecimals(...values: Array<number | null | undefined>): number {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const top = Math.max(0, ...finite.map(Math.abs));
  if (top === 0) return 0;
  return Math.min(6, Math.max(0, 3 - Math.floor(Math.log10(top))));
}

/** A value at a fixed number of decimals, thousands separated, with a real minus sign. */
export function fmtFixed(x: number | null | undefined, decimals: number): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const text = Math.abs(x).toFixed(decimals);
  const [int = '0', frac] = text.split('.');
  const negative = x < 0 && Number(text) !== 0;
  return (negative ? '−' : '') + group3(int) + (frac ? `.${frac}` : '');
}

/** A change at a fixed number of decimals, always signed; `±0` when it rounds to nothing. */
export function fmtSignedFixed(x: number | null | undefined, decimals: number): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const body = fmtFixed(Math.abs(x), decimals);
  if (Number(Math.abs(x).toFixed(decimals)) === 0) return `±${body}`;
  return (x > 0 ? '+' : '−') + body;
}

/** Cuts the middle out of a long name, where names usually repeat themselves (`eval.test.…`). */
export function shortenMiddle(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return chars.slice(0, head).join('') + '…' + chars.slice(chars.length - tail).join('');
}

/**
 * Control, line-separator and bidirectional-override characters: text from a pull request never
 * shows them as they are (they hide, break or reorder what is around them).
 */
export const HIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
