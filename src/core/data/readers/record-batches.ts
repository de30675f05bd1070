// The `record-batches` layout (Arrow IPC): the file is read whole into memory in this thread
// (validate/arrow.ts), so a worker would only add a copy of it; a job is one record batch, its
// rows located by row number with the batch in `rowGroup`, as Parquet's row groups are.
import { arrowBatches, decodeArrowBatch } from '../../validate/arrow.js';
import { validateParquetRows } from '../../validate/parquet.js';
import type { ArrowJob, Job } from '../../validate/jobs.js';
import type { DataFile } from '../../validate/files.js';
import type { RowGroupSpan } from '../../validate/parquet.js';
import { unreadable, type LayoutReader } from '../reader.js';

const job = (file: DataFile, group: RowGroupSpan): Job => ({
  kind: 'arrow',
  file: { path: file.path, gate: file.gate },
  group,
});

export const recordBatches: LayoutReader = {
  threaded: false,
  kinds: ['arrow'],

  async read({ file, inline, range, onStart, onResult }) {
    onStart({ lines: range?.start.lines ?? 0, offset: 0, problems: [] });
    const all = await arrowBatches(file);
    if (all.problem) {
      onResult(unreadable(all.problem));
      return;
    }
    const executor = await inline();
    for (const group of all.groups) {
      const r = await executor.submit(job(file, group));
      onResult({ ...r, bytes: group.bytes, offset: group.rowStart });
    }
  },

  async runner(v, samples) {
    return async (j, done) => {
      const { file, group } = j as ArrowJob;
      return done(validateParquetRows(await decodeArrowBatch(file, group), group, v, samples));
    };
  },

  async reread(file, _bundle, chunks, _max, run) {
    const { groups } = await arrowBatches(file);
    for (const [i, at] of chunks.entries()) {
      const group = groups.find((g) => g.rowStart === at.offset);
      if (group) await run(job(file, group), i);
    }
  },
};
