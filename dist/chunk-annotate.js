import { e as error, w as warning, n as notice } from './chunk-core.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { f as formatProblem } from './chunk-metrics-file.js';
import { p as pickAnnotations } from './chunk-present.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import './chunk-_commonjsHelpers.js';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import './chunk-index2.js';
import 'process';
import 'buffer';
import './chunk-threshold.js';
import './chunk-value.js';

function annotateValidate(result, options) {
  const title = `modelgate validate ${result.id}`;
  for (const p of result.errors ?? []) {
    error(p.message, {
      title,
      ...p.file ? { file: p.file } : {},
      ...p.line ? { startLine: p.line } : {}
    });
  }
  const { annotations, more } = pickAnnotations(result, options.max);
  for (const a of annotations)
    error(a.message, { title: a.title, file: a.file, startLine: a.line });
  if (more > 0) {
    notice(
      `${more.toLocaleString("en-US")} more violation${more === 1 ? " is" : "s are"} not annotated: see the job summary and ${options.resultPath}`,
      { title }
    );
  }
}
function annotateCompare(result, workspace) {
  const title = `modelgate compare ${result.id}`;
  for (const p of result.errors ?? []) {
    const local = p.file !== void 0 && existsSync(join(workspace, p.file));
    error(formatProblem(p), {
      title,
      ...local ? { file: p.file } : {},
      ...local && p.line ? { startLine: p.line } : {}
    });
  }
  for (const r of result.details.metrics.filter(
    (m) => m.gated && (m.status === "fail" || m.status === "warn")
  )) {
    const name = r.slice ? `${r.name} [${r.slice.key}=${r.slice.value}]` : r.name;
    (r.status === "fail" ? error : warning)(`${name}: ${r.reason ?? r.status}`, {
      title
    });
  }
}

export { annotateCompare, annotateValidate };
