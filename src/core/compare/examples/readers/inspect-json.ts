// inspect_ai's JSON log (`inspect eval --log-format json`): `samples[]`, one per sample and epoch,
// each with `id`, `epoch` and `scores.{scorer}.value`. The .eval zip holds the same samples, one
// entry each (inspect-eval.ts), and converts them here.
//
// Columns: `id`, `epoch`, one per scorer (`match`, `choice`, …) holding the value as inspect's
// value_to_float maps it: numbers and booleans as they are, "C" 1, "P" 0.5, "I" and "N" 0,
// "yes"/"true" 1, "no"/"false" 0, numeric strings as numbers. A dict value (a scorer with several
// values) gives `scorer.key` columns. Where inspect maps any other string to 0 with a warning,
// the value is kept as it is and a rule reading it fails with its location: a gate does not
// guess. `target` (a string) and `metadata.<key>` (scalars) are columns for labels and slices.
// Samples of several epochs share their id: repeated samples.
import type { Problem } from '../../../result.js';
import { scalar, scalarsUnder } from './lines.js';
import { fieldsOf, isObject, type ExampleReader, type ExampleRecord } from './types.js';

const LETTERS: Record<string, number> = { C: 1, P: 0.5, I: 0, N: 0 };

/** inspect's value_to_float with its default letters; other strings stay as they are. */
export function inspectValue(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v !== 'string') return v;
  if (v in LETTERS) return LETTERS[v];
  const lower = v.toLowerCase();
  if (lower === 'yes' || lower === 'true') return 1;
  if (lower === 'no' || lower === 'false') return 0;
  return v;
}

/** One EvalSample as a record; null (and a problem) when it has no id. */
export function inspectSampleRecord(
  sample: unknown,
  where: { file: string; key: string },
  problems: Problem[],
): ExampleRecord | null {
  if (!isObject(sample) || (typeof sample.id !== 'string' && typeof sample.id !== 'number')) {
    problems.push({ ...where, message: 'inspect sample has no id' });
    return null;
  }
  const fields = fieldsOf({ id: sample.id });
  if (typeof sample.epoch === 'number') fields.epoch = sample.epoch;
  const target = scalar(sample.target);
  if (target !== undefined) fields.target = target;
  if (isObject(sample.scores))
    for (const [scorer, score] of Object.entries(sample.scores)) {
      const value = isObject(score) ? score.value : undefined;
      if (isObject(value))
        for (const [k, v] of Object.entries(value)) fields[`${scorer}.${k}`] = inspectValue(v);
      else fields[scorer] = inspectValue(value);
    }
  scalarsUnder('metadata', sample.metadata, fields);
  return { line: 0, key: where.key, fields: fields as ExampleRecord['fields'] };
}

function isLog(v: unknown): v is Record<string, unknown> {
  return isObject(v) && isObject(v.eval) && typeof v.version === 'number';
}

export const inspectJson: ExampleReader = {
  format: 'inspect-json',
  tool: 'inspect_ai',
  detect(file) {
    return !file.zip && isLog(file.json());
  },
  read(file) {
    const problems: Problem[] = [];
    const log = file.json();
    if (!isLog(log) || !Array.isArray(log.samples))
      return {
        records: [],
        problems: [
          {
            file: file.path,
            key: 'samples',
            message:
              'inspect log has no samples (written with --no-log-samples, or not an inspect log)',
          },
        ],
      };
    const records: ExampleRecord[] = [];
    log.samples.forEach((s, i) => {
      const r = inspectSampleRecord(s, { file: file.path, key: `samples[${i}]` }, problems);
      if (r) records.push(r);
    });
    return { records, problems };
  },
};
