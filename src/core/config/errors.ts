// Located configuration problems and the one error type that carries them.
import type { DataPath } from './source.js';

export interface ConfigProblem {
  /** The file (or input name) the problem is in. */
  source: string;
  /** 1-based; absent when the value was given as an object rather than as text. */
  line?: number;
  column?: number;
  /** Where in the data: `compare[0].metrics.accuracy`; '' for the top level. */
  key: string;
  path: DataPath;
  message: string;
}

const MAX_LISTED = 50;

export class ConfigError extends Error {
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[]) {
    const lines = problems.slice(0, MAX_LISTED).map(formatProblem);
    if (problems.length > MAX_LISTED) lines.push(`… and ${problems.length - MAX_LISTED} more`);
    super(lines.join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** `file:line:col: key: message`, the shape editors and terminals turn into links. */
export function formatProblem(p: ConfigProblem): string {
  const where = p.line === undefined ? p.source : `${p.source}:${p.line}:${p.column ?? 1}`;
  return p.key ? `${where}: ${p.key}: ${p.message}` : `${where}: ${p.message}`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `compare[0].metrics["test.accuracy"]`: dots only where a reader cannot mistake them. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Short, single-line rendering of a value for messages. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `'${s.replace(/[\r\n]+/g, ' ')}'`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** The data-model name of a value's type, as a config author would call it. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'non-finite number';
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  return typeof value;
}
