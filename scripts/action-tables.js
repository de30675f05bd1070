// Writes the README's input and output tables from the action.yml files, so the documentation
// follows the actions (test/docs checks that it does). Prints the tables; with --write, replaces
// the tables under "## Inputs and outputs" in README.md (the section's intro is kept).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const ACTIONS = [
  ['action.yml', 'modelgate (all-in-one)', 'modelgate/modelgate@v1'],
  ['validate/action.yml', 'validate', 'modelgate/modelgate/validate@v1'],
  ['compare/action.yml', 'compare', 'modelgate/modelgate/compare@v1'],
  ['report/action.yml', 'report', 'modelgate/modelgate/report@v1'],
  ['gate/action.yml', 'gate', 'modelgate/modelgate/gate@v1'],
];

// One line, no table breaks, no HTML: `<id>` would vanish in GitHub's renderer.
const cell = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;');

export function tables() {
  const out = [];
  for (const [file, title, uses] of ACTIONS) {
    const a = parse(readFileSync(file, 'utf8'));
    out.push(`### ${title}: \`${uses}\``, '');
    out.push('| Input | Default | Description |', '| --- | --- | --- |');
    for (const [name, i] of Object.entries(a.inputs ?? {})) {
      const def =
        i.default === undefined || i.default === ''
          ? i.required
            ? '*required*'
            : '–'
          : `\`${cell(i.default)}\``;
      out.push(`| \`${name}\` | ${def} | ${cell(i.description)} |`);
    }
    out.push('', '| Output | Description |', '| --- | --- |');
    for (const [name, o] of Object.entries(a.outputs ?? {})) {
      out.push(`| \`${name}\` | ${cell(o.description)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

if (process.argv.includes('--write')) {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('\n## Inputs and outputs\n');
  if (start === -1) throw new Error('README.md has no "## Inputs and outputs" section');
  const first = readme.indexOf('\n### ', start);
  const next = readme.indexOf('\n## ', start + 1);
  const end = next === -1 ? readme.length : next;
  const from = first !== -1 && first < end ? first : end;
  writeFileSync('README.md', `${readme.slice(0, from)}\n${tables()}${readme.slice(end)}`);
  console.log('README.md: tables rewritten');
} else {
  process.stdout.write(tables());
}
