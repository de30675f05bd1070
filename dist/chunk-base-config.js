import { loadConfigText } from './chunk-load.js';
import { D as DEFAULT_RULES_FROM, a as applyRulesFrom } from './chunk-rules-from.js';
import 'node:path';
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
import './chunk-threshold.js';
import './chunk-format.js';
import './chunk-result.js';
import './chunk-formats.js';
import './chunk-version.js';
import './chunk-simple-statistics.js';

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
