import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runValidate, type ValidateResult } from '../../src/core/validate/run.js';
import type { ValidateOptions } from '../../src/core/validate/types.js';
import { assertResult } from '../../src/core/result.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'validate');

/** A temp workspace holding the given files (string or bytes), plus the fixture schemas. */
export function workspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-validate-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Runs the engine in this thread and checks the result against the contract every time. */
export async function validate(
  opts: Partial<ValidateOptions> & { data: string[] },
  id = 'data',
): Promise<ValidateResult> {
  const result = await runValidate(
    { schemaFile: 'row.schema.json', cwd: FIXTURES, threads: 0, ...opts },
    {},
    { id },
  );
  assertResult(result);
  return result;
}

export function groupOf(result: ValidateResult, keyword: string, file?: string) {
  return result.details.groups.find(
    (g) => g.keyword === keyword && (file === undefined || g.file === file),
  );
}
