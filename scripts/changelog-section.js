// Prints the CHANGELOG.md section of one version (the text under `## [X.Y.Z]`, up to the next
// `## ` heading), for the GitHub release's notes. Fails when the section is missing or empty, so
// a release cannot go out without saying what changed.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The body of `## [version]` in a Keep a Changelog text, or undefined when there is none. */
export function changelogSection(text, version) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const heading = new RegExp(`^## \\[${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## ') || /^\[[^\]]+\]: /.test(l));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return body || undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    console.error('usage: node scripts/changelog-section.js X.Y.Z [CHANGELOG.md]');
    process.exit(2);
  }
  const body = changelogSection(readFileSync(file, 'utf8'), version);
  if (!body) {
    console.error(`${file} has no "## [${version}]" section with text: add one before tagging.`);
    process.exit(1);
  }
  process.stdout.write(body + '\n');
}
