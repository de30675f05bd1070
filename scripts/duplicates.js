#!/usr/bin/env node
// Copy detector for src/: fails when the same block of MIN_LINES or more meaningful lines appears
// twice (in two files, or twice in one file). Run by .ci/run and test/architecture/duplicates.test.ts.
//
// What counts as a line (the ignore rules): each line is trimmed and whitespace runs are collapsed;
// blank lines, comment lines (//, /*, *, */), import lines and the lines inside a multi-line import,
// and lines of punctuation only (`}`, `});`, `) {`, `],`) are skipped, so a block is 6 lines of
// real code. Generated code (src/core/generated) is not read. A line that is really wanted in
// several places can be listed in BOILERPLATE below with the reason; it is then skipped too.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MIN_LINES = 6;
const SKIP_DIRS = new Set(['generated']);
/**
 * Boilerplate: normalised lines skipped like comments, each with why. Only these exact lines are
 * skipped, so the code around them still has to be written once.
 */
const XOSHIRO_INLINED =
  'the xoshiro128** step, inlined on local variables in each bootstrap loop (src/stats/bootstrap.ts, block-bootstrap.ts): one shared draw function gives the same replicates but measured 1.3-2.5x slower on one thread (n = 100,000, B = 1,000)';
export const BOILERPLATE = new Map(
  [
    'const m = Math.imul(s1, 5);',
    'const x = Math.imul((m << 7) | (m >>> 25), 9);',
    'const t = s1 << 9;',
    's2 ^= s0;',
    's3 ^= s1;',
    's1 ^= s2;',
    's0 ^= s3;',
    's2 ^= t;',
    's3 = (s3 << 11) | (s3 >>> 21);',
  ].map((line) => [line, XOSHIRO_INLINED]),
);

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...sourceFiles(path));
    } else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The meaningful lines of a text, each with its 1-based line number. */
export function meaningfulLines(text) {
  const out = [];
  let inImport = false;
  let inBlockComment = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (inBlockComment) {
      if (line.includes('*/')) inBlockComment = false;
      return;
    }
    if (line.startsWith('/*') && !line.includes('*/')) {
      inBlockComment = true;
      return;
    }
    if (inImport) {
      if (/from '[^']*';$/.test(line) || line.endsWith(';')) inImport = false;
      return;
    }
    if (/^import\b/.test(line) || /^export (\*|\{[^}]*\}) from /.test(line)) {
      if (!line.endsWith(';')) inImport = true;
      return;
    }
    if (line === '' || /^(\/\/|\/\*|\*)/.test(line)) return;
    if (/^[\s{}()[\];,.:]*$/.test(line)) return;
    if (BOILERPLATE.has(line)) return;
    out.push({ text: line, line: i + 1 });
  });
  return out;
}

/** Every block of `min` meaningful lines that occurs more than once, merged into maximal runs. */
export function findDuplicates(files, min = MIN_LINES) {
  const seen = new Map();
  const lines = new Map();
  for (const [file, text] of files) {
    const ls = meaningfulLines(text);
    lines.set(file, ls);
    for (let i = 0; i + min <= ls.length; i++) {
      const key = ls
        .slice(i, i + min)
        .map((l) => l.text)
        .join('\n');
      const list = seen.get(key) ?? [];
      // A window overlapping the previous hit in the same file is the same repeat, not a new one.
      if (!list.some((h) => h.file === file && Math.abs(h.index - i) < min))
        list.push({ file, index: i });
      seen.set(key, list);
    }
  }
  const found = [];
  for (const hits of seen.values()) {
    if (hits.length < 2) continue;
    found.push(
      hits.map(({ file, index }) => {
        const ls = lines.get(file);
        return { file, start: ls[index].line, end: ls[index + min - 1].line };
      }),
    );
  }
  return merge(found);
}

// Consecutive windows of one repeat become one block (the first window's hits, extended).
function merge(found) {
  const blocks = [];
  const key = (hits) => hits.map((h) => `${h.file}:${h.start}`).join('|');
  const used = new Set();
  for (const hits of found) {
    if (used.has(key(hits))) continue;
    const block = hits.map((h) => ({ ...h }));
    used.add(key(hits));
    for (const other of found) {
      if (used.has(key(other)) || other.length !== block.length) continue;
      const extends_ = other.every(
        (h, i) => h.file === block[i].file && h.start > block[i].start && h.start <= block[i].end,
      );
      if (extends_) {
        other.forEach((h, i) => (block[i].end = Math.max(block[i].end, h.end)));
        used.add(key(other));
      }
    }
    blocks.push(block);
  }
  return blocks;
}

/** Every repeated block in src/. */
export function duplicatesInSrc(srcDir = join(ROOT, 'src')) {
  const files = sourceFiles(srcDir).map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')]);
  return findDuplicates(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const blocks = duplicatesInSrc();
  const show = (block) => block.map((h) => `${h.file}:${h.start}-${h.end}`).join('  ==  ');
  for (const block of blocks) console.log(show(block));
  if (blocks.length > 0) {
    console.error(`${blocks.length} repeated block(s) of ${MIN_LINES}+ lines in src/`);
    process.exit(1);
  }
  console.log(`no repeated block of ${MIN_LINES}+ lines in src/`);
}
