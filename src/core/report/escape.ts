// Everything a result file carries may come from an untrusted pull request. These functions turn
// such text into inert Markdown: no formatting, no HTML, no notifications, no forged markers.
import { HIDDEN_CHARACTERS } from '../conventions/format.js';

const ZWJ = '\u200d';

// C0/C1 controls (except the newlines handled separately) and the bidi overrides behind
// "Trojan source" tricks would let a name look like something else.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// Inline constructs: code spans, emphasis, strikethrough, links/images (`[`), table cells (`|`),
// math (`$`) and URL autolinks (`://`, `www.`) stay inert once their punctuation is
// backslash-escaped; `<`, `>` and `&` become entities; `@user`, `#123` and `GH-123` get a
// zero-width joiner (GitHub links them in the rendered text, where a backslash is long gone).
const SPECIAL = /[\\`*_[\]|~$&<>@#]|:(?=\/\/)|www\.|GH-(?=\d)/gi;
const REPLACEMENT: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': `@${ZWJ}`,
  '#': `#${ZWJ}`,
};
function replaceSpecial(m: string): string {
  if (m.length > 1) return /^www/i.test(m) ? `${m.slice(0, 3)}\\.` : `${m}${ZWJ}`;
  return REPLACEMENT[m] ?? `\\${m}`;
}
// Anything esc() would change; a text without these is returned as it is.
const NEEDS_ESCAPE = /[\\`*_[\]|~$<>&@#=+-]|:\/\/|www\.|^\s|^\d+[.)]/i;

export interface EscapeOptions {
  /** Longest text kept, in characters, before the ellipsis (counted before escaping). */
  max?: number;
}

/** Cuts `text` to at most `max` UTF-16 units, ellipsis included, never splitting a code point. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return out + '…';
}

/** One line of visible characters: newlines become spaces, controls a replacement mark. */
export function plain(value: unknown, options: EscapeOptions = {}): string {
  let text =
    typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  if (HIDDEN_CHARACTERS.test(text))
    text = text.replace(/\r\n?|[\n\t\u2028\u2029]/g, ' ').replace(INVISIBLE, '\ufffd');
  return options.max !== undefined ? truncate(text, options.max) : text;
}

/**
 * Inline Markdown text that renders exactly as written, on one line, safe in a table cell.
 * `@user` and `#123`/`GH-123` get a zero-width joiner so GitHub neither notifies nor links;
 * `<!--` can never appear, so a hostile name cannot forge or close our sticky-comment marker.
 */
export function esc(value: unknown, options: EscapeOptions = {}): string {
  const text = plain(value, options);
  // Most names and messages need nothing: one test instead of a dozen replaces keeps a report of
  // thousands of cells fast.
  if (!NEEDS_ESCAPE.test(text)) return text;
  // Leading blanks would turn a paragraph into an indented code block.
  const out = text.trimStart().replace(SPECIAL, replaceSpecial);
  // Block constructs only start a line: lists (`-`, `+`), setext underlines, ordered lists.
  // (`#` headings are already broken by the joiner, `>` quotes by the entity.)
  if (/^[+\-=]/.test(out)) return `\\${out}`;
  const ordered = /^\d+(?=[.)])/.exec(out);
  return ordered ? `${ordered[0]}\\${out.slice(ordered[0].length)}` : out;
}

/**
 * A label inside a Mermaid block: Mermaid has its own syntax (quotes, brackets, `%%` directives,
 * `#entity;` codes) and a backtick run could close the fence, so keep only letters, digits and a
 * few harmless separators.
 */
export function mermaidLabel(value: unknown, max = 24): string {
  const text = String(value ?? '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} _.:/=+-]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(text, max) || '_';
}

/**
 * Text inside raw HTML we write ourselves (`<summary>…</summary>`): GitHub does not parse Markdown
 * there, so backslashes would show; entities do the job, and mentions/refs still need the joiner
 * because GitHub links them in the rendered text.
 */
export function escHtml(value: unknown, options: EscapeOptions = {}): string {
  return plain(value, options)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@/g, `@${ZWJ}`)
    .replace(/#/g, `#${ZWJ}`)
    .replace(/GH-(?=\d)/gi, (m) => `${m}${ZWJ}`);
}
