// The `document` layout (`.json`): one JSON document, an array of records streamed element by
// element or a single record, scanned whole in this thread (validate/json.ts). Its one job is the
// whole file, so a read-back reads the file again.
import { validateJsonFile } from '../../validate/json.js';
import type { DataFile } from '../../validate/files.js';
import type { DocumentJob } from '../../validate/jobs.js';
import type { LayoutReader } from '../reader.js';

function job(file: DataFile, maxRecordBytes: number): DocumentJob {
  const { abs, path, gate, compression } = file;
  return { kind: 'json', file: { abs, path, gate, compression }, maxRecordBytes };
}

export const document: LayoutReader = {
  threaded: false,
  kinds: ['json'],

  async read({ file, inline, opts, onStart, onResult }) {
    onStart({ lines: 0, offset: 0, problems: [] });
    // In this thread: the scan is sequential, and a worker would only add a copy of each record.
    onResult(await (await inline()).submit(job(file, opts.maxRecordBytes)));
  },

  async runner(v, samples) {
    return async (j, done) => {
      const { file, maxRecordBytes } = j as DocumentJob;
      return done(await validateJsonFile(file, v, { samples, maxRecordBytes }));
    };
  },

  async reread(file, _bundle, _chunks, maxRecordBytes, run) {
    await run(job(file, maxRecordBytes), 0);
  },
};
