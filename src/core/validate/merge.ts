// The merge: the partial results of all n shards of one entry (partial.ts) folded into the result
// one run over the whole input gives: counts and violation groups added up, every dataset check
// evaluated on the totals (uniqueness, duplicates and leakage from the merged key runs, drift from
// the merged profiles), then the same thresholds and verdicts as a single run (concludeValidate).
// Shards that are missing, given twice, or that disagree (config, schema, reference, input) make
// an `error` result naming what is wrong: never a partial pass.
import { resolve } from 'node:path';
import { newResult, type Problem, type ResultContext, type Status } from '../result.js';
import { datasetDetails, type DatasetOutcome } from '../dataset/check.js';
import { Expectations, type Pending } from '../dataset/expect.js';
import { decodeRun, LINE_BITS } from '../dataset/key-runs.js';
import { checkState, readStateFile, sectionOf, stateBytesOf } from '../dataset/state-file.js';
import { mergeSide, type EncodedProfile } from '../dataset/partial-state.js';
import { DriftSide } from '../dataset/profile.js';
import { DEFAULT_SAMPLE_SIZE } from '../dataset/drift.js';
import { readBack } from '../dataset/read.js';
import { resolveData, type DataFile } from './files.js';
import { loadSchemaBundle } from './schema.js';
import { parseThreshold } from './threshold.js';
import { concludeValidate, type ValidateResult } from './run.js';
import type { PartialResult } from './partial.js';
import type { Group, ValidateDetails } from './types.js';
import type { ExpectationsState } from '../dataset/expect.js';
import {
  codeShifts,
  lineShifts,
  shiftLine,
  shiftProblems,
  type LineShifts,
} from './merge-lines.js';

/** Largest side file read, whatever a partial claims about its rows. */
const MAX_STATE_BYTES = 2 ** 31 - 1;

export interface PartialFile {
  path: string;
  result: PartialResult;
}

export interface MergeOptions {
  /** Where the data files are, to read the records of cross-shard samples back. */
  cwd: string;
  root?: string;
}

/** Why these shards cannot be merged (missing, twice, disagreeing), or [] when they can. */
export function shardProblems(shards: PartialFile[]): Problem[] {
  const problems: Problem[] = [];
  const first = shards[0];
  if (!first) return [{ message: 'no partial results to merge' }];
  const id = first.result.id;
  const n = first.result.details.shard.count;
  const seen = new Map<number, string>();
  for (const s of shards) {
    const sh = s.result.details.shard;
    if (s.result.id !== id)
      problems.push({ message: `holds entry ${s.result.id}, not ${id}`, file: s.path });
    if (sh.count !== n) {
      problems.push({
        message: `is shard ${sh.index}/${sh.count} but ${first.path} is of ${n} shards`,
        file: s.path,
      });
      continue;
    }
    const twice = seen.get(sh.index);
    if (twice !== undefined)
      problems.push({
        message: `shard ${sh.index}/${n} is given twice: ${twice} and ${s.path}`,
        file: s.path,
      });
    else seen.set(sh.index, s.path);
    const base = first.result.details.shard;
    for (const what of ['config', 'schema', 'reference', 'input'] as const)
      if (sh[what] !== base[what])
        problems.push({
          message: `shard ${sh.index}/${n} ran with a different ${what === 'input' ? 'input file list' : what} than shard ${base.index}/${n} (${first.path})${what === 'config' ? ': every shard must run the same entry' : ''}`,
          file: s.path,
        });
  }
  const missing: number[] = [];
  for (let i = 1; i <= n; i++) if (!seen.has(i)) missing.push(i);
  if (missing.length)
    problems.push({
      message: `entry ${id}: shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${n}`).join(', ')} missing (have ${[...seen.keys()].sort((a, b) => a - b).join(', ') || 'none'} of ${n})`,
    });
  let shifts: LineShifts | undefined;
  try {
    shifts = lineShifts(shards);
  } catch (err) {
    problems.push({ message: (err as Error).message });
  }
  const paths = first.result.details.shard.files.map((f) => f.path);
  shards.forEach((s, k) => {
    const errors = s.result.errors ?? [];
    for (const e of shifts ? shiftProblems(shifts, k, paths, errors) : errors)
      problems.push({ ...e, message: `shard ${s.result.details.shard.index}/${n}: ${e.message}` });
  });
  return problems;
}

function errorResult(first: PartialFile | undefined, problems: Problem[]): ValidateResult {
  const entry = first?.result.details.entry;
  return newResult<'validate', ValidateDetails>({
    kind: 'validate',
    id: first?.result.id ?? 'merge',
    title: first?.result.title ?? 'merge',
    status: 'error',
    summary:
      `cannot merge the shards: ${problems.map((p) => (p.file ? `${p.file}: ${p.message}` : p.message)).join('; ')}`.slice(
        0,
        1000,
      ),
    context: first?.result.context ?? {},
    errors: problems,
    details: {
      schemaFile: entry?.schemaFile ?? '',
      rows: 0,
      invalidRows: 0,
      invalidShare: 0,
      threshold: entry?.threshold ?? { maxInvalidRows: '0' },
      files: [],
      groups: [],
    },
  });
}

/** The parts of every shard in input order (file, then position in it). */
function partsInOrder(shards: PartialFile[]) {
  const all = shards.flatMap((s) => s.result.details.parts);
  const at = (p: (typeof all)[number]) => p.rowGroups?.from ?? p.start?.offset ?? 0;
  return all.sort((a, b) => a.file - b.file || at(a) - at(b));
}

/** Violation groups per file as one pass finds them: counts added, the first samples by line. */
function mergeGroups(
  shards: PartialFile[],
  samples: number,
  details: ValidateDetails,
  shifts: LineShifts,
): Group[] {
  const files = shards[0]!.result.details.shard.files;
  details.files = files.map((f) => ({ ...f, rows: 0, invalidRows: 0 }));
  const byFile = files.map(() => new Map<string, Group>());
  const recordBase = files.map(() => 0);
  for (const part of partsInOrder(shards)) {
    const summary = details.files[part.file];
    const map = byFile[part.file];
    if (!summary || !map) throw new Error(`a part names file ${part.file}, not in the input list`);
    const shift = shifts.part.get(part) ?? 0;
    for (const g of part.groups) {
      const key = `${g.schemaPath}\u0000${g.keyword}`;
      let fg = map.get(key);
      if (!fg) map.set(key, (fg = { ...g, count: 0, share: 0, samples: [] }));
      fg.count += g.count;
      for (const s of g.samples)
        fg.samples.push({
          ...s,
          line: s.line + shift,
          record: (s.record ?? 0) + (recordBase[part.file] as number),
        });
    }
    recordBase[part.file]! += part.rows;
    summary.rows += part.rows;
    summary.invalidRows += part.invalidRows;
  }
  const groups: Group[] = [];
  byFile.forEach((map, i) => {
    for (const g of map.values()) {
      g.samples.sort((a, b) => a.line - b.line);
      g.samples.length = Math.min(g.samples.length, samples);
      const rows = details.files[i]?.rows ?? 0;
      g.share = rows ? g.count / rows : 0;
      groups.push(g);
    }
  });
  details.rows = details.files.reduce((n, f) => n + f.rows, 0);
  details.invalidRows = details.files.reduce((n, f) => n + f.invalidRows, 0);
  return groups;
}

/** Where a record is: the chunk holding its line, from the shards' chunk lists. */
function locator(shards: PartialFile[], shifts: LineShifts) {
  const byFile = new Map<number, Array<[number, number, number, number]>>();
  shards.forEach((s, k) => {
    for (const c of s.result.details.dataset?.chunks ?? []) {
      let l = byFile.get(c[0]);
      if (!l) byFile.set(c[0], (l = []));
      l.push([c[0], c[1], c[2], shiftLine(shifts, k, c[0], c[3])]);
    }
  });
  for (const l of byFile.values()) l.sort((a, b) => a[3] - b[3]);
  return (code: number): Pick<Pending, 'origin' | 'record'> | undefined => {
    const file = Math.floor(code / LINE_BITS);
    const line = code % LINE_BITS;
    const list = byFile.get(file) ?? [];
    let hit: [number, number, number, number] | undefined;
    for (const c of list) if (c[3] < line) hit = c;
    if (!hit) return undefined;
    return {
      origin: hit[1] < 0 ? { file } : { file, offset: hit[1], bytes: hit[2] },
      record: line - hit[3],
    };
  };
}

/** The records of cross-shard samples, read back from the data files when they are here. */
async function readSamples(
  shards: PartialFile[],
  expectations: Expectations,
  o: MergeOptions,
): Promise<void> {
  if (!expectations.pending.length) return;
  const { entry, shard } = shards[0]!.result.details;
  const rows = new Map<Pending, unknown>();
  try {
    const bundle = await loadSchemaBundle(entry.schemaFile, o.cwd, o.root ?? o.cwd);
    const byFile = new Map<number, Pending[]>();
    for (const p of expectations.pending) {
      if (p.record < 0) continue;
      let l = byFile.get(p.origin.file);
      if (!l) byFile.set(p.origin.file, (l = []));
      l.push(p);
    }
    for (const [i, list] of byFile) {
      const f = shard.files[i];
      if (!f) continue;
      const r = await resolveData([f.path], o.cwd, entry.format, o.root ?? o.cwd, entry.csv);
      const file = r.files[0] as DataFile | undefined;
      // Only the very file the shards read (same size): anything else would show another row.
      if (!file || file.bytes !== f.bytes) continue;
      const values = await readBack(file, bundle, list, entry.maxRecordBytes, 'line');
      list.forEach((p, k) => rows.set(p, values[k]));
    }
  } catch {
    // The data is not in this job's workspace: the samples keep their locations and messages.
  }
  expectations.settle(rows);
}

/**
 * A shard's side file (key runs, drift samples): the bytes still on the in-memory partial, or
 * the file beside its JSON, checked against the size and SHA-256 its JSON states. Bounded by
 * what its rows and columns can need: 17 bytes a key, a full sample a column and side.
 */
async function stateFile(s: PartialFile, o: MergeOptions, sampleSize: number): Promise<Uint8Array> {
  const d = s.result.details.dataset;
  const ref = d?.state;
  if (!ref) return new Uint8Array(0);
  const inMemory = stateBytesOf(d);
  if (inMemory) return checkState(inMemory, ref, s.path);
  const columns = (d.drift?.cur.length ?? 0) + (d.drift?.ref.profiles.length ?? 0);
  const max =
    17 * s.result.details.rows * (d.expectations?.runs.length ?? 0) + 8 * columns * sampleSize;
  return readStateFile(resolve(o.cwd, s.path), ref, Math.min(max, MAX_STATE_BYTES));
}

/** A shard's dataset samples with their lines in the file's count. */
function shiftedSamples(
  st: ExpectationsState,
  shifts: LineShifts,
  k: number,
  paths: string[],
): ExpectationsState {
  const samples = Object.fromEntries(
    Object.entries(st.samples).map(([key, list]) => [
      key,
      list.map((x) => ({ ...x, line: shiftLine(shifts, k, paths.indexOf(x.file), x.line) })),
    ]),
  );
  return { ...st, samples };
}

/** Both sides' drift profiles of all shards, merged (none unless every shard has them). */
function mergeDrift(shards: PartialFile[], files: Uint8Array[], sampleSize: number) {
  const errors: Problem[] = [];
  const config = shards[0]!.result.details.entry.dataset?.drift;
  const drifts = shards.map((s) => s.result.details.dataset?.drift);
  if (!config || !drifts.every((d) => d)) return { errors };
  const side = (
    pick: (d: NonNullable<(typeof drifts)[number]>) => EncodedProfile[],
    seed: number,
  ) =>
    DriftSide.fromStates(
      sampleSize,
      1,
      config.columns,
      mergeSide(
        drifts.map((d, k) => ({ profiles: pick(d!), file: files[k]!, source: shards[k]!.path })),
        sampleSize,
        seed,
      ),
    );
  for (const d of drifts)
    errors.push(...d!.ref.problems.map((p) => ({ ...p, key: 'drift.reference' })));
  return {
    errors,
    cur: side((d) => d.cur, 7919),
    ref: side((d) => d.ref.profiles, 1),
    refRows: drifts.reduce((n, d) => n + d!.ref.rows, 0),
  };
}

async function mergeDataset(
  shards: PartialFile[],
  o: MergeOptions,
  started: number,
  shifts: LineShifts,
): Promise<DatasetOutcome> {
  const { entry, shard } = shards[0]!.result.details;
  const config = entry.dataset ?? {};
  const states = shards.map((s) => s.result.details.dataset);
  const first = states[0];
  if (!first) throw new Error('a shard has no dataset state');
  const sampleSize = entry.driftSampleSize ?? first.drift?.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const paths = shard.files.map((f) => f.path);
  const expectations = new Expectations(
    config.expectations ?? {},
    paths,
    first.splitOf,
    first.splitNames,
    entry.samples,
  );
  states.forEach((st, k) => {
    if (st?.expectations) expectations.absorb(shiftedSamples(st.expectations, shifts, k, paths));
  });
  // Read at once; when several are refused, the first shard's reason is the one given.
  const read = await Promise.allSettled(shards.map((s) => stateFile(s, o, sampleSize)));
  const files = read.map((r) => {
    if (r.status === 'rejected') throw r.reason;
    return r.value;
  });
  const tables = first.expectations?.runs.length ?? 0;
  const runs = Array.from({ length: tables }, (_, t) =>
    shards.map((s, k) => {
      const ref = states[k]?.expectations?.runs[t];
      if (!ref) throw new Error(`${s.path}: a key run is missing`);
      const bytes = sectionOf(files[k] as Uint8Array, ref, s.path);
      return decodeRun(bytes, ref, s.path, s.result.details.rows, codeShifts(shifts, k));
    }),
  );
  expectations.replay(runs, locator(shards, shifts));
  await readSamples(shards, expectations, o);
  const { errors, cur, ref, refRows } = mergeDrift(shards, files, sampleSize);
  const fileRows = shard.files.map(() => 0);
  for (const s of shards) for (const p of s.result.details.parts) fileRows[p.file]! += p.rows;
  return datasetDetails(config, paths, sampleSize, started, {
    errors,
    expectations,
    splitOf: first.splitOf,
    splitNames: first.splitNames,
    fileRows,
    cur,
    ref,
    refRows,
    referenceInfo: first.reference?.info,
    missing: first.reference?.missing,
  });
}

/** The merged result of all shards of one entry (or an error result naming what is wrong). */
export async function mergePartials(
  shards: PartialFile[],
  o: MergeOptions,
): Promise<ValidateResult> {
  try {
    return await mergeChecked(shards, o);
  } catch (err) {
    // A partial that passed the contract but does not add up (crafted, or damaged in transit).
    return errorResult(shards[0], [{ message: `cannot merge: ${(err as Error).message}` }]);
  }
}

async function mergeChecked(shards: PartialFile[], o: MergeOptions): Promise<ValidateResult> {
  const started = performance.now();
  const problems = shardProblems(shards);
  if (problems.length) return errorResult(shards[0], problems);
  const ordered = [...shards].sort(
    (a, b) => a.result.details.shard.index - b.result.details.shard.index,
  );
  const head = ordered[0]!.result;
  const { entry } = head.details;
  const details: ValidateDetails = {
    schemaFile: entry.schemaFile,
    ...(entry.format ? { format: entry.format } : {}),
    rows: 0,
    invalidRows: 0,
    invalidShare: 0,
    threshold: entry.threshold,
    files: [],
    groups: [],
    maxRecordBytes: entry.maxRecordBytes,
    ...(head.details.schemaWarnings ? { schemaWarnings: head.details.schemaWarnings } : {}),
  };
  const errors: Problem[] = [];
  const shifts = lineShifts(ordered);
  const groups = mergeGroups(ordered, entry.samples, details, shifts);
  details.files.forEach((f) => {
    if (f.rows === 0 && !errors.some((e) => e.file === f.path))
      errors.push({ message: 'file has no records', file: f.path });
  });
  const context: ResultContext = head.context;
  const finish = (status: Status, summary: string): ValidateResult => {
    details.durationMs = Math.round(performance.now() - started);
    return newResult<'validate', ValidateDetails>({
      kind: 'validate',
      id: head.id,
      title: head.title,
      status,
      summary,
      context,
      ...(errors.length ? { errors } : {}),
      details,
    });
  };
  const max = parseThreshold(entry.threshold.maxInvalidRows, 'max-invalid-rows');
  const warnRaw = entry.threshold.warnInvalidRows;
  const warn = warnRaw ? parseThreshold(warnRaw, 'warn-invalid-rows') : undefined;
  const outcome = entry.dataset ? await mergeDataset(ordered, o, started, shifts) : undefined;
  return concludeValidate(
    {
      schemaFile: entry.schemaFile,
      data: [],
      cwd: o.cwd,
      ...(entry.dataset ? { dataset: entry.dataset } : {}),
    },
    outcome ? { finish: async () => outcome } : undefined,
    {
      fileCount: head.details.shard.files.length,
      details,
      errors,
      finish,
      maxGroups: entry.maxGroups,
      max,
      warn,
      meta: { id: head.id, title: head.title },
    },
    groups,
  );
}
