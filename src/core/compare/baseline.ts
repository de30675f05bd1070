// Where the baseline's metrics come from. The engine never talks to GitHub: the base-branch and
// artifact sources go through a BaselineProvider (src/core/providers) the caller builds (the
// action from src/github, the CLI from git, tests from a fake), and the result always records
// which baseline was used.
import { existsSync } from 'node:fs';
import { workspacePath } from '../files/workspace.js';
import { detectFormat, loadMetrics, parseMetrics } from './metrics-file.js';
import type { MetricSet, ReadOptions } from './metrics-file.js';
import type { BaselineConfig, BaselineInfo } from './types.js';
import type { BaselineMiss, BaselineProvider, FetchedBaseline } from '../providers/provider.js';

export type BaselineSpec =
  | { source: 'file'; path: string }
  | { source: 'base-branch'; path: string }
  | { source: 'artifact'; workflow: string; name: string; path: string; branch?: string }
  | { source: 'none' };

export interface ResolvedBaseline {
  info: BaselineInfo;
  /** Absent when no baseline was found (info.source is then 'none' and info.note says why). */
  metrics?: MetricSet;
}

export function baselineSpec(config: BaselineConfig | undefined): BaselineSpec {
  if (!config) return { source: 'none' };
  if ('artifact' in config) return { source: 'artifact', ...config.artifact };
  if ('base_branch' in config && config.base_branch)
    return { source: 'base-branch', path: config.path };
  return { source: 'file', path: config.path };
}

/**
 * Resolves and parses the baseline. Parse errors and provider failures throw (status error);
 * a baseline that does not exist yet resolves to source 'none' with a note.
 */
export async function resolveBaseline(
  spec: BaselineSpec,
  options: { workspace: string; provider?: BaselineProvider; read?: ReadOptions },
): Promise<ResolvedBaseline> {
  const readOptions = options.read ?? {};
  switch (spec.source) {
    case 'none':
      return { info: { source: 'none', note: 'no baseline configured' } };
    case 'file': {
      // A workspace path is written by hand: one that does not exist is a typo or a step that did
      // not run, never a first run (that is what the other sources' misses are).
      const full = workspacePath(options.workspace, spec.path, 'baseline');
      if (!existsSync(full)) {
        throw new Error(
          `baseline file ${spec.path} not found in the workspace (a workspace baseline must exist; for a first run without one, leave baseline out and set missing_baseline)`,
        );
      }
      return {
        info: { source: 'file', path: spec.path },
        metrics: loadMetrics(full, spec.path, options.workspace, readOptions),
      };
    }
    case 'base-branch': {
      const read = options.provider?.readAtBase;
      if (!read)
        throw new Error('a base_branch baseline needs a pull request (or a base ref) to read from');
      const got = await read(spec.path);
      return fetched(
        got,
        'base-branch',
        spec.path,
        (g) => `${spec.path} at ${g.info.sha ?? g.info.ref ?? 'base'}`,
        readOptions,
      );
    }
    case 'artifact': {
      const read = options.provider?.readFromArtifact;
      if (!read)
        throw new Error(
          'an artifact baseline needs access to the GitHub API (the action, with a token)',
        );
      const got = await read(spec);
      return fetched(
        got,
        'artifact',
        spec.path,
        (g) =>
          `${spec.path} in artifact ${g.info.artifact ?? spec.name} of run ${g.info.runId ?? '?'}`,
        readOptions,
        { workflow: spec.workflow, artifact: spec.name },
      );
    }
  }
}

function fetched(
  got: FetchedBaseline | BaselineMiss,
  source: 'base-branch' | 'artifact',
  path: string,
  displayName: (g: FetchedBaseline) => string,
  read: ReadOptions,
  extra: Omit<BaselineInfo, 'source' | 'path'> = {},
): ResolvedBaseline {
  if ('missing' in got) {
    return { info: { source: 'none', path, ...extra, ...got.info, note: got.note } };
  }
  const info: BaselineInfo = { source, path, ...extra, ...got.info };
  // Name the origin in parse errors, but pick the format from the real file name.
  return {
    info,
    metrics: parseMetrics(got.content, displayName(got), detectFormat(path), read),
  };
}
