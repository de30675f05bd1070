// Running one shard from a terminal or an action: the partial result written where the merge
// looks for it by default, and what to print.
import { dirname, join, resolve } from 'node:path';
import { writeResultFile, type ResultContext } from '../result.js';
import { existingAncestor, writeWorkspaceFile } from '../files/workspace.js';
import { stateBytesOf, stateFileName } from '../dataset/state-file.js';
import { runValidateShard, type ValidateResult } from './run.js';
import type { PartialResult } from './partial.js';
import { parseShard } from './shard.js';
import type { ValidateOptions } from './types.js';

/** Where shards write their partial results unless told otherwise (beside, never among, final results). */
export const PARTIALS_DIR = 'modelgate-partials';

export interface ShardRun {
  result: PartialResult | ValidateResult;
  path?: string;
  text: string;
  /** 0 a partial result was written, 2 the shard could not run (status error). */
  code: number;
}

/**
 * Writes a shard's result: first its side file (the key runs and drift samples, named
 * `<name>.state.bin` beside it), then the JSON that names it, so a JSON on disk always has its
 * side file. Both through the workspace gate, atomically.
 */
export function writePartial(
  path: string,
  result: PartialResult | ValidateResult,
  root = existingAncestor(path),
): void {
  const dataset = result.kind === 'validate-partial' ? result.details.dataset : undefined;
  const bytes = stateBytesOf(dataset);
  if (dataset?.state && bytes) {
    const name = stateFileName(path);
    writeWorkspaceFile(root, join(dirname(resolve(path)), name), bytes, 'partial state file');
    dataset.state.file = name;
  }
  writeResultFile(path, result, root);
}

export async function runShardCli(
  options: ValidateOptions,
  shard: string,
  meta: { id: string; title?: string },
  out: { cwd: string; resultPath?: string; write: boolean; context?: ResultContext },
): Promise<ShardRun> {
  const spec = parseShard(shard);
  const result = await runValidateShard({ ...options, shard: spec }, out.context ?? {}, meta);
  const path = resolve(
    out.cwd,
    out.resultPath ?? `${PARTIALS_DIR}/${meta.id}.${spec.index}-of-${spec.count}.json`,
  );
  if (out.write) writePartial(path, result, out.cwd);
  const failed = result.status === 'error' || (result.errors?.length ?? 0) > 0;
  return {
    result,
    ...(out.write ? { path } : {}),
    text: `${meta.id} shard ${spec.index}/${spec.count}: ${result.summary}${failed ? `\n${(result.errors ?? []).map((e) => `  ${e.file ? `${e.file}: ` : ''}${e.message}`).join('\n')}` : ''}\n`,
    code: failed ? 2 : 0,
  };
}
