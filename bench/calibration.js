// Calibration of the statistical gate by simulation (the issue's acceptance figures):
//   - two models of equal true accuracy on 5,000 examples: how many of ≥ 500 simulated PRs
//     does the gate fail (false fails; must be ≤ 5%), against a plain point rule
//     `max_drop: 0` (fails whenever the candidate scores lower: about half);
//   - a true 2-point drop: how many does it fail (power; must be ≥ 80%).
// The rule is `accuracy: { direction: higher, max_drop: 0 }` decided by the paired bootstrap
// (the default path) and, for comparison, by the analytic paired z interval.
// The generative model is in bench/stats-calibration.ts: ψ is the share of
// examples on which the two models disagree (0.10: two versions of one model; 0.255: two
// models with independent errors at 85% accuracy, where pairing no longer helps; 0.20 between).
// Expected power of the max_drop 0 rule: Φ(0.02 / √((ψ − 0.0004)/5000) − 1.96), i.e. about
// 99.4%, 88.6% and 80.0% for ψ = 0.10, 0.20, 0.255.
//
// Loads the code like bench/stats.js: esbuild bundles the TypeScript source into
// bench/.data/calibration.mjs (there is no dist/ entry for a library module).
//
// Usage: node bench/calibration.js [--prs 500] [--n 5000] [--resamples 2000]
// (--resamples 10000 is the shipped default but takes ~5× longer; the percentile interval at
// B = 2000 is already within Monte-Carlo noise of it for a 95% interval.)
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const PRS = opt('prs', 500);
const N = opt('n', 5000);
const B = opt('resamples', 2000);

const outFile = join(root, 'bench/.data/calibration.mjs');
mkdirSync(dirname(outFile), { recursive: true });
await build({
  entryPoints: [join(root, 'bench/stats-calibration.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: outFile,
  logLevel: 'error',
});
const { simulateCalibration } = await import(pathToFileURL(outFile).href);

const results = [];
for (const discordance of [0.1, 0.2, 0.255]) {
  for (const drop of [0, 0.02]) {
    for (const interval of ['bootstrap', 'paired-z']) {
      const t0 = performance.now();
      const r = simulateCalibration({
        prs: PRS,
        n: N,
        drop,
        discordance,
        options: { interval, resamples: B },
      });
      const seconds = (performance.now() - t0) / 1000;
      const what =
        drop === 0 ? 'equal accuracy, false-fail rate' : `true ${drop * 100}-point drop, fail rate`;
      console.log(
        `calibration ψ=${discordance} ${what}: gate (${interval}${interval === 'bootstrap' ? `, B=${B}` : ''}) ${(r.failRate * 100).toFixed(1)}% ` +
          `(${r.fail}/${r.prs}, warn ${r.warn}); point rule max_drop 0: ${(r.pointFailRate * 100).toFixed(1)}% [${seconds.toFixed(1)} s]`,
      );
      results.push({
        discordance,
        drop,
        interval,
        resamples: interval === 'bootstrap' ? B : null,
        ...r,
        seconds,
      });
    }
  }
}
// Warnings that mean something: on equal models (max_drop 0) the warn rate, and with
// max_drop 0.01 a true drop of the tolerance plus the reported MDE: the fail rate.
const warnings = [];
for (const discordance of [0.1, 0.2, 0.255]) {
  const boot = { resamples: B };
  const equal = simulateCalibration({ prs: PRS, n: N, drop: 0, discordance, options: boot });
  const rule = { max_drop: 0.01 };
  const probe = simulateCalibration({
    prs: 50,
    n: N,
    drop: 0.01,
    discordance,
    rule,
    options: boot,
  });
  const drop = 0.01 + probe.meanMde;
  const real = simulateCalibration({
    prs: PRS,
    n: N,
    drop,
    discordance,
    rule,
    options: boot,
    seed: 3,
  });
  console.log(
    `warnings ψ=${discordance}: equal models fail ${(equal.failRate * 100).toFixed(1)}%, warn ${(equal.warnRate * 100).toFixed(1)}%; ` +
      `max_drop 0.01 with a true drop of 0.01 + MDE ${probe.meanMde.toFixed(4)} = ${drop.toFixed(4)}: fail ${(real.failRate * 100).toFixed(1)}%`,
  );
  warnings.push({ discordance, equal, mde: probe.meanMde, drop, real });
}
console.log(
  JSON.stringify({
    bench: 'calibration',
    warnings,
    node: process.version,
    prs: PRS,
    n: N,
    accuracy: 0.85,
    rule: { max_drop: 0 },
    results,
  }),
);
