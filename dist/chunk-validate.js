import { r as runValidate, o as optionsFromEntry } from './chunk-run.js';
import { m as markdownSummary, t as textReport } from './chunk-present.js';
export { e as escapeMarkdown, p as pickAnnotations } from './chunk-present.js';
export { p as parseThreshold } from './chunk-threshold.js';
import 'node:os';
import './chunk-result.js';
import './chunk-2020.js';
import './chunk-index.js';
import './chunk-index2.js';
import './chunk-index3.js';
import './chunk-_commonjsHelpers.js';
import './chunk-ajv.js';
import './chunk-draft7.js';
import 'node:fs';
import 'node:path';
import './chunk-index4.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './chunk-executor.js';
import 'node:url';
import 'node:worker_threads';
import 'node:v8';
import 'node:buffer';
import './chunk-papaparse.js';
import 'stream';
import 'node:fs/promises';



export { markdownSummary, optionsFromEntry, runValidate, textReport };
