// A rollup plugin that writes the licences of every third-party package bundled into dist/ to one
// notices file. The bundle strips licence comments (they would differ per chunk and bloat it), so
// the MIT/ISC/BSD/Apache terms of what we ship live here instead. The output is sorted and built
// only from package metadata, so it is byte-for-byte reproducible and check-dist can compare it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** The directory of the package a bundled module belongs to (nearest package.json with a name). */
function packageDir(file) {
  let dir = dirname(file);
  while (dir.includes(`${sep}node_modules${sep}`)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

function describe(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
  const texts = readdirSync(dir)
    .filter((f) => LICENSE_FILE.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n').trim());
  return { name: pkg.name, version: pkg.version, license, texts };
}

function render(packages) {
  const header = [
    'Third-party software bundled in this directory (dist/)',
    '',
    `modelgate's own code is MIT-licensed (see LICENSE). The bundle also contains the`,
    `${packages.length} packages below, each under the licence shown with its text.`,
    '',
  ];
  const body = packages.map((p) =>
    [
      '-'.repeat(78),
      `${p.name}@${p.version} (${p.license})`,
      '',
      ...(p.texts.length ? p.texts : [`(no licence file in the package; licence: ${p.license})`]),
      '',
    ].join('\n'),
  );
  return header.join('\n') + '\n' + body.join('\n');
}

/** @param {{ fileName?: string }} [options] */
export default function licenses({ fileName = 'licenses.txt' } = {}) {
  return {
    name: 'modelgate-licenses',
    generateBundle(_options, bundle) {
      const dirs = new Set();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const file = id.replace(/^\0/, '').replace(/\?.*$/, '');
          if (!file.includes(`${sep}node_modules${sep}`)) continue;
          const dir = packageDir(file);
          if (dir) dirs.add(dir);
        }
      }
      const byKey = new Map();
      for (const dir of dirs) {
        const p = describe(dir);
        byKey.set(`${p.name}@${p.version}`, p);
      }
      const packages = [...byKey.keys()].sort().map((k) => byKey.get(k));
      this.emitFile({ type: 'asset', fileName, source: render(packages) });
    },
  };
}
