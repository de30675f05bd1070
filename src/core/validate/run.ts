// validate: data files × one JSON Schema → a result. The adapters (action, CLI) only parse
// their inputs, call runValidate and present what comes back.
import { resolve } from 'node:path';
import {
  newResult,
  type Problem,
  type Result,
  type ResultContext,
  type Status,
  worstStatus,
} from '../result.js';
import { resolveData, type DataFile } from './files.js';
import { loadSchemaBundle, SchemaError, type SchemaBundle } from './schema.js';
import { formatShare, parseThreshold, thresholdStatus } from './threshold.js';
import { startDatasetChecks, type DatasetPass } from '../dataset/check.js';
import { datasetSummary } from '../dataset/summary.js';
import { ratchetExpectations, ratchetSchema } from '../dataset/ratchet.js';
import { prepareBase, type BaseData } from '../dataset/base-data.js';
import { InlineExecutor, WorkerExecutor, type Executor, type WorkerInit } from './executor.js';
import { readDataFile } from '../data/read-file.js';
import type { SourceOptions } from '../data/reader.js';
import { formatSpec } from '../data/registry.js';
import { readerOf } from '../data/readers.js';
import { shardParts, type ShardPart } from './shard-ranges.js';
import { defaultThreads, validateWorkerUrl, WORKER_MIN_BYTES, WorkerPool } from './worker-pool.js';
import { partialResult, type PartialResult, type PassTotals } from './partial.js';
import {
  DEFAULT_MAX_GROUPS,
  DEFAULT_MAX_RECORD_BYTES,
  DEFAULT_SAMPLES,
  type ChunkResult,
  type Group,
  type ValidateDetails,
  type ValidateOptions,
} from './types.js';

export type ValidateResult = Result<'validate', ValidateDetails>;

const DEFAULT_CHUNK_BYTES = 1024 * 1024;

class FileMerger {
  rows = 0;
  invalidRows = 0;
  /** Lines the chunks spanned (a JSON Lines piece's span, see shard-ranges.ts). */
  lines = 0;
  private lineBase = 0;
  private recordBase = 0;
  readonly groups = new Map<string, Group>();
  readonly problems: Problem[] = [];

  constructor(
    private readonly file: DataFile,
    private readonly samples: number,
    lineBase = 0,
  ) {
    this.lineBase = lineBase;
  }

  add(r: ChunkResult): void {
    for (const g of r.groups) {
      const key = `${g.schemaPath}\u0000${g.keyword}`;
      let fg = this.groups.get(key);
      if (!fg) {
        fg = {
          file: this.file.path,
          schemaPath: g.schemaPath,
          keyword: g.keyword,
          message: g.message,
          count: 0,
          share: 0,
          samples: [],
        };
        this.groups.set(key, fg);
      }
      fg.count += g.count;
      for (const s of g.samples) {
        if (fg.samples.length >= this.samples) break;
        fg.samples.push({
          ...s,
          line: s.line + this.lineBase,
          record: (s.record ?? 0) + this.recordBase,
        });
      }
    }
    for (const p of r.problems ?? [])
      this.problems.push({
        ...p,
        file: this.file.path,
        line: p.line !== undefined ? p.line + this.lineBase : undefined,
      });
    this.rows += r.rows;
    this.invalidRows += r.invalidRows;
    this.lineBase += r.lines;
    this.lines += r.lines;
    this.recordBase += r.rows;
  }
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function pickThreads(options: ValidateOptions, files: DataFile[]): { threads: number; url?: URL } {
  const url = options.workerUrl ?? validateWorkerUrl();
  if (!url) return { threads: 0 };
  // Compressed files count at a typical text ratio: what the workers get is the decompressed bytes.
  const streamed = files
    .filter((f) => readerOf(f.format).threaded)
    .reduce((n, f) => n + f.bytes * (f.compression ? 4 : 1), 0);
  if (options.threads !== undefined)
    return { threads: Math.max(0, Math.floor(options.threads)), url };
  if (streamed < WORKER_MIN_BYTES) return { threads: 0 };
  return { threads: defaultThreads(), url };
}

export async function runValidate(
  options: ValidateOptions,
  context: ResultContext = {},
  meta: { id: string; title?: string },
): Promise<ValidateResult> {
  if (options.shard) throw new Error('internal: a shard runs through runValidateShard');
  return (await runEntry(options, context, meta)) as ValidateResult;
}

/** One shard (options.shard) of an entry: a partial result, merged later (merge.ts). */
export async function runValidateShard(
  options: ValidateOptions,
  context: ResultContext,
  meta: { id: string; title?: string },
): Promise<PartialResult | ValidateResult> {
  if (!options.shard) throw new Error('internal: runValidateShard needs options.shard');
  return runEntry(options, context, meta);
}

const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The entry's limits and thresholds, its defaults filled in. */
function entrySettings(options: ValidateOptions) {
  const maxRaw = options.maxInvalidRows ?? '0';
  return {
    samples: options.samples ?? DEFAULT_SAMPLES,
    maxGroups: options.maxGroups ?? DEFAULT_MAX_GROUPS,
    maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES,
    max: parseThreshold(maxRaw, 'max-invalid-rows'),
    warn: options.warnInvalidRows
      ? parseThreshold(options.warnInvalidRows, 'warn-invalid-rows')
      : undefined,
    forced: options.format && options.format !== 'auto' ? options.format : undefined,
  };
}

type EntrySettings = ReturnType<typeof entrySettings>;

/** The details of an entry before any file is read. */
function initialDetails(options: ValidateOptions, s: EntrySettings): ValidateDetails {
  return {
    schemaFile: options.schemaFile,
    ...(s.forced ? { format: s.forced } : {}),
    rows: 0,
    invalidRows: 0,
    invalidShare: 0,
    threshold: { maxInvalidRows: s.max.raw, ...(s.warn ? { warnInvalidRows: s.warn.raw } : {}) },
    files: [],
    groups: [],
    maxRecordBytes: s.maxRecordBytes,
  };
}

/** The dataset checks, started when the entry configures them: they digest each record inside the pass. */
async function startDataset(
  options: ValidateOptions,
  files: DataFile[],
  bundle: SchemaBundle,
  dataRoot: string,
  s: EntrySettings,
): Promise<DatasetPass | undefined> {
  if (!options.dataset) return undefined;
  return startDatasetChecks({
    files,
    bundle,
    config: options.dataset,
    cwd: options.cwd,
    root: dataRoot,
    samples: s.samples,
    maxRecordBytes: s.maxRecordBytes,
    ...(options.driftSampleSize ? { sampleSize: options.driftSampleSize } : {}),
    ...(options.provider ? { provider: options.provider } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.workers ? { workers: options.workers } : {}),
  });
}

/** The entry's data files; their worker threads start as soon as they are known. */
async function resolveInput(
  options: ValidateOptions,
  forced: EntrySettings['forced'],
  dataRoot: string,
): Promise<Awaited<ReturnType<typeof resolveData>>> {
  const resolved = await resolveData(options.data, options.cwd, forced, dataRoot, options.csv);
  if (!resolved.problems.length) {
    // Their modules load while this thread compiles the schema and plans the pass.
    const { threads, url } = pickThreads(options, resolved.files);
    options.workers?.warm(url, threads);
  }
  return resolved;
}

/** An entry's run with its worker threads started as soon as its input is known. */
async function runEntry(
  options: ValidateOptions,
  context: ResultContext,
  meta: { id: string; title?: string },
): Promise<ValidateResult | PartialResult> {
  const workers = options.workers ?? new WorkerPool();
  try {
    return await runEntryWith({ ...options, workers }, context, meta);
  } finally {
    // The workers the run took are its own (closed by it); the others end here, even on error.
    await workers.close();
  }
}

async function runEntryWith(
  options: ValidateOptions,
  context: ResultContext,
  meta: { id: string; title?: string },
): Promise<ValidateResult | PartialResult> {
  const started = performance.now();
  if (!ENTRY_ID.test(meta.id)) {
    throw new Error(
      `id must be letters, digits, '.', '_' or '-' (starting with a letter or digit), got ${JSON.stringify(meta.id)}`,
    );
  }
  const settings = entrySettings(options);
  const details = initialDetails(options, settings);
  const errors: Problem[] = [];
  const finish = (status: Status, summary: string): ValidateResult => {
    details.durationMs = Math.round(performance.now() - started);
    return newResult<'validate', ValidateDetails>({
      kind: 'validate',
      id: meta.id,
      title: (meta.title ?? meta.id).slice(0, 200),
      status,
      summary,
      context,
      ...(errors.length ? { errors } : {}),
      details,
    });
  };

  const dataRoot = options.dataRoot ?? options.root ?? options.cwd;
  const resolved = await resolveInput(options, settings.forced, dataRoot);
  errors.push(...resolved.problems);
  let bundle: SchemaBundle;
  try {
    bundle = await loadSchemaBundle(options.schemaFile, options.cwd, options.root ?? options.cwd);
  } catch (err) {
    if (!(err instanceof SchemaError)) throw err;
    errors.push({ message: err.message, file: err.file, ...(err.key ? { key: err.key } : {}) });
    return finish('error', `cannot validate: ${err.message}`);
  }
  if (bundle.warnings.length) details.schemaWarnings = bundle.warnings;
  if (options.shard && options.dataset?.ratchet)
    errors.push({
      message: 'the ratchet does not run in shards yet: run this entry in one job',
      key: 'ratchet',
    });
  if (errors.length) {
    return finish(
      'error',
      `cannot validate: ${errors.map((e) => (e.file ? `${e.file}: ${e.message}` : e.message)).join('; ')}`,
    );
  }

  const files = resolved.files;
  // The dataset checks read the reference while this pass reads the data.
  const dataset = await startDataset(options, files, bundle, dataRoot, settings);
  try {
    const { samples, maxGroups, maxRecordBytes, max, warn } = settings;
    return await validateFiles(options, dataset, {
      context,
      started,
      files,
      bundle,
      details,
      errors,
      finish,
      samples,
      maxGroups,
      maxRecordBytes,
      max,
      warn,
      meta,
    });
  } finally {
    await dataset?.close();
  }
}

interface PassState extends PassTotals {
  finish: (status: Status, summary: string) => ValidateResult;
  samples: number;
  maxGroups: number;
  maxRecordBytes: number;
  max: ReturnType<typeof parseThreshold>;
  warn: ReturnType<typeof parseThreshold> | undefined;
}

/** Where the pass's chunks are validated: worker threads for big inputs, else this thread. */
interface PassExecutors {
  executor: Executor;
  /** This thread's executor, made on first use (a `.json` file is scanned here). */
  inline: () => Promise<Executor>;
  source: SourceOptions;
}

async function passExecutors(
  options: ValidateOptions,
  dataset: DatasetPass | undefined,
  st: PassState,
): Promise<PassExecutors> {
  const { files, bundle, samples, maxRecordBytes } = st;
  const { threads, url } = pickThreads(options, files);
  options.onStart?.({
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    threads,
  });
  const init: WorkerInit = {
    bundle,
    samples,
    layouts: files.map((f) => formatSpec(f.format).layout),
    ...(dataset?.plan ? { plan: dataset.plan } : {}),
  };
  // The main thread compiles its own validators only when it validates (JSON files, no workers).
  let inline: InlineExecutor | undefined;
  const getInline = async () => (inline ??= await InlineExecutor.create(init));
  const executor: Executor =
    threads > 0 && url
      ? WorkerExecutor.create(init, threads, url, options.workers)
      : await getInline();
  // Every worker the run needs is taken now (the reference's, by the dataset checks): the
  // others stop loading.
  await options.workers?.close();
  const source = {
    chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
    maxRecordBytes,
    samples,
    window: Math.max(2, executor.threads * 3),
  };
  return { executor, inline: getInline, source };
}

/** What the pass has read so far, across files (for progress). */
interface PassProgress {
  bytesBefore: number;
  totalBytes: number;
}

/** Reads one part (a file, or a shard's piece of one) into a merger, reporting progress. */
async function readPart(
  options: ValidateOptions,
  dataset: DatasetPass | undefined,
  st: PassState,
  x: PassExecutors,
  part: ShardPart,
  progress: PassProgress,
): Promise<FileMerger> {
  const { details, samples } = st;
  const file = st.files[part.file] as DataFile;
  let merger = new FileMerger(file, samples);
  let fileBytes = 0;
  const report = () =>
    options.onProgress?.({
      file: file.path,
      rows: details.rows + merger.rows,
      invalidRows: details.invalidRows + merger.invalidRows,
      bytes: progress.bytesBefore + Math.min(fileBytes, file.bytes),
      totalBytes: progress.totalBytes,
    });
  await readDataFile(file, st.bundle, {
    executor: x.executor,
    inline: x.inline,
    opts: x.source,
    ...(part.range ? { range: part.range } : {}),
    onStart: (header) => {
      merger = new FileMerger(file, samples, header.lines);
      dataset?.startFile(part.file, header.lines);
      fileBytes = header.offset;
      st.errors.push(...header.problems);
    },
    onResult: (r) => {
      merger.add(r);
      dataset?.add(r);
      fileBytes += r.bytes ?? 0;
      report();
    },
  });
  fileBytes = file.bytes;
  report();
  progress.bytesBefore += file.bytes;
  return merger;
}

/** A part's merged counts and groups into the entry's details; its groups, for a partial. */
function addPart(
  options: ValidateOptions,
  st: PassState,
  file: DataFile,
  merger: FileMerger,
  groups: Group[],
): Group[] {
  const { details, errors } = st;
  errors.push(...merger.problems);
  // A shard's piece may hold no record; the merge judges the file as a whole.
  if (merger.rows === 0 && !options.shard && !errors.some((e) => e.file === file.path)) {
    errors.push({ message: 'file has no records', file: file.path });
  }
  details.files.push({
    path: file.path,
    format: file.format,
    rows: merger.rows,
    invalidRows: merger.invalidRows,
    bytes: file.bytes,
  });
  for (const g of merger.groups.values()) {
    g.share = merger.rows ? g.count / merger.rows : 0;
    groups.push(g);
  }
  details.rows += merger.rows;
  details.invalidRows += merger.invalidRows;
  return [...merger.groups.values()];
}

async function validateFiles(
  options: ValidateOptions,
  dataset: DatasetPass | undefined,
  st: PassState,
): Promise<ValidateResult | PartialResult> {
  const { files } = st;
  const x = await passExecutors(options, dataset, st);
  const groups: Group[] = [];
  const progress = { bytesBefore: 0, totalBytes: files.reduce((n, f) => n + f.bytes, 0) };
  const read: Array<{ part: ShardPart; groups: Group[]; lines: number }> = [];
  try {
    // Planned while the workers compile the schema (a CSV cut scans the file up to it).
    const parts: ShardPart[] = options.shard
      ? await shardParts(files, options.shard, st.bundle, st.maxRecordBytes)
      : files.map((_, file) => ({ file }));
    for (const part of parts) {
      const merger = await readPart(options, dataset, st, x, part, progress);
      const partGroups = addPart(options, st, files[part.file] as DataFile, merger, groups);
      read.push({ part, groups: partGroups, lines: merger.lines });
    }
  } finally {
    await x.executor.close();
  }
  if (options.shard)
    return partialResult(options, st, { parts: read, dataset: await dataset?.partial() });
  return concludeValidate(
    options,
    dataset,
    { ...st, fileCount: files.length, dataFiles: files },
    groups,
  );
}

type DatasetSettings = NonNullable<ValidateOptions['dataset']>;
type RatchetSettings = NonNullable<DatasetSettings['ratchet']>;
type DatasetOutcome = Awaited<ReturnType<DatasetPass['finish']>>;
type Describe = (status: Status, beyond?: string) => string;

/** Worst groups first, at most `maxGroups` of them kept; ties keep file order (the sort is stable). */
function rankGroups(details: ValidateDetails, groups: Group[], maxGroups: number): void {
  groups.sort((a, b) => b.count - a.count);
  details.groups = groups.slice(0, maxGroups);
  if (groups.length > maxGroups) details.omittedGroups = groups.length - maxGroups;
  details.invalidShare = details.rows ? details.invalidRows / details.rows : 0;
}

/** The schema half of the summary, for a status (and what the ratchet adds). */
function schemaDescriber(
  details: ValidateDetails,
  fileCount: number,
  max: PassState['max'],
  warn: PassState['warn'],
): Describe {
  const pct = details.rows ? ` (${formatShare(details.invalidShare)})` : '';
  return (status, beyond = '') =>
    details.invalidRows === 0
      ? `all ${plural(details.rows, 'row')} in ${plural(fileCount, 'file')} match the schema`
      : `${details.invalidRows.toLocaleString('en-US')} of ${plural(details.rows, 'row')}${pct} violate the schema${beyond}` +
        (status === 'fail'
          ? `: more than max-invalid-rows ${max.raw}`
          : status === 'warn'
            ? `: more than warn-invalid-rows ${warn?.raw}`
            : `, within max-invalid-rows ${max.raw}`);
}

function ratchetKey(ratchet: RatchetSettings): string {
  return ratchet.base_dir !== undefined ? 'ratchet.base_dir' : 'ratchet.base';
}

/** The base branch's data for the ratchet, or undefined with the reason in `errors`. */
async function ratchetBase(
  options: ValidateOptions,
  config: DatasetSettings,
  ratchet: RatchetSettings,
  files: DataFile[] | undefined,
  errors: Problem[],
): Promise<BaseData | undefined> {
  try {
    if (!files) throw new Error('the ratchet runs only in one pass over the data files');
    return await prepareBase(ratchet, files, {
      cwd: options.cwd,
      root: options.root ?? options.cwd,
      ...(config.splits ? { splits: config.splits } : {}),
      ...(options.provider ? { provider: options.provider } : {}),
    });
  } catch (err) {
    errors.push({ message: (err as Error).message, key: ratchetKey(ratchet) });
    return undefined;
  }
}

/** This entry run on the base branch's data, without drift or ratchet; undefined for an empty base. */
async function validateBase(
  options: ValidateOptions,
  config: DatasetSettings,
  base: BaseData,
  meta: PassState['meta'],
): Promise<ValidateResult | undefined> {
  // No data file on the base at all: an empty base, every row is new debt.
  if (base.data !== undefined && base.data.length === 0) return undefined;
  return runValidate(
    {
      ...options,
      schemaFile: resolve(options.cwd, options.schemaFile),
      ...(base.data ? { data: base.data } : {}),
      cwd: base.dir,
      root: options.root ?? options.cwd,
      dataRoot: base.root,
      dataset: {
        ...config,
        ...(base.splits ? { splits: base.splits } : {}),
        // Leakage needs two splits; a base with fewer has none to report.
        ...(base.splits && Object.keys(base.splits).length < 2 && config.expectations
          ? { expectations: { ...config.expectations, leakage: undefined } }
          : {}),
        drift: undefined,
        ratchet: undefined,
      },
      onStart: undefined,
      onProgress: undefined,
    },
    {},
    meta,
  );
}

/**
 * The schema verdict measured against the base branch's (the dataset expectations' too, in
 * `outcome`): the new status and summary, or undefined with the reason in `st.errors`.
 */
async function ratchetVerdict(
  options: ValidateOptions,
  config: DatasetSettings,
  ratchet: RatchetSettings,
  base: BaseData,
  outcome: DatasetOutcome,
  st: Pick<PassState, 'details' | 'errors' | 'max' | 'warn' | 'meta'>,
  describe: Describe,
): Promise<{ status: Status; summary: string } | undefined> {
  const policy = ratchet.policy ?? 'new-only';
  const baseRun = await validateBase(options, config, base, st.meta);
  if (baseRun?.status === 'error') {
    st.errors.push({
      message: `ratchet: the base branch's data could not be checked: ${baseRun.summary}`,
      key: ratchetKey(ratchet),
    });
    return undefined;
  }
  const baseDetails = baseRun?.details ?? { rows: 0, invalidRows: 0, groups: [] };
  const r = ratchetSchema(
    st.details,
    baseDetails as ValidateDetails,
    { baseDir: base.label, policy, baseStatus: baseRun?.status ?? 'pass' },
    st.max,
    st.warn,
  );
  st.details.ratchet = {
    ...r.info,
    ...base.info,
    ...(base.missingFiles.length ? { missingFiles: base.missingFiles } : {}),
  };
  const summary = describe(
    r.status,
    ` (${r.info.introducedInvalidRows.toLocaleString('en-US')} more than the base branch's ${r.info.baseInvalidRows.toLocaleString('en-US')}${policy === 'new-only' ? '; new-only gates on those' : ''})`,
  );
  ratchetExpectations(outcome.details, baseRun?.details.dataset, policy);
  return { status: r.status, summary };
}

/** What concluding needs of a pass or a merge. */
export interface Conclusion extends Pick<
  PassState,
  'details' | 'errors' | 'finish' | 'maxGroups' | 'max' | 'warn' | 'meta'
> {
  fileCount: number;
  /** The data files, for the ratchet's base run (a merge has none: shards refuse a ratchet). */
  dataFiles?: DataFile[];
}

/** Thresholds, the dataset checks' verdicts and the ratchet, on the totals of the pass (or merge). */
export async function concludeValidate(
  options: ValidateOptions,
  dataset: Pick<DatasetPass, 'finish'> | undefined,
  st: Conclusion,
  groups: Group[],
): Promise<ValidateResult> {
  const { fileCount, details, errors, finish, maxGroups, max, warn } = st;
  rankGroups(details, groups, maxGroups);
  if (errors.length) {
    return finish(
      'error',
      `cannot validate: ${errors.map((e) => `${e.file ? `${e.file}${e.line ? `:${e.line}` : ''}: ` : ''}${e.message}`).join('; ')}`.slice(
        0,
        1000,
      ),
    );
  }
  let schemaStatus = thresholdStatus(max, warn, details.invalidRows, details.rows);
  const describe = schemaDescriber(details, fileCount, max, warn);
  let schemaSummary = describe(schemaStatus);
  if (!options.dataset || !dataset) return finish(schemaStatus, schemaSummary);
  const outcome = await dataset.finish(details.files.map((f) => f.rows));
  details.dataset = outcome.details;
  errors.push(...outcome.errors);
  const ratchet = options.dataset.ratchet;
  const base =
    ratchet && !errors.length
      ? await ratchetBase(options, options.dataset, ratchet, st.dataFiles, errors)
      : undefined;
  try {
    if (ratchet && base && !errors.length) {
      const verdict = await ratchetVerdict(
        options,
        options.dataset,
        ratchet,
        base,
        outcome,
        st,
        describe,
      );
      if (verdict) ({ status: schemaStatus, summary: schemaSummary } = verdict);
    }
  } finally {
    await base?.cleanup();
  }
  if (errors.length)
    return finish(
      'error',
      `cannot run the dataset checks: ${errors.map((e) => `${e.file ? `${e.file}: ` : ''}${e.key ? `${e.key}: ` : ''}${e.message}`).join('; ')}`.slice(
        0,
        1000,
      ),
    );
  return finish(
    worstStatus([schemaStatus, outcome.details.status]),
    `${schemaSummary}; ${datasetSummary(outcome.details)}`,
  );
}
