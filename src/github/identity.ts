// Who the token is, so the sticky comment is only ever matched among our own comments.
//
// Usage:
//   const self = await findSelf(client);          // { login, type, source }
//   const mine = comment.user?.login === self.login;
//
// Decision: `GET /user` answers for a personal access token (its login) and with 403 for an
// installation token. The workflow GITHUB_TOKEN is an installation token of the GitHub Actions
// app, whose comments are written by `github-actions[bot]` (type Bot), so a 403 means that bot.
// A token of another GitHub App (e.g. from actions/create-github-app-token) also gets a 403 and
// cannot discover its own slug without the app's JWT: the caller passes `installationLogin`
// (e.g. "my-app[bot]") for that case. Any other failure (401, 5xx) is an error, never a guess.
import { isForbidden, type GitHubClient } from './client.js';

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface SelfIdentity {
  login: string;
  type: 'User' | 'Bot' | 'Organization' | string;
  /** `user`: GET /user answered; `installation`: it answered 403 and the app bot is assumed. */
  source: 'user' | 'installation';
}

export interface FindSelfOptions {
  /** Login of the app bot when GET /user is forbidden. Default github-actions[bot]. */
  installationLogin?: string;
}

const cache = new WeakMap<GitHubClient, Promise<SelfIdentity>>();

/** The token's identity; cached per client. */
export function findSelf(
  client: GitHubClient,
  options: FindSelfOptions = {},
): Promise<SelfIdentity> {
  const key = options.installationLogin;
  const cached = key === undefined ? cache.get(client) : undefined;
  if (cached) return cached;
  const found = lookup(client, key ?? ACTIONS_BOT_LOGIN);
  if (key === undefined) {
    cache.set(client, found);
    found.catch(() => cache.delete(client));
  }
  return found;
}

async function lookup(client: GitHubClient, installationLogin: string): Promise<SelfIdentity> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, type: data.type, source: 'user' };
  } catch (err) {
    if (isForbidden(err)) return { login: installationLogin, type: 'Bot', source: 'installation' };
    throw err;
  }
}

/** Logins compare case-insensitively on GitHub. */
export function isSameLogin(a: string | undefined | null, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}

/**
 * The identity when the token's format already tells it: `ghs_` is GitHub's prefix for app
 * installation tokens (the workflow GITHUB_TOKEN among them), for which GET /user can only answer
 * 403, so asking would cost a request to learn nothing. Undefined: ask with findSelf.
 */
export function identityFromToken(
  token: string,
  installationLogin: string = ACTIONS_BOT_LOGIN,
): SelfIdentity | undefined {
  return token.startsWith('ghs_')
    ? { login: installationLogin, type: 'Bot', source: 'installation' }
    : undefined;
}
