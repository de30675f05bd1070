// The checked-in OpenAPI subset must be exactly what @octokit/openapi says today.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { extractOpenApiSubset } from '../fake-github/extract-openapi.js';

const file = new URL('../fake-github/openapi-subset.json', import.meta.url);

test('openapi-subset.json matches @octokit/openapi', () => {
  const fresh = extractOpenApiSubset();
  // Written as plain JSON; prettier may reformat it, so compare the data, not the text.
  if (process.env.UPDATE_OPENAPI_SUBSET) writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`);
  const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
  expect(
    stored,
    'run UPDATE_OPENAPI_SUBSET=1 npx vitest run test/github/openapi-subset.test.ts',
  ).toEqual(fresh);
});
