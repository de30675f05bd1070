// Runs a bundled action the way GitHub's runner does: `node dist/<name>.js` with INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and an event payload, then reads back what it wrote.
// MODELGATE_TEST_NODE picks another Node binary (CI runs the end-to-end tests under Node 24 too).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const NODE = process.env.MODELGATE_TEST_NODE || process.execPath;

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error file=…,line=…::message` and friends, parsed from stdout. */
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>;
}

export interface ActionOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  event?: { name: string; payload: unknown };
  workspace?: string;
  timeoutMs?: number;
}

/** Parses GITHUB_OUTPUT's `name<<DELIM\nvalue\nDELIM` blocks (and plain `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

function unescapeCommand(s: string): string {
  return s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

export function parseWorkflowCommands(stdout: string): ActionRun['commands'] {
  const commands: ActionRun['commands'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = part.indexOf('=');
      properties[part.slice(0, eq)] = unescapeCommand(part.slice(eq + 1));
    }
    commands.push({ command: m[1]!, properties, message: unescapeCommand(m[3] ?? '') });
  }
  return commands;
}

/**
 * Throws unless every named bundle (`dist/<name>.js`) exists. Call it in `beforeAll`: an
 * end-to-end test without its bundle must fail, never skip and look green.
 */
export function requireBuilt(...names: string[]): void {
  const missing = names.filter((n) => !existsSync(join(REPO_ROOT, 'dist', `${n}.js`)));
  if (missing.length > 0) {
    throw new Error(
      `${missing.map((n) => `dist/${n}.js`).join(', ')} missing: run \`npm run package\` before the end-to-end tests`,
    );
  }
}

export async function runAction(name: string, options: ActionOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `mg-${name}-`));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace ?? dir,
    RUNNER_TEMP: dir,
  };
  if (options.event) {
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(options.event.payload));
    env.GITHUB_EVENT_PATH = eventPath;
    env.GITHUB_EVENT_NAME = options.event.name;
  }
  // The runner upper-cases the input name and keeps hyphens: INPUT_MAX-INVALID-ROWS.
  for (const [k, v] of Object.entries(options.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;

  const child = spawn(NODE, [join(REPO_ROOT, 'dist', `${name}.js`)], {
    cwd: options.workspace ?? dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(timer);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: parseWorkflowCommands(stdout),
  };
}
