// Runs JSON Schema's official test suite (test/fixtures/json-schema-test-suite, drafts 2020-12 and
// 7) through modelgate's schema loader and through plain ajv 8 with `strict: false`, case by case.
// Used by json-schema-suite.test.ts (modelgate is never worse) and by
// scripts/json-schema-suite.ts-style counting (print the totals with `npx tsx`, see the test).
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compileBundle, loadSchemaBundle } from '../../src/core/validate/schema.js';

export const SUITE = fileURLToPath(
  new URL('../fixtures/json-schema-test-suite/tests/', import.meta.url),
);

export type SuiteDraft = 'draft2020-12' | 'draft7';

const META: Record<SuiteDraft, string> = {
  'draft2020-12': 'https://json-schema.org/draft/2020-12/schema',
  draft7: 'http://json-schema.org/draft-07/schema#',
};

interface SuiteCase {
  description: string;
  schema: unknown;
  tests: Array<{ description: string; data: unknown; valid: boolean }>;
}

export interface Outcome {
  /** file › case › test */
  id: string;
  expected: boolean;
  /** true/false: the validator's answer; a string: why it could not answer (refused, threw). */
  ajv: boolean | string;
  modelgate: boolean | string;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.json') ? [path] : [];
  });
}

/** Remote $refs (the suite serves them from localhost:1234): modelgate refuses those by design. */
export function isRemote(schema: unknown): boolean {
  return /"\$ref"\s*:\s*"http:\/\/localhost:1234|"\$dynamicRef"\s*:\s*"http:\/\/localhost:1234/.test(
    JSON.stringify(schema),
  );
}

function ajvFor(draft: SuiteDraft) {
  return draft === 'draft7'
    ? new Ajv({ strict: false, logger: false })
    : new Ajv2020({ strict: false, logger: false });
}

/** What a user writes for this draft: the $schema keyword (the loader defaults to 2020-12). */
function withDraft(schema: unknown, draft: SuiteDraft): unknown {
  if (typeof schema !== 'object' || schema === null || '$schema' in schema) return schema;
  return { $schema: META[draft], ...schema };
}

function answer(run: () => boolean): boolean | string {
  try {
    return run();
  } catch (err) {
    return `threw: ${(err as Error).message.slice(0, 200)}`;
  }
}

async function modelgateValidator(
  schema: unknown,
  draft: SuiteDraft,
): Promise<((data: unknown) => boolean) | string> {
  const dir = mkdtempSync(join(tmpdir(), 'mg-suite-'));
  writeFileSync(join(dir, 'schema.json'), JSON.stringify(withDraft(schema, draft)));
  try {
    const bundle = await loadSchemaBundle('schema.json', dir);
    const v = await compileBundle(bundle, true); // the one loading compiled: no second compile
    return (data) => v(data) as boolean;
  } catch (err) {
    return `refused: ${(err as Error).message.slice(0, 200)}`;
  }
}

function ajvValidator(schema: unknown, draft: SuiteDraft): ((data: unknown) => boolean) | string {
  try {
    const v = ajvFor(draft).compile(withDraft(schema, draft) as object);
    return (data) => v(data) as boolean;
  } catch (err) {
    return `refused: ${(err as Error).message.slice(0, 200)}`;
  }
}

/** Every test of one draft (remote-$ref cases left out), with both validators' answers. */
export async function runSuite(
  draft: SuiteDraft,
): Promise<{ outcomes: Outcome[]; remote: number }> {
  const outcomes: Outcome[] = [];
  let remote = 0;
  for (const file of files(join(SUITE, draft))) {
    const cases = JSON.parse(readFileSync(file, 'utf8')) as SuiteCase[];
    for (const c of cases) {
      if (isRemote(c.schema)) {
        remote += c.tests.length;
        continue;
      }
      const ours = await modelgateValidator(c.schema, draft);
      const theirs = ajvValidator(c.schema, draft);
      for (const t of c.tests) {
        outcomes.push({
          id: `${relative(SUITE, file)} › ${c.description} › ${t.description}`,
          expected: t.valid,
          ajv: typeof theirs === 'string' ? theirs : answer(() => theirs(t.data)),
          modelgate: typeof ours === 'string' ? ours : answer(() => ours(t.data)),
        });
      }
    }
  }
  return { outcomes, remote };
}

export function tally(outcomes: Outcome[]) {
  const right = (x: boolean | string, expected: boolean) => x === expected;
  return {
    tests: outcomes.length,
    ajv: outcomes.filter((o) => right(o.ajv, o.expected)).length,
    modelgate: outcomes.filter((o) => right(o.modelgate, o.expected)).length,
    worse: outcomes.filter((o) => right(o.ajv, o.expected) && !right(o.modelgate, o.expected)),
  };
}
