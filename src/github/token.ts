// What a token may look like, and every form of it that could reach a log. GitHub tokens are
// printable ASCII without spaces; anything else is a mistake in how the secret was stored, and
// passing it on would put it where it must not be (an invalid header value is echoed whole by
// fetch's error message, and a line break would add a header of the caller's choosing).

/** Why the token cannot be used, in words that never contain it; undefined when it is fine. */
export function tokenProblem(token: string): string | undefined {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    const what =
      code === 0x0a || code === 0x0d
        ? 'a line break'
        : code === 0x20 || code === 0x09
          ? 'a space or tab'
          : code < 0x20 || code === 0x7f
            ? 'a control character'
            : code > 0x7e
              ? 'a character outside printable ASCII'
              : undefined;
    if (what) {
      return `the GitHub token contains ${what} at character ${i + 1} of ${token.length}; a token never does. Check how the secret was stored (a trailing newline from a file, two values pasted together); the token itself is not shown`;
    }
  }
  return undefined;
}

/** The runs of printable, non-space characters of a line. */
function words(line: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of line) {
    const code = ch.charCodeAt(0);
    if (code > 0x20 && code !== 0x7f) word += ch;
    else if (word) {
      out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  return out;
}

/**
 * Every form of the token a log could show: the value, each line and each word of it, and the
 * Authorization header values built from them. Fragments shorter than 4 characters are left out:
 * masking them would hide ordinary words everywhere and protect nothing.
 */
export function tokenForms(token: string): string[] {
  const parts = new Set<string>();
  const add = (s: string) => {
    if (s.length >= 4) parts.add(s);
  };
  add(token);
  add(token.trim());
  for (const line of token.split(/\r\n|\r|\n/)) {
    add(line);
    add(line.trim());
    for (const word of words(line)) add(word);
  }
  const forms = new Set<string>();
  for (const p of parts) {
    forms.add(p);
    forms.add(`token ${p}`);
    forms.add(`Bearer ${p}`);
    forms.add(`bearer ${p}`);
  }
  // Longest first, so a redaction replaces a whole header value before its parts.
  return [...forms].sort((a, b) => b.length - a.length);
}

/** The text with every token form replaced by ***. */
export function redactToken(text: string, token: string): string {
  if (!token) return text;
  let out = text;
  for (const form of tokenForms(token)) out = out.split(form).join('***');
  return out;
}
