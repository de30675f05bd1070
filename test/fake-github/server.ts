// A local fake of GitHub's REST API for tests: node:http on 127.0.0.1, a random port, state in
// memory, every request checked against GitHub's OpenAPI description (see openapi.ts).
//
//   const gh = await startFakeGitHub();
//   const pr = gh.addPullRequest('octo/model', { headSha, baseSha });      // repo created on demand
//   spawn node dist/report.js with GITHUB_API_URL=gh.url and the token gh.token
//   expect(gh.comments('octo/model', pr.number)).toHaveLength(1);
//   gh.expectNoViolations();                                               // in afterEach
//   await gh.close();
//
// See README.md for the whole API (tokens, injection, pagination, artifacts).
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipSync } from 'fflate';
import { OpenApiChecker, type MatchedOperation } from './openapi.js';

export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface TokenOptions {
  login: string;
  type?: FakeUser['type'];
  /** An installation token: GET /user answers 403. */
  installation?: boolean;
  /** Writes answer 403 "Resource not accessible by integration" (a fork's GITHUB_TOKEN). */
  readOnly?: boolean;
}

export interface Injection {
  /** Operation key as in the OpenAPI description, e.g. "POST /repos/{owner}/{repo}/statuses/{sha}". */
  route: string;
  status: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests get this answer. Default 1; Infinity for all. */
  times?: number;
  /** Only requests for which this is true (e.g. a given repo or issue). */
  when?: (req: RecordedRequest) => boolean;
  /** Serve the request (its changes happen), then answer with the error: a lost response. */
  afterServing?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path without query string, e.g. /repos/octo/model/issues/1/comments */
  path: string;
  query: Record<string, string>;
  /** Matched operation key, "(storage)" for artifact blobs, undefined when unknown. */
  operation?: string;
  params: Record<string, string>;
  body?: unknown;
  /** Request headers without authorization. */
  headers: Record<string, string>;
  /** Login of the token's user, "(none)" or "(bad token)". The token itself is never kept. */
  as: string;
  status: number;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakeStatus {
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: FakeUser;
  createdAt: string;
}

export interface FakeCheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  start_column?: number;
  end_column?: number;
  raw_details?: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every annotation sent, in order: an update appends to those already there, as on GitHub. */
  annotations: FakeCheckAnnotation[];
  creator: FakeUser;
  startedAt: string;
  completedAt: string | null;
}

export interface FakeEvent {
  id: number;
  issueNumber: number;
  event: string;
  actor: FakeUser;
  label?: string;
  createdAt: string;
}

export interface FakePull {
  number: number;
  title: string;
  state: 'open' | 'closed';
  draft: boolean;
  user: FakeUser;
  headSha: string;
  headRef: string;
  /** owner/name; another repo means a fork; null: the fork was deleted. */
  headRepo: string | null;
  baseSha: string;
  baseRef: string;
  createdAt: string;
}

export interface FakeRun {
  id: number;
  workflowId: number;
  workflowPath: string;
  name: string;
  event: string;
  status: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string;
  headRepo: string;
  pullRequests: Array<{ number: number; headSha: string; headRef: string; baseRef: string }>;
  runNumber: number;
  createdAt: string;
}

export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  zip: Uint8Array;
  expired: boolean;
  createdAt: string;
}

interface RepoState {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  private: boolean;
  branches: Map<string, string>;
  commits: Map<string, Map<string, Buffer>>;
  issues: Set<number>;
  nextNumber: number;
  pulls: Map<number, FakePull>;
  comments: FakeComment[];
  statuses: FakeStatus[];
  checkRuns: FakeCheckRun[];
  labels: Map<number, string[]>;
  events: FakeEvent[];
  permissions: Map<string, RepoPermission>;
  workflows: Map<string, number>;
  runs: FakeRun[];
  artifacts: FakeArtifact[];
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string>; raw?: Buffer };
type Ctx = {
  req: RecordedRequest;
  repo?: RepoState;
  user: FakeUser;
  token: TokenOptions;
  p: Record<string, string>;
  q: URLSearchParams;
  body: Record<string, unknown>;
  accept: string;
};

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const DOCS = 'https://docs.github.com/rest';
const NOT_ACCESSIBLE = 'Resource not accessible by integration';
const CONCLUSIONS = new Set([
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
  'stale',
]);
const WRITE_ROLE: Record<RepoPermission, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

export interface FakeGitHubOptions {
  /** Used in html_url fields. Default https://github.com */
  serverUrl?: string;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const gh = new FakeGitHub(options);
  await gh.listen();
  return gh;
}

export class FakeGitHub {
  /** GITHUB_API_URL for the code under test. */
  url = '';
  readonly serverUrl: string;
  /** The default token: an installation token acting as github-actions[bot], with write access. */
  readonly token = 'ghs_fakeInstallationToken0000000000000000';
  /** A fork PR's GITHUB_TOKEN: an installation token whose writes answer 403. */
  readonly readOnlyToken = 'ghs_fakeReadOnlyForkToken000000000000000';
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];

  private readonly server: Server;
  private readonly checker = new OpenApiChecker();
  private readonly tokens = new Map<string, TokenOptions>();
  private readonly users = new Map<string, FakeUser>();
  private readonly repos = new Map<string, RepoState>();
  private injections: Array<Injection & { left: number }> = [];
  private latency: ((req: RecordedRequest) => number) | undefined;
  private nextId = 1000;
  private clock = Date.parse('2026-01-01T00:00:00Z');

  constructor(options: FakeGitHubOptions = {}) {
    this.serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    this.users.set(ACTIONS_BOT.login.toLowerCase(), ACTIONS_BOT);
    this.tokens.set(this.token, { login: ACTIONS_BOT.login, type: 'Bot', installation: true });
    this.tokens.set(this.readOnlyToken, {
      login: ACTIONS_BOT.login,
      type: 'Bot',
      installation: true,
      readOnly: true,
    });
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.violations.push(`fake server crashed on ${req.method} ${req.url}: ${String(err)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Server Error' }));
      });
    });
  }

  /** @internal */
  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- identities -------------------------------------------------------------------------

  addUser(login: string, type: FakeUser['type'] = 'User'): FakeUser {
    const known = this.users.get(login.toLowerCase());
    if (known) return known;
    const user = { login, id: this.id(), type };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  /** A token for `login`; a personal access token unless `installation`. */
  addToken(token: string, options: TokenOptions): void {
    this.addUser(options.login, options.type ?? (options.installation ? 'Bot' : 'User'));
    this.tokens.set(token, options);
  }

  // ---- repository state -------------------------------------------------------------------

  addRepo(fullName: string, options: { defaultBranch?: string; private?: boolean } = {}): void {
    const [owner, name] = splitRepo(fullName);
    const key = fullName.toLowerCase();
    if (this.repos.has(key)) return;
    this.addUser(owner);
    this.repos.set(key, {
      id: this.id(),
      owner,
      name,
      defaultBranch: options.defaultBranch ?? 'main',
      private: options.private ?? false,
      branches: new Map(),
      commits: new Map(),
      issues: new Set(),
      nextNumber: 1,
      pulls: new Map(),
      comments: [],
      statuses: [],
      checkRuns: [],
      labels: new Map(),
      events: [],
      permissions: new Map([[owner.toLowerCase(), 'admin']]),
      workflows: new Map(),
      runs: [],
      artifacts: [],
    });
  }

  /**
   * A commit with these files. With `branch`, the files are laid over the branch's current
   * commit and the branch moves to the new commit. Returns its SHA.
   */
  addCommit(
    fullName: string,
    options: { branch?: string; sha?: string; files?: Record<string, string | Uint8Array> } = {},
  ): string {
    const repo = this.repo(fullName);
    const sha = options.sha ?? this.sha();
    const parent = options.branch ? repo.branches.get(options.branch) : undefined;
    const files = new Map(parent ? repo.commits.get(parent) : undefined);
    for (const [path, content] of Object.entries(options.files ?? {})) {
      files.set(path.replace(/^\/+/, ''), Buffer.from(content));
    }
    repo.commits.set(sha, files);
    if (options.branch) repo.branches.set(options.branch, sha);
    return sha;
  }

  addIssue(fullName: string, options: { number?: number } = {}): number {
    const repo = this.repo(fullName);
    const number = options.number ?? repo.nextNumber;
    repo.issues.add(number);
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    return number;
  }

  addPullRequest(
    fullName: string,
    options: {
      number?: number;
      headSha?: string;
      baseSha?: string;
      headRef?: string;
      baseRef?: string;
      headRepo?: string | null;
      user?: string;
      title?: string;
      labels?: string[];
      state?: 'open' | 'closed';
    } = {},
  ): FakePull {
    const repo = this.repo(fullName);
    const number = this.addIssue(fullName, options.number ? { number: options.number } : {});
    const baseRef = options.baseRef ?? repo.defaultBranch;
    const baseSha =
      options.baseSha ??
      repo.branches.get(baseRef) ??
      this.addCommit(fullName, { branch: baseRef });
    const headSha = options.headSha ?? this.sha();
    if (!repo.commits.has(baseSha)) repo.commits.set(baseSha, new Map());
    // PR heads, from forks too, are fetchable in the base repo (refs/pull/N/head).
    if (!repo.commits.has(headSha)) repo.commits.set(headSha, new Map(repo.commits.get(baseSha)));
    const pull: FakePull = {
      number,
      title: options.title ?? `PR ${number}`,
      state: options.state ?? 'open',
      draft: false,
      user: this.addUser(options.user ?? 'octocat'),
      headSha,
      headRef: options.headRef ?? `feature-${number}`,
      headRepo: options.headRepo === undefined ? `${repo.owner}/${repo.name}` : options.headRepo,
      baseSha,
      baseRef,
      createdAt: this.tick(),
    };
    repo.pulls.set(number, pull);
    repo.labels.set(number, [...(options.labels ?? [])]);
    return pull;
  }

  /** A comment as if written earlier by `user` (default: the actions bot). */
  addComment(
    fullName: string,
    issueNumber: number,
    options: { body: string; user?: string; userType?: FakeUser['type'] },
  ): FakeComment {
    const repo = this.repo(fullName);
    if (!repo.issues.has(issueNumber)) this.addIssue(fullName, { number: issueNumber });
    const user = this.addUser(options.user ?? ACTIONS_BOT.login, options.userType);
    const at = this.tick();
    const comment = {
      id: this.id(),
      issueNumber,
      body: options.body,
      user,
      createdAt: at,
      updatedAt: at,
    };
    repo.comments.push(comment);
    return comment;
  }

  /** Apply a label as `actor`, recording a `labeled` event like GitHub. */
  addLabel(fullName: string, issueNumber: number, label: string, actor: string): FakeEvent {
    const repo = this.repo(fullName);
    const labels = repo.labels.get(issueNumber) ?? [];
    if (!labels.includes(label)) labels.push(label);
    repo.labels.set(issueNumber, labels);
    return this.addEvent(fullName, issueNumber, { event: 'labeled', actor, label });
  }

  removeLabel(fullName: string, issueNumber: number, label: string, actor: string): FakeEvent {
    const repo = this.repo(fullName);
    repo.labels.set(
      issueNumber,
      (repo.labels.get(issueNumber) ?? []).filter((l) => l !== label),
    );
    return this.addEvent(fullName, issueNumber, { event: 'unlabeled', actor, label });
  }

  /** Any issue event (e.g. many `subscribed` events to push the label onto a later page). */
  addEvent(
    fullName: string,
    issueNumber: number,
    options: { event: string; actor: string; label?: string },
  ): FakeEvent {
    const repo = this.repo(fullName);
    const ev: FakeEvent = {
      id: this.id(),
      issueNumber,
      event: options.event,
      actor: this.addUser(options.actor),
      createdAt: this.tick(),
      ...(options.label ? { label: options.label } : {}),
    };
    repo.events.push(ev);
    return ev;
  }

  setPermission(fullName: string, login: string, permission: RepoPermission): void {
    this.addUser(login);
    this.repo(fullName).permissions.set(login.toLowerCase(), permission);
  }

  /**
   * A completed workflow run with artifacts. `files` are zipped with fflate; `zip` gives the
   * archive bytes as they are (e.g. a hostile archive).
   */
  addWorkflowRun(
    fullName: string,
    options: {
      workflow: string;
      branch?: string;
      headSha?: string;
      headRepo?: string;
      event?: string;
      conclusion?: string | null;
      status?: string;
      pullRequests?: FakeRun['pullRequests'];
      artifacts?: Array<{
        name: string;
        files?: Record<string, string | Uint8Array>;
        zip?: Uint8Array;
        expired?: boolean;
      }>;
    },
  ): FakeRun {
    const repo = this.repo(fullName);
    const path = options.workflow.includes('/')
      ? options.workflow
      : `.github/workflows/${options.workflow}`;
    let workflowId = repo.workflows.get(path);
    if (workflowId === undefined) {
      workflowId = this.id();
      repo.workflows.set(path, workflowId);
    }
    const branch = options.branch ?? repo.defaultBranch;
    const run: FakeRun = {
      id: this.id(),
      workflowId,
      workflowPath: path,
      name:
        path
          .split('/')
          .pop()
          ?.replace(/\.ya?ml$/, '') ?? path,
      event: options.event ?? 'push',
      status: options.status ?? 'completed',
      conclusion: options.conclusion === undefined ? 'success' : options.conclusion,
      headSha: options.headSha ?? repo.branches.get(branch) ?? this.addCommit(fullName, { branch }),
      headBranch: branch,
      headRepo: options.headRepo ?? `${repo.owner}/${repo.name}`,
      pullRequests: options.pullRequests ?? [],
      runNumber: repo.runs.filter((r) => r.workflowId === workflowId).length + 1,
      createdAt: this.tick(),
    };
    repo.runs.push(run);
    for (const a of options.artifacts ?? []) {
      repo.artifacts.push({
        id: this.id(),
        runId: run.id,
        name: a.name,
        zip: a.zip ?? makeZip(a.files ?? {}),
        expired: a.expired ?? false,
        createdAt: this.tick(),
      });
    }
    return run;
  }

  // ---- fault injection --------------------------------------------------------------------

  /** Answer matching requests with an error instead of serving them. */
  inject(injection: Injection): void {
    this.operationKnown(injection.route);
    this.injections.push({ ...injection, left: injection.times ?? 1 });
  }

  /** 403 "Resource not accessible by integration", as a fork's token gets on writes. */
  forbid(route: string, times = Infinity): void {
    this.inject({ route, status: 403, message: NOT_ACCESSIBLE, times });
  }

  /** GitHub's rate-limit answers: primary (x-ratelimit-remaining 0) or secondary (Retry-After). */
  rateLimit(
    route: string,
    options: { kind?: 'primary' | 'secondary'; retryAfter?: number; times?: number } = {},
  ): void {
    const after = options.retryAfter ?? 1;
    if (options.kind === 'secondary') {
      this.inject({
        route,
        status: 403,
        times: options.times ?? 1,
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        headers: { 'retry-after': String(after) },
      });
      return;
    }
    this.inject({
      route,
      status: 403,
      times: options.times ?? 1,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + after),
      },
    });
  }

  /**
   * Wait `ms(req)` milliseconds before serving a request (after its checks, before it reads or
   * changes any state), so concurrent clients interleave as they do against GitHub, where a
   * listing and a POST each take a few hundred milliseconds.
   */
  setLatency(ms: ((req: RecordedRequest) => number) | undefined): void {
    this.latency = ms;
  }

  // ---- inspection -------------------------------------------------------------------------

  comments(fullName: string, issueNumber: number): FakeComment[] {
    return this.repo(fullName).comments.filter((c) => c.issueNumber === issueNumber);
  }

  statuses(fullName: string, sha?: string): FakeStatus[] {
    return this.repo(fullName).statuses.filter((s) => sha === undefined || s.sha === sha);
  }

  /** Check runs, oldest first; with `sha`, only those on that commit. */
  checkRuns(fullName: string, sha?: string): FakeCheckRun[] {
    return this.repo(fullName).checkRuns.filter((r) => sha === undefined || r.headSha === sha);
  }

  labels(fullName: string, issueNumber: number): string[] {
    return [...(this.repo(fullName).labels.get(issueNumber) ?? [])];
  }

  /** Requests of one operation, e.g. requestsTo('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'). */
  requestsTo(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  /** Throws, listing them, when any request broke the OpenAPI description or was unknown. */
  expectNoViolations(): void {
    if (this.violations.length > 0) {
      throw new Error(
        `The fake GitHub saw ${this.violations.length} non-conforming request(s):\n- ${this.violations.join('\n- ')}`,
      );
    }
  }

  /** Returns and forgets the violations (for tests that provoke them on purpose). */
  takeViolations(): string[] {
    return this.violations.splice(0);
  }

  /** All served operations (method + OpenAPI path template). */
  get operations(): string[] {
    return this.checker.keys;
  }

  // ---- HTTP -------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const rawBody = await readAll(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (k !== 'authorization' && v !== undefined)
        headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      params: {},
      headers,
      as: '(none)',
      status: 0,
    };
    this.requests.push(record);
    const send = (reply: Reply): void => {
      record.status = reply.status;
      const h: Record<string, string> = {
        'x-github-request-id': `FAKE:${this.requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        ...reply.headers,
      };
      if (reply.raw) {
        res.writeHead(reply.status, { 'content-length': String(reply.raw.length), ...h });
        res.end(reply.raw);
        return;
      }
      const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        'content-length': String(Buffer.byteLength(text)),
        ...h,
      });
      res.end(text);
    };
    const violation = (message: string): void => {
      this.violations.push(`${method} ${url.pathname}${url.search}: ${message}`);
    };

    // Artifact blob storage (what the /zip endpoint redirects to): not part of the API.
    const blob = /^\/_storage\/artifacts\/(\d+)\.zip$/.exec(url.pathname);
    if (blob && method === 'GET') {
      record.operation = '(storage)';
      const artifact = [...this.repos.values()]
        .flatMap((r) => r.artifacts)
        .find((a) => a.id === Number(blob[1]));
      if (!artifact) return send({ status: 404, body: { message: 'BlobNotFound' } });
      return send({
        status: 200,
        raw: Buffer.from(artifact.zip),
        headers: { 'content-type': 'application/zip' },
      });
    }

    const matched = this.checker.match(method, url.pathname);
    if (!matched) {
      violation('no such operation in the OpenAPI description (or not served by the fake)');
      return send(notFound());
    }
    record.operation = matched.key;
    record.params = matched.params;
    if (rawBody.length > 0) {
      try {
        record.body = JSON.parse(rawBody);
      } catch {
        record.body = rawBody;
      }
    }
    const problems = [
      ...this.checker.checkParameters(matched, url.searchParams),
      ...this.checker.checkBody(matched, rawBody, req.headers['content-type']),
    ];
    for (const p of problems) violation(p.message);
    const fatal = problems.find((p) => p.status !== undefined);
    if (fatal?.status === 404) return send(notFound());
    if (fatal?.status === 400) return send(error(400, fatal.message));
    if (fatal?.status === 422) return send(error(422, `Invalid request.\n\n${fatal.message}`));

    if (!req.headers['user-agent']) {
      violation('no User-Agent header (GitHub refuses such requests)');
      return send(
        error(
          403,
          'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.',
        ),
      );
    }
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (!auth) return send(error(401, 'Requires authentication'));
    const token = this.tokens.get(auth[1] ?? '');
    if (!token) {
      record.as = '(bad token)';
      return send(error(401, 'Bad credentials'));
    }
    const user = this.addUser(token.login, token.type);
    record.as = user.login;

    const inj = this.injections.find(
      (i) => i.left > 0 && i.route === matched.key && (!i.when || i.when(record)),
    );
    if (inj && !inj.afterServing) {
      inj.left--;
      return send({
        status: inj.status,
        body: {
          message: inj.message ?? defaultMessage(inj.status),
          documentation_url: DOCS,
          status: String(inj.status),
        },
        ...(inj.headers ? { headers: inj.headers } : {}),
      });
    }

    const p = matched.params;
    const repo =
      p.owner && p.repo ? this.repos.get(`${p.owner}/${p.repo}`.toLowerCase()) : undefined;
    if (p.owner && p.repo && !repo) return send(notFound());
    if (token.readOnly && method !== 'GET' && method !== 'HEAD')
      return send(error(403, NOT_ACCESSIBLE));

    let body: Record<string, unknown> = {};
    if (record.body && typeof record.body === 'object')
      body = record.body as Record<string, unknown>;
    const wait = this.latency?.(record) ?? 0;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const ctx: Ctx = {
      req: record,
      ...(repo ? { repo } : {}),
      user,
      token,
      p,
      q: url.searchParams,
      body,
      accept: req.headers.accept ?? '',
    };
    const reply = this.serve(matched, ctx, violation);
    if (inj?.afterServing) {
      inj.left--;
      return send({
        status: inj.status,
        body: { message: inj.message ?? defaultMessage(inj.status), documentation_url: DOCS },
        ...(inj.headers ? { headers: inj.headers } : {}),
      });
    }
    send(reply);
  }

  private serve(m: MatchedOperation, c: Ctx, violation: (msg: string) => void): Reply {
    const repo = c.repo as RepoState;
    switch (m.key) {
      case 'GET /user':
        if (c.token.installation) return error(403, NOT_ACCESSIBLE);
        return ok(this.userJson(c.user));
      case 'GET /repos/{owner}/{repo}':
        return ok(this.repoJson(repo));
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const n = Number(c.p.issue_number);
        if (!repo.issues.has(n)) return notFound();
        const since = c.q.get('since');
        const list = repo.comments
          .filter((x) => x.issueNumber === n && (!since || x.updatedAt >= since))
          .sort((a, b) => a.id - b.id)
          .map((x) => this.commentJson(repo, x));
        return this.page(c, list);
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const n = Number(c.p.issue_number);
        if (!repo.issues.has(n)) return notFound();
        const text = String(c.body.body);
        if (text.length > 65536) {
          violation(`comment body is ${text.length} characters, over 65536`);
          return tooLong();
        }
        const at = this.tick();
        const comment = {
          id: this.id(),
          issueNumber: n,
          body: text,
          user: c.user,
          createdAt: at,
          updatedAt: at,
        };
        repo.comments.push(comment);
        return { status: 201, body: this.commentJson(repo, comment) };
      }
      case 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = repo.comments.find((x) => x.id === Number(c.p.comment_id));
        return comment ? ok(this.commentJson(repo, comment)) : notFound();
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = repo.comments.find((x) => x.id === Number(c.p.comment_id));
        if (!comment) return notFound();
        const text = String(c.body.body);
        if (text.length > 65536) {
          violation(`comment body is ${text.length} characters, over 65536`);
          return tooLong();
        }
        comment.body = text;
        comment.updatedAt = this.tick();
        return ok(this.commentJson(repo, comment));
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const at = repo.comments.findIndex((x) => x.id === Number(c.p.comment_id));
        if (at < 0) return notFound();
        repo.comments.splice(at, 1);
        return { status: 204 };
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/events': {
        const n = Number(c.p.issue_number);
        if (!repo.issues.has(n)) return notFound();
        return this.page(
          c,
          repo.events.filter((e) => e.issueNumber === n).map((e) => this.eventJson(repo, e)),
        );
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': {
        const n = Number(c.p.issue_number);
        if (!repo.issues.has(n)) return notFound();
        return this.page(
          c,
          (repo.labels.get(n) ?? []).map((l) => this.labelJson(repo, l)),
        );
      }
      case 'POST /repos/{owner}/{repo}/statuses/{sha}': {
        const sha = c.p.sha ?? '';
        if (!repo.commits.has(sha)) {
          return validationFailed('Status', 'sha', `No commit found for SHA: ${sha}`);
        }
        const description = typeof c.body.description === 'string' ? c.body.description : null;
        if (description && description.length > 140) {
          violation(`status description is ${description.length} characters, over 140`);
          return validationFailed(
            'Status',
            'description',
            'description is too long (maximum is 140 characters)',
          );
        }
        const status: FakeStatus = {
          id: this.id(),
          sha,
          state: String(c.body.state),
          context: typeof c.body.context === 'string' ? c.body.context : 'default',
          description,
          targetUrl: typeof c.body.target_url === 'string' ? c.body.target_url : null,
          creator: c.user,
          createdAt: this.tick(),
        };
        repo.statuses.push(status);
        return { status: 201, body: this.statusJson(repo, status) };
      }
      case 'GET /repos/{owner}/{repo}/commits/{ref}/statuses': {
        const sha = this.resolveRef(repo, c.p.ref);
        if (!sha) return notFound();
        const list = repo.statuses
          .filter((s) => s.sha === sha)
          .sort((a, b) => b.id - a.id)
          .map((s) => this.statusJson(repo, s));
        return this.page(c, list);
      }
      case 'POST /repos/{owner}/{repo}/check-runs':
        return this.createCheckRun(repo, c);
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = repo.checkRuns.find((r) => r.id === Number(c.p.check_run_id));
        return run ? this.updateCheckRun(repo, run, c) : notFound();
      }
      case 'GET /repos/{owner}/{repo}/contents/{path}':
        return this.contents(repo, c);
      case 'GET /repos/{owner}/{repo}/pulls': {
        const state = c.q.get('state') ?? 'open';
        const head = c.q.get('head');
        const base = c.q.get('base');
        const list = [...repo.pulls.values()]
          .filter((pr) => state === 'all' || pr.state === state)
          .filter(
            (pr) =>
              !head ||
              `${(pr.headRepo ?? '').split('/')[0]}:${pr.headRef}`.toLowerCase() ===
                head.toLowerCase(),
          )
          .filter((pr) => !base || pr.baseRef === base)
          .sort((a, b) => b.number - a.number)
          .map((pr) => this.pullJson(repo, pr));
        return this.page(c, list);
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pr = repo.pulls.get(Number(c.p.pull_number));
        return pr ? ok(this.pullJson(repo, pr)) : notFound();
      }
      case 'GET /repos/{owner}/{repo}/collaborators/{username}/permission': {
        const user = this.users.get((c.p.username ?? '').toLowerCase());
        if (!user) return notFound();
        const role =
          repo.permissions.get(user.login.toLowerCase()) ?? (repo.private ? 'none' : 'read');
        const legacy = WRITE_ROLE[role];
        return ok({
          permission: legacy,
          role_name: role,
          user: {
            ...this.userJson(user),
            permissions: {
              admin: role === 'admin',
              maintain: role === 'admin' || role === 'maintain',
              push: legacy === 'admin' || legacy === 'write',
              triage: role !== 'read' && role !== 'none',
              pull: role !== 'none',
            },
            role_name: role,
          },
        });
      }
      case 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': {
        const wf = c.p.workflow_id ?? '';
        const ids = [...repo.workflows.entries()]
          .filter(([path, id]) => String(id) === wf || path.split('/').pop() === wf)
          .map(([, id]) => id);
        if (ids.length === 0) return notFound();
        const status = c.q.get('status');
        const list = repo.runs
          .filter((r) => ids.includes(r.workflowId))
          .filter((r) => !c.q.get('branch') || r.headBranch === c.q.get('branch'))
          .filter((r) => !c.q.get('event') || r.event === c.q.get('event'))
          .filter((r) => !c.q.get('head_sha') || r.headSha === c.q.get('head_sha'))
          .filter(
            (r) =>
              !status || (CONCLUSIONS.has(status) ? r.conclusion === status : r.status === status),
          )
          .sort((a, b) => b.id - a.id)
          .map((r) => this.runJson(repo, r, c.q.get('exclude_pull_requests') === 'true'));
        return this.page(c, list, 'workflow_runs');
      }
      case 'GET /repos/{owner}/{repo}/actions/runs/{run_id}': {
        const run = repo.runs.find((r) => r.id === Number(c.p.run_id));
        return run
          ? ok(this.runJson(repo, run, c.q.get('exclude_pull_requests') === 'true'))
          : notFound();
      }
      case 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': {
        const run = repo.runs.find((r) => r.id === Number(c.p.run_id));
        if (!run) return notFound();
        const name = c.q.get('name');
        const asc = c.q.get('direction') === 'asc';
        const list = repo.artifacts
          .filter((a) => a.runId === run.id && (!name || a.name === name))
          .sort((a, b) => (asc ? a.id - b.id : b.id - a.id))
          .map((a) => this.artifactJson(repo, a));
        return this.page(c, list, 'artifacts');
      }
      case 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': {
        if (c.p.archive_format !== 'zip') return notFound();
        const artifact = repo.artifacts.find((a) => a.id === Number(c.p.artifact_id));
        if (!artifact) return notFound();
        if (artifact.expired) return error(410, 'Artifact has expired');
        return {
          status: 302,
          headers: { location: `${this.url}/_storage/artifacts/${artifact.id}.zip?sig=fake` },
        };
      }
      default:
        violation(`operation ${m.key} is in the subset but the fake has no handler`);
        return notFound();
    }
  }

  private createCheckRun(repo: RepoState, c: Ctx): Reply {
    const sha = String(c.body.head_sha);
    if (!repo.commits.has(sha))
      return validationFailed('CheckRun', 'head_sha', 'No commit found for SHA');
    const at = this.tick();
    const run: FakeCheckRun = {
      id: this.id(),
      name: String(c.body.name),
      headSha: sha,
      status: 'queued',
      conclusion: null,
      detailsUrl: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      creator: c.user,
      startedAt: at,
      completedAt: null,
    };
    this.applyCheckRun(run, c.body);
    repo.checkRuns.push(run);
    return { status: 201, body: this.checkRunJson(repo, run) };
  }

  private updateCheckRun(repo: RepoState, run: FakeCheckRun, c: Ctx): Reply {
    if (typeof c.body.name === 'string') run.name = c.body.name;
    this.applyCheckRun(run, c.body);
    return ok(this.checkRunJson(repo, run));
  }

  /** What a create or an update sets; the OpenAPI check has already refused a bad shape. */
  private applyCheckRun(run: FakeCheckRun, body: Record<string, unknown>): void {
    // A conclusion completes the run, as GitHub documents.
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion;
      run.status = 'completed';
      run.completedAt = typeof body.completed_at === 'string' ? body.completed_at : this.tick();
    } else if (typeof body.status === 'string') run.status = body.status;
    if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
    const output = body.output as
      | { title?: string; summary?: string; text?: string; annotations?: FakeCheckAnnotation[] }
      | undefined;
    if (!output) return;
    if (output.title !== undefined) run.output.title = output.title;
    if (output.summary !== undefined) run.output.summary = output.summary;
    if (output.text !== undefined) run.output.text = output.text;
    run.annotations.push(...(output.annotations ?? []));
  }

  private checkRunJson(repo: RepoState, r: FakeCheckRun): Record<string, unknown> {
    const full = `${repo.owner}/${repo.name}`;
    return {
      id: r.id,
      head_sha: r.headSha,
      node_id: `CR_${r.id}`,
      external_id: null,
      url: `${this.url}/repos/${full}/check-runs/${r.id}`,
      html_url: `${this.serverUrl}/${full}/runs/${r.id}`,
      details_url: r.detailsUrl,
      status: r.status,
      conclusion: r.conclusion,
      started_at: r.startedAt,
      completed_at: r.completedAt,
      output: {
        ...r.output,
        annotations_count: r.annotations.length,
        annotations_url: `${this.url}/repos/${full}/check-runs/${r.id}/annotations`,
      },
      name: r.name,
      check_suite: { id: r.id + 700000 },
      app: null,
      pull_requests: [],
    };
  }

  private contents(repo: RepoState, c: Ctx): Reply {
    const ref = c.q.get('ref') ?? undefined;
    const sha = this.resolveRef(repo, ref ?? repo.defaultBranch);
    if (!sha) return error(404, `No commit found for the ref ${ref}`);
    const files = repo.commits.get(sha) ?? new Map<string, Buffer>();
    const path = (c.p.path ?? '').replace(/^\/+|\/+$/g, '');
    const content = files.get(path);
    const base = `${this.url}/repos/${repo.owner}/${repo.name}/contents/${path}`;
    if (!content) {
      const prefix = `${path}/`;
      const children = [...files.keys()].filter((f) => f.startsWith(prefix));
      if (children.length === 0) return notFound();
      const names = [...new Set(children.map((f) => f.slice(prefix.length).split('/')[0] ?? ''))];
      return ok(
        names.map((name) => {
          const full = `${prefix}${name}`;
          const file = files.get(full);
          return {
            type: file ? 'file' : 'dir',
            name,
            path: full,
            size: file?.length ?? 0,
            sha: file ? blobSha(file) : this.sha(),
          };
        }),
      );
    }
    if (/raw/.test(c.accept)) {
      return {
        status: 200,
        raw: content,
        headers: { 'content-type': 'application/vnd.github.raw' },
      };
    }
    const big = content.length > 1024 * 1024;
    const name = path.split('/').pop() ?? path;
    return ok({
      type: 'file',
      encoding: big ? 'none' : 'base64',
      size: content.length,
      name,
      path,
      content: big ? '' : wrap60(content.toString('base64')),
      sha: blobSha(content),
      url: `${base}?ref=${encodeURIComponent(ref ?? repo.defaultBranch)}`,
      git_url: `${this.url}/repos/${repo.owner}/${repo.name}/git/blobs/${blobSha(content)}`,
      html_url: `${this.serverUrl}/${repo.owner}/${repo.name}/blob/${ref ?? repo.defaultBranch}/${path}`,
      download_url: null,
      _links: { self: base, git: null, html: null },
    });
  }

  /** Link-header pagination as GitHub does it: per_page (default 30, max 100) and page. */
  private page(c: Ctx, items: unknown[], wrapKey?: string): Reply {
    const perPage = Math.min(100, Math.max(1, Number(c.q.get('per_page')) || 30));
    const page = Math.max(1, Number(c.q.get('page')) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (n: number): string => {
      const q = new URLSearchParams(c.q);
      q.set('per_page', String(perPage));
      q.set('page', String(n));
      return `<${this.url}${c.req.path}?${q.toString()}>`;
    };
    const rels: string[] = [];
    if (page > 1) rels.push(`${link(page - 1)}; rel="prev"`);
    if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) rels.push(`${link(1)}; rel="first"`);
    const headers = rels.length ? { link: rels.join(', ') } : undefined;
    const body = wrapKey ? { total_count: items.length, [wrapKey]: slice } : slice;
    return { status: 200, body, ...(headers ? { headers } : {}) };
  }

  private resolveRef(repo: RepoState, ref: string | undefined): string | undefined {
    if (!ref) return undefined;
    const name = ref.replace(/^refs\/heads\//, '');
    const branch = repo.branches.get(name);
    if (branch) return branch;
    if (repo.commits.has(ref)) return ref;
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      const hits = [...repo.commits.keys()].filter((s) => s.startsWith(ref));
      if (hits.length === 1) return hits[0];
    }
    return undefined;
  }

  // ---- JSON shapes (the fields GitHub documents, enough of them for real clients) ---------

  private userJson(u: FakeUser): Record<string, unknown> {
    return {
      login: u.login,
      id: u.id,
      node_id: `U_${u.id}`,
      avatar_url: `${this.serverUrl}/avatars/${u.id}`,
      url: `${this.url}/users/${encodeURIComponent(u.login)}`,
      html_url: `${this.serverUrl}/${u.login}`,
      type: u.type,
      site_admin: false,
    };
  }

  private repoJson(
    repo: RepoState,
    fullName = `${repo.owner}/${repo.name}`,
  ): Record<string, unknown> {
    const [owner, name] = splitRepo(fullName);
    const same = fullName.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase();
    const other = same ? undefined : this.repos.get(fullName.toLowerCase());
    return {
      id: same ? repo.id : (other?.id ?? 1),
      node_id: `R_${same ? repo.id : (other?.id ?? 1)}`,
      name,
      full_name: fullName,
      owner: this.userJson(this.addUser(owner)),
      private: repo.private,
      fork: !same,
      html_url: `${this.serverUrl}/${fullName}`,
      url: `${this.url}/repos/${fullName}`,
      default_branch: same ? repo.defaultBranch : (other?.defaultBranch ?? 'main'),
    };
  }

  private commentJson(repo: RepoState, x: FakeComment): Record<string, unknown> {
    const kind = repo.pulls.has(x.issueNumber) ? 'pull' : 'issues';
    return {
      id: x.id,
      node_id: `IC_${x.id}`,
      url: `${this.url}/repos/${repo.owner}/${repo.name}/issues/comments/${x.id}`,
      html_url: `${this.serverUrl}/${repo.owner}/${repo.name}/${kind}/${x.issueNumber}#issuecomment-${x.id}`,
      issue_url: `${this.url}/repos/${repo.owner}/${repo.name}/issues/${x.issueNumber}`,
      body: x.body,
      user: this.userJson(x.user),
      created_at: x.createdAt,
      updated_at: x.updatedAt,
      author_association: x.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: null,
    };
  }

  private eventJson(repo: RepoState, e: FakeEvent): Record<string, unknown> {
    return {
      id: e.id,
      node_id: `LE_${e.id}`,
      url: `${this.url}/repos/${repo.owner}/${repo.name}/issues/events/${e.id}`,
      actor: this.userJson(e.actor),
      event: e.event,
      commit_id: null,
      commit_url: null,
      created_at: e.createdAt,
      performed_via_github_app: null,
      ...(e.label ? { label: { name: e.label, color: 'ededed' } } : {}),
    };
  }

  private labelJson(repo: RepoState, name: string): Record<string, unknown> {
    const id = parseInt(createHash('sha1').update(name).digest('hex').slice(0, 8), 16);
    return {
      id,
      node_id: `LA_${id}`,
      url: `${this.url}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'ededed',
      default: false,
      description: null,
    };
  }

  private statusJson(repo: RepoState, s: FakeStatus): Record<string, unknown> {
    return {
      id: s.id,
      node_id: `SC_${s.id}`,
      url: `${this.url}/repos/${repo.owner}/${repo.name}/statuses/${s.sha}`,
      avatar_url: null,
      state: s.state,
      description: s.description,
      target_url: s.targetUrl,
      context: s.context,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      creator: this.userJson(s.creator),
    };
  }

  private pullJson(repo: RepoState, pr: FakePull): Record<string, unknown> {
    const full = `${repo.owner}/${repo.name}`;
    const side = (ref: string, sha: string, repoName: string | null) => ({
      label: `${(repoName ?? full).split('/')[0]}:${ref}`,
      ref,
      sha,
      user: this.userJson(this.addUser((repoName ?? full).split('/')[0] ?? repo.owner)),
      repo: repoName === null ? null : this.repoJson(repo, repoName),
    });
    return {
      url: `${this.url}/repos/${full}/pulls/${pr.number}`,
      id: pr.number + 500000,
      node_id: `PR_${pr.number}`,
      html_url: `${this.serverUrl}/${full}/pull/${pr.number}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: this.userJson(pr.user),
      body: null,
      labels: (repo.labels.get(pr.number) ?? []).map((l) => this.labelJson(repo, l)),
      created_at: pr.createdAt,
      updated_at: pr.createdAt,
      draft: pr.draft,
      merged: false,
      head: side(pr.headRef, pr.headSha, pr.headRepo),
      base: side(pr.baseRef, pr.baseSha, full),
      author_association: 'CONTRIBUTOR',
    };
  }

  private runJson(repo: RepoState, r: FakeRun, excludePulls: boolean): Record<string, unknown> {
    const full = `${repo.owner}/${repo.name}`;
    return {
      id: r.id,
      name: r.name,
      node_id: `WFR_${r.id}`,
      head_branch: r.headBranch,
      head_sha: r.headSha,
      path: r.workflowPath,
      display_title: r.name,
      run_number: r.runNumber,
      run_attempt: 1,
      event: r.event,
      status: r.status,
      conclusion: r.conclusion,
      workflow_id: r.workflowId,
      url: `${this.url}/repos/${full}/actions/runs/${r.id}`,
      html_url: `${this.serverUrl}/${full}/actions/runs/${r.id}`,
      artifacts_url: `${this.url}/repos/${full}/actions/runs/${r.id}/artifacts`,
      pull_requests: excludePulls
        ? []
        : r.pullRequests.map((p) => ({
            id: p.number + 500000,
            number: p.number,
            url: `${this.url}/repos/${full}/pulls/${p.number}`,
            head: {
              ref: p.headRef,
              sha: p.headSha,
              repo: { id: repo.id, url: `${this.url}/repos/${full}`, name: repo.name },
            },
            base: {
              ref: p.baseRef,
              sha: repo.branches.get(p.baseRef) ?? '',
              repo: { id: repo.id, url: `${this.url}/repos/${full}`, name: repo.name },
            },
          })),
      created_at: r.createdAt,
      updated_at: r.createdAt,
      run_started_at: r.createdAt,
      repository: this.repoJson(repo),
      head_repository: this.repoJson(repo, r.headRepo),
    };
  }

  private artifactJson(repo: RepoState, a: FakeArtifact): Record<string, unknown> {
    const full = `${repo.owner}/${repo.name}`;
    const run = repo.runs.find((r) => r.id === a.runId);
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.length,
      url: `${this.url}/repos/${full}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.url}/repos/${full}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: new Date(Date.parse(a.createdAt) + 90 * 86400_000)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      digest: `sha256:${createHash('sha256').update(a.zip).digest('hex')}`,
      workflow_run: run
        ? {
            id: run.id,
            repository_id: repo.id,
            head_repository_id: repo.id,
            head_branch: run.headBranch,
            head_sha: run.headSha,
          }
        : null,
    };
  }

  // ---- helpers ----------------------------------------------------------------------------

  private repo(fullName: string): RepoState {
    this.addRepo(fullName);
    return this.repos.get(fullName.toLowerCase()) as RepoState;
  }

  private operationKnown(route: string): void {
    if (!this.checker.keys.includes(route)) {
      throw new Error(
        `"${route}" is not an operation the fake serves; one of:\n${this.checker.keys.join('\n')}`,
      );
    }
  }

  private id(): number {
    return this.nextId++;
  }

  private sha(): string {
    return createHash('sha1').update(`commit ${this.id()}`).digest('hex');
  }

  /** Deterministic timestamps, one minute apart, in GitHub's format (no milliseconds). */
  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

/** A zip archive of these files (fflate, deflate). */
export function makeZip(files: Record<string, string | Uint8Array>): Uint8Array {
  const input: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) {
    input[name] = typeof content === 'string' ? Buffer.from(content) : content;
  }
  return zipSync(input, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

/** Git's blob id: sha1("blob <size>\0" + bytes). */
export function blobSha(content: Uint8Array): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

function splitRepo(fullName: string): [string, string] {
  const [owner, name, extra] = fullName.split('/');
  if (!owner || !name || extra !== undefined) throw new Error(`"${fullName}" is not owner/name`);
  return [owner, name];
}

function ok(body: unknown): Reply {
  return { status: 200, body };
}

function error(status: number, message: string): Reply {
  return { status, body: { message, documentation_url: DOCS, status: String(status) } };
}

function notFound(): Reply {
  return error(404, 'Not Found');
}

function validationFailed(resource: string, field: string, message: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', field, message }],
      documentation_url: DOCS,
      status: '422',
    },
  };
}

function tooLong(): Reply {
  return validationFailed('IssueComment', 'data', 'Body is too long (maximum is 65536 characters)');
}

function defaultMessage(status: number): string {
  if (status === 502) return 'Server Error';
  if (status === 503) return 'Service Unavailable';
  if (status >= 500) return 'Server Error';
  if (status === 404) return 'Not Found';
  return 'Error';
}

function wrap60(b64: string): string {
  return (b64.match(/.{1,60}/g) ?? []).join('\n') + (b64 ? '\n' : '');
}

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
