#!/usr/bin/env node
// Benchmark of `modelgate validate` on the generated rows (node bench/gen-data.js first; this
// script runs it when the data is missing). For each of JSON Lines and CSV it reports rows/s,
// MB/s and the peak RSS of `node dist/cli.js validate …` (worker threads included: they share
// the process), plus, in the same run, the ceiling: one core streaming the same JSON Lines file,
// splitting lines and JSON.parse-ing them with no validation. Then the time to the first line of
// output of `node dist/validate.js` on a one-row file. Prints lines, then one JSON summary.
// Usage: node bench/validate.js [--rows N] [--repeat K] [--gigabyte] [--startup-only]
//                                [--baseline DIR] [--parquet-only] [--json-array]
//   --gigabyte also validates a ~1.1 GB JSON Lines file (rows.jsonl four times) for peak RSS.
//   Each run also validates rows.jsonl.gz (gzip level 6 of the same rows) and rows.parquet (the
//   same rows as ZSTD Parquet), side by side; both are written from rows.jsonl when missing
//   (the Parquet file by bench/write-parquet.js).
//   --parquet-only runs only the ceiling and the Parquet file (and --json-array, if given).
//   --json-array also validates a 500 MB JSON array (the rows, repeated, as one `[...]`
//   document), generated into bench/.data/ for the run and deleted after it, for peak RSS.
//   --baseline DIR also runs DIR/dist/cli.js (another build, e.g. the base commit) on the same
//   files in the same run, so speed changes are measured under the same load.
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const data = join(here, '.data');
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

if (args[0] === '--ceiling') {
  // The bare ceiling, in its own process: stream, split lines, JSON.parse, nothing else.
  const fh = await open(args[1]);
  const buf = Buffer.allocUnsafe(1 << 20);
  let carry = '';
  let rows = 0;
  const t = performance.now();
  for (;;) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (!bytesRead) break;
    const s = carry + buf.toString('utf8', 0, bytesRead);
    let pos = 0;
    let nl;
    while ((nl = s.indexOf('\n', pos)) !== -1) {
      JSON.parse(s.slice(pos, nl));
      rows++;
      pos = nl + 1;
    }
    carry = s.slice(pos);
  }
  if (carry.trim()) {
    JSON.parse(carry);
    rows++;
  }
  const ms = performance.now() - t;
  const u = process.resourceUsage();
  const cpuSeconds = (u.userCPUTime + u.systemCPUTime) / 1e6;
  process.stdout.write(JSON.stringify({ rows, ms, cpuSeconds, maxRssKb: u.maxRSS }) + '\n');
  process.exit(0);
}

const startupOnly = args.includes('--startup-only');
const rowsWanted = Number(arg('--rows', 1_000_000));
const repeat = Number(arg('--repeat', 1));
if (!existsSync(join(data, 'rows.jsonl')) || !existsSync(join(data, 'rows.csv'))) {
  spawnSync(process.execPath, [join(here, 'gen-data.js'), String(rowsWanted)], {
    stdio: 'inherit',
  });
}
if (!existsSync(join(root, 'dist', 'cli.js')))
  throw new Error('dist/cli.js is missing: run npm run build first');

// Reports the child's peak RSS and CPU time (all threads) when it exits.
const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nMAXRSS_KB "+u.maxRSS+" CPU_US "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';

function runCli(file, cli = join(root, 'dist', 'cli.js')) {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      RSS_HOOK,
      cli,
      'validate',
      '--schema',
      join(data, 'row.schema.json'),
      '--no-result',
      '--json',
      file,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const ms = performance.now() - t;
  const rss = Number(/MAXRSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const cpuSeconds = Number(/CPU_US (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6;
  let result;
  try {
    result = JSON.parse(r.stdout);
  } catch {
    throw new Error(`validate did not print a result (exit ${r.status}): ${r.stderr}`);
  }
  return {
    ms,
    rss,
    cpuSeconds,
    rows: result.details.rows,
    invalidRows: result.details.invalidRows,
    status: result.status,
    exit: r.status,
  };
}

function ceiling(file) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--ceiling', file], {
    encoding: 'utf8',
  });
  return JSON.parse(r.stdout);
}

function firstLine() {
  const ws = mkdtempSync(join(tmpdir(), 'mg-bench-'));
  writeFileSync(join(ws, 'out.txt'), '');
  writeFileSync(join(ws, 'summary.md'), '');
  copyFileSync(join(data, 'row.schema.json'), join(ws, 'row.schema.json'));
  copyFileSync(join(data, 'one.jsonl'), join(ws, 'one.jsonl'));
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, [join(root, 'dist', 'validate.js')], {
      env: {
        PATH: process.env.PATH,
        INPUT_SCHEMA: 'row.schema.json',
        INPUT_DATA: 'one.jsonl',
        GITHUB_WORKSPACE: ws,
        GITHUB_OUTPUT: join(ws, 'out.txt'),
        GITHUB_STEP_SUMMARY: join(ws, 'summary.md'),
      },
      cwd: ws,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let first;
    let log = '';
    child.stdout.on('data', (d) => {
      first ??= performance.now() - t;
      log += d;
    });
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => {
      // The one-row file holds a valid row: anything but a clean pass means the run broke.
      const out = readFileSync(join(ws, 'out.txt'), 'utf8');
      if (code !== 0 || !/status<<.*\npass\n/.test(out))
        reject(new Error(`startup run failed (exit ${code}): ${log}`));
      else resolve({ firstLineMs: first, totalMs: performance.now() - t });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const os = await import('node:os');
// Other processes on the machine skew every figure: the load average says how much.
const summary = {
  machine: {
    cpus: os.availableParallelism(),
    node: process.version,
    loadAvgAtStart: os.loadavg()[0],
  },
  runs: {},
};
const jsonl = join(data, 'rows.jsonl');
const csv = join(data, 'rows.csv');
const jsonlGz = join(data, 'rows.jsonl.gz');
if (!startupOnly && !existsSync(jsonlGz)) {
  const { createReadStream, createWriteStream } = await import('node:fs');
  const { pipeline } = await import('node:stream/promises');
  const { createGzip } = await import('node:zlib');
  await pipeline(createReadStream(jsonl), createGzip({ level: 6 }), createWriteStream(jsonlGz));
}
const baseline = arg('--baseline', undefined);
// The same rows as ZSTD Parquet, written by bench/write-parquet.js (which leaves no file behind
// when it fails, so an existing file is a finished one).
const parquet = join(data, 'rows.parquet');
if (!startupOnly && !existsSync(parquet)) {
  const w = spawnSync(process.execPath, [join(here, 'write-parquet.js'), jsonl, parquet], {
    stdio: 'inherit',
  });
  if (w.status !== 0) throw new Error(`bench/write-parquet.js failed (exit ${w.status})`);
}
const rate = (r, file) => ({
  ...r,
  rowsPerSec: Math.round((r.rows / r.ms) * 1000),
  mbPerSec: +(statSync(file).size / 1e6 / (r.ms / 1000)).toFixed(1),
  peakRssMb: +(r.rss / 1024).toFixed(1),
});
for (let i = 0; i < (startupOnly ? 0 : repeat); i++) {
  const c = ceiling(jsonl);
  if (args.includes('--parquet-only')) {
    const pq = rate(runCli(parquet), parquet);
    const ceil = Math.round((c.rows / c.ms) * 1000);
    summary.runs[`run${i + 1}`] = {
      ceiling: { rowsPerSec: ceil, cpuSeconds: c.cpuSeconds },
      parquet: pq,
    };
    const base = arg('--baseline', undefined);
    if (base) {
      const bp = rate(runCli(parquet, join(base, 'dist', 'cli.js')), parquet);
      summary.runs[`run${i + 1}`].baselineParquet = bp;
      console.log(
        `baseline ${base} parquet: ${bp.rowsPerSec.toLocaleString('en-US')} rows/s (${(bp.rowsPerSec / ceil).toFixed(3)} of ceiling), peak RSS ${bp.peakRssMb} MB, ${bp.cpuSeconds.toFixed(2)} s of CPU`,
      );
    }
    console.log(
      `ceiling (stream+split+JSON.parse, 1 core): ${ceil.toLocaleString('en-US')} rows/s, ${c.cpuSeconds.toFixed(2)} s of CPU`,
    );
    console.log(
      `validate parquet (ZSTD): ${pq.rows.toLocaleString('en-US')} rows in ${(pq.ms / 1000).toFixed(2)} s = ${pq.rowsPerSec.toLocaleString('en-US')} rows/s (${(pq.rowsPerSec / ceil).toFixed(3)} of ceiling), ${pq.invalidRows} invalid, peak RSS ${pq.peakRssMb} MB, ${pq.cpuSeconds.toFixed(2)} s of CPU`,
    );
    continue;
  }
  const j = runCli(jsonl);
  const v = runCli(csv);
  const z = rate(runCli(jsonlGz), jsonlGz);
  const mb = (f) => statSync(f).size / 1e6;
  const run = {
    ceiling: {
      rowsPerSec: Math.round((c.rows / c.ms) * 1000),
      mbPerSec: +(mb(jsonl) / (c.ms / 1000)).toFixed(1),
      cpuSeconds: +c.cpuSeconds.toFixed(2),
    },
    jsonl: {
      ...j,
      rowsPerSec: Math.round((j.rows / j.ms) * 1000),
      mbPerSec: +(mb(jsonl) / (j.ms / 1000)).toFixed(1),
      peakRssMb: +(j.rss / 1024).toFixed(1),
    },
    csv: {
      ...v,
      rowsPerSec: Math.round((v.rows / v.ms) * 1000),
      mbPerSec: +(mb(csv) / (v.ms / 1000)).toFixed(1),
      peakRssMb: +(v.rss / 1024).toFixed(1),
    },
  };
  run.jsonl.ofCeiling = +(run.jsonl.rowsPerSec / run.ceiling.rowsPerSec).toFixed(3);
  run.csv.ofCeiling = +(run.csv.rowsPerSec / run.ceiling.rowsPerSec).toFixed(3);
  run.jsonlGz = { ...z, ofUncompressed: +(z.rowsPerSec / run.jsonl.rowsPerSec).toFixed(3) };
  run.parquet = rate(runCli(parquet), parquet);
  run.parquet.ofCeiling = +(run.parquet.rowsPerSec / run.ceiling.rowsPerSec).toFixed(3);
  console.log(
    `validate parquet (ZSTD): ${run.parquet.rows.toLocaleString('en-US')} rows in ${(run.parquet.ms / 1000).toFixed(2)} s = ${run.parquet.rowsPerSec.toLocaleString('en-US')} rows/s (${run.parquet.ofCeiling} of ceiling), ${run.parquet.invalidRows} invalid, peak RSS ${run.parquet.peakRssMb} MB, ${run.parquet.cpuSeconds.toFixed(2)} s of CPU`,
  );
  if (baseline) {
    const cli = join(baseline, 'dist', 'cli.js');
    const bj = rate(runCli(jsonl, cli), jsonl);
    const bc = rate(runCli(csv, cli), csv);
    const bp = rate(runCli(parquet, cli), parquet);
    run.baseline = {
      jsonl: { ...bj, ofCeiling: +(bj.rowsPerSec / run.ceiling.rowsPerSec).toFixed(3) },
      csv: { ...bc, ofCeiling: +(bc.rowsPerSec / run.ceiling.rowsPerSec).toFixed(3) },
      parquet: { ...bp, ofCeiling: +(bp.rowsPerSec / run.ceiling.rowsPerSec).toFixed(3) },
    };
    console.log(
      `baseline ${baseline}: jsonl ${bj.rowsPerSec.toLocaleString('en-US')} rows/s (${run.baseline.jsonl.ofCeiling} of ceiling, ${bj.cpuSeconds.toFixed(2)} s of CPU), csv ${bc.rowsPerSec.toLocaleString('en-US')} rows/s (${run.baseline.csv.ofCeiling} of ceiling, ${bc.cpuSeconds.toFixed(2)} s of CPU), parquet ${bp.rowsPerSec.toLocaleString('en-US')} rows/s (${run.baseline.parquet.ofCeiling} of ceiling, ${bp.cpuSeconds.toFixed(2)} s of CPU, peak RSS ${bp.peakRssMb} MB)`,
    );
  }
  summary.runs[`run${i + 1}`] = run;
  console.log(
    `ceiling (stream+split+JSON.parse, 1 core): ${run.ceiling.rowsPerSec.toLocaleString('en-US')} rows/s, ${run.ceiling.mbPerSec} MB/s, ${run.ceiling.cpuSeconds} s of CPU`,
  );
  console.log(
    `validate jsonl: ${j.rows.toLocaleString('en-US')} rows in ${(j.ms / 1000).toFixed(2)} s = ${run.jsonl.rowsPerSec.toLocaleString('en-US')} rows/s, ${run.jsonl.mbPerSec} MB/s, ${run.jsonl.ofCeiling} of ceiling, peak RSS ${run.jsonl.peakRssMb} MB, ${j.cpuSeconds.toFixed(2)} s of CPU`,
  );
  console.log(
    `validate csv:   ${v.rows.toLocaleString('en-US')} rows in ${(v.ms / 1000).toFixed(2)} s = ${run.csv.rowsPerSec.toLocaleString('en-US')} rows/s, ${run.csv.mbPerSec} MB/s, ${run.csv.ofCeiling} of ceiling, peak RSS ${run.csv.peakRssMb} MB, ${v.cpuSeconds.toFixed(2)} s of CPU`,
  );
  console.log(
    `validate jsonl.gz: ${z.rows.toLocaleString('en-US')} rows in ${(z.ms / 1000).toFixed(2)} s = ${z.rowsPerSec.toLocaleString('en-US')} rows/s, ${run.jsonlGz.ofUncompressed} of uncompressed, peak RSS ${z.peakRssMb} MB, ${z.cpuSeconds.toFixed(2)} s of CPU`,
  );
}
if (args.includes('--json-array')) {
  // A 500 MB JSON array: the rows, repeated, as one `[...]` document (never kept).
  const file = join(data, 'array-500mb.json');
  const { createWriteStream } = await import('node:fs');
  const { rmSync } = await import('node:fs');
  const lines = readFileSync(jsonl, 'utf8').split('\n').filter(Boolean);
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? undefined : new Promise((r) => out.once('drain', r)));
  let bytes = 1;
  await write('[');
  for (let i = 0; bytes < 500e6; i++) {
    const s = (i ? ',\n' : '') + lines[i % lines.length];
    bytes += Buffer.byteLength(s);
    await write(s);
  }
  await write(']\n');
  await new Promise((r) => out.end(r));
  try {
    const a = runCli(file);
    summary.jsonArray = {
      bytes: statSync(file).size,
      rows: a.rows,
      seconds: +(a.ms / 1000).toFixed(2),
      rowsPerSec: Math.round((a.rows / a.ms) * 1000),
      peakRssMb: +(a.rss / 1024).toFixed(1),
      cpuSeconds: +a.cpuSeconds.toFixed(2),
    };
    console.log(
      `validate JSON array ${(summary.jsonArray.bytes / 1e6).toFixed(0)} MB: ${a.rows.toLocaleString('en-US')} rows in ${summary.jsonArray.seconds} s, peak RSS ${summary.jsonArray.peakRssMb} MB`,
    );
  } finally {
    rmSync(file, { force: true });
  }
}
if (args.includes('--gigabyte')) {
  // The constant-memory claim: a ~1.1 GB JSON Lines file (the rows four times over).
  const big = join(data, 'big.jsonl');
  if (!existsSync(big)) {
    const { createWriteStream, createReadStream } = await import('node:fs');
    const { pipeline } = await import('node:stream/promises');
    const out = createWriteStream(big);
    for (let i = 0; i < 4; i++) await pipeline(createReadStream(jsonl), out, { end: i === 3 });
  }
  const g = runCli(big);
  summary.gigabyte = {
    bytes: statSync(big).size,
    rows: g.rows,
    seconds: +(g.ms / 1000).toFixed(2),
    rowsPerSec: Math.round((g.rows / g.ms) * 1000),
    peakRssMb: +(g.rss / 1024).toFixed(1),
  };
  console.log(
    `validate jsonl ${(summary.gigabyte.bytes / 1e9).toFixed(2)} GB: ${g.rows.toLocaleString('en-US')} rows, ${summary.gigabyte.rowsPerSec.toLocaleString('en-US')} rows/s, peak RSS ${summary.gigabyte.peakRssMb} MB`,
  );
}
const starts = [];
for (let i = 0; i < (args.includes('--parquet-only') ? 0 : 7); i++) starts.push(await firstLine());
if (starts.length)
  summary.startup = {
    firstLineMs: +median(starts.map((s) => s.firstLineMs)).toFixed(1),
    totalMs: +median(starts.map((s) => s.totalMs)).toFixed(1),
  };
if (summary.startup)
  console.log(
    `startup: first line of dist/validate.js on a one-row file after ${summary.startup.firstLineMs} ms (median of 7; whole run ${summary.startup.totalMs} ms)`,
  );
summary.machine.loadAvgAtEnd = os.loadavg()[0];
console.log(JSON.stringify(summary));
