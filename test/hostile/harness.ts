// Runs one hostile case the way GitHub would: a fresh temp workspace (a git checkout with the
// credential actions/checkout leaves in .git/config), a canary folder beside it, the fake GitHub
// when an action runs, and `node dist/cli.js …` or `node dist/<action>.js` spawned with the
// runner's environment. What the run did is collected into an Observation for the classifier.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.js';
import { NODE, REPO_ROOT, parseOutputFile, parseWorkflowCommands } from '../helpers/runner.js';
import { prEvent, PR, HEAD, REPO } from './payloads.js';
import { plantOutside } from './outside.js';
import type { ActionRunSpec, CaseContext, FileSpec, HostileCase, Observation } from './types.js';

const TIME = '/usr/bin/time';
/** Kill a run whose resident set passes this (KiB): it is classed `memory` either way. */
export const MEMORY_LIMIT_KB = 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = Number(process.env.MODELGATE_HOSTILE_TIMEOUT_MS) || 20_000;
const PAST = new Date('2020-01-01T00:00:00Z');

const rand = () => randomBytes(9).toString('hex');

function substitute(text: string, ctx: CaseContext): string {
  return text
    .replaceAll('$OUTSIDE', ctx.outside)
    .replaceAll('$INJ', ctx.secrets.injection)
    .replaceAll('$CANARY', ctx.secrets.outsideCanary);
}

function plant(path: string, spec: FileSpec, ctx: CaseContext): void {
  mkdirSync(dirname(path), { recursive: true });
  if (typeof spec === 'string') writeFileSync(path, substitute(spec, ctx));
  else if (Buffer.isBuffer(spec)) writeFileSync(path, spec);
  else if ('symlink' in spec) symlinkSync(substitute(spec.symlink, ctx), path);
  else if ('fifo' in spec) execFileSync('mkfifo', [path]);
  else if ('dir' in spec) mkdirSync(path, { recursive: true });
  else spec.generate(path);
}

function gitCheckout(ws: string, header: string): void {
  mkdirSync(join(ws, '.git'), { recursive: true });
  // What actions/checkout writes (persist-credentials defaults to true).
  writeFileSync(
    join(ws, '.git', 'config'),
    [
      '[core]',
      '\trepositoryformatversion = 0',
      '\tbare = false',
      '[remote "origin"]',
      `\turl = https://github.com/${REPO}`,
      '[http "https://github.com/"]',
      `\textraheader = AUTHORIZATION: basic ${header}`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(ws, '.git', 'HEAD'), 'ref: refs/heads/main\n');
}

interface Snapshot {
  files: Map<string, string>;
}

/** Every regular file under dir (not following links) with its size and mtime. */
function snapshot(dir: string, skip: (rel: string) => boolean = () => false): Snapshot {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(d, name);
      if (skip(relative(dir, p))) continue;
      const st = lstatSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) files.set(p, `${st.size}:${st.mtimeMs}`);
    }
  };
  walk(dir);
  return { files };
}

function changed(before: Snapshot, after: Snapshot): string[] {
  return [...after.files].filter(([p, sig]) => before.files.get(p) !== sig).map(([p]) => p);
}

function readText(path: string): string {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > 64 << 20) return '';
    return readFileSync(path, 'latin1');
  } catch {
    return '';
  }
}

export interface Prepared {
  ctx: CaseContext;
  root: string;
}

export async function prepare(c: HostileCase): Promise<Prepared> {
  const root = mkdtempSync(join(tmpdir(), 'mg-hostile-'));
  const ws = join(root, 'ws');
  const outside = join(root, 'outside');
  const runnerTemp = join(root, 'runner');
  for (const d of [ws, outside, runnerTemp]) mkdirSync(d);
  const secrets = {
    token: `ghs_hostile${rand()}`,
    envCanary: `envcanary${rand()}`,
    outsideCanary: `outsidecanary${rand()}`,
    gitHeader: Buffer.from(`x-access-token:ghs_checkout${rand()}`).toString('base64'),
    injection: `MGINJ${rand()}`,
  };
  const ctx: CaseContext = { ws, outside, runnerTemp, token: secrets.token, secrets };
  if ('action' in c.run) {
    ctx.gh = await startFakeGitHub();
    ctx.gh.addRepo(REPO);
    ctx.gh.addPullRequest(REPO, { number: PR, headSha: HEAD });
    const token = c.run.token ? c.run.token(secrets.token) : secrets.token;
    secrets.token = token;
    ctx.gh.addToken(token.split(/\s/).find((t) => t.startsWith('ghs_')) ?? token, {
      login: 'github-actions[bot]',
      type: 'Bot',
      installation: true,
    });
  }
  plantOutside(outside, secrets);
  if (c.gitCheckout !== false) gitCheckout(ws, secrets.gitHeader);
  for (const [path, spec] of Object.entries(c.files ?? {}))
    plant(join(ws, substitute(path, ctx)), spec, ctx);
  if (ctx.gh && c.github) c.github(ctx.gh, ctx);
  // An atime in the past moves on any read (relatime), so a read outside the workspace shows.
  for (const p of snapshot(outside).files.keys()) utimesSync(p, PAST, statSync(p).mtime);
  return { ctx, root };
}

interface Spawned {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  killedForMemory: boolean;
  maxRssKb: number;
  ms: number;
  /** CPU time (user + system) of the node process, when /usr/bin/time measured it. */
  cpuMs?: number;
}

function peakRssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Spawns node under /usr/bin/time in its own process group; a watchdog enforces time and memory. */
async function spawnMeasured(
  args: string[],
  opts: { cwd: string; env: Record<string, string>; timeoutMs: number; rssFile: string },
): Promise<Spawned> {
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime
    ? [TIME, ['-f', '%M %U %S', '-o', opts.rssFile, NODE, ...args]]
    : [NODE, args];
  const started = Date.now();
  const child = spawn(cmd, argv, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let outBytes = 0;
  const keep = (into: Buffer[]) => (d: Buffer) => {
    // Keep at most 32 MiB of output: a flood is itself visible, the rest adds nothing.
    if ((outBytes += d.length) < 32 << 20) into.push(d);
  };
  child.stdout.on('data', keep(out));
  child.stderr.on('data', keep(err));
  let timedOut = false;
  let killedForMemory = false;
  let watchedPeak = 0;
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const watchdog = setInterval(() => {
    const pids = useTime ? childPids(child.pid!) : [child.pid!];
    for (const pid of pids) watchedPeak = Math.max(watchedPeak, peakRssKb(pid));
    if (watchedPeak > MEMORY_LIMIT_KB) {
      killedForMemory = true;
      kill();
    } else if (Date.now() - started > opts.timeoutMs) {
      timedOut = true;
      kill();
    }
  }, 25);
  const [code, signal] = await new Promise<[number | null, string | null]>((done) =>
    child.on('close', (c, s) => done([c, s])),
  );
  clearInterval(watchdog);
  const ms = Date.now() - started;
  let maxRssKb = watchedPeak;
  let cpuMs = 0;
  if (useTime && existsSync(opts.rssFile)) {
    const lines = readFileSync(opts.rssFile, 'utf8').trim().split('\n');
    const [rss, user, sys] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
    if (Number.isFinite(rss)) maxRssKb = Math.max(maxRssKb, rss!);
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = Math.round((user! + sys!) * 1000);
    // /usr/bin/time reports a signalled child in its first line and exits with 128+n.
    const sig = /Command terminated by signal (\d+)/.exec(lines[0] ?? '');
    if (sig && !timedOut && !killedForMemory)
      return { ...mk(null, `signal ${sig[1]}`, ms, maxRssKb, false, false, out, err), cpuMs };
  }
  return { ...mk(code, signal, ms, maxRssKb, timedOut, killedForMemory, out, err), cpuMs };
}

function mk(
  code: number | null,
  signal: string | null,
  ms: number,
  maxRssKb: number,
  timedOut: boolean,
  killedForMemory: boolean,
  out: Buffer[],
  err: Buffer[],
): Spawned {
  return {
    code: timedOut || killedForMemory ? null : code,
    signal,
    ms,
    maxRssKb,
    timedOut,
    killedForMemory,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

function baseEnv(ctx: CaseContext): Record<string, string> {
  // A variable the runner's environment holds and no output may ever show; first, so that a
  // message quoting the start of /proc/self/environ shows it.
  return {
    MODELGATE_HOSTILE_CANARY: ctx.secrets.envCanary,
    GITHUB_TOKEN: ctx.secrets.token,
    PATH: process.env.PATH ?? '',
    HOME: ctx.runnerTemp,
  };
}

function actionEnv(spec: ActionRunSpec, ctx: CaseContext): Record<string, string> {
  const env: Record<string, string> = {
    ...baseEnv(ctx),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: join(ctx.runnerTemp, 'output'),
    GITHUB_STEP_SUMMARY: join(ctx.runnerTemp, 'summary'),
    GITHUB_WORKSPACE: ctx.ws,
    RUNNER_TEMP: ctx.runnerTemp,
    GITHUB_API_URL: ctx.gh!.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: REPO,
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'f'.repeat(40),
  };
  writeFileSync(env.GITHUB_OUTPUT!, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
  const event = spec.event ? spec.event(ctx) : { name: 'pull_request', payload: prEvent() };
  env.GITHUB_EVENT_NAME = event.name;
  if ('path' in event) env.GITHUB_EVENT_PATH = event.path;
  else {
    env.GITHUB_EVENT_PATH = join(ctx.runnerTemp, 'event.json');
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(event.payload));
  }
  const inputs = { 'github-token': ctx.secrets.token, ...spec.inputs };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = substitute(v, ctx);
  for (const [k, v] of Object.entries(spec.env ?? {})) env[k] = substitute(v, ctx);
  return env;
}

export async function observe(c: HostileCase, { ctx }: Prepared): Promise<Observation> {
  const skipGit = (rel: string) => rel === '.git' || rel.startsWith('.git/');
  const wsBefore = snapshot(ctx.ws, skipGit);
  const outsideBefore = snapshot(ctx.outside);
  const isAction = 'action' in c.run;
  const env = isAction ? actionEnv(c.run as ActionRunSpec, ctx) : baseEnv(ctx);
  const args = isAction
    ? [join(REPO_ROOT, 'dist', `${(c.run as ActionRunSpec).action}.js`)]
    : [
        join(REPO_ROOT, 'dist', 'cli.js'),
        ...(c.run as { cli: string[] }).cli.map((a) => substitute(a, ctx)),
      ];
  const spawned = await spawnMeasured(args, {
    cwd: ctx.ws,
    env,
    timeoutMs: c.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    rssFile: join(ctx.runnerTemp, 'rss'),
  });
  const outputsRaw = isAction ? readText(env.GITHUB_OUTPUT!) : '';
  const summary = isAction ? readText(env.GITHUB_STEP_SUMMARY!) : '';
  const commands = parseWorkflowCommands(spawned.stdout);
  const written = changed(wsBefore, snapshot(ctx.ws, skipGit)).map(readText).join('\n');
  const gh = ctx.gh;
  const requests = gh
    ? JSON.stringify(gh.requests.map((r) => ({ p: r.path, q: r.query, b: r.body, h: r.headers })))
    : '';
  const outsideAfter = snapshot(ctx.outside);
  const outsideRead = [...outsideAfter.files.keys()].filter(
    (p) => statSync(p).atimeMs > PAST.getTime() + 1000,
  );
  return {
    ...spawned,
    summary,
    outputs: parseOutputFile(outputsRaw),
    outputsRaw,
    errorMessages: commands.filter((x) => x.command === 'error').map((x) => x.message),
    written,
    requests,
    statuses: gh ? gh.statuses(REPO).map((s) => s.state) : [],
    outsideRead: outsideRead.map((p) => relative(ctx.outside, p)),
    outsideWritten: changed(outsideBefore, outsideAfter).map((p) => relative(ctx.outside, p)),
    unknownRequests: gh
      ? gh.requests.filter((r) => r.operation === undefined).map((r) => `${r.method} ${r.path}`)
      : [],
  };
}

export async function cleanup({ ctx, root }: Prepared): Promise<void> {
  if (ctx.gh) await ctx.gh.close();
  rmSync(root, { recursive: true, force: true });
}

export type { FakeGitHub };
