// What reads a file from outside the workspace: the pull request's base commit or an artifact of
// an earlier run. Compare's baselines, the dataset checks' drift references and ratchet data, and
// a trusted base config all go through one provider the caller builds: the actions from src/github
// (src/actions/baseline-provider.ts), the CLI from git (./git.ts), tests from a fake.
import type { BaselineInfo } from '../compare/types.js';

/** File content fetched from elsewhere, with what identifies where it came from. */
export interface FetchedBaseline {
  content: string;
  /** Recorded in details.baseline: ref, sha, workflow, runId, runUrl, artifact, note. */
  info: Omit<BaselineInfo, 'source' | 'path'>;
}

/** A miss is not an error: the first run has no baseline, missing_baseline decides. */
export interface BaselineMiss {
  missing: true;
  /** Why, for details.baseline.note: "no successful run of eval.yml on main". */
  note: string;
  info?: Omit<BaselineInfo, 'source' | 'path' | 'note'>;
}

/**
 * A file materialised on disk (a reference dataset can be hundreds of MB: never a string). The
 * provider writes it to `to.file`, a path in a temporary directory the caller owns and removes.
 */
export interface FetchedFile {
  file: string;
  bytes: number;
  info: Omit<BaselineInfo, 'source' | 'path'>;
}

/** Where a remote file comes from: the same sources as a baseline, minus the workspace. */
export type RemoteFileSpec =
  | { source: 'base-branch'; path: string }
  | { source: 'artifact'; workflow: string; name: string; path: string; branch?: string };

/**
 * Largest remote file materialised (reference datasets, the ratchet's base data): 100 MB, the
 * GitHub contents API's own limit for one file and the artifact reader's extraction cap. Bigger
 * references belong in the workspace (a cache, a DVC pull) and are read from a path.
 */
export const MAX_REMOTE_FILE_BYTES = 100 * 1024 * 1024;

export interface BaselineProvider {
  /**
   * `spec.path` from the base commit or an artifact, written to `to.file` (at most `to.maxBytes`
   * bytes; bigger throws). A plain miss is a BaselineMiss, like the readers below.
   */
  fetchFile?(
    spec: RemoteFileSpec,
    to: { file: string; maxBytes: number },
  ): Promise<FetchedFile | BaselineMiss>;
  /** `path` at the pull request's base commit. Throws on a failure that is not a plain miss. */
  readAtBase?(path: string): Promise<FetchedBaseline | BaselineMiss>;
  /** `spec.path` inside artifact `spec.name` of the latest successful run of `spec.workflow`. */
  readFromArtifact?(spec: {
    workflow: string;
    name: string;
    path: string;
    branch?: string;
  }): Promise<FetchedBaseline | BaselineMiss>;
}
