import { loadConfig } from './chunk-load.js';
import { o as optionsFromEntry } from './chunk-entry.js';
import 'node:os';
import 'node:path';
import './chunk-result.js';
import './chunk-files.js';
import 'node:url';
import './chunk-parquet.js';
import './chunk-records.js';
import './chunk-workspace.js';
import './chunk-exact.js';
import 'node:zlib';
import 'node:stream';
import 'node:fs';
import 'node:worker_threads';
import 'node:buffer';
import './chunk-registry.js';
import 'node:fs/promises';
import './chunk-index.js';
import './chunk-index2.js';
import 'node:crypto';
import { s as selectEntry } from './chunk-select.js';
import './chunk-schema.js';
import './chunk-2020.js';
import './chunk-index3.js';
import './chunk-ucs2length.js';
import './chunk-index4.js';
import './chunk-index5.js';
import './chunk-_commonjsHelpers.js';
import './chunk-formats.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import './chunk-glob.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-status.js';
import 'node:v8';
import './chunk-column.js';
import './chunk-value.js';
import 'process';
import 'buffer';
import './chunk-paths.js';

const DEFAULT_MAX_ANNOTATIONS = 10;
function fromEntry(entry, workspace) {
  return {
    id: entry.id,
    ...entry.title ? { title: entry.title } : {},
    options: optionsFromEntry(entry, workspace),
    ...typeof entry.max_annotations === "number" ? { maxAnnotations: entry.max_annotations } : {},
    readsBase: Boolean(entry.drift || entry.ratchet)
  };
}
function fromConfig(configPath, id, workspace, pick) {
  const { config } = loadConfig(configPath, { root: workspace });
  return fromEntry(selectEntry(config.validate, id, { ...pick, kind: "validate" }), workspace);
}
function maxAnnotations(picked, input) {
  return input ?? picked?.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
}

export { DEFAULT_MAX_ANNOTATIONS, fromConfig, fromEntry, maxAnnotations };
