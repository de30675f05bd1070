// The result contract: the only thing that passes between checks, jobs and workflows.
// Every file we write is checked against schemas/result.schema.json first, and every file we
// read is checked again, because in the two-workflow fork pattern it comes from an untrusted run.
import type { ErrorObject } from 'ajv';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
// Compiled ahead of time (scripts/gen-result-validator.js): compiling the schemas at start-up
// cost every entry point about 100 ms.
import { validateResult } from './generated/result-validator.js';
import { VERSION } from '../version.js';

export const RESULT_SCHEMA_ID = 'modelgate/result@1';

export type Status = 'pass' | 'warn' | 'fail' | 'error';
export type Kind = 'validate' | 'compare';

export interface ResultContext {
  repo?: string;
  sha?: string;
  pr?: number;
  ref?: string;
  runId?: number;
  runUrl?: string;
  workflow?: string;
  event?: string;
}

/** A located reason why something could not be evaluated. */
export interface Problem {
  message: string;
  file?: string;
  line?: number;
  key?: string;
}

export interface Result<K extends Kind = Kind, D = Record<string, unknown>> {
  schema: typeof RESULT_SCHEMA_ID;
  kind: K;
  id: string;
  title: string;
  status: Status;
  summary: string;
  context: ResultContext;
  tool?: { name: 'modelgate'; version: string };
  createdAt?: string;
  errors?: Problem[];
  details: D;
}

/** Worst first: the order in which statuses combine. */
export const STATUS_RANK: Record<Status, number> = { pass: 0, warn: 1, fail: 2, error: 3 };

export function worstStatus(statuses: Iterable<Status>): Status {
  let worst: Status = 'pass';
  for (const s of statuses) if (STATUS_RANK[s] > STATUS_RANK[worst]) worst = s;
  return worst;
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
    .join('; ');
}

/** Throws with the JSON pointer of the first problems when `value` breaks the contract. */
export function assertResult(value: unknown, source = 'result'): asserts value is Result {
  if (!validateResult(value)) {
    throw new Error(`${source}: not a valid modelgate result: ${describe(validateResult.errors)}`);
  }
}

export function newResult<K extends Kind, D>(
  fields: Omit<Result<K, D>, 'schema' | 'tool' | 'createdAt'> & { createdAt?: string },
): Result<K, D> {
  return {
    schema: RESULT_SCHEMA_ID,
    tool: { name: 'modelgate', version: VERSION },
    createdAt: fields.createdAt ?? new Date().toISOString(),
    ...fields,
  };
}

/** Writes atomically (temp file + rename) so a reader never sees half a result. */
export function writeResultFile(path: string, result: Result<Kind, unknown>): void {
  assertResult(result, path);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(result, null, 2) + '\n');
  renameSync(tmp, path);
}

export function readResultFile(path: string): Result {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: cannot read result file: ${(err as Error).message}`);
  }
  assertResult(parsed, path);
  return parsed;
}
