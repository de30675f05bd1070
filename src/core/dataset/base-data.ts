// The ratchet's base data: a checkout in the workspace (base_dir, or base: { path }), or the
// same data files read from the pull request's base commit or an artifact through the caller's
// BaselineProvider, materialised under a temporary directory with their workspace paths. A file
// the base does not have (added by this change) is left out: its rows are all new debt.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { baselineSpec } from '../compare/baseline.js';
import { MAX_REMOTE_FILE_BYTES, type BaselineProvider } from '../providers/provider.js';
import { workspacePath } from '../files/workspace.js';
import type { BaselineInfo } from '../compare/types.js';
import { resolveData, type DataFile } from '../validate/files.js';
import type { DatasetConfig } from './types.js';

export interface BaseData {
  /** Where the base's data paths resolve. */
  dir: string;
  /** The tree no base data file may leave: the workspace, or the temporary directory. */
  root: string;
  /** Shown as ratchet.baseDir. */
  label: string;
  /** Remote: the data files the base has (explicit paths); undefined: the entry's own globs. */
  data?: string[];
  /** Remote: the splits restricted to the files the base has. */
  splits?: Record<string, string[]>;
  missingFiles: string[];
  info: Omit<BaselineInfo, 'path' | 'examples'>;
  cleanup: () => Promise<void>;
}

const noop = async () => {};

// eslint-disable-next-line max-lines-per-function -- not split here: this module is being reworked on the sharding branch; split it there or after the merge
export async function prepareBase(
  ratchet: NonNullable<DatasetConfig['ratchet']>,
  files: DataFile[],
  o: { cwd: string; root?: string; splits?: DatasetConfig['splits']; provider?: BaselineProvider },
): Promise<BaseData> {
  if (
    ratchet.base_dir !== undefined ||
    (ratchet.base && 'path' in ratchet.base && !('base_branch' in ratchet.base))
  ) {
    const where = ratchet.base_dir ?? (ratchet.base as { path: string }).path;
    const key = ratchet.base_dir !== undefined ? 'ratchet.base_dir' : 'ratchet.base.path';
    return {
      dir: workspacePath(o.cwd, where, key),
      root: o.root ?? o.cwd,
      label: where,
      missingFiles: [],
      info: { source: 'file' },
      cleanup: noop,
    };
  }
  if (!ratchet.base) throw new Error('ratchet needs base_dir or base');
  const spec = baselineSpec(ratchet.base);
  if (spec.source !== 'base-branch' && spec.source !== 'artifact')
    throw new Error('unreachable: a remote ratchet base');
  const fetchFile = o.provider?.fetchFile;
  if (!fetchFile)
    throw new Error(
      spec.source === 'artifact'
        ? 'an artifact ratchet base needs access to the GitHub API (the action, with a token)'
        : 'a base_branch ratchet base needs a pull request (or a base ref) to read from',
    );
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-base-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const present: string[] = [];
    const missingFiles: string[] = [];
    let info: BaseData['info'] = {
      source: spec.source,
      ...(spec.source === 'artifact' ? { workflow: spec.workflow, artifact: spec.name } : {}),
    };
    const notes: string[] = [];
    for (const f of files) {
      if (f.path.startsWith('../') || posix.isAbsolute(f.path))
        throw new Error(`${f.path}: a ratchet base can only hold data files inside the workspace`);
      const target = join(dir, f.path);
      await mkdir(dirname(target), { recursive: true });
      const got = await fetchFile.call(
        o.provider,
        { ...spec, path: posix.join(spec.path, f.path) },
        {
          file: target,
          maxBytes: MAX_REMOTE_FILE_BYTES,
        },
      );
      if ('missing' in got) {
        missingFiles.push(f.path);
        notes.push(got.note);
        info = { ...info, ...got.info };
      } else {
        present.push(f.path);
        info = { ...info, ...got.info };
      }
    }
    // Splits as the current files resolve them, restricted to what the base has.
    let splits: Record<string, string[]> | undefined;
    if (o.splits) {
      splits = {};
      for (const [name, patterns] of Object.entries(o.splits)) {
        const r = await resolveData(
          Array.isArray(patterns) ? patterns : [patterns],
          o.cwd,
          undefined,
          o.root ?? o.cwd,
        );
        const kept = r.files.map((x) => x.path).filter((p) => present.includes(p));
        if (kept.length) splits[name] = kept;
      }
    }
    if (missingFiles.length)
      info.note = `not on the base (all their rows count as new): ${missingFiles.join(', ')}${notes[0] ? ` (${notes[0]})` : ''}`;
    return {
      dir,
      root: dir,
      label: spec.path,
      data: present,
      ...(splits ? { splits } : {}),
      missingFiles,
      info,
      cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
