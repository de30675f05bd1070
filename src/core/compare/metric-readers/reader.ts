// The shape of a metric-file reader: one small module per tool, registered in ./index.ts.
import type { Tree } from '../metrics-tree.js';
import type { Collector } from '../metric-set.js';

export interface MetricReader {
  /** The name `format:` selects it by. */
  format: string;
  /** What it reads, said when a file it reads holds no metrics. */
  title: string;
  /** True when the tree is this tool's output; tried in registration order, the generic reader last. */
  detect(tree: Tree): boolean;
  /** Adds the file's metrics to `out`; problems go to `out.error`. */
  read(tree: Tree, out: Collector): void;
}

/** The keys of a map node (empty for anything else). */
export function keysOf(node: Tree | undefined): Set<string> {
  return new Set(node?.kind === 'map' ? node.entries.map((e) => e.key) : []);
}
