import { resolve } from 'node:path';
import { f as findResultFiles } from './chunk-load2.js';
import { w as writeResultFile } from './chunk-result.js';
import { mergePartials } from './chunk-merge2.js';
import { a as readAnyResultFile, i as isPartialResult } from './chunk-run.js';
import './chunk-registry.js';
import './chunk-validate2.js';
import './chunk-load.js';
import './chunk-workspace.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-limits.js';
import './chunk-nesting.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-_commonjsHelpers.js';
import 'process';
import 'buffer';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-ucs2length2.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-formats2.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-suggest.js';
import './chunk-ucs2length.js';
import './chunk-paths.js';
import './chunk-text-rows.js';
import './chunk-rules-from.js';
import './chunk-threshold.js';
import './chunk-format.js';
import './chunk-simple-statistics.js';
import './chunk-adjust.js';
import './chunk-worker-pool.js';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import './chunk-records.js';
import './chunk-executor.js';
import 'node:v8';
import './chunk-cells.js';
import 'node:crypto';
import 'node:stream';
import 'node:zlib';
import './chunk-column.js';
import './chunk-types.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-zip.js';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import './chunk-escape.js';
import './chunk-present.js';
import './chunk-select.js';
import './chunk-compare.js';
import './chunk-formats.js';
import './chunk-version.js';
import './chunk-profile.js';

async function mergeFiles(patterns, o) {
  const files = await findResultFiles(patterns, { cwd: o.cwd });
  if (!files.length) throw new Error(`no partial results match ${patterns.join(", ")}`);
  const byId = /* @__PURE__ */ new Map();
  for (const path of files) {
    const p = readAnyResultFile(resolve(o.cwd, path), o.cwd);
    if (!isPartialResult(p))
      throw new Error(
        `${path}: not a partial result (kind ${p.kind}); merge reads the shards of validate --shard`
      );
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
