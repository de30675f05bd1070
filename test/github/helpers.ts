// Shared setup: a fresh fake GitHub per test and a client with millisecond backoffs.
import { afterEach, beforeEach } from 'vitest';
import {
  createGitHubClient,
  type GitHubClient,
  type GitHubClientOptions,
} from '../../src/github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';

export interface Harness {
  gh: FakeGitHub;
  client: (overrides?: Partial<GitHubClientOptions>) => GitHubClient;
}

/** Registers beforeEach/afterEach: every test must end without OpenAPI violations. */
export function useFakeGitHub(): Harness {
  const harness = {} as Harness;
  beforeEach(async () => {
    const gh = await startFakeGitHub();
    harness.gh = gh;
    harness.client = (overrides = {}) =>
      createGitHubClient({
        token: gh.token,
        baseUrl: gh.url,
        retryBaseMs: 1,
        writeIntervalMs: 0,
        log: { warn: () => {}, error: () => {} },
        ...overrides,
      });
  });
  afterEach(async () => {
    try {
      harness.gh.expectNoViolations();
    } finally {
      await harness.gh.close();
    }
  });
  return harness;
}
