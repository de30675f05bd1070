// inspect_ai's `.eval` log: a zip holding `header.json`, `samples/<id>_epoch_<n>.json` (one
// EvalSample each), `reductions.json`, `summaries.json` and a `_journal/`. Only the sample entries
// are read, with the zip reader of src/core/files (zip slip, encryption and odd methods
// refused). Every entry is inflated under what is left of the per-example cap, counted in bytes
// actually inflated: a bomb stops at the cap, whatever its headers claim.
import type { Problem } from '../../../result.js';
import { extractZipFile, listZipFiles } from '../../../files/zip.js';
import { readLimit, overCapMessage } from '../../../files/limits.js';
import { decodeUtf8 } from '../../../files/encoding.js';
import { inspectSampleRecord } from './inspect-json.js';
import type { ExampleReader, ExampleRecord } from './types.js';

const SAMPLE = /^samples\/[^/]+\.json$/;

export const inspectEval: ExampleReader = {
  format: 'inspect-eval',
  tool: 'inspect_ai',
  detect(file) {
    return file.zip && file.path.toLowerCase().endsWith('.eval');
  },
  read(file) {
    const problems: Problem[] = [];
    const records: ExampleRecord[] = [];
    let names: string[];
    try {
      names = listZipFiles(file.bytes);
    } catch (e) {
      return { records, problems: [{ file: file.path, message: (e as Error).message }] };
    }
    const samples = names
      .filter((n) => SAMPLE.test(n))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (samples.length === 0)
      problems.push({
        file: file.path,
        key: 'samples/',
        message:
          'the .eval log holds no samples/*.json (not an inspect log, or written without samples)',
      });
    const limit = readLimit('examples');
    let left = limit.bytes;
    for (const name of samples) {
      let text: string;
      try {
        const bytes = extractZipFile(file.bytes, name, { maxBytes: left });
        if (!bytes) continue;
        left -= bytes.length;
        text = decodeUtf8(bytes, `${file.path}:${name}`);
      } catch (e) {
        const over = /over the limit/.test((e as Error).message);
        problems.push({
          file: file.path,
          key: name,
          message: over
            ? `${(e as Error).message}: ${overCapMessage(limit)} (the entries inflated count together)`
            : (e as Error).message,
        });
        break;
      }
      let sample: unknown;
      try {
        sample = JSON.parse(text);
      } catch (e) {
        problems.push({
          file: file.path,
          key: name,
          message: `invalid JSON: ${(e as Error).message}`,
        });
        continue;
      }
      const r = inspectSampleRecord(sample, { file: file.path, key: name }, problems);
      if (r) records.push(r);
    }
    return { records, problems };
  },
};
