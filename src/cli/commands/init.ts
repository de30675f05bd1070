import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { MAX_ROWS } from '../../core/init/infer.js';
import {
  DEFAULT_CONFIG_PATH,
  DEFAULT_WORKFLOW_PATH,
  planInit,
  writeInit,
} from '../../core/init/init.js';
import type { SampleFormat } from '../../core/init/sample.js';

const FORMATS = ['auto', 'json', 'jsonl', 'csv', 'tsv'] as const;

const usage = `Usage: modelgate init [--data FILE] [options]

Writes a starter config (${DEFAULT_CONFIG_PATH}) and a pull-request workflow
(${DEFAULT_WORKFLOW_PATH}). With --data, first infers a JSON Schema for one record of a
sample data file (JSON Lines, CSV, TSV or a JSON array) and points the config's validate
section at it: types, required keys, enums for low-cardinality string columns, nullable
columns, date and date-time formats. Review the schema before relying on it.

Options:
  --data FILE          sample data file to infer the schema from
  --format FORMAT      auto (by extension, default), jsonl, csv, tsv or json
  --max-rows N         records to read from the sample (default ${MAX_ROWS})
  --schema-out PATH    where to write the schema (default schemas/<data name>.schema.json)
  --config-out PATH    where to write the config (default ${DEFAULT_CONFIG_PATH})
  --workflow-out PATH  where to write the workflow (default ${DEFAULT_WORKFLOW_PATH})
  --dir DIR            repository root; every path above is relative to it (default .)
  --force              overwrite files that already exist

Examples:
  modelgate init --data data/train.csv
  modelgate init --data data/rows.jsonl --schema-out data/row.schema.json
  modelgate init --dir ../my-repo --force
`;

export const initCommand: Command = {
  name: 'init',
  summary: 'Write a starter config and workflow, inferring a schema from sample data',
  usage,
  async run(argv) {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
          data: { type: 'string' },
          format: { type: 'string' },
          'max-rows': { type: 'string' },
          'schema-out': { type: 'string' },
          'config-out': { type: 'string' },
          'workflow-out': { type: 'string' },
          dir: { type: 'string' },
          force: { type: 'boolean' },
        },
      }));
    } catch (err) {
      process.stderr.write(`modelgate init: ${(err as Error).message}\n\n${usage}`);
      return 2;
    }
    const format = values.format ?? 'auto';
    if (!(FORMATS as readonly string[]).includes(format)) {
      process.stderr.write(
        `modelgate init: --format must be one of ${FORMATS.join(', ')}, got '${format}'\n`,
      );
      return 2;
    }
    let maxRows: number | undefined;
    if (values['max-rows'] !== undefined) {
      if (!/^[1-9][0-9]*$/.test(values['max-rows'])) {
        process.stderr.write(
          `modelgate init: --max-rows must be a whole number ≥ 1, got '${values['max-rows']}'\n`,
        );
        return 2;
      }
      maxRows = Number(values['max-rows']);
    }
    const dir = values.dir ?? '.';
    const plan = await planInit({
      dir,
      ...(values.data !== undefined ? { data: values.data } : {}),
      format: format as SampleFormat | 'auto',
      ...(maxRows !== undefined ? { maxRows } : {}),
      ...(values['schema-out'] !== undefined ? { schemaOut: values['schema-out'] } : {}),
      ...(values['config-out'] !== undefined ? { configOut: values['config-out'] } : {}),
      ...(values['workflow-out'] !== undefined ? { workflowOut: values['workflow-out'] } : {}),
    });
    writeInit(dir, plan, values.force === true);

    const out: string[] = [];
    const inferred = plan.inferred;
    if (inferred) {
      const rows = inferred.rows.toLocaleString('en-US');
      out.push(
        `Inferred a schema from ${inferred.truncated ? 'the first ' : ''}${rows} record${inferred.rows === 1 ? '' : 's'} of ${inferred.dataPath} (${inferred.format}):`,
      );
      const width = Math.max(...inferred.fields.map((f) => f.name.length), 4);
      for (const f of inferred.fields) {
        const notes = [
          f.required ? 'required' : 'optional',
          ...(f.enum !== undefined ? [`enum of ${f.enum}`] : []),
          ...(f.format ? [f.format] : []),
        ];
        out.push(`  ${f.name.padEnd(width)}  ${f.type.padEnd(14)}  ${notes.join(', ')}`);
      }
      out.push('');
    }
    for (const f of plan.files) out.push(`wrote ${f.path}`);
    out.push(
      '',
      'Next: review the files, try `modelgate run` locally, commit them, and require the',
      "'modelgate' status check in the branch protection of your default branch.",
    );
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  },
};
