// Throughput and time left for a long validation, from the bytes read so far. Pure: the caller
// passes the clock, so the arithmetic is testable and the CLI decides how to draw it.

export interface Rate {
  rows: number;
  bytes: number;
  totalBytes: number;
  /** Share done, 0..1. */
  fraction: number;
  /** Bytes per second over the last few seconds (0 until two samples exist). */
  bytesPerSecond: number;
  /** Seconds left at that rate; undefined while unknown. */
  etaSeconds?: number;
  elapsedSeconds: number;
}

/** A sliding window keeps the rate current when reading speeds up or slows down. */
export class RateMeter {
  private readonly samples: Array<{ t: number; bytes: number }> = [];

  constructor(
    private readonly start: number,
    private readonly windowMs = 5000,
  ) {}

  update(now: number, rows: number, bytes: number, totalBytes: number): Rate {
    this.samples.push({ t: now, bytes });
    while (this.samples.length > 2 && now - this.samples[0]!.t > this.windowMs)
      this.samples.shift();
    const first = this.samples[0]!;
    const seconds = (now - first.t) / 1000;
    const bytesPerSecond = seconds > 0 ? Math.max(0, (bytes - first.bytes) / seconds) : 0;
    const left = Math.max(0, totalBytes - bytes);
    return {
      rows,
      bytes,
      totalBytes,
      fraction: totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1,
      bytesPerSecond,
      ...(bytesPerSecond > 0
        ? { etaSeconds: left / bytesPerSecond }
        : left === 0
          ? { etaSeconds: 0 }
          : {}),
      elapsedSeconds: (now - this.start) / 1000,
    };
  }
}

/** 75 s → "1m15s", 3725 s → "1h02m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** One line: `holdout: 1,234,567 rows · 812.4/2,048.0 MB (40%) · 95.3 MB/s · ETA 13s`. */
export function formatRate(id: string, r: Rate): string {
  const mb = (n: number) =>
    (n / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const parts = [
    `${id}: ${r.rows.toLocaleString('en-US')} rows`,
    `${mb(r.bytes)}/${mb(r.totalBytes)} MB (${Math.floor(r.fraction * 100)}%)`,
  ];
  if (r.bytesPerSecond > 0) parts.push(`${mb(r.bytesPerSecond)} MB/s`);
  parts.push(r.etaSeconds === undefined ? 'ETA …' : `ETA ${formatDuration(r.etaSeconds)}`);
  return parts.join(' · ');
}
