#!/usr/bin/env node
// Benchmark of the dataset checks (expectations + duplicates + drift) on the 1M-row bench file
// (node bench/gen-data.js; run here when missing) against a reference of the same size: the
// bench rows with every 10th label rotated. Times `node dist/cli.js validate` on the file alone,
// then the same with the dataset checks configured, alternating the two. The checks ride along
// validate's pass (the reference is read beside it), so their cost is what they add to the
// whole run: (with checks − validate alone) / validate alone; the whole run's ratio is printed
// too, with the peak RSS of the process. Prints lines, then one JSON summary.
// Usage: node bench/dataset.js [--repeat K]
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// MODELGATE_DIST_DIR: a bundle built elsewhere (rollup.config.js honours the same variable).
const dist = process.env.MODELGATE_DIST_DIR ?? join(root, 'dist');
const data = join(here, '.data');
const out = join(data, 'dataset');
const args = process.argv.slice(2);
const repeat = Number(args.includes('--repeat') ? args[args.indexOf('--repeat') + 1] : 1);

if (!existsSync(join(data, 'rows.jsonl')))
  spawnSync(process.execPath, [join(here, 'gen-data.js')], { stdio: 'inherit' });
if (!existsSync(join(dist, 'cli.js')))
  throw new Error('dist/cli.js is missing: run npm run build first');
mkdirSync(out, { recursive: true });

const reference = join(out, 'reference.jsonl');
if (!existsSync(reference)) {
  const labels = ['cat', 'dog', 'bird', 'fish', 'other'];
  const w = createWriteStream(reference);
  let i = 0;
  for await (const line of createInterface({ input: createReadStream(join(data, 'rows.jsonl')) })) {
    let text = line;
    if (i++ % 10 === 0)
      text = line.replace(
        /"label":"(\w+)"/,
        (_, l) => `"label":"${labels[(labels.indexOf(l) + 1) % 5]}"`,
      );
    if (!w.write(text + '\n')) await new Promise((r) => w.once('drain', r));
  }
  await new Promise((r) => w.end(r));
}

const config = join(out, 'modelgate.yml');
writeFileSync(
  config,
  `version: 1
validate:
  - id: bench
    schema: row.schema.json
    data: rows.jsonl
    max_invalid_rows: "1%"
    expectations:
      row_count: { min: 1, max_drop: "5%" }
      columns:
        label: { max_null_share: 0.01, categories: [cat, dog, bird, fish, other], mostly: 0.99 }
        score: { min: 0, max: 1, mostly: 0.99 }
        age: { min: 0, max: 120, mostly: 0.99 }
        id: { unique: true, mostly: 0.99 }
      duplicates: { mostly: 0.99 }
    drift:
      reference: dataset/reference.jsonl
`,
);

const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nMAXRSS_KB "+u.maxRSS+" CPU_US "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';

function cli(extra) {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      RSS_HOOK,
      join(dist, 'cli.js'),
      'validate',
      '--no-result',
      '--json',
      '--dir',
      data,
      ...extra,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const ms = performance.now() - t;
  let result;
  try {
    result = JSON.parse(r.stdout);
  } catch {
    throw new Error(
      `validate did not print a result (exit ${r.status}): ${r.stderr.slice(0, 2000)}`,
    );
  }
  return {
    ms,
    rssMb: Number(/MAXRSS_KB (\d+)/.exec(r.stderr)?.[1]) / 1024,
    cpuSeconds: Number(/CPU_US (\d+)/.exec(r.stderr)?.[1]) / 1e6,
    result,
  };
}

const summary = {
  machine: {
    cpus: os.availableParallelism(),
    node: process.version,
    loadAvgAtStart: os.loadavg()[0],
  },
  runs: [],
};
for (let i = 0; i < repeat; i++) {
  const plain = cli(['--schema', 'row.schema.json', 'rows.jsonl']);
  const full = cli(['--config', config, '--id', 'bench']);
  const ds = full.result.details.dataset;
  if (!ds) throw new Error(`no dataset details: ${full.result.summary}`);
  const run = {
    rows: full.result.details.rows,
    referenceRows: ds.drift?.reference.rows,
    validateSeconds: +(plain.ms / 1000).toFixed(2),
    validatePeakRssMb: +plain.rssMb.toFixed(1),
    withDatasetSeconds: +(full.ms / 1000).toFixed(2),
    datasetChecksSeconds: +((full.ms - plain.ms) / 1000).toFixed(2),
    datasetOverValidate: +((full.ms - plain.ms) / plain.ms).toFixed(2),
    wholeRunOverValidate: +(full.ms / plain.ms).toFixed(2),
    peakRssMb: +full.rssMb.toFixed(1),
    cpuSeconds: +full.cpuSeconds.toFixed(2),
    status: full.result.status,
    drifted: ds.drift?.columns
      .filter((c) => c.status !== 'pass')
      .map((c) => `${c.name} ${c.psi.toFixed(3)}`),
  };
  summary.runs.push(run);
  console.log(
    `validate alone: ${run.rows.toLocaleString('en-US')} rows in ${run.validateSeconds} s, peak RSS ${run.validatePeakRssMb} MB`,
  );
  console.log(
    `dataset checks (expectations + duplicates + drift vs ${run.referenceRows.toLocaleString('en-US')} reference rows) add ${run.datasetChecksSeconds} s = ${run.datasetOverValidate}× validate; whole run ${run.withDatasetSeconds} s = ${run.wholeRunOverValidate}× validate, peak RSS ${run.peakRssMb} MB, ${run.cpuSeconds} s of CPU`,
  );
  console.log(`drifted columns: ${run.drifted.join(', ') || 'none'}; status ${run.status}`);
}
summary.machine.loadAvgAtEnd = os.loadavg()[0];
console.log(JSON.stringify(summary));
