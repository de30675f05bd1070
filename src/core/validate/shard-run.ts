// Running one shard from a terminal or an action: the partial result written where the merge
// looks for it by default, and what to print.
import { resolve } from 'node:path';
import { writeResultFile, type Kind, type Result, type ResultContext } from '../result.js';
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
  if (out.write) writeResultFile(path, result as unknown as Result<Kind, unknown>, out.cwd);
  const failed = result.status === 'error' || (result.errors?.length ?? 0) > 0;
  return {
    result,
    ...(out.write ? { path } : {}),
    text: `${meta.id} shard ${spec.index}/${spec.count}: ${result.summary}${failed ? `\n${(result.errors ?? []).map((e) => `  ${e.file ? `${e.file}: ` : ''}${e.message}`).join('\n')}` : ''}\n`,
    code: failed ? 2 : 0,
  };
}
