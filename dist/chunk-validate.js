import { r as runValidate, o as optionsFromEntry } from './chunk-run.js';
import { m as markdownSummary, t as textReport } from './chunk-present.js';
export { p as pickAnnotations } from './chunk-present.js';
export { p as parseThreshold } from './chunk-threshold.js';
export { s as splitGlobs } from './chunk-globs.js';
import 'node:os';
import 'node:path';
import './chunk-adjust.js';
import 'node:fs';
import './chunk-metrics-file.js';
import './chunk-index.js';
import 'process';
import 'buffer';
import './chunk-result.js';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length.js';
import './chunk-formats.js';
import './chunk-index2.js';
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
import './chunk-profile.js';
import './chunk-simple-statistics.js';
import 'node:fs/promises';
import './chunk-escape.js';



export { markdownSummary, optionsFromEntry, runValidate, textReport };
