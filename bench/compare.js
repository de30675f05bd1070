// compare on point values, end to end through the bundle (run `npm run build` first):
//   - a large metric file: M metrics × S slices each, candidate and baseline, every metric and
//     every slice ruled; `node dist/cli.js compare` wall time (parse both files with line
//     tracking and duplicate detection, evaluate, write the schema-checked result);
//   - the same files as YAML;
//   - startup: `node dist/compare.js` (the action) on a 10-metric file.
// Deterministic data (a seeded PRNG) under bench/.data/compare/. Prints lines, then one JSON.
// Usage: node bench/compare.js [--metrics 1000] [--slices 20] [--runs 3]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const M = opt('metrics', 1000);
const S = opt('slices', 20);
const RUNS = opt('runs', 3);
const dir = join(root, 'bench/.data/compare');
mkdirSync(dir, { recursive: true });

let seed = 0xc0ffee;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

function metrics(shift) {
  const out = { slices: { region: {} } };
  for (let m = 0; m < M; m++) out[`group${m % 10}`] = out[`group${m % 10}`] ?? {};
  for (let m = 0; m < M; m++)
    out[`group${m % 10}`][`metric${m}`] = +(0.8 + rand() * 0.1 + shift).toFixed(5);
  for (let s = 0; s < S; s++) {
    const slice = {};
    for (let m = 0; m < M; m++) {
      slice[`group${m % 10}`] = slice[`group${m % 10}`] ?? {};
      slice[`group${m % 10}`][`metric${m}`] = +(0.75 + rand() * 0.15 + shift).toFixed(5);
    }
    out.slices.region[`r${s}`] = slice;
  }
  return out;
}

function toYaml(value, indent = '') {
  return Object.entries(value)
    .map(([k, v]) =>
      typeof v === 'object' ? `${indent}${k}:\n${toYaml(v, indent + '  ')}` : `${indent}${k}: ${v}`,
    )
    .join('\n');
}

const cand = metrics(-0.002);
const base = metrics(0);
writeFileSync(join(dir, 'candidate.json'), JSON.stringify(cand, null, 2));
writeFileSync(join(dir, 'baseline.json'), JSON.stringify(base, null, 2));
writeFileSync(join(dir, 'candidate.yaml'), toYaml(cand) + '\n');
writeFileSync(join(dir, 'baseline.yaml'), toYaml(base) + '\n');
const rules = [];
for (let m = 0; m < M; m++) {
  rules.push(
    `      group${m % 10}.metric${m}: { direction: higher, max_drop: 0.05, slices: { region: { max_drop: "8%" } } }`,
  );
}
for (const ext of ['json', 'yaml']) {
  writeFileSync(
    join(dir, `modelgate.${ext}.yml`),
    [
      'version: 1',
      'compare:',
      '  - id: big',
      `    candidate: candidate.${ext}`,
      `    baseline: { path: baseline.${ext} }`,
      '    metrics:',
      ...rules,
    ].join('\n') + '\n',
  );
}
const rows = M * (S + 1);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function cli(ext) {
  const times = [];
  let out;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'dist/cli.js'),
        'compare',
        '--config',
        `modelgate.${ext}.yml`,
        '--dir',
        dir,
        '--result-path',
        `result-${ext}.json`,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    times.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`compare failed (${r.status}): ${r.stderr}`);
    out = r.stdout;
  }
  const first = out.split('\n')[0];
  return { ms: +median(times).toFixed(0), verdict: first.slice(0, 80) };
}

const summary = { rows, metrics: M, slices: S, files: {} };
for (const ext of ['json', 'yaml']) {
  const bytes =
    statSync(join(dir, `candidate.${ext}`)).size + statSync(join(dir, `baseline.${ext}`)).size;
  const r = cli(ext);
  summary.files[ext] = {
    ms: r.ms,
    mb: +(bytes / 1e6).toFixed(1),
    rowsPerSec: Math.round((rows / r.ms) * 1000),
  };
  console.log(
    `compare ${ext}: ${rows.toLocaleString('en-US')} ruled rows (${M} metrics × ${S + 1}), two files of ${(bytes / 2e6).toFixed(1)} MB: ` +
      `${(r.ms / 1000).toFixed(2)} s wall (median of ${RUNS}, process start included) — ${r.verdict}`,
  );
}

// Startup of the action on a typical file.
const ws = mkdtempSync(join(tmpdir(), 'mg-bench-compare-'));
writeFileSync(
  join(ws, 'c.json'),
  JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`m${i}`, 0.9]))),
);
writeFileSync(
  join(ws, 'b.json'),
  JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`m${i}`, 0.9]))),
);
writeFileSync(join(ws, 'out'), '');
writeFileSync(join(ws, 'summary'), '');
const starts = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist/compare.js')], {
    cwd: ws,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: ws,
      GITHUB_OUTPUT: join(ws, 'out'),
      GITHUB_STEP_SUMMARY: join(ws, 'summary'),
      INPUT_CANDIDATE: 'c.json',
      INPUT_BASELINE: 'b.json',
      INPUT_RULES: 'm0: { direction: higher, max_drop: 0.01 }',
    },
  });
  if (r.status !== 0) throw new Error(`dist/compare.js failed: ${r.stdout}${r.stderr}`);
  starts.push(performance.now() - t0);
}
summary.actionStartupMs = +median(starts).toFixed(0);
console.log(
  `action: node dist/compare.js on a 10-metric file in ${summary.actionStartupMs} ms (median of 7, process start included)`,
);
console.log(JSON.stringify(summary));
