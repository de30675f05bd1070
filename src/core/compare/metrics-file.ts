// Metric files: JSON, YAML, TOML (DVC writes any of the three), a list of {name, value} records,
// or an MLflow run folder. Every shape becomes one flat map "name" / "name@key=value" → number,
// with the line each value came from, so an error can point at it. See docs/compare.md.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { Problem } from '../result.js';
import { readWorkspaceText, refusalReason, workspacePath } from '../files/workspace.js';
import { tooDeep } from '../files/nesting.js';
import { JsonTreeError, MAX_METRIC_DEPTH, jsonTree, type Tree } from './metrics-tree.js';

export interface SliceRef {
  key: string;
  value: string;
}

export interface MetricValue {
  name: string;
  slice?: SliceRef;
  value: number;
  line?: number;
}

/** A key whose value is not a finite number: shown as an error row, never a pass. */
export interface InvalidMetric {
  name: string;
  slice?: SliceRef;
  line?: number;
  /** The file the line is in, when not the set's own file (one file per metric in MLflow). */
  file?: string;
  /** What the value is, e.g. "NaN", "a string ('high')". */
  problem: string;
}

export interface MetricSet {
  /** The path as the user gave it, used in every message. */
  file: string;
  values: Map<string, MetricValue>;
  invalid: Map<string, InvalidMetric>;
}

export type MetricFormat = 'json' | 'yaml' | 'toml';

/** A metric file that cannot be read at all; `problems` locate each reason. */
export class MetricFileError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'MetricFileError';
  }
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line].filter((x) => x !== undefined).join(':');
  const key = p.key !== undefined ? `key '${p.key}': ` : '';
  return `${where ? where + ': ' : ''}${key}${p.message}`;
}

/** The map key of a metric: `name`, or `name@key=value` for one slice of it. */
export function metricKey(name: string, slice?: SliceRef): string {
  return slice ? `${name}@${slice.key}=${slice.value}` : name;
}

/** The top-level key that holds per-slice values in object-shaped files. */
export const SLICES_KEY = 'slices';

/**
 * Most metric values one file may hold. Every value becomes a row of the comparison and of the
 * result file; far more than any real evaluation writes would take the runner's memory instead.
 */
export const MAX_METRIC_VALUES = 50_000;

function tooManyValues(): string {
  return `more than ${MAX_METRIC_VALUES.toLocaleString('en-US')} metric values (each becomes a row of the comparison); keep the metrics you gate, or split the file`;
}

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
): MetricSet {
  let isDir: boolean;
  try {
    isDir = statSync(workspacePath(root, resolve(path), 'metric file')).isDirectory();
  } catch (err) {
    throw new MetricFileError([
      { file: displayPath, message: `cannot read: ${refusalReason(err)}` },
    ]);
  }
  if (isDir) return loadMlflowRun(path, displayPath, root);
  return parseMetrics(readMetricText(root, path, displayPath), displayPath);
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
  return flatten(tree, file);
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
  const convert = (value: unknown): Tree => {
    if (Array.isArray(value)) return { kind: 'seq', items: value.map(convert) };
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      return {
        kind: 'map',
        entries: Object.entries(value as Record<string, unknown>).map(([key, v]) => ({
          key,
          node: convert(v),
        })),
      };
    }
    return { kind: 'scalar', value };
  };
  return convert(data);
}

/** Why a scalar is not a usable metric value, or undefined when it is one. */
function scalarProblem(value: unknown, plain: boolean | undefined): string | undefined {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN, not a number';
    if (!Number.isFinite(value))
      return `${value > 0 ? 'Infinity' : '-Infinity'}, not a finite number`;
    return undefined;
  }
  if (typeof value === 'bigint') return 'an integer too large to represent exactly';
  if (typeof value === 'string') {
    // Python's json module writes NaN / Infinity bare; YAML reads them as text.
    if (plain && /^[-+]?nan$/i.test(value)) return 'NaN, not a number';
    if (plain && /^[-+]?inf(inity)?$/i.test(value)) return `${value}, not a finite number`;
    return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}), not a number`;
  }
  if (typeof value === 'boolean') return `a boolean (${value}), not a number`;
  if (value === null || value === undefined) return 'empty (null), not a number';
  if (value instanceof Date) return 'a date, not a number';
  return 'not a number';
}

const SLICE_KEY_RE = /^(.+)@([^@=]+)=([^@]*)$/;

class Collector {
  readonly values = new Map<string, MetricValue>();
  readonly invalid = new Map<string, InvalidMetric>();
  readonly problems: Problem[] = [];
  private readonly lines = new Map<string, number | undefined>();
  private full = false;

  constructor(readonly file: string) {}

  add(name: string, slice: SliceRef | undefined, node: Tree, file = this.file): void {
    if (this.values.size + this.invalid.size >= MAX_METRIC_VALUES) {
      if (!this.full) this.error(node, undefined, tooManyValues());
      this.full = true;
      return;
    }
    const key = metricKey(name, slice);
    if (this.lines.has(key)) {
      const first = this.lines.get(key);
      this.problems.push({
        file: this.file,
        line: node.line,
        key,
        message: `duplicate key${first !== undefined ? ` (first at line ${first})` : ''}`,
      });
      return;
    }
    this.lines.set(key, node.line);
    if (node.kind !== 'scalar') {
      this.problems.push({
        file: this.file,
        line: node.line,
        key,
        message: 'a list, not a number (metric values must be numbers; nest objects for groups)',
      });
      return;
    }
    const problem = scalarProblem(node.value, node.plain);
    const base = {
      name,
      ...(slice ? { slice } : {}),
      ...(node.line !== undefined ? { line: node.line } : {}),
    };
    if (problem)
      this.invalid.set(key, { ...base, problem, ...(file !== this.file ? { file } : {}) });
    else this.values.set(key, { ...base, value: node.value as number });
  }

  error(node: { line?: number } | undefined, key: string | undefined, message: string): void {
    this.problems.push({ file: this.file, line: node?.line, key, message });
  }
}

/** Splits a flattened key `acc@region=eu` into name and slice. */
function splitSliceKey(key: string): { name: string; slice?: SliceRef } {
  const m = SLICE_KEY_RE.exec(key);
  if (!m) return { name: key };
  return { name: m[1]!, slice: { key: m[2]!, value: m[3]! } };
}

function flatten(tree: Tree, file: string): MetricSet {
  const out = new Collector(file);
  if (tree.kind === 'seq') flattenRecords(tree, out);
  else if (tree.kind === 'map') flattenObject(tree, out);
  else if (tree.value === null || tree.value === undefined)
    out.error(tree, undefined, 'the file is empty');
  else
    out.error(tree, undefined, 'expected an object of metrics or a list of {name, value} records');

  if (out.problems.length === 0 && out.values.size === 0 && out.invalid.size === 0) {
    out.error(tree, undefined, 'no metrics in the file');
  }
  if (out.problems.length > 0) throw new MetricFileError(dedupeProblems(out.problems));
  return { file, values: out.values, invalid: out.invalid };
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

function checkDuplicateKeys(
  map: Extract<Tree, { kind: 'map' }>,
  prefix: string,
  out: Collector,
): Set<string> {
  const seen = new Map<string, number | undefined>();
  const dupes = new Set<string>();
  for (const { key, line } of map.entries) {
    if (seen.has(key)) {
      const first = seen.get(key);
      out.error(
        { line },
        prefix ? `${prefix}.${key}` : key,
        `duplicate key${first !== undefined ? ` (first at line ${first})` : ''}`,
      );
      dupes.add(key);
    } else seen.set(key, line);
  }
  return dupes;
}

function flattenObject(root: Extract<Tree, { kind: 'map' }>, out: Collector): void {
  checkDuplicateKeys(root, '', out);
  for (const { key, node } of root.entries) {
    if (key === SLICES_KEY && node.kind === 'map') flattenSlices(node, out);
    else walk(key, node, out, undefined);
  }
}

function walk(path: string, node: Tree, out: Collector, slice: SliceRef | undefined): void {
  if (node.kind === 'map') {
    if (node.entries.length === 0) {
      out.error(node, path, 'an empty object, not a number');
      return;
    }
    checkDuplicateKeys(node, path, out);
    for (const { key, node: child } of node.entries) walk(`${path}.${key}`, child, out, slice);
    return;
  }
  if (slice) {
    out.add(path, slice, node);
    return;
  }
  const split = splitSliceKey(path);
  out.add(split.name, split.slice, node);
}

// slices: { <slice key>: { <slice value>: { <metrics, possibly nested> } } }
function flattenSlices(node: Extract<Tree, { kind: 'map' }>, out: Collector): void {
  checkDuplicateKeys(node, SLICES_KEY, out);
  for (const { key: sliceKey, node: byValue } of node.entries) {
    const at = `${SLICES_KEY}.${sliceKey}`;
    if (byValue.kind !== 'map') {
      out.error(byValue, at, 'expected { <slice value>: { <metric>: <number> } }');
      continue;
    }
    checkDuplicateKeys(byValue, at, out);
    for (const { key: sliceValue, node: metrics } of byValue.entries) {
      if (metrics.kind !== 'map') {
        out.error(metrics, `${at}.${sliceValue}`, 'expected { <metric>: <number> }');
        continue;
      }
      checkDuplicateKeys(metrics, `${at}.${sliceValue}`, out);
      const slice = { key: sliceKey, value: sliceValue };
      for (const { key, node: child } of metrics.entries) walk(key, child, out, slice);
    }
  }
}

// [{ name: accuracy, value: 0.91 }, { name: accuracy, value: 0.88, slice: { region: eu } }]
function flattenRecords(seq: Extract<Tree, { kind: 'seq' }>, out: Collector): void {
  seq.items.forEach((item, i) => {
    const at = `[${i}]`;
    if (item.kind !== 'map') {
      out.error(item, at, 'expected a {name, value} record');
      return;
    }
    if (checkDuplicateKeys(item, at, out).size > 0) return;
    const field = (k: string) => item.entries.find((e) => e.key === k)?.node;
    for (const e of item.entries) {
      if (!['name', 'value', 'slice'].includes(e.key)) {
        out.error(
          e,
          `${at}.${e.key}`,
          'unknown field in a metric record (allowed: name, value, slice)',
        );
      }
    }
    const name = field('name');
    const value = field('value');
    if (!name || name.kind !== 'scalar' || typeof name.value !== 'string' || name.value === '') {
      out.error(name ?? item, `${at}.name`, 'a record needs a non-empty text name');
      return;
    }
    if (!value) {
      out.error(item, `${at}.value`, `record '${name.value}' has no value`);
      return;
    }
    let slice: SliceRef | undefined;
    const sliceNode = field('slice');
    if (sliceNode) {
      const ok =
        sliceNode.kind === 'map' &&
        sliceNode.entries.length === 1 &&
        sliceNode.entries[0]!.node.kind === 'scalar' &&
        ['string', 'number'].includes(typeof sliceNode.entries[0]!.node.value);
      if (!ok) {
        out.error(sliceNode, `${at}.slice`, 'expected { <slice key>: <slice value> }');
        return;
      }
      const only = sliceNode.entries[0]!;
      slice = { key: only.key, value: String((only.node as { value: unknown }).value) };
    }
    out.add(name.value, slice, value);
  });
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
    if (latest) out.add(name, undefined, latest, shown);
  }
  if (out.problems.length === 0 && out.values.size === 0 && out.invalid.size === 0) {
    out.error(undefined, undefined, 'no metrics in the MLflow run folder');
  }
  if (out.problems.length > 0) throw new MetricFileError(out.problems);
  return { file: displayPath, values: out.values, invalid: out.invalid };
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
