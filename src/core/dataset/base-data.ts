// The ratchet's base data: a checkout in the workspace (base_dir, or base: { path }), or the
// same data files read from the pull request's base commit or an artifact through the caller's
// BaselineProvider, materialised under a temporary directory with their workspace paths. A file
// the base does not have (added by this change) is left out: its rows are all new debt.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { baselineSpec, type BaselineSpec } from '../compare/baseline.js';
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

type Ratchet = NonNullable<DatasetConfig['ratchet']>;
type Options = {
  cwd: string;
  root?: string;
  splits?: DatasetConfig['splits'];
  provider?: BaselineProvider;
};
type RemoteSpec = Extract<BaselineSpec, { source: 'base-branch' | 'artifact' }>;

/** A checkout in the workspace (base_dir, or base: { path }); undefined when the base is remote. */
function workspaceBase(ratchet: Ratchet, o: Options): BaseData | undefined {
  const inWorkspace =
    ratchet.base_dir !== undefined ||
    (ratchet.base && 'path' in ratchet.base && !('base_branch' in ratchet.base));
  if (!inWorkspace) return undefined;
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

/** Each data file fetched to its workspace path under `dir`; which the base has, which not. */
async function fetchBaseFiles(
  files: DataFile[],
  spec: RemoteSpec,
  dir: string,
  provider: BaselineProvider,
  fetchFile: NonNullable<BaselineProvider['fetchFile']>,
): Promise<{ present: string[]; missingFiles: string[]; info: BaseData['info']; notes: string[] }> {
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
      provider,
      { ...spec, path: posix.join(spec.path, f.path) },
      { file: target, maxBytes: MAX_REMOTE_FILE_BYTES },
    );
    if ('missing' in got) {
      missingFiles.push(f.path);
      notes.push(got.note);
    } else present.push(f.path);
    info = { ...info, ...got.info };
  }
  return { present, missingFiles, info, notes };
}

/** Splits as the current files resolve them, restricted to what the base has. */
async function splitsOnBase(
  splits: NonNullable<DatasetConfig['splits']>,
  present: string[],
  o: Options,
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [name, patterns] of Object.entries(splits)) {
    const r = await resolveData(
      Array.isArray(patterns) ? patterns : [patterns],
      o.cwd,
      undefined,
      o.root ?? o.cwd,
    );
    const kept = r.files.map((x) => x.path).filter((p) => present.includes(p));
    if (kept.length) out[name] = kept;
  }
  return out;
}

/** The data files from the base commit or an artifact, in a temporary directory. */
async function remoteBase(spec: RemoteSpec, files: DataFile[], o: Options): Promise<BaseData> {
  const fetchFile = o.provider?.fetchFile;
  if (!o.provider || !fetchFile)
    throw new Error(
      spec.source === 'artifact'
        ? 'an artifact ratchet base needs access to the GitHub API (the action, with a token)'
        : 'a base_branch ratchet base needs a pull request (or a base ref) to read from',
    );
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-base-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const got = await fetchBaseFiles(files, spec, dir, o.provider, fetchFile);
    const { present, missingFiles, info, notes } = got;
    const splits = o.splits ? await splitsOnBase(o.splits, present, o) : undefined;
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

export async function prepareBase(
  ratchet: Ratchet,
  files: DataFile[],
  o: Options,
): Promise<BaseData> {
  const local = workspaceBase(ratchet, o);
  if (local) return local;
  if (!ratchet.base) throw new Error('ratchet needs base_dir or base');
  const spec = baselineSpec(ratchet.base);
  if (spec.source !== 'base-branch' && spec.source !== 'artifact')
    throw new Error('unreachable: a remote ratchet base');
  return remoteBase(spec, files, o);
}
