// The release workflow's last step: the major tag follows the newest release of its major, and
// never goes backwards. Run against a scratch repository with a bare one as its remote.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/runner.js';

const SCRIPT = join(REPO_ROOT, 'scripts/move-major-tag.sh');
const scratch = mkdtempSync(join(tmpdir(), 'modelgate-tags-'));
const work = join(scratch, 'work');
const remote = join(scratch, 'remote.git');

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
  }).trim();

/** A commit tagged `tag`; returns its hash. */
function release(tag: string): string {
  git(work, 'commit', '-q', '--allow-empty', '-m', tag);
  git(work, 'tag', '-a', tag, '-m', tag);
  return git(work, 'rev-parse', 'HEAD');
}

const move = (tag: string) => spawnSync('bash', [SCRIPT, tag], { cwd: work, encoding: 'utf8' });
const remoteTag = (name: string) => git(remote, 'rev-parse', `refs/tags/${name}^{commit}`);

beforeAll(() => {
  execFileSync('git', ['init', '-q', '--bare', remote]);
  execFileSync('git', ['init', '-q', work]);
  git(work, 'remote', 'add', 'origin', remote);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('moves vX forward, not back, and starts a new major without touching the old one', () => {
  const v120 = release('v1.2.0');
  expect(move('v1.2.0').status).toBe(0);
  expect(remoteTag('v1')).toBe(v120);

  const v130 = release('v1.3.0');
  expect(move('v1.3.0').stdout).toMatch(/^moved v1 to v1\.3\.0/m);
  expect(remoteTag('v1')).toBe(v130);

  // A patch to the older minor, released after v1.3.0.
  release('v1.2.1');
  const back = move('v1.2.1');
  expect(back.status).toBe(0);
  expect(back.stdout).toMatch(/v1\.2\.1 is not the newest v1 release \(v1\.3\.0 is\)/);
  expect(remoteTag('v1')).toBe(v130);

  // Version order, not text order: v1.10.0 is newer than v1.9.0.
  release('v1.9.0');
  const v1100 = release('v1.10.0');
  expect(move('v1.10.0').status).toBe(0);
  expect(remoteTag('v1')).toBe(v1100);

  const v200 = release('v2.0.0');
  expect(move('v2.0.0').status).toBe(0);
  expect(remoteTag('v2')).toBe(v200);
  expect(remoteTag('v1')).toBe(v1100);
});

test('refuses what is not a release tag', () => {
  const res = move('v1');
  expect(res.status).toBe(2);
  expect(res.stderr).toMatch(/not a release tag: v1/);
});
