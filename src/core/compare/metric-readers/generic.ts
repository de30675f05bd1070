// Metric files as people and DVC write them: an object of numbers, nested for groups
// (`test.accuracy`), per-slice values under a top-level `slices` key, or a list of
// {name, value, slice} records. Anything that is not a number is kept as "not gated".
import type { Tree } from '../metrics-tree.js';
import type { Collector, SliceRef } from '../metric-set.js';
import type { MetricReader } from './reader.js';

/** The top-level key that holds per-slice values in object-shaped files. */
export const SLICES_KEY = 'slices';

// The spelling slices had before `@` became part of metric names (pass@1, ndcg@10).
const OLD_SLICE_KEY = /^(.+)@([^@=]+)=([^@]*)$/;

function oldSliceSpelling(key: string): string | undefined {
  const m = OLD_SLICE_KEY.exec(key);
  if (!m) return undefined;
  const [, name, sliceKey, sliceValue] = m;
  return (
    `the name@key=value slice spelling is no longer read (@ belongs to metric names such as pass@1); ` +
    `write ${JSON.stringify({ [SLICES_KEY]: { [sliceKey!]: { [sliceValue!]: { [name!]: '…' } } } })} ` +
    `or a record {"name": ${JSON.stringify(name)}, "value": …, "slice": {${JSON.stringify(sliceKey)}: ${JSON.stringify(sliceValue)}}}`
  );
}

/** Adds every leaf under `node` by its path of keys; lists and non-numbers are kept aside. */
export function walk(path: readonly string[], node: Tree, out: Collector, slice?: SliceRef): void {
  if (node.kind === 'map' && node.entries.length > 0) {
    for (const { key, line, node: child } of node.entries) {
      const old = slice ? undefined : oldSliceSpelling(key);
      if (old) out.error({ line }, [...path, key].join('.'), old);
      else walk([...path, key], child, out, slice);
    }
    return;
  }
  out.add(path, slice, node);
}

function readObject(root: Extract<Tree, { kind: 'map' }>, out: Collector): void {
  for (const { key, line, node } of root.entries) {
    if (key === SLICES_KEY && node.kind === 'map') readSlices(node, out);
    else walk([], { kind: 'map', line, entries: [{ key, line, node }] }, out);
  }
}

// slices: { <slice key>: { <slice value>: { <metrics, possibly nested> } } }
function readSlices(node: Extract<Tree, { kind: 'map' }>, out: Collector): void {
  for (const { key: sliceKey, node: byValue } of node.entries) {
    const at = `${SLICES_KEY}.${sliceKey}`;
    if (byValue.kind !== 'map') {
      out.error(byValue, at, 'expected { <slice value>: { <metric>: <number> } }');
      continue;
    }
    for (const { key: sliceValue, node: metrics } of byValue.entries) {
      if (metrics.kind !== 'map') {
        out.error(metrics, `${at}.${sliceValue}`, 'expected { <metric>: <number> }');
        continue;
      }
      walk([], metrics, out, { key: sliceKey, value: sliceValue });
    }
  }
}

// [{ name: accuracy, value: 0.91 }, { name: accuracy, value: 0.88, slice: { region: eu } }]
function readRecords(seq: Extract<Tree, { kind: 'seq' }>, out: Collector): void {
  seq.items.forEach((item, i) => {
    const at = `[${i}]`;
    if (item.kind !== 'map') {
      out.error(item, at, 'expected a {name, value} record');
      return;
    }
    const field = (k: string) => item.entries.find((e) => e.key === k)?.node;
    for (const e of item.entries) {
      if (!['name', 'value', 'slice'].includes(e.key))
        out.error(
          e,
          `${at}.${e.key}`,
          'unknown field in a metric record (allowed: name, value, slice)',
        );
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
    const slice = recordSlice(field('slice'), at, out);
    if (slice !== null) out.add(name.value, slice, value);
  });
}

/** The record's slice; null when it is malformed (reported). */
function recordSlice(
  node: Tree | undefined,
  at: string,
  out: Collector,
): SliceRef | undefined | null {
  if (!node) return undefined;
  const only = node.kind === 'map' && node.entries.length === 1 ? node.entries[0]! : undefined;
  if (
    !only ||
    only.node.kind !== 'scalar' ||
    !['string', 'number'].includes(typeof only.node.value)
  ) {
    out.error(node, `${at}.slice`, 'expected { <slice key>: <slice value> }');
    return null;
  }
  return { key: only.key, value: String(only.node.value) };
}

export const genericReader: MetricReader = {
  format: 'metrics',
  title: 'an object of metrics (nested for groups), or a list of {name, value} records; DVC',
  detect: () => true,
  read(tree, out) {
    if (tree.kind === 'seq') readRecords(tree, out);
    else if (tree.kind === 'map') readObject(tree, out);
    else if (tree.value === null || tree.value === undefined)
      out.error(tree, undefined, 'the file is empty');
    else
      out.error(
        tree,
        undefined,
        'expected an object of metrics or a list of {name, value} records',
      );
  },
};
