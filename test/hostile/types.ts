// The vocabulary of the hostile suite: what a case is, what running it observed, and the classes
// an outcome falls into. A case declares only what a correct outcome is (expect), never a message.
import type { FakeGitHub } from '../fake-github/server.js';

/** What a correct run does with the input: let it through, fail the gate, or refuse it as bad input. */
export type Expect = 'pass' | 'fail' | 'bad-input';

export const OUTCOMES = [
  'ok',
  'unclear',
  'wrong-pass',
  'wrong-fail',
  'crash',
  'hang',
  'memory',
  'leak',
  'escape',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type Area =
  'data' | 'schema' | 'metrics' | 'config' | 'result' | 'artifact' | 'event' | 'env';

/**
 * A file planted in the workspace. Strings may hold the placeholders `$OUTSIDE` (the canary folder
 * beside the workspace), `$INJ` (the workflow-command injection marker) and `$CANARY` (the outside
 * canary text), replaced when the file is written.
 */
export type FileSpec =
  | string
  | Buffer
  | { symlink: string }
  | { fifo: true }
  | { dir: true }
  /** Written by a generator (big inputs are made on the fly, never committed). */
  | { generate: (path: string) => void };

export interface CaseContext {
  ws: string;
  outside: string;
  /** Where GITHUB_OUTPUT, the job summary and the event payload live (RUNNER_TEMP). */
  runnerTemp: string;
  token: string;
  secrets: Secrets;
  gh?: FakeGitHub;
}

export interface Secrets {
  /** The token as given to the step (may hold a newline in token cases). */
  token: string;
  envCanary: string;
  outsideCanary: string;
  /** The credential actions/checkout leaves in `.git/config`. */
  gitHeader: string;
  /** Marker carried by text that tries to start a workflow command. */
  injection: string;
}

export interface CliRun {
  cli: string[];
}

export interface ActionRunSpec {
  action: 'validate' | 'compare' | 'report' | 'gate' | 'run';
  inputs?: Record<string, string>;
  /** Event name and payload; default a pull_request `opened` event for the fake repository. */
  event?: (ctx: CaseContext) => { name: string; payload: unknown } | { name: string; path: string };
  env?: Record<string, string>;
  /** The github-token input; default a fresh installation token known to the fake. */
  token?: (secret: string) => string;
}

export interface HostileCase {
  id: string;
  area: Area;
  expect: Expect;
  /** Other outcomes that are equally correct (e.g. a construct refused at load instead of supported). */
  alsoOk?: Expect[];
  /** The input an error must name for a user to act on it (a path, key or input name). */
  names?: string;
  files?: Record<string, FileSpec>;
  run: CliRun | ActionRunSpec;
  /** State of the fake GitHub (runs, artifacts, pull requests) before the run. */
  github?: (gh: FakeGitHub, ctx: CaseContext) => void;
  timeoutMs?: number;
  /** Whether a committed `.git/config` with a checkout credential is planted (default true). */
  gitCheckout?: boolean;
}

export interface Observation {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Peak resident set size in KiB. */
  maxRssKb: number;
  killedForMemory: boolean;
  ms: number;
  cpuMs?: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  outputsRaw: string;
  errorMessages: string[];
  /** Text of every file the run created or changed in the workspace. */
  written: string;
  /** Every request the fake received (path, query, body) as text. */
  requests: string;
  statuses: string[];
  /** Paths outside the workspace that were read (atime moved) or written. */
  outsideRead: string[];
  outsideWritten: string[];
  /** Requests the fake could not match to GitHub's API (a path built from hostile text). */
  unknownRequests: string[];
}

export interface Classified {
  outcome: Outcome;
  why: string;
  verdict: 'pass' | 'fail' | 'error' | 'none';
}
