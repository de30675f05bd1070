// OpenAI evals' record file (`oaieval --record_path`, JSON Lines): a `{"spec": …}` line, one line
// per event (`run_id`, `event_id`, `sample_id`, `type`, `data`, `created_by`, `created_at`) and a
// `{"final_report": …}` line.
//
// Records: every `match` event (`data.correct`, with `expected` and `picked` when scalars, and
// the other scalar `data` fields); a file without match events gives its `metrics` events'
// scalar fields instead. Columns: `id` (the sample_id), `correct`, `expected`, `picked`, …
// Several events of one sample_id (n completions per sample) are repeated samples.
import type { Problem } from '../../../result.js';
import { eachJsonLine, scalar } from './lines.js';
import { fieldsOf, isObject, type ExampleReader, type ExampleRecord } from './types.js';

function isEvent(v: unknown): v is Record<string, unknown> {
  return isObject(v) && 'run_id' in v && 'sample_id' in v && typeof v.type === 'string';
}

function eventRecord(e: Record<string, unknown>, line: number): ExampleRecord | null {
  const id = scalar(e.sample_id);
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  const fields = fieldsOf({ id });
  if (isObject(e.data))
    for (const [k, v] of Object.entries(e.data)) {
      const s = scalar(v);
      if (s !== undefined && k !== 'id') fields[k] = s;
    }
  return { line, fields: fields as ExampleRecord['fields'] };
}

export const openaiEvals: ExampleReader = {
  format: 'openai-evals',
  tool: 'OpenAI evals',
  detect(file) {
    const first = file.firstLine();
    return (isObject(first) && isObject(first.spec) && 'run_id' in first.spec) || isEvent(first);
  },
  read(file) {
    const problems: Problem[] = [];
    const byType = new Map<string, ExampleRecord[]>();
    eachJsonLine(
      file.path,
      file.text(),
      (rec, line) => {
        if (!isEvent(rec) || (rec.type !== 'match' && rec.type !== 'metrics')) return;
        const r = eventRecord(rec, line);
        if (!r) {
          problems.push({
            file: file.path,
            line,
            key: 'sample_id',
            message: 'event has no sample_id',
          });
          return;
        }
        const list = byType.get(rec.type) ?? [];
        list.push(r);
        byType.set(rec.type, list);
      },
      problems,
    );
    const records = byType.get('match') ?? byType.get('metrics') ?? [];
    return { records, problems };
  },
};
