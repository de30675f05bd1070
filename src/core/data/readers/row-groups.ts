// The `row-groups` layout (Parquet): binary and column-wise, read by random access one row group
// at a time. A job is (file, row group); the group is decoded where it is validated, so its bytes
// never cross threads. Locations are rows: a chunk's "offset" is its group's first row.
import {
  decodeParquetGroup,
  parquetRowGroups,
  validateParquetRows,
} from '../../validate/parquet.js';
import type { ChunkResult } from '../../validate/chunk.js';
import type { Job, ParquetJob } from '../../validate/jobs.js';
import type { LayoutReader } from '../reader.js';

export const rowGroups: LayoutReader = {
  threaded: true,
  kinds: ['parquet'],

  async read({ file, executor, range, onStart, onResult }) {
    onStart({ lines: range?.start.lines ?? 0, offset: 0, problems: [] });
    const all = await parquetRowGroups(file);
    if (all.problem) {
      onResult({
        lines: 0,
        rows: 0,
        invalidRows: 0,
        groups: [],
        problems: [{ message: all.problem }],
      });
      return;
    }
    const only = range?.rowGroups;
    const groups = only ? all.groups.slice(only.from, only.to) : all.groups;
    // A decoded row group is large (~100 MB per 100,000 rows of objects): one in flight per
    // worker keeps peak memory bounded.
    const window = Math.max(1, executor.threads);
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

  async runner(v, samples) {
    return async (job, done) => {
      const { file, group } = job as ParquetJob;
      const decoded = await decodeParquetGroup(file, group);
      return done(validateParquetRows(decoded, group, v, samples));
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
