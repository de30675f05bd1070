// `npm run bench`: every benchmark script in this folder, one after the other (never in
// parallel: the machine has two cores and the scripts measure throughput).
// Usage: npm run bench [-- validate stats calibration report]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const all = [
  'validate',
  'stats',
  'calibration',
  'compare',
  'report',
  'pipeline',
  'dataset',
  'shard',
];
const picked = process.argv.slice(2).length ? process.argv.slice(2) : all;
let failed = 0;
for (const name of picked) {
  const script = join(here, `${name}.js`);
  if (!existsSync(script)) {
    console.error(`bench: no script ${script}`);
    failed++;
    continue;
  }
  console.log(`\n=== bench ${name}`);
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
