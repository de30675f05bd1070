// The count kind's definition: everything the pipeline, the report, the evidence check and the
// annotations need of it (src/core/checks/kind.ts). It imports nothing but the engine and types.
import type { CheckKind } from '../../../src/core/checks/kind.js';
import { resultFileName } from '../../../src/core/conventions/paths.js';
import { countStatus, runCount, type CountDetails, type CountEntry } from './engine.js';

const isCount = (d: unknown): d is CountDetails => {
  const o = d as Partial<CountDetails> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.file === 'string' &&
    Number.isSafeInteger(o.count) &&
    typeof o.max === 'number'
  );
};

export const countKind: CheckKind = {
  name: 'count',
  resultFileName: (id) => resultFileName('count', id),
  plan: (raw) => {
    const entry = raw as CountEntry;
    if (!(entry.max >= 0)) throw new Error(`max must be a number of at least 0`);
    return {
      id: entry.id,
      ...(entry.title ? { title: entry.title } : {}),
      file: entry.file,
      maxAnnotations: 1,
      run: async ({ root, context }) => runCount(entry, root, context),
    };
  },
  planErrorKey: ['max'],
  failedDetails: (file) => ({ file, count: 0, max: 0 }),
  deriveStatus: (details, problems) => {
    if (!isCount(details)) {
      problems.push('count details are not a count');
      return 'error';
    }
    return countStatus(details);
  },
  checkDetails: (details) => (isCount(details) ? [] : ['/details must be { file, count, max }']),
  report: {
    markdown: (r) => {
      const d = r.details as CountDetails;
      return [`${d.count} of at most ${d.max} items in \`${d.file}\``];
    },
    cut: (_r, cut) => {
      cut.details += 1;
    },
    text: (r) => [
      `  count ${(r.details as CountDetails).count} (max ${(r.details as CountDetails).max})`,
    ],
    annotations: (r, max) => {
      const d = r.details as CountDetails;
      const over = d.count > d.max;
      const annotations = over
        ? [
            {
              level: 'error' as const,
              title: `modelgate count ${r.id}`,
              message: 'too many items',
              file: d.file,
              line: 1,
            },
          ]
        : [];
      return {
        annotations: annotations.slice(0, max),
        more: Math.max(0, annotations.length - max),
      };
    },
  },
};
