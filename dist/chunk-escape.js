import { H as HIDDEN_CHARACTERS } from './chunk-format.js';

const ZWJ = "\u200D";
const INVISIBLE = (
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
);
const SPECIAL = /[\\`*_[\]|~$&<>@#]|:(?=\/\/)|www\.|GH-(?=\d)/gi;
const REPLACEMENT = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "@": `@${ZWJ}`,
  "#": `#${ZWJ}`
};
function replaceSpecial(m) {
  if (m.length > 1) return /^www/i.test(m) ? `${m.slice(0, 3)}\\.` : `${m}${ZWJ}`;
  return REPLACEMENT[m] ?? `\\${m}`;
}
const NEEDS_ESCAPE = /[\\`*_[\]|~$<>&@#=+-]|:\/\/|www\.|^\s|^\d+[.)]/i;
function truncate(text, max) {
  if (text.length <= max) return text;
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return out + "\u2026";
}
function plain(value, options = {}) {
  let text = typeof value === "string" ? value : value === void 0 || value === null ? "" : String(value);
  if (HIDDEN_CHARACTERS.test(text))
    text = text.replace(/\r\n?|[\n\t\u2028\u2029]/g, " ").replace(INVISIBLE, "\uFFFD");
  return options.max !== void 0 ? truncate(text, options.max) : text;
}
function esc(value, options = {}) {
  const text = plain(value, options);
  if (!NEEDS_ESCAPE.test(text)) return text;
  const out = text.trimStart().replace(SPECIAL, replaceSpecial);
  if (/^[+\-=]/.test(out)) return `\\${out}`;
  const ordered = /^\d+(?=[.)])/.exec(out);
  return ordered ? `${ordered[0]}\\${out.slice(ordered[0].length)}` : out;
}
function mermaidLabel(value, max = 24) {
  const text = String(value ?? "").normalize("NFKC").replace(/[^\p{L}\p{N} _.:/=+-]/gu, "_").replace(/\s+/g, " ").trim();
  return truncate(text, max) || "_";
}
function escHtml(value, options = {}) {
  return plain(value, options).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/@/g, `@${ZWJ}`).replace(/#/g, `#${ZWJ}`).replace(/GH-(?=\d)/gi, (m) => `${m}${ZWJ}`);
}

export { escHtml as a, esc as e, mermaidLabel as m, plain as p, truncate as t };
