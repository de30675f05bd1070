import { resolve } from 'node:path';
import { w as writeResultFile } from './chunk-result.js';
import { b as runValidateShard } from './chunk-run.js';
import './chunk-workspace.js';
import 'node:stream';
import 'node:zlib';
import './chunk-parquet.js';
import 'node:fs';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length.js';
import './chunk-formats.js';
import './chunk-status.js';
import 'node:os';
import './chunk-files.js';
import './chunk-glob.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-registry.js';
import './chunk-executor.js';
import 'node:url';
import 'node:worker_threads';
import './chunk-cells.js';
import './chunk-exact.js';
import './chunk-records.js';
import 'node:buffer';
import './chunk-value.js';
import 'node:crypto';
import './chunk-threshold.js';
import './chunk-format.js';
import './chunk-adjust.js';
import './chunk-index.js';
import 'process';
import 'buffer';
import './chunk-metric-file-error.js';
import './chunk-index2.js';
import './chunk-profile.js';
import './chunk-prng.js';
import './chunk-simple-statistics.js';
import 'node:fs/promises';
import './chunk-partial.js';
import 'node:v8';
import './chunk-column.js';

const MAX_SHARDS = 1024;
function parseShard(raw) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count)
    throw new Error(
      `shard must be i/n with 1 \u2264 i \u2264 n \u2264 ${MAX_SHARDS} (e.g. 3/8), got ${JSON.stringify(raw)}`
    );
  return { index, count };
}

const PARTIALS_DIR = "modelgate-partials";
async function runShardCli(options, shard, meta, out) {
  const spec = parseShard(shard);
  const result = await runValidateShard({ ...options, shard: spec }, out.context ?? {}, meta);
  const path = resolve(
    out.cwd,
    out.resultPath ?? `${PARTIALS_DIR}/${meta.id}.${spec.index}-of-${spec.count}.json`
  );
  if (out.write) writeResultFile(path, result, out.cwd);
  const failed = result.status === "error" || (result.errors?.length ?? 0) > 0;
  return {
    result,
    ...out.write ? { path } : {},
    text: `${meta.id} shard ${spec.index}/${spec.count}: ${result.summary}${failed ? `
${(result.errors ?? []).map((e) => `  ${e.file ? `${e.file}: ` : ""}${e.message}`).join("\n")}` : ""}
`,
    code: failed ? 2 : 0
  };
}

export { PARTIALS_DIR, runShardCli };
