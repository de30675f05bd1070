// Precompiles the result schemas into a standalone validator (ajv's standalone code), so no entry
// point pays for compiling them at start-up. `npm run package` runs this first; a test checks the
// committed file equals a fresh generation.
// Usage: node scripts/gen-result-validator.js [--check]
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { standaloneModule, writeOrCheck } from './ajv-standalone.js';

const OUT = 'src/core/generated/result-validator.js';
const load = (f) => JSON.parse(readFileSync(`schemas/${f}`, 'utf8'));

const ENVELOPE_ID = 'https://modelgate.dev/schemas/result-envelope.schema.json';

/**
 * The result schema without its kinds: what a result of a kind registered at run time
 * (src/core/checks/registry.ts) must satisfy before its kind checks its details. Derived here,
 * not written down, so it cannot drift from result.schema.json.
 */
function envelopeOf(result) {
  const envelope = JSON.parse(JSON.stringify(result));
  envelope.$id = ENVELOPE_ID;
  envelope.title = 'modelgate result file of any kind';
  envelope.properties.kind = { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}$' };
  envelope.properties.status = { $ref: '#/$defs/status' };
  delete envelope.allOf;
  return envelope;
}

export function generate() {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, esm: true, lines: true },
  });
  addFormats.default(ajv);
  ajv.addSchema(load('result-validate.schema.json'));
  ajv.addSchema(load('result-compare.schema.json'));
  ajv.addSchema(load('result-partial.schema.json'));
  const result = load('result.schema.json');
  ajv.addSchema(result);
  ajv.addSchema(envelopeOf(result));
  return standaloneModule(
    ajv,
    {
      validateResult: 'https://modelgate.dev/schemas/result.schema.json',
      validateEnvelope: ENVELOPE_ID,
    },
    'scripts/gen-result-validator.js from schemas/result*.schema.json',
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  writeOrCheck('scripts/gen-result-validator.js', OUT, generate);
}
