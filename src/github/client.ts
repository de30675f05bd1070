// The Octokit every GitHub call in modelgate goes through: retries, rate limits, a time limit
// per call, and errors that name the request but never the token. Usage, retry rules and why:
// docs/github.md.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
import Bottleneck from 'bottleneck/light.js';
import { VERSION } from '../version.js';
import { redactToken, tokenProblem } from './token.js';

const ModelgateOctokit = Octokit.plugin(retry, throttling);

export type GitHubClient = InstanceType<typeof ModelgateOctokit>;

export interface GitHubLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  baseUrl: string;
  userAgent?: string;
  /** Retries after the first attempt, for 5xx, network errors and rate limits. Default 3. */
  retries?: number;
  /** Milliseconds per backoff unit and per second of Retry-After / rate-limit reset. Default 1000. */
  retryBaseMs?: number;
  /** Longest Retry-After / rate-limit reset (seconds) we wait for before giving up. Default 60. */
  maxRetryAfterSeconds?: number;
  /** Minimum spacing of write requests in ms. Default: the throttling plugin's (1000; 3000 for comments). */
  writeIntervalMs?: number;
  /** Upper bound for one call, retries and waits included. Default 300000 (5 min). */
  timeoutMs?: number;
  log?: Partial<GitHubLog>;
}

const silent = (): void => {};

/** The options with their defaults filled in. */
interface ClientSettings {
  token: string;
  retries: number;
  retryBaseMs: number;
  maxRetryAfter: number;
  timeoutMs: number;
  log: GitHubLog;
}

function settingsOf(options: GitHubClientOptions): ClientSettings {
  return {
    token: options.token,
    retries: options.retries ?? 3,
    retryBaseMs: options.retryBaseMs ?? 1000,
    maxRetryAfter: options.maxRetryAfterSeconds ?? 60,
    timeoutMs: options.timeoutMs ?? 300_000,
    log: {
      debug: options.log?.debug ?? silent,
      info: options.log?.info ?? silent,
      warn: options.log?.warn ?? ((m) => console.warn(m)),
      error: options.log?.error ?? ((m) => console.error(m)),
    },
  };
}

/** The throttling plugin's callback for one kind of rate limit: retry (true) or give up. */
function onRateLimit(kind: string, s: ClientSettings) {
  return (
    retryAfter: number,
    opts: { method: string; url: string },
    _o: unknown,
    retryCount: number,
  ): boolean => {
    const what = `${opts.method} ${routeOf(opts.url)}`;
    if (retryCount >= s.retries || retryAfter > s.maxRetryAfter) {
      s.log.warn(
        `GitHub ${kind} rate limit on ${what}; not retrying (retry after ${retryAfter}s).`,
      );
      return false;
    }
    s.log.info(`GitHub ${kind} rate limit on ${what}; retrying after ${retryAfter}s.`);
    return true;
  };
}

/** The throttling plugin's write spacing, when the caller sets one (tests set 0). */
function writeGroups(writeIntervalMs: number | undefined) {
  if (writeIntervalMs === undefined) return {};
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeIntervalMs }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeIntervalMs }),
  };
}

/** Retry-After for 5xx, a time limit per call, and errors that name the request, not the token. */
function installHooks(client: GitHubClient, s: ClientSettings): void {
  // plugin-retry's own backoff ignores Retry-After, and rate limits belong to the throttling
  // plugin (retrying them here as well would multiply the attempts).
  const retryRequest = client.retry.retryRequest;
  client.retry.retryRequest = (error, maxRetries, after) => {
    if (isRateLimitError(error)) return retryRequest(error, 0, 0);
    const header = retryAfterSeconds(error.response?.headers?.['retry-after']);
    if (header === undefined) return retryRequest(error, maxRetries, after);
    if (header > s.maxRetryAfter) return retryRequest(error, 0, 0);
    return retryRequest(error, maxRetries, header);
  };

  client.hook.before('request', (opts) => {
    if (!opts.request?.signal) {
      opts.request = { ...opts.request, signal: AbortSignal.timeout(s.timeoutMs) };
    }
  });
  client.hook.error('request', (error, opts) => {
    throw withoutToken(toGitHubError(error, opts as { method?: string; url?: string }), s.token);
  });
}

/** Create the client. Nothing here reads process.env. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) throw new Error('A GitHub token is required (input github-token).');
  const problem = tokenProblem(options.token);
  if (problem) throw new Error(`${problem}.`);
  const s = settingsOf(options);
  const client = new ModelgateOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? `modelgate/${VERSION}`,
    log: s.log,
    retry: {
      retries: s.retries,
      retryAfterBaseValue: s.retryBaseMs,
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
    },
    throttle: {
      retryAfterBaseValue: s.retryBaseMs,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: onRateLimit('primary', s),
      onSecondaryRateLimit: onRateLimit('secondary', s),
      ...writeGroups(options.writeIntervalMs),
    },
  });
  installHooks(client, s);
  return client;
}

/**
 * The error with every form of the token taken out of its message; its cause (the library's own
 * error, whose text we do not control) is dropped when it carried one.
 */
function withoutToken(error: Error, token: string): Error {
  const message = redactToken(error.message, token);
  const cause = (error as { cause?: unknown }).cause;
  const causeText = cause instanceof Error ? `${cause.message}\n${cause.stack ?? ''}` : '';
  if (message === error.message && redactToken(causeText, token) === causeText) return error;
  if (!(error instanceof GitHubRequestError)) return new Error(message);
  return new GitHubRequestError(
    message,
    error.status,
    error.method,
    error.route,
    error.path,
    error.githubMessage === undefined ? undefined : redactToken(error.githubMessage, token),
    error.rateLimited,
  );
}

/** An API failure with the request named, safe to print (no headers, no token). */
export class GitHubRequestError extends Error {
  override readonly name = 'GitHubRequestError';
  constructor(
    message: string,
    /** HTTP status; 0 when no response arrived (network error, timeout). */
    readonly status: number,
    readonly method: string,
    /** The route template, e.g. /repos/{owner}/{repo}/issues/{issue_number}/comments. */
    readonly route: string,
    /** The path actually requested, without query string. */
    readonly path: string,
    /** GitHub's own message, if it sent one. */
    readonly githubMessage: string | undefined,
    readonly rateLimited: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A 403 that is a permission problem (fork token, missing `permissions:`), not a rate limit. */
export function isForbidden(err: unknown): err is GitHubRequestError {
  return err instanceof GitHubRequestError && err.status === 403 && !err.rateLimited;
}

/** GitHub's wording for an installation token without the needed permission (GITHUB_TOKEN). */
export function isResourceNotAccessible(err: unknown): err is GitHubRequestError {
  return (
    isForbidden(err) && /resource not accessible by integration/i.test(err.githubMessage ?? '')
  );
}

export function isNotFound(err: unknown): err is GitHubRequestError {
  return err instanceof GitHubRequestError && err.status === 404;
}

const HINTS: Record<number, string> = {
  401: 'the token is invalid or expired',
  403: 'the token lacks a permission (on pull requests from forks it is read-only)',
  404: 'the repository, pull request, ref or file does not exist, or the token cannot see it',
  410: 'the resource is gone (for artifacts: expired)',
  422: 'GitHub rejected the request as invalid',
};

function toGitHubError(error: unknown, opts: { method?: string; url?: string }): Error {
  if (error instanceof GitHubRequestError) return error;
  const method = (opts.method ?? 'GET').toUpperCase();
  const route = routeOf(opts.url ?? '');
  if (!(error instanceof RequestError)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new GitHubRequestError(
      `GitHub API ${method} ${route} failed: ${reason}`,
      0,
      method,
      route,
      route,
      undefined,
      false,
      { cause: error },
    );
  }
  const path = routeOf(error.request.url);
  const data = error.response?.data as
    { message?: unknown; errors?: unknown; documentation_url?: unknown } | undefined;
  const githubMessage = typeof data?.message === 'string' ? data.message : undefined;
  // With no response (network error, abort), octokit reports status 500.
  const status = error.response ? error.status : 0;
  const rateLimited = isRateLimitError(error);
  const parts = [`GitHub API ${method} ${route}`];
  if (path !== route) parts.push(`(${path})`);
  parts.push(status ? `failed with ${status}` : 'failed without a response');
  let message = parts.join(' ');
  const detail = githubMessage ?? (status ? undefined : error.message);
  if (detail) message += `: ${oneLine(detail, 500)}`;
  const details = validationDetails(data?.errors);
  if (details) message += ` [${details}]`;
  const hint = rateLimited ? 'rate limit exceeded' : HINTS[status];
  if (hint) message += ` (${hint})`;
  return new GitHubRequestError(message, status, method, route, path, githubMessage, rateLimited, {
    cause: error,
  });
}

function validationDetails(errors: unknown): string | undefined {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const items = errors.slice(0, 5).map((e: unknown) => {
    if (typeof e === 'string') return e;
    const o = e as { resource?: string; field?: string; code?: string; message?: string };
    return o.message ?? [o.resource, o.field, o.code].filter(Boolean).join(' ');
  });
  return oneLine(items.join('; '), 300);
}

function isRateLimitError(error: RequestError): boolean {
  if (error.status !== 403 && error.status !== 429) return false;
  const headers = error.response?.headers ?? {};
  if (headers['x-ratelimit-remaining'] === '0') return true;
  const data = error.response?.data as { message?: unknown } | undefined;
  const msg = typeof data?.message === 'string' ? data.message : error.message;
  return /rate limit/i.test(msg);
}

function retryAfterSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  if (/^\d+$/.test(s)) return Number(s);
  const at = Date.parse(s);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** The route without origin or query: a template before expansion, a path after. */
function routeOf(url: string): string {
  const noQuery = url.split('?')[0] ?? '';
  return noQuery.replace(/^[a-z]+:\/\/[^/]+/i, '') || '/';
}

function oneLine(text: string, max: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
