// The github-token input, read once per action: every form of it is masked before anything else
// happens, then it is checked, so a malformed token is refused without ever being printed.
import * as core from '@actions/core';
import { tokenForms, tokenProblem } from '../github/token.js';

/** The token, masked; '' when the input is empty. Throws (without the token) when it is malformed. */
export function readToken(name = 'github-token'): string {
  // Untrimmed: whitespace around a token is itself a sign the secret was stored wrongly.
  const raw = core.getInput(name, { trimWhitespace: false });
  if (raw.trim() === '') return '';
  for (const form of tokenForms(raw)) core.setSecret(form);
  const problem = tokenProblem(raw);
  if (problem) throw new Error(`input ${name}: ${problem}.`);
  return raw;
}
