// `modelgate init`: infer a schema from a sample file and write a starter config and workflow.
// Nothing is written unless every file can be: existing files are refused (unless forced)
// before the first write, and each file is written atomically.
import { existsSync } from 'node:fs';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { workspacePath as gatePath, writeWorkspaceFile } from '../files/workspace.js';
import { loadConfigText } from '../config/load.js';
import { inferSchemaFromFile, type InferredSchema } from './infer.js';
import type { SampleFormat } from './sample.js';
import { configTemplate, workflowTemplate, type ValidateEntry } from './templates.js';

export interface InitOptions {
  /** Workspace root; every other path is relative to it. */
  dir: string;
  data?: string;
  format?: SampleFormat | 'auto';
  maxRows?: number;
  schemaOut?: string;
  configOut?: string;
  workflowOut?: string;
  force?: boolean;
}

export const DEFAULT_CONFIG_PATH = '.github/modelgate.yml';
export const DEFAULT_WORKFLOW_PATH = '.github/workflows/modelgate.yml';

export interface InitFile {
  /** Relative to the workspace root, with forward slashes. */
  path: string;
  content: string;
}

export interface InitPlan {
  files: InitFile[];
  inferred?: InferredSchema & { dataPath: string; schemaPath: string };
}

/** Infers and renders everything; writes nothing. */
export async function planInit(options: InitOptions): Promise<InitPlan> {
  const root = resolve(options.dir);
  const configPath = workspacePath(root, options.configOut ?? DEFAULT_CONFIG_PATH, '--config-out');
  const workflowPath = workspacePath(
    root,
    options.workflowOut ?? DEFAULT_WORKFLOW_PATH,
    '--workflow-out',
  );
  const files: InitFile[] = [];
  let entry: ValidateEntry | undefined;
  let inferred: InitPlan['inferred'];

  if (options.data !== undefined) {
    const dataPath = workspacePath(root, options.data, '--data');
    const stem = basename(dataPath, extname(dataPath)) || 'data';
    const schemaPath = workspacePath(
      root,
      options.schemaOut ?? `schemas/${stem}.schema.json`,
      '--schema-out',
    );
    const result = await inferSchemaFromFile(resolve(root, dataPath), {
      format: options.format ?? 'auto',
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
      displayPath: dataPath,
      root,
    });
    files.push({ path: schemaPath, content: JSON.stringify(result.schema, null, 2) + '\n' });
    entry = { id: toId(stem), title: basename(dataPath), schema: schemaPath, data: dataPath };
    inferred = { ...result, dataPath, schemaPath };
  } else if (options.schemaOut !== undefined) {
    throw new Error('--schema-out needs --data: the schema is inferred from a sample data file');
  }

  const config = configTemplate(entry);
  // The template must pass our own schema, or the first `modelgate run` would reject it.
  loadConfigText(config, configPath, { root });
  files.push({ path: configPath, content: config });
  files.push({ path: workflowPath, content: workflowTemplate(configPath) });

  const paths = files.map((f) => f.path);
  const clash = paths.find((p, i) => paths.indexOf(p) !== i);
  if (clash) throw new Error(`two outputs would both be written to ${clash}`);
  return { files, ...(inferred ? { inferred } : {}) };
}

/** Writes the plan, refusing to overwrite existing files unless `force`. */
export function writeInit(dir: string, plan: InitPlan, force = false): void {
  const root = resolve(dir);
  if (!force) {
    const existing = plan.files.filter((f) => existsSync(resolve(root, f.path))).map((f) => f.path);
    if (existing.length > 0) {
      throw new Error(`refusing to overwrite ${existing.join(', ')} (use --force to replace)`);
    }
  }
  for (const file of plan.files) writeWorkspaceFile(root, file.path, file.content, file.path);
}

/** A path relative to the root, with forward slashes, through the workspace gate. */
function workspacePath(root: string, path: string, option: string): string {
  if (path.trim() === '') throw new Error(`${option} must not be empty`);
  const rel = relative(root, resolve(root, path));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new Error(`${option} '${path}' must name a file inside ${root}`);
  }
  // After symlinks too, and never into .git: the rest of the checks are the gate's.
  gatePath(root, path, option);
  return rel.split(sep).join('/');
}

/** A result id (^[A-Za-z0-9][A-Za-z0-9._-]*$) from a file name. */
function toId(stem: string): string {
  const id = stem
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/[._-]+$/, '');
  return (id || 'data').slice(0, 100);
}
