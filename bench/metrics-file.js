#!/usr/bin/env node
// A big metric file through `node dist/cli.js compare`: time and peak RSS (the child's, from
// process.resourceUsage of a wrapper is not the child's, so /usr/bin/time -v measures it), once
// with the default metric cap (the file is refused at the cap) and once with the cap raised so the
// whole file is parsed. The file is generated into bench/.data/ (git-ignored): top-level metrics
// plus per-user slices, the shape a per-slice evaluation writes, about 50 MB.
// A third figure is the JSON reader alone (src/core/compare/metrics-tree.ts, bundled with esbuild)
// building the whole tree of the same file with no value limit, and a fourth a file just under the
// 50,000-value limit compared end to end.
// Usage: node bench/metrics-file.js [megabytes]
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { existsSync, mkdirSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const outDir = join(here, '.data');
const megabytes = Number(process.argv[2] ?? 50);
const file = join(outDir, `metrics-${megabytes}mb.json`);

async function generate(file, megabytes) {
  mkdirSync(outDir, { recursive: true });
  const out = createWriteStream(file);
  const write = (s) =>
    out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', r));
  await write('{\n  "accuracy": 0.91,\n  "f1": 0.88,\n  "slices": {\n    "user": {\n');
  let bytes = 0;
  let i = 0;
  while (bytes < megabytes * 1e6) {
    const line = `${i ? ',\n' : ''}      "u${String(i).padStart(8, '0')}": {"accuracy": ${(0.5 + (i % 500) / 1000).toFixed(4)}, "f1": ${(0.4 + (i % 600) / 1000).toFixed(4)}, "loss": ${(i % 997) / 1000}}`;
    bytes += line.length;
    i++;
    await write(line);
  }
  await write('\n    }\n  }\n}\n');
  await new Promise((r) => out.end(r));
}

function measure(label, env, candidate = file) {
  const args = [
    '-v',
    process.execPath,
    join(root, 'dist', 'cli.js'),
    'compare',
    '--candidate',
    candidate,
    '--baseline',
    join(outDir, 'metrics-base.json'),
    '--rules',
    'accuracy: { direction: higher, max_drop: 0.05 }',
    '--dir',
    outDir,
    '--result-path',
    join(outDir, 'metrics-result.json'),
  ];
  return timed(label, args, env);
}

function timed(label, args, env = {}) {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const said = (r.stdout + r.stderr).split('\n').find((l) => /cap|accuracy|error/i.test(l)) ?? '';
  console.log(
    `${label}: exit ${r.status}, ${seconds.toFixed(1)} s, peak RSS ${(rssKb / 1024).toFixed(0)} MB — ${said.slice(0, 160)}`,
  );
  return { label, exit: r.status, seconds, peakRssMb: rssKb / 1024 };
}

async function readerOnly() {
  const script = join(outDir, 'metrics-reader.mjs');
  await build({
    stdin: {
      contents: `import { readFileSync } from 'node:fs';
import { jsonTree } from ${JSON.stringify(join(root, 'src/core/compare/metrics-tree.ts'))};
const tree = jsonTree(readFileSync(process.argv[2], 'utf8'));
let n = 0;
const stack = [tree];
while (stack.length) {
  const t = stack.pop();
  if (t.kind === 'map') for (const e of t.entries) stack.push(e.node);
  else if (t.kind === 'seq') stack.push(...t.items);
  else n++;
}
console.log('accuracy: values read', n);`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'silent',
  });
  return timed('JSON reader alone, whole tree', ['-v', process.execPath, script, file]);
}

if (!existsSync(file)) await generate(file, megabytes);
const small = join(outDir, 'metrics-47k-values.json');
if (!existsSync(small)) await generate(small, 1.1);
writeFileSync(join(outDir, 'metrics-base.json'), '{"accuracy": 0.9}\n');
console.log(`${file}: ${(statSync(file).size / 1e6).toFixed(1)} MB`);
const results = [
  measure('default cap', {}),
  measure('cap raised to 64 MiB', { MODELGATE_MAX_METRICS_BYTES: String(64 * 1024 * 1024) }),
  await readerOnly(),
  measure(`${(statSync(small).size / 1e6).toFixed(1)} MB, just under 50,000 values`, {}, small),
];
console.log(JSON.stringify(results));
