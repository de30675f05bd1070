// Loading .github/modelgate.yml (YAML or JSON; JSON is YAML, so one parser serves both):
// parse with positions, refuse duplicate keys, validate against schemas/config.schema.json,
// then check what the schema cannot (unique ids, workspace paths). Every problem is reported
// at once, each with file, line, column and key.
//
// Paths in the config are relative to the workspace root the caller passes (the repository
// root in CI), not to the config file: `.github/modelgate.yml` would otherwise need `../`
// before every path, and the same strings are what the report shows and what the base-branch
// baseline fetches by path.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, formatPath, type ConfigProblem } from './errors.js';
import { checkPaths, checkUniqueIds, hasNoChecks } from './checks.js';
import { explainErrors, validatorFor } from './schema.js';
import { parseSource, type DataPath, type ParsedSource, type Position } from './source.js';
import { GATE_DEFAULTS, REPORT_DEFAULTS, type Config, type RawConfig } from './types.js';

export { ConfigError, formatProblem, type ConfigProblem } from './errors.js';
export { resolveConfigPath, workspaceEscape } from './checks.js';
export type { DataPath, Position } from './source.js';
export * from './types.js';

export interface LoadOptions {
  /** Workspace root that config paths are relative to. Default: the current directory. */
  root?: string;
  /**
   * Also check that every file the config names exists and every data glob matches a file.
   * Off by default: a config can be checked before the files it names are produced.
   */
  checkFiles?: boolean;
  /**
   * The config is to be run (the all-in-one action, `modelgate run`): one with no validate or
   * compare entry is a mistake, not a gate with nothing to fail.
   */
  requireChecks?: boolean;
}

export interface LoadedConfig {
  config: Config;
  /** The config file as given. */
  file: string;
  /** Absolute workspace root. */
  root: string;
  /** Line and column of the value at `path` (or its nearest ancestor) in the config file. */
  locate(path: DataPath): Position | undefined;
  /** A located problem for errors found later, e.g. by a check that cannot read a file it names. */
  problemAt(path: DataPath, message: string): ConfigProblem;
}

/** Reads, parses and validates a config file; throws ConfigError listing every problem. */
export function loadConfig(path: string, options: LoadOptions = {}): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'config file not found'
        : `cannot read config file: ${(err as Error).message}`;
    throw new ConfigError([{ source: path, key: '', path: [], message: why }]);
  }
  return loadConfigText(text, path, options);
}

/** As loadConfig, for text already in memory; `source` names it in messages. */
export function loadConfigText(
  text: string,
  source: string,
  options: LoadOptions = {},
): LoadedConfig {
  const root = resolve(options.root ?? '.');
  const parsed = parseSource(stripBom(text));
  const problems = checkConfig(parsed, source, root, options);
  if (problems.length > 0) throw new ConfigError(problems);
  const raw = parsed.value as RawConfig;
  return {
    config: withDefaults(raw),
    file: source,
    root,
    locate: (p) => parsed.locate(p),
    problemAt: (p, message) => locatedProblem(parsed, source, p, false, message),
  };
}

/** Every problem of a config file, or [] when it is valid; never throws for a bad config. */
export function validateConfigFile(path: string, options: LoadOptions = {}): ConfigProblem[] {
  try {
    loadConfig(path, options);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

/**
 * Validates one part of a config given on its own, e.g. an action input holding inline YAML
 * (`rules:` of the compare action), with the same messages as a config file. `schema` is
 * 'validate' or 'compare' (one entry), a schema id such as
 * 'config-compare.schema.json#/properties/metrics', or a schema object.
 */
export function loadConfigPart<T = unknown>(
  input: string | unknown,
  schema: 'validate' | 'compare' | string | object,
  source: string,
): T {
  const parsed: ParsedSource =
    typeof input === 'string'
      ? parseSource(stripBom(input))
      : { value: input, problems: [], locate: () => undefined };
  const problems = parseProblems(parsed, source);
  if (problems.length === 0) problems.push(...schemaProblems(parsed, source, schema));
  if (problems.length > 0) throw new ConfigError(problems);
  return parsed.value as T;
}

function checkConfig(
  parsed: ParsedSource,
  source: string,
  root: string,
  options: LoadOptions,
): ConfigProblem[] {
  const problems = parseProblems(parsed, source);
  if (problems.length > 0) return problems;
  if (parsed.value === null || parsed.value === undefined) {
    return [
      {
        source,
        line: 1,
        column: 1,
        key: '',
        path: [],
        message: 'the config is empty; start it with `version: 1`',
      },
    ];
  }
  problems.push(...schemaProblems(parsed, source, 'config'));
  const raw = parsed.value as RawConfig;
  if (typeof raw !== 'object' || Array.isArray(raw)) return problems;
  // Ids and files are checked even when the schema found problems: every mistake in one run.
  const checks = [...checkUniqueIds(raw), ...checkPaths(raw, root, options.checkFiles === true)];
  for (const p of checks) {
    problems.push(locatedProblem(parsed, source, p.path, p.atKey ?? false, p.message));
  }
  if (options.requireChecks && hasNoChecks(raw)) {
    problems.push({
      source,
      line: 1,
      column: 1,
      key: '',
      path: [],
      message:
        'the config names no checks: add a validate: entry (data against a schema) or a compare: entry (model metrics), or there is nothing to gate',
    });
  }
  return sortProblems(problems);
}

function parseProblems(parsed: ParsedSource, source: string): ConfigProblem[] {
  return parsed.problems.map((p) => ({
    source,
    line: p.position.line,
    column: p.position.column,
    key: formatPath(p.path),
    path: p.path,
    message: p.message,
  }));
}

function schemaProblems(
  parsed: ParsedSource,
  source: string,
  schema: string | object,
): ConfigProblem[] {
  const validate = validatorFor(schema);
  if (validate(parsed.value)) return [];
  const explained = explainErrors(validate.errors ?? [], parsed.value);
  return sortProblems(
    explained.map((e) => locatedProblem(parsed, source, e.path, e.atKey, e.message, e.label)),
  );
}

function locatedProblem(
  parsed: ParsedSource,
  source: string,
  path: DataPath,
  atKey: boolean,
  message: string,
  label?: DataPath,
): ConfigProblem {
  const position = parsed.locate(path, { key: atKey });
  return {
    source,
    ...(position ? { line: position.line, column: position.column } : {}),
    key: formatPath(label ?? path),
    path,
    message,
  };
}

function sortProblems(problems: ConfigProblem[]): ConfigProblem[] {
  return problems.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function withDefaults(raw: RawConfig): Config {
  return {
    version: 1,
    validate: raw.validate ?? [],
    compare: raw.compare ?? [],
    report: { ...REPORT_DEFAULTS, ...raw.report },
    gate: { ...GATE_DEFAULTS, ...raw.gate },
  };
}
