import { p as plain } from './chunk-escape.js';
import { o as orderEntries } from './chunk-render.js';
import { f as findCheckKind } from './chunk-registry.js';
import { T as TEXT_TAG } from './chunk-text-rows.js';
import './chunk-format.js';
import './chunk-result.js';
import 'node:fs';
import 'node:path';
import './chunk-workspace.js';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-limits.js';
import './chunk-ucs2length.js';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length2.js';
import './chunk-formats.js';
import './chunk-formats2.js';
import './chunk-version.js';
import './chunk-validate2.js';
import './chunk-load.js';
import './chunk-nesting.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'process';
import 'buffer';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-suggest.js';
import './chunk-paths.js';
import './chunk-present.js';
import './chunk-threshold.js';
import './chunk-cells.js';
import 'node:crypto';
import './chunk-run.js';
import './chunk-worker-pool.js';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import './chunk-executor.js';
import 'node:v8';
import 'node:stream';
import 'node:zlib';
import './chunk-column.js';
import './chunk-adjust.js';
import './chunk-profile.js';
import './chunk-prng.js';
import './chunk-simple-statistics.js';
import './chunk-records.js';
import './chunk-types.js';
import './chunk-select.js';
import './chunk-compare.js';
import './chunk-rules-from.js';
import './chunk-papaparse.js';
import 'stream';
import './chunk-zip.js';
import './chunk-block-bootstrap.js';

function renderText(entries, decision, options = {}) {
  const max = options.maxRows ?? 10;
  const out = [`modelgate: ${TEXT_TAG[decision.verdict]} - ${plain(decision.reason)}`];
  for (const e of orderEntries(entries)) {
    out.push("");
    if (!e.ok) {
      out.push(`[${TEXT_TAG.error}] ${plain(e.path)}`, `  ${plain(e.error, { max: 600 })}`);
      continue;
    }
    const r = e.result;
    out.push(
      `[${TEXT_TAG[r.status]}] ${plain(r.title || r.id, { max: 120 })} (${r.kind} ${r.id})`,
      `  ${plain(r.summary, { max: 1e3 })}`
    );
    for (const p of r.errors ?? []) {
      const where = [p.file, p.line !== void 0 ? `line ${p.line}` : void 0, p.key].filter(Boolean).join(":");
      out.push(`  error: ${plain(where ? `${where}: ${p.message}` : p.message, { max: 300 })}`);
    }
    out.push(...findCheckKind(r.kind)?.report.text(r, max) ?? []);
  }
  return out.join("\n") + "\n";
}

export { renderText };
