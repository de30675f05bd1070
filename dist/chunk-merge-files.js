import { resolve } from 'node:path';
import { f as findResultFiles } from './chunk-load2.js';
import { r as readResultFile, w as writeResultFile } from './chunk-result.js';
import { mergePartials } from './chunk-merge.js';
import { P as PARTIAL_KIND } from './chunk-partial.js';
import './chunk-compare.js';
import './chunk-adjust.js';
import 'node:fs';
import './chunk-workspace.js';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-index.js';
import 'process';
import 'buffer';
import './chunk-metric-file-error.js';
import './chunk-glob.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-_commonjsHelpers.js';
import './chunk-index2.js';
import './chunk-rules.js';
import './chunk-format.js';
import './chunk-simple-statistics.js';
import './chunk-status.js';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import './chunk-registry.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-zip.js';
import './chunk-threshold.js';
import './chunk-rules-from.js';
import './chunk-load.js';
import './chunk-schema.js';
import './chunk-2020.js';
import './chunk-index3.js';
import './chunk-ucs2length.js';
import './chunk-index4.js';
import './chunk-index5.js';
import './chunk-formats.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-run.js';
import './chunk-files.js';
import './chunk-executor.js';
import './chunk-cells.js';
import './chunk-exact.js';
import './chunk-parquet.js';
import 'node:v8';
import './chunk-column.js';
import './chunk-records.js';
import './chunk-value.js';
import 'node:crypto';
import 'node:stream';
import 'node:zlib';
import './chunk-profile.js';

async function mergeFiles(patterns, o) {
  const files = await findResultFiles(patterns, { cwd: o.cwd });
  if (!files.length) throw new Error(`no partial results match ${patterns.join(", ")}`);
  const byId = /* @__PURE__ */ new Map();
  for (const path of files) {
    const result = readResultFile(resolve(o.cwd, path), void 0, o.cwd);
    if (result.kind !== PARTIAL_KIND)
      throw new Error(
        `${path}: not a partial result (kind ${result.kind}); merge reads the shards of validate --shard`
      );
    const p = result;
    const list = byId.get(p.id) ?? [];
    byId.set(p.id, [...list, { path, result: p }]);
  }
  const out = [];
  for (const [id, list] of byId) {
    const result = await mergePartials(list, { cwd: o.cwd });
    const path = resolve(o.cwd, o.out, `${id}.json`);
    writeResultFile(path, result, o.cwd);
    out.push({ result, path });
  }
  return out;
}

export { mergeFiles };
