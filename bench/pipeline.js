#!/usr/bin/env node
// Benchmark of `modelgate run` (the all-in-one pipeline): wall time of the README's command on the
// example project (median of --repeat runs), and the pipeline's overhead over `modelgate validate`
// on the same ~100 MB JSON Lines file (the example's training rows repeated), with the throughput
// the progress display reports. Prints lines, then one JSON summary.
// Usage: node bench/pipeline.js [--repeat K] [--megabytes M]
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const work = join(here, '.data', 'pipeline');
const cli = join(root, 'dist', 'cli.js');
const args = process.argv.slice(2);
const arg = (name, fallback) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const repeat = arg('--repeat', 3);
const megabytes = arg('--megabytes', 100);

if (!existsSync(cli)) {
  console.error('bench/pipeline: run `npm run build` first');
  process.exit(1);
}

function timed(cwd, argv) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, ...argv], { cwd, encoding: 'utf8' });
  return { ms: performance.now() - t, code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. The example project, as the README runs it (in a copy, so the repository stays clean).
mkdirSync(work, { recursive: true });
const example = join(work, 'example');
cpSync(join(root, 'examples'), join(example, 'examples'), { recursive: true });
const exampleRuns = [];
for (let i = 0; i < repeat; i++) {
  const r = timed(example, ['run', '--config', 'examples/modelgate.yml']);
  if (r.code !== 1) throw new Error(`expected exit 1 on the example, got ${r.code}: ${r.stderr}`);
  exampleRuns.push(r.ms);
}
console.log(
  `example project (3 checks, 3,000 paired examples, 10,000 resamples): median ${median(exampleRuns).toFixed(0)} ms over ${repeat} runs`,
);

// 2. A large file through `run` and through `validate`: what the pipeline adds.
const big = join(work, 'big');
const file = join(big, 'train.jsonl');
mkdirSync(big, { recursive: true });
cpSync(join(root, 'examples', 'schemas'), join(big, 'schemas'), { recursive: true });
const rows = readFileSync(join(root, 'examples', 'data', 'train.jsonl'));
const times = Math.ceil((megabytes * 1e6) / rows.length);
if (!existsSync(file) || statSync(file).size !== rows.length * times) {
  writeFileSync(file, Buffer.concat(Array.from({ length: times }, () => rows)));
}
const bytes = statSync(file).size;
const nRows = 400 * times;
writeFileSync(
  join(big, 'modelgate.yml'),
  'version: 1\nvalidate:\n  - id: big\n    schema: schemas/customer.schema.json\n    data: train.jsonl\n',
);
const runMs = [];
const validateMs = [];
for (let i = 0; i < repeat; i++) {
  const a = timed(big, ['run', '--config', 'modelgate.yml']);
  if (a.code !== 0) throw new Error(`run failed: ${a.stderr}`);
  runMs.push(a.ms);
  const b = timed(big, [
    'validate',
    '--schema',
    'schemas/customer.schema.json',
    'train.jsonl',
    '--no-result',
  ]);
  if (b.code !== 0) throw new Error(`validate failed: ${b.stderr}`);
  validateMs.push(b.ms);
}
const mbps = (ms) => bytes / 1e6 / (ms / 1000);
console.log(
  `${(bytes / 1e6).toFixed(1)} MB, ${nRows.toLocaleString('en-US')} rows: run median ${median(runMs).toFixed(0)} ms (${mbps(median(runMs)).toFixed(1)} MB/s), validate median ${median(validateMs).toFixed(0)} ms (${mbps(median(validateMs)).toFixed(1)} MB/s)`,
);
console.log(
  `pipeline overhead over validate: ${(median(runMs) - median(validateMs)).toFixed(0)} ms (${(((median(runMs) - median(validateMs)) / median(validateMs)) * 100).toFixed(1)}%)`,
);
console.log(
  JSON.stringify({
    bench: 'pipeline',
    exampleMedianMs: Math.round(median(exampleRuns)),
    big: {
      bytes,
      rows: nRows,
      runMedianMs: Math.round(median(runMs)),
      validateMedianMs: Math.round(median(validateMs)),
      runMBps: Number(mbps(median(runMs)).toFixed(1)),
      validateMBps: Number(mbps(median(validateMs)).toFixed(1)),
    },
    repeat,
  }),
);
