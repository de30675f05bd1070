// The `row-groups` layout (Parquet): binary and column-wise, read by random access one row group
// at a time. A job is (file, row group); the group is decoded where it is validated, so its bytes
// never cross threads. Locations are rows: a chunk's "offset" is its group's first row.
import {
  decodeParquetGroup,
  parquetRowGroups,
  validateParquetRows,
} from '../../validate/parquet.js';
import type { ChunkResult } from '../../validate/chunk.js';
import { columnPlan, type ColumnPlan } from '../../validate/column-plan.js';
import { subschemaCompiler } from '../../validate/schema.js';
import type { Job, ParquetJob } from '../../validate/jobs.js';
import { unreadable, type LayoutReader } from '../reader.js';

export const rowGroups: LayoutReader = {
  threaded: true,
  kinds: ['parquet'],

  async read({ file, executor, range, onStart, onResult }) {
    onStart({ lines: range?.start.lines ?? 0, offset: 0, problems: [] });
    const all = await parquetRowGroups(file);
    if (all.problem) {
      onResult(unreadable(all.problem));
      return;
    }
    const only = range?.rowGroups;
    const groups = only ? all.groups.slice(only.from, only.to) : all.groups;
    // A decoded row group is large (tens of MB): a worker decodes one at a time, and one more
    // job waiting per worker (a message, nothing decoded) keeps it busy while the main thread
    // takes results in file order.
    const window = Math.max(1, executor.threads) * 2;
    const queue: Array<Promise<ChunkResult>> = [];
    try {
      for (const group of groups) {
        const job: Job = { kind: 'parquet', file: { path: file.path, gate: file.gate }, group };
        queue.push(
          executor.submit(job).then((r) => ({ ...r, bytes: group.bytes, offset: group.rowStart })),
        );
        while (queue.length > window) onResult(await (queue.shift() as Promise<ChunkResult>));
      }
      while (queue.length) onResult(await (queue.shift() as Promise<ChunkResult>));
    } finally {
      await Promise.allSettled(queue);
    }
  },

  async runner(v, samples, bundle) {
    // The schema's column plan (typed tables), compiled on the first group that needs it.
    let columns: Promise<ColumnPlan | undefined> | undefined;
    const plan = () =>
      (columns ??= bundle
        ? subschemaCompiler(bundle).then((compile) => columnPlan(bundle.root, compile))
        : Promise.resolve(undefined));
    return async (job, done) => {
      const { file, group } = job as ParquetJob;
      const [decoded, cols] = await Promise.all([decodeParquetGroup(file, group), plan()]);
      return done(validateParquetRows(decoded, group, v, samples, cols));
    };
  },

  async reread(file, _bundle, chunks, _max, run) {
    const { groups } = await parquetRowGroups(file);
    for (const [i, at] of chunks.entries()) {
      const group = groups.find((g) => g.rowStart === at.offset);
      if (group)
        await run({ kind: 'parquet', file: { path: file.path, gate: file.gate }, group }, i);
    }
  },
};
