import { resolve } from 'node:path';
import { n as newResult } from './chunk-result.js';
import { d as concludeValidate, E as Expectations, e as sectionOf, f as decodeRun, g as datasetDetails, s as stateBytesOf, h as checkState, j as readStateFile, k as resolveData, L as LINE_BITS, m as mergeSide } from './chunk-run.js';
import { D as DEFAULT_SAMPLE_SIZE, r as readBack, a as DriftSide } from './chunk-profile.js';
import { l as loadSchemaBundle } from './chunk-executor.js';
import { p as parseThreshold } from './chunk-threshold.js';
import 'node:fs';
import './chunk-workspace.js';
import 'node:fs/promises';
import 'node:buffer';
import './chunk-limits.js';
import './chunk-ucs2length.js';
import './chunk-_commonjsHelpers.js';
import './chunk-ucs2length2.js';
import './chunk-formats.js';
import './chunk-formats2.js';
import './chunk-version.js';
import './chunk-nesting.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'process';
import 'buffer';
import './chunk-worker-pool.js';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import './chunk-format.js';
import './chunk-adjust.js';
import './chunk-prng.js';
import 'node:crypto';
import './chunk-records.js';
import './chunk-types.js';
import './chunk-simple-statistics.js';
import 'node:v8';
import './chunk-cells.js';
import 'node:stream';
import 'node:zlib';
import './chunk-column.js';

function lineShifts(shards) {
  const all = shards.flatMap(
    (s, k) => s.result.details.parts.map((part) => ({ part, k, path: s.path }))
  );
  const at = (p) => p.rowGroups?.from ?? p.start?.offset ?? 0;
  all.sort((a, b) => a.part.file - b.part.file || at(a.part) - at(b.part));
  const out = { part: /* @__PURE__ */ new Map(), file: shards.map(() => /* @__PURE__ */ new Map()) };
  let file = -1;
  let base = 0;
  for (const { part, k, path } of all) {
    if (part.file !== file) {
      file = part.file;
      base = 0;
    }
    const spans = part.lines?.spans;
    if (part.lines?.relative) {
      if (base === void 0)
        throw new Error(
          `${path}: cannot place the lines of a piece of file ${part.file}: a piece before it does not say how many lines it spans`
        );
      out.part.set(part, base);
      out.file[k].set(part.file, base);
    }
    base = base !== void 0 && spans !== void 0 && Number.isSafeInteger(spans) && spans >= 0 ? base + spans : void 0;
  }
  return out;
}
function shiftLine(s, k, file, line) {
  return line + (s.file[k]?.get(file) ?? 0);
}
function shiftProblems(s, k, files, problems) {
  return problems.map(
    (p) => p.line !== void 0 && p.file !== void 0 && files.includes(p.file) ? { ...p, line: shiftLine(s, k, files.indexOf(p.file), p.line) } : p
  );
}
function codeShifts(s, k) {
  const m = s.file[k];
  if (!m?.size) return void 0;
  const out = new Float64Array(Math.max(...m.keys()) + 1);
  for (const [file, n] of m) out[file] = n;
  return out;
}

const MAX_STATE_BYTES = 2 ** 31 - 1;
function shardProblems(shards) {
  const problems = [];
  const first = shards[0];
  if (!first) return [{ message: "no partial results to merge" }];
  const id = first.result.id;
  const n = first.result.details.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const sh = s.result.details.shard;
    if (s.result.id !== id)
      problems.push({ message: `holds entry ${s.result.id}, not ${id}`, file: s.path });
    if (sh.count !== n) {
      problems.push({
        message: `is shard ${sh.index}/${sh.count} but ${first.path} is of ${n} shards`,
        file: s.path
      });
      continue;
    }
    const twice = seen.get(sh.index);
    if (twice !== void 0)
      problems.push({
        message: `shard ${sh.index}/${n} is given twice: ${twice} and ${s.path}`,
        file: s.path
      });
    else seen.set(sh.index, s.path);
    const base = first.result.details.shard;
    for (const what of ["config", "schema", "reference", "input"])
      if (sh[what] !== base[what])
        problems.push({
          message: `shard ${sh.index}/${n} ran with a different ${what === "input" ? "input file list" : what} than shard ${base.index}/${n} (${first.path})${what === "config" ? ": every shard must run the same entry" : ""}`,
          file: s.path
        });
  }
  const missing = [];
  for (let i = 1; i <= n; i++) if (!seen.has(i)) missing.push(i);
  if (missing.length)
    problems.push({
      message: `entry ${id}: shard${missing.length === 1 ? "" : "s"} ${missing.map((i) => `${i}/${n}`).join(", ")} missing (have ${[...seen.keys()].sort((a, b) => a - b).join(", ") || "none"} of ${n})`
    });
  let shifts;
  try {
    shifts = lineShifts(shards);
  } catch (err) {
    problems.push({ message: err.message });
  }
  const paths = first.result.details.shard.files.map((f) => f.path);
  shards.forEach((s, k) => {
    const errors = s.result.errors ?? [];
    for (const e of shifts ? shiftProblems(shifts, k, paths, errors) : errors)
      problems.push({ ...e, message: `shard ${s.result.details.shard.index}/${n}: ${e.message}` });
  });
  return problems;
}
function errorResult(first, problems) {
  const entry = first?.result.details.entry;
  return newResult({
    kind: "validate",
    id: first?.result.id ?? "merge",
    title: first?.result.title ?? "merge",
    status: "error",
    summary: `cannot merge the shards: ${problems.map((p) => p.file ? `${p.file}: ${p.message}` : p.message).join("; ")}`.slice(
      0,
      1e3
    ),
    context: first?.result.context ?? {},
    errors: problems,
    details: {
      schemaFile: entry?.schemaFile ?? "",
      rows: 0,
      invalidRows: 0,
      invalidShare: 0,
      threshold: entry?.threshold ?? { maxInvalidRows: "0" },
      files: [],
      groups: []
    }
  });
}
function partsInOrder(shards) {
  const all = shards.flatMap((s) => s.result.details.parts);
  const at = (p) => p.rowGroups?.from ?? p.start?.offset ?? 0;
  return all.sort((a, b) => a.file - b.file || at(a) - at(b));
}
function mergeGroups(shards, samples, details, shifts) {
  const files = shards[0].result.details.shard.files;
  details.files = files.map((f) => ({ ...f, rows: 0, invalidRows: 0 }));
  const byFile = files.map(() => /* @__PURE__ */ new Map());
  const recordBase = files.map(() => 0);
  for (const part of partsInOrder(shards)) {
    const summary = details.files[part.file];
    const map = byFile[part.file];
    if (!summary || !map) throw new Error(`a part names file ${part.file}, not in the input list`);
    const shift = shifts.part.get(part) ?? 0;
    for (const g of part.groups) {
      const key = `${g.schemaPath}\0${g.keyword}`;
      let fg = map.get(key);
      if (!fg) map.set(key, fg = { ...g, count: 0, share: 0, samples: [] });
      fg.count += g.count;
      for (const s of g.samples)
        fg.samples.push({
          ...s,
          line: s.line + shift,
          record: (s.record ?? 0) + recordBase[part.file]
        });
    }
    recordBase[part.file] += part.rows;
    summary.rows += part.rows;
    summary.invalidRows += part.invalidRows;
  }
  const groups = [];
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
function locator(shards, shifts) {
  const byFile = /* @__PURE__ */ new Map();
  shards.forEach((s, k) => {
    for (const c of s.result.details.dataset?.chunks ?? []) {
      let l = byFile.get(c[0]);
      if (!l) byFile.set(c[0], l = []);
      l.push([c[0], c[1], c[2], shiftLine(shifts, k, c[0], c[3])]);
    }
  });
  for (const l of byFile.values()) l.sort((a, b) => a[3] - b[3]);
  return (code) => {
    const file = Math.floor(code / LINE_BITS);
    const line = code % LINE_BITS;
    const list = byFile.get(file) ?? [];
    let hit;
    for (const c of list) if (c[3] < line) hit = c;
    if (!hit) return void 0;
    return {
      origin: hit[1] < 0 ? { file } : { file, offset: hit[1], bytes: hit[2] },
      record: line - hit[3]
    };
  };
}
async function readSamples(shards, expectations, o) {
  if (!expectations.pending.length) return;
  const { entry, shard } = shards[0].result.details;
  const rows = /* @__PURE__ */ new Map();
  try {
    const bundle = await loadSchemaBundle(entry.schemaFile, o.cwd, o.root ?? o.cwd);
    const byFile = /* @__PURE__ */ new Map();
    for (const p of expectations.pending) {
      if (p.record < 0) continue;
      let l = byFile.get(p.origin.file);
      if (!l) byFile.set(p.origin.file, l = []);
      l.push(p);
    }
    for (const [i, list] of byFile) {
      const f = shard.files[i];
      if (!f) continue;
      const r = await resolveData([f.path], o.cwd, entry.format, o.root ?? o.cwd, entry.csv);
      const file = r.files[0];
      if (!file || file.bytes !== f.bytes) continue;
      const values = await readBack(file, bundle, list, entry.maxRecordBytes, "line");
      list.forEach((p, k) => rows.set(p, values[k]));
    }
  } catch {
  }
  expectations.settle(rows);
}
async function stateFile(s, o, sampleSize) {
  const d = s.result.details.dataset;
  const ref = d?.state;
  if (!ref) return new Uint8Array(0);
  const inMemory = stateBytesOf(d);
  if (inMemory) return checkState(inMemory, ref, s.path);
  const columns = (d.drift?.cur.length ?? 0) + (d.drift?.ref.profiles.length ?? 0);
  const max = 17 * s.result.details.rows * (d.expectations?.runs.length ?? 0) + 8 * columns * sampleSize;
  return readStateFile(resolve(o.cwd, s.path), ref, Math.min(max, MAX_STATE_BYTES));
}
function shiftedSamples(st, shifts, k, paths) {
  const samples = Object.fromEntries(
    Object.entries(st.samples).map(([key, list]) => [
      key,
      list.map((x) => ({ ...x, line: shiftLine(shifts, k, paths.indexOf(x.file), x.line) }))
    ])
  );
  return { ...st, samples };
}
function mergeDrift(shards, files, sampleSize) {
  const errors = [];
  const config = shards[0].result.details.entry.dataset?.drift;
  const drifts = shards.map((s) => s.result.details.dataset?.drift);
  if (!config || !drifts.every((d) => d)) return { errors };
  const side = (pick, seed) => DriftSide.fromStates(
    sampleSize,
    1,
    config.columns,
    mergeSide(
      drifts.map((d, k) => ({ profiles: pick(d), file: files[k], source: shards[k].path })),
      sampleSize,
      seed
    )
  );
  for (const d of drifts)
    errors.push(...d.ref.problems.map((p) => ({ ...p, key: "drift.reference" })));
  return {
    errors,
    cur: side((d) => d.cur, 7919),
    ref: side((d) => d.ref.profiles, 1),
    refRows: drifts.reduce((n, d) => n + d.ref.rows, 0)
  };
}
async function mergeDataset(shards, o, started, shifts) {
  const { entry, shard } = shards[0].result.details;
  const config = entry.dataset ?? {};
  const states = shards.map((s) => s.result.details.dataset);
  const first = states[0];
  if (!first) throw new Error("a shard has no dataset state");
  const sampleSize = entry.driftSampleSize ?? first.drift?.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const paths = shard.files.map((f) => f.path);
  const expectations = new Expectations(
    config.expectations ?? {},
    paths,
    first.splitOf,
    first.splitNames,
    entry.samples
  );
  states.forEach((st, k) => {
    if (st?.expectations) expectations.absorb(shiftedSamples(st.expectations, shifts, k, paths));
  });
  const read = await Promise.allSettled(shards.map((s) => stateFile(s, o, sampleSize)));
  const files = read.map((r) => {
    if (r.status === "rejected") throw r.reason;
    return r.value;
  });
  const tables = first.expectations?.runs.length ?? 0;
  const runs = Array.from(
    { length: tables },
    (_, t) => shards.map((s, k) => {
      const ref2 = states[k]?.expectations?.runs[t];
      if (!ref2) throw new Error(`${s.path}: a key run is missing`);
      const bytes = sectionOf(files[k], ref2, s.path);
      return decodeRun(bytes, ref2, s.path, s.result.details.rows, codeShifts(shifts, k));
    })
  );
  expectations.replay(runs, locator(shards, shifts));
  await readSamples(shards, expectations, o);
  const { errors, cur, ref, refRows } = mergeDrift(shards, files, sampleSize);
  const fileRows = shard.files.map(() => 0);
  for (const s of shards) for (const p of s.result.details.parts) fileRows[p.file] += p.rows;
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
    missing: first.reference?.missing
  });
}
async function mergePartials(shards, o) {
  try {
    return await mergeChecked(shards, o);
  } catch (err) {
    return errorResult(shards[0], [{ message: `cannot merge: ${err.message}` }]);
  }
}
async function mergeChecked(shards, o) {
  const started = performance.now();
  const problems = shardProblems(shards);
  if (problems.length) return errorResult(shards[0], problems);
  const ordered = [...shards].sort(
    (a, b) => a.result.details.shard.index - b.result.details.shard.index
  );
  const head = ordered[0].result;
  const { entry } = head.details;
  const details = {
    schemaFile: entry.schemaFile,
    ...entry.format ? { format: entry.format } : {},
    rows: 0,
    invalidRows: 0,
    invalidShare: 0,
    threshold: entry.threshold,
    files: [],
    groups: [],
    maxRecordBytes: entry.maxRecordBytes,
    ...head.details.schemaWarnings ? { schemaWarnings: head.details.schemaWarnings } : {}
  };
  const errors = [];
  const shifts = lineShifts(ordered);
  const groups = mergeGroups(ordered, entry.samples, details, shifts);
  details.files.forEach((f) => {
    if (f.rows === 0 && !errors.some((e) => e.file === f.path))
      errors.push({ message: "file has no records", file: f.path });
  });
  const context = head.context;
  const finish = (status, summary) => {
    details.durationMs = Math.round(performance.now() - started);
    return newResult({
      kind: "validate",
      id: head.id,
      title: head.title,
      status,
      summary,
      context,
      ...errors.length ? { errors } : {},
      details
    });
  };
  const max = parseThreshold(entry.threshold.maxInvalidRows, "max-invalid-rows");
  const warnRaw = entry.threshold.warnInvalidRows;
  const warn = warnRaw ? parseThreshold(warnRaw, "warn-invalid-rows") : void 0;
  const outcome = entry.dataset ? await mergeDataset(ordered, o, started, shifts) : void 0;
  return concludeValidate(
    {
      schemaFile: entry.schemaFile,
      data: [],
      cwd: o.cwd,
      ...entry.dataset ? { dataset: entry.dataset } : {}
    },
    outcome ? { finish: async () => outcome } : void 0,
    {
      fileCount: head.details.shard.files.length,
      details,
      errors,
      finish,
      maxGroups: entry.maxGroups,
      max,
      warn,
      meta: { id: head.id, title: head.title }
    },
    groups
  );
}

export { mergePartials, shardProblems };
