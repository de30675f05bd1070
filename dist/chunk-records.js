import { r as readerOf, D as DataReadError, C as ChunkValidator, I as InlineExecutor } from './chunk-executor.js';
import { a as formatSpec } from './chunk-worker-pool.js';

async function readDataFile(file, bundle, o) {
  let started = false;
  const onStart = (s) => {
    started = true;
    o.onStart(s);
  };
  try {
    await readerOf(file.format).read({ ...o, file, bundle, onStart });
  } catch (err) {
    if (!(err instanceof DataReadError)) throw err;
    if (!started) onStart({ lines: 0, offset: 0, problems: [] });
    o.onResult({
      lines: 0,
      rows: 0,
      invalidRows: 0,
      groups: [],
      problems: [{ message: err.message }]
    });
  }
}

const NO_SCHEMA = {
  file: "",
  draft: "2020-12",
  root: {},
  rootId: "",
  refs: [],
  keywords: [],
  formats: [],
  warnings: []
};
class Stopped extends Error {
}
async function tapReader(file, tap, samples = 0) {
  const accept = () => true;
  return ChunkValidator.using({ fast: accept, full: accept, tap }, samples, [
    formatSpec(file.format).layout
  ]);
}
function pushLocated(into, problems, path, lineBase) {
  for (const p of problems ?? [])
    into.push({ ...p, file: path, ...p.line !== void 0 ? { line: p.line + lineBase } : {} });
}
async function readWith(file, bundle, cv, opts, onChunk = () => {
}) {
  const out = { rows: 0, problems: [], unreadable: [] };
  let lineBase = 0;
  const inline = new InlineExecutor(cv);
  let submitted = 0;
  let answered = 0;
  const waiting = [];
  const executor = {
    threads: 0,
    async submit(job) {
      const turn = submitted++;
      while (answered < turn) await new Promise((r) => waiting.push(r));
      if (opts.stop?.()) throw new Stopped();
      onChunk(lineBase, "group" in job ? job.group.index : void 0);
      return inline.submit(job);
    },
    close: async () => {
    }
  };
  const reading = readDataFile(file, bundle, {
    executor,
    inline: async () => executor,
    opts: {
      chunkBytes: opts.chunkBytes ?? 1024 * 1024,
      maxRecordBytes: opts.maxRecordBytes,
      samples: 0,
      window: 0
      // each chunk's result before the next chunk is read: lines stay absolute
    },
    ...opts.range ? { range: opts.range } : {},
    onStart: (start) => {
      lineBase = start.lines;
      out.problems.push(...start.problems.map((p) => ({ ...p, file: file.path })));
    },
    onResult: (r) => {
      answered++;
      for (const wake of waiting.splice(0)) wake();
      pushLocated(out.problems, r.problems, file.path, lineBase);
      for (const g of r.groups)
        for (const s of g.samples)
          out.unreadable.push({ message: s.message, file: file.path, line: lineBase + s.line });
      out.rows += r.rows;
      lineBase += r.lines;
    }
  });
  await reading.catch((err) => {
    if (!(err instanceof Stopped)) throw err;
  });
  return out;
}
async function readRecords(file, bundle, onRecord, opts) {
  let lineBase = 0;
  let rowGroup;
  let record = 0;
  const cv = await tapReader(
    file,
    (line, _r, value) => onRecord({
      value,
      line: lineBase + line,
      record: record++,
      ...rowGroup !== void 0 ? { rowGroup } : {}
    }),
    1
  );
  return readWith(file, bundle, cv, opts, (base, group) => {
    lineBase = base;
    rowGroup = group;
  });
}

export { NO_SCHEMA as N, readRecords as a, readDataFile as b, readWith as r, tapReader as t };
