// Which shard of how many (`--shard i/n`): the spec alone, with no imports, so that the option
// shapes (types.ts, the dataset checks) can name it without reaching the shard planner and the
// file readers it needs.
export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

export const MAX_SHARDS = 1024;

export function parseShard(raw: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count)
    throw new Error(
      `shard must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 3/8), got ${JSON.stringify(raw)}`,
    );
  return { index, count };
}
