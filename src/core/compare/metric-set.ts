// What a metric file reads into, and the collector every reader fills: one value per metric (and
// slice) with its line, values that are not numbers kept apart (an error only when a rule names
// them), lists kept aside (a rule may name one element: scores.0.value).
import type { Problem } from '../result.js';
import type { Tree } from './metrics-tree.js';
import { joinName, metricKey, metricLabel, plainName, type SliceRef } from './metric-names.js';

export type { SliceRef } from './metric-names.js';

export interface MetricValue {
  name: string;
  slice?: SliceRef;
  value: number;
  line?: number;
  /** The value's standard error, when the file gives one (lm-eval's acc_stderr, inspect's stderr). */
  stderr?: number;
}

/** A key whose value is not a finite number: shown as not gated, an error only when ruled. */
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
  /** The reader that read it (generic, lm-eval, …). */
  format?: string;
  values: Map<string, MetricValue>;
  invalid: Map<string, InvalidMetric>;
  /** Lists by the name of their path: not metrics, but a rule may name an element of one. */
  lists?: Map<string, Tree>;
  /** Names as they were before dotted keys were quoted (`test.acc` for `"test.acc"`) → names. */
  plain?: Map<string, string[]>;
}

/**
 * Most metric values one file may hold. Every value becomes a row of the comparison and of the
 * result file; far more than any real evaluation writes would take the runner's memory instead.
 */
export const MAX_METRIC_VALUES = 50_000;

export function tooManyValues(): string {
  return `more than ${MAX_METRIC_VALUES.toLocaleString('en-US')} metric values (each becomes a row of the comparison); keep the metrics you gate, or split the file`;
}

/** Why a scalar is not a usable metric value, or undefined when it is one. */
export function scalarProblem(value: unknown, plain: boolean | undefined): string | undefined {
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

/** The number a scalar node holds, or undefined. */
export function numberOf(node: Tree | undefined): number | undefined {
  return node?.kind === 'scalar' && scalarProblem(node.value, node.plain) === undefined
    ? (node.value as number)
    : undefined;
}

/** The child of a map node under `key`, if any. */
export function childOf(node: Tree | undefined, key: string): Tree | undefined {
  return node?.kind === 'map' ? node.entries.find((e) => e.key === key)?.node : undefined;
}

/** A map's child by key, or a list's element by its index. */
export function childAt(node: Tree | undefined, key: string): Tree | undefined {
  if (node?.kind === 'map') return node.entries.find((e) => e.key === key)?.node;
  if (node?.kind === 'seq' && /^(0|[1-9]\d*)$/.test(key)) return node.items[Number(key)];
  return undefined;
}

export class Collector {
  readonly values = new Map<string, MetricValue>();
  readonly invalid = new Map<string, InvalidMetric>();
  readonly lists = new Map<string, Tree>();
  readonly plain = new Map<string, string[]>();
  readonly problems: Problem[] = [];
  private readonly lines = new Map<string, number | undefined>();
  private full = false;

  constructor(readonly file: string) {}

  /** Adds the value at a path of keys (or under a name already joined). */
  add(
    path: string | readonly string[],
    slice: SliceRef | undefined,
    node: Tree,
    extra: { file?: string; stderr?: number } = {},
  ): void {
    const name = typeof path === 'string' ? path : joinName(path);
    if (this.values.size + this.invalid.size >= MAX_METRIC_VALUES) {
      if (!this.full) this.error(node, undefined, tooManyValues());
      this.full = true;
      return;
    }
    if ([name, slice?.key, slice?.value].some((s) => s?.includes('\u0000'))) {
      this.error(node, undefined, 'a key holds a NUL character');
      return;
    }
    const key = metricKey(name, slice);
    if (!this.claim(key, metricLabel(name, slice), node.line)) return;
    if (typeof path !== 'string' && plainName(path) !== name) this.alias(plainName(path), name);
    if (node.kind === 'seq') {
      this.lists.set(name, node);
      return;
    }
    if (node.kind === 'map') {
      const what = node.entries.length === 0 ? 'an empty object' : 'an object';
      this.addInvalid(name, slice, node, `${what}, not a number`, extra.file);
      return;
    }
    const problem = scalarProblem(node.value, node.plain);
    if (problem) {
      this.addInvalid(name, slice, node, problem, extra.file);
      return;
    }
    this.values.set(key, {
      name,
      ...(slice ? { slice } : {}),
      value: node.value as number,
      ...(node.line !== undefined ? { line: node.line } : {}),
      ...(extra.stderr !== undefined ? { stderr: extra.stderr } : {}),
    });
  }

  private addInvalid(
    name: string,
    slice: SliceRef | undefined,
    node: Tree,
    problem: string,
    file: string | undefined,
  ): void {
    this.invalid.set(metricKey(name, slice), {
      name,
      ...(slice ? { slice } : {}),
      ...(node.line !== undefined ? { line: node.line } : {}),
      problem,
      ...(file !== undefined && file !== this.file ? { file } : {}),
    });
  }

  /** Records that a key is taken; a second claim is a duplicate-key problem. */
  private claim(key: string, label: string, line: number | undefined): boolean {
    if (this.lines.has(key)) {
      const first = this.lines.get(key);
      this.problems.push({
        file: this.file,
        line,
        key: label,
        message: `duplicate key${first !== undefined ? ` (first at line ${first})` : ''}`,
      });
      return false;
    }
    this.lines.set(key, line);
    return true;
  }

  private alias(plain: string, name: string): void {
    const names = this.plain.get(plain) ?? [];
    names.push(name);
    this.plain.set(plain, names);
  }

  error(node: { line?: number } | undefined, key: string | undefined, message: string): void {
    this.problems.push({ file: this.file, line: node?.line, key, message });
  }

  isEmpty(): boolean {
    return this.values.size === 0 && this.invalid.size === 0 && this.lists.size === 0;
  }
}
