// Where drift's reference dataset comes from: workspace files or globs, or one file from the same
// places as compare's baseline (the PR's base commit, an artifact of the default branch's latest
// run). Remote files are materialised by the caller's BaselineProvider into a temporary directory
// this module owns, then read by the same streaming readers as any data file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { workspacePath } from '../files/workspace.js';
import { baselineSpec } from '../compare/baseline.js';
import {
  MAX_REMOTE_FILE_BYTES,
  type BaselineProvider,
  type RemoteFileSpec,
} from '../providers/provider.js';
import type { BaselineConfig } from '../compare/types.js';
import type { Problem } from '../result.js';
import { formatOf, resolveData, type DataFile } from '../validate/files.js';
import type { ReferenceInfo } from './types.js';

export interface ResolvedReference {
  files: DataFile[];
  info: Omit<ReferenceInfo, 'rows'>;
  problems: Problem[];
  /** Set when there is no reference: missing_reference decides what that gives. */
  missing?: string;
  /** Removes the materialised files; safe to call more than once. */
  cleanup: () => Promise<void>;
}

const noop = async () => {};

type Options = { cwd: string; root?: string; provider?: BaselineProvider; maxBytes?: number };

/** Workspace files or globs, as written in the config. */
async function workspaceFiles(
  patterns: string[],
  cwd: string,
  root: string,
): Promise<ResolvedReference> {
  const r = await resolveData(patterns, cwd, undefined, root);
  return {
    files: r.files,
    info: { source: 'file', paths: r.files.map((f) => f.path) },
    problems: r.problems,
    cleanup: noop,
  };
}

/** One workspace file given like a baseline: a file that is not there is a missing reference. */
async function workspaceFile(path: string, cwd: string, root: string): Promise<ResolvedReference> {
  const full = workspacePath(cwd, path, 'drift.reference');
  const r = await resolveData([full], cwd, undefined, root);
  const absent = r.problems.some((p) => p.message === 'data file not found');
  return {
    files: r.files,
    info: { source: absent ? 'none' : 'file', paths: [path] },
    problems: absent ? [] : r.problems,
    ...(absent ? { missing: `reference file ${path} not found in the workspace` } : {}),
    cleanup: noop,
  };
}

/**
 * A file from the base commit or an artifact, materialised by the provider into a temporary
 * directory that the returned cleanup removes (at once when there is nothing to read).
 */
async function remoteFile(spec: RemoteFileSpec, options: Options): Promise<ResolvedReference> {
  const fetchFile = options.provider?.fetchFile;
  if (!fetchFile)
    throw new Error(
      spec.source === 'artifact'
        ? 'an artifact reference needs access to the GitHub API (the action, with a token)'
        : 'a base_branch reference needs a pull request (or a base ref) to read from',
    );
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-reference-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    // The file's own name keeps its extension: the format comes from it.
    const file = join(dir, basename(spec.path));
    const got = await fetchFile.call(options.provider, spec, {
      file,
      maxBytes: options.maxBytes ?? MAX_REMOTE_FILE_BYTES,
    });
    const where =
      spec.source === 'artifact' ? { workflow: spec.workflow, artifact: spec.name } : {};
    if ('missing' in got) {
      await cleanup();
      return {
        files: [],
        info: { source: 'none', paths: [spec.path], ...where, ...got.info, note: got.note },
        problems: [],
        missing: got.note,
        cleanup: noop,
      };
    }
    const r = await resolveData([file], dir);
    // Shown as where it came from, not as the temporary file.
    const files = r.files.map((f) => ({ ...f, path: spec.path }));
    return {
      files,
      info: { source: spec.source, paths: [spec.path], bytes: got.bytes, ...where, ...got.info },
      problems: r.problems.map((p) => ({ ...p, file: spec.path })),
      cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

export async function resolveReference(
  reference: string | string[] | BaselineConfig,
  options: Options,
): Promise<ResolvedReference> {
  const { cwd } = options;
  const root = options.root ?? cwd;
  if (typeof reference === 'string' || Array.isArray(reference))
    return workspaceFiles(Array.isArray(reference) ? reference : [reference], cwd, root);
  const spec = baselineSpec(reference);
  if (spec.source === 'none') throw new Error('unreachable: a reference is always configured');
  if (formatOf(spec.path) === undefined)
    return {
      files: [],
      info: { source: spec.source, paths: [spec.path] },
      problems: [
        {
          message: `cannot tell the format of ${spec.path} from its extension (.jsonl, .json, .csv, .tsv)`,
        },
      ],
      cleanup: noop,
    };
  if (spec.source === 'file') return workspaceFile(spec.path, cwd, root);
  return remoteFile(spec, options);
}
