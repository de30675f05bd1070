// Which metric a rule's name stands for in the files read. A name is the file's path of keys
// (metric-names.ts); two more ways keep written configs working and lists reachable:
// - a name with plain dots (`test.acc`) also finds a key that holds the dot (`"test.acc"`), as
//   long as exactly one metric answers to it (MLflow names, flat dotted JSON keys);
// - a name that walks into a list (`scores.0.value`) reads that one element: lists are not
//   metrics, so only elements a rule names become rows.
import { childAt, scalarProblem, type MetricSet } from './metric-set.js';
import { joinName, splitName } from './metric-names.js';

/** What a rule name binds to: the metric's name in the files, or a problem with the name. */
export type Binding = { name: string } | { problem: string; file: string };

export function bindRuleName(name: string, sets: ReadonlyArray<MetricSet | undefined>): Binding {
  const present = (set: MetricSet | undefined) =>
    set !== undefined && (set.values.has(name) || set.invalid.has(name));
  const plain = new Set(sets.flatMap((set) => set?.plain?.get(name) ?? []));
  // {"test.acc": 0.5, "test": {"acc": 0.99}}: which one `test.acc` means cannot be guessed.
  if (sets.some(present)) plain.add(name);
  if (plain.size > 1) {
    const file = sets.find((set) => set?.plain?.has(name))!.file;
    return {
      problem: `${name} names ${[...plain].join(' and ')}: quote the key that holds a dot`,
      file,
    };
  }
  if (plain.size === 1) return { name: [...plain][0]! };
  for (const set of sets) if (set) addListElement(set, name);
  return { name };
}

/** Adds the list element `name` points into to the set (as a value or an invalid value). */
function addListElement(set: MetricSet, name: string): void {
  if (!set.lists || set.lists.size === 0) return;
  let path: string[];
  try {
    path = splitName(name);
  } catch {
    return;
  }
  for (let i = path.length - 1; i > 0; i--) {
    const list = set.lists.get(joinName(path.slice(0, i)));
    if (!list) continue;
    let node = list as ReturnType<typeof childAt>;
    for (const key of path.slice(i)) node = childAt(node, key);
    if (!node) return;
    const line = node.line !== undefined ? { line: node.line } : {};
    const problem =
      node.kind === 'scalar'
        ? scalarProblem(node.value, node.plain)
        : `${node.kind === 'seq' ? 'a list' : 'an object'}, not a number`;
    if (problem) set.invalid.set(name, { name, problem, ...line });
    else set.values.set(name, { name, value: (node as { value: number }).value, ...line });
    return;
  }
}
