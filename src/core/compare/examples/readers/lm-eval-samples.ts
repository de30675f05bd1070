// lm-evaluation-harness `samples_<task>_<date>.jsonl` (written with --log_samples): one line per
// document and filter, with `doc_id`, `filter` and each metric of `metrics` as a field.
//
// Columns: `id` (the doc_id), `doc_id`, `doc_hash`, `target` (when a scalar), and per metric
// `<metric>,<filter>` (the key lm-eval's results.json uses), plus the bare `<metric>` when the
// file has one filter only (`none` for most multiple-choice tasks). A document seen again with
// the same filter (files of several runs concatenated) is a repeated sample of it.
import type { Problem } from '../../../result.js';
import type { RawValue } from '../raw.js';
import { eachJsonLine, scalar } from './lines.js';
import { fieldsOf, isObject, type ExampleReader, type ExampleRecord } from './types.js';

/** Top-level keys that are bookkeeping, never metrics (files without a `metrics` list). */
const BOOKKEEPING = new Set([
  'doc_id',
  'doc',
  'target',
  'arguments',
  'resps',
  'filtered_resps',
  'filter',
  'metrics',
  'doc_hash',
  'prompt_hash',
  'target_hash',
]);

function metricNames(rec: Record<string, unknown>): string[] {
  if (Array.isArray(rec.metrics))
    return rec.metrics.filter((m): m is string => typeof m === 'string');
  return Object.keys(rec).filter(
    (k) => !BOOKKEEPING.has(k) && (typeof rec[k] === 'number' || typeof rec[k] === 'boolean'),
  );
}

interface Doc {
  samples: ExampleRecord[];
}

export const lmEvalSamples: ExampleReader = {
  format: 'lm-eval-samples',
  tool: 'lm-evaluation-harness',
  detect(file) {
    const first = file.firstLine();
    return isObject(first) && 'doc_id' in first && ('filtered_resps' in first || 'resps' in first);
  },
  read(file) {
    const problems: Problem[] = [];
    const docs = new Map<string, Doc>();
    const records: ExampleRecord[] = [];
    const filters = new Set<string>();
    eachJsonLine(
      file.path,
      file.text(),
      (rec, line) => {
        const docId = scalar(rec.doc_id);
        if (typeof docId !== 'number' && typeof docId !== 'string') {
          problems.push({
            file: file.path,
            line,
            key: 'doc_id',
            message: 'lm-eval sample has no doc_id',
          });
          return;
        }
        const filter = typeof rec.filter === 'string' ? rec.filter : 'none';
        filters.add(filter);
        const doc = docs.get(String(docId)) ?? { samples: [] };
        docs.set(String(docId), doc);
        // The first sample of this document that has no value for this filter yet takes it.
        let sample = doc.samples.find((s) => !(`\0${filter}` in s.fields));
        if (!sample) {
          sample = {
            line,
            fields: fieldsOf({ id: docId, doc_id: docId }) as ExampleRecord['fields'],
          };
          if (typeof rec.doc_hash === 'string') sample.fields.doc_hash = rec.doc_hash;
          const target = scalar(rec.target);
          if (target !== undefined) sample.fields.target = target;
          doc.samples.push(sample);
          records.push(sample);
        }
        sample.fields[`\0${filter}`] = true;
        for (const name of metricNames(rec))
          sample.fields[`${name},${filter}`] = rec[name] as RawValue;
      },
      problems,
    );
    const single = filters.size === 1 ? [...filters][0]! : null;
    for (const r of records) {
      for (const key of Object.keys(r.fields)) {
        if (key.startsWith('\0')) delete r.fields[key];
        else if (single !== null && key.endsWith(`,${single}`))
          r.fields[key.slice(0, -single.length - 1)] = r.fields[key];
      }
    }
    return { records, problems };
  },
};
