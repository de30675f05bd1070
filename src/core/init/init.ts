// `modelgate init`: infer a schema from a sample file and write a starter config and workflow.
// Nothing is written unless every file can be: existing files are refused (unless forced)
// before the first write, and each file is written atomically.
import { existsSync } from 'node:fs';
import { basename, extname, relative, resolve, sep } from 'node:path';
import { isInside, workspacePath as gatePath, writeWorkspaceFile } from '../files/workspace.js';
import { loadConfigText } from '../config/load.js';
import { inferSchemaFromFile, type InferredSchema } from './infer.js';
import type { SampleFormat } from './sample.js';
import {
  configTemplate,
  workflowTemplate,
  type ReportNames,
  type ValidateEntry,
} from './templates.js';

export interface InitOptions {
  /** Workspace root; every other path is relative to it. */
  dir: string;
  /** The sample data file the schema is inferred from; the config's validate entry checks it. */
  data: string;
  /** The validate entry's id (default: from the data file's name). */
  id?: string;
  /** The report's id and commit status context (default: from the config's file name). */
  reportId?: string;
  statusContext?: string;
  format?: SampleFormat | 'auto';
  maxRows?: number;
  schemaOut?: string;
  configOut?: string;
  workflowOut?: string;
  force?: boolean;
}

import { DEFAULT_CONFIG_PATH } from '../conventions/paths.js';
export const DEFAULT_WORKFLOW_PATH = '.github/workflows/modelgate.yml';
const DEFAULT_REPORT_ID = 'modelgate';
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export interface InitFile {
  /** Relative to the workspace root, with forward slashes. */
  path: string;
  content: string;
}

export interface InitPlan {
  files: InitFile[];
  inferred: InferredSchema & { dataPath: string; schemaPath: string };
  report: ReportNames;
  configPath: string;
}

/** Infers and renders everything; writes nothing. */
export async function planInit(options: InitOptions): Promise<InitPlan> {
  const root = resolve(options.dir);
  const configPath = workspacePath(root, options.configOut ?? DEFAULT_CONFIG_PATH, '--config-out');
  const report = reportNames(configPath, options);
  const workflowPath = workspacePath(
    root,
    options.workflowOut ?? `.github/workflows/${report.id}.yml`,
    '--workflow-out',
  );
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
  const id = options.id ?? toId(stem);
  if (!ID_PATTERN.test(id)) throw new Error(`--id '${id}' must match ${ID_PATTERN.source}`);
  const entry: ValidateEntry = {
    id,
    title: basename(dataPath),
    schema: schemaPath,
    data: dataPath,
  };

  const config = configTemplate(entry, report, configPath);
  // The template must pass our own schema, or the first `modelgate run` would reject it.
  loadConfigText(config, configPath, { root });
  const files: InitFile[] = [
    { path: schemaPath, content: JSON.stringify(result.schema, null, 2) + '\n' },
    { path: configPath, content: config },
    { path: workflowPath, content: workflowTemplate(configPath, report.id) },
  ];
  const paths = files.map((f) => f.path);
  const clash = paths.find((p, i) => paths.indexOf(p) !== i);
  if (clash) throw new Error(`two outputs would both be written to ${clash}`);
  return { files, inferred: { ...result, dataPath, schemaPath }, report, configPath };
}

/**
 * The report id and status context: `modelgate` for the default config, otherwise named after
 * the config file, so a second config's comment and status do not overwrite the first one's.
 */
function reportNames(configPath: string, options: InitOptions): ReportNames {
  const stem = toId(basename(configPath, extname(configPath)));
  const derived =
    configPath === DEFAULT_CONFIG_PATH
      ? DEFAULT_REPORT_ID
      : stem.startsWith(DEFAULT_REPORT_ID)
        ? stem
        : `${DEFAULT_REPORT_ID}-${stem}`;
  const id = options.reportId ?? derived;
  if (!ID_PATTERN.test(id)) throw new Error(`--report-id '${id}' must match ${ID_PATTERN.source}`);
  const statusContext = options.statusContext ?? id;
  if (statusContext.trim() === '' || statusContext.length > 255) {
    throw new Error('--status-context must be 1 to 255 characters');
  }
  return { id, statusContext };
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
  if (rel === '' || !isInside(root, resolve(root, path))) {
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
