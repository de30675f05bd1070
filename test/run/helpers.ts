// A throwaway workspace holding the example project, with the example config (or a variant).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/runner.js';

export const EXAMPLE_CONFIG = readFileSync(join(REPO_ROOT, 'examples', 'modelgate.yml'), 'utf8');

/** The example config with the apac failure relaxed: the slice tolerance 0.02 becomes 0.1. */
export const RELAXED_CONFIG = EXAMPLE_CONFIG.replace(
  'region: { max_drop: 0.02 }',
  'region: { max_drop: 0.1 }',
);

export function exampleWorkspace(config = EXAMPLE_CONFIG, configPath = 'modelgate.yml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-run-'));
  for (const sub of ['data', 'schemas', 'metrics', 'eval']) {
    cpSync(join(REPO_ROOT, 'examples', sub), join(dir, 'examples', sub), { recursive: true });
  }
  mkdirSync(join(dir, configPath, '..'), { recursive: true });
  writeFileSync(join(dir, configPath), config);
  return dir;
}
