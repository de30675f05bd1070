// A tiny check kind's engine, for the test that a kind is its engine, its definition and one
// registration line: counts the items of a JSON array file and holds the count to a maximum.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  newResult,
  type Result,
  type ResultContext,
  type Status,
} from '../../../src/core/result.js';

export interface CountEntry {
  id: string;
  title?: string;
  /** A JSON file holding an array, relative to the workspace. */
  file: string;
  max: number;
}

export interface CountDetails {
  file: string;
  count: number;
  max: number;
}

export function countStatus(d: CountDetails): Status {
  return d.count <= d.max ? 'pass' : 'fail';
}

export function runCount(entry: CountEntry, root: string, context: ResultContext): Result {
  // A test engine: the real ones read through src/core/files' workspace gate.
  const items: unknown = JSON.parse(readFileSync(resolve(root, entry.file), 'utf8'));
  if (!Array.isArray(items)) throw new Error(`${entry.file}: not a JSON array`);
  const details: CountDetails = { file: entry.file, count: items.length, max: entry.max };
  const status = countStatus(details);
  return newResult({
    kind: 'count',
    id: entry.id,
    title: entry.title ?? entry.id,
    status,
    summary: `${details.count} items, at most ${details.max} allowed`,
    context,
    details,
  });
}
