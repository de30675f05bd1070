import { resolve, join, dirname } from 'node:path';
import { w as writeResultFile } from './chunk-result.js';
import { a as writeWorkspaceFile, e as existingAncestor } from './chunk-workspace.js';
import { b as runValidateShard, s as stateBytesOf, c as stateFileName } from './chunk-run.js';
import 'node:stream';
import 'node:zlib';
import './chunk-executor.js';
import './chunk-cells.js';
import 'node:buffer';
import './chunk-worker-pool.js';
import 'node:fs';
import './chunk-limits.js';
import './chunk-ucs2length.js';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length2.js';
import './chunk-formats.js';
import './chunk-formats2.js';
import './chunk-version.js';
import 'node:fs/promises';
import './chunk-nesting.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'process';
import 'buffer';
import './chunk-threshold.js';
import './chunk-format.js';
import './chunk-adjust.js';
import './chunk-profile.js';
import './chunk-prng.js';
import './chunk-simple-statistics.js';
import './chunk-records.js';
import 'node:os';
import 'node:crypto';
import './chunk-types.js';
import 'node:url';
import 'node:v8';
import './chunk-column.js';
import 'node:worker_threads';

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
function writePartial(path, result, root = existingAncestor(path)) {
  const dataset = result.kind === "validate-partial" ? result.details.dataset : void 0;
  const bytes = stateBytesOf(dataset);
  if (dataset?.state && bytes) {
    const name = stateFileName(path);
    writeWorkspaceFile(root, join(dirname(resolve(path)), name), bytes, "partial state file");
    dataset.state.file = name;
  }
  writeResultFile(path, result, root);
}
async function runShardCli(options, shard, meta, out) {
  const spec = parseShard(shard);
  const result = await runValidateShard({ ...options, shard: spec }, out.context ?? {}, meta);
  const path = resolve(
    out.cwd,
    out.resultPath ?? `${PARTIALS_DIR}/${meta.id}.${spec.index}-of-${spec.count}.json`
  );
  if (out.write) writePartial(path, result, out.cwd);
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

export { PARTIALS_DIR, runShardCli, writePartial };
