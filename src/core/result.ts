// The result contract: the only thing that passes between checks, jobs and workflows.
// Every file we write is checked against schemas/result.schema.json first, and every file we
// read is checked again, because in the two-workflow fork pattern it comes from an untrusted run.
import type { ErrorObject } from 'ajv';
import { closeSync, fstatSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  existingAncestor,
  gateFile,
  openGatedSync,
  refusalReason,
  writeWorkspaceFile,
} from './files/workspace.js';
import { readLimit } from './files/limits.js';
// Compiled ahead of time (scripts/gen-result-validator.js): compiling the schemas at start-up
// cost every entry point about 100 ms.
import { validateEnvelope, validateResult } from './generated/result-validator.js';
import { VERSION } from '../version.js';

export const RESULT_SCHEMA_ID = 'modelgate/result@1';

export type { Status } from './conventions/status.js';
import type { Status } from './conventions/status.js';
/** A check kind's name: the registered kinds are src/core/checks/registry.ts's. */
export type Kind = string;

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

export interface Result<K extends Kind = Kind, D = object> {
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

export { STATUS_RANK, worstStatus } from './conventions/status.js';

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
    .join('; ');
}

/** The kinds whose details schema is compiled into validateResult. */
const PRECOMPILED_KINDS = new Set(['validate', 'compare', 'validate-partial']);
/** Kinds registered beyond those, each with how its details are checked. */
const registeredKinds = new Map<string, (details: unknown) => string[]>();

/**
 * Lets results of a registered kind through (src/core/checks/registry.ts calls this). A kind
 * without a precompiled schema must bring its own details check, or no result of it is accepted.
 */
export function acceptResultKind(
  kind: string,
  checkDetails: ((details: unknown) => string[]) | undefined,
): void {
  if (PRECOMPILED_KINDS.has(kind)) return;
  if (!checkDetails)
    throw new Error(`check kind '${kind}' has no precompiled result schema and no checkDetails`);
  registeredKinds.set(kind, checkDetails);
}

function registeredKindOf(value: unknown): ((details: unknown) => string[]) | undefined {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? registeredKinds.get(kind) : undefined;
}

/** Throws with the JSON pointer of the first problems when `value` breaks the contract. */
export function assertResult(value: unknown, source = 'result'): asserts value is Result {
  const checkDetails = registeredKindOf(value);
  if (checkDetails) {
    if (!validateEnvelope(value))
      throw new Error(
        `${source}: not a valid modelgate result: ${describe(validateEnvelope.errors)}`,
      );
    const problems = checkDetails((value as Result).details);
    if (problems.length > 0)
      throw new Error(
        `${source}: not a valid modelgate result: ${problems.slice(0, 5).join('; ')}`,
      );
    return;
  }
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

/**
 * Writes atomically (temp file + rename) so a reader never sees half a result, through the
 * workspace gate: no folder on the way may be a link that leaves `root` (the workspace).
 */
export function writeResultFile(
  path: string,
  /** Anything the result contract accepts (a final or a partial result): checked before it is written. */
  result: object,
  root = existingAncestor(path),
): void {
  assertResult(result, path);
  writeWorkspaceFile(root, resolve(path), JSON.stringify(result, null, 2) + '\n', 'result file');
}

/**
 * Largest result file read (bytes). Results come from untrusted artifacts in the fork pattern: an
 * unbounded file would exhaust the runner's memory before the schema check could refuse it.
 */
export const MAX_RESULT_BYTES = readLimit('result').bytes;

function limitText(bytes: number): string {
  const mib = 1024 * 1024;
  return bytes % mib === 0 ? `${bytes / mib} MiB` : `${bytes.toLocaleString('en-US')} bytes`;
}

/**
 * Reads a result file through the workspace gate (`root`: the tree it may not leave, by default
 * its own folder), at most `maxBytes` (MODELGATE_MAX_RESULT_BYTES raises the default cap).
 */
export function readResultFile(
  path: string,
  maxBytes = readLimit('result').bytes,
  root = dirname(resolve(path)),
): Result {
  let text: string;
  let fd: number | undefined;
  try {
    // Stat the open file, not the path, so the size checked is the size read.
    fd = openGatedSync(gateFile(root, resolve(path), 'result file'), 'result file', path);
    const stat = fstatSync(fd);
    if (stat.size > maxBytes) {
      throw new Error(
        `${path}: result file is ${stat.size.toLocaleString('en-US')} bytes, larger than the ${limitText(maxBytes)} limit; not read (raise it with MODELGATE_MAX_RESULT_BYTES=<bytes>)`,
      );
    }
    // One byte more than the stat said: a file that grew after the stat is refused, not read on.
    const buf = Buffer.allocUnsafe(stat.size + 1);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    if (got > stat.size) {
      throw new Error(`${path}: result file grew while being read; not read`);
    }
    text = buf.toString('utf8', 0, got);
  } catch (err) {
    const message = (err as Error).message;
    throw new Error(
      message.startsWith(`${path}: `)
        ? message
        : `${path}: cannot read result file: ${refusalReason(err)}`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: cannot read result file: ${(err as Error).message}`);
  }
  assertResult(parsed, path);
  return parsed;
}
