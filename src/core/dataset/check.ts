// The dataset checks of one validate entry. They ride along validate's own pass over the data
// files (each record is parsed once, its digest made where it is parsed, see digest.ts) while the
// reference files are read beside it; then the verdicts.
import { compactNumber } from '../conventions/format.js';
import { worseFirst } from '../conventions/status.js';
import { holm } from '../../stats/adjust.js';
import { worstStatus, type Problem, type Status } from '../result.js';
import { resolveData, type DataFile } from '../validate/files.js';
import type { SchemaBundle } from '../validate/schema.js';
import { parseThreshold } from '../validate/threshold.js';
import type { ChunkResult } from '../validate/chunk.js';
import { DEFAULT_SAMPLE_SIZE, categoricalDrift, numericDrift } from './drift.js';
import type { DigestPlan } from './digest.js';
import {
  Expectations,
  MAX_NEW_VALUES,
  type Check,
  type ChunkOrigin,
  type Pending,
} from './expect.js';
import { readBack } from './read.js';
import { resolveReference, type ResolvedReference } from './reference.js';
import type { BaselineProvider } from '../providers/provider.js';
import type { ShardSpec } from '../validate/shard-spec.js';
import { planShard } from '../validate/shard.js';
import { datasetWorkerUrl, type WorkerPool } from '../validate/worker-pool.js';
import { encodeProfiles, type DatasetPartial } from './partial-state.js';
import { StateWriter, withStateBytes } from './state-file.js';
import {
  DriftSide,
  startReference,
  type ReferenceOutcome,
  type RunningReference,
} from './profile.js';
import type {
  DatasetConfig,
  DatasetDetails,
  DriftColumn,
  ExpectationResult,
  ReferenceInfo,
} from './types.js';

export const DEFAULT_PSI_WARN = 0.1;
export const DEFAULT_PSI_FAIL = 0.25;
export const DEFAULT_BINS = 10;
export const DEFAULT_ALPHA = 0.05;

export interface DatasetRunOptions {
  files: DataFile[];
  bundle: SchemaBundle;
  config: DatasetConfig;
  cwd: string;
  /** The workspace: no split or reference file may leave it. Defaults to `cwd`. */
  root?: string;
  samples: number;
  maxRecordBytes: number;
  /** Reservoir size per column and side (tests make it small to exercise sampling). */
  sampleSize?: number;
  seed?: number;
  /** The reference worker script; null reads the reference in this thread. */
  workerUrl?: URL | null;
  /** Materialises base-branch and artifact references; without it those sources are an error. */
  provider?: BaselineProvider;
  /** Shard mode: this shard's part of the reference, and keep mergeable state (partial.ts). */
  shard?: ShardSpec;
  /** Started worker threads to take the reference's worker from. */
  workers?: WorkerPool;
}

export interface DatasetOutcome {
  details: DatasetDetails;
  errors: Problem[];
}

function fmt(x: number): string {
  return compactNumber(x, { digits: 3, small: 1e-3, large: 1000, expDigits: 2 });
}

function pct(x: number): string {
  return `${Number((x * 100).toPrecision(3))}%`;
}

function verdict(
  c: Check,
  rows: number,
): Pick<ExpectationResult, 'status' | 'reason' | 'share' | 'observed'> {
  if (c.kind === 'null_share') {
    const share = c.checked ? c.unexpected / c.checked : 0;
    const ok = share <= (c.maxShare as number);
    return {
      share,
      observed: share,
      status: ok ? 'pass' : c.severity,
      reason: `${c.unexpected.toLocaleString('en-US')} of ${c.checked.toLocaleString('en-US')} rows null (${pct(share)}), allowed ${pct(c.maxShare as number)}`,
    };
  }
  const share = c.checked ? c.unexpected / c.checked : 0;
  if (c.checked === 0) {
    return {
      share,
      status: rows > 0 && c.kind !== 'leakage' ? 'error' : 'pass',
      reason:
        c.kind === 'leakage'
          ? 'no rows in the splits'
          : rows > 0
            ? `no non-null values${c.column !== undefined ? ` in column ${JSON.stringify(c.column)}` : ''}: nothing to check`
            : 'no rows',
    };
  }
  const ok = 1 - share >= c.mostly;
  const noun =
    c.kind === 'duplicates'
      ? 'duplicated rows'
      : c.kind === 'leakage'
        ? 'rows leaked across splits'
        : c.kind === 'unique'
          ? 'repeated values'
          : 'unexpected values';
  return {
    share,
    status: ok ? 'pass' : c.severity,
    reason: `${c.unexpected.toLocaleString('en-US')} ${noun} of ${c.checked.toLocaleString('en-US')} (${pct(share)})${c.mostly < 1 ? `, mostly ${c.mostly} allows ${pct(1 - c.mostly)}` : ''}`,
  };
}

function rowCountChecks(
  config: NonNullable<NonNullable<DatasetConfig['expectations']>['row_count']>,
  rows: number,
  refRows: number | undefined,
  errors: Problem[],
  missing?: { status: Status; note: string },
): ExpectationResult[] {
  const severity = config.severity ?? 'fail';
  const out: ExpectationResult[] = [];
  const base = {
    key: 'row_count',
    kind: 'row_count' as const,
    severity,
    checked: rows,
    unexpected: 0,
    share: 0,
    observed: rows,
    samples: [],
  };
  if (config.min !== undefined || config.max !== undefined) {
    const bad =
      (config.min !== undefined && rows < config.min) ||
      (config.max !== undefined && rows > config.max);
    const rule = [
      config.min !== undefined ? `≥ ${config.min}` : '',
      config.max !== undefined ? `≤ ${config.max}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    out.push({
      ...base,
      rule: `row count ${rule}`,
      status: bad ? severity : 'pass',
      reason: `${rows.toLocaleString('en-US')} rows`,
    });
  }
  for (const which of ['max_drop', 'max_increase'] as const) {
    const raw = config[which];
    if (raw === undefined) continue;
    const t = parseThreshold(raw, `expectations.row_count.${which}`);
    const rule = `row count ${which === 'max_drop' ? 'drops' : 'grows'} at most ${t.raw} vs the reference`;
    if (refRows === undefined && missing) {
      out.push({
        ...base,
        key: `row_count:${which}`,
        rule,
        status: missing.status,
        reason: `no reference dataset (missing_reference: ${missing.status}): ${missing.note}`,
      });
      continue;
    }
    if (refRows === undefined) {
      errors.push({ message: `expectations.row_count.${which} needs drift.reference`, key: which });
      out.push({
        ...base,
        key: `row_count:${which}`,
        rule,
        status: 'error',
        reason: 'no reference dataset',
      });
      continue;
    }
    const change = which === 'max_drop' ? refRows - rows : rows - refRows;
    const allowed = t.count !== undefined ? t.count : ((t.percent as number) / 100) * refRows;
    out.push({
      ...base,
      key: `row_count:${which}`,
      rule,
      unexpected: Math.max(0, change),
      observed: rows,
      status: change > allowed ? severity : 'pass',
      reason: `${rows.toLocaleString('en-US')} rows vs ${refRows.toLocaleString('en-US')} in the reference (${refRows ? `${rows >= refRows ? '+' : ''}${pct((rows - refRows) / refRows)}` : 'n/a'})`,
    });
  }
  return out;
}

function driftColumns(
  config: NonNullable<DatasetConfig['drift']>,
  ref: DriftSide,
  cur: DriftSide,
  explicit: boolean,
): DriftColumn[] {
  const bins = config.bins ?? DEFAULT_BINS;
  const out: DriftColumn[] = [];
  for (const [name, r] of ref.columns) {
    const per = config.per_column?.[name];
    if (per?.skip) continue;
    const c = cur.profile(name);
    const psiWarn = per?.psi_warn ?? config.psi_warn ?? DEFAULT_PSI_WARN;
    const psiFail = per?.psi_fail ?? config.psi_fail ?? DEFAULT_PSI_FAIL;
    const base = { name, refN: r.count, curN: c.count, psiWarn, psiFail };
    const skip = (reason: string): DriftColumn => ({
      ...base,
      type: 'skipped',
      status: explicit ? 'error' : 'pass',
      reason,
    });
    if (r.count === 0 || c.count === 0) {
      out.push(skip(`no non-null values in the ${r.count === 0 ? 'reference' : 'current data'}`));
      continue;
    }
    let score;
    if (r.others === 0 && c.others === 0) {
      score = numericDrift(r.sample(), c.sample(), bins);
    } else if (r.cats && c.cats) {
      score = categoricalDrift(r.cats, c.cats);
    } else {
      out.push(
        skip(
          r.numbers > 0 && r.others > 0
            ? 'mixes numbers and other values'
            : `more than ${r.cats ? '' : 'the reference has '}200 distinct values: not a category`,
        ),
      );
      continue;
    }
    const status: Status = score.psi >= psiFail ? 'fail' : score.psi >= psiWarn ? 'warn' : 'pass';
    out.push({
      ...base,
      type: score.type,
      psi: score.psi,
      test: score.test,
      statistic: score.statistic,
      ...(score.df !== undefined ? { df: score.df } : {}),
      pValue: score.pValue,
      ...(score.type === 'numeric' && (r.sampled || c.sampled) ? { sampled: true } : {}),
      status,
      reason: `PSI ${fmt(score.psi)} (warn ≥ ${psiWarn}, fail ≥ ${psiFail})`,
      bins: score.bins,
    });
  }
  // Holm across the columns that were tested.
  const tested = out.filter((c) => c.pValue !== undefined);
  const adj = holm(tested.map((c) => c.pValue as number));
  const alpha = config.alpha ?? DEFAULT_ALPHA;
  const testSeverity = config.test_severity ?? 'none';
  tested.forEach((c, i) => {
    c.pAdjusted = adj[i] as number;
    const sig = c.pAdjusted < alpha;
    c.reason += `; ${c.test === 'ks' ? 'KS D' : 'χ²'} ${fmt(c.statistic as number)}, Holm p ${fmt(c.pAdjusted)}${sig ? ' (significant)' : ''}`;
    if (sig && testSeverity !== 'none') c.status = worstStatus([c.status, testSeverity]);
  });
  out.sort((a, b) => worseFirst(a.status, b.status) || (b.psi ?? -1) - (a.psi ?? -1));
  return out;
}

function list(x: string | string[]): string[] {
  return Array.isArray(x) ? x : [x];
}

/** The dataset checks riding along validate's pass: see startDatasetChecks. */
export interface DatasetPass {
  /** The per-record work for validate's readers; undefined when there is nothing to compute. */
  readonly plan?: DigestPlan;
  /** Before a data file's first chunk; `lineBase` counts the lines before its records. */
  startFile(index: number, lineBase?: number): void;
  /** Each chunk's result, in file order. */
  add(r: ChunkResult): void;
  /** After the pass: `fileRows` are validate's record counts per data file. */
  finish(fileRows: number[]): Promise<DatasetOutcome>;
  /** Shard mode, after the pass: the mergeable state. */
  partial(): Promise<DatasetPartial>;
  /** Removes temporary reference files and stops the reference reader; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Shard mode: a reference piece up to this size is read in this thread, which mostly waits while
 * the workers validate: a third worker would cost its start-up (~0.25 s of CPU) on runners whose
 * cores the validate workers already keep busy (measured on 2 cores, shard 3/8 of the bench, a
 * 34 MB piece: 0.1–0.5 s less CPU, the same or less wall time, than in a worker).
 */
const REFERENCE_IN_THREAD_BYTES = 64 * 1024 * 1024;

/** Shard mode: whether this shard's piece of the reference is small enough for this thread. */
async function smallPiece(files: DataFile[], shard: ShardSpec | undefined): Promise<boolean> {
  if (!shard) return false;
  let bytes = 0;
  for (const p of await planShard(files, shard))
    bytes +=
      p.whole || files[p.file]?.format === 'parquet' ? (files[p.file]?.bytes ?? 0) : p.to - p.from;
  return bytes <= REFERENCE_IN_THREAD_BYTES;
}

/** The splits: every split file must be one of the entry's data files. */
async function resolveSplits(
  o: DatasetRunOptions,
  errors: Problem[],
): Promise<{ splitNames: string[]; splitOf: number[] }> {
  const { config, files } = o;
  const splitNames = Object.keys(config.splits ?? {});
  const splitOf = files.map(() => -1);
  const byAbs = new Map(files.map((f, i) => [f.abs, i]));
  for (const [si, name] of splitNames.entries()) {
    const r = await resolveData(
      list((config.splits as Record<string, string | string[]>)[name] as string | string[]),
      o.cwd,
      undefined,
      o.root ?? o.cwd,
    );
    for (const p of r.problems) errors.push({ ...p, key: `splits.${name}` });
    for (const f of r.files) {
      const i = byAbs.get(f.abs);
      if (i === undefined)
        errors.push({
          message: `split ${JSON.stringify(name)}: not one of the data files`,
          file: f.path,
          key: `splits.${name}`,
        });
      else if (splitOf[i] !== -1 && splitOf[i] !== si)
        errors.push({
          message: `in two splits: ${splitNames[splitOf[i] as number]} and ${name}`,
          file: f.path,
          key: `splits.${name}`,
        });
      else splitOf[i] = si;
    }
  }
  return { splitNames, splitOf };
}

/** The drift reference resolved (a missing one with the status it gives), problems to `errors`. */
async function resolveDriftReference(
  o: DatasetRunOptions,
  errors: Problem[],
): Promise<{ reference?: ResolvedReference; missing?: { status: Status; note: string } }> {
  const drift = o.config.drift;
  let reference: ResolvedReference | undefined;
  let missing: { status: Status; note: string } | undefined;
  if (drift) {
    try {
      reference = await resolveReference(drift.reference, {
        cwd: o.cwd,
        root: o.root ?? o.cwd,
        ...(o.provider ? { provider: o.provider } : {}),
      });
    } catch (err) {
      errors.push({ message: (err as Error).message, key: 'drift.reference' });
    }
    if (reference) {
      for (const p of reference.problems) errors.push({ ...p, key: 'drift.reference' });
      if (reference.missing !== undefined)
        missing = { status: drift.missing_reference ?? 'fail', note: reference.missing };
    }
  }
  return { ...(reference ? { reference } : {}), ...(missing ? { missing } : {}) };
}

/** Starts reading the reference (this shard's piece of it in shard mode). */
async function readReference(
  o: DatasetRunOptions,
  profiled: { drift: NonNullable<DatasetConfig['drift']>; reference: ResolvedReference },
  sampleSize: number,
  seed: number,
): Promise<RunningReference> {
  const files = profiled.reference.files;
  const inThread = o.workerUrl === null || (await smallPiece(files, o.shard));
  return startReference(
    {
      files,
      ...(o.shard ? { shard: o.shard } : {}),
      bundle: o.bundle,
      ...(profiled.drift.columns ? { columns: profiled.drift.columns } : {}),
      sampleSize,
      seed,
      samples: o.samples,
      maxRecordBytes: o.maxRecordBytes,
    },
    inThread ? undefined : (o.workerUrl ?? datasetWorkerUrl()),
    o.workers,
  );
}

/** Folds each chunk's digest in file order (and, in shard mode, lists where the chunks were). */
function chunkFolder(o: DatasetRunOptions, expectations: Expectations, cur: DriftSide | undefined) {
  const { files } = o;
  let fileIndex = 0;
  let reserved = false;
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  const out = {
    /** Shard mode: where each chunk was, so the merge can read a sample's record back. */
    list: [] as DatasetPartial['chunks'],
    offsetMissing: false,
    startFile(index: number, lineBase = 0) {
      fileIndex = index;
      expectations.startFile(index, lineBase);
    },
    add(r: ChunkResult) {
      const d = r.digest;
      if (!d) {
        // A chunk read without a digest (an oversized record): it holds no parsed records.
        expectations.skipLines(r.lines);
        return;
      }
      if (!reserved && r.bytes && d.n > 0) {
        // Rows expected in all the files, from the first chunk's bytes per row (capped: a
        // misleading first chunk must not allocate gigabytes).
        reserved = true;
        expectations.reserve(Math.min(((d.n / r.bytes) * totalBytes) | 0, 1 << 24));
      }
      const origin: ChunkOrigin = { file: fileIndex };
      if (r.offset !== undefined && r.bytes !== undefined) {
        origin.offset = r.offset;
        origin.bytes = r.bytes;
      } else if (files[fileIndex]?.format !== 'json') out.offsetMissing = true;
      if (o.shard) out.list.push([fileIndex, r.offset ?? -1, r.bytes ?? -1, expectations.lines]);
      expectations.fold(d, origin, r.lines);
      if (cur && d.columns) cur.merge(d.columns);
    },
  };
  return out;
}

/**
 * Resolves splits and the reference and starts reading the reference (in a worker thread when it
 * is big); validate's pass then digests the current data (o.files) and hands each chunk to `add`.
 */
export async function startDatasetChecks(o: DatasetRunOptions): Promise<DatasetPass> {
  const started = performance.now();
  const errors: Problem[] = [];
  const { config, files } = o;
  const sampleSize = o.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const seed = o.seed ?? 1;

  const { splitNames, splitOf } = await resolveSplits(o, errors);
  const exp = config.expectations ?? {};
  if (exp.leakage && splitNames.length < 2)
    errors.push({
      message: 'leakage needs at least two splits (splits: {train: …, test: …})',
      key: 'expectations.leakage',
    });

  const drift = config.drift;
  const { reference, missing } = await resolveDriftReference(o, errors);
  // Set once the reference is being read; close() stops it if the pass beside it fails.
  const running: { reference?: RunningReference } = {};
  const close = async () => {
    await running.reference?.stop();
    await reference?.cleanup();
  };
  if (errors.length) {
    return {
      startFile: () => {},
      add: () => {},
      finish: async () => ({ details: { status: 'error', expectations: [] }, errors }),
      partial: async () => ({ splitOf, splitNames, errors, chunks: [] }),
      close,
    };
  }

  const expectations = new Expectations(
    exp,
    files.map((f) => f.path),
    splitOf,
    splitNames,
    o.samples,
    o.shard !== undefined,
  );
  const profiled = drift && reference && !missing ? { drift, reference } : undefined;
  const cur = profiled ? new DriftSide(sampleSize, seed + 7919, profiled.drift.columns) : undefined;
  const refJob = profiled ? await readReference(o, profiled, sampleSize, seed) : undefined;
  if (refJob) running.reference = refJob;
  const plan: DigestPlan = {
    ...expectations.plan,
    ...(cur ? { drift: drift?.columns ? { columns: drift.columns } : {} } : {}),
  };
  const chunks = chunkFolder(o, expectations, cur);
  return {
    plan,
    startFile: chunks.startFile,
    add: chunks.add,
    async finish(fileRows) {
      if (chunks.offsetMissing)
        throw new Error('internal: a chunk came back without its file offset');
      return finishChecks(o, started, {
        errors,
        expectations,
        splitOf,
        splitNames,
        fileRows,
        cur,
        refJob,
        reference,
        missing,
      });
    },
    async partial() {
      const state = { splitOf, splitNames, errors, chunks: chunks.list };
      return shardState(state, expectations, reference, missing, {
        refJob,
        cur,
        sampleSize,
      });
    },
    close,
  };
}

/**
 * Shard mode: the mergeable state, the bulky parts (key runs, drift samples) packed into the
 * bytes of the side file, which ride on the object under STATE_BYTES until the partial is written.
 */
async function shardState(
  out: DatasetPartial,
  expectations: Expectations,
  reference: ResolvedReference | undefined,
  missing: { status: Status; note: string } | undefined,
  drift: { refJob: RunningReference | undefined; cur: DriftSide | undefined; sampleSize: number },
): Promise<DatasetPartial> {
  const writer = new StateWriter();
  const add = (bytes: Uint8Array) => writer.add(bytes);
  out.expectations = expectations.state(add);
  if (reference) out.reference = { info: reference.info, ...(missing ? { missing } : {}) };
  const { refJob, cur } = drift;
  if (refJob && cur) {
    const r = await refJob.done.catch((err: Error): ReferenceOutcome => ({
      rows: 0,
      problems: [{ message: `reading the reference failed: ${err.message}` }],
      states: [],
    }));
    out.drift = {
      sampleSize: drift.sampleSize,
      cur: encodeProfiles(cur.states(), add),
      ref: { rows: r.rows, problems: r.problems, profiles: encodeProfiles(r.states, add) },
    };
  }
  const { bytes, ref } = writer.finish();
  out.state = ref;
  return withStateBytes(out, bytes);
}

/** What the pass collected; the reference is still being read. */
type Collected = Omit<Folded, 'ref' | 'refRows' | 'referenceInfo'> & {
  refJob: RunningReference | undefined;
  reference: ResolvedReference | undefined;
};

/** Reads the records of the repeats shown as samples back from their chunks. */
async function settleSamples(o: DatasetRunOptions, expectations: Expectations): Promise<void> {
  const byFile = new Map<number, Pending[]>();
  for (const p of expectations.pending) {
    let list = byFile.get(p.origin.file);
    if (!list) byFile.set(p.origin.file, (list = []));
    list.push(p);
  }
  const rows = new Map<Pending, unknown>();
  for (const [file, list] of byFile) {
    const values = await readBack(o.files[file] as DataFile, o.bundle, list, o.maxRecordBytes);
    list.forEach((p, i) => rows.set(p, values[i]));
  }
  expectations.settle(rows);
}

async function finishChecks(
  o: DatasetRunOptions,
  started: number,
  c: Collected,
): Promise<DatasetOutcome> {
  const { config } = o;
  const sampleSize = o.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const seed = o.seed ?? 1;
  const drift = config.drift;
  let ref: DriftSide | undefined;
  let refRows: number | undefined;
  await settleSamples(o, c.expectations);
  if (c.refJob && drift) {
    const r = await c.refJob.done.catch((err: Error): ReferenceOutcome => ({
      rows: 0,
      problems: [{ message: `reading the reference failed: ${err.message}` }],
      states: [],
    }));
    refRows = r.rows;
    c.errors.push(...r.problems.map((p) => ({ ...p, key: 'drift.reference' })));
    ref = DriftSide.fromStates(sampleSize, seed, drift.columns, r.states);
  }
  return datasetDetails(
    config,
    o.files.map((f) => f.path),
    sampleSize,
    started,
    {
      ...c,
      ref,
      refRows,
      referenceInfo: c.reference?.info,
    },
  );
}

/** Everything the verdicts need, counted over the whole input (one pass, or merged shards). */
export interface Folded {
  errors: Problem[];
  expectations: Expectations;
  splitOf: number[];
  splitNames: string[];
  fileRows: number[];
  cur: DriftSide | undefined;
  ref: DriftSide | undefined;
  refRows: number | undefined;
  referenceInfo: ResolvedReference['info'] | undefined;
  missing: { status: Status; note: string } | undefined;
}

/** The verdicts of the dataset checks on the totals: `details.dataset`. */
export function datasetDetails(
  config: DatasetConfig,
  files: string[],
  sampleSize: number,
  started: number,
  c: Folded,
): DatasetOutcome {
  const exp = config.expectations ?? {};
  const drift = config.drift;
  const { errors, expectations, splitOf, splitNames, cur, ref, refRows, missing } = c;
  const rows = c.fileRows.reduce((a, b) => a + b, 0);
  const splitRows = splitNames.map(() => 0);
  c.fileRows.forEach((n, i) => {
    const si = splitOf[i] ?? -1;
    if (si !== -1) splitRows[si] = (splitRows[si] ?? 0) + n;
  });
  const samples = expectations.samples;
  const results: ExpectationResult[] = [];
  if (exp.row_count) results.push(...rowCountChecks(exp.row_count, rows, refRows, errors, missing));
  for (const c of expectations.checks) {
    const v = verdict(c, rows);
    const values = c.values
      ? [...c.values]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, MAX_NEW_VALUES)
          .map(([value, count]) => ({ value, count }))
      : undefined;
    results.push({
      key: c.key,
      kind: c.kind,
      ...(c.column !== undefined ? { column: c.column } : {}),
      rule: c.rule,
      severity: c.severity,
      ...(c.mostly < 1 ? { mostly: c.mostly } : {}),
      checked: c.checked,
      unexpected: c.unexpected,
      ...v,
      samples: samples.get(c.key) ?? [],
      ...(values?.length ? { values } : {}),
    });
  }

  const details: DatasetDetails = { status: 'pass', expectations: results };
  if (drift && c.referenceInfo) {
    const info: ReferenceInfo = { ...c.referenceInfo, rows: refRows ?? 0 };
    if (missing) {
      info.status = missing.status;
      info.note = `${missing.note} (missing_reference: ${missing.status})`;
    }
    details.drift = {
      reference: info,
      alpha: drift.alpha ?? DEFAULT_ALPHA,
      correction: 'holm',
      sampleSize,
      columns: ref && cur ? driftColumns(drift, ref, cur, drift.columns !== undefined) : [],
    };
  }
  if (splitNames.length)
    details.splits = splitNames.map((name, si) => ({
      name,
      files: files.filter((_, i) => splitOf[i] === si),
      rows: splitRows[si] as number,
    }));
  details.status = errors.length
    ? 'error'
    : worstStatus([
        ...results.map((r) => r.status),
        ...(details.drift?.columns.map((c) => c.status) ?? []),
        ...(missing ? [missing.status] : []),
      ]);
  details.durationMs = Math.round(performance.now() - started);
  return { details, errors };
}
