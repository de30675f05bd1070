// Metric files: JSON, YAML, TOML (DVC writes any of the three), or an MLflow run folder. The text
// becomes a tree (metrics-tree.ts), `root` picks a subtree, and a reader (metric-readers/) turns it
// into one map name → number with the line each value came from, so an error can point at it.
// See docs/compare.md.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { Problem } from '../result.js';
import { formatProblem, MetricFileError } from './metric-file-error.js';
import { readWorkspaceText, refusalReason, workspacePath } from '../files/workspace.js';
import { tooDeep } from '../files/nesting.js';
import { JsonTreeError, MAX_METRIC_DEPTH, jsonTree, valueTree, type Tree } from './metrics-tree.js';
import {
  childAt,
  Collector,
  MAX_METRIC_VALUES,
  tooManyValues,
  type MetricSet,
} from './metric-set.js';
import { splitName } from './metric-names.js';
import { METRIC_FORMATS, METRIC_READERS, readerByFormat } from './metric-readers/index.js';
import { genericReader } from './metric-readers/generic.js';

export type { InvalidMetric, MetricSet, MetricValue, SliceRef } from './metric-set.js';
export { MAX_METRIC_VALUES } from './metric-set.js';
export { formatProblem, MetricFileError } from './metric-file-error.js';
export { metricKey, metricLabel } from './metric-names.js';
export { SLICES_KEY } from './metric-readers/generic.js';

/** How to read a metric file: which reader (default: detected), and which subtree. */
export interface ReadOptions {
  /** A reader's name (lm-eval, hf-evaluate, …), mlflow, or auto. */
  format?: string;
  /** The name of the subtree holding the metrics (`metrics.test`, `results`). */
  root?: string;
}

export type MetricFormat = 'json' | 'yaml' | 'toml';

/**
 * YAML and TOML metric files above this size are refused: their parsers take about 100 bytes of
 * memory per byte of input. Big metric files are JSON, which has its own lean reader.
 */
export const MAX_YAML_METRICS_BYTES = 4 * 1024 * 1024;

export function detectFormat(path: string): MetricFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.toml') return 'toml';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  // YAML 1.2 reads JSON too; parsing JSON through it is what catches duplicate keys, which
  // JSON.parse silently drops.
  return 'json';
}

/**
 * Reads a metric file, or an MLflow run folder when `path` is a directory, through the
 * workspace gate: `root` is the tree it may not leave (default: the file's own folder).
 */
export function loadMetrics(
  path: string,
  displayPath = path,
  root = dirname(resolve(path)),
  options: ReadOptions = {},
): MetricSet {
  let isDir: boolean;
  try {
    isDir = statSync(workspacePath(root, resolve(path), 'metric file')).isDirectory();
  } catch (err) {
    throw new MetricFileError([
      { file: displayPath, message: `cannot read: ${refusalReason(err)}` },
    ]);
  }
  if (isDir !== (options.format === 'mlflow') && options.format && options.format !== 'auto') {
    throw new MetricFileError([
      {
        file: displayPath,
        message: isDir
          ? `a folder (an MLflow run), but format is ${options.format}`
          : 'format mlflow reads a run folder, not a file',
      },
    ]);
  }
  if (isDir) return loadMlflowRun(path, displayPath, root);
  return parseMetrics(readMetricText(root, path, displayPath), displayPath, undefined, options);
}

function readMetricText(root: string, path: string, shown: string): string {
  try {
    return readWorkspaceText(root, resolve(path), 'metric file', 'metrics', shown);
  } catch (err) {
    throw new MetricFileError([{ file: shown, message: `cannot read: ${refusalReason(err)}` }]);
  }
}

/** Parses metric file content; `file` names it in errors and picks the format by extension. */
export function parseMetrics(
  text: string,
  file: string,
  format: MetricFormat = detectFormat(file),
  options: ReadOptions = {},
): MetricSet {
  if (format !== 'json' && text.length > MAX_YAML_METRICS_BYTES) {
    throw new MetricFileError([
      {
        file,
        message: `a ${format.toUpperCase()} metric file may be at most ${MAX_YAML_METRICS_BYTES / 1024 / 1024} MiB (its parser needs about 100× its size in memory); write big metric files as JSON`,
      },
    ]);
  }
  const tree =
    format === 'toml'
      ? tomlTree(text, file)
      : format === 'json'
        ? jsonOrYamlTree(text, file)
        : yamlTree(text, file);
  return readTree(tree, file, options);
}

/** Picks the subtree and the reader, and reads the metrics; throws every problem at once. */
export function readTree(tree: Tree, file: string, options: ReadOptions): MetricSet {
  const out = new Collector(file);
  duplicateKeys(tree, [], out);
  const sub = options.root ? subtree(tree, options.root, out) : tree;
  const reader = pickReader(sub, file, options.format);
  if (sub && out.problems.length === 0) reader.read(sub, out);
  if (out.problems.length === 0 && out.isEmpty()) {
    out.error(sub, undefined, `no metrics in the file (read as ${reader.format}: ${reader.title})`);
  }
  if (out.problems.length > 0) throw new MetricFileError(dedupeProblems(out.problems));
  return {
    file,
    format: reader.format,
    values: out.values,
    invalid: out.invalid,
    lists: out.lists,
    plain: out.plain,
  };
}

function pickReader(tree: Tree | undefined, file: string, format: string | undefined) {
  if (format && format !== 'auto') {
    const named = readerByFormat(format);
    if (!named) {
      throw new MetricFileError([
        { file, message: `unknown format '${format}' (one of ${METRIC_FORMATS.join(', ')})` },
      ]);
    }
    return named;
  }
  // The generic reader accepts anything and comes last: the search always ends on a reader.
  if (!tree) return genericReader;
  return METRIC_READERS.find((r) => r.detect(tree)) ?? genericReader;
}

/** The node `root` names; a problem (and undefined) when there is none. */
function subtree(tree: Tree, root: string, out: Collector): Tree | undefined {
  let node: Tree | undefined = tree;
  let path: string[];
  try {
    path = splitName(root);
  } catch (err) {
    out.error(undefined, root, `root: ${(err as Error).message}`);
    return undefined;
  }
  for (const key of path) {
    node = childAt(node, key);
    if (!node) {
      out.error(tree, root, `root: the file has no ${root} (stopped at ${JSON.stringify(key)})`);
      return undefined;
    }
  }
  if (node.kind === 'scalar') out.error(node, root, 'root: a single value, not a group of metrics');
  return node;
}

/** Duplicate keys anywhere in the file (JSON.parse would keep the last one silently). */
function duplicateKeys(node: Tree, path: string[], out: Collector): void {
  if (node.kind === 'seq') {
    node.items.forEach((item, i) => duplicateKeys(item, [...path, String(i)], out));
    return;
  }
  if (node.kind !== 'map') return;
  const seen = new Map<string, number | undefined>();
  for (const { key, line, node: child } of node.entries) {
    if (seen.has(key)) {
      const first = seen.get(key);
      const at = [...path, key].join('.');
      out.error(
        { line },
        at,
        `duplicate key${first !== undefined ? ` (first at line ${first})` : ''}`,
      );
    } else seen.set(key, line);
    duplicateKeys(child, [...path, key], out);
  }
}

function dedupeProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = formatProblem(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Strict JSON through the lean reader; a small file that is not strict JSON is read as YAML. */
function jsonOrYamlTree(text: string, file: string): Tree {
  try {
    // Records take up to four scalars per value (name, value, a slice's key and value).
    return jsonTree(text, 4 * MAX_METRIC_VALUES);
  } catch (err) {
    if (!(err instanceof JsonTreeError)) throw err;
    if (err.tooMany)
      throw new MetricFileError([{ file, line: err.line, message: tooManyValues() }]);
    if (/^nested deeper/.test(err.message) || text.length > MAX_YAML_METRICS_BYTES)
      throw new MetricFileError([
        { file, line: err.line, message: `not valid JSON: ${err.message}` },
      ]);
    return yamlTree(text, file);
  }
}

/** The parsers recurse per level: a file nested beyond any real metric file is refused first. */
function refuseDeep(text: string, file: string): void {
  const deep = tooDeep(text, MAX_METRIC_DEPTH);
  if (deep) {
    throw new MetricFileError([
      {
        file,
        line: deep.line,
        message: `nested deeper than ${MAX_METRIC_DEPTH} levels (${deep.depth} at this line); metric files nest a few levels at most`,
      },
    ]);
  }
}

function yamlTree(text: string, file: string): Tree {
  refuseDeep(text, file);
  const lineCounter = new LineCounter();
  // uniqueKeys off: we detect duplicates ourselves to name the key and both lines.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new MetricFileError(
      doc.errors.slice(0, 5).map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        message: `not valid JSON/YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;

  const convert = (node: YamlNode | null | undefined | unknown, at: string): Tree => {
    if (isAlias(node)) {
      throw new MetricFileError([
        {
          file,
          line: lineOf(node),
          key: at || undefined,
          message: 'YAML aliases are not supported in metric files',
        },
      ]);
    }
    if (isMap(node)) {
      return {
        kind: 'map',
        line: lineOf(node),
        entries: node.items.map((pair) => {
          const keyNode = pair.key;
          if (!isScalar(keyNode) || (keyNode.value !== null && typeof keyNode.value === 'object')) {
            throw new MetricFileError([
              {
                file,
                line: lineOf(keyNode as YamlNode),
                key: at || undefined,
                message: 'keys must be plain text',
              },
            ]);
          }
          const key = String(keyNode.value);
          return {
            key,
            line: lineOf(keyNode),
            node: convert(pair.value, at ? `${at}.${key}` : key),
          };
        }),
      };
    }
    if (isSeq(node)) {
      return {
        kind: 'seq',
        line: lineOf(node),
        items: node.items.map((n, i) => convert(n, `${at}[${i}]`)),
      };
    }
    if (isScalar(node)) {
      return {
        kind: 'scalar',
        line: lineOf(node),
        value: node.value,
        plain: node.type === Scalar.PLAIN,
      };
    }
    // `key:` with nothing after it.
    return { kind: 'scalar', value: null };
  };
  return convert(doc.contents, '');
}

function tomlTree(text: string, file: string): Tree {
  refuseDeep(text, file);
  let data: unknown;
  try {
    data = parseToml(text);
  } catch (err) {
    const line = err instanceof TomlError ? err.line : undefined;
    const message = (err as Error).message.split('\n')[0] ?? 'parse error';
    throw new MetricFileError([{ file, line, message: `not valid TOML: ${message}` }]);
  }
  return valueTree(data);
}

// mlruns/<experiment>/<run>/metrics/<name>: one line per logged point, "timestamp value step".
function loadMlflowRun(dir: string, displayPath: string, root: string): MetricSet {
  const metricsDir = isDirectory(join(dir, 'metrics'))
    ? join(dir, 'metrics')
    : basename(dir) === 'metrics'
      ? dir
      : undefined;
  if (!metricsDir) {
    throw new MetricFileError([
      { file: displayPath, message: 'a folder, but not an MLflow run folder (no metrics/ inside)' },
    ]);
  }
  const out = new Collector(displayPath);
  const files = listFiles(metricsDir);
  for (const file of files) {
    const name = relative(metricsDir, file).split(sep).join('/');
    const shown = join(displayPath, relative(dir, file)).split(sep).join('/');
    const latest = latestPoint(readMetricText(root, file, shown), shown, name, out);
    if (latest) out.add(name, undefined, latest, { file: shown });
  }
  if (out.problems.length === 0 && out.isEmpty()) {
    out.error(undefined, undefined, 'no metrics in the MLflow run folder');
  }
  if (out.problems.length > 0) throw new MetricFileError(out.problems);
  return { file: displayPath, format: 'mlflow', values: out.values, invalid: out.invalid };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function listFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(full));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}

const NUMBER_RE = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The point with the highest step (then the latest timestamp, then the last line). */
function latestPoint(text: string, file: string, name: string, out: Collector): Tree | undefined {
  let best: { step: number; ts: number; raw: string; line: number } | undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const parts = line.split(/\s+/);
    const [ts, raw, step = '0'] = parts;
    if (parts.length < 2 || parts.length > 3 || !/^-?\d+$/.test(ts!) || !/^-?\d+$/.test(step)) {
      out.problems.push({
        file,
        line: i + 1,
        key: name,
        message: 'expected "timestamp value step"',
      });
      return undefined;
    }
    const point = { step: Number(step), ts: Number(ts), raw: raw!, line: i + 1 };
    if (!best || point.step > best.step || (point.step === best.step && point.ts >= best.ts))
      best = point;
  }
  if (!best) {
    out.problems.push({ file, key: name, message: 'no logged values' });
    return undefined;
  }
  // MLflow writes Python floats: nan, inf, -inf.
  const value = NUMBER_RE.test(best.raw) ? Number(best.raw) : best.raw;
  return { kind: 'scalar', value, plain: true, line: best.line };
}
