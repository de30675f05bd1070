// The artifact baseline: latest successful run, its artifact, one file out of the zip.
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { downloadArtifactFile } from '../../src/github/artifacts.js';
import { extractZipFile, UnsafeZipError } from '../../src/github/zip.js';
import { makeZip } from '../fake-github/server.js';
import { useFakeGitHub } from './helpers.js';

const h = useFakeGitHub();
const REPO = 'octo/model';
const opts = {
  owner: 'octo',
  repo: 'model',
  workflow: 'eval.yml',
  branch: 'main',
  artifactName: 'metrics',
  path: 'out/metrics.json',
};

describe('downloadArtifactFile', () => {
  test('latest successful run on the branch: downloads (via the 302) and extracts the file', async () => {
    h.gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      artifacts: [{ name: 'metrics', files: { 'out/metrics.json': '{"accuracy":0.80}' } }],
    });
    const latest = h.gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      artifacts: [
        { name: 'other', files: { 'out/metrics.json': '{"accuracy":0.1}' } },
        {
          name: 'metrics',
          files: { 'out/metrics.json': '{"accuracy":0.91}', 'big.bin': new Uint8Array(5000) },
        },
      ],
    });
    h.gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      conclusion: 'failure',
      artifacts: [{ name: 'metrics', files: { 'out/metrics.json': '{}' } }],
    });
    h.gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      branch: 'dev',
      artifacts: [{ name: 'metrics', files: { 'out/metrics.json': '{}' } }],
    });

    const got = await downloadArtifactFile(h.client(), opts);
    expect(got).toMatchObject({
      found: true,
      runId: latest.id,
      runUrl: `https://github.com/octo/model/actions/runs/${latest.id}`,
      headSha: latest.headSha,
      artifactName: 'metrics',
    });
    expect(got.found && got.content.toString('utf8')).toBe('{"accuracy":0.91}');
    const runs = h.gh.requestsTo(
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    )[0];
    expect(runs?.query).toMatchObject({ branch: 'main', status: 'success' });
    expect(h.gh.requests.some((r) => r.operation === '(storage)' && r.status === 200)).toBe(true);
  });

  test("a fork's run on a branch also named main is never the baseline", async () => {
    const own = h.gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      artifacts: [{ name: 'metrics', files: { 'out/metrics.json': '"own"' } }],
    });
    h.gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      headRepo: 'mallory/model',
      event: 'pull_request',
      artifacts: [{ name: 'metrics', files: { 'out/metrics.json': '"evil"' } }],
    });
    const got = await downloadArtifactFile(h.client(), opts);
    expect(got.found && got.content.toString()).toBe('"own"');
    expect(got.found && got.runId).toBe(own.id);
  });

  test('reasons instead of throws: no workflow, no run, no artifact, expired, no file', async () => {
    h.gh.addRepo(REPO);
    const client = h.client();
    expect(await downloadArtifactFile(client, opts)).toEqual({
      found: false,
      reason: 'workflow "eval.yml" not found in octo/model',
    });
    h.gh.addWorkflowRun(REPO, { workflow: 'eval.yml', conclusion: 'failure' });
    expect(await downloadArtifactFile(client, opts)).toMatchObject({
      found: false,
      reason: expect.stringMatching(/no successful run of workflow "eval.yml" on branch "main"/),
    });
    const r1 = h.gh.addWorkflowRun(REPO, { workflow: 'eval.yml' });
    expect(await downloadArtifactFile(client, opts)).toMatchObject({
      found: false,
      runId: r1.id,
      reason: `artifact "metrics" of run ${r1.id} does not exist`,
    });
    const r2 = h.gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      artifacts: [{ name: 'metrics', files: { x: '1' }, expired: true }],
    });
    expect(await downloadArtifactFile(client, opts)).toMatchObject({
      found: false,
      reason: `artifact "metrics" of run ${r2.id} has expired`,
    });
    const r3 = h.gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      artifacts: [{ name: 'metrics', files: { 'other.json': '1' } }],
    });
    expect(await downloadArtifactFile(client, opts)).toMatchObject({
      found: false,
      headSha: r3.headSha,
      reason: `artifact "metrics" of run ${r3.id} has no file "out/metrics.json"`,
    });
  });

  test('zip slip: an archive with an escaping entry is refused', async () => {
    h.gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      artifacts: [
        {
          name: 'metrics',
          zip: zipSync({
            'out/metrics.json': Buffer.from('{}'),
            '../../.bashrc': Buffer.from('evil'),
          }),
        },
      ],
    });
    await expect(downloadArtifactFile(h.client(), opts)).rejects.toThrow(
      /Refusing a zip archive with entries outside its folder: "..\/..\/.bashrc"/,
    );
  });

  test('a numeric workflow id works, and oversize files are refused', async () => {
    const run = h.gh.addWorkflowRun(REPO, {
      workflow: 'eval.yml',
      artifacts: [{ name: 'metrics', files: { 'out/metrics.json': 'x'.repeat(2000) } }],
    });
    await expect(
      downloadArtifactFile(h.client(), { ...opts, workflow: run.workflowId, maxFileBytes: 1000 }),
    ).rejects.toThrow(
      /"out\/metrics.json" in the zip archive is 2000 bytes, over the limit of 1000/,
    );
    await expect(downloadArtifactFile(h.client(), { ...opts, maxZipBytes: 10 })).rejects.toThrow(
      /over the limit of 10\./,
    );
  });
});

describe('extractZipFile', () => {
  test('finds entries by normalized name; null when absent', () => {
    const zip = makeZip({ 'a/b.json': '1', 'c.txt': 'two' });
    expect(extractZipFile(zip, './a/b.json')?.toString()).toBe('1');
    expect(extractZipFile(zip, 'a\\b.json')?.toString()).toBe('1');
    expect(extractZipFile(zip, 'missing')).toBeNull();
  });

  test.each(['/etc/passwd', 'C:/x', 'a/../../b', 'a\\..\\..\\b'])('refuses entry %s', (name) => {
    const zip = zipSync({ [name]: Buffer.from('x'), 'ok.json': Buffer.from('1') });
    expect(() => extractZipFile(zip, 'ok.json')).toThrow(UnsafeZipError);
  });

  test('refuses a requested path that escapes, duplicates, and garbage', () => {
    expect(() => extractZipFile(makeZip({ a: '1' }), '../a')).toThrow(UnsafeZipError);
    expect(() => extractZipFile(Buffer.from('not a zip at all, just text'), 'a')).toThrow(
      /Cannot read the zip archive/,
    );
    const zip = Buffer.from(makeZip({ 'm.json': '{"accuracy":0.5}' }));
    expect(() => extractZipFile(zip.subarray(0, 40), 'm.json')).toThrow(/Cannot read the zip/);
  });

  // The central directory's fields of the first entry: flags (8), method (10), size (24).
  const patched = (zip: Uint8Array, edit: (b: Buffer, cd: number) => void): Buffer => {
    const b = Buffer.from(zip);
    edit(b, b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    return b;
  };
  const stored = () => zipSync({ 'm.json': [Buffer.from('{"accuracy":0.5}'), { level: 0 }] });

  test('refuses an encrypted entry and an unknown compression method', () => {
    expect(() =>
      extractZipFile(
        patched(stored(), (b, cd) => b.writeUInt16LE(1, cd + 8)),
        'm.json',
      ),
    ).toThrow(/"m.json" in the zip archive is encrypted/);
    expect(() =>
      extractZipFile(
        patched(stored(), (b, cd) => b.writeUInt16LE(99, cd + 10)),
        'm.json',
      ),
    ).toThrow(/uses compression method 99; only stored \(0\) and deflate \(8\)/);
  });

  test('a bomb whose header lies about its size stops at the declared size', () => {
    const big = new Uint8Array(16 << 20).fill(0x61);
    const bomb = zipSync({ 'm.json': [big, { level: 9 }] });
    expect(bomb.length).toBeLessThan(1 << 20);
    // Honest header: refused before inflating. Lying header: inflating stops past 256 KiB.
    expect(() => extractZipFile(bomb, 'm.json', { maxBytes: 1 << 20 })).toThrow(
      /is 16777216 bytes, over the limit of 1048576/,
    );
    const lying = patched(bomb, (b, cd) => b.writeUInt32LE(256 << 10, cd + 24));
    const before = process.memoryUsage().arrayBuffers;
    expect(() => extractZipFile(lying, 'm.json', { maxBytes: 2 << 20 })).toThrow(
      /"m.json" in the zip archive is corrupt \(size does not match its header\)/,
    );
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(12 << 20);
  });
});
