// The lint rule that keeps file opens inside the workspace gate fires on probe files, and only
// where it should.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const GATE = /Open files through the workspace gate/;

describe('no direct file opens outside src/core/files', () => {
  it.each([
    [
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync('a');\n",
      'src/core/validate/probe.ts',
    ],
    [
      "import { open } from 'node:fs/promises';\nexport const x = open('a');\n",
      'src/core/compare/probe.ts',
    ],
    [
      "import { createReadStream } from 'fs';\nexport const x = createReadStream('a');\n",
      'src/actions/probe.ts',
    ],
    ["import fs from 'node:fs';\nexport const x = fs.readFileSync('a');\n", 'src/cli/probe.ts'],
    ["import * as fs from 'node:fs';\nexport const x = fs.statSync('a');\n", 'src/core/probe.ts'],
    ["export const x = import('node:fs');\n", 'src/core/dataset/probe.ts'],
    [
      "import { writeFileSync } from 'node:fs';\nwriteFileSync('a', 'b');\n",
      'src/cli/commands/probe.ts',
    ],
  ])('fires on %j in %s', async (code, file) => {
    const found = await messages(code, file);
    expect(found.some((m) => GATE.test(m))).toBe(true);
  });

  it('allows stat and exists elsewhere, and opens in the gate module itself', async () => {
    expect(
      await messages(
        "import { existsSync, statSync } from 'node:fs';\nexport const x = existsSync('a') && statSync('a');\n",
        'src/core/validate/probe.ts',
      ),
    ).toEqual([]);
    expect(
      await messages(
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync('a');\n",
        'src/core/files/probe.ts',
      ),
    ).toEqual([]);
  });

  it('keeps the engine rules in src/core (no runner toolkit) beside the file rule', async () => {
    const found = await messages(
      "import * as core from '@actions/core';\nexport const x = core;\n",
      'src/core/files/probe.ts',
    );
    expect(found.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });
});

describe('the CLI does not import the runner toolkit', () => {
  it.each([
    ["import * as core from '@actions/core';\nexport const x = core;\n", 'src/cli/probe.ts'],
    [
      "import { context } from '@actions/github';\nexport const x = context;\n",
      'src/cli/commands/probe.ts',
    ],
    ["import { info } from '../actions/log.js';\nexport const x = info;\n", 'src/cli/probe.ts'],
  ])('fires on %j in %s', async (code, file) => {
    const found = await messages(code, file);
    expect(found.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('keeps the file-open rule in src/cli and allows the engine and src/github', async () => {
    expect(
      await messages(
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync('a');\n",
        'src/cli/probe.ts',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(GATE)]));
    expect(
      await messages(
        "import { loadConfig } from '../core/config/load.js';\nimport { postComment } from '../github/comments.js';\nexport const x = [loadConfig, postComment];\n",
        'src/cli/probe.ts',
      ),
    ).toEqual([]);
  });
});

describe('functions read at once', () => {
  const body = (n: number) =>
    `export function f(): number {\n  let x = 0;\n${'  x += 1;\n'.repeat(n)}  return x;\n}\n`;
  it('fires on a function over 80 lines, blank lines and comments aside', async () => {
    expect(await messages(body(80), 'src/core/probe.ts')).toEqual([
      expect.stringMatching(/^max-lines-per-function: /),
    ]);
    expect(await messages(body(76), 'src/cli/probe.ts')).toEqual([]);
    const commented = body(76).replace(
      '  let x = 0;\n',
      `  let x = 0;\n${'  // why\n\n'.repeat(20)}`,
    );
    expect(await messages(commented, 'src/actions/probe.ts')).toEqual([]);
  });
});
