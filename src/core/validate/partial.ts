// A shard's partial result: its own counts, violation groups and the mergeable state of every
// dataset check, with the shard's identity (entry id, i/n, digests of the entry's config, its
// schema and its reference, the input file list). It has no verdict: status `partial`, and only
// the merge (merge.ts) of all n shards of one entry gives one.
import { createHash } from 'node:crypto';
import {
  readResultFile,
  RESULT_SCHEMA_ID,
  type Problem,
  type Result,
  type ResultContext,
} from '../result.js';
import { VERSION } from '../../version.js';
import type { DataFile } from './files.js';
import type { SchemaBundle } from './schema.js';
import type { ShardPart } from './shard-ranges.js';
import type { PieceStart } from './shard.js';
import type { DatasetPartial } from '../dataset/partial-state.js';
import type { DatasetConfig } from '../dataset/types.js';
import type { CsvDialect, DataFormat, Group, ValidateDetails, ValidateOptions } from './types.js';
import type { SchemaWarning } from './schema-warnings.js';

export const PARTIAL_KIND = 'validate-partial';

/** What every shard of one entry must agree on; the merge refuses shards that do not. */
export interface ShardIdentity {
  index: number;
  count: number;
  /** sha256 of the entry's settings (schema path, format, thresholds, samples, dataset checks). */
  config: string;
  /** sha256 of the schema and every schema it $refs. */
  schema: string;
  /** sha256 of which reference the drift check read (absent without drift). */
  reference?: string;
  /** sha256 of the input file list (path, format, bytes). */
  input: string;
  files: Array<{ path: string; format: DataFormat; bytes: number }>;
}

/** The entry's settings the merge evaluates with (the same for every shard: see `config`). */
export interface EntrySettings {
  schemaFile: string;
  format?: DataFormat;
  csv?: CsvDialect;
  threshold: ValidateDetails['threshold'];
  samples: number;
  maxGroups: number;
  maxRecordBytes: number;
  dataset?: DatasetConfig;
  driftSampleSize?: number;
}

export interface PartialPart {
  /** Index among the input files. */
  file: number;
  /** Where the part's records start and its bytes end (a cut file); absent: the whole file. */
  start?: PieceStart;
  end?: number;
  rowGroups?: { from: number; to: number };
  rows: number;
  invalidRows: number;
  /**
   * A JSON Lines piece: `relative` when its line numbers (samples, errors, key runs, chunks)
   * count from its start, which the merge turns into the file's; `spans`: its lines.
   */
  lines?: { relative: boolean; spans: number };
  /** Violation groups; records count from the part's start. */
  groups: Group[];
}

export interface PartialDetails {
  shard: ShardIdentity;
  entry: EntrySettings;
  rows: number;
  invalidRows: number;
  parts: PartialPart[];
  schemaWarnings?: SchemaWarning[];
  dataset?: DatasetPartial;
  durationMs?: number;
}

export interface PartialResult {
  schema: typeof RESULT_SCHEMA_ID;
  kind: typeof PARTIAL_KIND;
  id: string;
  title: string;
  status: 'partial';
  summary: string;
  context: ResultContext;
  tool?: { name: 'modelgate'; version: string };
  createdAt?: string;
  errors?: Problem[];
  details: PartialDetails;
}

/**
 * Reads a result file through the contract, which lets partial results through as well as final
 * ones (`readResultFile` types only the final ones).
 */
export function readAnyResultFile(path: string, root?: string): Result | PartialResult {
  return readResultFile(path, undefined, root);
}

export function isPartialResult(r: Result | PartialResult): r is PartialResult {
  return r.kind === PARTIAL_KIND;
}

/** JSON with sorted keys: the same settings give the same digest whatever their order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

export function digest(v: unknown): string {
  return createHash('sha256').update(canonical(v)).digest('hex');
}

export function entrySettings(options: ValidateOptions, details: ValidateDetails): EntrySettings {
  return {
    schemaFile: options.schemaFile,
    ...(details.format ? { format: details.format } : {}),
    ...(options.csv ? { csv: options.csv } : {}),
    threshold: details.threshold,
    samples: options.samples ?? 5,
    maxGroups: options.maxGroups ?? 50,
    maxRecordBytes: details.maxRecordBytes ?? 16 * 1024 * 1024,
    ...(options.dataset ? { dataset: options.dataset } : {}),
    ...(options.driftSampleSize ? { driftSampleSize: options.driftSampleSize } : {}),
  };
}

export function shardIdentity(
  options: ValidateOptions,
  details: ValidateDetails,
  files: DataFile[],
  bundle: SchemaBundle | undefined,
  dataset: DatasetPartial | undefined,
): ShardIdentity {
  const list = files.map((f) => ({ path: f.path, format: f.format, bytes: f.bytes }));
  const shard = options.shard ?? { index: 1, count: 1 };
  return {
    index: shard.index,
    count: shard.count,
    config: digest({ data: options.data, ...entrySettings(options, details) }),
    schema: digest(
      bundle ? { root: bundle.root, refs: bundle.refs.map((r) => [r.uri, r.schema]) } : null,
    ),
    ...(dataset?.reference ? { reference: digest(dataset.reference) } : {}),
    input: digest(list),
    files: list,
  };
}

/** What a pass over the (shard's) input has when it ends. */
export interface PassTotals {
  context: ResultContext;
  started: number;
  files: DataFile[];
  bundle: SchemaBundle;
  details: ValidateDetails;
  errors: Problem[];
  meta: { id: string; title?: string };
}

export function partialResult(
  options: ValidateOptions,
  st: PassTotals,
  got: {
    /** Each part with its groups and the lines its pass read. */
    parts: Array<{ part: ShardPart; groups: Group[]; lines: number }>;
    dataset: DatasetPartial | undefined;
  },
): PartialResult {
  const { details } = st;
  const errors = [...st.errors, ...(got.dataset?.errors ?? [])];
  const shard = options.shard ?? { index: 1, count: 1 };
  return {
    schema: RESULT_SCHEMA_ID,
    kind: PARTIAL_KIND,
    id: st.meta.id,
    title: (st.meta.title ?? st.meta.id).slice(0, 200),
    status: 'partial',
    summary: `shard ${shard.index}/${shard.count}: ${details.rows.toLocaleString('en-US')} rows in ${got.parts.length} part${got.parts.length === 1 ? '' : 's'}, to be merged`,
    context: st.context,
    tool: { name: 'modelgate', version: VERSION },
    createdAt: new Date().toISOString(),
    ...(errors.length ? { errors } : {}),
    details: {
      shard: shardIdentity(options, details, st.files, st.bundle, got.dataset),
      entry: entrySettings(options, details),
      rows: details.rows,
      invalidRows: details.invalidRows,
      parts: got.parts.map(({ part, groups, lines }, i) => ({
        file: part.file,
        ...(part.range && !part.range.rowGroups
          ? { start: part.range.start, end: part.range.end }
          : {}),
        ...(part.range?.rowGroups ? { rowGroups: part.range.rowGroups } : {}),
        rows: details.files[i]?.rows ?? 0,
        invalidRows: details.files[i]?.invalidRows ?? 0,
        ...(part.lines ? { lines: { relative: part.lines.relative, spans: lines } } : {}),
        groups,
      })),
      ...(details.schemaWarnings ? { schemaWarnings: details.schemaWarnings } : {}),
      ...(got.dataset ? { dataset: got.dataset } : {}),
      durationMs: Math.round(performance.now() - st.started),
    },
  };
}
