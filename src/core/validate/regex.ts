// Bounded-cost `pattern` matching for untrusted schemas and data (ajv's `code.regExp`).
//
// Every pattern first has to compile under the `u` flag (JSON Schema's ECMA-262 dialect, as ajv
// uses it). Patterns V8's linear-time engine (the `l` flag) accepts then run on V8's native engine
// with `--enable-experimental-regexp-engine-on-excessive-backtracks`: once one match backtracks
// more than BACKTRACK_LIMIT times, V8 reruns it on the linear-time engine, so cost stays linear in
// the (size-capped) input while ordinary patterns keep native speed. That engine has no `u` mode
// and caps repeat counts, so patterns that need Unicode semantics (\p{…}, \u{…}, astral literals),
// repeat counts like {24} or {1,255}, and, for patterns where code units and code points can
// differ, strings holding astral characters go to re2js, a pure-JS port of RE2 (linear time,
// slower), after regex-translate.ts spells them in RE2 syntax with the same meaning. Only what RE2
// refuses is refused (backreferences, lookaround, repeat counts over 1000), with RE2's reason.
// When this V8 lacks the linear engine, everything goes to re2js. Validation alone on the bench
// rows (docs/validate.md): ajv's default u-mode RegExp 319k rows/s, this scheme 447k, re2js 133k;
// re2-wasm was 5× slower than the default.
import v8 from 'node:v8';
import { RE2JS } from 're2js';
import { Re2Refusal, toRe2 } from './regex-translate.js';

const BACKTRACK_LIMIT = 10_000;

let linearEngine: boolean | undefined;

/** Turns the fallback on for this process (V8 flags are process-wide, workers included). */
export function enableLinearFallback(): boolean {
  if (linearEngine === undefined) {
    v8.setFlagsFromString('--enable-experimental-regexp-engine');
    v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
    v8.setFlagsFromString(`--regexp-backtracks-before-fallback=${BACKTRACK_LIMIT}`);
    try {
      // eslint-disable-next-line no-invalid-regexp -- the `l` flag exists only behind the V8 flag above
      new RegExp('a', 'l');
      linearEngine = true;
    } catch {
      linearEngine = false;
    }
  }
  return linearEngine;
}

export class UnsafePatternError extends Error {}

const NEEDS_UNICODE = /\\[pP]\{|\\u\{|\\u[dD][89a-fA-F][0-9a-fA-F]{2}|[\uD800-\uDFFF]/;
const ASTRAL = /[\uD800-\uDFFF]/;
// Without `u`, an astral character is two code units. Only these constructs can then match
// differently (one character or two); patterns without them need no check of the input.
const UNIT_SENSITIVE = /\.|\[\^|\\[SWDB]/;

interface Matcher {
  test(s: string): boolean;
  /** ajv keys its compiled patterns by toString(): it must differ per pattern. */
  toString(): string;
}

/** RE2 (re2js) on the pattern's RE2 spelling; refuses with the reason RE2 cannot run it. */
function re2(pattern: string): Matcher {
  let re: RE2JS;
  try {
    re = RE2JS.compile(toRe2(pattern));
  } catch (err) {
    throw new UnsafePatternError(
      `pattern ${JSON.stringify(pattern)} is not supported: ${(err as Error).message.replace(/^error parsing regexp: /, '')}` +
        (err instanceof Re2Refusal ? '' : ' (modelgate matches patterns with RE2, in linear time)'),
    );
  }
  return { test: (s: string) => re.matcher(s).find(), toString: () => `/${pattern}/u` };
}

/** V8's native engine, rerun on its linear engine past the backtrack limit (see the top). */
function native(pattern: string): Matcher {
  const fast = new RegExp(pattern, '');
  if (!UNIT_SENSITIVE.test(pattern)) return fast;
  // RE2 only for input with astral characters, compiled on first need (it costs startup time).
  // Should RE2 not take this spelling, the native match answers: still bounded in cost.
  let slow: Matcher | undefined;
  const astral = (s: string): boolean => {
    if (!slow) {
      try {
        slow = re2(pattern);
      } catch {
        slow = fast;
      }
    }
    return slow.test(s);
  };
  return {
    test: (s: string) => (ASTRAL.test(s) ? astral(s) : fast.test(s)),
    toString: () => `/${pattern}/u`,
  };
}

/** ajv `code.regExp`: (pattern, flags) → an object with test(). Throws UnsafePatternError. */
export function safeRegExp(pattern: string, flags?: string): Matcher {
  if (flags && flags !== 'u')
    throw new UnsafePatternError(`unsupported regular expression flags '${flags}'`);
  try {
    new RegExp(pattern, 'u');
  } catch (err) {
    throw new UnsafePatternError(
      `invalid pattern ${JSON.stringify(pattern)}: ${(err as Error).message}`,
    );
  }
  // The common patterns run natively. The linear engine refuses some patterns RE2 runs fine
  // (repeat counts over its limit, Unicode escapes): those go to RE2.
  if (enableLinearFallback() && !NEEDS_UNICODE.test(pattern)) {
    try {
      // eslint-disable-next-line no-invalid-regexp -- the `l` flag exists only behind the V8 flag
      new RegExp(pattern, 'l');
      return native(pattern);
    } catch {
      // not for the linear engine: RE2 below
    }
  }
  return re2(pattern);
}
safeRegExp.code = 'safeRegExp';
