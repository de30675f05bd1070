// The `lines` layout (JSON Lines): one JSON value per line, cut into chunks on newlines.
import { validateJsonlChunk } from '../../validate/records.js';
import { streamFile, type Splitter } from '../../validate/source.js';
import type { ByteJob } from '../../validate/jobs.js';
import type { LayoutReader } from '../reader.js';
import { rereadBytes } from './text.js';

const LF = 10;

const split: Splitter = {
  kind: 'jsonl',
  lastBoundary: (data) => data.lastIndexOf(LF),
  skipsBom: true,
  oversized: 'skip',
};

export const lines: LayoutReader = {
  threaded: true,
  kinds: ['jsonl'],

  async read({ file, executor, opts, range, onStart, onResult }) {
    const offset = range?.start.offset ?? 0;
    onStart({ lines: range?.start.lines ?? 0, offset, problems: [] });
    await streamFile(file, split, executor, opts, { offset, end: range?.end }, onResult);
  },

  async runner(v, samples) {
    return (job, done) => {
      const { buf, last } = job as ByteJob;
      return done(validateJsonlChunk(buf, { last, samples }, v));
    };
  },

  reread: (file, _bundle, chunks, _max, run) =>
    rereadBytes(file, chunks, (buf, last) => ({ kind: 'jsonl', buf, last }), run),
};
