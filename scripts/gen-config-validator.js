// Precompiles the config schema and its parts into standalone validators (ajv's standalone code),
// so loading a config does not compile its schema on every start. `npm run package` runs this
// first; a test checks the committed file equals a fresh generation.
// Usage: node scripts/gen-config-validator.js [--check]
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { standaloneModule, writeOrCheck } from './ajv-standalone.js';

const OUT = 'src/core/generated/config-validator.js';
const load = (f) => JSON.parse(readFileSync(`schemas/${f}`, 'utf8'));
const BASE = 'https://modelgate.dev/schemas/';

/**
 * The schemas src/core/config/schema.ts hands out by name; any other id or schema object is
 * compiled at run time there. The options must equal that file's ajv instance's: `verbose` puts
 * each error's schema in the error, which is where "did you mean" finds the allowed keys.
 */
export const PRECOMPILED = {
  validateConfig: `${BASE}config.schema.json`,
  validateValidatePart: `${BASE}config-validate.schema.json`,
  validateComparePart: `${BASE}config-compare.schema.json`,
  validateCompareMetrics: `${BASE}config-compare.schema.json#/properties/metrics`,
};

export function generate() {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true,
    code: { source: true, esm: true, lines: true },
  });
  addFormats.default(ajv);
  ajv.addSchema(load('config-validate.schema.json'));
  ajv.addSchema(load('config-compare.schema.json'));
  ajv.addSchema(load('config.schema.json'));
  return standaloneModule(
    ajv,
    PRECOMPILED,
    'scripts/gen-config-validator.js from schemas/config*.schema.json',
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  writeOrCheck('scripts/gen-config-validator.js', OUT, generate);
}
