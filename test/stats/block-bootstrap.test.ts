// The real-valued bootstrap on several threads: the replicates do not depend on how many threads
// computed them (blocks seeded by number), workers that fail leave their work to this thread.
// The workers are the bundled dist/bootstrap-worker.js (`npm run package` first).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/runner.js';
import { BLOCK, floatReplicates } from '../../src/stats/block-bootstrap.js';
import { bootstrapMeanReplicates, Xoshiro128ss } from '../../src/stats/index.js';

const WORKER = join(REPO_ROOT, 'dist', 'bootstrap-worker.js');
const workerUrl = pathToFileURL(WORKER);

beforeAll(() => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run package\` first`);
});

function losses(n: number): Float32Array {
  const g = Xoshiro128ss.fromSeed(3, 'loss');
  return Float32Array.from({ length: n }, () => -Math.log(1 - g.next()) - 0.9);
}

describe('block bootstrap', () => {
  it('gives the same replicates on 1, 2, 3 and 8 threads', () => {
    const diff = losses(20_000);
    const B = 13 * BLOCK + 17; // a short last block too
    const one = floatReplicates(diff, B, 5, 'row', { threads: 1, workerUrl });
    for (const threads of [2, 3, 8])
      expect(floatReplicates(diff, B, 5, 'row', { threads, workerUrl })).toEqual(one);
    expect(floatReplicates(diff, B, 6, 'row', { threads: 2, workerUrl })).not.toEqual(one);
  });

  it('block 0 is the row’s own stream: up to one block, what the one-stream bootstrap gave', () => {
    const diff = losses(101);
    const g = Xoshiro128ss.fromSeed(9, 'x');
    const got = bootstrapMeanReplicates(Float64Array.from(diff), {
      resamples: 3,
      seed: 9,
      label: 'x',
    });
    for (let r = 0; r < 3; r++) {
      let a = 0;
      let b = 0;
      for (let i = 0; i < 50; i++) {
        a += diff[g.index(101)]!;
        b += diff[g.index(101)]!;
      }
      a += diff[g.index(101)]!;
      expect(got[r]).toBe((a + b) / 101);
    }
  });

  it('a worker that cannot run leaves its blocks to this thread; same replicates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-worker-'));
    const broken = join(dir, 'broken.mjs');
    writeFileSync(broken, 'throw new Error("no");\n');
    const diff = losses(5_000);
    const want = floatReplicates(diff, 4 * BLOCK, 1, 'r', { threads: 1, workerUrl });
    const got = floatReplicates(diff, 4 * BLOCK, 1, 'r', {
      threads: 2,
      workerUrl: pathToFileURL(broken),
    });
    expect(got).toEqual(want);
  });
});
