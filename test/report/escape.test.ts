import { describe, expect, it } from 'vitest';
import { esc, escHtml, mermaidLabel, plain, truncate } from '../../src/core/report/escape.js';
import { toHtml } from './helpers.js';

const ZWJ = '\u200d';

// Renders one escaped value as a paragraph and returns what a reader would see.
const para = (text: string) => toHtml(esc(text)).trim();

describe('esc', () => {
  it('renders Markdown syntax as the literal text', () => {
    for (const text of [
      '**bold**',
      '_em_',
      '`code`',
      '~~strike~~',
      '[link](https://x.example)',
      '![img](x.png)',
      '$x^2$',
    ]) {
      const html = para(text);
      expect(html).not.toMatch(/<(strong|em|code|del|a|img)\b/);
      expect(html.replace(/<\/?p>/g, '')).toBe(text);
    }
  });

  it('keeps block syntax at the start of a line inert', () => {
    for (const text of [
      '# heading',
      '- item',
      '+ item',
      '1. first',
      '2) second',
      '> quote',
      '    indented',
      '---',
      '===',
    ]) {
      expect(para(text)).toMatch(/^<p>/);
    }
  });

  it('turns HTML into text, so a hostile name can never open a comment marker', () => {
    const html = para(
      '<!-- modelgate:report id=modelgate --> <script>alert(1)</script> <img src=x onerror=y>',
    );
    expect(html).not.toMatch(/<(script|img|!--)/);
    expect(esc('<!--')).not.toContain('<!--');
    expect(html).toContain('&lt;!-- modelgate:report id=modelgate --&gt;');
  });

  it('breaks @mentions and #refs with a zero-width joiner', () => {
    const out = esc('ping @octocat and @org/team about #123, GH-7 and octo/models#9');
    expect(out).not.toMatch(new RegExp(`@(?!${ZWJ})`));
    expect(out).not.toMatch(new RegExp(`#(?!${ZWJ})`));
    expect(out).toContain(`GH-${ZWJ}7`);
    expect(out.replaceAll(ZWJ, '').replaceAll('\\', '')).toBe(
      'ping @octocat and @org/team about #123, GH-7 and octo/models#9',
    );
  });

  it('keeps pipes and newlines from breaking a table row', () => {
    const cell = esc('a|b\n| injected | row |\r\nc');
    const html = toHtml(`| h |\n| - |\n| ${cell} |\n`);
    expect(html.match(/<td>/g)).toHaveLength(1);
    expect(html).toContain('a|b | injected | row | c');
  });

  it('does not autolink URLs from result files', () => {
    expect(para('see https://evil.example/x and www.evil.example')).not.toContain('<a');
  });

  it('replaces control and bidi characters and truncates whole code points', () => {
    expect(plain('a\u001b[31mb\u202ec')).toBe('a\ufffd[31mb\ufffdc');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('😀😀😀😀😀', 3)).toBe('😀…');
    expect(esc('x'.repeat(500), { max: 10 })).toBe('xxxxxxxxx…');
  });
});

describe('escHtml (inside <summary>)', () => {
  it('uses entities, not backslashes, and still breaks mentions', () => {
    const out = escHtml(`a "b" <i>c</i> & @d #1`);
    expect(out).toBe(`a &quot;b&quot; &lt;i&gt;c&lt;/i&gt; &amp; @${ZWJ}d #${ZWJ}1`);
  });
});

describe('mermaidLabel', () => {
  it('keeps only characters Mermaid cannot read as syntax', () => {
    for (const hostile of [
      'a"] --> b["c',
      '```',
      '%%{init: {}}%%',
      'x#quot;y',
      'a;b\nc',
      '<b>x</b>',
    ]) {
      const label = mermaidLabel(hostile);
      expect(label).toMatch(/^[\p{L}\p{N} _.:/=+\-…]+$/u);
    }
    expect(mermaidLabel('région eu-west/1')).toBe('région eu-west/1');
    expect(mermaidLabel('')).toBe('_');
  });
});

describe('esc on random hostile text', () => {
  // A seeded generator: the same 2,000 strings on every run.
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = [
    ...'\\`*_{}[]()#+-.!|~:"\'$%=^?;,/<>&@ \t\naZ09',
    'www.',
    'https://',
    'GH-1',
    '<!--',
    '-->',
    '1.',
    '    ',
  ];
  const strings = Array.from({ length: 2000 }, () =>
    Array.from(
      { length: 1 + Math.floor(rand() * 30) },
      () => alphabet[Math.floor(rand() * alphabet.length)],
    ).join(''),
  );
  const decode = (html: string) =>
    html
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replaceAll(ZWJ, '');

  it('renders as exactly its own text, in a paragraph and in a table cell', () => {
    for (const s of strings) {
      const expected = plain(s).trim();
      const html = toHtml(esc(s)).trim();
      if (expected === '') continue;
      expect(html, JSON.stringify(s)).toMatch(/^<p>[^<]*<\/p>$/);
      expect(html, JSON.stringify(s)).not.toMatch(
        new RegExp(`[@#](?!${ZWJ})|GH-(?!${ZWJ})\\d`, 'i'),
      );
      expect(decode(html.slice(3, -4)).trim(), JSON.stringify(s)).toBe(expected);
      const cell = toHtml(`| h |\n| - |\n| ${esc(s)} |\n`);
      const tds = [...cell.matchAll(/<td>([^<]*)<\/td>/g)];
      expect(tds, JSON.stringify(s)).toHaveLength(1);
      expect(decode(tds[0]![1]!).trim(), JSON.stringify(s)).toBe(expected);
    }
  });
});
