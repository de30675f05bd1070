// The drift reference from the same places as compare's baseline: a workspace path, the base
// commit, an artifact. The engine gets a provider (here a fake that copies fixture files, and a
// real git repository for the CLI's provider) and must record which reference it used.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  BaselineMiss,
  BaselineProvider,
  FetchedFile,
  RemoteFileSpec,
} from '../../src/core/providers/provider.js';
import { MAX_REMOTE_FILE_BYTES } from '../../src/core/providers/provider.js';
import { assertResult } from '../../src/core/result.js';
import type { DatasetConfig } from '../../src/core/dataset/types.js';
import { runValidate } from '../../src/core/validate/run.js';
import { gitProvider } from '../../src/core/providers/git.js';
import { decideGate, gateItems } from '../../src/core/gate/decide.js';
import { loadResults } from '../../src/core/report/load.js';
import { renderReport } from '../../src/core/report/render.js';
import { writeResultFile } from '../../src/core/result.js';
import { FIXTURES } from './helpers.js';

const SHA = 'b'.repeat(40);
const REF_FILE = join(FIXTURES, 'shift', 'reference.jsonl');

interface Call {
  spec: RemoteFileSpec;
  to: { file: string; maxBytes: number };
}

/** Serves `files` (remote path → local fixture) like the action's provider would. */
function fakeProvider(files: Record<string, string>, calls: Call[] = []): BaselineProvider {
  return {
    fetchFile(spec, to): Promise<FetchedFile | BaselineMiss> {
      calls.push({ spec, to });
      const local = files[spec.path];
      const info =
        spec.source === 'base-branch'
          ? { ref: 'main', sha: SHA, note: 'read with git' }
          : {
              ref: 'main',
              sha: SHA,
              runId: 42,
              runUrl: 'https://github.com/octo/model/actions/runs/42',
              artifact: spec.name,
            };
      if (!local)
        return Promise.resolve({ missing: true, note: `${spec.path} is not there`, info });
      copyFileSync(local, to.file);
      return Promise.resolve({ file: to.file, bytes: statSync(local).size, info });
    },
  };
}

async function run(dataset: DatasetConfig, provider?: BaselineProvider) {
  const result = await runValidate(
    {
      schemaFile: join(FIXTURES, 'schema.json'),
      data: ['shift/current.jsonl'],
      cwd: FIXTURES,
      threads: 0,
      dataset,
      ...(provider ? { provider } : {}),
    },
    {},
    { id: 'data' },
  );
  assertResult(JSON.parse(JSON.stringify(result)));
  return result;
}

const COLUMNS = ['age', 'score', 'country'];

describe('drift reference from the base commit or an artifact', () => {
  it('reads a base-branch reference through the provider, finds the drift, records the commit', async () => {
    const calls: Call[] = [];
    const result = await run(
      { drift: { reference: { base_branch: true, path: 'prod/ref.jsonl' }, columns: COLUMNS } },
      fakeProvider({ 'prod/ref.jsonl': REF_FILE }, calls),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]!.spec).toEqual({ source: 'base-branch', path: 'prod/ref.jsonl' });
    expect(calls[0]!.to.maxBytes).toBe(MAX_REMOTE_FILE_BYTES);
    // A temporary file with the remote file's name (the format comes from it), removed after.
    expect(calls[0]!.to.file.endsWith('ref.jsonl')).toBe(true);
    expect(existsSync(dirname(calls[0]!.to.file))).toBe(false);

    const drift = result.details.dataset!.drift!;
    expect(drift.reference).toEqual({
      source: 'base-branch',
      paths: ['prod/ref.jsonl'],
      rows: 400,
      bytes: statSync(REF_FILE).size,
      ref: 'main',
      sha: SHA,
      note: 'read with git',
    });
    // The same verdicts as with the fixture read from the workspace (drift.test.ts).
    const col = (n: string) => drift.columns.find((c) => c.name === n)!;
    expect(col('country').status).toBe('fail');
    expect(col('score').psi).toBeGreaterThan(0.25);
    expect(col('age').status).toBe('pass');
    expect(result.status).toBe('fail');
  });

  it('gives the same scores as the workspace file', async () => {
    const remote = await run(
      { drift: { reference: { base_branch: true, path: 'ref.jsonl' }, columns: COLUMNS } },
      fakeProvider({ 'ref.jsonl': REF_FILE }),
    );
    const local = await run({
      drift: { reference: { path: 'shift/reference.jsonl' }, columns: COLUMNS },
    });
    expect(local.details.dataset!.drift!.reference).toMatchObject({
      source: 'file',
      paths: ['shift/reference.jsonl'],
    });
    expect(remote.details.dataset!.drift!.columns).toEqual(local.details.dataset!.drift!.columns);
  });

  it('reads an artifact reference and records the run', async () => {
    const calls: Call[] = [];
    const result = await run(
      {
        expectations: { row_count: { max_drop: '10%' } },
        drift: {
          reference: {
            artifact: { workflow: 'train.yml', name: 'snapshot', path: 'data/ref.jsonl' },
          },
          columns: COLUMNS,
        },
      },
      fakeProvider({ 'data/ref.jsonl': REF_FILE }, calls),
    );
    expect(calls[0]!.spec).toEqual({
      source: 'artifact',
      workflow: 'train.yml',
      name: 'snapshot',
      path: 'data/ref.jsonl',
    });
    const d = result.details.dataset!;
    expect(d.drift!.reference).toMatchObject({
      source: 'artifact',
      paths: ['data/ref.jsonl'],
      rows: 400,
      workflow: 'train.yml',
      artifact: 'snapshot',
      runId: 42,
      runUrl: 'https://github.com/octo/model/actions/runs/42',
      sha: SHA,
    });
    // The row count compares with the materialised reference (400 vs 400).
    expect(d.expectations[0]).toMatchObject({ key: 'row_count:max_drop', status: 'pass' });
    expect(d.drift!.columns.find((c) => c.name === 'country')!.status).toBe('fail');
  });

  it('a missing reference fails by default, warns or passes when told, and says so', async () => {
    const provider = fakeProvider({});
    const base = (policy?: 'fail' | 'warn' | 'pass'): DatasetConfig => ({
      expectations: { row_count: { max_drop: '5%' } },
      drift: {
        reference: { artifact: { workflow: 'train.yml', name: 'snapshot', path: 'ref.jsonl' } },
        ...(policy ? { missing_reference: policy } : {}),
      },
    });
    for (const [policy, status] of [
      [undefined, 'fail'],
      ['warn', 'warn'],
      ['pass', 'pass'],
    ] as const) {
      const result = await run(base(policy), provider);
      const d = result.details.dataset!;
      expect(d.drift!.reference).toMatchObject({
        source: 'none',
        rows: 0,
        status,
        workflow: 'train.yml',
        runId: 42,
      });
      expect(d.drift!.reference.note).toBe(`ref.jsonl is not there (missing_reference: ${status})`);
      expect(d.drift!.columns).toEqual([]);
      expect(d.expectations[0]).toMatchObject({ key: 'row_count:max_drop', status });
      expect(d.expectations[0]!.reason).toContain('no reference dataset');
      expect(d.status).toBe(status);
      expect(result.status).toBe(status);
    }
  });

  it('a workspace { path } that does not exist follows missing_reference too', async () => {
    const result = await run({
      drift: { reference: { path: 'prod/none.jsonl' }, missing_reference: 'warn' },
    });
    expect(result.status).toBe('warn');
    expect(result.details.dataset!.drift!.reference).toMatchObject({
      source: 'none',
      status: 'warn',
      note: 'reference file prod/none.jsonl not found in the workspace (missing_reference: warn)',
    });
  });

  it('without a provider, or when the provider fails, the check is an error', async () => {
    const noProvider = await run({
      drift: { reference: { artifact: { workflow: 'w.yml', name: 'a', path: 'r.jsonl' } } },
    });
    expect(noProvider.status).toBe('error');
    expect(noProvider.errors?.[0]).toMatchObject({ key: 'drift.reference' });
    expect(noProvider.errors?.[0]?.message).toMatch(/needs access to the GitHub API/);

    const failing: BaselineProvider = {
      fetchFile: () => Promise.reject(new Error('ref.jsonl is over the 100 MB limit')),
    };
    const failed = await run(
      { drift: { reference: { base_branch: true, path: 'ref.jsonl' } } },
      failing,
    );
    expect(failed.status).toBe('error');
    expect(failed.summary).toContain('ref.jsonl is over the 100 MB limit');
  });

  it('refuses a reference whose format cannot be told from its name', async () => {
    const result = await run(
      { drift: { reference: { base_branch: true, path: 'prod/ref.xlsx' } } },
      fakeProvider({}),
    );
    expect(result.status).toBe('error');
    expect(result.summary).toContain('cannot tell the format of prod/ref.xlsx');
  });
});

describe('report: where the reference came from', () => {
  async function markdown(result: Awaited<ReturnType<typeof run>>): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'mg-ref-report-'));
    writeResultFile(join(dir, 'r.json'), result);
    const entries = await loadResults([join(dir, '*.json')], { cwd: dir });
    return renderReport({
      entries,
      decision: decideGate({ items: gateItems(entries), failOn: 'fail' }),
    }).markdown;
  }

  it('names the artifact and run, or says that there was no reference', async () => {
    const artifact = { artifact: { workflow: 'train.yml', name: 'snapshot', path: 'ref.jsonl' } };
    const found = await run(
      { drift: { reference: artifact, columns: COLUMNS } },
      fakeProvider({ 'ref.jsonl': REF_FILE }),
    );
    expect(await markdown(found)).toContain(
      `**Drift** against ref.jsonl in artifact snapshot of train.yml run 42 (commit ${SHA.slice(0, 7)}) (400 rows)`,
    );
    const missing = await run(
      { drift: { reference: artifact, missing_reference: 'warn' } },
      fakeProvider({}),
    );
    expect(await markdown(missing)).toMatch(
      /\*\*Drift\*\*: no reference \(.* warn\): ref\.jsonl is not there \(missing\\_reference: warn\)/,
    );
  });
});

describe("the CLI's git provider", () => {
  function repo(): { dir: string; sha: string } {
    const dir = mkdtempSync(join(tmpdir(), 'mg-ref-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q');
    mkdirSync(join(dir, 'prod'));
    copyFileSync(REF_FILE, join(dir, 'prod', 'ref.jsonl'));
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'ref');
    return { dir, sha: git('rev-parse', 'HEAD') };
  }

  it('streams a base-branch reference out of git into the temporary file', async () => {
    const { dir, sha } = repo();
    const provider = gitProvider(dir, 'HEAD');
    const out = join(mkdtempSync(join(tmpdir(), 'mg-ref-out-')), 'ref.jsonl');
    const got = await provider.fetchFile!(
      { source: 'base-branch', path: 'prod/ref.jsonl' },
      { file: out, maxBytes: MAX_REMOTE_FILE_BYTES },
    );
    expect(got).toEqual({
      file: out,
      bytes: statSync(REF_FILE).size,
      info: { ref: 'HEAD', sha, note: 'read with git' },
    });
    expect(statSync(out).size).toBe(statSync(REF_FILE).size);

    const missing = await provider.fetchFile!(
      { source: 'base-branch', path: 'prod/none.jsonl' },
      { file: out + '.2', maxBytes: MAX_REMOTE_FILE_BYTES },
    );
    expect(missing).toMatchObject({ missing: true, info: { sha } });

    await expect(
      provider.fetchFile!(
        { source: 'base-branch', path: 'prod/ref.jsonl' },
        { file: out + '.3', maxBytes: 100 },
      ),
    ).rejects.toThrow(/over the 100-byte limit/);
    expect(existsSync(out + '.3')).toBe(false);
  });

  it('refuses an artifact reference with a clear error (no token in a terminal)', async () => {
    const { dir } = repo();
    await expect(
      gitProvider(dir, 'HEAD').fetchFile!(
        { source: 'artifact', workflow: 'train.yml', name: 'snapshot', path: 'ref.jsonl' },
        { file: join(dir, 'x.jsonl'), maxBytes: 1000 },
      ),
    ).rejects.toThrow(/only be read through the GitHub API/);
  });

  it('runs a config entry with a base-branch reference end to end in this process', async () => {
    const { dir } = repo();
    copyFileSync(join(FIXTURES, 'schema.json'), join(dir, 'schema.json'));
    copyFileSync(join(FIXTURES, 'shift', 'current.jsonl'), join(dir, 'current.jsonl'));
    const result = await runValidate(
      {
        schemaFile: 'schema.json',
        data: ['current.jsonl'],
        cwd: dir,
        threads: 0,
        dataset: {
          drift: { reference: { base_branch: true, path: 'prod/ref.jsonl' }, columns: COLUMNS },
        },
        provider: gitProvider(dir, 'HEAD'),
      },
      {},
      { id: 'data' },
    );
    expect(result.details.dataset!.drift!.reference).toMatchObject({
      source: 'base-branch',
      rows: 400,
      ref: 'HEAD',
    });
    expect(result.status).toBe('fail');
  });
});
