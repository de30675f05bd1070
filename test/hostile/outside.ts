// The canary folder planted beside every workspace. Each file would make the gate pass, or would
// show its canary text, if the tool followed a link or a path out of the workspace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { passingCompare } from './payloads.js';
import type { Secrets } from './types.js';

export function plantOutside(dir: string, s: Secrets): void {
  const c = s.outsideCanary;
  const files: Record<string, string> = {
    'secret.txt': `${c}\n`,
    'secret.jsonl': `{"id":"${c}","age":30}\n`,
    'secret.csv': `id,age\n${c},30\n`,
    'secret.json': JSON.stringify({ accuracy: 0.99, loss: 0.01, [c]: 1 }),
    'schema.json': JSON.stringify({ type: 'object', description: c, [c]: true }),
    'modelgate.yml': `version: 1\n${c}: true\n`,
    'eval.jsonl': `{"id":"${c}","correct":1}\n`,
    'data/a.jsonl': `{"id":"${c}","age":30}\n`,
    'results/pass.json': JSON.stringify({ ...passingCompare(), summary: c }),
    'target/existing.json': '{}',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}
