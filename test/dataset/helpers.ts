import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runValidate, type ValidateResult } from '../../src/core/validate/run.js';
import { assertResult } from '../../src/core/result.js';
import type {
  DatasetConfig,
  DatasetDetails,
  ExpectationResult,
} from '../../src/core/dataset/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/dataset/', import.meta.url));

/**
 * The fixture schema inside `dir` (the workspace: a schema outside it is refused), copied there
 * when the folder has none (temporary workspaces; the fixture folders carry their own copy).
 */
export function schemaIn(dir: string): string {
  const path = join(dir, 'schema.json');
  if (!existsSync(path)) copyFileSync(join(FIXTURES, 'schema.json'), path);
  return path;
}

/** Runs validate (schema + dataset checks) on fixture files, in this thread; the result is schema-checked. */
export async function check(
  data: string[],
  dataset: DatasetConfig,
  cwd = FIXTURES,
): Promise<{ result: ValidateResult; d: DatasetDetails }> {
  const result = await runValidate(
    { schemaFile: schemaIn(cwd), data, cwd, threads: 0, dataset },
    {},
    { id: 'data' },
  );
  assertResult(JSON.parse(JSON.stringify(result)));
  const d = result.details.dataset;
  if (!d) throw new Error(`no dataset details: ${result.summary}`);
  return { result, d };
}

export function exp(d: DatasetDetails, key: string): ExpectationResult {
  const e = d.expectations.find((x) => x.key === key);
  if (!e)
    throw new Error(`no expectation ${key} in ${d.expectations.map((x) => x.key).join(', ')}`);
  return e;
}
