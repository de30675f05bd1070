import { r as runValidate, o as optionsFromEntry } from './chunk-run.js';
import { m as markdownSummary, t as textReport } from './chunk-present.js';
export { e as escapeMarkdown, p as pickAnnotations } from './chunk-present.js';
export { p as parseThreshold } from './chunk-threshold.js';
export { s as splitGlobs } from './chunk-globs.js';
import 'node:os';
import './chunk-result.js';
import 'node:fs';
import 'node:path';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length.js';
import './chunk-formats.js';
import './chunk-index.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-executor.js';
import 'node:url';
import 'node:worker_threads';
import './chunk-cells.js';
import 'node:v8';
import './chunk-records.js';
import 'node:buffer';
import './chunk-value.js';
import './chunk-adjust.js';
import 'node:fs/promises';



export { markdownSummary, optionsFromEntry, runValidate, textReport };
