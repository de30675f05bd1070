#!/usr/bin/env node
// Benchmark of sharded validate: a 4M-row JSON Lines file (the 1M-row bench file four times,
// ids renumbered so every row stays distinct) with every dataset check of bench/dataset.js
// (null share, categories, ranges, a unique id, duplicates, drift on all 12 columns against the
// 1M-row bench file), run as one job over the whole file, then as 8 shards one after another,
// then merged. Prints the times, the partial state's size per million rows, whether the merged
// result's details equal the whole run's, and one JSON summary line.
// Targets: merge ≤ 5% of the summed shard time; partial state ≤ 40 MB per million rows;
// slowest shard + merge ≤ 1/6 of the whole job ("wall time on 8 runners").
// Usage: node bench/shard.js [--shards N] [--copies K]
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.MODELGATE_DIST_DIR ?? join(here, '..', 'dist');
const data = join(here, '.data');
const out = join(data, 'shard');
const args = process.argv.slice(2);
const opt = (name, dflt) => Number(args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const shards = opt('--shards', 8);
const copies = opt('--copies', 4);

if (!existsSync(join(data, 'rows.jsonl')))
  spawnSync(process.execPath, [join(here, 'gen-data.js')], { stdio: 'inherit' });
if (!existsSync(join(dist, 'cli.js')))
  throw new Error('dist/cli.js is missing: run npm run package first');
mkdirSync(out, { recursive: true });

const big = join(out, `rows-x${copies}.jsonl`);
if (!existsSync(big)) {
  const w = createWriteStream(big);
  for (let k = 0; k < copies; k++) {
    const lines = createInterface({ input: createReadStream(join(data, 'rows.jsonl')) });
    for await (const line of lines) {
      const text = line.replace(/^\{"id":(\d+),/, (_, id) => `{"id":${Number(id) + k * 1e6},`);
      if (!w.write(text + '\n')) await new Promise((r) => w.once('drain', r));
    }
  }
  await new Promise((r, j) => w.end((e) => (e ? j(e) : r())));
}

const config = join(out, 'modelgate.yml');
writeFileSync(
  config,
  `version: 1
validate:
  - id: bench
    schema: row.schema.json
    data: shard/rows-x${copies}.jsonl
    max_invalid_rows: "1%"
    expectations:
      row_count: { min: 1 }
      columns:
        label: { max_null_share: 0.01, categories: [cat, dog, bird, fish, other], mostly: 0.99 }
        score: { min: 0, max: 1, mostly: 0.99 }
        age: { min: 0, max: 120, mostly: 0.99 }
        id: { unique: true }
      duplicates: true
    drift:
      reference: rows.jsonl
`,
);

// The machine may be shared: each process's CPU time (all its threads, user + system) is
// recorded beside the wall time, as a figure the other processes on the machine disturb less.
// On Linux it is the kernel's account of the waited-for child (/proc/self/stat: cutime +
// cstime); elsewhere the child reports its own resourceUsage() as it exits.
const CPU_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nCPU_US "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
const TICKS = 100; // USER_HZ: 100 on every Linux the bench runs on
const childCpu = () => {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // cutime and cstime: fields 16 and 17, counted here from the state (field 3).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) / TICKS;
  } catch {
    return undefined;
  }
};
const cpu = [];

function cli(argv) {
  const before = childCpu();
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', CPU_HOOK, join(dist, 'cli.js'), ...argv, '--dir', data],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const ms = performance.now() - t;
  if (r.status === 2 || r.status === null)
    throw new Error(`${argv.join(' ')}: exit ${r.status}: ${(r.stderr + r.stdout).slice(0, 2000)}`);
  const after = childCpu();
  cpu.push(
    before !== undefined && after !== undefined
      ? after - before
      : Number(/CPU_US (\d+)/.exec(r.stderr)?.[1]) / 1e6,
  );
  return ms;
}

const parts = join(out, 'parts');
rmSync(parts, { recursive: true, force: true });
const loadAvgAtStart = os.loadavg();
const base = ['validate', '--config', config, '--id', 'bench'];
const wholeMs = cli([...base, '--result-path', 'shard/whole.json', '--json']);
console.log(`whole job: ${(wholeMs / 1000).toFixed(1)} s`);
const shardMs = [];
for (let i = 1; i <= shards; i++) {
  const path = `shard/parts/bench.${i}-of-${shards}.json`;
  shardMs.push(cli([...base, '--shard', `${i}/${shards}`, '--result-path', path]));
  console.log(`shard ${i}/${shards}: ${(shardMs[i - 1] / 1000).toFixed(1)} s`);
}
const mergeMs = cli(['merge', '--out', 'shard/merged', 'shard/parts/*.json']);
console.log(`merge: ${(mergeMs / 1000).toFixed(1)} s`);

// A partial is its JSON and its binary side file (key runs, drift samples).
let partialBytes = 0;
for (let i = 1; i <= shards; i++)
  for (const f of [`bench.${i}-of-${shards}.json`, `bench.${i}-of-${shards}.state.bin`])
    if (existsSync(join(parts, f))) partialBytes += statSync(join(parts, f)).size;
const rows = copies * 1e6;
// Above the reservoir size (20,000 numbers a column) drift compares uniform samples, and the
// merge's sample of the union is another one than the single pass's: drift is compared apart.
const strip = (r) => {
  const d = JSON.parse(JSON.stringify(r.details));
  delete d.durationMs;
  if (d.dataset) {
    delete d.dataset.durationMs;
    delete d.dataset.drift;
  }
  return canonical(d);
};
// Key order differs between a merged result and a single pass's: compare with sorted keys.
const canonical = (v) =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
          .join(',')}}`
      : JSON.stringify(v);
const psi = (r) =>
  new Map((r.details.dataset?.drift?.columns ?? []).map((c) => [c.name, c.psi ?? 0]));
const whole = JSON.parse(readFileSync(join(out, 'whole.json'), 'utf8'));
const merged = JSON.parse(readFileSync(join(out, 'merged', 'bench.json'), 'utf8'));
const summed = shardMs.reduce((a, b) => a + b, 0);
const shardCpu = cpu.slice(1, -1);
const mergeCpu = cpu[cpu.length - 1];
const summary = {
  rows,
  shards,
  machine: {
    cpus: os.availableParallelism(),
    model: os.cpus()[0]?.model,
    node: process.version,
    loadAvgAtStart,
    loadAvgAtEnd: os.loadavg(),
  },
  wholeSeconds: wholeMs / 1000,
  shardSeconds: shardMs.map((ms) => ms / 1000),
  mergeSeconds: mergeMs / 1000,
  cpuSeconds: { whole: cpu[0], shards: shardCpu, merge: mergeCpu },
  cpuShardSpread: { min: Math.min(...shardCpu), max: Math.max(...shardCpu), even: cpu[0] / shards },
  cpuMergeShareOfShards: mergeCpu / shardCpu.reduce((a, b) => a + b, 0),
  cpuEightRunnersShareOfWhole: (Math.max(...shardCpu) + mergeCpu) / cpu[0],
  mergeShareOfShards: mergeMs / summed,
  partialMbPerMillionRows: partialBytes / 1e6 / (rows / 1e6),
  eightRunnersShareOfWhole: (Math.max(...shardMs) + mergeMs) / wholeMs,
  mergedEqualsWhole: strip(whole) === strip(merged),
  sameStatus: whole.status === merged.status,
  driftMaxPsiDifference: Math.max(
    0,
    ...[...psi(whole)].map(([name, p]) => Math.abs(p - (psi(merged).get(name) ?? Infinity))),
  ),
  status: whole.status,
};
const pct = (x) => `${(x * 100).toFixed(1)}%`;
console.log(
  `load average ${loadAvgAtStart[0].toFixed(2)} at the start, ${summary.machine.loadAvgAtEnd[0].toFixed(2)} at the end; ` +
    `CPU s: whole ${cpu[0].toFixed(2)}, shards ${shardCpu.map((c) => c.toFixed(2)).join(' ')}, merge ${mergeCpu.toFixed(2)}\n` +
    `merge / summed shards: ${pct(summary.mergeShareOfShards)} wall, ${pct(summary.cpuMergeShareOfShards)} CPU (target ≤ 5%); ` +
    `partial state ${summary.partialMbPerMillionRows.toFixed(1)} MB per million rows (target ≤ 40); ` +
    `slowest shard + merge / whole job: ${pct(summary.eightRunnersShareOfWhole)} wall, ${pct(summary.cpuEightRunnersShareOfWhole)} CPU (target ≤ 16.7%); ` +
    `merged details (drift aside) equal the whole run's: ${summary.mergedEqualsWhole}, ` +
    `same status: ${summary.sameStatus}, largest PSI difference ${summary.driftMaxPsiDifference.toExponential(1)}`,
);
console.log(JSON.stringify(summary));
