// `modelgate validate`: the validate action's engine in a terminal. The heavy engine is
// imported only when the command runs, so `modelgate --help` stays instant.
import { RESULTS_DIR } from '../../core/conventions/paths.js';
import { resultPathInside } from '../../core/checks/select.js';
import { resolve } from 'node:path';
import { parseCliArgs, wholeNumber } from '../args.js';
import type { Command } from '../command.js';
import type { ValidateOptions } from '../../core/validate/types.js';
import { runPool, type WorkerPool } from '../../core/validate/worker-pool.js';
import { FORMAT_NAMES, extensionsOf, formatsWith, orList } from '../../core/data/registry.js';

const FORMATS = ['auto', ...FORMAT_NAMES] as const;

const usage = `Usage: modelgate validate --schema FILE [options] DATA...
       modelgate validate --config FILE [--id ID] [options]

Validates data files (JSON Lines, JSON, CSV, TSV, Parquet, Arrow IPC) against a JSON Schema (2020-12 or draft-07),
streaming, and writes a result file (kind validate) for \`modelgate report\` and \`modelgate gate\`.
DATA are files or globs; the format comes from the extension (${extensionsOf(formatsWith('text'))}),
each optionally compressed (.jsonl.gz, .csv.zst, ...: decompressed while streaming), or
Parquet (.parquet: read row group by row group) or Arrow IPC (.arrow, .feather: read whole into
memory, then batch by batch); Parquet and Arrow samples are located by row, not line.

Options:
  --schema FILE              the JSON Schema every record must satisfy
  --format F                 ${orList(FORMATS).replace('auto', 'auto (default)')} for every file
  --delimiter C              CSV/TSV field delimiter, one character (e.g. ';', '|', tab as '\\t')
  --decimal M                decimal mark of CSV/TSV numbers: '.' (default) or ','
  --null-values LIST         comma-separated cells read as null where the schema allows null
                             (default: only the empty cell; e.g. ',NA,N/A')
  --max-invalid-rows N       fail above N invalid rows, or above a share like 0.5% (default 0)
  --warn-invalid-rows N      warn above N invalid rows (or a share)
  --id ID                    result id (default data); with --config: which validate entry
  --title TEXT               heading in reports (default the id)
  --config FILE              take the check from a config file's validate: list
  --baseline-ref REF         commit or branch a base_branch drift reference or ratchet base is
                             read at with git (default origin/HEAD); an artifact needs the action
  --result-path PATH         where to write the result (default ${RESULTS_DIR}/<id>.json)
  --no-result                do not write a result file
  --dir DIR                  workspace root; paths are relative to it (default .)
  --samples K                example records kept per group of violations (default 5)
  --threads N                worker threads (default: the cores, for inputs over 8 MB; 0: none)
  --shard I/N                read only shard I of N of the input and write a partial result
                             (default modelgate-partials/<id>.<I>-of-<N>.json); merge all N
                             with \`modelgate merge\` (or give them to report/gate)
  --json                     print the result JSON instead of the report

Exit codes: 0 pass or warn, 1 too many invalid rows, 2 bad usage or input (status error).

Examples:
  modelgate validate --schema schemas/row.json data/train/*.jsonl
  modelgate validate --schema row.schema.json --max-invalid-rows 0.1% data.csv
  modelgate validate --config .github/modelgate.yml --id training-data
  modelgate validate --config .github/modelgate.yml --id training-data --shard 3/8
`;

const HINTS = {
  '--data': 'data files are positional: modelgate validate --schema S FILE…',
  '--results-dir': 'the result file goes to --result-path FILE',
  '--root': 'the workspace root is --dir DIR',
};

/** The CSV dialect flags, checked; undefined when none is given. */
function dialectFromFlags(values: {
  delimiter?: string;
  decimal?: string;
  'null-values'?: string;
}): { delimiter?: string; decimal?: '.' | ','; nullValues?: string[] } | undefined {
  const { delimiter, decimal } = values;
  const nulls = values['null-values'];
  if (delimiter === undefined && decimal === undefined && nulls === undefined) return undefined;
  const d = delimiter === '\\t' ? '\t' : delimiter;
  if (d !== undefined && (d.length !== 1 || d === '"' || d === '\n' || d === '\r'))
    throw new Error(
      `--delimiter must be one character other than a quote or newline, got '${delimiter}'`,
    );
  if (decimal !== undefined && decimal !== '.' && decimal !== ',')
    throw new Error(`--decimal must be '.' or ',', got '${decimal}'`);
  return {
    ...(d !== undefined ? { delimiter: d } : {}),
    ...(decimal !== undefined ? { decimal } : {}),
    ...(nulls !== undefined ? { nullValues: nulls.split(',') } : {}),
  };
}

const VALIDATE_OPTIONS = {
  schema: { type: 'string' },
  format: { type: 'string' },
  delimiter: { type: 'string' },
  decimal: { type: 'string' },
  'null-values': { type: 'string' },
  'max-invalid-rows': { type: 'string' },
  'warn-invalid-rows': { type: 'string' },
  id: { type: 'string' },
  title: { type: 'string' },
  config: { type: 'string' },
  'baseline-ref': { type: 'string' },
  'result-path': { type: 'string' },
  'no-result': { type: 'boolean' },
  dir: { type: 'string' },
  samples: { type: 'string' },
  threads: { type: 'string' },
  shard: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** The check to run: the config's entry (`--config`), or one built from `--schema` and DATA. */
async function entryOptions(
  values: {
    config?: string;
    id?: string;
    title?: string;
    schema?: string;
    format?: string;
    'baseline-ref'?: string;
  },
  positionals: string[],
  cwd: string,
): Promise<{ id: string; title: string | undefined; options: ValidateOptions }> {
  if (values.config) {
    const { fromConfig } = await import('../../core/checks/validate.js');
    const picked = fromConfig(values.config, values.id, cwd, {
      configName: values.config,
      idName: '--id',
    });
    const options = picked.options;
    if (picked.readsBase) {
      const { gitProvider } = await import('../../core/providers/git.js');
      options.provider = gitProvider(cwd, values['baseline-ref'] ?? 'origin/HEAD');
    }
    return { id: picked.id, title: values.title ?? picked.title, options };
  }
  if (!values.schema) throw new Error('--schema is required (or --config)');
  if (positionals.length === 0) throw new Error('give at least one data file or glob');
  const options: ValidateOptions = {
    schemaFile: values.schema,
    data: positionals,
    cwd,
    root: cwd,
    format: (values.format ?? 'auto') as (typeof FORMATS)[number],
  };
  return { id: values.id ?? 'data', title: values.title, options };
}

type ValidateValues = ReturnType<typeof parseValidateArgs>['values'];

function parseValidateArgs(argv: string[]) {
  return parseCliArgs({ args: argv, allowPositionals: true, options: VALIDATE_OPTIONS }, HINTS);
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Validate datasets against a JSON Schema',
  usage,
  async run(argv) {
    const { values, positionals } = parseValidateArgs(argv);
    const threads = wholeNumber('threads', values.threads);
    // A shard's worker threads load their modules while this thread loads the engine.
    const workers = runPool(values.shard !== undefined, threads);
    try {
      return await validateWith(values, positionals, { workers, threads });
    } finally {
      await workers.close();
    }
  },
};

async function validateWith(
  values: ValidateValues,
  positionals: string[],
  run: { workers: WorkerPool; threads: number | undefined },
): Promise<number> {
  const cwd = resolve(values.dir ?? '.');
  const { runValidate, textReport } = await import('../../core/validate/index.js');
  const { writeResultFile } = await import('../../core/result.js');
  const formats = FORMATS;
  if (values.format && !(formats as readonly string[]).includes(values.format)) {
    throw new Error(`--format must be one of ${formats.join(', ')}, got '${values.format}'`);
  }

  const { id, title, options } = await entryOptions(values, positionals, cwd);
  options.workers = run.workers;
  if (values['max-invalid-rows'] !== undefined) options.maxInvalidRows = values['max-invalid-rows'];
  if (values['warn-invalid-rows'] !== undefined)
    options.warnInvalidRows = values['warn-invalid-rows'];
  if (values.format) options.format = values.format as (typeof formats)[number];
  const dialect = dialectFromFlags(values);
  if (dialect) options.csv = { ...options.csv, ...dialect };
  const samples = wholeNumber('samples', values.samples);
  if (samples !== undefined) options.samples = Math.max(1, samples);
  if (run.threads !== undefined) options.threads = run.threads;
  if (!values.json) {
    options.onStart = ({ files, bytes, threads: t }) =>
      process.stderr.write(
        `validating ${files} file${files === 1 ? '' : 's'} (${(bytes / 1e6).toFixed(1)} MB) against ${options.schemaFile}${t ? ` on ${t} threads` : ''}\n`,
      );
  }

  if (values.shard !== undefined) {
    const { runShardCli } = await import('../../core/validate/shard-run.js');
    const shardMeta = { id, ...(title ? { title } : {}) };
    const out = await runShardCli(options, values.shard, shardMeta, {
      cwd,
      ...(values['result-path'] ? { resultPath: values['result-path'] } : {}),
      write: !values['no-result'],
    });
    process.stdout.write(values.json ? JSON.stringify(out.result, null, 2) + '\n' : out.text);
    return out.code;
  }
  const path = values['no-result']
    ? undefined
    : resultPathInside(cwd, values['result-path'], 'validate', id, '--result-path');
  const result = await runValidate(options, {}, { id, ...(title ? { title } : {}) });
  if (path) writeResultFile(path, result, cwd);
  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else process.stdout.write(textReport(result, process.stdout.isTTY === true).join('\n') + '\n');
  return result.status === 'error' ? 2 : result.status === 'fail' ? 1 : 0;
}
