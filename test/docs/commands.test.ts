// Docs that run: every shell block in the README, docs/ and the examples' README is either run
// here or says why not. A run block's commands execute one after another, in a fresh copy of the
// repository (so they may write files, as a reader's clone would), and each must exit as its line
// says: 0 unless the line ends with `# exits N` (a reason may follow after a colon). Afterwards
// the copy must hold no file that git would show: a command in the docs must not litter a clone.
// The markers are documented in CONTRIBUTING.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/runner.js';

const SHELL_FENCE = /^```(sh|bash|shell|console)\s*$/;
const RUN = /^<!-- run -->$/;
const NOT_RUN = /^<!-- not run: .+ -->$/;

interface DocCommand {
  file: string;
  line: number;
  command: string;
  exit: number;
}

interface DocBlock {
  file: string;
  line: number;
  marker: 'run' | 'not run' | undefined;
  commands: DocCommand[];
}

/** The shell blocks of a Markdown text, with the marker on the line before each. */
function shellBlocks(file: string, text: string): DocBlock[] {
  const lines = text.split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!SHELL_FENCE.test(lines[i]!)) continue;
    const before = (lines[i - 1] ?? '').trim();
    const marker = RUN.test(before) ? 'run' : NOT_RUN.test(before) ? 'not run' : undefined;
    const block: DocBlock = { file, line: i + 1, marker, commands: [] };
    let pending = '';
    let start = 0;
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) {
      const line = lines[i]!;
      if (!pending && (line.trim() === '' || line.trim().startsWith('#'))) continue;
      if (!pending) start = i + 1;
      if (line.endsWith('\\')) {
        pending += line.slice(0, -1) + ' ';
        continue;
      }
      const command = pending + line;
      pending = '';
      block.commands.push({ file, line: start, command, exit: statedExit(command) });
    }
    blocks.push(block);
  }
  return blocks;
}

/** N from a trailing `# exits N` comment: a `#` outside quotes, after a space. */
function statedExit(command: string): number {
  for (const m of command.matchAll(/\s#\s*exits (\d+)\b/g)) {
    const before = command.slice(0, m.index);
    const quotes = (q: string) => before.split(q).length - 1;
    if (quotes("'") % 2 === 0 && quotes('"') % 2 === 0) return Number(m[1]);
  }
  return 0;
}

function docFiles(): string[] {
  const docs = readdirSync(join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', 'CONTRIBUTING.md', 'examples/README.md', ...docs];
}

const blocks = docFiles().flatMap((f) => shellBlocks(f, readFileSync(join(REPO_ROOT, f), 'utf8')));

/** A copy of what a clone holds (tracked files) plus the local dist/, as one git commit. */
function cloneLike(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-docs-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const f of tracked) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      cpSync(join(REPO_ROOT, f), join(dir, f));
    } catch {
      // A file deleted in the working tree but not yet committed.
    }
  }
  // The e2e tests' rule: dist/ is the local build (`npm run package`), not necessarily committed.
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  cpSync(join(REPO_ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=docs', '-c', 'user.email=docs@example.invalid', 'commit', '-qm', 'clone');
  return dir;
}

describe('shell blocks in the docs', () => {
  it('each is marked <!-- run --> or <!-- not run: why -->', () => {
    const unmarked = blocks.filter((b) => !b.marker).map((b) => `${b.file}:${b.line}`);
    expect(unmarked, 'shell blocks without a marker (see CONTRIBUTING.md)').toEqual([]);
    expect(blocks.filter((b) => b.marker === 'run').length).toBeGreaterThan(0);
  });

  it('parses commands, continuations and the exit code a line states', () => {
    const text = [
      '<!-- run -->',
      '```sh',
      '# a comment',
      'true',
      'node x.js \\',
      "  --flag  # exits 2: 'why'",
      "echo '# exits 3'",
      '```',
    ].join('\n');
    expect(shellBlocks('t.md', text)).toEqual([
      {
        file: 't.md',
        line: 2,
        marker: 'run',
        commands: [
          { file: 't.md', line: 4, command: 'true', exit: 0 },
          { file: 't.md', line: 5, command: "node x.js    --flag  # exits 2: 'why'", exit: 2 },
          { file: 't.md', line: 7, command: "echo '# exits 3'", exit: 0 },
        ],
      },
    ]);
  });

  const runnable = blocks.filter((b) => b.marker === 'run');
  let clone: string | undefined;
  afterAll(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
  });

  it.each(runnable.map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s behaves as the text says',
    (_name, block) => {
      clone ??= cloneLike();
      for (const c of block.commands) {
        const res = spawnSync('bash', ['-c', c.command], {
          cwd: clone,
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, NO_COLOR: '1', TMPDIR: tmpdir() },
        });
        const where = `${c.file}:${c.line}: ${c.command}\n${res.stdout}\n${res.stderr}`;
        expect(res.status, where).toBe(c.exit);
        // An exit the docs expect must still be modelgate's own answer, not a crash.
        expect(res.stderr, where).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      }
      const left = execFileSync('git', ['status', '--porcelain'], { cwd: clone, encoding: 'utf8' });
      expect(left, `files ${block.file}:${block.line} left in the clone`).toBe('');
    },
  );
});
