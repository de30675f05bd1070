import { loadConfigText } from './chunk-load.js';
import { D as DEFAULT_RULES_FROM, b as applyRulesFrom } from './chunk-text-rows.js';
import 'node:path';
import './chunk-workspace.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-limits.js';
import './chunk-glob.js';
import 'process';
import 'buffer';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-_commonjsHelpers.js';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-ucs2length.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-formats2.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-suggest.js';
import './chunk-formats.js';
import './chunk-threshold.js';
import './chunk-result.js';
import './chunk-version.js';
import './chunk-status.js';
import './chunk-simple-statistics.js';
import './chunk-registry.js';
import './chunk-records.js';
import './chunk-executor.js';
import 'node:url';
import 'node:worker_threads';
import 'node:v8';
import './chunk-cells.js';
import 'node:crypto';
import 'node:stream';
import 'node:zlib';
import './chunk-column.js';
import 'node:os';
import './chunk-papaparse.js';
import 'stream';
import './chunk-prng.js';
import './chunk-block-bootstrap.js';
import './chunk-escape.js';

async function readBaseConfig(provider, path) {
  if (!provider?.readAtBase) return { missing: "no way to read the base commit here" };
  const got = await provider.readAtBase(path);
  if ("missing" in got) return { missing: got.note };
  const sha = got.info.sha;
  return {
    text: got.content,
    source: sha ? `${path} at ${sha.slice(0, 7)}` : `${path} at the base commit`,
    ...sha ? { commit: sha } : {}
  };
}
function rulesFor(head, base, input) {
  if ("missing" in base) {
    const mode2 = input ?? DEFAULT_RULES_FROM;
    return {
      loaded: head,
      rules: { mode: mode2, note: `no base config to compare with (${base.missing})`, changes: [] }
    };
  }
  const baseLoaded = loadConfigText(base.text, base.source, { root: head.root });
  const mode = input ?? baseLoaded.config.gate.rules_from ?? DEFAULT_RULES_FROM;
  const { config, changes } = applyRulesFrom(baseLoaded.config, head.config, mode);
  return {
    loaded: { ...head, config },
    rules: { mode, ...base.commit ? { baseCommit: base.commit } : {}, changes }
  };
}

export { readBaseConfig, rulesFor };
