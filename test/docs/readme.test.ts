// The README's quick start must be a config that modelgate accepts, and its two newcomer
// commands must be the ones that exist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfigText } from '../../src/core/config/load.js';
import { REPO_ROOT } from '../helpers/runner.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

function section(heading: string): string {
  const start = readme.indexOf(`## ${heading}`);
  expect(start, `README has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end < 0 ? undefined : end);
}

function codeBlocks(text: string, lang: string): string[] {
  return [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

describe('README', () => {
  it('quick-start config validates against the config schema', () => {
    const [config, workflow] = codeBlocks(section('Quick start'), 'yaml');
    expect(() => loadConfigText(config!, 'README quick start')).not.toThrow();
    const wf = parse(workflow!) as { on: unknown; jobs: Record<string, unknown> };
    // A skipped required check stays pending forever: the example must not filter by paths.
    expect(JSON.stringify(wf.on)).not.toMatch(/paths/);
  });

  it('names the two newcomer commands: the demo on examples/ and the tests', () => {
    const commands = codeBlocks(section('Try it (two commands)'), 'sh').join('\n');
    expect(commands).toContain('node dist/cli.js run --config examples/modelgate.yml');
    expect(commands).toContain('npm ci && npm test');
    const ci = readFileSync(join(REPO_ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/npm test/);
  });

  it('has every section a newcomer needs', () => {
    for (const h of [
      'Quick start',
      'Inputs and outputs',
      'Config reference',
      'Permissions',
      'Pull requests from forks',
      'Branch protection',
      'Troubleshooting',
      'How it compares',
    ])
      section(h);
  });
});
