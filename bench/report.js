// Speed of the report: 20 compare result files with 50 metrics each (5 regressions, CIs,
// rules, reasons) read, schema-checked, decided and rendered to Markdown, the comment's 65,536-
// character budget applied. The bar: under 200 ms.
//
// Two figures:
//   - in-process: loadResults + decideGate + renderReport (what the report action does between
//     starting and calling GitHub), cold (first call: schema compile included) and warm (median);
//   - whole command: `node dist/cli.js report DIR --markdown FILE`, Node start-up included.
// The engine is bundled from src/ with esbuild (same transpiler as dist/) into bench/.data/.
//
// Usage: node bench/report.js [--files 20] [--metrics 50] [--repeat 20]
// Prints one line per figure, then a JSON blob on the last line.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const FILES = opt('files', 20);
const METRICS = opt('metrics', 50);
const REPEAT = opt('repeat', 20);
const LIMIT_MS = 200;

const data = join(root, 'bench/.data/report');
rmSync(data, { recursive: true, force: true });
mkdirSync(join(data, 'results'), { recursive: true });

function metric(f, m) {
  const baseline = 0.5 + ((f * 7 + m * 13) % 40) / 100;
  const regress = m % 10 === 3;
  const candidate = baseline + (regress ? -0.03 : 0.004);
  const delta = candidate - baseline;
  return {
    name: `metric_${m}`,
    ...(m >= 40 ? { slice: { key: 'region', value: `region-${m - 40}` } } : {}),
    presence: 'both',
    baseline,
    candidate,
    delta,
    relDelta: delta / baseline,
    direction: 'higher',
    rule: 'max_drop 0.01',
    gated: true,
    status: regress ? 'fail' : 'pass',
    reason: regress ? 'significant drop: CI wholly below -0.01' : 'within max_drop 0.01',
    n: 5000,
    ci: [delta - 0.01, delta + 0.01],
    pAdjusted: regress ? 0.0004 : 0.4,
    test: 'bootstrap',
    mde: 0.008,
  };
}

for (let f = 0; f < FILES; f++) {
  const result = {
    schema: 'modelgate/result@1',
    kind: 'compare',
    id: `model-${f}`,
    title: `Model ${f}`,
    status: 'fail',
    summary: `${METRICS} metrics compared; 5 regressed`,
    context: { repo: 'octo/models', sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', pr: 2 },
    details: {
      candidate: { path: `models/${f}/candidate.json` },
      baseline: {
        source: 'base-branch',
        ref: 'main',
        sha: '0123456789abcdef0123456789abcdef01234567',
        path: `models/${f}/baseline.json`,
      },
      metrics: Array.from({ length: METRICS }, (_, m) => metric(f, m)),
      examples: {
        n: 5000,
        candidateOnly: 0,
        baselineOnly: 0,
        sampleMissingIds: [],
        seed: 1,
        resamples: 10000,
        confidence: 0.95,
        correction: 'holm',
      },
    },
  };
  writeFileSync(join(data, 'results', `model-${f}.json`), JSON.stringify(result, null, 2));
}

const entry = join(data, 'entry.ts');
writeFileSync(
  entry,
  [
    `export { loadResults } from '${join(root, 'src/core/report/load.ts')}';`,
    `export { renderReport, COMMENT_LIMIT } from '${join(root, 'src/core/report/render.ts')}';`,
    `export { decideGate, gateItems } from '${join(root, 'src/core/gate/decide.ts')}';`,
    `export { assertResult } from '${join(root, 'src/core/result.ts')}';`,
  ].join('\n'),
);
const outFile = join(data, 'report.mjs');
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: outFile,
  logLevel: 'error',
});
const { loadResults, renderReport, COMMENT_LIMIT, decideGate, gateItems, assertResult } =
  await import(pathToFileURL(outFile).href);

async function once() {
  const t0 = performance.now();
  const entries = await loadResults(['results/*.json'], { cwd: data });
  const decision = decideGate({ items: gateItems(entries), failOn: 'fail' });
  const out = renderReport({ entries, decision }, { limit: COMMENT_LIMIT });
  const ms = performance.now() - t0;
  if (entries.some((e) => !e.ok))
    throw new Error(
      `bench data does not pass the result schema: ${entries.find((e) => !e.ok).error}`,
    );
  return { ms, chars: out.markdown.length, level: out.level };
}

// The result schemas are compiled once per process, whatever the number of files (Ajv compiles
// the details schema of each kind on first use): timed apart, with a result of the same kind.
const tc = performance.now();
assertResult(JSON.parse(readFileSync(join(data, 'results', 'model-0.json'), 'utf8')));
const compileMs = performance.now() - tc;
const cold = await once();
const warm = [];
for (let i = 0; i < REPEAT; i++) warm.push((await once()).ms);
warm.sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)];

let cli;
const cliPath = join(root, 'dist/cli.js');
if (existsSync(cliPath)) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [cliPath, 'report', 'results/*.json', '--markdown', join(data, 'report.md')],
      { cwd: data, encoding: 'utf8' },
    );
    runs.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`modelgate report exited ${r.status}: ${r.stderr}`);
  }
  runs.sort((a, b) => a - b);
  cli = runs[2];
}

const figures = {
  files: FILES,
  metricsPerFile: METRICS,
  schemaCompileMs: Number(compileMs.toFixed(1)),
  coldMs: Number(cold.ms.toFixed(1)),
  warmMedianMs: Number(median.toFixed(1)),
  commentChars: cold.chars,
  shrinkLevel: cold.level,
  cliMedianMs: cli === undefined ? null : Number(cli.toFixed(1)),
  limitMs: LIMIT_MS,
  pass: cold.ms < LIMIT_MS,
};
console.log(`report: result schema compile (once per process): ${figures.schemaCompileMs} ms`);
console.log(
  `report: ${FILES} files × ${METRICS} metrics, read + checked + decided + rendered, first run in the process: ${figures.coldMs} ms (limit ${LIMIT_MS} ms)`,
);
console.log(`report: same, warm median of ${REPEAT}: ${figures.warmMedianMs} ms`);
console.log(
  `report: comment ${figures.commentChars} characters, shrink level ${figures.shrinkLevel}`,
);
if (cli !== undefined)
  console.log(
    `report: whole command \`node dist/cli.js report\` (Node start-up included), median of 5: ${figures.cliMedianMs} ms`,
  );
console.log(JSON.stringify(figures));
if (!figures.pass) process.exitCode = 1;
