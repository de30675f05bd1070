// One build, several entry points, shared chunks, no hashes in file names: dist/ must be
// byte-for-byte reproducible so CI can check that the committed bundle equals a fresh build.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import licenses from './scripts/rollup-licenses.js';
import { builtinModules } from 'node:module';
import { existsSync } from 'node:fs';

export const entries = {
  validate: 'src/actions/validate.ts',
  compare: 'src/actions/compare.ts',
  report: 'src/actions/report.ts',
  gate: 'src/actions/gate.ts',
  run: 'src/actions/run.ts',
  cli: 'src/cli/main.ts',
  'validate-worker': 'src/core/validate/worker.ts',
  'dataset-worker': 'src/core/dataset/worker.ts',
  'bootstrap-worker': 'src/stats/bootstrap-worker.ts',
};

const outDir = process.env.MODELGATE_DIST_DIR ?? 'dist';

export default {
  // An entry whose adapter does not exist yet is left out rather than failing the build.
  input: Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file))),
  external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
  plugins: [
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs(),
    json({ preferConst: true }),
    esbuild({ target: 'node20', minify: false, legalComments: 'none' }),
    // The stripped licence comments go to one notices file instead.
    licenses({ fileName: 'licenses.txt' }),
  ],
  output: {
    dir: outDir,
    format: 'es',
    entryFileNames: '[name].js',
    // Chunks live beside the entries so `new URL('./x.js', import.meta.url)` means the same
    // thing in every bundled module.
    chunkFileNames: 'chunk-[name].js',
    generatedCode: 'es2015',
    banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
  },
  onwarn(warning, warn) {
    // Circular imports inside third-party packages (@actions/core, undici) are harmless.
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
