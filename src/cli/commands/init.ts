import { parseCliArgs, POSITIONAL, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { MAX_ROWS } from '../../core/init/infer.js';
import { DEFAULT_CONFIG_PATH } from '../../core/conventions/paths.js';
import {
  DEFAULT_WORKFLOW_PATH,
  planInit,
  writeInit,
  type InitOptions,
  type InitPlan,
} from '../../core/init/init.js';
import { runCommandFor } from '../../core/init/templates.js';
import { SAMPLE_FORMATS, type SampleFormat } from '../../core/init/sample.js';
import { orList } from '../../core/data/registry.js';

const FORMATS = ['auto', ...SAMPLE_FORMATS] as const;

const usage = `Usage: modelgate init --data FILE [options]

Infers a JSON Schema for one record of a sample data file (JSON Lines, CSV, TSV or a JSON array),
then writes it, a config (${DEFAULT_CONFIG_PATH}) whose validate entry checks the sample against
it, and a pull-request workflow (${DEFAULT_WORKFLOW_PATH}). The schema covers types, required
keys, enums for low-cardinality string columns, nullable columns, date and date-time formats.
Review it before relying on it. Nothing is written unless every file can be.

Options:
  --data FILE            sample data file to infer the schema from (required)
  --format FORMAT        ${orList(FORMATS).replace('auto', 'auto (by extension, default)')}
  --max-rows N           records to read from the sample (default ${MAX_ROWS})
  --id ID                the validate entry's id (default: from the data file's name)
  --report-id ID         the sticky comment's id (default modelgate; for another --config-out,
                         modelgate-<its name>, so two configs keep two comments)
  --status-context NAME  the commit status to require in branch protection (default: the report id)
  --schema-out PATH      where to write the schema (default schemas/<data name>.schema.json)
  --config-out PATH      where to write the config (default ${DEFAULT_CONFIG_PATH})
  --workflow-out PATH    where to write the workflow (default .github/workflows/<report id>.yml)
  --dir DIR              repository root; every path above is relative to it (default .)
  --force                overwrite files that already exist

Exit codes: 0 files written, 2 bad usage or input (nothing written).

Examples:
  modelgate init --data data/train.csv
  modelgate init --data data/rows.jsonl --schema-out data/row.schema.json
  modelgate init --data eval/holdout.csv --config-out .github/modelgate-holdout.yml
`;

const HINTS = {
  [POSITIONAL]: 'the sample data file goes after --data: modelgate init --data FILE',
  '--schema': 'the schema is inferred from --data; --schema-out PATH says where it is written',
  '--config': '--config-out PATH says where the config is written',
  '--workflow': '--workflow-out PATH says where the workflow is written',
};

function parse(argv: string[]) {
  const { values } = parseCliArgs(
    {
      args: argv,
      allowPositionals: false,
      options: {
        data: { type: 'string' },
        format: { type: 'string' },
        'max-rows': { type: 'string' },
        id: { type: 'string' },
        'report-id': { type: 'string' },
        'status-context': { type: 'string' },
        'schema-out': { type: 'string' },
        'config-out': { type: 'string' },
        'workflow-out': { type: 'string' },
        dir: { type: 'string' },
        force: { type: 'boolean' },
      },
    },
    HINTS,
  );
  if (values.data === undefined) {
    throw new UsageError(
      'init needs a sample of the data to gate: modelgate init --data FILE (JSON Lines, CSV, TSV or a JSON array); the schema is inferred from it',
    );
  }
  const format = values.format ?? 'auto';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${format}'`);
  }
  const maxRows = values['max-rows'];
  if (maxRows !== undefined && !/^[1-9][0-9]*$/.test(maxRows)) {
    throw new UsageError(`--max-rows must be a whole number ≥ 1, got '${maxRows}'`);
  }
  const optional = {
    maxRows: maxRows === undefined ? undefined : Number(maxRows),
    id: values.id,
    reportId: values['report-id'],
    statusContext: values['status-context'],
    schemaOut: values['schema-out'],
    configOut: values['config-out'],
    workflowOut: values['workflow-out'],
  };
  const options: InitOptions = {
    dir: values.dir ?? '.',
    data: values.data,
    format: format as SampleFormat | 'auto',
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(options, { [key]: value });
  }
  return { options, force: values.force === true };
}

function summary(plan: InitPlan, options: InitOptions): string[] {
  const out: string[] = [];
  const inferred = plan.inferred;
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
  for (const f of plan.files) out.push(`wrote ${f.path}`);
  const run =
    runCommandFor(plan.configPath) + (options.dir === '.' ? '' : ` --root ${options.dir}`);
  out.push(
    '',
    'Next:',
    '  1. review the files (the schema is a guess from the sample);',
    `  2. try it: ${run}`,
    '  3. commit them, and in the branch protection of your default branch require the',
    `     '${plan.report.statusContext}' status check.`,
  );
  return out;
}

export const initCommand: Command = {
  name: 'init',
  summary: 'Infer a schema from sample data; write a starter config and workflow',
  usage,
  async run(argv) {
    const { options, force } = parse(argv);
    const plan = await planInit(options);
    writeInit(options.dir, plan, force);
    process.stdout.write(summary(plan, options).join('\n') + '\n');
    return 0;
  },
};
