// promptfoo's output file (`promptfoo eval -o results.json`): `results.results[]` holds one
// EvaluateResult per test × prompt × provider, with `success` (the test passed), `score`, and
// `namedScores`.
//
// The example id is the test's `vars`, as canonical JSON (keys sorted): what makes a test a test,
// and unchanged when tests are reordered or added (`testIdx` shifts then). A test without vars
// is `test <testIdx>`. `testIdx` and `description` are columns too, so `examples.id: testIdx`
// picks the index instead. A file must hold one prompt × provider: two would be two models.
// `--repeat n` gives the same test n times: repeated samples.
import type { Problem } from '../../../result.js';
import { scalar, scalarsUnder } from './lines.js';
import { fieldsOf, isObject, type ExampleReader, type ExampleRecord } from './types.js';

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** The results array of either the `-o` file ({ evalId, results: { results } }) or a bare summary. */
function resultsOf(root: unknown): unknown[] | undefined {
  if (!isObject(root)) return undefined;
  const inner = isObject(root.results) ? root.results : root;
  return Array.isArray(inner.results) ? inner.results : undefined;
}

function looksLikeResult(r: unknown): boolean {
  return isObject(r) && typeof r.testIdx === 'number' && 'success' in r && 'promptIdx' in r;
}

function combo(r: Record<string, unknown>): string {
  const provider = isObject(r.provider) ? r.provider.label || r.provider.id : r.provider;
  return `prompt ${String(r.promptIdx)} with provider ${String(provider ?? '?')}`;
}

function record(r: Record<string, unknown>, i: number): ExampleRecord {
  const test = isObject(r.testCase) ? r.testCase : {};
  const vars = isObject(r.vars) ? r.vars : isObject(test.vars) ? test.vars : {};
  const fields = fieldsOf({
    id: Object.keys(vars).length > 0 ? canonical(vars) : `test ${String(r.testIdx)}`,
    testIdx: r.testIdx,
    success: r.success,
    score: r.score,
  });
  const description = scalar(test.description ?? r.description);
  if (description !== undefined) fields.description = description;
  if (isObject(r.namedScores))
    for (const [k, v] of Object.entries(r.namedScores)) fields[`namedScores.${k}`] = v;
  scalarsUnder('vars', vars, fields);
  return { line: 0, key: `results.results[${i}]`, fields: fields as ExampleRecord['fields'] };
}

export const promptfooOutput: ExampleReader = {
  format: 'promptfoo',
  tool: 'promptfoo',
  detect(file) {
    const results = resultsOf(file.json());
    return results !== undefined && results.length > 0 && looksLikeResult(results[0]);
  },
  read(file) {
    const problems: Problem[] = [];
    const results = resultsOf(file.json());
    if (!results)
      return {
        records: [],
        problems: [
          {
            file: file.path,
            key: 'results.results',
            message: 'not a promptfoo output file: no results.results array',
          },
        ],
      };
    const records: ExampleRecord[] = [];
    const combos = new Set<string>();
    results.forEach((r, i) => {
      if (!looksLikeResult(r)) {
        problems.push({
          file: file.path,
          key: `results.results[${i}]`,
          message: 'not a promptfoo result (testIdx, promptIdx, success)',
        });
        return;
      }
      combos.add(combo(r as Record<string, unknown>));
      records.push(record(r as Record<string, unknown>, i));
    });
    if (combos.size > 1)
      problems.push({
        file: file.path,
        key: 'results.results',
        message: `holds ${combos.size} prompt × provider combinations (${[...combos].slice(0, 3).join('; ')}); each is a model: write one per file (promptfoo eval --filter-providers, --filter-prompts)`,
      });
    return { records, problems };
  },
};
