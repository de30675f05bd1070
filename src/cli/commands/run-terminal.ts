// How `modelgate run` looks in a terminal: status words in colour when stdout is a TTY (and
// NO_COLOR is unset), and a progress display on stderr: one redrawn line on a TTY, a log line
// every few seconds otherwise (CI logs, files).
import { formatRate, RateMeter } from '../../core/run/progress.js';
import type { RunEvent } from '../../core/run/types.js';

const CODES = {
  PASS: '\x1b[32m',
  WARN: '\x1b[33m',
  FAIL: '\x1b[31m',
  ERROR: '\x1b[1;31m',
  SKIP: '\x1b[2m',
} as const;
const RESET = '\x1b[0m';

/** https://no-color.org: any non-empty NO_COLOR turns colours off. */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/**
 * Colours the status words of renderText's output. Only the fixed positions renderText writes
 * them at are touched; text from result files has been reduced to visible characters already.
 */
export function colourReport(text: string): string {
  const paint = (tag: keyof typeof CODES) => `${CODES[tag]}${tag}${RESET}`;
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(
          /^(modelgate: )(PASS|WARN|FAIL|ERROR)\b/,
          (_, p: string, t: keyof typeof CODES) => p + paint(t),
        )
        .replace(/^\[(PASS|WARN|FAIL|ERROR)\]/, (_, t: keyof typeof CODES) => `[${paint(t)}]`)
        .replace(
          /^ {2}(PASS|WARN|FAIL|ERROR|SKIP)(?= )/,
          (_, t: keyof typeof CODES) => `  ${paint(t)}`,
        ),
    )
    .join('\n');
}

export interface ProgressOptions {
  write: (text: string) => void;
  tty: boolean;
  /** Terminal width, to keep the redrawn line on one row. */
  columns?: number;
  now?: () => number;
  /** Log-line mode: at most one progress line per this many ms. */
  everyMs?: number;
}

/** The stderr side of a run: which check runs, and rows, MB/s and ETA while data is read. */
export function progressReporter(options: ProgressOptions): (event: RunEvent) => void {
  const now = options.now ?? Date.now;
  const every = options.everyMs ?? (options.tty ? 100 : 5000);
  let meter: RateMeter | undefined;
  let last = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) options.write('\r\x1b[2K');
    drawn = false;
  };
  return (event) => {
    switch (event.type) {
      case 'check':
        clear();
        options.write(`[${event.index + 1}/${event.total}] ${event.kind} ${event.id}\n`);
        break;
      case 'validate-start':
        meter = new RateMeter(now());
        last = now();
        options.write(
          `  reading ${event.files} file${event.files === 1 ? '' : 's'} (${(event.bytes / 1e6).toFixed(1)} MB)${event.threads ? ` on ${event.threads} worker threads` : ''}\n`,
        );
        break;
      case 'validate-progress': {
        const t = now();
        const p = event.progress;
        const rate = meter?.update(t, p.rows, p.bytes, p.totalBytes);
        if (!rate || t - last < every || p.bytes >= p.totalBytes) break;
        last = t;
        const line = `  ${formatRate(event.id, rate)}`;
        if (options.tty) {
          const width = Math.max(20, (options.columns || 80) - 1);
          options.write(`\r\x1b[2K${line.length > width ? line.slice(0, width) : line}`);
          drawn = true;
        } else {
          options.write(`${line}\n`);
        }
        break;
      }
      case 'result':
        clear();
        options.write(`  ${event.result.status}: ${event.path}\n`);
        break;
    }
  };
}
