// `modelgate merge` on files: read every partial result the patterns match (through the result
// contract, like report does), merge them per entry, write one final result per entry.
import { resolve } from 'node:path';
import { findResultFiles } from '../report/load.js';
import { writeResultFile } from '../result.js';
import { mergePartials, type PartialFile } from './merge.js';
import { isPartialResult, readAnyResultFile } from './partial.js';
import type { ValidateResult } from './run.js';

export interface Merged {
  result: ValidateResult;
  path?: string;
}

export async function mergeFiles(
  patterns: string[],
  o: { cwd: string; out: string },
): Promise<Merged[]> {
  const files = await findResultFiles(patterns, { cwd: o.cwd });
  if (!files.length) throw new Error(`no partial results match ${patterns.join(', ')}`);
  const byId = new Map<string, PartialFile[]>();
  for (const path of files) {
    const p = readAnyResultFile(resolve(o.cwd, path), o.cwd);
    if (!isPartialResult(p))
      throw new Error(
        `${path}: not a partial result (kind ${p.kind}); merge reads the shards of validate --shard`,
      );
    const list = byId.get(p.id) ?? [];
    byId.set(p.id, [...list, { path, result: p }]);
  }
  const out: Merged[] = [];
  for (const [id, list] of byId) {
    const result = await mergePartials(list, { cwd: o.cwd });
    const path = resolve(o.cwd, o.out, `${id}.json`);
    writeResultFile(path, result, o.cwd);
    out.push({ result, path });
  }
  return out;
}
