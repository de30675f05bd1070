// Artifact baselines: zip bombs (honest and lying headers), zip slip, broken and odd archives,
// hostile metric files inside, and artifacts a fork produced. The compare action reads them from
// the fake GitHub; a baseline it cannot trust is missing, and missing_baseline defaults to fail.
import { Zip, ZipDeflate, zipSync } from 'fflate';
import { makeZip } from '../../fake-github/server.js';
import { json } from '../payloads.js';
import type { HostileCase } from '../types.js';
import { deepObject } from './gen.js';

const PATH = 'out/metrics.json';
const CONFIG = [
  'version: 1',
  'compare:',
  '  - id: clf',
  '    candidate: metrics.json',
  `    baseline: { artifact: { workflow: eval.yml, name: metrics, path: ${PATH} } }`,
  '    metrics:',
  '      accuracy: { direction: higher, max_drop: 0.01 }',
  '',
].join('\n');

let bombCache: Uint8Array | undefined;
let manyCache: Uint8Array | undefined;

/**
 * Builds the big archives before any case runs: built during the run, they would block the
 * test process (and with it the fake GitHub and the watchdog) while other cases wait on it.
 */
export function warmArtifacts(): void {
  bomb();
  manyEntries();
}

function manyEntries(): Uint8Array {
  manyCache ??= makeZip({
    [PATH]: json({ accuracy: 0.9 }),
    ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`junk/${i}`, ''])),
  });
  return manyCache;
}
/** 160 MiB of a metrics-looking file deflated into a few hundred KiB, streamed so it stays small here. */
function bomb(): Uint8Array {
  if (bombCache) return bombCache;
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const entry = new ZipDeflate(PATH, { level: 9 });
  zip.add(entry);
  entry.push(new TextEncoder().encode('{"accuracy":0.5,"pad":"'));
  const block = new Uint8Array(1 << 20).fill(0x61);
  for (let i = 0; i < 160; i++) entry.push(block);
  entry.push(new TextEncoder().encode('"}'), true);
  zip.end();
  bombCache = Buffer.concat(parts);
  return bombCache;
}

/** The bomb with its central directory claiming `size` bytes uncompressed. */
function lyingBomb(size: number): Uint8Array {
  const z = Buffer.from(bomb());
  const cd = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  z.writeUInt32LE(size, cd + 24);
  return z;
}

/** A zip whose one entry uses compression method `method` (99 is AES, unknown here). */
function withMethod(method: number, flags = 0): Uint8Array {
  const z = Buffer.from(
    zipSync({ [PATH]: [new TextEncoder().encode('{"accuracy":0.5}'), { level: 0 }] }),
  );
  const cd = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  z.writeUInt16LE(method, 8);
  z.writeUInt16LE(method, cd + 10);
  z.writeUInt16LE(flags, 6);
  z.writeUInt16LE(flags, cd + 8);
  return z;
}

interface A {
  name: string;
  expect: HostileCase['expect'];
  alsoOk?: HostileCase['expect'][];
  zip?: () => Uint8Array;
  files?: Record<string, string | Uint8Array>;
  headRepo?: string;
  expired?: boolean;
}

const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);

const ARTIFACTS: A[] = [
  { name: 'control-pass', expect: 'pass', files: { [PATH]: json({ accuracy: 0.9 }) } },
  { name: 'control-fail', expect: 'fail', files: { [PATH]: json({ accuracy: 0.99 }) } },
  { name: 'bomb-honest-header', expect: 'fail', alsoOk: ['bad-input'], zip: bomb },
  {
    name: 'bomb-lying-header-small',
    expect: 'fail',
    alsoOk: ['bad-input'],
    zip: () => lyingBomb(1000),
  },
  {
    name: 'bomb-lying-header-50mb',
    expect: 'fail',
    alsoOk: ['bad-input'],
    zip: () => lyingBomb(50 << 20),
  },
  {
    name: 'zip-slip-entry',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: { [PATH]: json({ accuracy: 0.5 }), '../../evil.json': '{}' },
  },
  {
    name: 'absolute-entry',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: { [PATH]: json({ accuracy: 0.5 }), '/etc/evil': '{}' },
  },
  {
    name: 'many-entries-100k',
    expect: 'pass',
    alsoOk: ['fail', 'bad-input'],
    zip: manyEntries,
  },
  {
    name: 'truncated',
    expect: 'fail',
    alsoOk: ['bad-input'],
    zip: () => makeZip({ [PATH]: json({ accuracy: 0.5 }) }).slice(0, 40),
  },
  {
    name: 'not-a-zip',
    expect: 'fail',
    alsoOk: ['bad-input'],
    zip: () => new TextEncoder().encode('{"accuracy":0.5}'),
  },
  { name: 'empty-zip', expect: 'fail', alsoOk: ['bad-input'], files: {} },
  { name: 'unknown-method', expect: 'fail', alsoOk: ['bad-input'], zip: () => withMethod(99) },
  { name: 'encrypted-flag', expect: 'fail', alsoOk: ['bad-input'], zip: () => withMethod(0, 1) },
  {
    name: 'metric-utf16',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: { [PATH]: utf16(json({ accuracy: 0.5 })) },
  },
  {
    name: 'metric-deep-10k',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: { [PATH]: `{"accuracy":0.5,"x":${deepObject(10_000, 'a', '1')}}` },
  },
  {
    name: 'metric-proto-key',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: { [PATH]: '{"__proto__":{"accuracy":0.5}}' },
  },
  {
    name: 'entry-name-injection',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: {
      'out/x\n::set-output name=passed::MGINJ': '{}',
      'out/metrics.json\n::add-mask::MGINJ': '{}',
    },
  },
  {
    name: 'fork-run-only',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: { [PATH]: json({ accuracy: 0.5 }) },
    headRepo: 'mallory/model',
  },
  {
    name: 'expired',
    expect: 'fail',
    alsoOk: ['bad-input'],
    files: { [PATH]: json({ accuracy: 0.5 }) },
    expired: true,
  },
];

export function artifactCases(): HostileCase[] {
  return ARTIFACTS.map((a) => ({
    id: `artifact/${a.name}`,
    area: 'artifact' as const,
    expect: a.expect,
    ...(a.alsoOk ? { alsoOk: a.alsoOk } : {}),
    names: 'metrics',
    files: { 'mg.yml': CONFIG, 'metrics.json': json({ accuracy: 0.9 }) },
    run: { action: 'compare' as const, inputs: { config: 'mg.yml', 'fail-on': 'fail' } },
    github: (gh, ctx) => {
      const artifact = a.zip
        ? { name: 'metrics', zip: a.zip() }
        : {
            name: 'metrics',
            files: Object.fromEntries(
              Object.entries(a.files ?? {}).map(([k, v]) => [
                k.replace('MGINJ', ctx.secrets.injection),
                v,
              ]),
            ),
          };
      gh.addWorkflowRun('octo/model', {
        workflow: 'eval.yml',
        ...(a.headRepo ? { headRepo: a.headRepo } : {}),
        artifacts: [{ ...artifact, ...(a.expired ? { expired: true } : {}) }],
      });
    },
  }));
}
