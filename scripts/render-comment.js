/* global window, document */
// Renders report Markdown the way GitHub shows a PR comment, to PNG: GitHub-flavoured Markdown
// (micromark + GFM), GitHub's markdown CSS in an 830 px column, Mermaid blocks drawn by the
// `mermaid` package in headless Chromium. Prints, per file, the width of every table and whether
// each chart rendered, so an overflow or a Mermaid error shows without opening the picture.
//
//   node scripts/render-comment.js [--out DIR] [--width PX] report.md [more.md…]
//   node scripts/render-comment.js --example [--out DIR]   # the bundled example, via dist/cli.js
//   --sections N   keep only the first N result sections (and the footer) in the picture
//   --open         unfold every <details> (to look at the folded tables)
//
// Needs a Chromium on the machine (CHROMIUM=/path, default /usr/bin/chromium); not run in CI.
// When pngquant is on PATH the pictures are reduced to 64 colours, small enough to commit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const outDir = resolve(option('--out', join(root, 'docs', 'img')));
const width = Number(option('--width', '830'));
const sections = Number(option('--sections', 'Infinity'));
const example = args.includes('--example');
const open = args.includes('--open');
const files = args.filter((a) => !a.startsWith('--'));

/** The bundled example's comment, as `modelgate run` writes it. */
function exampleMarkdown() {
  // Inside the workspace: `run` refuses to write its Markdown anywhere else (.tmp/ is ignored).
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'mg-render-'));
  const md = join(dir, 'example-comment.md');
  try {
    execFileSync(
      process.execPath,
      [join(root, 'dist', 'cli.js'), 'run', '--config', 'examples/modelgate.yml', '--markdown', md],
      { cwd: root, stdio: 'ignore' },
    );
  } catch (err) {
    // Exit 1 is the example's failing gate; anything else is a real problem.
    if (err.status !== 1) throw err;
  }
  return md;
}

function page(markdown) {
  const body = micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
  }).replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_, src) => `<div class="mermaid">${src}</div>`,
  );
  const css = pathToFileURL(
    join(root, 'node_modules/github-markdown-css/github-markdown-light.css'),
  );
  const script = pathToFileURL(join(root, 'node_modules/mermaid/dist/mermaid.min.js'));
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${css}">
<style>body{margin:0;background:#fff}.markdown-body{box-sizing:content-box;width:${width}px;padding:16px}</style>
</head><body><article class="markdown-body">${body}</article>
<script src="${script}"></script>
<script>
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  window.rendered = mermaid.run({ querySelector: '.mermaid' }).then(() => 'ok', (e) => String(e));
</script></body></html>`;
}

async function render(browser, file) {
  // Inside the workspace: `run` refuses to write its Markdown anywhere else (.tmp/ is ignored).
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'mg-render-'));
  const html = join(dir, 'comment.html');
  writeFileSync(html, page(readFileSync(file, 'utf8')));
  const tab = await browser.newPage();
  await tab.goto(pathToFileURL(html).href);
  const mermaid = await tab.evaluate(() => window.rendered);
  const facts = await tab.evaluate(() => ({
    tables: [...document.querySelectorAll('table')].map((t) => t.scrollWidth),
    charts: [...document.querySelectorAll('.mermaid')].map((m) =>
      /Syntax error|Parse error/i.test(m.textContent)
        ? 'error'
        : m.querySelector('svg')
          ? 'svg'
          : 'none',
    ),
  }));
  if (open)
    await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // Measured on the whole comment; only the picture is cropped.
  await tab.evaluate((keep) => {
    // Sections are h4 headings; everything from the first one dropped up to the footer goes.
    const drop = [...document.querySelectorAll('.markdown-body > h4')][keep];
    let node = drop;
    while (node && node.tagName !== 'HR') {
      const next = node.nextElementSibling;
      node.remove();
      node = next;
    }
  }, sections);
  mkdirSync(outDir, { recursive: true });
  const png = join(outDir, `${basename(file).replace(/\.md$/, '')}.png`);
  await tab.locator('.markdown-body').screenshot({ path: png });
  await tab.close();
  try {
    execFileSync('pngquant', ['--force', '--ext', '.png', '--speed', '1', '64', png], {
      stdio: 'ignore',
    });
  } catch {
    // No pngquant: the picture stays as Chromium wrote it.
  }
  rmSync(dir, { recursive: true, force: true });
  const wide = facts.tables.filter((w) => w > width);
  console.log(
    `${png}: column ${width} px; tables ${facts.tables.join(', ') || 'none'} px` +
      `${wide.length ? ` (${wide.length} wider than the column)` : ''}; charts ${facts.charts.join(', ') || 'none'} (${mermaid})`,
  );
}

const inputs = example ? [exampleMarkdown(), ...files] : files;
if (!inputs.length) {
  console.error(
    'usage: node scripts/render-comment.js [--out DIR] [--width PX] (--example | file.md…)',
  );
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'mg-chromium-'));
// A fresh profile each run: nothing from an earlier run (or the machine) leaks into the picture.
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  viewport: { width: width + 32, height: 800 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  for (const file of inputs) await render(browser, file);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
