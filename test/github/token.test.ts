// Token hygiene: a malformed token is refused in words that never contain it, every form of it is
// known for masking, and the client never passes one on to fetch (whose error would echo it).
import { describe, expect, test } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { redactToken, tokenForms, tokenProblem } from '../../src/github/token.js';

const GOOD = 'ghs_0123456789abcdefABCDEF0123456789abcd';

describe('tokenProblem', () => {
  test('a well-formed token has none', () => {
    expect(tokenProblem(GOOD)).toBeUndefined();
  });

  test.each([
    ['a line break', `${GOOD}\nX-Evil: 1`],
    ['a line break', `${GOOD}\r`],
    ['a space or tab', `${GOOD} X-Evil: 1`],
    ['a space or tab', ` ${GOOD}`],
    ['a control character', `${GOOD}\u0000`],
    ['a character outside printable ASCII', `${GOOD}\u00a0`],
  ])('%s is refused, and the message does not contain the token', (what, token) => {
    const problem = tokenProblem(token);
    expect(problem).toContain(what);
    expect(problem).not.toContain(GOOD);
    expect(problem).not.toContain(GOOD.slice(4, 20));
  });
});

describe('tokenForms', () => {
  test('the raw value, each line and word, and both Authorization forms', () => {
    const forms = tokenForms(`${GOOD}\nX-Evil: 1`);
    for (const f of [
      `${GOOD}\nX-Evil: 1`,
      GOOD,
      'X-Evil: 1',
      'X-Evil:',
      `token ${GOOD}`,
      `Bearer ${GOOD}`,
      `token ${GOOD}\nX-Evil: 1`,
    ]) {
      expect(forms).toContain(f);
    }
    // Fragments too short to be worth hiding ("1") are not masked: they would hide ordinary text.
    expect(forms).not.toContain('1');
  });

  test('redactToken replaces every form, longest first', () => {
    const text = `Headers.append: "token ${GOOD} X-Evil: 1" is an invalid header value; raw ${GOOD}`;
    const out = redactToken(text, `${GOOD} X-Evil: 1`);
    expect(out).not.toContain(GOOD);
    expect(out).toBe('Headers.append: "***" is an invalid header value; raw ***');
  });
});

describe('createGitHubClient', () => {
  test('refuses a token with a line break, without echoing it', () => {
    let message = '';
    try {
      createGitHubClient({ token: `${GOOD}\nX-Evil: 1`, baseUrl: 'http://127.0.0.1:9' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/contains a line break at character 41 of 50/);
    expect(message).not.toContain(GOOD);
    expect(message).not.toContain('X-Evil');
  });
});
